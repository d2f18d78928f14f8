"""The report texts in Indonesian and English, and house-style dates and times."""

from __future__ import annotations

import datetime as dt

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
    """Indonesian groups thousands with '.' and marks decimals with ','."""
    text = f"{value:,.{decimals}f}"
    if _lang(lang) == "id":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def _lang(lang: str) -> str:
    return lang if lang in DAYS else "id"
