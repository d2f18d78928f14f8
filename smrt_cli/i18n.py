"""House-style dates, times and numbers, and the names (days, months, platforms) texts use."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from .catalogue import t
from .records import record

if TYPE_CHECKING:
    from .evaluation import UnitEvaluation

DAYS = {
    "id": ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
MONTHS = {
    "id": (
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}

# Indonesia's three zones; other IANA zones show their UTC offset.
ZONE_ABBREVIATIONS = {
    "Asia/Jakarta": "WIB",
    "Asia/Pontianak": "WIB",
    "Asia/Makassar": "WITA",
    "Asia/Ujung_Pandang": "WITA",
    "Asia/Jayapura": "WIT",
}


def day_name(day: dt.date, lang: str) -> str:
    return DAYS[_lang(lang)][day.weekday()]


def month_name(month: int, lang: str) -> str:
    return MONTHS[_lang(lang)][month - 1]


def format_date(day: dt.date, lang: str, *, weekday: bool = True) -> str:
    """House style: 'Senin, 30 November 2026' (unpadded day); English 'Monday, 30 November 2026'."""
    text = f"{day.day} {month_name(day.month, lang)} {day.year}"
    return f"{day_name(day, lang)}, {text}" if weekday else text


@record
class DateText:
    """A date in a message, said in the language the message is shown in: '1 Desember 2026'."""

    day: dt.date

    def render(self, lang: str) -> str:
        return format_date(self.day, lang, weekday=False)

    def __str__(self) -> str:
        return self.render("en")


def format_short_date(day: dt.date, lang: str) -> str:
    """'Sen 30/11' style for narrow grid headers."""
    return f"{day_name(day, lang)[:3]} {day.day}/{day.month}"


def format_range(start: dt.date, end: dt.date, lang: str) -> str:
    """'30 November – 6 Desember 2026', shortening what the two dates share."""
    if start.year != end.year:
        return (
            f"{format_date(start, lang, weekday=False)} – {format_date(end, lang, weekday=False)}"
        )
    if start.month != end.month:
        return (
            f"{start.day} {month_name(start.month, lang)} – {format_date(end, lang, weekday=False)}"
        )
    return f"{start.day}–{format_date(end, lang, weekday=False)}"


def zone_abbreviation(zone: str) -> str:
    if zone in ZONE_ABBREVIATIONS:
        return ZONE_ABBREVIATIONS[zone]
    import zoneinfo

    offset = dt.datetime(2026, 1, 1, tzinfo=zoneinfo.ZoneInfo(zone)).utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def format_time(hhmm: str, zone: str, lang: str) -> str:
    """House style '09.00 WITA'; English keeps the colon: '09:00 WITA'."""
    shown = hhmm.replace(":", ".") if _lang(lang) == "id" else hhmm
    return f"{shown} {zone_abbreviation(zone)}"


def format_number(value: float, lang: str, decimals: int = 0) -> str:
    """Indonesian groups thousands with '.' and marks decimals with ','.

    Rounded half up on the decimal digits (46.15 -> 46.2), as the scores are.
    """
    text = _rounded_text(float(value), decimals)
    if _lang(lang) == "id":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


@lru_cache(maxsize=8192)
def _rounded_text(value: float, decimals: int) -> str:
    """'1,234.5' (English grouping), rounded half up on the decimal digits as written."""
    from decimal import ROUND_HALF_UP, Decimal

    exact = Decimal(repr(value)).quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP)
    return f"{exact:,.{decimals}f}"


def hours_text(hours: float, lang: str) -> str:
    """Hours without needless decimals: '6', '4,5', '0,25' (Indonesian comma)."""
    # two decimals always leave a separator, so stripping zeros never eats an integer's digits
    return format_number(hours, lang, 2).rstrip("0").rstrip(",.")


def _lang(lang: str) -> str:
    return lang if lang in DAYS else "id"


# Foreign terms an Indonesian text sets in italics (PUEBI): every document's renderers (the one
# Markdown writer, HTML, DOCX, PPTX, XLSX) find them in its headings, prose, tables and lists,
# and tests/render/test_document_style.py checks every one is. The one list of them; English
# text has none to mark.
FOREIGN_TERMS: dict[str, tuple[str, ...]] = {
    "id": (
        "Social Media Response Team",
        "port clearance",
        "live streaming",
        "engagement",
        "speedboat",
        "carousel",
        "billing",
        "hashtag",
        "polling",
        "posting",
        "sharing",
        "update",
        "upload",
        "drone",
        "reels",
        "slide",
        "story",
        "lift",
        "reel",
    ),
}


def foreign_runs(text: str, lang: str) -> list[tuple[str, bool]]:
    """`text` as (piece, italic) runs, a foreign term of `lang` being an italic piece."""
    terms = FOREIGN_TERMS.get(lang, ())
    if not terms or not text:
        return [(text, False)]
    pattern = _foreign_pattern(terms)
    runs: list[tuple[str, bool]] = []
    start = 0
    for match in pattern.finditer(text):
        if match.start() > start:
            runs.append((text[start : match.start()], False))
        runs.append((match.group(0), True))
        start = match.end()
    if start < len(text):
        runs.append((text[start:], False))
    return runs or [(text, False)]


@functools.cache
def _foreign_pattern(terms: tuple[str, ...]) -> re.Pattern[str]:
    # whole words only, longest first, any case ("Reels tren", "reels"), with an Indonesian
    # affix after a hyphen as PUEBI writes it ("di-upload", "reels-nya"); a hashtag ("#reels")
    # and an idea's id ("reels-tren-audio") are codes read as written, not words to italicise
    alternatives = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    before = r"(?:(?<![\w#-])|(?<=\bdi-)|(?<=\bter-)|(?<=\bber-)|(?<=\bme-))"
    after = r"(?!\w)(?!-(?!(?:nya|ku|mu)(?![\w-])))"
    return re.compile(rf"{before}(?:{alternatives}){after}", re.IGNORECASE)


def week_name(number: int, start: dt.date | None, end: dt.date | None, lang: str) -> str:
    """'pekan ke-49 (30 November – 6 Desember 2026)'; without its days when they are unknown."""
    if start is None or end is None:
        return t("export.week.short", lang, n=number)
    return t("export.week.named", lang, n=number, range=format_range(start, end, lang))


# --- end of export texts ----------------------------------------------------------------------


# --- plan texts (issue 3: `smrt plan week`) -------------------------------------------------
PLATFORM_NAMES = {
    "facebook": "Facebook",
    "instagram": "Instagram",
    "x": "X",
    "youtube": "YouTube",
    "tiktok": "TikTok",
}
# Measured values shown with a percent sign, in the scorecards and the report alike.
PERCENT_METRICS = frozenset(
    {
        "posting_target_share",
        "engagement_rate_by_reach",
        "engagement_rate_by_impressions",
        "follower_growth",
        "replied_within_24h_share",
        "replied_within_target_share",
        "hoax_clarified_within_target_share",
        "format_variety",
        "public_service_share",
        "plan_adherence",
    }
)
FORMAT_NAMES = {
    "id": {
        "photo": "Foto",
        "carousel": "Carousel",
        "reel": "Reel",
        "video": "Video",
        "story": "Story",
        "text": "Teks",
        "infographic": "Infografis",
        "live": "Siaran langsung",
    },
    "en": {
        "photo": "Photo",
        "carousel": "Carousel",
        "reel": "Reel",
        "video": "Video",
        "story": "Story",
        "text": "Text",
        "infographic": "Infographic",
        "live": "Live",
    },
}
SHORT_MONTHS = {
    "id": ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}
# A short production checklist for ideas whose registry entry has none.
DEFAULT_CHECKLISTS: dict[str, dict[str, tuple[str, ...]]] = {
    "id": {
        "photo": (
            "Ambil foto terang dan tajam, tanpa data pribadi",
            "Tulis keterangan singkat dengan ajakan",
            "Periksa ejaan dan tagar sebelum terbit",
        ),
        "carousel": (
            "Susun 4-6 slide dengan satu pesan per slide",
            "Pakai templat dan logo kantor",
            "Periksa ejaan dan tagar sebelum terbit",
        ),
        "reel": (
            "Rekam klip vertikal 3-5 detik per adegan",
            "Tambahkan teks di layar dan musik bebas hak cipta",
            "Periksa durasi dan ejaan sebelum terbit",
        ),
        "video": (
            "Siapkan naskah singkat",
            "Rekam dengan suara jelas dan tambahkan teks",
            "Periksa hasil suntingan bersama penanggung jawab",
        ),
        "story": (
            "Pakai templat story kantor",
            "Tambahkan tautan atau stiker bila perlu",
            "Periksa ejaan sebelum terbit",
        ),
        "text": (
            "Tulis pesan singkat dan jelas",
            "Cantumkan sumber resmi atau tautan",
            "Periksa ejaan dan tagar sebelum terbit",
        ),
        "infographic": (
            "Pastikan data dari sumber resmi",
            "Pakai templat dan logo kantor",
            "Periksa angka dan ejaan sebelum terbit",
        ),
        "live": (
            "Umumkan jadwal siaran sehari sebelumnya",
            "Uji koneksi, suara dan gambar",
            "Siapkan petugas yang menjawab komentar",
        ),
    },
    "en": {
        "photo": (
            "Take a bright, sharp photo without personal data",
            "Write a short caption with a call to action",
            "Check spelling and hashtags before posting",
        ),
        "carousel": (
            "Lay out 4-6 slides with one message each",
            "Use the office template and logo",
            "Check spelling and hashtags before posting",
        ),
        "reel": (
            "Film vertical clips of 3-5 seconds per scene",
            "Add on-screen text and royalty-free music",
            "Check length and spelling before posting",
        ),
        "video": (
            "Prepare a short script",
            "Record with clear sound and add captions",
            "Review the edit with the owner",
        ),
        "story": (
            "Use the office story template",
            "Add a link or sticker where useful",
            "Check spelling before posting",
        ),
        "text": (
            "Write a short, clear message",
            "Give the official source or link",
            "Check spelling and hashtags before posting",
        ),
        "infographic": (
            "Take the figures from an official source",
            "Use the office template and logo",
            "Check figures and spelling before posting",
        ),
        "live": (
            "Announce the broadcast a day ahead",
            "Test connection, sound and picture",
            "Have someone answer comments",
        ),
    },
}


def platform_name(platform: str) -> str:
    """'YouTube' for 'youtube'; an id the table does not know is shown as it is."""
    return PLATFORM_NAMES.get(platform, platform)


def format_name(fmt: str, lang: str) -> str:
    """'Foto' for 'photo' in Indonesian; an id the table does not know is shown as it is."""
    return FORMAT_NAMES.get(_lang(lang), FORMAT_NAMES["id"]).get(fmt, fmt)


def short_date(day: dt.date, lang: str) -> str:
    """'13 Des' for reasons and compact lists."""
    return f"{day.day} {SHORT_MONTHS[_lang(lang)][day.month - 1]}"


# --- end of plan texts -----------------------------------------------------------------------


def spans_text(spans: Sequence[tuple[dt.date, dt.date]], lang: str) -> str:
    """'1–31 Oktober 2026, 1–15 Desember 2026'."""
    joiner = " dan " if _lang(lang) == "id" and len(spans) == 2 else ", "
    return joiner.join(format_range(a, b, lang) for a, b in spans)


def coverage_text(unit: UnitEvaluation, start: dt.date, end: dt.date, lang: str) -> str | None:
    """'mencakup 1–31 Oktober 2026 dari 1 Oktober – 31 Desember 2026', when not all of it.

    None for a period covered whole, or an evaluation made before coverage was recorded.
    Platforms whose exports cover different days are named one by one.
    """
    if unit.covered_days is None or unit.period_days is None:
        return None
    period = format_range(start, end, lang)
    if unit.covered_days == 0:
        return t("export.cov.none", lang, period=period)
    by_platform = unit.evidence.covered
    uneven = len({tuple(v) for v in by_platform.values()}) > 1
    if unit.covered_days >= unit.period_days and not uneven:
        return None
    text = t("export.cov.partly", lang, spans=spans_text(unit.covered_spans, lang), period=period)
    if uneven:
        items = "; ".join(
            f"{platform_name(p)} {spans_text(spans, lang)}" for p, spans in by_platform.items()
        )
        text += " (" + t("export.cov.platforms", lang, items=items) + ")"
    return text


def change_withheld_text(unit: UnitEvaluation, label: str, lang: str) -> str | None:
    """Why the change against the previous period is not shown, or None."""
    why = unit.change_withheld
    if why == "thin":
        return t(
            "export.chg.thin",
            lang,
            label=label,
            days=unit.previous_covered_days,
            total=unit.previous_period_days,
        )
    if why == "platforms":
        before = ", ".join(platform_name(p) for p in unit.previous_platforms or []) or "–"
        now = ", ".join(platform_name(p) for p in unit.covered_platforms or []) or "–"
        return t("export.chg.platforms", lang, label=label, before=before, now=now)
    if why == "unrecorded":
        return t("export.chg.unrecorded", lang, label=label)
    return None


# --- insight texts (issue 13: `smrt insights`, the learning planner) -------------------------


def lift_text(lift: float, lang: str) -> str:
    """'1,6' for a lift of 1.6 in Indonesian: one decimal, the house's comma."""
    return format_number(lift, lang, 1)


# --- end of insight texts --------------------------------------------------------------------


# --- response texts (issue 15: `smrt inbox`, reply times, the hoax register) ----------------


def deadline_text(within: float, unit: str, lang: str) -> str:
    """'lewat batas 5 hari kerja' / 'past the 5 working days limit'."""
    return t(
        "response.inbox.passed",
        lang,
        within=hours_text(within, lang),
        unit=t(f"response.unit.{unit}", lang),
    )
