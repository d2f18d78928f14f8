"""Write invented demo exports for the bundled North Sulawesi sample, to try the whole chain.

    python examples/demo_exports.py demo/
    smrt metrics import demo/posts_2026-11-01_2026-11-30.csv \
        demo/inbound_2026-11-01_2026-11-30.csv demo/hoax_2026-11-01_2026-11-30.csv
    smrt evaluate upt --period 2026-11 --scores demo/scores-2026-11.yaml
    smrt export report --period 2026-11 --format html

Every figure is invented (seeded, so the files are the same on every run). The posts follow the
sample's ideas, so they are matched to ideas and pillars on import; units post more or less
faithfully, one unit sends no export at all, and message replies come fast or slow, so the
evaluation has strong, weak and missing data to show.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
import sys
from pathlib import Path

import yaml

SAMPLE = Path(__file__).resolve().parents[1] / "smrt_cli" / "data" / "upt.yaml"
WITA = dt.timezone(dt.timedelta(hours=8))
MONTH_START = dt.date(2026, 11, 1)
DAYS = 30
# How faithfully each unit posts against its weekly targets (1.0 = every target met).
DILIGENCE = {
    "disnav-bitung": 0.8,
    "ksop-bitung": 0.95,
    "ksop-manado": 1.05,
    "upp-amurang": 0.7,
    "upp-tahuna": 0.9,
    "upp-likupang": 0.6,
    "upp-kotabunan": 0.35,
    "upp-melonguane": 0.85,
    "upp-ulu-siau": 0.5,
}
# upp-labuhan-uki sends no export: the evaluation must say "no data", not score it zero.
HOURS = {
    "facebook": (9, 15, 19),
    "instagram": (11, 19),
    "x": (8, 12, 17),
    "tiktok": (12, 20),
    "youtube": (16,),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    out = parser.parse_args().folder
    out.mkdir(parents=True, exist_ok=True)
    registry = yaml.safe_load(SAMPLE.read_text(encoding="utf-8"))
    rng = random.Random(2026_11)
    ideas = registry["ideas"]

    posts = []
    for upt in registry["upts"]:
        unit = upt["id"]
        if unit not in DILIGENCE:
            continue
        for platform, per_week in upt["targets"].items():
            followers = upt["accounts"][platform]["followers"]
            count = round(per_week * DAYS / 7 * DILIGENCE[unit])
            fitting = [i for i in ideas if platform in i["platforms"]]
            for n in range(count):
                idea = rng.choice(fitting)
                day = MONTH_START + dt.timedelta(days=rng.randrange(DAYS))
                when = dt.datetime(
                    day.year,
                    day.month,
                    day.day,
                    rng.choice(HOURS[platform]),
                    rng.choice((0, 15, 30)),
                    tzinfo=WITA,
                )
                reach = int(followers * rng.uniform(0.15, 0.9))
                rich = idea["formats"][0] in ("reel", "video", "carousel")
                rate = rng.uniform(0.01, 0.05) * (1.5 if rich else 1.0)
                likes = int(reach * rate)
                title = idea["title"]["id"] if isinstance(idea["title"], dict) else idea["title"]
                keyword = idea["match"][0] if idea.get("match") else ""
                posts.append(
                    {
                        "upt": unit,
                        "platform": platform,
                        "post_id": f"{unit}-{platform}-{n:03d}",
                        "published_at": when.isoformat(),
                        "format": idea["formats"][0],
                        "permalink": f"https://example.org/{unit}/{platform}/{n:03d}",
                        "text": f"{title}. Info {keyword}. #HublaKemenhub",
                        "views": int(reach * rng.uniform(1.2, 2.5)),
                        "reach": reach,
                        "likes": likes,
                        "comments": int(likes * rng.uniform(0.02, 0.15)),
                        "shares": int(likes * rng.uniform(0.01, 0.2)),
                        "saves": int(likes * rng.uniform(0.0, 0.1))
                        if platform == "instagram"
                        else "",
                        "clicks": "",
                        # Instagram and X count the follows a post brought; no draw from rng,
                        # so the rest of the demo stays as it was
                        "follows": likes // 12 if platform in ("instagram", "x") else "",
                    }
                )
    posts.sort(key=lambda p: (p["upt"], p["published_at"], p["platform"]))
    _write_csv(out / "posts_2026-11-01_2026-11-30.csv", posts)

    messages = []
    for unit, diligence in DILIGENCE.items():
        for _ in range(rng.randrange(4, 14)):
            day = MONTH_START + dt.timedelta(days=rng.randrange(DAYS))
            received = dt.datetime(
                day.year, day.month, day.day, rng.randrange(7, 22), rng.randrange(60), tzinfo=WITA
            )
            answered = rng.random() < diligence
            delay = dt.timedelta(hours=rng.expovariate(diligence / 6))
            messages.append(
                {
                    "upt": unit,
                    "received_at": received.isoformat(),
                    "first_reply_at": (received + delay).isoformat() if answered else "",
                    "platform": rng.choice(("instagram", "facebook")),
                    "kind": rng.choice(
                        ("question", "question", "complaint", "hoax_report", "other")
                    ),
                    "resolved": "yes" if answered and rng.random() < 0.8 else "no",
                }
            )
    messages.sort(key=lambda m: (m["upt"], m["received_at"]))
    hoaxes = _hoax_register(messages)
    _write_csv(out / "inbound_2026-11-01_2026-11-30.csv", messages)
    _write_csv(out / "hoax_2026-11-01_2026-11-30.csv", hoaxes)

    scores = {"period": "2026-11", "scores": []}
    for unit, diligence in DILIGENCE.items():
        for criterion in ("dukungan-pimpinan", "kreativitas"):
            scores["scores"].append(
                {
                    "upt": unit,
                    "criterion": criterion,
                    "score": max(1, min(5, round(diligence * 4 + rng.uniform(-0.8, 0.8)))),
                    "evidence": "Contoh penilaian (data demo)",
                    "assessor": "Humas Ditjen Hubla",
                }
            )
    (out / "scores-2026-11.yaml").write_text(
        "# Invented assessor scores for the demo (scale 1-5).\n"
        + yaml.safe_dump(scores, allow_unicode=True, sort_keys=False),
        encoding="utf-8",
    )
    print(
        f"wrote {len(posts)} posts, {len(messages)} messages, {len(hoaxes)} hoaxes and "
        f"{len(scores['scores'])} scores to {out}",
        file=sys.stderr,
    )
    return 0


HOAX_TOPICS = ("kapal tenggelam", "tiket gratis palsu", "tarif pelabuhan naik", "cuaca ekstrem")


def _hoax_register(messages: list[dict[str, object]]) -> list[dict[str, object]]:
    """Each hoax report gets a topic, and the unit's register the hoax it reported.

    Drawn from no random numbers, so the rest of the demo stays as it was: the register
    finds each hoax two hours after its first report and clarifies it within six hours,
    or (every third) a day and a half later, or (every seventh) not yet.
    """
    register: list[dict[str, object]] = []
    for n, message in enumerate(m for m in messages if m["kind"] == "hoax_report"):
        topic = HOAX_TOPICS[n % len(HOAX_TOPICS)]
        message["topic"] = topic
        found = dt.datetime.fromisoformat(str(message["received_at"])) + dt.timedelta(hours=2)
        late = dt.timedelta(hours=36 if n % 3 == 2 else 6)
        register.append(
            {
                "detected_at": found.isoformat(),
                "link": f"https://www.facebook.com/hoaks.demo/posts/{n + 1}",
                "topic": topic,
                "clarified_at": "" if n % 7 == 6 else (found + late).isoformat(),
                "clarification_url": "" if n % 7 == 6 else f"https://www.instagram.com/p/demo{n}",
                "upt": message["upt"],
            }
        )
    for message in messages:
        message.setdefault("topic", "")
    return register


def _write_csv(path: Path, rows: list[dict[str, object]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


if __name__ == "__main__":
    raise SystemExit(main())
