"""Every text smrt writes or prints, in Indonesian and English, and the one way to use them.

To add a text: add `"area.name": {"id": "…", "en": "…"}` to CATALOGUE under its area's heading
and call `t("area.name", lang, value=…)`. Both languages are required and must use the same
{placeholders} (tests/test_catalogue.py checks every key). Placeholders are str.format fields.
This module imports nothing heavy: the CLI's error handler renders messages with it.
"""

from __future__ import annotations

import string

# Areas (the part of a key before its first dot): export (report, calendar, CSV, WhatsApp),
# plan (weekly plans), insight (what worked), response (inbox, reply times), advice (the
# evaluation's recommendations), howto (where each platform's export is downloaded),
# evaluation (the evaluation document), message (what the command line prints: errors,
# warnings, notes), help (`--help`, keyed by its English: cli/helptext.py).
CATALOGUE: dict[str, dict[str, str]] = {
    # --- export: `smrt export` report, calendar, CSV, WhatsApp (issue 6) ---
    # what a unit's exports cover of the period (evaluation and report)
    "export.cov.partly": {
        "id": "mencakup {spans} dari {period}",
        "en": "covered {spans} of {period}",
    },
    "export.cov.none": {
        "id": "tidak ada ekspor yang mencakup {period}",
        "en": "no export covers {period}",
    },
    "export.cov.unit_none": {
        "id": (
            "Belum ada ekspor unit ini yang mencakup periode ini: kriteria yang diukur dari "
            "unggahan tidak ada datanya (bukan nol)."
        ),
        "en": (
            "No export of this unit covers this period: the criteria measured from posts have "
            "no data (not a zero)."
        ),
    },
    "export.cov.platforms": {"id": "per platform: {items}", "en": "by platform: {items}"},
    "export.cov.sentence": {
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
    "export.chg.thin": {
        "id": "tidak dibandingkan: {label} hanya tercakup {days} dari {total} hari",
        "en": "not compared: {label} covered only {days} of {total} days",
    },
    "export.chg.platforms": {
        "id": "tidak dibandingkan: platform berbeda ({before} pada {label}; kini {now})",
        "en": "not compared: other platforms ({before} in {label}; now {now})",
    },
    "export.chg.unrecorded": {
        "id": "tidak dibandingkan: cakupan ekspor {label} belum tercatat — evaluasi ulang {label}",
        "en": "not compared: the coverage of {label} is not recorded — evaluate {label} again",
    },
    "export.share": {
        "id": "{pct}% target mingguan punya ekspor; bobot kriteria dihitung sebesar itu",
        "en": "{pct}% of the weekly target has an export; the criterion weighs that share",
    },
    "export.floor": {
        "id": "batas bawah: hanya pengikut yang dibawa unggahan",
        "en": "a floor: only the follows credited to posts",
    },
    "export.csv.unit": {"id": "UPT", "en": "Unit"},
    "export.csv.date": {"id": "Tanggal", "en": "Date"},
    "export.csv.time": {"id": "Jam", "en": "Time"},
    "export.csv.platform": {"id": "Platform", "en": "Platform"},
    "export.csv.format": {"id": "Format", "en": "Format"},
    "export.csv.idea": {"id": "Ide konten", "en": "Idea"},
    "export.csv.pillar": {"id": "Pilar", "en": "Pillar"},
    "export.csv.owner": {"id": "Penanggung jawab", "en": "Owner"},
    "export.csv.effort": {"id": "Beban kerja (jam)", "en": "Effort (hours)"},
    "export.csv.brief": {"id": "Arahan", "en": "Brief"},
    # No "Selamat siang": the message is pasted whenever the coordinator gets to it, and read
    # whenever the team does; "Yth." (yang terhormat) fits any hour.
    "export.wa.greeting": {
        "id": "Yth. rekan-rekan tim SMRT {unit},",
        "en": "Dear SMRT team of {unit},",
    },
    "export.wa.week": {
        "id": "berikut rencana konten {week}:",
        "en": "here is the content plan for {week}:",
    },
    # A week as people say it, "pekan ke-49 (30 November – 6 Desember 2026)": the ISO label
    # 2026-W49 is for the command line. "Pekan", not "minggu", which is also Sunday.
    "export.week.named": {"id": "pekan ke-{n} ({range})", "en": "week {n} ({range})"},
    "export.week.short": {"id": "pekan ke-{n}", "en": "week {n}"},
    "export.wa.empty": {
        "id": "Minggu ini tidak ada unggahan yang direncanakan.",
        "en": "No posts are planned this week.",
    },
    "export.wa.adaptation": {"id": "adaptasi", "en": "cross-post"},
    "export.wa.best_times": {
        "id": "Waktu unggah terbaik menurut hasil unggahan sebelumnya:",
        "en": "Best posting times from earlier posts' results:",
    },
    "export.wa.best_time": {
        "id": "{platform}, {day} {time} ({basis})",
        "en": "{platform}, {day} {time} ({basis})",
    },
    "export.wa.hours": {
        "id": "Beban kerja: {planned} dari kapasitas {capacity} jam.",
        "en": "Workload: {planned} of {capacity} hours of capacity.",
    },
    "export.wa.shortfalls": {"id": "Belum terpenuhi:", "en": "Not covered:"},
    "export.wa.shortfall": {
        "id": "{platform}: kurang {missing} unggahan ({reason})",
        "en": "{platform}: {missing} posts short ({reason})",
    },
    "export.wa.closing": {
        "id": "Terima kasih. Salam, Koordinator SMRT {region} ({coordinator})",
        "en": "Thank you. Regards, SMRT coordinator {region} ({coordinator})",
    },
    "export.ics.calname": {"id": "Rencana konten SMRT {week}", "en": "SMRT content plan {week}"},
    "export.ics.brief": {"id": "Arahan", "en": "Brief"},
    "export.ics.duty": {"id": "Piket pesan: {member}", "en": "Inbox duty: {member}"},
    "export.ics.duty.nobody": {"id": "tidak ada petugas piket", "en": "nobody on duty"},
    "export.wa.duty": {"id": "*Jadwal piket pesan dan komentar*", "en": "*Inbox duty*"},
    "export.wa.duty.nobody": {"id": "tidak ada petugas piket", "en": "nobody on duty"},
    "export.ics.hashtags": {"id": "Tagar", "en": "Hashtags"},
    "export.ics.checklist": {"id": "Daftar periksa", "en": "Checklist"},
    "export.ics.details": {
        "id": "Format: {format} · Pilar: {pillar} · Penanggung jawab: {owner} · {effort} jam",
        "en": "Format: {format} · Pillar: {pillar} · Owner: {owner} · {effort} hours",
    },
    # plan approval (issue 17): every document and export of the week says which it is
    "export.plan.draft": {
        "id": "DRAF — rencana ini belum disetujui.",
        "en": "DRAFT — this plan is not approved yet.",
    },
    "export.plan.approved": {
        "id": "Disetujui oleh {by} pada {date} pukul {time} (SHA-256 rencana {digest}).",
        "en": "Approved by {by} on {date} at {time} (plan SHA-256 {digest}).",
    },
    "export.plan.draft.word": {"id": "DRAF", "en": "DRAFT"},
    "export.plan.approved.word": {"id": "Disetujui: {by}, {date}", "en": "Approved: {by}, {date}"},
    "export.csv.status": {"id": "Status", "en": "Status"},
    "export.xlsx.zone": {"id": "Zona waktu", "en": "Time zone"},
    "export.xlsx.region": {"id": "Wilayah", "en": "Region"},
    "export.xlsx.interactions": {"id": "Interaksi", "en": "Interactions"},
    "export.xlsx.details": {"id": "Rincian per kriteria", "en": "Criteria in detail"},
    # report
    "export.r.title": {
        "id": "Laporan Evaluasi Media Sosial SMRT",
        "en": "SMRT Social Media Evaluation Report",
    },
    "export.r.subtitle": {
        "id": "Wilayah {region} — Periode {period}",
        "en": "{region} — period {period}",
    },
    "export.r.meeting": {
        "id": "Bahan Rapat Koordinasi dan Evaluasi",
        "en": "For the coordination meeting",
    },
    "export.r.date": {"id": "Tanggal laporan: {date}", "en": "Report date: {date}"},
    "export.r.pendahuluan": {"id": "Pendahuluan", "en": "Introduction"},
    "export.r.latar": {"id": "Latar Belakang", "en": "Background"},
    "export.r.latar.text": {
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
    "export.r.tujuan": {"id": "Tujuan", "en": "Purpose"},
    "export.r.covered": {
        "id": (
            "Ekspor unit berikut tidak mencakup seluruh periode; target unggahan dihitung untuk "
            "hari yang tercakup saja, dan platform tanpa ekspor tidak dihitung (bukan nol):"
        ),
        "en": (
            "These units' exports do not cover the whole period; the posting target counts the "
            "covered days only, and a platform without an export is left out (not a zero):"
        ),
    },
    "export.r.covered.none": {
        "id": (
            "Belum ada ekspor yang mencakup periode ini: kriteria yang diukur dari unggahan "
            "tidak ada datanya (bukan nol)."
        ),
        "en": (
            "No export covers this period: the criteria measured from posts have no data "
            "(not a zero)."
        ),
    },
    "export.r.tujuan.text": {
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
    "export.r.ringkasan": {"id": "Ringkasan", "en": "Summary"},
    "export.r.sum.units": {
        "id": "UPT dievaluasi: {n} ({scored} dengan data cukup untuk dinilai).",
        "en": "Units evaluated: {n} ({scored} with enough data to score).",
    },
    "export.r.sum.mean": {
        "id": "Rata-rata nilai {scored} dari {n} UPT: {mean}.",
        "en": "Mean score of {scored} of {n} units: {mean}.",
    },
    "export.r.sum.best": {
        "id": "Nilai tertinggi: {unit} ({score}).",
        "en": "Highest score: {unit} ({score}).",
    },
    "export.r.sum.low": {
        "id": "Nilai terendah: {unit} ({score}).",
        "en": "Lowest score: {unit} ({score}).",
    },
    "export.r.sum.posts": {
        "id": "Jumlah unggahan: {posts}; jumlah interaksi: {interactions}.",
        "en": "Posts: {posts}; interactions: {interactions}.",
    },
    "export.r.sum.grades": {"id": "Sebaran predikat: {grades}.", "en": "Grades: {grades}."},
    "export.r.sum.weak": {
        "id": "Kelemahan paling umum: {items}.",
        "en": "Most common weaknesses: {items}.",
    },
    "export.r.sum.weak.item": {"id": "{criterion} ({n} UPT)", "en": "{criterion} ({n} units)"},
    "export.r.best": {"id": "Unggahan terbaik:", "en": "Best posts:"},
    "export.r.post.interactions": {"id": "{n} interaksi", "en": "{n} interactions"},
    "export.r.k.exports": {
        "id": "{unit}: belum ada ekspor data dari {platforms} — unduh dan impor ekspornya.",
        "en": "{unit}: no export from {platforms} yet — download and import it.",
    },
    "export.r.sum.nodata": {
        "id": "Tanpa data: {units}.",
        "en": "No data: {units}.",
    },
    "export.r.hasil": {"id": "Hasil Evaluasi", "en": "Evaluation Results"},
    "export.r.league": {"id": "Peringkat UPT", "en": "League table"},
    "export.r.col.rank": {"id": "Peringkat", "en": "Rank"},
    "export.r.col.unit": {"id": "UPT", "en": "Unit"},
    "export.r.col.score": {"id": "Nilai", "en": "Score"},
    "export.r.col.grade": {"id": "Predikat", "en": "Grade"},
    "export.r.col.coverage": {"id": "Cakupan data", "en": "Data coverage"},
    "export.r.col.posts": {"id": "Unggahan", "en": "Posts"},
    "export.r.col.change": {"id": "Perubahan dari {period}", "en": "Change from {period}"},
    "export.r.col.criterion": {"id": "Kriteria", "en": "Criterion"},
    "export.r.col.value": {"id": "Nilai terukur", "en": "Measured value"},
    "export.r.col.cscore": {"id": "Skor (0–100)", "en": "Score (0–100)"},
    "export.r.col.weight": {"id": "Bobot", "en": "Weight"},
    "export.r.col.date": {"id": "Tanggal", "en": "Date"},
    "export.r.col.time": {"id": "Jam", "en": "Time"},
    "export.r.col.platform": {"id": "Platform", "en": "Platform"},
    "export.r.col.idea": {"id": "Ide konten", "en": "Idea"},
    "export.r.col.pillar": {"id": "Pilar", "en": "Pillar"},
    "export.r.col.items": {"id": "Unggahan", "en": "Items"},
    "export.r.col.hours": {"id": "Jam direncanakan", "en": "Hours planned"},
    "export.r.col.capacity": {"id": "Kapasitas (jam)", "en": "Capacity (hours)"},
    "export.r.col.shortfall": {"id": "Kekurangan", "en": "Shortfall"},
    "export.r.col.target": {"id": "Target", "en": "Target"},
    "export.r.col.share": {"id": "Porsi rencana", "en": "Planned share"},
    "export.r.nodata": {"id": "tidak ada data", "en": "no data"},
    "export.r.unit.summary": {
        "id": "Nilai {score} ({grade}), peringkat {rank}; nilai bertumpu pada {coverage} bobot.",
        "en": "Score {score} ({grade}), rank {rank}; the score rests on {coverage} of the weight.",
    },
    "export.r.chart.scores": {"id": "Nilai per UPT", "en": "Score per unit"},
    "export.r.chart.heatmap": {"id": "Skor per kriteria", "en": "Score per criterion"},
    "export.r.chart.pillars": {
        "id": "Porsi pilar dalam rencana dibanding target",
        "en": "Pillar mix in the plan against targets",
    },
    "export.r.chart.trend": {"id": "Tren nilai per periode", "en": "Score trend by period"},
    "export.r.chart.planned": {"id": "Rencana", "en": "Planned"},
    "export.r.kendala": {"id": "Kendala", "en": "Constraints"},
    "export.r.k.capacity": {
        "id": "{unit}: beban rencana {planned} jam melebihi kapasitas {capacity} jam.",
        "en": "{unit}: the plan needs {planned} hours, more than the {capacity} hours available.",
    },
    "export.r.k.full": {
        "id": "{unit}: kapasitas {capacity} jam terpakai penuh ({planned} jam).",
        "en": "{unit}: its {capacity} hours are fully used ({planned} hours).",
    },
    "export.r.k.missing": {
        "id": (
            "{unit}: tidak ada data untuk {criteria}; nilai hanya bertumpu pada {coverage} bobot."
        ),
        "en": "{unit}: no data for {criteria}; the score rests on only {coverage} of the weight.",
    },
    "export.r.k.nodata": {
        "id": "{unit}: tidak ada data sama sekali — unduh ekspor platform unit ini.",
        "en": "{unit}: no data at all — download this unit's platform exports.",
    },
    "export.r.k.elsewhere": {
        "id": (
            "{unit}: ekspor yang sudah diimpor tidak memuat data periode ini — unduh dan impor "
            "ekspor yang mencakup periode ini."
        ),
        "en": (
            "{unit}: its imported exports hold nothing of this period — download and import "
            "exports that cover it."
        ),
    },
    "export.r.k.shortfall": {
        "id": "{unit}: {platform} kurang {missing} unggahan ({reason}).",
        "en": "{unit}: {platform} is {missing} posts short ({reason}).",
    },
    "export.r.k.overdue": {
        "id": "{unit}: {n} pesan publik lewat batas waktu tanggap; yang tertua {kind} "
        "{date}, {limit}.",
        "en": "{unit}: {n} public messages past their response targets; the oldest a {kind} "
        "of {date}, {limit}.",
    },
    "export.r.k.none": {
        "id": "Tidak ada kendala yang tercatat.",
        "en": "No constraints were recorded.",
    },
    "export.r.rekomendasi": {
        "id": "Rekomendasi dan Tindak Lanjut",
        "en": "Recommendations and Follow-up",
    },
    "export.r.rec.ideas": {
        "id": "Ide yang dapat dibuat: {ideas}",
        "en": "Ideas this unit can make: {ideas}",
    },
    "export.r.rec.none": {
        "id": "Tidak ada rekomendasi khusus; pertahankan kinerja.",
        "en": "No specific recommendation; keep up the work.",
    },
    "export.r.penutup": {"id": "Penutup", "en": "Closing"},
    "export.r.penutup.text": {
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
    "export.r.lampiran": {"id": "Lampiran", "en": "Appendix"},
    "export.r.plan.title": {"id": "Rencana konten {week}", "en": "Content plan for {week}"},
    "export.r.plan.missing": {
        "id": "Belum ada rencana untuk {week}.",
        "en": "No plan was made for {week}.",
    },
    "export.r.page": {"id": "Halaman", "en": "Page"},
    # the report as a signed document (issue 17)
    "export.r.dasar": {"id": "Dasar", "en": "Legal basis"},
    "export.r.unit.nodata.all": {
        "id": "Tanpa data pada periode ini, sehingga tidak diberi nilai maupun peringkat: {units}.",
        "en": "No data for this period, so without a score or rank: {units}.",
    },
    "export.r.col.no": {"id": "No.", "en": "No."},
    "export.r.col.action": {"id": "Tindak lanjut", "en": "Action"},
    "export.r.col.lead": {"id": "Penanggung jawab", "en": "Person in charge"},
    "export.r.col.deadline": {"id": "Batas waktu", "en": "Deadline"},
    "export.r.tl.next": {"id": "Rakor berikutnya", "en": "The next Rakor"},
    "export.r.tl.lead": {"id": "Kepala kantor", "en": "Head of office"},
    "export.r.sign.title": {
        "id": "Koordinator SMRT Wilayah {region}",
        "en": "SMRT Coordinator, {region}",
    },
    # the week's plan as a printable document (issue 17)
    "export.p.doc.title": {"id": "Rencana Konten Mingguan SMRT", "en": "SMRT Weekly Content Plan"},
    "export.p.doc.subtitle": {"id": "Wilayah {region} — {week}", "en": "{region} — {week}"},
    "export.p.doc.for": {
        "id": "Untuk persetujuan pimpinan",
        "en": "For the head of office's approval",
    },
    "export.p.doc.overview": {"id": "Ikhtisar", "en": "Overview"},
    "export.p.doc.units": {"id": "Rencana per UPT", "en": "Plan per unit"},
    "export.p.doc.sign": {"id": "Persetujuan", "en": "Approval"},
    "export.p.doc.date": {"id": "Tanggal: {date}", "en": "Date: {date}"},
    # the Rakor slides
    "export.s.units": {"id": "Hasil per UPT", "en": "Result per unit"},
    "export.s.more": {"id": "(lanjutan)", "en": "(continued)"},
    "export.s.result": {"id": "Hasil", "en": "Result"},
    "export.s.rank": {"id": "peringkat {rank}", "en": "rank {rank}"},
    "export.s.strong": {"id": "terkuat: {criterion}", "en": "strongest: {criterion}"},
    "export.s.weakest": {"id": "terlemah: {criterion}", "en": "weakest: {criterion}"},
    "export.s.unit.nodata": {
        "id": "tidak ada data; tidak diberi nilai maupun peringkat",
        "en": "no data; no score and no rank",
    },
    "export.s.weak": {"id": "Kelemahan umum wilayah", "en": "The region's common weaknesses"},
    "export.s.weak.item": {
        "id": "{criterion}: {n} dari {of} UPT yang dinilai",
        "en": "{criterion}: {n} of {of} scored units",
    },
    "export.s.weak.none": {
        "id": "Tidak ada kelemahan yang sama di beberapa UPT.",
        "en": "No weakness is shared by several units.",
    },
    "export.s.followup": {"id": "Tindak lanjut", "en": "Follow-up"},
    # a command named in stored advice, as the meeting reads it
    "export.r.cmd.tool": {"id": "aplikasi smrt", "en": "the smrt tool"},
    "export.r.cmd.option": {"id": "skor asesor", "en": "assessor scores"},
    # --- plan: `smrt plan week` (issue 3) ---
    "plan.title": {
        "id": "Rencana Konten Mingguan — {week} ({range})",
        "en": "Weekly Content Plan — {week} ({range})",
    },
    "plan.unit_title": {
        "id": "Rencana Konten {unit} — {week}",
        "en": "Content Plan {unit} — {week}",
    },
    "plan.intro": {
        "id": "Wilayah {region}. Disusun dari registri wilayah.",
        "en": "Region {region}. Made from the regional registry.",
    },
    "plan.events": {
        "id": "Peristiwa dan hari libur pekan ini",
        "en": "Events and holidays this week",
    },
    "plan.no_events": {
        "id": "Tidak ada hari libur nasional atau hari peringatan pekan ini.",
        "en": "No public holidays or commemorations this week.",
    },
    "plan.kind.holiday": {"id": "hari libur", "en": "public holiday"},
    "plan.kind.joint": {"id": "cuti bersama", "en": "joint leave"},
    "plan.kind.commemoration": {"id": "hari peringatan", "en": "commemoration"},
    "plan.kind.campaign": {"id": "kampanye", "en": "campaign"},
    "plan.estimated": {
        "id": "tanggal perkiraan, belum ditetapkan pemerintah",
        "en": "estimated date, not yet confirmed by the government",
    },
    "plan.grid": {"id": "Jadwal unggahan per unit", "en": "Posts per unit and day"},
    "plan.unit": {"id": "Unit", "en": "Unit"},
    "plan.total": {"id": "Jumlah", "en": "Total"},
    "plan.summary": {
        "id": "Beban kerja dan target per unit",
        "en": "Workload and targets per unit",
    },
    "plan.items": {"id": "Butir", "en": "Items"},
    "plan.hours": {"id": "Jam / kapasitas", "en": "Hours / capacity"},
    "plan.shortfalls": {"id": "Kekurangan", "en": "Shortfalls"},
    "plan.none": {"id": "—", "en": "—"},
    "plan.shortfall": {"id": "{platform} kurang {missing}", "en": "{platform} {missing} short"},
    "plan.mix": {"id": "Komposisi pilar wilayah", "en": "Regional pillar mix"},
    "plan.pillar": {"id": "Pilar", "en": "Pillar"},
    "plan.target": {"id": "Target", "en": "Target"},
    "plan.planned": {"id": "Rencana", "en": "Planned"},
    "plan.difference": {"id": "Selisih", "en": "Difference"},
    "plan.warnings": {"id": "Peringatan", "en": "Warnings"},
    "plan.no_warnings": {"id": "Tidak ada peringatan.", "en": "No warnings."},
    "plan.warn.shortfall": {
        "id": "{unit}: {platform} kurang {missing} unggahan ({reason}).",
        "en": "{unit}: {platform} {missing} posts short ({reason}).",
    },
    "plan.warn.full": {
        "id": "{unit}: kapasitas terpakai penuh ({planned} dari {capacity} jam).",
        "en": "{unit}: capacity fully used ({planned} of {capacity} hours).",
    },
    "plan.warn.holiday": {
        "id": "{date}: {name} — hanya butir ringan (≤ {hours} jam) yang dijadwalkan.",
        "en": "{date}: {name} — only light items (≤ {hours} hours) are planned.",
    },
    "plan.warn.estimated": {
        "id": "{date}: {name} — tanggal perkiraan; periksa keputusan pemerintah.",
        "en": "{date}: {name} — estimated date; check the government's decision.",
    },
    "plan.day": {"id": "Hari & tanggal", "en": "Day & date"},
    "plan.time": {"id": "Waktu", "en": "Time"},
    "plan.platform": {"id": "Platform", "en": "Platform"},
    "plan.format": {"id": "Format", "en": "Format"},
    "plan.idea": {"id": "Ide", "en": "Idea"},
    "plan.owner": {"id": "Penanggung jawab", "en": "Owner"},
    "plan.effort": {"id": "Jam", "en": "Hours"},
    "plan.reason": {"id": "Alasan", "en": "Reason"},
    "plan.unit_hours": {
        "id": "Beban kerja: {planned} dari kapasitas {capacity} jam per pekan.",
        "en": "Workload: {planned} of {capacity} hours of weekly capacity.",
    },
    "plan.no_slots": {"id": "Tidak ada unggahan yang direncanakan.", "en": "No posts are planned."},
    "plan.details": {"id": "Rincian butir", "en": "Item details"},
    "plan.duty.title": {"id": "Jadwal piket", "en": "Inbox duty"},
    "plan.duty.intro.every": {
        "id": "Petugas piket memantau dan membalas pesan serta komentar setiap hari, termasuk "
        "akhir pekan dan hari libur.",
        "en": "The person on duty watches and answers messages and comments every day, "
        "weekends and holidays included.",
    },
    "plan.duty.intro.office": {
        "id": "Petugas piket memantau dan membalas pesan serta komentar pada hari kerja kantor "
        "dan setiap hari selama masa pantauan harian (misalnya Nataru).",
        "en": "The person on duty watches and answers messages and comments on office days, "
        "and every day of a daily-watch period (such as Nataru).",
    },
    "plan.duty.member": {"id": "Petugas piket", "en": "On duty"},
    "plan.duty.note": {"id": "Keterangan", "en": "Note"},
    "plan.duty.nobody": {"id": "tidak ada petugas piket", "en": "nobody on inbox duty"},
    "plan.duty.none": {
        "id": "Tidak ada hari piket pekan ini.",
        "en": "No inbox duty this week.",
    },
    "plan.warn.duty": {
        "id": "{unit}: {date}: tidak ada petugas piket — tunjuk petugas pengganti atau atur "
        "hari tersedia di registri",
        "en": "{unit}: {date}: nobody on inbox duty — name a stand-in or change who is "
        "available in the registry",
    },
    "plan.ready": {"id": "Siap pakai", "en": "Ready to use"},
    "plan.ready.intro": {
        "id": "Tidak dijadwalkan: gunakan hanya bila kejadiannya muncul.",
        "en": "Not scheduled: use only when the occasion arises.",
    },
    "plan.brief": {"id": "Arahan", "en": "Brief"},
    "plan.hashtags": {"id": "Tagar", "en": "Hashtags"},
    "plan.checklist": {"id": "Daftar periksa produksi", "en": "Production checklist"},
    "plan.reason.crosspost": {"id": "adaptasi", "en": "cross-post"},
    "plan.reason.pillar": {"id": "keseimbangan pilar", "en": "pillar balance"},
    "plan.mix.units": {
        "id": "Komposisi pilar per unit (persen butir unit itu)",
        "en": "Pillar mix per unit (percent of that unit's items)",
    },
    "plan.mix.gap": {"id": "Selisih rata-rata (poin)", "en": "Mean gap (points)"},
    "plan.reason.rotation": {"id": "rotasi", "en": "rotation"},
    "plan.reason.target": {"id": "target {platform}", "en": "{platform} target"},
    "plan.reason.campaign": {"id": "{name} (kampanye)", "en": "{name} (campaign)"},
    "plan.short.capacity": {"id": "kapasitas tim tidak cukup", "en": "not enough team capacity"},
    "plan.short.no_idea": {"id": "tidak ada ide yang sesuai", "en": "no suitable idea"},
    "plan.short.cooldown": {
        "id": "semua ide yang sesuai baru saja dipakai (masa jeda)",
        "en": "all suitable ideas used recently (cooldown)",
    },
    "plan.short.holiday": {
        "id": "hari libur: hanya butir ringan",
        "en": "holidays: light items only",
    },
    "plan.short.weekend": {
        "id": "unit tidak mengunggah pada akhir pekan dan hari libur (kebijakan unggahnya), "
        "dan hanya hari itu yang tersisa",
        "en": "the unit posts nothing on weekends and days off (its posting policy), and only "
        "those days were left",
    },
    "plan.short.skill": {
        "id": "tidak ada anggota tim dengan keahlian {skill}",
        "en": "no team member has the skill {skill}",
    },
    "plan.short.evening": {
        "id": "semua waktu unggah platform ini di luar jam kerja, dan unit tidak mengunggah "
        "pada malam hari",
        "en": "every posting time of this platform is after office hours, and the unit posts "
        "none in the evening",
    },
    "plan.checklist.schedule": {
        "id": "Jadwalkan sebelumnya lewat fitur jadwal platform (di luar jam kerja): {where}",
        "en": "Schedule in advance with the platform's scheduler (outside office hours): {where}",
    },
    "plan.short.office": {
        "id": "kegiatan di lapangan perlu waktu unggah dalam jam kerja, dan platform ini tidak "
        "punya",
        "en": "on-site work needs a posting time within office hours, and this platform has none",
    },
    "plan.short.times": {
        "id": "semua waktu unggah platform ini di hari kerja sudah terisi",
        "en": "every posting time of this platform on the workdays is taken",
    },
    # --- insight: `smrt insights`, the learning planner (issue 13) ---
    "insight.title": {"id": "Apa yang Berhasil — {period}", "en": "What Worked — {period}"},
    "insight.unit_title": {
        "id": "Apa yang Berhasil: {unit} — {period}",
        "en": "What Worked: {unit} — {period}",
    },
    "insight.intro": {
        "id": "Dari {posts} unggahan terukur ({span}). Keterlibatan = interaksi ÷ "
        "jangkauan (bila tidak ada, ÷ tayangan); lift = keterlibatan ÷ median unit sendiri di "
        "platform yang sama. Lift hanya dari sedikitnya {min} unggahan.",
        "en": "From {posts} measurable posts ({span}). Engagement = interactions ÷ "
        "reach (else ÷ views); lift = engagement ÷ the unit's own median on the same platform. "
        "A lift only from at least {min} posts.",
    },
    "insight.no_posts": {
        "id": "Belum ada unggahan terukur dalam periode ini: waktu unggah tetap dari registri.",
        "en": "No measurable posts in this period: posting times stay the registry's.",
    },
    "insight.best_times": {"id": "Waktu terbaik", "en": "Best times"},
    "insight.heatmap": {
        "id": "Lift keterlibatan {platform} per hari dan jam ({zone})",
        "en": "{platform} engagement lift by day and hour ({zone})",
    },
    "insight.what_works": {"id": "Yang berhasil", "en": "What works"},
    "insight.breakouts": {
        "id": "Unggahan menonjol (di atas 2× median unit)",
        "en": "Breakout posts (above 2× the unit's median)",
    },
    "insight.no_breakouts": {"id": "Tidak ada.", "en": "None."},
    "insight.resting": {
        "id": "Ide yang diistirahatkan lebih lama (dua kali berturut-turut di bawah median)",
        "en": "Ideas resting longer (below the median twice in a row)",
    },
    "insight.units": {"id": "Per unit", "en": "Per unit"},
    "insight.platform": {"id": "Platform", "en": "Platform"},
    "insight.day": {"id": "Hari", "en": "Day"},
    "insight.time": {"id": "Waktu", "en": "Time"},
    "insight.lift": {"id": "Lift", "en": "Lift"},
    "insight.posts": {"id": "Unggahan", "en": "Posts"},
    "insight.basis": {"id": "Dasar", "en": "Basis"},
    "insight.median_er": {"id": "Median keterlibatan (%)", "en": "Median engagement (%)"},
    "insight.unit": {"id": "Unit", "en": "Unit"},
    "insight.link": {"id": "Tautan", "en": "Link"},
    "insight.text": {"id": "Teks", "en": "Text"},
    "insight.date": {"id": "Tanggal", "en": "Date"},
    "insight.any_day": {"id": "setiap hari", "en": "any day"},
    "insight.dimension.pillar": {"id": "Pilar", "en": "Pillar"},
    "insight.dimension.format": {"id": "Format", "en": "Format"},
    "insight.dimension.idea": {"id": "Ide", "en": "Idea"},
    "insight.basis.unit": {"id": "data unit ini", "en": "this unit's posts"},
    "insight.basis.region": {"id": "data wilayah", "en": "the region's posts"},
    "insight.basis.registry": {
        "id": "registri (data belum cukup)",
        "en": "registry (too little data)",
    },
    "insight.no_data": {"id": "belum ada data", "en": "no data"},
    # the planner's words for a learned time and a recommended idea
    "insight.time.unit": {
        "id": "{time}: waktu terbaik {platform} unit ini, {posts} unggahan, {lift}× median",
        "en": "{time}: this unit's best {platform} time, {posts} posts, {lift}× median",
    },
    "insight.time.region": {
        "id": "{time}: waktu terbaik {platform} di wilayah, {posts} unggahan, {lift}× median",
        "en": "{time}: the region's best {platform} time, {posts} posts, {lift}× median",
    },
    "insight.recommended": {
        "id": "dari rekomendasi evaluasi {period}",
        "en": "from the {period} evaluation's recommendations",
    },
    "insight.r.section": {"id": "Apa yang berhasil", "en": "What worked"},
    "insight.r.best.format": {
        "id": "Format terbaik di wilayah:",
        "en": "The region's best formats:",
    },
    "insight.r.best.pillar": {
        "id": "Pilar terbaik di wilayah:",
        "en": "The region's best pillars:",
    },
    "insight.r.best.times": {
        "id": "Waktu unggah terbaik di wilayah:",
        "en": "The region's best times:",
    },
    "insight.lift_reason": {
        "id": "terbukti berhasil ({lift}× median)",
        "en": "proven to work ({lift}× median)",
    },
    # --- response: `smrt inbox`, reply times, the hoax register (issue 15) ---
    "response.inbox.title": {"id": "Pesan terbuka per {when}", "en": "Open messages as of {when}"},
    "response.inbox.none": {"id": "Tidak ada pesan terbuka.", "en": "No open messages."},
    "response.inbox.unit": {
        "id": "{name} ({id}): {n} pesan terbuka, {overdue} lewat batas",
        "en": "{name} ({id}): {n} open, {overdue} overdue",
    },
    "response.inbox.escalated": {"id": "diteruskan ke {to}", "en": "escalated to {to}"},
    "response.inbox.topic": {"id": "topik: {topic}", "en": "topic: {topic}"},
    "response.inbox.unanswered": {"id": "belum dibalas", "en": "not answered"},
    "response.inbox.unclosed": {"id": "belum selesai", "en": "not closed"},
    "response.inbox.waited": {
        "id": "menunggu {office} jam kerja ({calendar} jam)",
        "en": "waiting {office} office hours ({calendar} hours)",
    },
    "response.inbox.passed": {
        "id": "lewat batas {within} {unit}",
        "en": "past the {within} {unit} limit",
    },
    "response.inbox.total": {
        "id": "{overdue} dari {n} pesan terbuka lewat batas.",
        "en": "{overdue} of {n} open messages are overdue.",
    },
    "response.unit.office_hours": {"id": "jam kerja", "en": "office hours"},
    "response.unit.working_days": {"id": "hari kerja", "en": "working days"},
    "response.unit.hours": {"id": "jam", "en": "hours"},
    "response.unit.days": {"id": "hari", "en": "days"},
    "response.kind.question": {"id": "pertanyaan", "en": "question"},
    "response.kind.complaint": {"id": "pengaduan", "en": "complaint"},
    "response.kind.hoax_report": {"id": "laporan hoaks", "en": "hoax report"},
    "response.kind.other": {"id": "lainnya", "en": "other"},
    # --- advice: the evaluation's recommendations, made from their codes when rendering;
    # for the meeting, so no command line (the operator's hints are message.hint.*) ---
    "advice.export": {
        "id": "Unduh ekspor dari {howto}, lalu impor ke aplikasi smrt.",
        "en": "Download the exports from {howto}, then import them into smrt.",
    },
    "advice.no_posts": {
        "id": (
            "Belum ada data unggahan: unduh ekspor konten tiap akun dan impor ke aplikasi "
            "smrt; tanpa data, kriteria ini tidak dinilai (bukan nol)."
        ),
        "en": (
            "No post data yet: download each account's content export and import it into smrt; "
            "without data this criterion is not scored (not zero)."
        ),
    },
    "advice.no_messages": {
        "id": (
            "Belum ada data pesan publik: catat pesan dan komentar beserta waktu balasan "
            "pertama, lalu impor ke aplikasi smrt."
        ),
        "en": (
            "No public-message data yet: log messages and comments with the time of the first "
            "reply, then import them into smrt."
        ),
    },
    "advice.no_hoaxes": {
        "id": (
            "Belum ada register hoaks: catat setiap hoaks yang ditemukan beserta waktu "
            "klarifikasinya, lalu impor ke aplikasi smrt."
        ),
        "en": (
            "No hoax register yet: log every hoax found with the time of its clarification, "
            "then import it into smrt."
        ),
    },
    "advice.no_followers": {
        "id": (
            "Belum ada data pengikut: impor ekspor unggahan Instagram atau X (kolom Follows "
            "atau New follows) ke aplikasi smrt."
        ),
        "en": (
            "No follower data yet: import the Instagram or X post export (its Follows or New "
            "follows column) into smrt."
        ),
    },
    "advice.no_plan": {
        "id": (
            "Belum ada rencana mingguan untuk periode ini: susun rencana tiap pekan agar "
            "kepatuhan pada rencana dapat diukur."
        ),
        "en": "No weekly plan for this period: plan every week so plan adherence can be measured.",
    },
    "advice.few_slots": {
        "id": (
            "Rencana mingguan baru mencakup {n} slot dalam periode ini, kurang dari sepekan "
            "target unggahan, sehingga kepatuhan pada rencana belum dinilai; susun rencana "
            "tiap pekan."
        ),
        "en": (
            "The weekly plans hold only {n} slots in this period, less than a week of posting "
            "targets, so plan adherence is not graded yet; plan every week."
        ),
    },
    "advice.no_manual": {
        "id": (
            "Belum ada penilaian asesor: minta asesor mengisi skor beserta buktinya dalam "
            "berkas skor asesor."
        ),
        "en": (
            "No assessor score yet: ask the assessor to fill in the score and its evidence in "
            "the assessor-score file."
        ),
    },
    "advice.no_classified": {
        "id": (
            "Unggahan belum diberi pilar: tandai pilar atau ide tiap unggahan agar porsi "
            "konten dapat diukur."
        ),
        "en": (
            "Posts carry no pillar: tag each post's pillar or idea so the content mix can be "
            "measured."
        ),
    },
    "advice.no_targets": {
        "id": (
            "Unit ini belum punya target unggahan mingguan: isi target per platform di "
            "registri agar ketercapaian target dapat dihitung."
        ),
        "en": (
            "This unit has no weekly posting targets: fill in the targets per platform in the "
            "registry so the target share can be computed."
        ),
    },
    "advice.no_posts_in_period": {
        "id": (
            "Tidak ada unggahan dalam periode ini, jadi kriteria ini tidak dapat diukur: mulai "
            "terbitkan unggahan sesuai target."
        ),
        "en": (
            "No posts in this period, so this criterion cannot be measured: start posting to "
            "the target."
        ),
    },
    "advice.no_reach": {
        "id": (
            "Ekspor unggahan tidak memuat jangkauan (Reach): unduh ulang ekspor dengan kolom "
            "Reach agar tingkat keterlibatan dapat dihitung."
        ),
        "en": (
            "The post export carries no Reach column: download it again with Reach so the "
            "engagement rate can be computed."
        ),
    },
    "advice.no_views": {
        "id": (
            "Ekspor unggahan tidak memuat tayangan atau impresi: unduh ulang ekspor dengan "
            "kolom Views/Impressions."
        ),
        "en": (
            "The post export carries no views or impressions: download it again with the "
            "Views/Impressions column."
        ),
    },
    "advice.no_format": {
        "id": (
            "Format unggahan tidak diketahui: gunakan ekspor yang memuat kolom jenis unggahan "
            "(Post type)."
        ),
        "en": "Post formats are unknown: use an export that carries the Post type column.",
    },
    "advice.posting": {
        "id": (
            "Tingkatkan keaktifan sampai target mingguan ({target} unggahan/minggu): jadwalkan "
            "ide ringan yang mudah dibuat, misalnya {ideas}."
        ),
        "en": (
            "Post up to the weekly target ({target} posts a week): schedule light ideas that "
            "are quick to make, for example {ideas}."
        ),
    },
    "advice.posting_noideas": {
        "id": (
            "Tingkatkan keaktifan sampai target mingguan ({target} unggahan/minggu) dengan "
            "jadwal tetap dari rencana mingguan."
        ),
        "en": (
            "Post up to the weekly target ({target} posts a week) on a fixed schedule from the "
            "weekly plan."
        ),
    },
    "advice.engagement": {
        "id": (
            "Ajak audiens berinteraksi: ajukan pertanyaan di keterangan, balas komentar, dan "
            "pakai format yang memancing tanggapan, misalnya {ideas}."
        ),
        "en": (
            "Invite responses: ask a question in the caption, answer comments and use formats "
            "that draw reactions, for example {ideas}."
        ),
    },
    "advice.engagement_noideas": {
        "id": (
            "Ajak audiens berinteraksi: ajukan pertanyaan di keterangan dan balas setiap "
            "komentar pada jam pertama."
        ),
        "en": (
            "Invite responses: ask a question in the caption and answer every comment within "
            "the first hour."
        ),
    },
    "advice.growth": {
        "id": (
            "Perluas jangkauan akun: promosikan akun di loket layanan dan acara, dan unggah "
            "konten yang layak dibagikan, misalnya {ideas}."
        ),
        "en": (
            "Grow the audience: promote the account at service counters and events and post "
            "content worth sharing, for example {ideas}."
        ),
    },
    "advice.growth_noideas": {
        "id": (
            "Perluas jangkauan akun: promosikan akun di loket layanan, spanduk dan acara, "
            "serta saling tautkan antar-akun."
        ),
        "en": (
            "Grow the audience: promote the account at service counters, on banners and at "
            "events, and link the unit's accounts to each other."
        ),
    },
    "advice.response": {
        "id": (
            "Tetapkan piket balasan harian (pagi dan sore) dan templat jawaban untuk "
            "pertanyaan layanan yang sering muncul; targetkan balasan pertama dalam 2 jam."
        ),
        "en": (
            "Set a daily reply rota (morning and afternoon) and answer templates for common "
            "service questions; aim for a first reply within 2 hours."
        ),
    },
    "advice.hoax_handled": {
        "id": (
            "Tindak lanjuti setiap laporan hoaks: balas pelapor, periksa ke sumber resmi, dan "
            "terbitkan klarifikasi."
        ),
        "en": (
            "Follow up every hoax report: answer the reporter, check with the official source "
            "and publish a clarification."
        ),
    },
    "advice.counter_hoax": {
        "id": "Terbitkan klarifikasi dan edukasi hoaks secara rutin, misalnya {ideas}.",
        "en": "Publish hoax clarifications and education regularly, for example {ideas}.",
    },
    "advice.counter_hoax_noideas": {
        "id": (
            "Terbitkan klarifikasi dan edukasi hoaks secara rutin, minimal satu unggahan tiap "
            "dua minggu."
        ),
        "en": (
            "Publish hoax clarifications and education regularly, at least one post every two "
            "weeks."
        ),
    },
    "advice.variety": {
        "id": "Tambah video pendek yang bisa dibuat dengan ponsel, misalnya {ideas}.",
        "en": "Add short videos that can be made with a phone, for example {ideas}.",
    },
    "advice.variety_noideas": {
        "id": (
            "Tambah carousel dari foto yang sudah ada; video pendek butuh kemampuan video "
            "ponsel yang belum tercatat untuk unit ini."
        ),
        "en": (
            "Add carousels made from existing photos; short videos need a phone-video "
            "capability not yet recorded for this unit."
        ),
    },
    "advice.public_service": {
        "id": (
            "Perbanyak konten layanan publik yang bisa langsung dipakai masyarakat, misalnya "
            "{ideas}."
        ),
        "en": "Post more public-service content people can act on, for example {ideas}.",
    },
    "advice.public_service_noideas": {
        "id": (
            "Perbanyak konten layanan publik (persyaratan, tarif resmi, jadwal layanan) "
            "dibanding dokumentasi kegiatan."
        ),
        "en": (
            "Post more public-service content (requirements, official fees, service hours) "
            "instead of activity coverage."
        ),
    },
    "advice.plan": {
        "id": (
            "Jalankan rencana mingguan: tunjuk penanggung jawab tiap slot dan sesuaikan "
            "rencana dengan kapasitas tim bila banyak slot terlewat."
        ),
        "en": (
            "Follow the weekly plan: name an owner for every slot and fit the plan to the "
            "team's capacity when many slots are missed."
        ),
    },
    "advice.manual": {
        "id": (
            "Bahas hasil penilaian asesor untuk {name} bersama pimpinan dan sepakati satu "
            "perbaikan konkret untuk periode berikutnya."
        ),
        "en": (
            "Discuss the assessor's view of {name} with the head of office and agree on one "
            "concrete improvement for the next period."
        ),
    },
    "advice.and": {"id": " dan ", "en": " and "},
    # --- howto: where each platform's export is downloaded, as its own menus name it ---
    "howto.facebook": {
        "id": "Meta Business Suite (Konten → Ekspor data) untuk Facebook",
        "en": "Meta Business Suite (Content → Export data) for Facebook",
    },
    "howto.instagram": {
        "id": "Meta Business Suite (Konten → Ekspor data) untuk Instagram",
        "en": "Meta Business Suite (Content → Export data) for Instagram",
    },
    "howto.x": {
        "id": "X Analytics (analytics.x.com → Konten → Ekspor data)",
        "en": "X Analytics (analytics.x.com → Content → Export data)",
    },
    "howto.youtube": {
        "id": "YouTube Studio (Analitik → Mode lanjutan → Ekspor, berkas Table data.csv)",
        "en": "YouTube Studio (Analytics → Advanced mode → Export, file Table data.csv)",
    },
    "howto.tiktok": {
        "id": (
            "TikTok Studio (Analitik → Ringkasan → Unduh data, berkas Overview.csv) untuk data "
            "akun, dan unggahan TikTok dalam CSV kanonik smrt"
        ),
        "en": (
            "TikTok Studio (Analytics → Overview → Download data, file Overview.csv) for the "
            "account, and TikTok posts in smrt's canonical CSV"
        ),
    },
    # --- evaluation: the evaluation document (`smrt evaluate`) ---
    "evaluation.title": {
        "id": "Evaluasi SMRT",
        "en": "SMRT evaluation",
    },
    "evaluation.period": {
        "id": "Periode",
        "en": "Period",
    },
    "evaluation.local": {
        "id": "hari menurut waktu setempat tiap unit",
        "en": "days in each unit's local time",
    },
    "evaluation.no_data": {
        "id": "tidak ada data",
        "en": "no data",
    },
    "evaluation.covered": {
        "id": (
            "Ekspor unit berikut tidak mencakup seluruh periode: target unggahan dihitung "
            "untuk hari yang tercakup saja, dan platform tanpa ekspor tidak dihitung "
            "(bukan nol)."
        ),
        "en": (
            "These units' exports do not cover the whole period: the posting target counts "
            "the covered days only, and a platform without an export is left out (not a "
            "zero)."
        ),
    },
    "evaluation.covered_none": {
        "id": (
            "Belum ada ekspor yang mencakup periode ini: kriteria yang diukur dari "
            "unggahan tidak ada datanya (bukan nol)."
        ),
        "en": (
            "No export covers this period: the criteria measured from posts have no data "
            "(not a zero)."
        ),
    },
    "evaluation.no_data_rule": {
        "id": (
            "Kriteria tanpa data ditulis *tidak ada data* dan tidak dihitung; itu bukan "
            "nol. Nilai unit adalah rata-rata berbobot kriteria yang ada datanya, dan "
            "*cakupan* menyatakan berapa persen dari total bobot yang menjadi dasar nilai "
            "itu. Hanya hari yang dicakup ekspor yang dihitung, per unit dan per platform: "
            "platform tanpa ekspor untuk periode ini tidak punya data (targetnya tidak "
            "dihitung), dan unit yang ekspornya mencakup hari-hari itu tetapi tidak "
            "mengunggah mendapat 0 unggahan. Nilai dihitung dari angka yang ditampilkan "
            "(dibulatkan ke atas pada ,5; satu desimal)."
        ),
        "en": (
            "A criterion without data is written *no data* and left out; it is not a zero. "
            "A unit's score is the weighted mean of the criteria with data, and *coverage* "
            "says what percent of the total weight that score rests on. Only the days the "
            "exports cover count, per unit and platform: a platform without an export for "
            "this period has no data (its target is left out), and a unit whose exports "
            "cover those days but that posted nothing gets 0 posts. Scores use the values "
            "as shown (one decimal, half up)."
        ),
    },
    "evaluation.er_def": {
        "id": (
            "Tingkat keterlibatan per jangkauan = interaksi ÷ jangkauan × 100 (hanya "
            "unggahan yang melaporkan jangkauan); per tayangan = interaksi ÷ tayangan atau "
            "impresi × 100. Interaksi = reaksi/suka + komentar + bagikan + simpan."
        ),
        "en": (
            "Engagement rate by reach = engagements ÷ reach × 100 (only posts that report "
            "reach); by impressions = engagements ÷ views or impressions × 100. "
            "Engagements = reactions/likes + comments + shares + saves."
        ),
    },
    "evaluation.rules": {
        "id": (
            "Unggahan kontra hoaks = unggahan pada pilar {hoax} (pilar yang id-nya memuat "
            "“hoaks” atau “hoax”); konten layanan publik = pilar {public}. Pilar unggahan "
            "dikenali dari ide yang dijalankannya saat impor. Semua periode dihitung "
            "menurut hari setempat tiap unit."
        ),
        "en": (
            "Counter-hoax posts = posts in the pillar(s) {hoax} (pillars whose id contains "
            "“hoaks” or “hoax”); public-service content = the pillars {public}. A post's "
            "pillar comes from the idea it was recognised as at import. Every period "
            "counts the unit's local days."
        ),
    },
    "evaluation.league": {
        "id": "Peringkat",
        "en": "League table",
    },
    "evaluation.rank": {
        "id": "Peringkat",
        "en": "Rank",
    },
    "evaluation.unit": {
        "id": "Unit",
        "en": "Unit",
    },
    "evaluation.score": {
        "id": "Nilai",
        "en": "Score",
    },
    "evaluation.grade": {
        "id": "Predikat",
        "en": "Grade",
    },
    "evaluation.change": {
        "id": "Perubahan",
        "en": "Change",
    },
    "evaluation.coverage": {
        "id": "Cakupan",
        "en": "Coverage",
    },
    "evaluation.no_previous": {
        "id": "belum ada evaluasi {label}",
        "en": "no evaluation of {label} yet",
    },
    "evaluation.distribution": {
        "id": "Sebaran predikat",
        "en": "Grade distribution",
    },
    "evaluation.units": {
        "id": "Jumlah unit",
        "en": "Units",
    },
    "evaluation.no_grade": {
        "id": "Tanpa nilai (tidak ada data)",
        "en": "No score (no data)",
    },
    "evaluation.matrix": {
        "id": "Nilai per kriteria (0–100)",
        "en": "Scores by criterion (0–100)",
    },
    "evaluation.thin": {
        "id": "Unit tanpa data yang cukup",
        "en": "Units without enough data",
    },
    "evaluation.thin_none": {
        "id": "Semua unit punya data untuk sedikitnya {pct}% bobot.",
        "en": "Every unit has data for at least {pct}% of the weight.",
    },
    "evaluation.thin_item": {
        "id": "{name}: cakupan {coverage}% dari bobot; tanpa data: {missing}.",
        "en": "{name}: coverage {coverage}% of the weight; no data: {missing}.",
    },
    "evaluation.thin_nothing": {
        "id": "{name}: tidak ada data sama sekali — belum bisa dinilai (bukan nilai nol).",
        "en": "{name}: no data at all — cannot be scored yet (not a zero score).",
    },
    "evaluation.thin_elsewhere": {
        "id": (
            "{name}: ekspor yang sudah diimpor tidak memuat data periode ini — belum bisa "
            "dinilai (bukan nilai nol)."
        ),
        "en": (
            "{name}: its imported exports hold nothing of this period — cannot be scored "
            "yet (not a zero score)."
        ),
    },
    "evaluation.common": {
        "id": "Kelemahan paling umum di wilayah",
        "en": "The region's most common weaknesses",
    },
    "evaluation.common_item": {
        "id": "{name} — lemah di {n} unit",
        "en": "{name} — weak in {n} units",
    },
    "evaluation.common_none": {
        "id": "Tidak ada kriteria yang lemah (semua nilai ≥ 70).",
        "en": "No criterion is weak (every score ≥ 70).",
    },
    "evaluation.common_unscored": {
        "id": "Belum ada unit yang dinilai, jadi belum ada kelemahan yang dapat disimpulkan.",
        "en": "No unit has a score yet, so no weakness can be named.",
    },
    "evaluation.scorecard": {
        "id": "Kartu nilai",
        "en": "Scorecard",
    },
    "evaluation.criterion": {
        "id": "Kriteria",
        "en": "Criterion",
    },
    "evaluation.measured": {
        "id": "Nilai terukur",
        "en": "Measured value",
    },
    "evaluation.target": {
        "id": "Target",
        "en": "Target",
    },
    "evaluation.weight": {
        "id": "Bobot",
        "en": "Weight",
    },
    "evaluation.points": {
        "id": "Skor",
        "en": "Score",
    },
    "evaluation.summary_score": {
        "id": (
            "**Nilai {score}** ({grade}) · peringkat {rank} dari {of} · perubahan {change} "
            "· cakupan {coverage}% dari total bobot"
        ),
        "en": (
            "**Score {score}** ({grade}) · rank {rank} of {of} · change {change} · "
            "coverage {coverage}% of the total weight"
        ),
    },
    "evaluation.summary_none": {
        "id": (
            "**Tidak ada data** untuk periode ini: unit ini belum bisa dinilai dan tidak "
            "diberi peringkat. Data yang belum ada bukan nilai nol."
        ),
        "en": (
            "**No data** for this period: this unit cannot be scored yet and has no rank. "
            "Missing data is not a zero score."
        ),
    },
    "evaluation.evidence": {
        "id": "Bukti",
        "en": "Evidence",
    },
    "evaluation.posts": {
        "id": "Unggahan",
        "en": "Posts",
    },
    "evaluation.posts_none": {
        "id": "tidak ada data (belum ada ekspor unggahan)",
        "en": "no data (no post export yet)",
    },
    "evaluation.posts_elsewhere": {
        "id": "tidak ada data (ekspor yang sudah diimpor tidak memuat periode ini)",
        "en": "no data (the imported exports hold nothing of this period)",
    },
    "evaluation.messages": {
        "id": "Pesan publik",
        "en": "Public messages",
    },
    "evaluation.messages_line": {
        "id": "{n} pesan, {replied} dibalas; {hoax} laporan hoaks",
        "en": "{n} messages, {replied} answered; {hoax} hoax reports",
    },
    "evaluation.messages_none": {
        "id": "tidak ada data (belum ada catatan pesan)",
        "en": "no data (no message log yet)",
    },
    "evaluation.hoaxes": {
        "id": "Register hoaks",
        "en": "Hoax register",
    },
    "evaluation.hoaxes_line": {
        "id": (
            "{n} hoaks, {clarified} diklarifikasi (median {median} jam; {share}% dalam "
            "target); {linked} laporan hoaks bertopik sama"
        ),
        "en": (
            "{n} hoaxes, {clarified} clarified (median {median} hours; {share}% within "
            "target); {linked} hoax reports on the same topic"
        ),
    },
    "evaluation.response_times": {
        "id": "Waktu tanggap per platform dan jenis pesan",
        "en": "Reply times per platform and kind of message",
    },
    "evaluation.rt_group": {
        "id": "Platform / jenis",
        "en": "Platform / kind",
    },
    "evaluation.rt_replied": {
        "id": "Dibalas",
        "en": "Replied",
    },
    "evaluation.rt_median": {
        "id": "Median (jam)",
        "en": "Median (hours)",
    },
    "evaluation.rt_office": {
        "id": "Median (jam kerja)",
        "en": "Median (office hours)",
    },
    "evaluation.rt_within": {
        "id": "Dibalas dalam {within}",
        "en": "Replied within {within}",
    },
    "evaluation.rt_resolved": {
        "id": "Selesai: median jam / jam kerja",
        "en": "Closed: median hours / office hours",
    },
    "evaluation.rt_def": {
        "id": (
            "Jam = jam kalender sejak pesan masuk sampai balasan pertama; jam kerja = "
            "hanya jam buka kantor (tanpa akhir pekan, libur nasional dan cuti bersama), "
            "dihitung sejak kantor buka. Kriteria median_first_reply_hours memakai jam "
            "kalender, median_first_reply_office_hours dan replied_within_target_share jam "
            "kerja."
        ),
        "en": (
            "Hours = calendar hours from the message to the first reply; office hours = "
            "only while the office is open (no weekends, public holidays or joint leave), "
            "counted from opening. Criteria on median_first_reply_hours use calendar "
            "hours; median_first_reply_office_hours and replied_within_target_share use "
            "office hours."
        ),
    },
    "evaluation.plan": {
        "id": "Rencana",
        "en": "Plan",
    },
    "evaluation.plan_line": {
        "id": (
            "{matched} dari {planned} slot rencana terbit (platform sama, selisih paling "
            "lama sehari, cocok menurut ide atau pilar)"
        ),
        "en": (
            "{matched} of {planned} planned slots published (same platform, within a day, "
            "matched by idea or pillar)"
        ),
    },
    "evaluation.plan_none": {
        "id": "tidak ada rencana mingguan untuk periode ini",
        "en": "no weekly plan for this period",
    },
    "evaluation.missing_exports": {
        "id": "Akun tanpa ekspor di basis data",
        "en": "Accounts without any export in the database",
    },
    "evaluation.best": {
        "id": "Unggahan terbaik tiap platform (menurut interaksi)",
        "en": "Best post on each platform (by engagements)",
    },
    "evaluation.weakest": {
        "id": "Unggahan terlemah tiap platform (menurut interaksi)",
        "en": "Weakest post on each platform (by engagements)",
    },
    "evaluation.date": {
        "id": "Tanggal",
        "en": "Date",
    },
    "evaluation.platform": {
        "id": "Platform",
        "en": "Platform",
    },
    "evaluation.post": {
        "id": "Unggahan",
        "en": "Post",
    },
    "evaluation.interactions": {
        "id": "Interaksi",
        "en": "Engagements",
    },
    "evaluation.reach": {
        "id": "Jangkauan",
        "en": "Reach",
    },
    "evaluation.er": {
        "id": "Keterlibatan per jangkauan",
        "en": "ER by reach",
    },
    "evaluation.link": {
        "id": "tautan",
        "en": "link",
    },
    "evaluation.notes": {
        "id": "Catatan asesor",
        "en": "Assessor's notes",
    },
    "evaluation.notes_none": {
        "id": "Tidak ada penilaian asesor untuk periode ini.",
        "en": "No assessor scores for this period.",
    },
    "evaluation.strengths": {
        "id": "Kekuatan",
        "en": "Strengths",
    },
    "evaluation.weaknesses": {
        "id": "Kelemahan",
        "en": "Weaknesses",
    },
    "evaluation.none": {
        "id": "Tidak ada.",
        "en": "None.",
    },
    "evaluation.recommendations": {
        "id": "Rekomendasi",
        "en": "Recommendations",
    },
    "evaluation.ideas": {
        "id": "ide",
        "en": "ideas",
    },
    "evaluation.scale": {
        "id": "skala {lo}–{hi}",
        "en": "scale {lo}–{hi}",
    },
    "evaluation.of_scale": {
        "id": "{v} (skala {lo}–{hi})",
        "en": "{v} (scale {lo}–{hi})",
    },
    "evaluation.hours": {
        "id": "jam",
        "en": "h",
    },
    "evaluation.posts_unit": {
        "id": "unggahan",
        "en": "posts",
    },
    "evaluation.reports_unit": {
        "id": "laporan",
        "en": "reports",
    },
    "evaluation.bands": {
        "id": "pita",
        "en": "bands",
    },
    "evaluation.at_least": {
        "id": "≥",
        "en": "≥",
    },
    "evaluation.at_most": {
        "id": "≤",
        "en": "≤",
    },
    "evaluation.units_link": {
        "id": "Kartu nilai per unit",
        "en": "Scorecards per unit",
    },
    "evaluation.nothing_to_show": {
        "id": "tidak ada unggahan dalam periode ini",
        "en": "no posts in this period",
    },
    # --- message: what the command line prints (errors, warnings, notes); file:line:column
    # prefixes stay outside the text. Indonesian in formal PUEBI style, imperative "Periksa …".
    "message.prefix.error": {"id": "kesalahan", "en": "error"},
    "message.prefix.note": {"id": "catatan", "en": "note"},
    "message.prefix.warning": {"id": "peringatan", "en": "warning"},
    # a note a job hands to the CLI to say later: the prefix and the note in one text
    "message.prefixed": {"id": "{prefix}: {text}", "en": "{prefix}: {text}"},
    # what the operator runs to fill an evaluation's gaps (evaluation.operator_hints)
    "message.hint": {"id": "{units}: {hint}", "en": "{units}: {hint}"},
    "message.hint.export": {
        "id": "impor ekspor platform yang belum ada dengan `smrt metrics import`",
        "en": "import the missing platforms' exports with `smrt metrics import`",
    },
    "message.hint.no_posts": {
        "id": "impor ekspor unggahan tiap akun dengan `smrt metrics import`",
        "en": "import each account's post export with `smrt metrics import`",
    },
    "message.hint.no_messages": {
        "id": "impor catatan pesan publik dengan `smrt metrics import`",
        "en": "import the public-message log with `smrt metrics import`",
    },
    "message.hint.no_hoaxes": {
        "id": "impor register hoaks dengan `smrt metrics import`",
        "en": "import the hoax register with `smrt metrics import`",
    },
    "message.hint.no_followers": {
        "id": "impor ekspor unggahan Instagram atau X dengan `smrt metrics import`",
        "en": "import an Instagram or X post export with `smrt metrics import`",
    },
    "message.hint.no_plan": {
        "id": "susun rencana pekan-pekan periode ini dengan `smrt plan week`",
        "en": "plan the period's weeks with `smrt plan week`",
    },
    "message.hint.few_slots": {
        "id": "susun rencana setiap pekan dalam periode ini dengan `smrt plan week`",
        "en": "plan every week of the period with `smrt plan week`",
    },
    "message.hint.no_manual": {
        "id": "isi skor asesor dengan `smrt evaluate upt --scores BERKAS`",
        "en": "give the assessors' scores with `smrt evaluate upt --scores FILE`",
    },
    "message.hint.no_targets": {
        "id": "isi `targets` unit tersebut di registri",
        "en": "fill in the unit's `targets` in the registry",
    },
    "message.none": {"id": "tidak ada", "en": "none"},
    "message.aborted": {"id": "dibatalkan", "en": "aborted"},
    # a text that has no key yet (Click's own words): shown as it is in both languages
    "message.verbatim": {"id": "{text}", "en": "{text}"},
    "message.usage.see_help": {
        "id": " — lihat '{command} --help'",
        "en": " — see '{command} --help'",
    },
    "message.usage.invalid": {
        "id": "Nilai tidak sah untuk {param}: {message}",
        "en": "Invalid value for {param}: {message}",
    },
    "message.usage.no_such_option": {
        "id": "Opsi tidak dikenal: {name}",
        "en": "No such option: {name}",
    },
    "message.usage.no_such_option_possible": {
        "id": "Opsi tidak dikenal: {name} (opsi yang ada: {options})",
        "en": "No such option: {name} (Possible options: {options})",
    },
    "message.usage.missing_argument": {
        "id": "Argumen {param} wajib diisi.",
        "en": "Missing argument {param}.",
    },
    "message.usage.missing": {"id": "Opsi {param} wajib diisi.", "en": "Missing option {param}."},
    "message.usage.needs_value": {
        "id": "Opsi {name} memerlukan nilai.",
        "en": "Option {name} requires an argument.",
    },
    "message.usage.not_one_of": {
        "id": "{value} bukan salah satu dari {choices}.",
        "en": "{value} is not one of {choices}.",
    },
    "message.usage.not_a_number": {
        "id": "{value} bukan bilangan.",
        "en": "{value} is not a number.",
    },
    "message.usage.out_of_range": {
        "id": "{value} di luar rentang {range}.",
        "en": "{value} is not in the range {range}.",
    },
    "message.usage.no_such_command": {
        "id": "Perintah '{name}' tidak dikenal.",
        "en": "No such command '{name}'.",
    },
    "message.lang.unsupported": {
        "id": "--lang: {value} tidak didukung — gunakan 'id' atau 'en'",
        "en": "--lang: {value} is not supported — use 'id' or 'en'",
    },
    "message.sample": {
        "id": (
            "tidak ada registri di {path}; memakai contoh bawaan Sulawesi Utara (jalankan "
            "`smrt init` untuk membuat registri sendiri)"
        ),
        "en": (
            "no registry at {path}; using the bundled North Sulawesi sample (run `smrt init` "
            "to make your own)"
        ),
    },
    "message.week.not_week": {
        "id": (
            "--week: {value} bukan pekan — tulis sebagai YYYY-Www (misalnya 2026-W49) atau 'next'"
        ),
        "en": (
            "--week: {value} is not a week — write it as YYYY-Www (for example 2026-W49) or 'next'"
        ),
    },
    "message.week.unknown": {
        "id": (
            "--week: {week} tidak ada — tahun {year} memiliki pekan ISO W01 sampai dengan W{last}"
        ),
        "en": "--week: {week} does not exist — {year} has ISO weeks W01 to W{last}",
    },
    "message.date.not_date": {
        "id": ("{option}: {value} bukan tanggal — tulis sebagai YYYY-MM-DD (misalnya 2026-11-30)"),
        "en": ("{option}: {value} is not a date — write it as YYYY-MM-DD (for example 2026-11-30)"),
    },
    "message.date.year": {
        "id": "{option}: tahun {year} di luar rentang {first}–{last} — periksa tahunnya",
        "en": "{option}: the year {year} is outside {first}-{last} — check the year",
    },
    "message.period.not_month": {
        "id": (
            "--period: {value} bukan bulan — tulis YYYY-MM dengan bulan 01–12, misalnya 2026-10"
        ),
        "en": ("--period: {value} is not a month — write YYYY-MM with a month 01-12, e.g. 2026-10"),
    },
    "message.period.not_quarter": {
        "id": ("--quarter: {value} bukan triwulan — tulis YYYY-Qn dengan n 1–4, misalnya 2026-Q4"),
        "en": "--quarter: {value} is not a quarter — write YYYY-Qn with n 1-4, e.g. 2026-Q4",
    },
    "message.period.not_date": {
        "id": "{option}: {value} bukan tanggal — tulis YYYY-MM-DD, misalnya 2026-10-01",
        "en": "{option}: {value} is not a date — write YYYY-MM-DD, e.g. 2026-10-01",
    },
    "message.period.several": {
        "id": (
            "lebih dari satu periode diberikan — sebutkan tepat satu: --period 2026-10, "
            "--quarter 2026-Q4, atau --from 2026-10-01 --to 2026-10-15"
        ),
        "en": (
            "several periods given — name exactly one: --period 2026-10, --quarter "
            "2026-Q4 or --from 2026-10-01 --to 2026-10-15"
        ),
    },
    "message.period.none": {
        "id": (
            "tidak ada periode yang diberikan — sebutkan tepat satu: --period 2026-10, "
            "--quarter 2026-Q4, atau --from 2026-10-01 --to 2026-10-15"
        ),
        "en": (
            "no periods given — name exactly one: --period 2026-10, --quarter 2026-Q4 or "
            "--from 2026-10-01 --to 2026-10-15"
        ),
    },
    "message.period.half_range": {
        "id": "{missing} tidak ada — rentang tanggal memerlukan --from dan --to",
        "en": "{missing} is missing — a date range needs both --from and --to",
    },
    "message.period.reversed": {
        "id": "--to {to} lebih awal daripada --from {start} — tukar keduanya",
        "en": "--to {to} is before --from {start} — swap them",
    },
    "message.plan.exists": {
        "id": "{folder}: sudah ada — tambahkan --force untuk mengganti rencana pekan ini",
        "en": "{folder}: already exists — pass --force to replace this week's plan",
    },
    "message.plan.week_and_date": {
        "id": "--week dan --date diberikan bersamaan — gunakan salah satu",
        "en": "--week and --date both given — use one of them",
    },
    "message.upt.unknown": {
        "id": "{option}: unit {value} tidak dikenal — {hint}",
        "en": "{option}: unknown unit {value} — {hint}",
    },
    "message.plan.by_empty": {
        "id": "--by: kosong — tulis nama pemberi persetujuan, misalnya --by 'Kepala KSOP'",
        "en": "--by: empty — give the approver's name, e.g. --by 'Kepala KSOP'",
    },
    "message.did_you_mean": {
        "id": "maksud Anda {name}?",
        "en": "did you mean {name}?",
    },
    "message.upt.see_list": {
        "id": "lihat `smrt upt list`",
        "en": "see `smrt upt list`",
    },
    "message.yaml.tab": {
        "id": ("karakter tab pada indentasi — YAML memakai spasi untuk indentasi; ganti tab itu"),
        "en": "tab character in the indentation — YAML indents with spaces; replace the tab",
    },
    "message.yaml.syntax": {
        "id": (
            "kesalahan sintaksis YAML: {what} — periksa indentasi dan pastikan setiap "
            "'kunci: nilai' memiliki spasi setelah titik dua"
        ),
        "en": (
            "YAML syntax error: {what} — check the indentation and that every 'key: "
            "value' has a space after the colon"
        ),
    },
    "message.yaml.control": {
        "id": "{what} — hapus karakter kontrol tak terlihat di sini (sering ikut tersalin)",
        "en": "{what} — delete the invisible control character here (often pasted in)",
    },
    "message.yaml.error": {
        "id": "{file}: kesalahan YAML: {error}",
        "en": "{file}: YAML error: {error}",
    },
    "message.yaml.empty": {
        "id": "berkas ini kosong — mulailah dari `smrt init`",
        "en": "the file is empty — start from `smrt init`",
    },
    "message.yaml.deep": {
        "id": (
            "bersarang lebih dari {depth} tingkat — registri hanya memerlukan enam; "
            "tutup tanda kurungnya atau hapus indentasi yang membuat sarang ini"
        ),
        "en": (
            "nested more than {depth} levels deep — a registry needs six; close the "
            "brackets or remove the indentation that nests this"
        ),
    },
    "message.yaml.size": {
        "id": (
            "berkas ini berukuran {size:,} bita; registri paling besar {most:,} bita "
            "(registri nasional sekitar 1.000.000) — hapus yang bukan data registri"
        ),
        "en": (
            "the file is {size:,} bytes; a registry may be at most {most:,} bytes (a "
            "national one is about 1,000,000) — remove what is not registry data"
        ),
    },
    "message.yaml.nodes": {
        "id": (
            "lebih dari {most:,} nilai — registri berisi jauh lebih sedikit (registri "
            "nasional sekitar 100.000); daftar atau berkas ini bukan data registri, "
            "hapuslah"
        ),
        "en": (
            "more than {most:,} values — a registry holds far fewer (a national one "
            "about 100,000); this list or file is not registry data, remove it"
        ),
    },
    "message.yaml.hashtag": {
        "id": (
            "'#' mengawali komentar dalam YAML sehingga sisa baris diabaikan — tulis "
            'tagar itu dalam tanda petik: "{tag}"'
        ),
        "en": (
            "'#' starts a comment in YAML, so the rest of the line is ignored — write "
            'the hashtag in quotes: "{tag}"'
        ),
    },
    "message.yaml.aliases": {
        "id": (
            "alias (*nama) menghasilkan terlalu banyak nilai — berkas ini tampak seperti "
            "serangan 'billion laughs'; tulis nilainya satu per satu alih-alih "
            "menyarangkan alias"
        ),
        "en": (
            "aliases (*name) expand to too many values — this looks like a 'billion "
            "laughs' file; write the values out instead of nesting aliases"
        ),
    },
    "message.yaml.key_plain": {
        "id": "kunci harus berupa teks biasa — tulis sebuah nama di sini",
        "en": "a key must be plain text — write a name here",
    },
    "message.yaml.no_such_day": {
        "id": "{value} bukan tanggal yang ada ({what}) — periksa tanggalnya",
        "en": "{value} is not a day that happens ({what}) — check the date",
    },
    "message.yaml.tag_unreadable": {
        "id": (
            "{value} dengan tag {tag} tidak dapat dibaca ({what}) — hapus tag itu atau "
            "tulis nilainya dalam tanda petik"
        ),
        "en": (
            "{value} with the tag {tag} cannot be read ({what}) — remove the tag, or "
            "write the value in quotes"
        ),
    },
    "message.yaml.tag_foreign": {
        "id": ("nilai {tag} tidak berlaku dalam registri — hapus tag {tag} dan tulis teksnya saja"),
        "en": (
            "a {tag} value has no place in a registry — remove the tag {tag} and write "
            "the text itself"
        ),
    },
    "message.yaml.merge": {
        "id": (
            "kunci gabungan (<<) memerlukan alias sebuah pemetaan, misalnya `<<: "
            "*defaults` — arahkan ke salah satunya atau hapus baris ini"
        ),
        "en": (
            "a merge key (<<) takes an alias of a mapping, such as `<<: *defaults` — "
            "point it at one, or remove the line"
        ),
    },
    "message.yaml.duplicate": {
        "id": (
            "kunci {key} ganda — setiap kunci hanya boleh muncul sekali di sini; hapus "
            "atau gabungkan yang berulang"
        ),
        "en": (
            "duplicate key {key} — each key may appear once here; delete or merge the repeated one"
        ),
    },
    "message.registry.allowed": {
        "id": "yang diizinkan: {names}",
        "en": "allowed: {names}",
    },
    "message.registry.unknown_field": {
        "id": "isian {name} tidak dikenal — {hint}",
        "en": "unknown field {name} — {hint}",
    },
    "message.registry.missing": {
        "id": "isian wajib '{name}' tidak ada — tambahkan `{name}:` di sini",
        "en": "required field '{name}' is missing — add `{name}:` here",
    },
    "message.registry.use_one_of": {
        "id": "gunakan salah satu dari {names}",
        "en": "use one of {names}",
    },
    "message.registry.unknown_key": {
        "id": "kunci {name} tidak dikenal — {hint}",
        "en": "unknown key {name} — {hint}",
    },
    "message.registry.thousands": {
        "id": "tulis {plain} tanpa titik pemisah ribuan",
        "en": "write {plain} without thousands points",
    },
    "message.registry.thousands_point": {
        "id": (
            "YAML membaca {raw} sebagai bilangan desimal {read}, bukan {plain} — tulis "
            "{plain} tanpa titik pemisah ribuan"
        ),
        "en": (
            "YAML reads {raw} as the decimal number {read}, not {plain} — write {plain} "
            "without the thousands point"
        ),
    },
    "message.registry.reads.yes_no": {
        "id": (
            "YAML membaca {raw} tanpa tanda petik sebagai nilai ya/tidak {read}; tulis "
            'dalam tanda petik: "{raw}"'
        ),
        "en": ('YAML reads {raw} unquoted as the yes/no value {read}; write it in quotes: "{raw}"'),
    },
    "message.registry.reads.number": {
        "id": (
            "YAML membaca {raw} tanpa tanda petik sebagai bilangan {read}; tulis dalam "
            'tanda petik: "{raw}"'
        ),
        "en": 'YAML reads {raw} unquoted as the number {read}; write it in quotes: "{raw}"',
    },
    "message.registry.reads.date": {
        "id": (
            "YAML membaca {raw} tanpa tanda petik sebagai tanggal {read}; tulis dalam "
            'tanda petik: "{raw}"'
        ),
        "en": 'YAML reads {raw} unquoted as the date {read}; write it in quotes: "{raw}"',
    },
    "message.registry.reads.value": {
        "id": (
            "YAML membaca {raw} tanpa tanda petik sebagai nilai {read}; tulis dalam "
            'tanda petik: "{raw}"'
        ),
        "en": 'YAML reads {raw} unquoted as the value {read}; write it in quotes: "{raw}"',
    },
    "message.registry.yes_no_number": {
        "id": "YAML membaca {raw} sebagai nilai ya/tidak, bukan bilangan — {fix}",
        "en": "YAML reads {raw} as a yes/no value, not a number — {fix}",
    },
    "message.registry.yes_no": {
        "id": (
            'YAML membaca {raw} sebagai nilai ya/tidak; tulis "{raw}" dalam tanda petik '
            "jika yang dimaksud teks"
        ),
        "en": ('YAML reads {raw} as a yes/no value; write "{raw}" in quotes if you meant text'),
    },
    "message.with_hint": {
        "id": "{message} — {hint}",
        "en": "{message} — {hint}",
    },
    "message.fix.larger": {
        "id": "gunakan bilangan yang lebih besar",
        "en": "use a larger number",
    },
    "message.fix.smaller": {
        "id": "gunakan bilangan yang lebih kecil",
        "en": "use a smaller number",
    },
    "message.fix.too_short": {
        "id": "tambahkan sedikitnya satu entri",
        "en": "add at least one entry",
    },
    "message.fix.string_type": {
        "id": ("tulis teks di sini (dalam tanda petik jika tampak seperti bilangan atau ya/tidak)"),
        "en": "write text here (in quotes if it looks like a number or yes/no)",
    },
    "message.fix.finite_number": {
        "id": (
            ".nan dan .inf bukan bilangan yang dapat dipakai registri; tulis bilangan "
            "seperti 2 atau 1,5"
        ),
        "en": (".nan and .inf are not numbers a registry can use; write a number such as 2 or 1.5"),
    },
    "message.fix.number": {
        "id": "tulis bilangan seperti 2 atau 1,5",
        "en": "write a number such as 2 or 1.5",
    },
    "message.fix.whole": {
        "id": "tulis bilangan bulat seperti 3",
        "en": "write a whole number such as 3",
    },
    "message.fix.bool": {
        "id": "tulis true atau false",
        "en": "write true or false",
    },
    "message.fix.literal_error": {
        "id": "pilih salah satu nilai yang tercantum",
        "en": "pick one of the listed values",
    },
    "message.fix.list_type": {
        "id": "tulis daftar: [a, b] atau satu '- butir' per baris",
        "en": "write a list: [a, b] or one '- item' per line",
    },
    "message.fix.dict_type": {
        "id": "tulis pemetaan berupa baris 'kunci: nilai'",
        "en": "write a mapping of 'key: value' lines",
    },
    "message.fix.date": {
        "id": "tulis tanggal sebagai YYYY-MM-DD",
        "en": "write a date as YYYY-MM-DD",
    },
    "message.pydantic.missing": {"id": "Isian wajib diisi", "en": "Field required"},
    "message.pydantic.string_type": {
        "id": "Isian harus berupa teks",
        "en": "Input should be a valid string",
    },
    "message.pydantic.int_type": {
        "id": "Isian harus berupa bilangan bulat",
        "en": "Input should be a valid integer",
    },
    "message.pydantic.int_parsing": {
        "id": (
            "Isian harus berupa bilangan bulat; teks ini tidak dapat dibaca sebagai bilangan bulat"
        ),
        "en": "Input should be a valid integer, unable to parse string as an integer",
    },
    "message.pydantic.int_from_float": {
        "id": "Isian harus berupa bilangan bulat, bukan bilangan pecahan",
        "en": "Input should be a valid integer, got a number with a fractional part",
    },
    "message.pydantic.float_type": {
        "id": "Isian harus berupa bilangan",
        "en": "Input should be a valid number",
    },
    "message.pydantic.float_parsing": {
        "id": "Isian harus berupa bilangan; teks ini tidak dapat dibaca sebagai bilangan",
        "en": "Input should be a valid number, unable to parse string as a number",
    },
    "message.pydantic.finite_number": {
        "id": "Isian harus berupa bilangan terhingga",
        "en": "Input should be a finite number",
    },
    "message.pydantic.bool_type": {
        "id": "Isian harus berupa nilai benar/salah",
        "en": "Input should be a valid boolean",
    },
    "message.pydantic.bool_parsing": {
        "id": "Isian harus berupa nilai benar/salah; nilai ini tidak dapat ditafsirkan",
        "en": "Input should be a valid boolean, unable to interpret input",
    },
    "message.pydantic.greater_than": {
        "id": "Isian harus lebih besar daripada {gt}",
        "en": "Input should be greater than {gt}",
    },
    "message.pydantic.greater_than_equal": {
        "id": "Isian harus lebih besar daripada atau sama dengan {ge}",
        "en": "Input should be greater than or equal to {ge}",
    },
    "message.pydantic.less_than": {
        "id": "Isian harus lebih kecil daripada {lt}",
        "en": "Input should be less than {lt}",
    },
    "message.pydantic.less_than_equal": {
        "id": "Isian harus lebih kecil daripada atau sama dengan {le}",
        "en": "Input should be less than or equal to {le}",
    },
    "message.pydantic.literal_error": {
        "id": "Isian harus {expected}",
        "en": "Input should be {expected}",
    },
    "message.pydantic.list_type": {
        "id": "Isian harus berupa daftar",
        "en": "Input should be a valid list",
    },
    "message.pydantic.dict_type": {
        "id": "Isian harus berupa pemetaan",
        "en": "Input should be a valid dictionary",
    },
    "message.pydantic.date_type": {
        "id": "Isian harus berupa tanggal",
        "en": "Input should be a valid date",
    },
    "message.or": {
        "id": "{first} atau {last}",
        "en": "{first} or {last}",
    },
    "message.csv.in_header": {
        "id": "pada tajuk, {problem}",
        "en": "in the header, {problem}",
    },
    "message.csv.no_unit": {
        "id": ('tidak ada unit untuk baris ini — isi kolom "upt" atau tambahkan --upt ID-UNIT'),
        "en": 'no unit for this row — fill the "upt" column or pass --upt UNIT-ID',
    },
    "message.csv.unknown_unit": {
        "id": 'unit "{unit}" tidak dikenal — registri memuat: {known}',
        "en": 'unknown unit "{unit}" — the registry has: {known}',
    },
    "message.csv.no_id": {
        "id": 'kolom "{column}": ID unggahan kosong — setiap unggahan memerlukan ID-nya',
        "en": 'column "{column}": the post id is empty — every post needs its id',
    },
    "message.csv.not_time": {
        "id": 'kolom "{column}": "{raw}" bukan waktu seperti "{example}"',
        "en": 'column "{column}": "{raw}" is not a time like "{example}"',
    },
    "message.csv.not_iso_time": {
        "id": ('kolom "{column}": "{raw}" bukan waktu ISO 8601 seperti "2026-11-30T09:00+08:00"'),
        "en": ('column "{column}": "{raw}" is not an ISO 8601 time like "2026-11-30T09:00+08:00"'),
    },
    "message.csv.years": {
        "id": (
            'kolom "{column}": "{raw}" tidak berada di antara tahun {first} dan {last} — '
            "perbaiki tanggalnya atau unduh ulang ekspornya"
        ),
        "en": (
            'column "{column}": "{raw}" is not between the years {first} and {last} — '
            "correct the date or download the export again"
        ),
    },
    "message.csv.unclosed": {
        "id": (
            "sebuah isian bertanda petik tidak pernah ditutup — tambahkan tanda petik "
            'ganda (") yang kurang'
        ),
        "en": 'a quoted field is never closed — add the missing double quote (")',
    },
    "message.csv.unreadable": {
        "id": (
            "tidak dapat dibaca sebagai CSV ({error}) — tanda petik ganda di dalam isian "
            'harus ditulis dua kali (""); unduh ulang ekspornya atau perbaiki baris ini'
        ),
        "en": (
            "not readable as CSV ({error}) — a double quote inside a field must be "
            'doubled (""); download the export again or mend the line'
        ),
    },
    "message.csv.cut_short": {
        "id": "berkas mungkin terpotong; unduh ulang ekspornya",
        "en": "the file may be cut short; download the export again",
    },
    "message.csv.lost_quotes": {
        "id": (
            "teks yang memuat koma atau titik koma mungkin kehilangan tanda petik "
            "gandanya; apit dengan tanda petik ganda atau unduh ulang ekspornya"
        ),
        "en": (
            "a text with a comma or semicolon may have lost its double quotes; put it in "
            "double quotes or download the export again"
        ),
    },
    "message.csv.width": {
        "id": "baris ini memiliki {fields} isian, sedangkan tajuknya {width} — {hint}",
        "en": "the row has {fields} fields, the header {width} — {hint}",
    },
    "message.csv.no_year": {
        "id": (
            'kolom "{column}": "{raw}" tidak memuat tahun — tambahkan --year YYYY (tahun '
            "baris pertama berkas)"
        ),
        "en": (
            'column "{column}": "{raw}" has no year — pass --year YYYY (the year of the '
            "file's first row)"
        ),
    },
    "message.csv.not_date": {
        "id": 'kolom "{column}": "{raw}" bukan tanggal seperti "{example}"',
        "en": 'column "{column}": "{raw}" is not a date like "{example}"',
    },
    "message.csv.line_break": {
        "id": "pemisah baris",
        "en": "a line break",
    },
    "message.csv.control": {
        "id": "karakter kontrol {code}",
        "en": "the control character {code}",
    },
    "message.csv.address": {
        "id": (
            'kolom "{column}": alamatnya memuat {what} — alamat unggahan hanya satu '
            "baris; perbaiki selnya atau unduh ulang ekspornya"
        ),
        "en": (
            'column "{column}": the address holds {what} — a post\'s address is one line; '
            "correct the cell or download the export again"
        ),
    },
    "message.csv.not_platform": {
        "id": ('kolom "platform": "{value}" bukan platform — gunakan salah satu dari {choices}'),
        "en": 'column "platform": "{value}" is not a platform — use one of {choices}',
    },
    "message.csv.not_format": {
        "id": 'kolom "format": "{value}" bukan format — gunakan salah satu dari {choices}',
        "en": 'column "format": "{value}" is not a format — use one of {choices}',
    },
    "message.csv.not_kind": {
        "id": ('kolom "kind": "{value}" bukan jenis pesan — gunakan salah satu dari {choices}'),
        "en": 'column "kind": "{value}" is not a kind — use one of {choices}',
    },
    "message.csv.not_bool": {
        "id": 'kolom "{column}": "{raw}" bukan true/false, yes/no, atau 1/0',
        "en": 'column "{column}": "{raw}" is not true/false, yes/no or 1/0',
    },
    "message.csv.before.first_reply_at": {
        "id": 'kolom "{column}": "{raw}" lebih awal daripada waktu pesan diterima',
        "en": 'column "{column}": "{raw}" is before the message was received',
    },
    "message.csv.before.resolved_at": {
        "id": 'kolom "{column}": "{raw}" lebih awal daripada waktu pesan diterima',
        "en": 'column "{column}": "{raw}" is before the message was received',
    },
    "message.csv.before.clarified_at": {
        "id": 'kolom "{column}": "{raw}" lebih awal daripada waktu hoaks ditemukan',
        "en": 'column "{column}": "{raw}" is before the hoax was detected',
    },
    "message.csv.no_link": {
        "id": 'kolom "link": kosong — isi alamat hoaks itu (unggahan atau halamannya)',
        "en": 'column "link": empty — give the address of the hoax (its post or page)',
    },
    "message.csv.outside": {
        "id": (
            "hari baris ini, {day}, berada di luar --from {first} --to {last} — perluas "
            "rentangnya sesuai cakupan ekspor, atau hilangkan opsi itu"
        ),
        "en": (
            "the row's day {day} lies outside --from {first} --to {last} — widen the "
            "range to what the export covers, or leave it out"
        ),
    },
    "message.validate.ok": {
        "id": (
            "{file}: OK — {upts} unit, {ideas} ide, {pillars} pilar, {criteria} "
            "kriteria, {events} acara"
        ),
        "en": (
            "{file}: OK — {upts} units, {ideas} ideas, {pillars} pillars, {criteria} "
            "criteria, {events} events"
        ),
    },
    "message.init.exists": {
        "id": "{path}: sudah ada — init tidak pernah menimpa berkas; sunting berkas itu",
        "en": "{path}: already exists — init never overwrites; edit it instead",
    },
    "message.init.cannot": {
        "id": (
            "{directory}: ruang kerja tidak dapat dibuat di sini ({why}) — sebutkan sebuah folder"
        ),
        "en": "{directory}: cannot make a workspace here ({why}) — name a folder",
    },
    "message.init.created": {
        "id": (
            "{target} dan {schema} telah dibuat; sunting registrinya, lalu jalankan `smrt validate`"
        ),
        "en": "created {target} and {schema}; edit the registry, then run `smrt validate`",
    },
    "message.ideas.unknown_pillar": {
        "id": "--pillar: pilar {pillar} tidak dikenal — pilih salah satu dari {choices}",
        "en": "--pillar: unknown pillar {pillar} — choose one of {choices}",
    },
    "message.file.name_long": {
        "id": (
            '{what}: nama "{start}…" panjangnya {size} bita; sistem berkas mengizinkan '
            "paling banyak {most} — pilih nama yang lebih pendek"
        ),
        "en": (
            '{what}: the name "{start}…" is {size} bytes long; file systems allow at '
            "most {most} — choose a shorter name"
        ),
    },
    "message.file.exists": {
        "id": "{path}: sudah ada — tambahkan --force untuk menggantinya",
        "en": "{path}: already exists — pass --force to replace it",
    },
    "message.file.outside": {
        "id": "menolak menulis {name} di luar {folder}",
        "en": "refusing to write {name} outside {folder}",
    },
    "message.file.unwritable": {
        "id": "{path}: tidak dapat ditulis ({why})",
        "en": "{path}: cannot be written ({why})",
    },
    "message.file.unwritable_kept": {
        "id": "{path}: tidak dapat ditulis ({why}) — berkas lama tetap disimpan",
        "en": "{path}: cannot be written ({why}) — the old files are kept",
    },
    "message.file.uncleared": {
        "id": (
            "{folder}: sudah ditulis, tetapi {old} tidak dapat dikosongkan ({why}) — "
            "proses berikutnya memindahkan berkas Anda di dalamnya kembali ke folder itu"
        ),
        "en": (
            "{folder}: written, but {old} could not be cleared ({why}) — the next run "
            "moves any file of yours in it back into the folder"
        ),
    },
    "message.file.link": {
        "id": (
            "{folder}: merupakan tautan simbolis (ke {target}) — smrt hanya mengganti "
            "folder sungguhan; hapus tautannya, atau {other}"
        ),
        "en": (
            "{folder}: is a symbolic link (to {target}) — smrt replaces only real "
            "folders; remove the link, or {other}"
        ),
    },
    "message.file.link_out": {
        "id": "berikan --out dengan folder yang ditunjuknya",
        "en": "pass --out with the folder it points at",
    },
    "message.file.locked": {
        "id": (
            "{root}: proses smrt lain sedang menulis di sini (memegang {path}) — tunggu "
            "sampai selesai, lalu jalankan lagi"
        ),
        "en": (
            "{root}: another smrt run is writing here (it holds {path}) — wait for it to "
            "finish and run again"
        ),
    },
    "message.file.not_found": {
        "id": "{file}: berkas tidak ditemukan — periksa jalurnya",
        "en": "{file}: file not found — check the path",
    },
    "message.file.is_folder": {
        "id": "{file}: merupakan folder, bukan berkas — sebutkan berkas YAML-nya",
        "en": "{file}: is a folder, not a file — name the YAML file",
    },
    "message.file.unreadable": {
        "id": "{file}: tidak dapat dibaca ({why}) — periksa izin aksesnya",
        "en": "{file}: cannot be read ({why}) — check its permissions",
    },
    "message.file.too_large": {
        "id": (
            "berkas ini lebih besar daripada {most:,} bita, jauh melebihi yang dibaca "
            "smrt di sini (registri nasional sekitar 1.000.000) — periksa apakah "
            "berkasnya benar"
        ),
        "en": (
            "the file is larger than {most:,} bytes, far more than smrt reads here (a "
            "national registry is about 1,000,000) — check that this is the right file"
        ),
    },
    "message.file.not_utf8": {
        "id": (
            "bita {byte} bukan UTF-8 — simpan berkas sebagai UTF-8 (di Notepad: Save As, "
            "Encoding: UTF-8)"
        ),
        "en": (
            "byte {byte} is not UTF-8 — save the file as UTF-8 (in Notepad: Save As, "
            "Encoding: UTF-8)"
        ),
    },
    "message.file.link_elsewhere": {
        "id": "tulis laporannya di tempat lain dengan -o",
        "en": "write the report elsewhere with -o",
    },
    "message.export.no_format": {
        "id": (
            "-o {out}: format tidak dapat ditentukan dari namanya — akhiri dengan "
            "{listed}, atau berikan --format {choices}"
        ),
        "en": (
            "-o {out}: cannot tell the format from the name — end it in {listed}, or "
            "give --format {choices}"
        ),
    },
    "message.export.format_clash": {
        "id": (
            "-o {out}: nama berakhiran {suffix}, tetapi --format {fmt} — hapus --format "
            "atau akhiri nama dengan {fitting}"
        ),
        "en": (
            "-o {out}: a {suffix} name but --format {fmt} — drop --format or end the "
            "name in {fitting}"
        ),
    },
    "message.export.epoch": {
        "id": (
            "SOURCE_DATE_EPOCH: {raw} bukan jumlah detik sejak 1970 — isi dengan "
            "bilangan bulat seperti 1764460800, atau hapus variabel itu"
        ),
        "en": (
            "SOURCE_DATE_EPOCH: {raw} is not a number of seconds since 1970 — set it to "
            "an integer such as 1764460800, or unset it"
        ),
    },
    "message.export.no_plan": {
        "id": (
            "{path}: belum ada rencana untuk {week} — jalankan `smrt plan week --week "
            "{week}` terlebih dahulu"
        ),
        "en": "{path}: no plan for {week} — run `smrt plan week --week {week}` first",
    },
    "message.export.approval_broken": {
        "id": (
            "{path}: persetujuan oleh {by} tidak lagi cocok dengan rencananya (sudah "
            "disunting?) — dokumennya bertanda DRAF sampai disetujui lagi"
        ),
        "en": (
            "{path}: the approval by {by} no longer matches the plan (edited since?) — "
            "its documents say DRAF until it is approved again"
        ),
    },
    "message.export.wrote": {
        "id": "{path} telah ditulis",
        "en": "wrote {path}",
    },
    "message.export.is_folder": {
        "id": "{path}: merupakan folder — berikan nama berkas dengan -o",
        "en": "{path}: is a folder — give a file name with -o",
    },
    "message.export.stdout.workbook": {
        "id": "-o -: buku kerja tidak dapat dikirim ke stdout — berikan nama berkas",
        "en": "-o -: a workbook cannot go to stdout — give a file name",
    },
    "message.export.stdout.docx": {
        "id": "-o -: dokumen DOCX tidak dapat dikirim ke stdout — berikan nama berkas",
        "en": "-o -: a DOCX document cannot go to stdout — give a file name",
    },
    "message.export.stdout.docx_report": {
        "id": "-o -: laporan DOCX tidak dapat dikirim ke stdout — berikan nama berkas",
        "en": "-o -: a DOCX report cannot go to stdout — give a file name",
    },
    "message.export.stdout.slides": {
        "id": "-o -: salindia tidak dapat dikirim ke stdout — berikan nama berkas",
        "en": "-o -: slides cannot go to stdout — give a file name",
    },
    "message.export.pptx": {
        "id": "-o {out}: salindia berupa berkas PowerPoint — akhiri namanya dengan .pptx",
        "en": "-o {out}: slides are a PowerPoint file — end the name in .pptx",
    },
    "message.export.not_period": {
        "id": (
            "--period: {period} bukan periode — tulis bulan (2026-11), triwulan "
            "(2026-Q4), atau rentang tanggal seperti yang dinamai `smrt evaluate upt "
            "--from … --to …` (2026-11-25_2026-12-05)"
        ),
        "en": (
            "--period: {period} is not a period — write a month (2026-11), a quarter "
            "(2026-Q4) or a date range as `smrt evaluate upt --from … --to …` names it "
            "(2026-11-25_2026-12-05)"
        ),
    },
    "message.export.evaluate_first": {
        "id": "jalankan `smrt evaluate upt {how}` terlebih dahulu",
        "en": "run `smrt evaluate upt {how}` first",
    },
    "message.export.evaluated_so_far": {
        "id": "{advice} (yang sudah dievaluasi: {shown})",
        "en": "{advice} (evaluated so far: {shown})",
    },
    "message.export.no_evaluation": {
        "id": "{path}: belum ada evaluasi untuk {period} — {advice}",
        "en": "{path}: no evaluation for {period} — {advice}",
    },
    "message.export.no_plan_appendix": {
        "id": (
            "belum ada rencana untuk {week} di {path}; lampiran menyebutkannya — "
            "jalankan `smrt plan week --week {week}` lalu ekspor laporan lagi untuk "
            "memuatnya"
        ),
        "en": (
            "no plan for {week} at {path}; the appendix says so — run `smrt plan week "
            "--week {week}` and export the report again to include it"
        ),
    },
    "message.export.overdue_inbox": {
        "id": (
            "bagian Kendala laporan menyebut pesan publik yang lewat batas waktu tanggap — "
            "`smrt inbox` mendaftar semuanya"
        ),
        "en": (
            "the report's Kendala names public messages past their response targets — "
            "`smrt inbox` lists every one"
        ),
    },
    "message.export.no_charts_stdout": {
        "id": "grafik tidak ditulis bila laporan Markdown dikirim ke stdout",
        "en": "charts are not written when the Markdown report goes to stdout",
    },
    "message.language.id": {
        "id": "bahasa Indonesia",
        "en": "Indonesian",
    },
    "message.language.en": {
        "id": "bahasa Inggris",
        "en": "English",
    },
    "message.report.language": {
        "id": (
            "{file} berbahasa {was}; predikat ditampilkan dalam {now}, teks rekomendasi "
            "tetap dalam {was} — jalankan `smrt evaluate upt --period {period} --lang "
            "{lang} --force` agar teks itu dalam {now}"
        ),
        "en": (
            "{file} is in {was}; grades are shown in {now}, recommendation texts stay in "
            "{was} — run `smrt evaluate upt --period {period} --lang {lang} --force` to "
            "have them in {now}"
        ),
    },
    "message.report.next_rakor": {
        "id": (
            "settings.next_rakor ({day}) lebih awal daripada tanggal laporan ({issued}); "
            "tenggat tindak lanjut tertulis 'Rakor berikutnya' — isi tanggal rapat "
            "berikutnya di registri"
        ),
        "en": (
            "settings.next_rakor ({day}) is before the report's date ({issued}); the "
            "follow-up deadlines read 'the next Rakor' — set the next meeting's date in "
            "the registry"
        ),
    },
    "message.report.no_signatory": {
        "id": (
            "registri tidak menyebutkan penanda tangan; blok tanda tangan laporan tidak "
            "bernama — tambahkan settings.signatory (title, name, nip) ke registri"
        ),
        "en": (
            "the registry names no signatory; the report's signature block has a blank "
            "name — add settings.signatory (title, name, nip) to the registry"
        ),
    },
    "message.metrics.epoch": {
        "id": 'SOURCE_DATE_EPOCH: "{epoch}" bukan jumlah detik sejak 1970',
        "en": 'SOURCE_DATE_EPOCH: "{epoch}" is not a number of seconds since 1970',
    },
    "message.metrics.is_folder": {
        "id": ("{path}: merupakan folder, bukan berkas — sebutkan berkas ekspor (CSV) di dalamnya"),
        "en": "{path}: is a folder, not a file — name the export file (CSV) in it",
    },
    "message.metrics.no_file": {
        "id": "{path}: berkas tidak ada",
        "en": "{path}: no such file",
    },
    "message.metrics.from_to": {
        "id": "--from dan --to harus bersamaan: berikan kedua hari yang dicakup ekspor",
        "en": "--from and --to go together: give both days the export covers",
    },
    "message.metrics.not_day": {
        "id": '{option}: "{value}" bukan hari — tulis YYYY-MM-DD',
        "en": '{option}: "{value}" is not a day — write YYYY-MM-DD',
    },
    "message.metrics.reversed": {
        "id": "--from {start} lebih lambat daripada --to {end} — tukar keduanya",
        "en": "--from {start} is after --to {end} — swap them",
    },
    "message.import.state.undone": {
        "id": "{file} (terbaca, {rows} baris, dibatalkan)",
        "en": "{file} (read, {rows} rows, undone)",
    },
    "message.import.state.failed": {
        "id": "{file} (gagal)",
        "en": "{file} (failed)",
    },
    "message.import.state.unread": {
        "id": "{file} (tidak terbaca)",
        "en": "{file} (not read)",
    },
    "message.import.summary": {
        "id": "{file}: {format}, {unit}: {rows} baris — {new} baru, {updated} diperbarui, "
        "{unchanged} tidak berubah{skipped}{repeated}",
        "en": "{file}: {format}, {unit}: {rows} rows — {new} new, {updated} updated, "
        "{unchanged} unchanged{skipped}{repeated}",
    },
    "message.import.units_column": {
        "id": "unit dari kolom upt",
        "en": "units from the upt column",
    },
    "message.import.skipped": {"id": ", {n} dilewati", "en": ", {n} skipped"},
    "message.import.repeated": {
        "id": " ({n} baris berulang dihitung sekali)",
        "en": " ({n} repeated rows counted once)",
    },
    "message.import.nothing": {
        "id": (
            "tidak ada yang diimpor — berkas-berkas yang disebut disimpan bersama atau "
            "tidak sama sekali: {states}. Perbaiki {failed}, lalu jalankan perintah yang "
            "sama lagi."
        ),
        "en": (
            "nothing was imported — the files named are stored together or not at all: "
            "{states}. Fix {failed} and run the same command again."
        ),
    },
    "message.import.work_failed": {
        "id": "{error}\n{summary}",
        "en": "{error}\n{summary}",
    },
    "message.metrics.not_month": {
        "id": '--period: "{period}" bukan bulan — tulis YYYY-MM',
        "en": '--period: "{period}" is not a month — write YYYY-MM',
    },
    "message.metrics.unknown_unit": {
        "id": '--upt: unit "{unit}" tidak dikenal — registri memuat: {known}',
        "en": '--upt: unknown unit "{unit}" — the registry has: {known}',
    },
    "message.metrics.no_posts": {
        "id": "tidak ada unggahan tersimpan untuk pilihan ini",
        "en": "no posts stored for this selection",
    },
    "message.metrics.not_period": {
        "id": (
            '--period: "{period}" bukan periode — tulis 2026-10, 2026-Q4, atau '
            "2026-10-01..2026-10-15"
        ),
        "en": (
            '--period: "{period}" is not a period — write 2026-10, 2026-Q4 or '
            "2026-10-01..2026-10-15"
        ),
    },
    "message.metrics.no_import": {
        "id": "tidak ada impor yang mencakup pilihan ini",
        "en": "no import covers this selection",
    },
    "message.insights.period_and_weeks": {
        "id": "--period dan --weeks diberikan bersamaan — gunakan salah satu",
        "en": "--period and --weeks both given — use one of them",
    },
    "message.insights.not_period": {
        "id": (
            "--period: {period} bukan periode — tulis bulan (2026-10), triwulan "
            "(2026-Q4), atau rentang tanggal (2026-10-01_2026-10-15)"
        ),
        "en": (
            "--period: {period} is not a period — write a month (2026-10), a quarter "
            "(2026-Q4) or a date range (2026-10-01_2026-10-15)"
        ),
    },
    "message.insights.weeks": {
        "id": "--weeks: {weeks} di luar rentang — berikan 1 sampai dengan 520 pekan",
        "en": "--weeks: {weeks} is out of range — give 1 to 520 weeks",
    },
    "message.insights.no_store": {
        "id": ("{db}: belum ada penyimpanan metrik — impor ekspor dengan `smrt metrics import`"),
        "en": "{db}: no metrics store yet — import exports with `smrt metrics import`",
    },
    "message.insights.no_posts": {
        "id": "{db}: belum memuat unggahan — impor ekspor dengan `smrt metrics import`",
        "en": "{db}: holds no posts yet — import exports with `smrt metrics import`",
    },
    "message.insights.exists": {
        "id": "{folder}: sudah ada — tambahkan --force untuk mengganti wawasan ini",
        "en": "{folder}: already exists — pass --force to replace these insights",
    },
    "message.insights.wrote": {
        "id": "{n} berkas telah ditulis ke {folder} ({posts} unggahan terukur)",
        "en": "wrote {n} files to {folder} ({posts} measurable posts)",
    },
    "message.evaluate.unknown_unit": {
        "id": "unit {value} tidak dikenal — {hint}",
        "en": "unknown unit {value} — {hint}",
    },
    "message.evaluate.all_and_ids": {
        "id": "berikan ID unit atau --all, jangan keduanya",
        "en": "give unit ids or --all, not both",
    },
    "message.evaluate.exists": {
        "id": "{path}: sudah ada — tambahkan --force untuk mengganti berkas periode ini",
        "en": "{path}: already exists — pass --force to replace this period's files",
    },
    "message.evaluate.no_store": {
        "id": (
            "tidak ada penyimpanan metrik di {db}; setiap kriteria terukur bernilai "
            "'tidak ada data'"
        ),
        "en": "no metrics store at {db}; every measured criterion is 'no data'",
    },
    "message.evaluate.no_import": {
        "id": (
            "tidak ada impor yang mencakup satu hari pun dari {first} – {last}; kriteria "
            "yang diukur dari unggahan tidak ada datanya — lihat `smrt metrics coverage`"
        ),
        "en": (
            "no import covers any day of {first} – {last}; the criteria measured from "
            "posts have no data — see `smrt metrics coverage`"
        ),
    },
    "message.evaluate.partly": {
        "id": (
            "ekspor {n} unit hanya mencakup sebagian {period} ({units}); targetnya "
            "dihitung untuk hari yang tercakup — lihat `smrt metrics coverage`"
        ),
        "en": (
            "the exports of {n} unit(s) cover part of {period} only ({units}); their "
            "targets are counted for the covered days — see `smrt metrics coverage`"
        ),
    },
    "message.evaluate.wrote": {
        "id": "{n} berkas telah ditulis ke {folder} ({scored} dari {units} unit dinilai)",
        "en": "wrote {n} files to {folder} ({scored} of {units} units scored)",
    },
    "message.evaluate.unreadable_scores": {
        "id": (
            "{path} bukan evaluasi yang dapat dibaca; tidak ada skor asesor darinya yang "
            "disimpan — berikan --scores BERKAS untuk memakainya"
        ),
        "en": (
            "{path} is not a readable evaluation; no assessor score of it is kept — pass "
            "--scores FILE to have them"
        ),
    },
    "message.evaluate.dropped": {
        "id": (
            "skor asesor {unit} untuk {criterion} dari evaluasi periode ini sebelumnya "
            "dibuang: registri tidak lagi menerimanya ({why}) — berikan --scores BERKAS "
            "dengan skor untuknya"
        ),
        "en": (
            "dropped the assessor score of {unit} for {criterion} of the earlier "
            "evaluation of this period: the registry no longer takes it ({why}) — pass "
            "--scores FILE with a score for it"
        ),
    },
    "message.evaluate.units.one": {
        "id": "{n} unit",
        "en": "{n} unit",
    },
    "message.evaluate.units.many": {
        "id": "{n} unit",
        "en": "{n} units",
    },
    "message.evaluate.kept.one": {
        "id": (
            "{n} skor asesor ({units}) dari evaluasi periode ini sebelumnya tetap "
            "dipakai, dari {path}; berikan --scores BERKAS untuk menggantinya"
        ),
        "en": (
            "kept {n} assessor score ({units}) of the earlier evaluation of this period, "
            "from {path}; pass --scores FILE to replace them"
        ),
    },
    "message.evaluate.kept.many": {
        "id": (
            "{n} skor asesor ({units}) dari evaluasi periode ini sebelumnya tetap "
            "dipakai, dari {path}; berikan --scores BERKAS untuk menggantinya"
        ),
        "en": (
            "kept {n} assessor scores ({units}) of the earlier evaluation of this "
            "period, from {path}; pass --scores FILE to replace them"
        ),
    },
    "message.evaluate.export_with": {
        "id": (
            "ekspor laporannya dengan `smrt export report --period {period} --evaluations {out}`"
        ),
        "en": "export its report with `smrt export report --period {period} --evaluations {out}`",
    },
    "message.evaluate.unreadable_change": {
        "id": "{path} bukan evaluasi yang dapat dibaca; kolom perubahan tetap kosong",
        "en": "{path} is not a readable evaluation; the change column stays empty",
    },
    "message.inbox.as_of": {
        "id": (
            "--as-of: {value} bukan tanggal dan waktu — tulis sebagai YYYY-MM-DDTHH:MM "
            "(misalnya 2026-12-04T16:00), boleh dengan selisih zona seperti +08:00"
        ),
        "en": (
            "--as-of: {value} is not a date and time — write it as YYYY-MM-DDTHH:MM (for "
            "example 2026-12-04T16:00), optionally with an offset such as +08:00"
        ),
    },
    "message.plan.unreadable_previous": {
        "id": (
            "{path} tidak dapat dibaca; rencana baru dimulai dari revisi 0, dan kalender "
            "yang mengimpor rencana lama tidak menerima pembatalan"
        ),
        "en": (
            "{path} could not be read; the new plan starts at revision 0, and calendars "
            "that imported the old one get no cancellations"
        ),
    },
    "message.plan.wrote": {
        "id": "{n} berkas telah ditulis ke {folder}",
        "en": "wrote {n} files to {folder}",
    },
    "message.plan.removed_stale": {
        "id": (
            "{path} dihapus karena dibuat dari rencana yang baru saja diganti — ekspor "
            "lagi: {command}"
        ),
        "en": ("removed {path}, made from the plan just replaced — export it again: {command}"),
    },
    "message.plan.no_recommendations": {
        "id": "rencana tidak memakai rekomendasi: {error}",
        "en": "the plan takes no recommendations: {error}",
    },
    "message.plan.approval_void": {
        "id": (
            "persetujuan {what} oleh {by} ({at} UTC) batal: pekan itu direncanakan ulang "
            "— dokumennya bertanda DRAF sampai `{command}`"
        ),
        "en": (
            "the approval of {what} by {by} ({at} UTC) is void: the week was planned "
            "again — its documents say DRAF until `{command}`"
        ),
    },
    "message.plan.changed": {
        "id": "{path}: berubah ketika sedang disetujui — setujui lagi",
        "en": "{path}: changed while approving — approve it again",
    },
    "message.plan.exported_before": {
        "id": "{path} diekspor sebelum persetujuan — ekspor lagi",
        "en": "{path} was exported before the approval — export it again",
    },
    "message.plan.week_of_unit": {
        "id": "{week} untuk {unit}",
        "en": "{week} for {unit}",
    },
    "message.csv.not_utf8": {
        "id": "bukan teks UTF-8 — simpan berkas sebagai 'CSV UTF-8', lalu impor lagi",
        "en": "not UTF-8 text — save the file as 'CSV UTF-8' and import it again",
    },
    "message.csv.unreadable_file": {
        "id": "{file}: tidak dapat dibaca ({why})",
        "en": "{file}: cannot be read ({why})",
    },
    "message.csv.workbook.xlsx": {
        "id": "buku kerja Excel (.xlsx) atau berkas zip lain",
        "en": "an Excel workbook (.xlsx) or another zip file",
    },
    "message.csv.workbook.xls": {
        "id": "buku kerja Excel lama (.xls)",
        "en": "an old Excel workbook (.xls)",
    },
    "message.csv.workbook": {
        "id": (
            "{file}: merupakan {what}, bukan CSV — unduh ekspornya sebagai CSV, atau di "
            "Excel pilih File → Save As → 'CSV UTF-8 (Comma delimited)'"
        ),
        "en": (
            "{file}: is {what}, not CSV — download the export as CSV, or in Excel choose "
            "File → Save As → 'CSV UTF-8 (Comma delimited)'"
        ),
    },
    "message.csv.empty": {
        "id": "{file}: berkas ini kosong — unduh ulang ekspornya",
        "en": "{file}: the file is empty — download the export again",
    },
    "message.csv.unrecognised": {
        "id": (
            'ekspor tidak dikenali (tajuk "{header}") — format yang didukung: {formats}; '
            "atau berikan --format"
        ),
        "en": (
            'unrecognised export (header "{header}") — supported formats: {formats}; or '
            "pass --format"
        ),
    },
    "message.csv.not_format_file": {
        "id": "bukan berkas {format} — tajuknya tidak memuat kolom {columns}",
        "en": "not a {format} file — the header has no {columns} column",
    },
    "message.csv.one_unit": {
        "id": "{file}: ekspor {format} memuat angka satu unit — tambahkan --upt ID-UNIT",
        "en": "{file}: a {format} export holds one unit's figures — pass --upt UNIT-ID",
    },
    "message.csv.one_unit_or_column": {
        "id": (
            "{file}: ekspor {format} memuat angka satu unit — tambahkan --upt ID-UNIT "
            'atau kolom "upt" yang menyebut unit setiap baris'
        ),
        "en": (
            "{file}: a {format} export holds one unit's figures — pass --upt UNIT-ID or "
            'add a "upt" column naming each row\'s unit'
        ),
    },
    "message.csv.needs_year": {
        "id": (
            "{file}: tanggal {format} tidak memuat tahun — tambahkan --year YYYY (tahun "
            "baris pertama berkas)"
        ),
        "en": (
            "{file}: {format} dates have no year — pass --year YYYY (the year of the "
            "file's first row)"
        ),
    },
    "message.csv.process_start": {
        "id": "{file}: proses pembacaan tidak dapat dimulai ({error})",
        "en": "{file}: the reading process could not start ({error})",
    },
    "message.csv.process_stopped": {
        "id": "{file}: proses pembacaan berhenti tanpa diduga",
        "en": "{file}: the reading process stopped unexpectedly",
    },
    "message.csv.process_failed": {
        "id": "{file}: proses pembacaan gagal ({error})",
        "en": "{file}: the reading process failed ({error})",
    },
    # --- message: the metrics store (metrics/store.py) ---
    "message.store.none": {
        "id": "{path}: belum ada penyimpanan metrik — impor ekspor dengan `smrt metrics import`",
        "en": "{path}: no metrics store yet — import exports with `smrt metrics import`",
    },
    "message.store.folder": {
        "id": "{path}: berupa folder, bukan penyimpanan metrik — pindahkan folder itu",
        "en": "{path}: is a folder, not the metrics store — move it away",
    },
    "message.store.mkdir": {
        "id": (
            "{folder}: tidak dapat dibuat ({why}) — jalankan smrt di ruang kerja yang dapat "
            "ditulisi (--workspace DIR)"
        ),
        "en": (
            "{folder}: cannot be created ({why}) — run smrt in a workspace you can write to "
            "(--workspace DIR)"
        ),
    },
    "message.store.newer": {
        "id": (
            "{path}: ditulis oleh smrt yang lebih baru (skema {version}, versi ini mengenal "
            "{known}) — perbarui smrt"
        ),
        "en": (
            "{path}: written by a newer smrt (schema {version}, this one knows {known}) — "
            "upgrade smrt"
        ),
    },
    "message.store.migration": {
        "id": "{path}: migrasi ke skema {number} gagal: {error}",
        "en": "{path}: migration to schema {number} failed: {error}",
    },
    "message.store.not_db": {
        "id": (
            "{path}: bukan basis data smrt ({error}) — pindahkan berkas itu atau sebut berkas lain"
        ),
        "en": "{path}: not a smrt database ({error}) — move it away or name another",
    },
    "message.store.failure": {"id": "{file}: {what}: {why}", "en": "{file}: {what}: {why}"},
    "message.store.what.open": {
        "id": "penyimpanan tidak dapat dibuka",
        "en": "the store cannot be opened",
    },
    "message.store.what.nothing": {"id": "tidak ada yang diimpor", "en": "nothing was imported"},
    "message.store.what.file": {
        "id": "tidak diimpor, tidak ada bagiannya yang disimpan",
        "en": "not imported, nothing of it kept",
    },
    "message.store.why.locked": {
        "id": (
            "penyimpanan dikunci program lain (proses smrt lain, atau penampil basis data yang "
            "membuka smrt.db) — tunggu sampai selesai atau tutup program itu, lalu jalankan "
            "lagi"
        ),
        "en": (
            "it is locked by another program (another smrt run, or a database viewer that has "
            "smrt.db open) — wait for it to finish or close it, then run again"
        ),
    },
    "message.store.why.full": {
        "id": "disk penuh — kosongkan sebagian ruang, lalu jalankan lagi",
        "en": "the disk is full — free some space, then run again",
    },
    "message.store.why.readonly": {
        "id": (
            "penyimpanan atau foldernya tidak dapat ditulisi — periksa izinnya, atau jalankan "
            "smrt di ruang kerja yang dapat ditulisi (--workspace DIR)"
        ),
        "en": (
            "the store or its folder is not writable — check their permissions, or run smrt in "
            "a workspace you can write to (--workspace DIR)"
        ),
    },
    "message.store.why.other": {
        "id": "{error} — jalankan lagi; jika terulang, salin smrt.db dan laporkan",
        "en": "{error} — run again; if it happens again, make a copy of smrt.db and report it",
    },
    # --- message: JSON files smrt wrote and reads back (jsonsource, evaluations, plans) ---
    "message.rewrite.evaluation": {
        "id": "tulis ulang dengan `smrt evaluate upt`",
        "en": "write it again with `smrt evaluate upt`",
    },
    "message.rewrite.plan": {
        "id": "tulis ulang dengan `smrt plan week --force`",
        "en": "write it again with `smrt plan week --force`",
    },
    "message.json.invalid_at": {
        "id": "bukan JSON yang sah ({error}) — {fix}",
        "en": "not valid JSON ({error}) — {fix}",
    },
    "message.json.invalid": {"id": "bukan JSON yang sah — {fix}", "en": "not valid JSON — {fix}"},
    "message.json.constant": {
        "id": "bukan JSON yang sah ({name} bukan angka) — {fix}",
        "en": "not valid JSON ({name} is not a number) — {fix}",
    },
    "message.json.surrogate": {
        "id": (
            "{text} hanya separuh karakter (surrogate UTF-16 tunggal) — hapus, atau tulis "
            "karakternya sendiri, atau {fix}"
        ),
        "en": (
            "{text} is half of a character (a lone UTF-16 surrogate) — delete it or write the "
            "character itself, or {fix}"
        ),
    },
    "message.json.missing": {
        "id": 'isian wajib "{name}" tidak ada — {fix}',
        "en": 'required field "{name}" is missing — {fix}',
    },
    "message.json.correct": {
        "id": "{message} — perbaiki di sini, atau {fix}",
        "en": "{message} — correct it here, or {fix}",
    },
    "message.json.deep": {
        "id": "bersarang lebih dari {depth} tingkat — {fix}",
        "en": "nested more than {depth} levels deep — {fix}",
    },
    "message.json.nan": {
        "id": "NaN dan Infinity bukan angka yang diizinkan JSON — tulis angka, atau {fix}",
        "en": "NaN and Infinity are not numbers JSON allows — write a number, or {fix}",
    },
    "message.json.not_evaluation": {
        "id": "bukan evaluasi yang sah ({error}) — {fix}",
        "en": "not a valid evaluation ({error}) — {fix}",
    },
    "message.json.not_utf8": {"id": "bukan teks UTF-8 — {fix}", "en": "not UTF-8 text — {fix}"},
    "message.json.no_plan": {
        "id": "belum ada rencana — jalankan `smrt plan week` untuk pekan itu lebih dulu",
        "en": "no plan — run `smrt plan week` for that week first",
    },
    "message.json.unreadable_plan": {
        "id": "tidak dapat dibaca sebagai rencana ({error}) — {fix}",
        "en": "cannot be read as a plan ({error}) — {fix}",
    },
    "message.json.at": {"id": "{file}: {message}", "en": "{file}: {message}"},
    # --- message: counts in export cells (metrics/numbers.py); {problem} follows the cell ---
    "message.count.cell": {
        "id": '{file}:{line}: kolom "{column}": "{raw}" {problem}',
        "en": '{file}:{line}: column "{column}": "{raw}" {problem}',
    },
    "message.count.too_large": {
        "id": "terlalu besar untuk sebuah hitungan",
        "en": "is too large for a count",
    },
    "message.count.scientific": {
        "id": (
            "ditulis dalam notasi ilmiah, seperti Excel menampilkan angka yang digitnya "
            "terpotong — impor berkas platform tanpa membukanya di Excel"
        ),
        "en": (
            "is in scientific notation, as Excel shows a number whose digits it has cut — "
            "import the platform's file without opening it in Excel"
        ),
    },
    "message.count.not_number": {"id": "bukan angka", "en": "is not a number"},
    "message.count.negative": {
        "id": (
            "bernilai negatif — hitungan tidak mungkin negatif; perbaiki sel itu atau unduh "
            "ulang ekspornya"
        ),
        "en": (
            "is negative — counts cannot be negative; correct the cell or download the export again"
        ),
    },
    "message.count.not_whole": {
        "id": (
            "bukan bilangan bulat — hitungan tidak memiliki desimal; perbaiki sel itu atau "
            "unduh ulang ekspornya"
        ),
        "en": (
            "is not a whole number — a count has no decimals; correct the cell or download the "
            "export again"
        ),
    },
    "message.count.would_be": {
        "id": (
            "bernilai {value} dalam {style}, tetapi {against} — tulis hitungan dengan angka "
            "saja, tanpa pemisah, atau unduh ulang ekspornya"
        ),
        "en": (
            "would be {value} in {style}, but {against} — write the count in digits only, "
            "without separators, or download the export again"
        ),
    },
    "message.count.may_be": {
        "id": "bisa {low} atau {high} — {why}; tulis hitungan dengan angka saja, tanpa pemisah",
        "en": "may be {low} or {high} — {why}; write the count in digits only, without separators",
    },
    "message.count.no_witness": {
        "id": (
            'tidak ada bagian lain berkas yang menunjukkan apakah "." atau "," memisahkan desimal'
        ),
        "en": 'nothing else in the file shows whether "." or "," separates decimals',
    },
    "message.count.clue": {
        "id": 'baris {line} menulis "{text}" (kolom "{column}") dalam {style}',
        "en": 'line {line} writes "{text}" (column "{column}") in {style}',
    },
    "message.count.style.english": {
        "id": "notasi Inggris (1,234.5)",
        "en": "English notation (1,234.5)",
    },
    "message.count.style.indonesian": {
        "id": "notasi Indonesia (1.234,5)",
        "en": "Indonesian notation (1.234,5)",
    },
    # --- message: what an import warns of and refuses (metrics/readers.py, importer.py) ---
    "message.import.mangled_ids": {
        "id": (
            "{file}: {n} baris memiliki id yang diubah Excel menjadi angka seperti 1.22158E+17 "
            "— baris itu disimpan, tetapi tidak dapat dicocokkan dengan ekspor lain untuk "
            "menghindari duplikasi; impor berkas platform tanpa membukanya di Excel"
        ),
        "en": (
            "{file}: {n} row(s) have ids that Excel turned into numbers like 1.22158E+17 — "
            "they are stored, but such rows cannot be de-duplicated against other exports; "
            "import the platform's file without opening it in Excel"
        ),
    },
    "message.import.no_publish_time": {
        "id": (
            "{file}: {n} video tanpa waktu terbit dilewati (baris {lines}) — video itu tidak "
            "dapat ditempatkan dalam periode"
        ),
        "en": (
            "{file}: {n} video(s) without a publish time skipped (line {lines}) — they cannot "
            "be placed in a period"
        ),
    },
    "message.import.one_unit_posts": {
        "id": "{file}: ekspor ini memuat unggahan satu unit — tambahkan --upt ID-UNIT",
        "en": "{file}: this export holds one unit's posts — pass --upt UNIT-ID",
    },
    "message.insights.too_many": {
        "id": (
            "registri terlalu besar untuk wawasan (paling banyak sejuta unit, 65.534 ide, dan "
            "254 pilar)"
        ),
        "en": (
            "the registry is too large for insights (at most a million units, 65,534 ideas and "
            "254 pillars)"
        ),
    },
    "message.insights.too_long": {
        "id": "--period: periode terlalu panjang untuk wawasan — sebutkan paling lama 40 tahun",
        "en": "--period: the period is too long for insights — name at most 40 years",
    },
    "message.report.unit_no_plan": {
        "id": "--upt: {unit} tidak punya rencana pada {week} — unit yang direncanakan: {known}",
        "en": "--upt: {unit} has no plan in {week} — units planned: {known}",
    },
    # --- message: what the spinner says while slow work runs (cli/common.busy) ---
    "message.busy.report": {
        "id": "menyusun laporan dan grafiknya…",
        "en": "drawing the report and its charts…",
    },
    "message.busy.slides": {
        "id": "menyusun salindia dan grafiknya…",
        "en": "drawing the slides and their charts…",
    },
    "message.busy.plan": {
        "id": "menyusun rencana {week} untuk {n} unit…",
        "en": "planning {week} for {n} units…",
    },
    "message.busy.evaluate": {
        "id": "mengevaluasi {n} unit untuk {period}…",
        "en": "evaluating {n} units for {period}…",
    },
    "message.busy.read": {"id": "membaca {period}…", "en": "reading {period}…"},
    "message.busy.insights": {"id": "menulis wawasan…", "en": "writing insights…"},
    # --- message: the registry's cross-checks (registry.py) ---
    "message.registry.not_mapping": {
        "id": (
            "registri harus berupa pemetaan dengan kunci settings, pillars, upts, ideas, "
            "criteria, dan events — mulailah dari `smrt init`"
        ),
        "en": (
            "the registry must be a mapping with the keys settings, pillars, upts, ideas, "
            "criteria and events — start from `smrt init`"
        ),
    },
    "message.registry.duplicate_id": {
        "id": "id {id} ganda — setiap entri {key} memerlukan id sendiri; ganti salah satunya",
        "en": "duplicate id {id} — every {key} entry needs its own id; rename one",
    },
    "message.registry.unknown.upts": {
        "id": "unit {value} tidak dikenal — {hint}",
        "en": "unknown unit {value} — {hint}",
    },
    "message.registry.unknown.pillars": {
        "id": "pilar {value} tidak dikenal — {hint}",
        "en": "unknown pillar {value} — {hint}",
    },
    "message.registry.unknown.capabilities": {
        "id": "kemampuan {value} tidak dikenal — {hint}",
        "en": "unknown capability {value} — {hint}",
    },
    "message.registry.unknown.events": {
        "id": "acara {value} tidak dikenal — {hint}",
        "en": "unknown event {value} — {hint}",
    },
    "message.registry.unknown.campaigns": {
        "id": "kampanye {value} tidak dikenal — {hint}",
        "en": "unknown campaign {value} — {hint}",
    },
    "message.registry.define_under": {
        "id": "definisikan dulu di {where}",
        "en": "define it under {where} first",
    },
    "message.registry.campaign_events": {
        "id": "events dengan kind: campaign",
        "en": "events with kind: campaign",
    },
    "message.registry.timezone": {
        "id": "zona waktu {value} tidak dikenal — gunakan nama IANA seperti {example}",
        "en": "unknown time zone {value} — use an IANA name such as {example}",
    },
    "message.registry.no_zero_grade": {
        "id": (
            "tidak ada predikat yang dimulai dari 0 — tambahkan rentang dengan `min: 0` untuk "
            "yang terendah"
        ),
        "en": "no grade starts at 0 — add a band with `min: 0` for the lowest",
    },
    "message.registry.two_grades": {
        "id": "dua predikat dimulai dari {min}",
        "en": "two grades start at {min}",
    },
    "message.registry.shares_sum": {
        "id": "jumlah nilai target_share {total}, bukan 100 — sesuaikan agar berjumlah 100",
        "en": "target_share values add up to {total}, not 100 — adjust them so they sum to 100",
    },
    "message.registry.weights_sum": {
        "id": "jumlah bobot {total}, bukan 100 — sesuaikan agar berjumlah 100",
        "en": "weights add up to {total}, not 100 — adjust them so they sum to 100",
    },
    "message.registry.target_no_account": {
        "id": (
            "ada target untuk {platform} tetapi tidak ada akun {platform} — tambahkan akunnya "
            "di `accounts` atau hapus targetnya"
        ),
        "en": (
            "a target for {platform} but no {platform} account — add it under `accounts` or "
            "remove the target"
        ),
    },
    "message.registry.no_posting_time": {
        "id": "tidak ada jam unggah untuk {platform} — tambahkan di settings.posting_times",
        "en": "no posting time for {platform} — add one under settings.posting_times",
    },
    "message.registry.duplicate_member": {
        "id": (
            "id anggota {id} ganda — setiap anggota unit memerlukan id sendiri; ganti salah satunya"
        ),
        "en": "duplicate member id {id} — every member of a unit needs its own id; rename one",
    },
    "message.registry.member_capability": {
        "id": (
            "{cap} tidak termasuk kemampuan unit — tambahkan juga ke `capabilities` unit, atau "
            "hapus di sini"
        ),
        "en": (
            "{cap} is not among the unit's capabilities — add it to the unit's `capabilities` "
            "too, or remove it here"
        ),
    },
    # --- message: an assessors' scores file (scores.py) ---
    "message.scores.not_mapping": {
        "id": (
            "berkas skor berupa pemetaan dengan `period:` dan `scores:` (daftar {upt, "
            "criterion, score, evidence, assessor})"
        ),
        "en": (
            "a scores file is a mapping with `period:` and `scores:` (a list of {upt, "
            "criterion, score, evidence, assessor})"
        ),
    },
    "message.scores.known": {"id": "yang dikenal: {names}", "en": "known: {names}"},
    "message.scores.period": {
        "id": (
            "berkas ini menilai periode {given}, tetapi evaluasinya untuk {period} — gunakan "
            "berkas skor periode itu atau perbaiki `period:`"
        ),
        "en": (
            "this file scores period {given} but the evaluation is for {period} — use the "
            "scores file of that period or fix `period:`"
        ),
    },
    "message.scores.unknown_unit": {
        "id": "unit {value} tidak dikenal — {hint}",
        "en": "unknown unit {value} — {hint}",
    },
    "message.scores.unknown_criterion": {
        "id": "kriteria {value} tidak dikenal — {hint}",
        "en": "unknown criterion {value} — {hint}",
    },
    "message.scores.not_manual": {
        "id": (
            "kriteria {value} diukur dari {source}, bukan dinilai asesor — kriteria penilaian "
            "asesor: {manual}"
        ),
        "en": (
            "criterion {value} is measured from {source}, not scored by assessors — manual "
            "criteria: {manual}"
        ),
    },
    "message.scores.off_scale": {
        "id": "skor {score} di luar skala {criterion} ({low}-{high}) — berikan skor pada skala itu",
        "en": (
            "score {score} is outside the scale of {criterion} ({low}-{high}) — give a score "
            "on that scale"
        ),
    },
    "message.scores.twice": {
        "id": "{unit} sudah punya skor untuk {criterion} — simpan satu skor per unit dan kriteria",
        "en": "{unit} already has a score for {criterion} — keep one score per unit and criterion",
    },
    "message.scores.blank": {
        "id": "teksnya kosong — tulis siapa yang menilai, atau dasar skornya",
        "en": "the text is blank — write who scored, or what the score rests on",
    },
    # --- message: a value a registry, plan or scores file cannot hold (models.py validators) ---
    "message.value.not_time_of_day": {
        "id": '{value} bukan jam — tulis sebagai "HH:MM", mis. "09:00"',
        "en": '{value} is not a time of day — write it as "HH:MM", e.g. "09:00"',
    },
    "message.value.bad_id": {
        "id": (
            "{value} bukan id yang sah — gunakan huruf kecil, angka, dan tanda hubung, diawali "
            "huruf atau angka (misalnya 'ksop-bitung')"
        ),
        "en": (
            "{value} is not a valid id — use lower-case letters, digits and hyphens, starting "
            "with a letter or digit (for example 'ksop-bitung')"
        ),
    },
    "message.value.long_id": {
        "id": "panjang id {n} karakter — id paling panjang {most}; persingkat",
        "en": "the id is {n} characters long — an id may have at most {most}; shorten it",
    },
    "message.value.not_time": {
        "id": '{value} bukan jam — tulis sebagai "HH:MM", misalnya "09:00"',
        "en": '{value} is not a time — write it as "HH:MM", for example "09:00"',
    },
    "message.value.not_month_day": {
        "id": '{value} bukan bulan dan tanggal — tulis sebagai "MM-DD", mis. "09-23"',
        "en": '{value} is not a month and day — write it as "MM-DD", e.g. "09-23"',
    },
    "message.value.never": {
        "id": (
            "{value} tidak pernah ada — bulan {month} tidak punya tanggal {day}; periksa tanggalnya"
        ),
        "en": "{value} never happens — month {month} has no day {day}; check the date",
    },
    "message.value.blank": {
        "id": "nilainya kosong — tulis sesuatu di sini, atau hapus entri ini",
        "en": "the value is blank — write something here, or remove the entry",
    },
    "message.value.long": {
        "id": "{n} karakter — paling banyak {most} yang muat di sini; persingkat",
        "en": "{n} characters — at most {most} fit here; shorten it",
    },
    "message.value.unknown_language": {
        "id": "bahasa {value} tidak dikenal — teks per bahasa memakai kunci 'id' dan 'en'",
        "en": "unknown language {value} — per-language text takes the keys 'id' and 'en'",
    },
    "message.value.no_language": {
        "id": "teks per bahasa kosong — berikan setidaknya 'id'",
        "en": "per-language text is empty — give at least 'id'",
    },
    "message.value.not_string": {
        "id": "teks {lang} harus berupa string — beri tanda petik",
        "en": "the {lang} text must be a string — put it in quotes",
    },
    "message.value.not_text": {
        "id": "seharusnya teks: string, atau peta bahasa seperti {id: ..., en: ...}",
        "en": "expected text: a string, or a map of languages such as {id: ..., en: ...}",
    },
    "message.value.what.text": {"id": "teks", "en": "text"},
    "message.value.what.lang": {"id": "teks {lang}", "en": "the {lang} text"},
    "message.value.empty_text": {
        "id": "{what} kosong — tulis beberapa kata di sini",
        "en": "{what} is empty — write some words here",
    },
    "message.value.long_text": {
        "id": "{what} berisi {n} karakter — paling banyak {most} yang muat di sini; persingkat",
        "en": "{what} has {n} characters — at most {most} fit here; shorten it",
    },
    "message.value.close_after_open": {
        "id": "`close` harus lebih lambat daripada `open` pada hari yang sama",
        "en": "`close` must be later than `open` on the same day",
    },
    "message.value.not_nip": {
        "id": (
            "{value} bukan NIP — tulis 18 digitnya, dikelompokkan atau tidak, misalnya "
            '"19800101 200501 1 001"'
        ),
        "en": (
            "{value} is not a NIP — write its 18 digits, grouped or not, for example "
            '"19800101 200501 1 001"'
        ),
    },
    "message.value.scale_order": {
        "id": "scale.max harus lebih besar daripada scale.min",
        "en": "scale.max must be greater than scale.min",
    },
    "message.value.manual_scale": {
        "id": "kriteria penilaian asesor memerlukan scale: {min: 1, max: 5}",
        "en": "a manual criterion needs scale: {min: 1, max: 5}",
    },
    "message.value.target_or_bands": {
        "id": "berikan tepat satu dari `target` atau `bands` untuk memetakan nilai ke 0-100",
        "en": "give exactly one of `target` or `bands` to map the value to 0-100",
    },
    "message.value.target_zero": {
        "id": "`target` dan `zero` harus berbeda",
        "en": "`target` and `zero` must differ",
    },
    "message.value.nth": {
        "id": "nth harus 1..5 (pertama..kelima) atau -1..-5 (terakhir..kelima dari akhir)",
        "en": "nth must be 1..5 (first..fifth) or -1..-5 (last..fifth from last)",
    },
    "message.value.period_both": {
        "id": "periode memerlukan `start` dan `end`",
        "en": "a period needs both `start` and `end`",
    },
    "message.value.end_before_start": {
        "id": "`end` sebelum `start`",
        "en": "`end` is before `start`",
    },
    "message.value.one_date": {
        "id": (
            'berikan tepat satu tanggal: `fixed: "MM-DD"`, `date: YYYY-MM-DD`, `rule: '
            "{month, weekday, nth}`, atau `start` dan `end`"
        ),
        "en": (
            'give exactly one date: `fixed: "MM-DD"`, `date: YYYY-MM-DD`, `rule: {month, '
            "weekday, nth}` or `start` and `end`"
        ),
    },
    # --- message: the column heads and lines of the tables commands print (cli/*) ---
    "message.table.upt": {"id": "upt", "en": "upt"},
    "message.table.platform": {"id": "platform", "en": "platform"},
    "message.table.period": {"id": "periode", "en": "period"},
    "message.table.posts": {"id": "unggahan", "en": "posts"},
    "message.table.interactions": {"id": "interaksi", "en": "interactions"},
    "message.table.reach": {"id": "jangkauan", "en": "reach"},
    "message.table.views": {"id": "tayangan", "en": "views"},
    "message.table.data": {"id": "data", "en": "data"},
    "message.table.days_of": {"id": "hari dari {period}", "en": "days of {period}"},
    "message.table.all": {"id": "semua", "en": "all"},
    "message.table.covered": {"id": "tercakup", "en": "covered"},
    "message.table.unit": {"id": "unit", "en": "unit"},
    "message.table.items": {"id": "butir", "en": "items"},
    "message.table.hours_capacity": {"id": "jam/kapasitas", "en": "hours/capacity"},
    "message.table.shortfalls": {"id": "kekurangan", "en": "shortfalls"},
    "message.table.more_units": {"id": "… {n} unit lainnya", "en": "… {n} more units"},
    "message.table.with_shortfalls": {"id": "{n} dengan kekurangan", "en": "{n} with shortfalls"},
    "message.table.id": {"id": "id", "en": "id"},
    "message.table.name": {"id": "nama", "en": "name"},
    "message.table.type": {"id": "jenis", "en": "type"},
    "message.table.city": {"id": "kota", "en": "city"},
    "message.table.hours_week": {"id": "jam/pekan", "en": "hours/week"},
    "message.table.posts_week": {"id": "unggahan/pekan", "en": "posts/week"},
    "message.table.title": {"id": "judul", "en": "title"},
    "message.table.pillar": {"id": "pilar", "en": "pillar"},
    "message.table.formats": {"id": "format", "en": "formats"},
    "message.table.platforms": {"id": "platform", "en": "platforms"},
    "message.table.hours": {"id": "jam", "en": "hours"},
    "message.table.account_days": {
        "id": "hari tingkat akun: {days}",
        "en": "account-level days: {days}",
    },
    "message.table.inbound": {"id": "pesan masuk: {n}", "en": "inbound messages: {n}"},
    "message.table.hoaxes": {
        "id": "hoaks dalam register: {n}",
        "en": "hoaxes in the register: {n}",
    },
    # --- help: `--help` of every command, keyed by its English (cli/helptext.py) ---
    # The English is the text beside each option in cli/*; a text several commands share
    # is keyed after the first; Click's own words at the end.
    "help.smrt": {
        "id": (
            "Merencanakan, mengevaluasi, dan melaporkan kerja media sosial unit SMRT Hubla "
            "dari satu registri YAML.\n"
            "\n"
            "Contoh: smrt plan week --week next"
        ),
        "en": (
            "Plan, evaluate and report the social-media work of Hubla's SMRT units from one "
            "YAML registry.\n"
            "\n"
            "Example: smrt plan week --week next"
        ),
    },
    "help.smrt.epilog": {
        "id": "Kode keluar: 0 berhasil, 1 gagal saat bekerja, 2 penggunaan atau masukan salah.",
        "en": "Exit codes: 0 success, 1 failure while working, 2 bad usage or bad input.",
    },
    "help.smrt.workspace": {
        "id": "Folder kerja (plans/, evaluations/, reports/, smrt.db, data/upt.yaml).",
        "en": "Workspace folder (plans/, evaluations/, reports/, smrt.db, data/upt.yaml).",
    },
    "help.smrt.data": {
        "id": "Berkas registri; bawaan WORKSPACE/data/upt.yaml, jika tidak ada, contoh bawaan.",
        "en": "Registry file; default WORKSPACE/data/upt.yaml, else the bundled sample.",
    },
    "help.smrt.lang": {
        "id": (
            "Bahasa pesan dan galat: id atau en (bawaan: bahasa registri, jika tidak ada, "
            "Inggris). --lang milik suatu perintah juga menentukan bahasa berkas yang "
            "ditulisnya."
        ),
        "en": (
            "Language of messages and errors: id or en (default: the registry's, else "
            "English). A command's own --lang also sets the language of what it writes."
        ),
    },
    "help.smrt.version": {
        "id": "Tampilkan versi.",
        "en": "Show the version.",
    },
    "help.validate": {
        "id": (
            "Periksa registri dan laporkan setiap masalah dengan BERKAS:BARIS:KOLOM.\n"
            "\n"
            "Contoh: smrt validate data/upt.yaml"
        ),
        "en": (
            "Check a registry and report every problem with FILE:LINE:COLUMN.\n"
            "\n"
            "Example: smrt validate data/upt.yaml"
        ),
    },
    "help.validate.file": {
        "id": "Registri yang diperiksa; bawaan registri folder kerja.",
        "en": "Registry to check; default the workspace's.",
    },
    "help.init": {
        "id": (
            "Mulai folder kerja dengan salinan registri contoh; tidak pernah menimpa.\n"
            "\n"
            "Contoh: smrt init sulut && cd sulut && smrt validate"
        ),
        "en": (
            "Start a workspace with a copy of the sample registry; never overwrites.\n"
            "\n"
            "Example: smrt init sulut && cd sulut && smrt validate"
        ),
    },
    "help.init.summary": {
        "id": "Mulai folder kerja dengan salinan registri contoh.",
        "en": "Start a workspace with a copy of the sample registry.",
    },
    "help.init.directory": {
        "id": (
            "Folder untuk folder kerja baru; bawaan folder kerja (-w), jika tidak ada, folder ini."
        ),
        "en": "Folder for the new workspace; default the workspace (-w), else here.",
    },
    "help.schema": {
        "id": (
            "Cetak JSON Schema registri (untuk pelengkapan dan pemeriksaan di penyunting).\n"
            "\n"
            "Contoh: smrt schema > data/registry.schema.json"
        ),
        "en": (
            "Print the JSON Schema of the registry (for editors' completion and checks).\n"
            "\n"
            "Example: smrt schema > data/registry.schema.json"
        ),
    },
    "help.schema.summary": {
        "id": "Cetak JSON Schema registri.",
        "en": "Print the JSON Schema of the registry.",
    },
    "help.upt": {
        "id": "Unit (UPT) dalam registri.\n\nContoh: smrt upt list --json",
        "en": "The units (UPT) in the registry.\n\nExample: smrt upt list --json",
    },
    "help.upt.list": {
        "id": "Daftar unit dalam registri.\n\nContoh: smrt upt list --json",
        "en": "List the units in the registry.\n\nExample: smrt upt list --json",
    },
    "help.upt.list.as_json": {
        "id": "Cetak larik JSON.",
        "en": "Print a JSON array.",
    },
    "help.ideas": {
        "id": "Bank ide konten.\n\nContoh: smrt ideas list --pillar kontra-hoaks",
        "en": "The content-idea bank.\n\nExample: smrt ideas list --pillar kontra-hoaks",
    },
    "help.ideas.list": {
        "id": "Daftar bank ide konten.\n\nContoh: smrt ideas list --pillar layanan-publik",
        "en": "List the content-idea bank.\n\nExample: smrt ideas list --pillar layanan-publik",
    },
    "help.ideas.list.pillar": {
        "id": "Hanya ide dari id pilar ini.",
        "en": "Only ideas of this pillar id.",
    },
    "help.plan": {
        "id": "Rencana konten mingguan.\n\nContoh: smrt plan week --week next",
        "en": "Weekly content plans.\n\nExample: smrt plan week --week next",
    },
    "help.plan.week": {
        "id": (
            "Tulis rencana konten pekan depan untuk setiap unit dan ringkasan wilayah "
            "(Markdown).\n"
            "\n"
            "Menulis OUT/<YYYY>-W<ww>/: README.md, satu <unit-id>.md per unit, dan "
            "plan.json.\n"
            "\n"
            "Berkas plan.json pekan-pekan sebelumnya di OUT menjadi riwayat untuk masa jeda "
            "dan rotasi.\n"
            "Dengan penyimpanan metrik (smrt.db), waktu unggah diambil dari waktu terbaik "
            "tiap unit, dan\n"
            "ide, format, serta pilar yang berhasil lebih diutamakan; ide yang "
            "direkomendasikan evaluasi\n"
            "terakhir didahulukan bila cocok.\n"
            "\n"
            "Contoh: smrt plan week --week 2026-W49"
        ),
        "en": (
            "Write next week's content plan for every unit and a regional overview "
            "(Markdown).\n"
            "\n"
            "Writes OUT/<YYYY>-W<ww>/: README.md, one <unit-id>.md per unit, and plan.json.\n"
            "\n"
            "Earlier weeks' plan.json files under OUT are the history for cooldowns and "
            "rotation.\n"
            "With a metrics store (smrt.db), posting times come from each unit's best times "
            "and ideas,\n"
            "formats and pillars that did well are preferred; the last evaluation's "
            "recommended ideas\n"
            "go first where they fit.\n"
            "\n"
            "Example: smrt plan week --week 2026-W49"
        ),
    },
    "help.plan.week.summary": {
        "id": "Rencanakan satu pekan untuk setiap unit, dengan ringkasan wilayah.",
        "en": "Plan a week for every unit, with a regional overview.",
    },
    "help.plan.week.week": {
        "id": (
            "Pekan ISO yang direncanakan: 2026-W49, 2026-W1 atau 'next'. Bawaan: pekan "
            "setelah pekan ini."
        ),
        "en": "ISO week to plan: 2026-W49, 2026-W1 or 'next'. Default: the week after today's.",
    },
    "help.plan.week.date": {
        "id": "Rencanakan pekan ISO yang memuat hari ini (YYYY-MM-DD).",
        "en": "Plan the ISO week that holds this day (YYYY-MM-DD).",
    },
    "help.plan.week.unit": {
        "id": (
            "Hanya id unit ini; ulangi untuk beberapa unit. Bawaan: setiap unit. Pada pekan "
            "yang sudah direncanakan (dengan --force), rencana unit lain dipertahankan."
        ),
        "en": (
            "Only this unit id; repeat for several. Default: every unit. In a week already "
            "planned (with --force), the other units' plans are kept."
        ),
    },
    "help.plan.week.out": {
        "id": "Folder rencana; bawaan WORKSPACE/plans.",
        "en": "Folder for the plans; default WORKSPACE/plans.",
    },
    "help.plan.week.lang": {
        "id": "Bahasa keluaran dan pesan: id atau en (bawaan: bahasa registri).",
        "en": "Language of the output and of messages: id or en (default: the registry's).",
    },
    "help.plan.week.force": {
        "id": (
            "Ganti rencana pekan itu bila sudah ada. Ekspor yang ditulis smrt ke foldernya "
            "dari rencana lama (plan.csv, plan.ics, plan-UNIT.*) dihapus, dengan catatan "
            "cara mengekspornya lagi; berkas lain di sana tetap."
        ),
        "en": (
            "Replace the week's plan if it exists. Exports smrt wrote into its folder from "
            "the old plan (plan.csv, plan.ics, plan-UNIT.*) are removed, with a note saying "
            "how to export them again; other files there stay."
        ),
    },
    "help.plan.week.as_json": {
        "id": "Cetak isi plan.json, bukan tabel.",
        "en": "Print plan.json's content instead of the table.",
    },
    "help.plan.week.no_learn": {
        "id": (
            "Rencanakan dari registri saja: tanpa waktu terbaik atau lift dari smrt.db, "
            "tanpa ide dari rekomendasi evaluasi terakhir."
        ),
        "en": (
            "Plan from the registry alone: no best times or lifts from smrt.db, no ideas "
            "from the last evaluation's recommendations."
        ),
    },
    "help.plan.approve": {
        "id": (
            "Setujui rencana satu pekan: dokumen dan ekspornya bertanda DRAF sampai saat "
            "itu.\n"
            "\n"
            "Mencatat siapa yang menyetujui, kapan (SOURCE_DATE_EPOCH bila diatur) dan "
            "SHA-256 rencana\n"
            "yang disetujui di plan.json, lalu menulis ulang Markdown pekan itu dengan "
            "persetujuannya.\n"
            "Merencanakan pekan itu lagi membatalkan persetujuan.\n"
            "\n"
            'Contoh: smrt plan approve --week 2026-W49 --by "Kepala KSOP Kelas II Bitung"'
        ),
        "en": (
            "Approve a week's plan: its documents and exports say DRAF until then.\n"
            "\n"
            "Records who approved, when (SOURCE_DATE_EPOCH when set) and the SHA-256 of the "
            "plan\n"
            "approved in plan.json, and writes the week's Markdown again to carry the "
            "approval.\n"
            "Planning the week again voids the approval.\n"
            "\n"
            'Example: smrt plan approve --week 2026-W49 --by "Kepala KSOP Kelas II Bitung"'
        ),
    },
    "help.plan.approve.summary": {
        "id": "Setujui rencana satu pekan (dokumennya bertanda DRAF sampai saat itu).",
        "en": "Approve a week's plan (its documents say DRAF until then).",
    },
    "help.plan.approve.week": {
        "id": "Pekan ISO rencana, misalnya 2026-W49.",
        "en": "ISO week of the plan, e.g. 2026-W49.",
    },
    "help.plan.approve.by": {
        "id": "Yang menyetujui: nama dan jabatan, seperti yang akan tertulis di dokumen.",
        "en": "Who approves: a name and title, as the documents should show it.",
    },
    "help.plan.approve.unit": {
        "id": "Setujui rencana unit ini saja.",
        "en": "Approve only this unit's plan.",
    },
    "help.metrics": {
        "id": (
            "Ekspor platform: impor ke penyimpanan dan ringkas.\n"
            "\n"
            "Contoh: smrt metrics import --upt ksop-bitung posts_fb.csv"
        ),
        "en": (
            "Platform exports: import them into the store and summarise.\n"
            "\n"
            "Example: smrt metrics import --upt ksop-bitung posts_fb.csv"
        ),
    },
    "help.metrics.import": {
        "id": (
            "Impor ekspor platform ke WORKSPACE/smrt.db; impor ulang tidak pernah menghitung "
            "dua kali.\n"
            "\n"
            "Setiap berkas dikenali dan diperiksa lebih dulu; lalu semuanya diimpor dalam "
            "satu\n"
            "transaksi: baris yang salah berhenti dengan BERKAS:BARIS dan tidak ada isi "
            "berkas yang disimpan.\n"
            "\n"
            "Setiap impor mencatat hari yang dicakupnya: --from/--to, jika tidak ada, "
            "rentang pada nama\n"
            "berkas (X, Meta Business Suite, YouTube Studio), jika tidak ada, hari pertama "
            "dan terakhir barisnya.\n"
            "\n"
            "\b\n"
            "Format (lihat docs/metrics-formats.md):\n"
            "  meta-facebook    Meta Business Suite, unggahan Facebook\n"
            "  meta-instagram   Meta Business Suite, unggahan Instagram\n"
            "  x-legacy         aktivitas tweet X (lama)\n"
            "  x-legacy-daily   aktivitas akun X per hari (lama; pengikut baru)\n"
            "  x-content        ekspor konten X\n"
            '  youtube          YouTube Studio "Table data.csv"\n'
            '  tiktok-overview  TikTok "Overview.csv" (perlu --year)\n'
            "  canonical        CSV unggahan smrt (smrt metrics template)\n"
            "  accounts         CSV hari akun smrt (pengikut per hari)\n"
            "  inbound          CSV pesan masuk smrt\n"
            "  hoax-register    CSV register hoaks smrt (hoaks yang ditemukan dan "
            "diklarifikasi)\n"
            "\n"
            'Contoh: smrt metrics import --upt ksop-bitung posts_fb.csv "Table data.csv"'
        ),
        "en": (
            "Import platform exports into WORKSPACE/smrt.db; re-importing never "
            "double-counts.\n"
            "\n"
            "Every file is recognised and checked first; then all of them are imported in "
            "one\n"
            "transaction: a bad row stops with FILE:LINE and nothing of any file is kept.\n"
            "\n"
            "Each import records the days it covers: --from/--to, else the range in the file "
            "name\n"
            "(X, Meta Business Suite, YouTube Studio), else its rows' first and last day.\n"
            "\n"
            "\b\n"
            "Formats (see docs/metrics-formats.md):\n"
            "  meta-facebook    Meta Business Suite, Facebook posts\n"
            "  meta-instagram   Meta Business Suite, Instagram posts\n"
            "  x-legacy         X tweet activity (legacy)\n"
            "  x-legacy-daily   X account activity by day (legacy; new followers)\n"
            "  x-content        X content export\n"
            '  youtube          YouTube Studio "Table data.csv"\n'
            '  tiktok-overview  TikTok "Overview.csv" (needs --year)\n'
            "  canonical        smrt's posts CSV (smrt metrics template)\n"
            "  accounts         smrt's account days CSV (followers per day)\n"
            "  inbound          smrt's inbound messages CSV\n"
            "  hoax-register    smrt's hoax register CSV (hoaxes found and clarified)\n"
            "\n"
            'Example: smrt metrics import --upt ksop-bitung posts_fb.csv "Table data.csv"'
        ),
    },
    "help.metrics.import.files": {
        "id": "Berkas ekspor (CSV) yang diimpor.",
        "en": "Export files (CSV) to import.",
    },
    "help.metrics.import.unit": {
        "id": "Unit pemilik berkas (tidak perlu bila ada kolom upt).",
        "en": "Unit the files belong to (not needed with a upt column).",
    },
    "help.metrics.import.format_": {
        "id": (
            "Baca berkas sebagai format ini (lihat Format di atas), bukan dikenali dari tajuknya."
        ),
        "en": (
            "Read the files as this format (see Formats above) instead of recognising the header."
        ),
    },
    "help.metrics.import.year": {
        "id": "Tahun baris pertama (TikTok).",
        "en": "Year of the first row (TikTok).",
    },
    "help.metrics.import.start": {
        "id": (
            "Hari lokal pertama yang dicakup berkas (dengan --to); mengalahkan rentang pada "
            "nama berkas dan hari barisnya. Setiap baris harus berada di dalamnya."
        ),
        "en": (
            "First local day the files cover (with --to); wins over the file name's range "
            "and the rows' days. Every row must lie in it."
        ),
    },
    "help.metrics.import.end": {
        "id": "Hari lokal terakhir yang dicakup berkas.",
        "en": "Last local day the files cover.",
    },
    "help.metrics.import.json_": {
        "id": "Cetak ringkasan JSON ke stdout.",
        "en": "Print a JSON summary on stdout.",
    },
    "help.metrics.template": {
        "id": (
            "Cetak tajuk CSV kanonik (dan satu baris contoh) untuk memulai berkas secara "
            "manual.\n"
            "\n"
            "Contoh: smrt metrics template > posts.csv"
        ),
        "en": (
            "Print the canonical CSV header (and one example row) to start a file by hand.\n"
            "\n"
            "Example: smrt metrics template > posts.csv"
        ),
    },
    "help.metrics.show": {
        "id": (
            "Ringkas isi penyimpanan per unit, platform dan bulan (waktu lokal unit).\n"
            "\n"
            "Interaksi adalah reaksi + komentar + bagikan + simpan; klik dan tayangan tidak "
            "termasuk.\n"
            "Tayangan adalah tayangan unggahan (atau impresi, bila ekspor menghitung itu); "
            '"-" adalah\n'
            "angka yang tidak dilaporkan ekspor, bukan nol.\n"
            "\n"
            "Di bawah tabel: hari tingkat akun (TikTok) dan pesan masuk tiap unit.\n"
            "\n"
            "Contoh: smrt metrics show --period 2026-11 --json"
        ),
        "en": (
            "Summarise what the store holds per unit, platform and month (unit's local "
            "time).\n"
            "\n"
            "Interactions are reactions + comments + shares + saves; clicks and views are "
            "not.\n"
            'Views are the post\'s views (or impressions, where the export counts those); "-" '
            "is a\n"
            "figure the export does not report, which is not a zero.\n"
            "\n"
            "Under the table: each unit's account-level days (TikTok) and inbound messages.\n"
            "\n"
            "Example: smrt metrics show --period 2026-11 --json"
        ),
    },
    "help.metrics.show.unit": {
        "id": "Hanya unit ini.",
        "en": "Only this unit.",
    },
    "help.metrics.show.period": {
        "id": "Hanya bulan ini, YYYY-MM (waktu lokal).",
        "en": "Only this month, YYYY-MM (local time).",
    },
    "help.metrics.show.json_": {
        "id": "Larik JSON ke stdout.",
        "en": "A JSON array on stdout.",
    },
    "help.metrics.coverage": {
        "id": (
            "Tampilkan, per unit dan platform, hari yang dicakup ekspor yang diimpor.\n"
            "\n"
            "Evaluasi hanya menghitung hari-hari ini: platform tanpa cakupan pada periode "
            "itu\n"
            '"tidak ada data" untuk platform tersebut, bukan nol unggahan. "inbound" adalah '
            "log pesan.\n"
            "\n"
            "Contoh: smrt metrics coverage --period 2026-Q4"
        ),
        "en": (
            "Show, per unit and platform, the days the imported exports cover.\n"
            "\n"
            "The evaluation counts only these days: a platform without coverage in the "
            "period is\n"
            '"no data" for that platform, never zero posts. "inbound" is the message log.\n'
            "\n"
            "Example: smrt metrics coverage --period 2026-Q4"
        ),
    },
    "help.metrics.coverage.period": {
        "id": (
            "Satu bulan (YYYY-MM), satu triwulan (YYYY-Qn) atau rentang "
            "(YYYY-MM-DD..YYYY-MM-DD); tanpa ini, setiap hari yang dicakup impor mana pun."
        ),
        "en": (
            "A month (YYYY-MM), a quarter (YYYY-Qn) or a range (YYYY-MM-DD..YYYY-MM-DD); "
            "without it, every day any import covers."
        ),
    },
    "help.evaluate": {
        "id": "Evaluasi kerja unit.\n\nContoh: smrt evaluate upt --period 2026-10",
        "en": "Evaluate the units' work.\n\nExample: smrt evaluate upt --period 2026-10",
    },
    "help.evaluate.upt": {
        "id": (
            "Nilai setiap unit terhadap kriteria registri untuk satu bulan, triwulan atau "
            "rentang tanggal.\n"
            "\n"
            "Membaca smrt.db, plans/ dan --scores; menulis OUT/<period>/README.md, "
            "<unit-id>.md, JSON.\n"
            "\n"
            'Kriteria tanpa data adalah "tidak ada data", bukan nol. Hanya hari yang dicakup '
            "ekspor\n"
            "yang diimpor yang dihitung, per unit dan platform (lihat `smrt metrics "
            "coverage`).\n"
            "\n"
            "Contoh: smrt evaluate upt --period 2026-10 --scores skor-2026-10.yaml"
        ),
        "en": (
            "Score every unit against the registry's criteria for a month, quarter or date "
            "range.\n"
            "\n"
            "Reads smrt.db, plans/ and --scores; writes OUT/<period>/README.md, "
            "<unit-id>.md, JSON.\n"
            "\n"
            'A criterion without data is "no data", never a zero. Only the days the imported\n'
            "exports cover count, per unit and platform (see `smrt metrics coverage`).\n"
            "\n"
            "Example: smrt evaluate upt --period 2026-10 --scores skor-2026-10.yaml"
        ),
    },
    "help.evaluate.upt.ids": {
        "id": (
            "Unit yang ditampilkan dengan --json; tanpa ini, setiap unit. Berkas selalu "
            "mencakup seluruh wilayah sehingga peringkat membandingkan setiap unit dan tidak "
            "ada berkas unit yang hilang."
        ),
        "en": (
            "Units to show with --json; none means every unit. The files always cover the "
            "whole region, so ranks compare every unit and no unit's file is lost."
        ),
    },
    "help.evaluate.upt.all_": {
        "id": "Evaluasi setiap unit (bawaan).",
        "en": "Evaluate every unit (the default).",
    },
    "help.evaluate.upt.period": {
        "id": "Satu bulan: YYYY-MM, misalnya 2026-10.",
        "en": "A month: YYYY-MM, e.g. 2026-10.",
    },
    "help.evaluate.upt.quarter": {
        "id": "Satu triwulan: YYYY-Qn, misalnya 2026-Q4.",
        "en": "A quarter: YYYY-Qn, e.g. 2026-Q4.",
    },
    "help.evaluate.upt.start": {
        "id": "Hari pertama rentang tanggal (YYYY-MM-DD).",
        "en": "First day of a date range (YYYY-MM-DD).",
    },
    "help.evaluate.upt.end": {
        "id": "Hari terakhir rentang tanggal (YYYY-MM-DD).",
        "en": "Last day of a date range (YYYY-MM-DD).",
    },
    "help.evaluate.upt.scores": {
        "id": (
            "Nilai manual penilai (YAML) untuk periode ini. Tanpa ini, nilai evaluasi "
            "periode itu sebelumnya dipertahankan."
        ),
        "en": (
            "Assessors' manual scores (YAML) for this period. Without it, the scores of the "
            "period's earlier evaluation are kept."
        ),
    },
    "help.evaluate.upt.out": {
        "id": "Folder keluaran; bawaan WORKSPACE/evaluations.",
        "en": "Output folder; default WORKSPACE/evaluations.",
    },
    "help.evaluate.upt.as_json": {
        "id": "Cetak evaluasi sebagai JSON; tidak menulis berkas.",
        "en": "Print the evaluation as JSON; write no files.",
    },
    "help.evaluate.upt.force": {
        "id": "Ganti berkas hasil proses sebelumnya untuk periode ini.",
        "en": "Replace the files of an earlier run of this period.",
    },
    "help.inbox": {
        "id": (
            "Daftar pesan terbuka per unit, yang tertua lebih dulu, dan target yang sudah "
            "dilewatinya.\n"
            "\n"
            "Terbuka: pesan tanpa balasan, atau pengaduan yang belum ditutup. Waktu tunggu "
            "dihitung dalam\n"
            "jam kantor (office_hours unit, dikurangi hari libur nasional dan cuti bersama); "
            "targetnya\n"
            "dari settings.response di registri.\n"
            "\n"
            "Kode keluar: 0 tidak ada yang terlambat, 1 ada pesan yang terlambat (untuk "
            "cron), 2 masukan salah.\n"
            "\n"
            "Contoh: smrt inbox --upt upp-likupang --as-of 2026-12-04T16:00"
        ),
        "en": (
            "List the open messages per unit, oldest first, and the targets they have "
            "passed.\n"
            "\n"
            "Open: a message without a reply, or a complaint not closed. Waiting time counts "
            "office\n"
            "hours (the unit's office_hours, less public holidays and joint leave); the "
            "targets come\n"
            "from settings.response in the registry.\n"
            "\n"
            "Exit codes: 0 nothing overdue, 1 some message is overdue (for cron), 2 bad "
            "input.\n"
            "\n"
            "Example: smrt inbox --upt upp-likupang --as-of 2026-12-04T16:00"
        ),
    },
    "help.inbox.summary": {
        "id": "Pesan terbuka per unit dan target yang sudah dilewatinya.",
        "en": "The open messages per unit and the targets they passed.",
    },
    "help.inbox.unit": {
        "id": "Hanya unit ini; ulangi untuk beberapa unit.",
        "en": "Only this unit; repeat for several.",
    },
    "help.inbox.as_of": {
        "id": (
            "Nilai tunggakan pada waktu ini (YYYY-MM-DDTHH:MM, zona wilayah kecuali diberi "
            "selisih). Bawaan: SOURCE_DATE_EPOCH bila diatur, jika tidak, sekarang."
        ),
        "en": (
            "Judge the backlog at this time (YYYY-MM-DDTHH:MM, the region's zone unless an "
            "offset is given). Default: SOURCE_DATE_EPOCH if set, else now."
        ),
    },
    "help.inbox.as_json": {
        "id": "Cetak tunggakan sebagai JSON.",
        "en": "Print the backlog as JSON.",
    },
    "help.export": {
        "id": (
            "Ekspor laporan, kalender dan rencana sebagai CSV atau teks WhatsApp.\n"
            "\n"
            "Contoh: smrt export report --period 2026-11 --format docx"
        ),
        "en": (
            "Export the report, the calendar and the plan as CSV or WhatsApp text.\n"
            "\n"
            "Example: smrt export report --period 2026-11 --format docx"
        ),
    },
    "help.export.summary": {
        "id": "Ekspor laporan, kalender dan rencana.",
        "en": "Export the report, the calendar and the plan.",
    },
    "help.export.report": {
        "id": (
            "Tulis laporan wilayah untuk rapat koordinasi, dengan grafik.\n"
            "\n"
            "Membaca WORKSPACE/evaluations/PERIOD/evaluation.json dan rencana --week: PERIOD "
            "adalah\n"
            "label yang diberikan `smrt evaluate upt`: 2026-11 untuk --period 2026-11, "
            "2026-Q4 untuk --quarter\n"
            "2026-Q4, 2026-11-25_2026-12-05 untuk --from 2026-11-25 --to 2026-12-05. Format "
            "mengikuti\n"
            "ekstensi -o kecuali --format menyebutkannya. Markdown juga menulis grafiknya "
            "sebagai berkas SVG ke\n"
            "FILE-files/ di samping laporan. Laporan bertanggal hari dibuatnya "
            "(SOURCE_DATE_EPOCH\n"
            "bila diatur), atas nama penanda tangan registri (settings.signatory, place, "
            "next_rakor).\n"
            "\n"
            "Contoh: smrt export report --period 2026-11 -o laporan-2026-11.docx"
        ),
        "en": (
            "Write the regional report for the coordination meeting, with charts.\n"
            "\n"
            "Reads WORKSPACE/evaluations/PERIOD/evaluation.json and the plan of --week: "
            "PERIOD is the\n"
            "label `smrt evaluate upt` gave it: 2026-11 for --period 2026-11, 2026-Q4 for "
            "--quarter\n"
            "2026-Q4, 2026-11-25_2026-12-05 for --from 2026-11-25 --to 2026-12-05. The "
            "format follows\n"
            "-o's extension unless --format says it. Markdown also writes its charts as SVG "
            "files into\n"
            "FILE-files/ beside the report. The report is dated the day it is made "
            "(SOURCE_DATE_EPOCH\n"
            "when set), under the registry's signatory (settings.signatory, place, "
            "next_rakor).\n"
            "\n"
            "Example: smrt export report --period 2026-11 -o laporan-2026-11.docx"
        ),
    },
    "help.export.report.summary": {
        "id": "Laporan wilayah untuk rapat (md, html, docx, xlsx).",
        "en": "The regional report for the meeting (md, html, docx, xlsx).",
    },
    "help.export.report.period": {
        "id": (
            "Periode yang dievaluasi, sesuai nama foldernya di WORKSPACE/evaluations: satu "
            "bulan (2026-11), satu triwulan (2026-Q4) atau rentang tanggal "
            "(2026-11-25_2026-12-05)."
        ),
        "en": (
            "Evaluated period, as its folder under WORKSPACE/evaluations is named: a month "
            "(2026-11), a quarter (2026-Q4) or a date range (2026-11-25_2026-12-05)."
        ),
    },
    "help.export.report.week": {
        "id": "Pekan rencana di lampiran; bawaan pekan sesudahnya.",
        "en": "Week of the plan in the appendix; default the week after.",
    },
    "help.export.report.fmt": {
        "id": (
            "md, html, docx, atau xlsx (evaluasi sebagai buku kerja). Bawaan: dari ekstensi "
            "-o (.md, .html, .htm, .docx, .xlsx), jika tidak ada, html."
        ),
        "en": (
            "md, html, docx, or xlsx (the evaluation as a workbook). Default: from -o's "
            "extension (.md, .html, .htm, .docx, .xlsx), else html."
        ),
    },
    "help.export.report.out": {
        "id": (
            "Berkas yang ditulis, atau - untuk stdout (md dan html). Bawaan: "
            "WORKSPACE/reports/PERIOD.EXT."
        ),
        "en": (
            "File to write, or - for stdout (md and html). Default: WORKSPACE/reports/PERIOD.EXT."
        ),
    },
    "help.export.report.evaluations": {
        "id": (
            "Folder evaluasi, sebagaimana dinamai `smrt evaluate upt --out`; bawaan "
            "WORKSPACE/evaluations."
        ),
        "en": (
            "Folder of the evaluations, as `smrt evaluate upt --out` named it; default "
            "WORKSPACE/evaluations."
        ),
    },
    "help.export.report.force": {
        "id": "Ganti berkas keluaran yang sudah ada.",
        "en": "Replace an existing output file.",
    },
    "help.export.slides": {
        "id": (
            "Tulis salindia Rakor (PowerPoint): judul, tabel peringkat, grafik nilai dan "
            "tren, hasil\n"
            "tiap unit, kelemahan umum wilayah dan tabel tindak lanjut.\n"
            "\n"
            "Tabelnya tabel asli yang dapat disunting; grafiknya grafik laporan, sebagai "
            "gambar. Bertanggal\n"
            "hari dibuatnya (SOURCE_DATE_EPOCH bila diatur).\n"
            "\n"
            "Contoh: smrt export slides --period 2026-11 -o rakor.pptx"
        ),
        "en": (
            "Write the Rakor slides (PowerPoint): title, league table, score chart and "
            "trend, each\n"
            "unit's result, the region's common weaknesses and the follow-up table.\n"
            "\n"
            "Tables are real, editable tables; the charts are the report's own, as pictures. "
            "Dated the\n"
            "day it is made (SOURCE_DATE_EPOCH when set).\n"
            "\n"
            "Example: smrt export slides --period 2026-11 -o rakor.pptx"
        ),
    },
    "help.export.slides.summary": {
        "id": "Salindia Rakor (.pptx) untuk satu periode.",
        "en": "The Rakor slides (.pptx) for a period.",
    },
    "help.export.slides.period": {
        "id": (
            "Periode yang dievaluasi, seperti pada `smrt export report`: 2026-11, 2026-Q4 "
            "atau 2026-11-25_2026-12-05."
        ),
        "en": (
            "Evaluated period, as for `smrt export report`: 2026-11, 2026-Q4 or "
            "2026-11-25_2026-12-05."
        ),
    },
    "help.export.slides.out": {
        "id": "Berkas .pptx yang ditulis. Bawaan: WORKSPACE/reports/PERIOD.pptx.",
        "en": "The .pptx file to write. Default: WORKSPACE/reports/PERIOD.pptx.",
    },
    "help.export.calendar": {
        "id": (
            "Ekspor rencana satu pekan sebagai berkas iCalendar (.ics): satu acara per slot "
            "rencana.\n"
            "\n"
            "UID acara berasal dari pekan, unit dan slot, sehingga mengimpor ekspor yang "
            "lebih baru untuk pekan\n"
            "yang sama memperbarui acaranya, bukan menggandakannya. Pekan yang direncanakan "
            "lagi (--force)\n"
            "adalah revisi berikutnya: acaranya membawa SEQUENCE itu, dan slot yang dibuang "
            "perencanaan ulang\n"
            "muncul sebagai acara batal. DTSTAMP adalah SOURCE_DATE_EPOCH bila diatur, jika "
            "tidak, Senin\n"
            "pekan itu pukul 00.00 UTC, sehingga rencana yang sama selalu menghasilkan bita "
            "yang sama.\n"
            "\n"
            "Contoh: smrt export calendar --week 2026-W49 --upt ksop-bitung -o bitung.ics"
        ),
        "en": (
            "Export a week's plan as an iCalendar (.ics) file: one event per planned slot.\n"
            "\n"
            "Event UIDs come from the week, unit and slot, so importing a newer export of "
            "the same week\n"
            "updates the events instead of duplicating them. A week planned again (--force) "
            "is the\n"
            "plan's next revision: its events carry that SEQUENCE, and the slots the re-plan "
            "dropped\n"
            "come as cancelled events. DTSTAMP is SOURCE_DATE_EPOCH when set, else the "
            "week's Monday\n"
            "00:00 UTC, so the same plan always gives the same bytes.\n"
            "\n"
            "Example: smrt export calendar --week 2026-W49 --upt ksop-bitung -o bitung.ics"
        ),
    },
    "help.export.calendar.summary": {
        "id": "Rencana satu pekan sebagai berkas iCalendar (.ics).",
        "en": "A week's plan as an iCalendar (.ics) file.",
    },
    "help.export.calendar.week": {
        "id": "Pekan ISO rencana, misalnya 2026-W49, atau 'next'.",
        "en": "ISO week of the plan, e.g. 2026-W49, or 'next'.",
    },
    "help.export.calendar.unit": {
        "id": "Hanya id unit ini.",
        "en": "Only this unit's id.",
    },
    "help.export.calendar.out": {
        "id": "Berkas yang ditulis, atau - untuk stdout. Bawaan: WORKSPACE/plans/WEEK/plan.ics.",
        "en": "File to write, or - for stdout. Default: WORKSPACE/plans/WEEK/plan.ics.",
    },
    "help.export.plan": {
        "id": (
            "Ekspor rencana satu pekan: CSV, buku kerja Excel, DOCX/HTML siap cetak, atau "
            "teks WhatsApp.\n"
            "\n"
            "Buku kerja berisi lembar wilayah dan satu lembar per unit, dengan tanggal, jam "
            "dan durasi asli;\n"
            "DOCX/HTML untuk dibaca dan ditandatangani kepala kantor. Masing-masing bertanda "
            "DRAF sampai\n"
            "`smrt plan approve`.\n"
            "\n"
            "Contoh: smrt export plan --week 2026-W49 --format whatsapp --upt upp-tahuna"
        ),
        "en": (
            "Export a week's plan: CSV, an Excel workbook, a printable DOCX/HTML, or "
            "WhatsApp text.\n"
            "\n"
            "The workbook has a region sheet and one sheet per unit, with real dates, times "
            "and hours;\n"
            "the DOCX/HTML is for the head of office to read and sign. Each says DRAF until\n"
            "`smrt plan approve`.\n"
            "\n"
            "Example: smrt export plan --week 2026-W49 --format whatsapp --upt upp-tahuna"
        ),
    },
    "help.export.plan.summary": {
        "id": "Rencana satu pekan sebagai CSV, buku kerja Excel atau pesan WhatsApp.",
        "en": "A week's plan as CSV, an Excel workbook or WhatsApp messages.",
    },
    "help.export.plan.fmt": {
        "id": (
            "csv (untuk perangkat lunak), whatsapp (teks biasa), xlsx (buku kerja untuk "
            "dibaca), atau html/docx (dokumen siap cetak untuk kepala kantor). Bawaan: dari "
            "ekstensi -o (.csv, .txt untuk whatsapp, .xlsx, .html, .docx), jika tidak ada, "
            "csv."
        ),
        "en": (
            "csv (for tools), whatsapp (plain text), xlsx (a workbook for people), or "
            "html/docx (a printable document for the head of office). Default: from -o's "
            "extension (.csv, .txt for whatsapp, .xlsx, .html, .docx), else csv."
        ),
    },
    "help.export.plan.out": {
        "id": (
            "Berkas yang ditulis, atau - untuk stdout. Bawaan: WORKSPACE/plans/WEEK/plan.csv "
            "(atau .xlsx, .html, .docx), stdout untuk whatsapp."
        ),
        "en": (
            "File to write, or - for stdout. Default: WORKSPACE/plans/WEEK/plan.csv (or "
            ".xlsx, .html, .docx), stdout for whatsapp."
        ),
    },
    "help.insights": {
        "id": (
            "Waktu unggah terbaik dan apa yang berhasil (pilar, format, ide), per unit dan "
            "platform.\n"
            "\n"
            "Membaca smrt.db; menulis OUT/insights/<period>/README.md (dengan peta panas per "
            "platform) dan\n"
            "satu <unit-id>.md per unit. Suatu waktu bertumpu pada unggahan unit sendiri "
            "bila selnya berisi\n"
            "sedikitnya 3; sel yang lebih tipis bersandar pada wilayah; tanpa data yang "
            "dapat dipakai, waktu registri tetap.\n"
            "\n"
            "Contoh: smrt insights --weeks 16 --upt ksop-bitung"
        ),
        "en": (
            "Best posting times and what works (pillars, formats, ideas), per unit and "
            "platform.\n"
            "\n"
            "Reads smrt.db; writes OUT/insights/<period>/README.md (with a heatmap per "
            "platform) and\n"
            "one <unit-id>.md per unit. A time stands on the unit's own posts when its cell "
            "has at\n"
            "least 3; thinner cells lean on the region; with no usable data the registry's "
            "times stay.\n"
            "\n"
            "Example: smrt insights --weeks 16 --upt ksop-bitung"
        ),
    },
    "help.insights.summary": {
        "id": "Waktu unggah terbaik dan apa yang berhasil, dari unggahan yang diimpor.",
        "en": "Best posting times and what works, from imported posts.",
    },
    "help.insights.period": {
        "id": (
            "Satu bulan (2026-10), satu triwulan (2026-Q4) atau rentang (2026-10-01_2026-10-15)."
        ),
        "en": "A month (2026-10), a quarter (2026-Q4) or a range (2026-10-01_2026-10-15).",
    },
    "help.insights.weeks": {
        "id": "N pekan terakhir unggahan yang diimpor. Bawaan: 16.",
        "en": "The last N weeks of imported posts. Default: 16.",
    },
    "help.insights.unit": {
        "id": (
            "Hanya baris unit ini; ulangi untuk beberapa unit. Angka wilayah selalu memakai "
            "unggahan setiap unit."
        ),
        "en": (
            "Only this unit's rows; repeat for several. The region's figures always use "
            "every unit's posts."
        ),
    },
    "help.insights.as_json": {
        "id": "Cetak waktu terbaik dan baris konten sebagai JSON; tanpa berkas.",
        "en": "Print best times and content rows as JSON; no files.",
    },
    "help.insights.out": {
        "id": "Folder tempat insights/PERIOD/ ditulis; bawaan folder kerja.",
        "en": "Folder to write insights/PERIOD/ into; default the workspace.",
    },
    "help.validate.summary": {
        "id": "Periksa registri dan laporkan setiap masalah dengan BERKAS:BARIS:KOLOM.",
        "en": "Check a registry and report every problem with FILE:LINE:COLUMN.",
    },
    "help.upt.summary": {
        "id": "Unit (UPT) dalam registri.",
        "en": "The units (UPT) in the registry.",
    },
    "help.ideas.summary": {
        "id": "Bank ide konten.",
        "en": "The content-idea bank.",
    },
    "help.plan.summary": {
        "id": "Rencana konten mingguan.",
        "en": "Weekly content plans.",
    },
    "help.metrics.summary": {
        "id": "Ekspor platform: impor ke penyimpanan dan ringkas.",
        "en": "Platform exports: import them into the store and summarise.",
    },
    "help.evaluate.summary": {
        "id": "Evaluasi kerja unit.",
        "en": "Evaluate the units' work.",
    },
    "help.click.usage": {
        "id": "Penggunaan: ",
        "en": "Usage: ",
    },
    "help.click.options_metavar": {
        "id": "[OPSI]",
        "en": "[OPTIONS]",
    },
    "help.click.subcommand_metavar": {
        "id": "PERINTAH [ARGUMEN]...",
        "en": "COMMAND [ARGS]...",
    },
    "help.click.arguments": {
        "id": "Argumen",
        "en": "Arguments",
    },
    "help.click.options": {
        "id": "Opsi",
        "en": "Options",
    },
    "help.click.commands": {
        "id": "Perintah",
        "en": "Commands",
    },
    "help.click.required": {
        "id": "wajib",
        "en": "required",
    },
    "help.click.dynamic": {
        "id": "(dinamis)",
        "en": "(dynamic)",
    },
    "help.click.default": {
        "id": "bawaan: {default}",
        "en": "default: {default}",
    },
    "help.click.env_var": {
        "id": "variabel lingkungan: {var}",
        "en": "env var: {var}",
    },
    "help.click.help": {
        "id": "Tampilkan bantuan ini lalu keluar.",
        "en": "Show this message and exit.",
    },
}


LANGUAGES = ("id", "en")


def language(lang: str) -> str:
    """The catalogue language for `lang`: 'en' or 'id'; any other code is read as Indonesian."""
    return lang if lang in LANGUAGES else "id"


def t(key: str, lang: str, /, **values: object) -> str:
    """The text `key` in `lang` with its {placeholders} filled from `values`.

    Without values the template comes back as it is, braces and all. A thousands separator
    asked for with `{n:,}` is a point in Indonesian: 1.000.000.
    """
    lang = language(lang)
    template = CATALOGUE[key][lang]
    if not values:
        return template
    if lang == "id" and ":," in template:
        return _INDONESIAN.format(template, **values)
    return template.format(**values)


class _IndonesianFormatter(string.Formatter):
    def format_field(self, value: object, format_spec: str) -> str:
        said = str(super().format_field(value, format_spec))
        return said.translate(_SWAP) if "," in format_spec else said


_SWAP = str.maketrans(",.", ".,")
_INDONESIAN = _IndonesianFormatter()
