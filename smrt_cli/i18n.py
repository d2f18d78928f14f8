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


# --- plan texts (issue 3: `smrt plan week`) -------------------------------------------------
# Keys are stable ids; every Indonesian text has its English twin.
PLAN_TEXTS: dict[str, dict[str, str]] = {
    "title": {
        "id": "Rencana Konten Mingguan — {week} ({range})",
        "en": "Weekly Content Plan — {week} ({range})",
    },
    "unit_title": {"id": "Rencana Konten {unit} — {week}", "en": "Content Plan {unit} — {week}"},
    "intro": {
        "id": "Wilayah {region}. Dibuat oleh `smrt plan week` dari registri; ubah registri lalu "
        "jalankan ulang dengan `--force` bila perlu.",
        "en": "Region {region}. Made by `smrt plan week` from the registry; edit the registry "
        "and run it again with `--force` when needed.",
    },
    "events": {"id": "Peristiwa dan hari libur pekan ini", "en": "Events and holidays this week"},
    "no_events": {
        "id": "Tidak ada hari libur nasional atau hari peringatan pekan ini.",
        "en": "No public holidays or commemorations this week.",
    },
    "kind.holiday": {"id": "hari libur", "en": "public holiday"},
    "kind.joint": {"id": "cuti bersama", "en": "joint leave"},
    "kind.commemoration": {"id": "hari peringatan", "en": "commemoration"},
    "kind.campaign": {"id": "kampanye", "en": "campaign"},
    "estimated": {
        "id": "tanggal perkiraan, belum ditetapkan pemerintah",
        "en": "estimated date, not yet confirmed by the government",
    },
    "grid": {"id": "Jadwal unggahan per unit", "en": "Posts per unit and day"},
    "unit": {"id": "Unit", "en": "Unit"},
    "total": {"id": "Jumlah", "en": "Total"},
    "summary": {"id": "Beban kerja dan target per unit", "en": "Workload and targets per unit"},
    "items": {"id": "Butir", "en": "Items"},
    "hours": {"id": "Jam / kapasitas", "en": "Hours / capacity"},
    "shortfalls": {"id": "Kekurangan", "en": "Shortfalls"},
    "none": {"id": "—", "en": "—"},
    "shortfall": {"id": "{platform} kurang {missing}", "en": "{platform} {missing} short"},
    "mix": {"id": "Komposisi pilar wilayah", "en": "Regional pillar mix"},
    "pillar": {"id": "Pilar", "en": "Pillar"},
    "target": {"id": "Target", "en": "Target"},
    "planned": {"id": "Rencana", "en": "Planned"},
    "difference": {"id": "Selisih", "en": "Difference"},
    "warnings": {"id": "Peringatan", "en": "Warnings"},
    "no_warnings": {"id": "Tidak ada peringatan.", "en": "No warnings."},
    "warn.shortfall": {
        "id": "{unit}: {platform} kurang {missing} unggahan ({reason}).",
        "en": "{unit}: {platform} {missing} posts short ({reason}).",
    },
    "warn.full": {
        "id": "{unit}: kapasitas terpakai penuh ({planned} dari {capacity} jam).",
        "en": "{unit}: capacity fully used ({planned} of {capacity} hours).",
    },
    "warn.holiday": {
        "id": "{date}: {name} — hanya butir ringan (≤ {hours} jam) yang dijadwalkan.",
        "en": "{date}: {name} — only light items (≤ {hours} hours) are planned.",
    },
    "warn.estimated": {
        "id": "{date}: {name} — tanggal perkiraan; periksa keputusan pemerintah.",
        "en": "{date}: {name} — estimated date; check the government's decision.",
    },
    "day": {"id": "Hari & tanggal", "en": "Day & date"},
    "time": {"id": "Waktu", "en": "Time"},
    "platform": {"id": "Platform", "en": "Platform"},
    "format": {"id": "Format", "en": "Format"},
    "idea": {"id": "Ide", "en": "Idea"},
    "owner": {"id": "Penanggung jawab", "en": "Owner"},
    "effort": {"id": "Jam", "en": "Hours"},
    "reason": {"id": "Alasan", "en": "Reason"},
    "unit_hours": {
        "id": "Beban kerja: {planned} dari kapasitas {capacity} jam per pekan.",
        "en": "Workload: {planned} of {capacity} hours of weekly capacity.",
    },
    "no_slots": {"id": "Tidak ada unggahan yang direncanakan.", "en": "No posts are planned."},
    "details": {"id": "Rincian butir", "en": "Item details"},
    "brief": {"id": "Arahan", "en": "Brief"},
    "hashtags": {"id": "Tagar", "en": "Hashtags"},
    "checklist": {"id": "Daftar periksa produksi", "en": "Production checklist"},
    "also_on": {
        "id": "Diadaptasi dari butir yang sama di {platforms}; cukup sesuaikan ukuran dan teks.",
        "en": "Adapted from the same item on {platforms}; only adjust size and caption.",
    },
    "reason.crosspost": {"id": "cross-post", "en": "cross-post"},
    "reason.pillar": {"id": "keseimbangan pilar", "en": "pillar balance"},
    "reason.rotation": {"id": "rotasi", "en": "rotation"},
    "reason.target": {"id": "target {platform}", "en": "{platform} target"},
    "reason.campaign": {"id": "{name} (kampanye)", "en": "{name} (campaign)"},
    "short.capacity": {"id": "kapasitas tim tidak cukup", "en": "not enough team capacity"},
    "short.no_idea": {"id": "tidak ada ide yang sesuai", "en": "no suitable idea"},
}
PLATFORM_NAMES = {
    "facebook": "Facebook",
    "instagram": "Instagram",
    "x": "X",
    "youtube": "YouTube",
    "tiktok": "TikTok",
}
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


def plan_text(key: str, lang: str, **values: object) -> str:
    """A plan report text in `lang` (Indonesian when unknown), with {placeholders} filled."""
    entry = PLAN_TEXTS[key]
    template = entry.get(_lang(lang)) or entry["id"]
    return template.format(**values) if values else template


def short_date(day: dt.date, lang: str) -> str:
    """'13 Des' for reasons and compact lists."""
    return f"{day.day} {SHORT_MONTHS[_lang(lang)][day.month - 1]}"


# --- end of plan texts -----------------------------------------------------------------------
