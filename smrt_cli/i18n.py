"""The report texts in Indonesian and English, and house-style dates and times."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .evaluation import UptEvaluation

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


# --- export texts (issue 6: `smrt export` report, calendar, CSV, WhatsApp) -------------------
# One table so a translator sees every export string side by side; keys are stable ids.
EXPORT_TEXTS: dict[str, dict[str, str]] = {
    # what a unit's exports cover of the period (evaluation and report)
    "cov.partly": {"id": "mencakup {spans} dari {period}", "en": "covered {spans} of {period}"},
    "cov.none": {
        "id": "tidak ada ekspor yang mencakup {period}",
        "en": "no export covers {period}",
    },
    "cov.unit_none": {
        "id": (
            "Belum ada ekspor unit ini yang mencakup periode ini: kriteria yang diukur dari "
            "unggahan tidak ada datanya (bukan nol)."
        ),
        "en": (
            "No export of this unit covers this period: the criteria measured from posts have "
            "no data (not a zero)."
        ),
    },
    "cov.platforms": {"id": "per platform: {items}", "en": "by platform: {items}"},
    "cov.sentence": {
        "id": (
            "Ekspor unit ini {covered}; target unggahan dihitung untuk hari-hari yang "
            "tercakup saja, platform tanpa ekspor tidak dihitung (bukan nol)."
        ),
        "en": (
            "This unit's exports: {covered}; the posting target counts the covered days "
            "only, and a platform without an export is left out (not a zero)."
        ),
    },
    # why a change against the previous period is not shown
    "chg.thin": {
        "id": "tidak dibandingkan: {label} hanya tercakup {days} dari {total} hari",
        "en": "not compared: {label} covered only {days} of {total} days",
    },
    "chg.platforms": {
        "id": "tidak dibandingkan: platform berbeda ({before} pada {label}; kini {now})",
        "en": "not compared: other platforms ({before} in {label}; now {now})",
    },
    "chg.unrecorded": {
        "id": "tidak dibandingkan: cakupan ekspor {label} belum tercatat — evaluasi ulang {label}",
        "en": "not compared: the coverage of {label} is not recorded — evaluate {label} again",
    },
    "share": {
        "id": "{pct}% target mingguan punya ekspor; bobot kriteria dihitung sebesar itu",
        "en": "{pct}% of the weekly target has an export; the criterion weighs that share",
    },
    "floor": {
        "id": "batas bawah: hanya pengikut yang dibawa unggahan",
        "en": "a floor: only the follows credited to posts",
    },
    "csv.unit": {"id": "UPT", "en": "Unit"},
    "csv.date": {"id": "Tanggal", "en": "Date"},
    "csv.time": {"id": "Jam", "en": "Time"},
    "csv.platform": {"id": "Platform", "en": "Platform"},
    "csv.format": {"id": "Format", "en": "Format"},
    "csv.idea": {"id": "Ide konten", "en": "Idea"},
    "csv.pillar": {"id": "Pilar", "en": "Pillar"},
    "csv.owner": {"id": "Penanggung jawab", "en": "Owner"},
    "csv.effort": {"id": "Beban kerja (jam)", "en": "Effort (hours)"},
    "csv.brief": {"id": "Arahan", "en": "Brief"},
    # No "Selamat siang": the message is pasted whenever the coordinator gets to it, and read
    # whenever the team does; "Yth." (yang terhormat) fits any hour.
    "wa.greeting": {
        "id": "Yth. rekan-rekan tim SMRT {unit},",
        "en": "Dear SMRT team of {unit},",
    },
    "wa.week": {
        "id": "berikut rencana konten {week}:",
        "en": "here is the content plan for {week}:",
    },
    # A week as people say it, "pekan ke-49 (30 November – 6 Desember 2026)": the ISO label
    # 2026-W49 is for the command line. "Pekan", not "minggu", which is also Sunday.
    "week.named": {"id": "pekan ke-{n} ({range})", "en": "week {n} ({range})"},
    "week.short": {"id": "pekan ke-{n}", "en": "week {n}"},
    "wa.empty": {
        "id": "Minggu ini tidak ada unggahan yang direncanakan.",
        "en": "No posts are planned this week.",
    },
    "wa.adaptation": {"id": "adaptasi", "en": "cross-post"},
    "wa.best_times": {
        "id": "Waktu unggah terbaik menurut hasil unggahan sebelumnya:",
        "en": "Best posting times from earlier posts' results:",
    },
    "wa.best_time": {
        "id": "{platform}, {day} {time} ({basis})",
        "en": "{platform}, {day} {time} ({basis})",
    },
    "wa.hours": {
        "id": "Beban kerja: {planned} dari kapasitas {capacity} jam.",
        "en": "Workload: {planned} of {capacity} hours of capacity.",
    },
    "wa.shortfalls": {"id": "Belum terpenuhi:", "en": "Not covered:"},
    "wa.shortfall": {
        "id": "{platform}: kurang {missing} unggahan ({reason})",
        "en": "{platform}: {missing} posts short ({reason})",
    },
    "wa.closing": {
        "id": "Terima kasih. Salam, Koordinator SMRT {region} ({coordinator})",
        "en": "Thank you. Regards, SMRT coordinator {region} ({coordinator})",
    },
    "ics.calname": {"id": "Rencana konten SMRT {week}", "en": "SMRT content plan {week}"},
    "ics.brief": {"id": "Arahan", "en": "Brief"},
    "ics.duty": {"id": "Piket pesan: {member}", "en": "Inbox duty: {member}"},
    "ics.duty.nobody": {"id": "tidak ada petugas piket", "en": "nobody on duty"},
    "wa.duty": {"id": "*Jadwal piket pesan dan komentar*", "en": "*Inbox duty*"},
    "wa.duty.nobody": {"id": "tidak ada petugas piket", "en": "nobody on duty"},
    "ics.hashtags": {"id": "Tagar", "en": "Hashtags"},
    "ics.checklist": {"id": "Daftar periksa", "en": "Checklist"},
    "ics.details": {
        "id": "Format: {format} · Pilar: {pillar} · Penanggung jawab: {owner} · {effort} jam",
        "en": "Format: {format} · Pillar: {pillar} · Owner: {owner} · {effort} hours",
    },
    # plan approval (issue 17): every document and export of the week says which it is
    "plan.draft": {
        "id": "DRAF — rencana ini belum disetujui.",
        "en": "DRAFT — this plan is not approved yet.",
    },
    "plan.approved": {
        "id": "Disetujui oleh {by} pada {date} pukul {time} (SHA-256 rencana {digest}).",
        "en": "Approved by {by} on {date} at {time} (plan SHA-256 {digest}).",
    },
    "plan.draft.word": {"id": "DRAF", "en": "DRAFT"},
    "plan.approved.word": {"id": "Disetujui: {by}, {date}", "en": "Approved: {by}, {date}"},
    "csv.status": {"id": "Status", "en": "Status"},
    "xlsx.zone": {"id": "Zona waktu", "en": "Time zone"},
    "xlsx.region": {"id": "Wilayah", "en": "Region"},
    "xlsx.interactions": {"id": "Interaksi", "en": "Interactions"},
    "xlsx.details": {"id": "Rincian per kriteria", "en": "Criteria in detail"},
    # report
    "r.title": {
        "id": "Laporan Evaluasi Media Sosial SMRT",
        "en": "SMRT Social Media Evaluation Report",
    },
    "r.subtitle": {"id": "Wilayah {region} — Periode {period}", "en": "{region} — period {period}"},
    "r.meeting": {
        "id": "Bahan Rapat Koordinasi dan Evaluasi",
        "en": "For the coordination meeting",
    },
    "r.date": {"id": "Tanggal laporan: {date}", "en": "Report date: {date}"},
    "r.pendahuluan": {"id": "Pendahuluan", "en": "Introduction"},
    "r.latar": {"id": "Latar Belakang", "en": "Background"},
    "r.latar.text": {
        "id": (
            "Sejak 2018 setiap Unit Pelaksana Teknis (UPT) Direktorat Jenderal Perhubungan Laut "
            "memiliki Social Media Response Team (SMRT) yang menyebarkan informasi secara cepat, "
            "tepat, dan akurat, menangkal informasi negatif dan hoaks, serta menyiapkan bahan yang "
            "dibutuhkan kantor pusat. Media sosial adalah garda terdepan pelayanan informasi; "
            "karena itu kinerja setiap tim dievaluasi secara berkala di wilayah {region}."
        ),
        "en": (
            "Since 2018 every technical unit (UPT) of the Directorate General of Sea "
            "Transportation has a Social Media Response Team (SMRT) that spreads information "
            "quickly, precisely and accurately, counters negative information and hoaxes, and "
            "prepares material for the head office. Social media is the front line of public "
            "information, so every team's work in {region} is evaluated regularly."
        ),
    },
    "r.tujuan": {"id": "Tujuan", "en": "Purpose"},
    "r.covered": {
        "id": (
            "Ekspor unit berikut tidak mencakup seluruh periode; target unggahan dihitung untuk "
            "hari yang tercakup saja, dan platform tanpa ekspor tidak dihitung (bukan nol):"
        ),
        "en": (
            "These units' exports do not cover the whole period; the posting target counts the "
            "covered days only, and a platform without an export is left out (not a zero):"
        ),
    },
    "r.covered.none": {
        "id": (
            "Belum ada ekspor yang mencakup periode ini: kriteria yang diukur dari unggahan "
            "tidak ada datanya (bukan nol)."
        ),
        "en": (
            "No export covers this period: the criteria measured from posts have no data "
            "(not a zero)."
        ),
    },
    "r.tujuan.text": {
        "id": (
            "Laporan ini menilai kinerja {n} UPT pada periode {period} ({range}) berdasarkan "
            "kriteria dan bobot yang ditetapkan dalam registri wilayah, sebagai acuan bagi setiap "
            "tim dan bahan tindak lanjut pimpinan. Kriteria tanpa data ditulis “tidak ada data”, "
            "bukan nol."
        ),
        "en": (
            "This report assesses {n} units for the period {period} ({range}) against the "
            "criteria and weights set in the regional registry, as a reference for every team "
            "and for the leadership's follow-up. A criterion without data is shown as "
            "“no data”, never as zero."
        ),
    },
    "r.ringkasan": {"id": "Ringkasan", "en": "Summary"},
    "r.sum.units": {
        "id": "UPT dievaluasi: {n} ({scored} dengan data cukup untuk dinilai).",
        "en": "Units evaluated: {n} ({scored} with enough data to score).",
    },
    "r.sum.mean": {
        "id": "Rata-rata nilai {scored} dari {n} UPT: {mean}.",
        "en": "Mean score of {scored} of {n} units: {mean}.",
    },
    "r.sum.best": {
        "id": "Nilai tertinggi: {unit} ({score}).",
        "en": "Highest score: {unit} ({score}).",
    },
    "r.sum.low": {
        "id": "Nilai terendah: {unit} ({score}).",
        "en": "Lowest score: {unit} ({score}).",
    },
    "r.sum.posts": {
        "id": "Jumlah unggahan: {posts}; jumlah interaksi: {interactions}.",
        "en": "Posts: {posts}; interactions: {interactions}.",
    },
    "r.sum.grades": {"id": "Sebaran predikat: {grades}.", "en": "Grades: {grades}."},
    "r.sum.weak": {
        "id": "Kelemahan paling umum: {items}.",
        "en": "Most common weaknesses: {items}.",
    },
    "r.sum.weak.item": {"id": "{criterion} ({n} UPT)", "en": "{criterion} ({n} units)"},
    "r.best": {"id": "Unggahan terbaik:", "en": "Best posts:"},
    "r.post.interactions": {"id": "{n} interaksi", "en": "{n} interactions"},
    "r.k.exports": {
        "id": "{unit}: belum ada ekspor data dari {platforms} — unduh dan impor ekspornya.",
        "en": "{unit}: no export from {platforms} yet — download and import it.",
    },
    "r.sum.nodata": {
        "id": "Tanpa data: {units}.",
        "en": "No data: {units}.",
    },
    "r.hasil": {"id": "Hasil Evaluasi", "en": "Evaluation Results"},
    "r.league": {"id": "Peringkat UPT", "en": "League table"},
    "r.col.rank": {"id": "Peringkat", "en": "Rank"},
    "r.col.unit": {"id": "UPT", "en": "Unit"},
    "r.col.score": {"id": "Nilai", "en": "Score"},
    "r.col.grade": {"id": "Predikat", "en": "Grade"},
    "r.col.coverage": {"id": "Cakupan data", "en": "Data coverage"},
    "r.col.posts": {"id": "Unggahan", "en": "Posts"},
    "r.col.change": {"id": "Perubahan dari {period}", "en": "Change from {period}"},
    "r.col.criterion": {"id": "Kriteria", "en": "Criterion"},
    "r.col.value": {"id": "Nilai terukur", "en": "Measured value"},
    "r.col.cscore": {"id": "Skor (0–100)", "en": "Score (0–100)"},
    "r.col.weight": {"id": "Bobot", "en": "Weight"},
    "r.col.date": {"id": "Tanggal", "en": "Date"},
    "r.col.time": {"id": "Jam", "en": "Time"},
    "r.col.platform": {"id": "Platform", "en": "Platform"},
    "r.col.idea": {"id": "Ide konten", "en": "Idea"},
    "r.col.pillar": {"id": "Pilar", "en": "Pillar"},
    "r.col.items": {"id": "Unggahan", "en": "Items"},
    "r.col.hours": {"id": "Jam direncanakan", "en": "Hours planned"},
    "r.col.capacity": {"id": "Kapasitas (jam)", "en": "Capacity (hours)"},
    "r.col.shortfall": {"id": "Kekurangan", "en": "Shortfall"},
    "r.col.target": {"id": "Target", "en": "Target"},
    "r.col.share": {"id": "Porsi rencana", "en": "Planned share"},
    "r.nodata": {"id": "tidak ada data", "en": "no data"},
    "r.unit.summary": {
        "id": "Nilai {score} ({grade}), peringkat {rank}; nilai bertumpu pada {coverage} bobot.",
        "en": "Score {score} ({grade}), rank {rank}; the score rests on {coverage} of the weight.",
    },
    "r.unit.nodata": {
        "id": "Tidak ada data untuk periode ini; unit ini tidak diberi nilai maupun peringkat.",
        "en": "There is no data for this period; the unit has no score and no rank.",
    },
    "r.chart.scores": {"id": "Nilai per UPT", "en": "Score per unit"},
    "r.chart.heatmap": {"id": "Skor per kriteria", "en": "Score per criterion"},
    "r.chart.pillars": {
        "id": "Porsi pilar dalam rencana dibanding target",
        "en": "Pillar mix in the plan against targets",
    },
    "r.chart.trend": {"id": "Tren nilai per periode", "en": "Score trend by period"},
    "r.chart.planned": {"id": "Rencana", "en": "Planned"},
    "r.kendala": {"id": "Kendala", "en": "Constraints"},
    "r.k.capacity": {
        "id": "{unit}: beban rencana {planned} jam melebihi kapasitas {capacity} jam.",
        "en": "{unit}: the plan needs {planned} hours, more than the {capacity} hours available.",
    },
    "r.k.full": {
        "id": "{unit}: kapasitas {capacity} jam terpakai penuh ({planned} jam).",
        "en": "{unit}: its {capacity} hours are fully used ({planned} hours).",
    },
    "r.k.missing": {
        "id": (
            "{unit}: tidak ada data untuk {criteria}; nilai hanya bertumpu pada {coverage} bobot."
        ),
        "en": "{unit}: no data for {criteria}; the score rests on only {coverage} of the weight.",
    },
    "r.k.nodata": {
        "id": "{unit}: tidak ada data sama sekali — unduh ekspor platform unit ini.",
        "en": "{unit}: no data at all — download this unit's platform exports.",
    },
    "r.k.elsewhere": {
        "id": (
            "{unit}: ekspor yang sudah diimpor tidak memuat data periode ini — unduh dan impor "
            "ekspor yang mencakup periode ini."
        ),
        "en": (
            "{unit}: its imported exports hold nothing of this period — download and import "
            "exports that cover it."
        ),
    },
    "r.k.shortfall": {
        "id": "{unit}: {platform} kurang {missing} unggahan ({reason}).",
        "en": "{unit}: {platform} is {missing} posts short ({reason}).",
    },
    "r.k.overdue": {
        "id": "{unit}: {n} pesan publik lewat batas waktu tanggap; yang tertua {kind} "
        "{date}, {limit}. Daftarnya: smrt inbox.",
        "en": "{unit}: {n} public messages past their response targets; the oldest a {kind} "
        "of {date}, {limit}. List: smrt inbox.",
    },
    "r.k.none": {
        "id": "Tidak ada kendala yang tercatat.",
        "en": "No constraints were recorded.",
    },
    "r.rekomendasi": {"id": "Rekomendasi dan Tindak Lanjut", "en": "Recommendations and Follow-up"},
    "r.rec.ideas": {
        "id": "Ide yang dapat dibuat: {ideas}",
        "en": "Ideas this unit can make: {ideas}",
    },
    "r.rec.none": {
        "id": "Tidak ada rekomendasi khusus; pertahankan kinerja.",
        "en": "No specific recommendation; keep up the work.",
    },
    "r.penutup": {"id": "Penutup", "en": "Closing"},
    "r.penutup.text": {
        "id": (
            "Demikian laporan evaluasi SMRT wilayah {region} periode {period}. Evaluasi ini "
            "menjadi acuan bagi setiap tim; dukungan pimpinan diperlukan agar pengelolaan media "
            "sosial tidak menjadi pekerjaan sampingan. Atas perhatian dan kerja sama rekan-rekan, "
            "kami ucapkan terima kasih."
        ),
        "en": (
            "This concludes the SMRT evaluation report for {region}, period {period}. It is a "
            "reference for every team; leadership support is needed so that social media is not "
            "a side job. Thank you for your attention and cooperation."
        ),
    },
    "r.lampiran": {"id": "Lampiran", "en": "Appendix"},
    "r.plan.title": {"id": "Rencana konten {week}", "en": "Content plan for {week}"},
    "r.plan.missing": {
        "id": "Belum ada rencana untuk {week}.",
        "en": "No plan was made for {week}.",
    },
    "r.plan.overview": {"id": "Ikhtisar per UPT", "en": "Overview per unit"},
    "r.page": {"id": "Halaman", "en": "Page"},
    # the report as a signed document (issue 17)
    "r.dasar": {"id": "Dasar", "en": "Legal basis"},
    "r.unit.nodata.all": {
        "id": "Tanpa data pada periode ini, sehingga tidak diberi nilai maupun peringkat: {units}.",
        "en": "No data for this period, so without a score or rank: {units}.",
    },
    "r.col.no": {"id": "No.", "en": "No."},
    "r.col.action": {"id": "Tindak lanjut", "en": "Action"},
    "r.col.lead": {"id": "Penanggung jawab", "en": "Person in charge"},
    "r.col.deadline": {"id": "Batas waktu", "en": "Deadline"},
    "r.tl.next": {"id": "Rakor berikutnya", "en": "The next Rakor"},
    "r.tl.lead": {"id": "Kepala kantor", "en": "Head of office"},
    "r.sign.title": {
        "id": "Koordinator SMRT Wilayah {region}",
        "en": "SMRT Coordinator, {region}",
    },
    # the week's plan as a printable document (issue 17)
    "p.doc.title": {"id": "Rencana Konten Mingguan SMRT", "en": "SMRT Weekly Content Plan"},
    "p.doc.subtitle": {"id": "Wilayah {region} — {week}", "en": "{region} — {week}"},
    "p.doc.for": {"id": "Untuk persetujuan pimpinan", "en": "For the head of office's approval"},
    "p.doc.overview": {"id": "Ikhtisar", "en": "Overview"},
    "p.doc.units": {"id": "Rencana per UPT", "en": "Plan per unit"},
    "p.doc.sign": {"id": "Persetujuan", "en": "Approval"},
    "p.doc.date": {"id": "Tanggal: {date}", "en": "Date: {date}"},
    # the Rakor slides
    "s.units": {"id": "Hasil per UPT", "en": "Result per unit"},
    "s.more": {"id": "(lanjutan)", "en": "(continued)"},
    "s.result": {"id": "Hasil", "en": "Result"},
    "s.rank": {"id": "peringkat {rank}", "en": "rank {rank}"},
    "s.strong": {"id": "terkuat: {criterion}", "en": "strongest: {criterion}"},
    "s.weakest": {"id": "terlemah: {criterion}", "en": "weakest: {criterion}"},
    "s.unit.nodata": {
        "id": "tidak ada data; tidak diberi nilai maupun peringkat",
        "en": "no data; no score and no rank",
    },
    "s.weak": {"id": "Kelemahan umum wilayah", "en": "The region's common weaknesses"},
    "s.weak.item": {
        "id": "{criterion}: {n} dari {of} UPT yang dinilai",
        "en": "{criterion}: {n} of {of} scored units",
    },
    "s.weak.none": {
        "id": "Tidak ada kelemahan yang sama di beberapa UPT.",
        "en": "No weakness is shared by several units.",
    },
    "s.followup": {"id": "Tindak lanjut", "en": "Follow-up"},
    # a command named in stored advice, as the meeting reads it
    "r.cmd.tool": {"id": "aplikasi smrt", "en": "the smrt tool"},
    "r.cmd.option": {"id": "skor asesor", "en": "assessor scores"},
}


# Foreign terms an Indonesian text sets in italics (PUEBI): the report's renderers find them in
# its prose, tables and lists. English text has none to mark.
FOREIGN_TERMS: dict[str, tuple[str, ...]] = {
    "id": (
        "Social Media Response Team",
        "port clearance",
        "live streaming",
        "speedboat",
        "carousel",
        "hashtag",
        "reels",
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
    # whole words only, longest first, any case ("Reels tren", "reels")
    alternatives = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def export_text(key: str, lang: str, **values: object) -> str:
    """An export string in `lang` (Indonesian when missing), with `values` filled in."""
    entry = EXPORT_TEXTS[key]
    template = entry.get(_lang(lang)) or entry["id"]
    return template.format(**values) if values else template


def week_name(number: int, start: dt.date | None, end: dt.date | None, lang: str) -> str:
    """'pekan ke-49 (30 November – 6 Desember 2026)'; without its days when they are unknown."""
    if start is None or end is None:
        return export_text("week.short", lang, n=number)
    return export_text("week.named", lang, n=number, range=format_range(start, end, lang))


# --- end of export texts ----------------------------------------------------------------------


# --- plan texts (issue 3: `smrt plan week`) -------------------------------------------------
# Keys are stable ids; every Indonesian text has its English twin.
PLAN_TEXTS: dict[str, dict[str, str]] = {
    "title": {
        "id": "Rencana Konten Mingguan — {week} ({range})",
        "en": "Weekly Content Plan — {week} ({range})",
    },
    "unit_title": {"id": "Rencana Konten {unit} — {week}", "en": "Content Plan {unit} — {week}"},
    "intro": {
        "id": "Wilayah {region}. Disusun dari registri wilayah.",
        "en": "Region {region}. Made from the regional registry.",
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
    "duty.title": {"id": "Jadwal piket", "en": "Inbox duty"},
    "duty.intro.every": {
        "id": "Petugas piket memantau dan membalas pesan serta komentar setiap hari, termasuk "
        "akhir pekan dan hari libur.",
        "en": "The person on duty watches and answers messages and comments every day, "
        "weekends and holidays included.",
    },
    "duty.intro.office": {
        "id": "Petugas piket memantau dan membalas pesan serta komentar pada hari kerja kantor "
        "dan setiap hari selama masa pantauan harian (misalnya Nataru).",
        "en": "The person on duty watches and answers messages and comments on office days, "
        "and every day of a daily-watch period (such as Nataru).",
    },
    "duty.member": {"id": "Petugas piket", "en": "On duty"},
    "duty.note": {"id": "Keterangan", "en": "Note"},
    "duty.nobody": {"id": "tidak ada petugas piket", "en": "nobody on inbox duty"},
    "duty.none": {
        "id": "Tidak ada hari piket pekan ini.",
        "en": "No inbox duty this week.",
    },
    "warn.duty": {
        "id": "{unit}: {date}: tidak ada petugas piket — tunjuk petugas pengganti atau atur "
        "hari tersedia di registri",
        "en": "{unit}: {date}: nobody on inbox duty — name a stand-in or change who is "
        "available in the registry",
    },
    "ready": {"id": "Siap pakai", "en": "Ready to use"},
    "ready.intro": {
        "id": "Tidak dijadwalkan: gunakan hanya bila kejadiannya muncul.",
        "en": "Not scheduled: use only when the occasion arises.",
    },
    "brief": {"id": "Arahan", "en": "Brief"},
    "hashtags": {"id": "Tagar", "en": "Hashtags"},
    "checklist": {"id": "Daftar periksa produksi", "en": "Production checklist"},
    "also_on": {
        "id": "Diadaptasi dari butir yang sama di {platforms}; cukup sesuaikan ukuran dan teks.",
        "en": "Adapted from the same item on {platforms}; only adjust size and caption.",
    },
    "reason.crosspost": {"id": "adaptasi", "en": "cross-post"},
    "reason.pillar": {"id": "keseimbangan pilar", "en": "pillar balance"},
    "mix.units": {
        "id": "Komposisi pilar per unit (persen butir unit itu)",
        "en": "Pillar mix per unit (percent of that unit's items)",
    },
    "mix.gap": {"id": "Selisih rata-rata (poin)", "en": "Mean gap (points)"},
    "reason.rotation": {"id": "rotasi", "en": "rotation"},
    "reason.target": {"id": "target {platform}", "en": "{platform} target"},
    "reason.campaign": {"id": "{name} (kampanye)", "en": "{name} (campaign)"},
    "short.capacity": {"id": "kapasitas tim tidak cukup", "en": "not enough team capacity"},
    "short.no_idea": {"id": "tidak ada ide yang sesuai", "en": "no suitable idea"},
    "short.cooldown": {
        "id": "semua ide yang sesuai baru saja dipakai (masa jeda)",
        "en": "all suitable ideas used recently (cooldown)",
    },
    "short.holiday": {
        "id": "hari libur: hanya butir ringan",
        "en": "holidays: light items only",
    },
    "short.skill": {
        "id": "tidak ada anggota tim dengan keahlian {skill}",
        "en": "no team member has the skill {skill}",
    },
    "short.evening": {
        "id": "semua waktu unggah platform ini di luar jam kerja, dan unit tidak mengunggah "
        "pada malam hari",
        "en": "every posting time of this platform is after office hours, and the unit posts "
        "none in the evening",
    },
    "checklist.schedule": {
        "id": "Jadwalkan sebelumnya lewat fitur jadwal platform (di luar jam kerja): {where}",
        "en": "Schedule in advance with the platform's scheduler (outside office hours): {where}",
    },
    "short.office": {
        "id": "kegiatan di lapangan perlu waktu unggah dalam jam kerja, dan platform ini tidak "
        "punya",
        "en": "on-site work needs a posting time within office hours, and this platform has none",
    },
    "short.times": {
        "id": "semua waktu unggah platform ini di hari kerja sudah terisi",
        "en": "every posting time of this platform on the workdays is taken",
    },
}
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


def plan_text(key: str, lang: str, **values: object) -> str:
    """A plan report text in `lang` (Indonesian when unknown), with {placeholders} filled."""
    entry = PLAN_TEXTS[key]
    template = entry.get(_lang(lang)) or entry["id"]
    return template.format(**values) if values else template


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


def coverage_text(unit: UptEvaluation, start: dt.date, end: dt.date, lang: str) -> str | None:
    """'mencakup 1–31 Oktober 2026 dari 1 Oktober – 31 Desember 2026', when not all of it.

    None for a period covered whole, or an evaluation made before coverage was recorded.
    Platforms whose exports cover different days are named one by one.
    """
    if unit.covered_days is None or unit.period_days is None:
        return None
    period = format_range(start, end, lang)
    if unit.covered_days == 0:
        return export_text("cov.none", lang, period=period)
    by_platform = unit.evidence.covered
    uneven = len({tuple(v) for v in by_platform.values()}) > 1
    if unit.covered_days >= unit.period_days and not uneven:
        return None
    text = export_text(
        "cov.partly", lang, spans=spans_text(unit.covered_spans, lang), period=period
    )
    if uneven:
        items = "; ".join(
            f"{platform_name(p)} {spans_text(spans, lang)}" for p, spans in by_platform.items()
        )
        text += " (" + export_text("cov.platforms", lang, items=items) + ")"
    return text


def change_withheld_text(unit: UptEvaluation, label: str, lang: str) -> str | None:
    """Why the change against the previous period is not shown, or None."""
    why = unit.change_withheld
    if why == "thin":
        return export_text(
            "chg.thin",
            lang,
            label=label,
            days=unit.previous_covered_days,
            total=unit.previous_period_days,
        )
    if why == "platforms":
        before = ", ".join(platform_name(p) for p in unit.previous_platforms or []) or "–"
        now = ", ".join(platform_name(p) for p in unit.covered_platforms or []) or "–"
        return export_text("chg.platforms", lang, label=label, before=before, now=now)
    if why == "unrecorded":
        return export_text("chg.unrecorded", lang, label=label)
    return None


# --- insight texts (issue 13: `smrt insights`, the learning planner) -------------------------
INSIGHT_TEXTS: dict[str, dict[str, str]] = {
    "title": {"id": "Apa yang Berhasil — {period}", "en": "What Worked — {period}"},
    "unit_title": {
        "id": "Apa yang Berhasil: {unit} — {period}",
        "en": "What Worked: {unit} — {period}",
    },
    "intro": {
        "id": "Dari {posts} unggahan terukur ({first} – {last}). Keterlibatan = interaksi ÷ "
        "jangkauan (bila tidak ada, ÷ tayangan); lift = keterlibatan ÷ median unit sendiri di "
        "platform yang sama. Lift hanya dari sedikitnya {min} unggahan.",
        "en": "From {posts} measurable posts ({first} – {last}). Engagement = interactions ÷ "
        "reach (else ÷ views); lift = engagement ÷ the unit's own median on the same platform. "
        "A lift only from at least {min} posts.",
    },
    "no_posts": {
        "id": "Belum ada unggahan terukur dalam periode ini: waktu unggah tetap dari registri.",
        "en": "No measurable posts in this period: posting times stay the registry's.",
    },
    "best_times": {"id": "Waktu terbaik", "en": "Best times"},
    "heatmap": {
        "id": "Lift keterlibatan {platform} per hari dan jam ({zone})",
        "en": "{platform} engagement lift by day and hour ({zone})",
    },
    "what_works": {"id": "Yang berhasil", "en": "What works"},
    "breakouts": {
        "id": "Unggahan menonjol (di atas 2× median unit)",
        "en": "Breakout posts (above 2× the unit's median)",
    },
    "no_breakouts": {"id": "Tidak ada.", "en": "None."},
    "resting": {
        "id": "Ide yang diistirahatkan lebih lama (dua kali berturut-turut di bawah median)",
        "en": "Ideas resting longer (below the median twice in a row)",
    },
    "units": {"id": "Per unit", "en": "Per unit"},
    "platform": {"id": "Platform", "en": "Platform"},
    "day": {"id": "Hari", "en": "Day"},
    "time": {"id": "Waktu", "en": "Time"},
    "lift": {"id": "Lift", "en": "Lift"},
    "posts": {"id": "Unggahan", "en": "Posts"},
    "basis": {"id": "Dasar", "en": "Basis"},
    "median_er": {"id": "Median keterlibatan (%)", "en": "Median engagement (%)"},
    "unit": {"id": "Unit", "en": "Unit"},
    "link": {"id": "Tautan", "en": "Link"},
    "text": {"id": "Teks", "en": "Text"},
    "date": {"id": "Tanggal", "en": "Date"},
    "any_day": {"id": "setiap hari", "en": "any day"},
    "dimension.pillar": {"id": "Pilar", "en": "Pillar"},
    "dimension.format": {"id": "Format", "en": "Format"},
    "dimension.idea": {"id": "Ide", "en": "Idea"},
    "basis.unit": {"id": "data unit ini", "en": "this unit's posts"},
    "basis.region": {"id": "data wilayah", "en": "the region's posts"},
    "basis.registry": {"id": "registri (data belum cukup)", "en": "registry (too little data)"},
    "no_data": {"id": "belum ada data", "en": "no data"},
    "chart_file": {"id": "Grafik", "en": "Chart"},
    # the planner's words for a learned time and a recommended idea
    "time.unit": {
        "id": "{time}: waktu terbaik {platform} unit ini, {posts} unggahan, {lift}× median",
        "en": "{time}: this unit's best {platform} time, {posts} posts, {lift}× median",
    },
    "time.region": {
        "id": "{time}: waktu terbaik {platform} di wilayah, {posts} unggahan, {lift}× median",
        "en": "{time}: the region's best {platform} time, {posts} posts, {lift}× median",
    },
    "recommended": {
        "id": "dari rekomendasi evaluasi {period}",
        "en": "from the {period} evaluation's recommendations",
    },
    "r.section": {"id": "Apa yang berhasil", "en": "What worked"},
    "r.best.format": {"id": "Format terbaik di wilayah:", "en": "The region's best formats:"},
    "r.best.pillar": {"id": "Pilar terbaik di wilayah:", "en": "The region's best pillars:"},
    "r.best.times": {"id": "Waktu unggah terbaik di wilayah:", "en": "The region's best times:"},
    "lift_reason": {
        "id": "terbukti berhasil ({lift}× median)",
        "en": "proven to work ({lift}× median)",
    },
}


def insight_text(key: str, lang: str, **values: object) -> str:
    """An insights text in `lang` (Indonesian when unknown), with {placeholders} filled."""
    entry = INSIGHT_TEXTS[key]
    template = entry.get(_lang(lang)) or entry["id"]
    return template.format(**values) if values else template


def lift_text(lift: float, lang: str) -> str:
    """'1,6' for a lift of 1.6 in Indonesian: one decimal, the house's comma."""
    return format_number(lift, lang, 1)


# --- end of insight texts --------------------------------------------------------------------


# --- response texts (issue 15: `smrt inbox`, reply times, the hoax register) ----------------
RESPONSE_TEXTS: dict[str, dict[str, str]] = {
    "inbox.title": {"id": "Pesan terbuka per {when}", "en": "Open messages as of {when}"},
    "inbox.none": {"id": "Tidak ada pesan terbuka.", "en": "No open messages."},
    "inbox.unit": {
        "id": "{name} ({id}): {n} pesan terbuka, {overdue} lewat batas",
        "en": "{name} ({id}): {n} open, {overdue} overdue",
    },
    "inbox.escalated": {"id": "diteruskan ke {to}", "en": "escalated to {to}"},
    "inbox.topic": {"id": "topik: {topic}", "en": "topic: {topic}"},
    "inbox.unanswered": {"id": "belum dibalas", "en": "not answered"},
    "inbox.unclosed": {"id": "belum selesai", "en": "not closed"},
    "inbox.waited": {
        "id": "menunggu {office} jam kerja ({calendar} jam)",
        "en": "waiting {office} office hours ({calendar} hours)",
    },
    "inbox.passed": {"id": "lewat batas {within} {unit}", "en": "past the {within} {unit} limit"},
    "inbox.total": {
        "id": "{overdue} dari {n} pesan terbuka lewat batas.",
        "en": "{overdue} of {n} open messages are overdue.",
    },
    "unit.office_hours": {"id": "jam kerja", "en": "office hours"},
    "unit.working_days": {"id": "hari kerja", "en": "working days"},
    "unit.hours": {"id": "jam", "en": "hours"},
    "unit.days": {"id": "hari", "en": "days"},
    "kind.question": {"id": "pertanyaan", "en": "question"},
    "kind.complaint": {"id": "pengaduan", "en": "complaint"},
    "kind.hoax_report": {"id": "laporan hoaks", "en": "hoax report"},
    "kind.other": {"id": "lainnya", "en": "other"},
}


def response_text(key: str, lang: str, **values: object) -> str:
    """A response-work text in `lang` (Indonesian when unknown), with {placeholders} filled."""
    entry = RESPONSE_TEXTS[key]
    template = entry.get(_lang(lang)) or entry["id"]
    return template.format(**values) if values else template


def deadline_text(within: float, unit: str, lang: str) -> str:
    """'lewat batas 5 hari kerja' / 'past the 5 working days limit'."""
    return response_text(
        "inbox.passed",
        lang,
        within=hours_text(within, lang),
        unit=response_text(f"unit.{unit}", lang),
    )
