"""The inbox duty roster: every day that needs a watch has a person, or a shortfall named."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from smrt_cli.calendar import Week, national_holidays
from smrt_cli.models import Registry
from smrt_cli.plan_file import Duty
from smrt_cli.planner import plan_week
from smrt_cli.render.plan_markdown import render_unit
from smrt_cli.roster import with_duty
from tests.helpers.planner_data import idea, registry, unit

W52 = Week(2026, 52)  # Monday 21 - Sunday 27 December 2026: Nataru, joint leave, Christmas
NATARU: dict[str, Any] = {
    "id": "nataru",
    "name": "Nataru",
    "kind": "campaign",
    "start": "2026-12-18",
    "end": "2027-01-04",
    "daily_watch": True,
}


def duty(team: list[dict[str, Any]], *, every_day: bool = False, events: Any = ()) -> list[Duty]:
    base = registry([unit("unit-a", team=team)], [idea("i1")], events=list(events))
    data = base.model_dump(by_alias=True, exclude_none=True)
    data["settings"]["response"]["watch_every_day"] = every_day
    reg = Registry.model_validate(data)
    holidays = national_holidays(W52.start, W52.end, "id")
    plan = with_duty(plan_week(reg, W52, holidays=holidays), reg)
    return plan.upts[0].duty


def day(n: int) -> dt.date:
    return dt.date(2026, 12, n)


ADMIN = {"role": "Admin", "hours_per_week": 6, "inbox": True}


def test_a_one_person_office_in_the_nataru_week_is_on_duty_every_day() -> None:
    assert duty([ADMIN], events=[NATARU]) == [
        Duty(date=day(n), member="Admin") for n in range(21, 28)
    ]


def test_a_day_the_one_person_cannot_work_is_a_named_shortfall() -> None:
    weekdays = {**ADMIN, "days": ["monday", "tuesday", "wednesday", "thursday", "friday"]}
    assert duty([weekdays], events=[NATARU]) == [
        *(Duty(date=day(n), member="Admin") for n in range(21, 26)),
        Duty(date=day(26), member=None),
        Duty(date=day(27), member=None),
    ]


def test_without_a_daily_watch_only_office_days_are_watched() -> None:
    # Thursday 24 (joint leave) and Friday 25 (Christmas) are closed, as is the weekend
    assert [d.date for d in duty([ADMIN])] == [day(21), day(22), day(23)]
    assert [d.date for d in duty([ADMIN], every_day=True)] == [day(n) for n in range(21, 28)]


def test_leave_keeps_a_person_off_the_roster() -> None:
    away = {**ADMIN, "unavailable": ["2026-12-22"]}
    assert duty([away])[1] == Duty(date=day(22), member=None)


def test_duty_is_balanced_by_hours_and_only_on_the_inbox_role() -> None:
    team = [
        {"role": "Koordinator", "hours_per_week": 8, "inbox": True},
        {"role": "Desainer", "hours_per_week": 10},
        {"role": "Admin pesan", "hours_per_week": 4, "inbox": True},
    ]
    members = [d.member for d in duty(team, every_day=True)]
    assert members.count("Desainer") == 0
    # 7 days over 8 and 4 hours: about two to one
    assert members.count("Koordinator") == 5
    assert members.count("Admin pesan") == 2


def test_the_unit_page_names_the_shortfall() -> None:
    weekdays = {**ADMIN, "days": ["monday", "tuesday", "wednesday", "thursday", "friday"]}
    reg = registry([unit("unit-a", team=[weekdays])], [idea("i1")], events=[NATARU])
    holidays = national_holidays(W52.start, W52.end, "id")
    plan = with_duty(plan_week(reg, W52, holidays=holidays), reg)
    page = render_unit(plan, plan.upts[0], reg)
    assert "| Sabtu, 26 Desember 2026 | **tidak ada petugas piket** | Nataru |" in page
    assert "- Sabtu, 26 Desember 2026: tidak ada petugas piket\n" in page
    assert "- Minggu, 27 Desember 2026: tidak ada petugas piket\n" in page


WEEKDAY = st.sampled_from(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
)
MEMBER = st.fixed_dictionaries(
    {
        "role": st.sampled_from(["A", "B", "C"]),
        "hours_per_week": st.integers(1, 20),
        "inbox": st.booleans(),
        "days": st.none() | st.lists(WEEKDAY, min_size=1, unique=True),
    }
)


@settings(max_examples=40, deadline=None)
@given(st.lists(MEMBER, min_size=1, max_size=4), st.booleans())
def test_every_watched_day_has_one_entry_and_nobody_works_a_day_off(
    team: list[dict[str, Any]], every_day: bool
) -> None:
    roster = duty(team, every_day=every_day, events=[NATARU])
    assert [d.date for d in roster] == [day(n) for n in range(21, 28)]  # Nataru: every day
    names = {}
    for i, m in enumerate(team):
        # the roster numbers a repeated role
        seen = sum(1 for other in team[:i] if other["role"] == m["role"])
        names[m["role"] if not seen else f"{m['role']} ({seen + 1})"] = m
    watchers = [m for m in team if m["inbox"]] or team
    for d in roster:
        weekday = d.date.strftime("%A").lower()
        able = [m for m in watchers if m["days"] is None or weekday in m["days"]]
        if d.member is None:
            assert not able
        else:
            assert names[d.member] in able


def test_whatsapp_and_calendar_carry_the_roster() -> None:
    import datetime as dt_

    from smrt_cli.render.ics import DutyDay, render_ics
    from smrt_cli.render.whatsapp import render_message

    weekdays = {**ADMIN, "days": ["monday", "tuesday", "wednesday", "thursday", "friday"]}
    reg = registry([unit("unit-a", team=[weekdays])], [idea("i1")], events=[NATARU])
    holidays = national_holidays(W52.start, W52.end, "id")
    plan = with_duty(plan_week(reg, W52, holidays=holidays), reg)
    u = plan.upts[0]
    message = render_message(plan, u, [], "id", "Uji", "Koordinator")
    assert "*Jadwal piket pesan dan komentar*\n• Senin, 21 Desember 2026 — Admin\n" in message
    assert "• Sabtu, 26 Desember 2026 — *tidak ada petugas piket*\n" in message
    stamp = dt_.datetime(2026, 12, 21, tzinfo=dt_.UTC)
    ics = render_ics(plan.week, [], "id", stamp, duty=[DutyDay(u.id, "UNIT-A", d) for d in u.duty])
    text = ics.decode().replace("\r\n ", "")
    assert text.count("BEGIN:VEVENT") == 7
    assert "DTSTART;VALUE=DATE:20261226\r\nDTEND;VALUE=DATE:20261227" in text
    assert "SUMMARY:Piket pesan: tidak ada petugas piket" in text
    assert "UID:2026-W52-unit-a-20261221-piket@smrt" in text
