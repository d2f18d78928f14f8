"""The repair's exact search over which productions a unit short of hours makes (issue 16)."""

from __future__ import annotations

from smrt_cli.planner.repair import Capacity, Cover, Kind, covers

FB_IG = frozenset({"facebook", "instagram"})
FB_IG_TT = frozenset({"facebook", "instagram", "tiktok"})
NONE = frozenset[str]()


def _week(hours: float, members: tuple[tuple[float, frozenset[str]], ...] = ()) -> Capacity:
    return Capacity(
        targets={"facebook": 3, "instagram": 3, "tiktok": 1},
        hours=hours,
        adaptation=0.25,
        skill_hours={"video-editing": sum(h for h, c in members if "video-editing" in c)},
        members=members or ((hours, NONE),),
    )


def test_one_reel_for_three_platforms_and_two_photos_fill_every_slot() -> None:
    # 3 h: three 0.5 h photos and their cross-posts fill six slots in 2.25 h and leave 0.75 h,
    # too little for the 1 h reel; the reel on all three and two photos fill seven in 3 h.
    kinds = [Kind(1.0, FB_IG_TT, NONE, (), 1), Kind(0.5, FB_IG, NONE, (), 3)]
    assert covers(_week(3.0), kinds, 6) == [
        Cover((-7, 3.0, 0), (1, 2), (0, 0, 0)),
        Cover((-6, 2.25, 0), (0, 3), (0, 0, 0)),
        # a fourth item only takes hours from the cross-posts
        Cover((-6, 3.0, 0), (1, 3), (0, 0, 0, 0)),
    ]
    assert covers(_week(3.0), kinds, 8) == []  # seven slots are all there are


def test_a_production_needs_a_member_with_its_skill_and_the_hours() -> None:
    # The reel needs video editing; the only editor has 0.5 h: no cover makes it, and the
    # photos' six slots are the most (the admin's 2.5 h pay for them and their cross-posts).
    video = frozenset({"video-editing"})
    kinds = [Kind(1.0, FB_IG_TT, video, (), 1), Kind(0.5, FB_IG, NONE, (), 3)]
    team = ((2.5, NONE), (0.5, video))
    assert covers(_week(3.0, team), kinds, 6) == [Cover((-6, 2.25, 0), (0, 3), (0, 0, 0))]
    # with an hour more the editor makes the reel, the admin the photos
    team = ((2.5, NONE), (1.5, video))
    assert covers(_week(4.0, team), kinds, 7)[0] == Cover((-7, 3.0, 0), (1, 2), (1, 0, 0))
