"""A held plan's goals over the goals as they are now (gui/held_goals.py), every case in a table:
what the form had read, what the therapist left in the form, what the vault holds now after
another program's change. Pure functions over the form's plain dicts."""

from __future__ import annotations

from typing import Any

import pytest

from vault_app.gui.held_goals import THEIRS, keep_mine, merge_goals, take_theirs, to_choose


def g(goal_id: str | None, description: str, status: str = "active", **more: Any) -> dict[str, Any]:
    goal: dict[str, Any] = {"description": description, "objectives": more.pop("objectives", []),
                            "target_date": more.pop("target_date", ""), "status": status, **more}
    if goal_id is not None:
        goal["goal_id"] = goal_id
    return goal


A, B, C = g("a", "Sleeps through"), g("b", "Rides the bus"), g("c", "Calls a friend weekly")

# name, read, typed, now, expected goals, both, kept removed here, kept removed there
CASES: list[tuple[str, list[Any], list[Any], list[Any], list[Any], list[int], list[int], list[int]]] = [
    ("nothing changed", [A, B], [A, B], [A, B], [A, B], [], [], []),
    ("added here: kept", [A], [A, g(None, "New here")], [A], [A, g(None, "New here")], [], [], []),
    ("added there: kept", [A], [A], [A, g("n", "New there")], [A, g("n", "New there")], [], [], []),
    ("added on both: both kept, the form's first", [A], [A, g(None, "New here")], [A, g("n", "New there")],
     [A, g(None, "New here"), g("n", "New there")], [], [], []),
    ("changed here only: typed", [A, B], [g("a", "Sleeps 7 hours"), B], [A, B],
     [g("a", "Sleeps 7 hours"), B], [], [], []),
    ("changed there only: theirs", [A, B], [A, B], [A, g("b", "Rides the bus", "met")],
     [A, g("b", "Rides the bus", "met")], [], [], []),
    ("changed there while another goal changed here: each its side", [A, B], [g("a", "Sleeps 7 hours"), B],
     [A, g("b", "Rides the bus", "met")], [g("a", "Sleeps 7 hours"), g("b", "Rides the bus", "met")], [], [], []),
    ("one goal, different fields on each side: both taken", [A], [g("a", "Sleeps 7 hours")],
     [g("a", "Sleeps through", "met")], [g("a", "Sleeps 7 hours", "met")], [], [], []),
    ("one goal, the same field the same way on both: no choice", [A], [g("a", "Sleeps through", "met")],
     [g("a", "Sleeps through", "met")], [g("a", "Sleeps through", "met")], [], [], []),
    ("one goal, the same field differently: typed kept, theirs to choose", [A, B],
     [A, g("b", "Rides the bus", "discontinued")], [A, g("b", "Rides the bus", "met")],
     [A, g("b", "Rides the bus", "discontinued", **{THEIRS: {"status": "met"}})], [1], [], []),
    ("one goal, objectives differently: to choose", [A], [g("a", "Sleeps through", objectives=["bed by 11"])],
     [g("a", "Sleeps through", objectives=["no screens"])],
     [g("a", "Sleeps through", objectives=["bed by 11"], **{THEIRS: {"objectives": ["no screens"]}})], [0], [], []),
    ("removed here, unchanged there: removed", [A, B], [B], [A, B], [B], [], [], []),
    ("removed there, unchanged here: removed", [A, B], [A, B], [B], [B], [], [], []),
    ("removed on both: removed", [A, B], [B], [B], [B], [], [], []),
    ("removed here, changed there: kept where it was, said", [A, B, C], [A, C], [A, g("b", "Rides the bus", "met"), C],
     [A, g("b", "Rides the bus", "met"), C], [], [1], []),
    ("the first removed here, changed there: kept first", [A, B], [B], [g("a", "Sleeps through", "met"), B],
     [g("a", "Sleeps through", "met"), B], [], [0], []),
    ("removed there, changed here: kept as a new goal, said", [A, B], [A, g("b", "Rides the bus to work")], [A],
     [A, g(None, "Rides the bus to work")], [], [], [1]),
    ("a target date set on one side only: taken", [A], [A], [g("a", "Sleeps through", target_date="2030-01-31")],
     [g("a", "Sleeps through", target_date="2030-01-31")], [], [], []),
]


@pytest.mark.parametrize(("read", "typed", "now", "goals", "both", "removed_here", "removed_there"),
                         [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_each_goal_is_merged_on_its_own(read: list[Any], typed: list[Any], now: list[Any], goals: list[Any],
                                        both: list[int], removed_here: list[int], removed_there: list[int]) -> None:
    merged = merge_goals(read, typed, now)
    assert merged.goals == goals
    assert merged.both == both
    assert merged.kept_removed_here == removed_here
    assert merged.kept_removed_there == removed_there


def test_the_inputs_are_not_changed() -> None:
    typed = [g("a", "Sleeps 7 hours")]
    merge_goals([A], typed, [g("a", "Sleeps through", "met")])
    assert typed == [g("a", "Sleeps 7 hours")] and g("a", "Sleeps through") == A


def test_a_typed_goal_is_found_where_it_went() -> None:
    merged = merge_goals([A, B, C], [B, g("c", "Calls twice a week"), g(None, "New")],
                         [g("a", "Sleeps through", "met"), B, C])
    assert [x["description"] for x in merged.goals] == ["Sleeps through", "Rides the bus", "Calls twice a week", "New"]
    assert merged.at == {0: 1, 1: 2, 2: 3}


def test_a_goal_dropped_has_no_place() -> None:
    merged = merge_goals([A, B], [A, B], [B])
    assert merged.at == {1: 0}


def test_a_choice_left_open_before_stays_open_over_a_second_lock() -> None:
    first = merge_goals([A], [g("a", "Sleeps through", "discontinued")], [g("a", "Sleeps through", "met")])
    read_again = [g("a", "Sleeps through", "met")]  # the form reopened over the vault's goals
    again = merge_goals(read_again, first.goals, read_again)
    assert again.both == [0] and again.goals[0][THEIRS] == {"status": "met"}
    assert again.goals[0]["status"] == "discontinued"


@pytest.mark.parametrize(("choose", "status"), [(keep_mine, "discontinued"), (take_theirs, "met")])
def test_choosing_settles_the_goal(choose: Any, status: str) -> None:
    merged = merge_goals([A, B], [A, g("b", "Rides the bus", "discontinued")], [A, g("b", "Rides the bus", "met")])
    assert to_choose(merged.goals) == 1
    choose(merged.goals[1])
    assert to_choose(merged.goals) is None
    assert merged.goals[1] == g("b", "Rides the bus", status)
