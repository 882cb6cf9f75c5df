"""A held plan's goals put back over the goals as the vault holds them now, each goal on its own.

The plan form is held across a lock with what it had read (gui/held.py, READ_KEY); meanwhile
another program (a terminal's `plan update --add-goal/--goal-status`) may change the goals too.
Taking the typed goal list whole lost what the other program did, unsaid: a goal it added was
removed again on Save, a goal it marked met went back to active. Goals are known by their id
(services/plans.py: a goal without one is new), so each is merged on its own, field by field:

- added on either side: kept (the other program's after the form's own);
- changed on one side only: that side's;
- changed on both: each field changed on one side only takes that side; a field both changed,
  differently, keeps what was typed and carries the other program's value under THEIRS, for the
  form to show both and refuse Save until the therapist chooses;
- removed on one side and unchanged on the other: removed (on both: removed);
- removed on one side and changed on the other: kept, and said (`kept_removed_here`,
  `kept_removed_there`). One the form changed that the other program removed no longer has its
  id in the vault, so it comes back as a new goal.

Field by field rather than goal by goal: the terminal's one change is a goal's status, and a
goal reworded here and marked met there would otherwise have to lose one of the two.

Pure functions over the plain dicts the form holds: no Qt here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

GOAL_FIELDS = ("description", "objectives", "target_date", "status")
# In a merged goal: the other program's value of each field both sides changed, differently.
THEIRS = "_theirs"

Goal = dict[str, Any]


@dataclass(frozen=True)
class GoalsMerged:
    goals: list[Goal]  # in order; a goal whose fields both sides changed carries THEIRS
    both: list[int] = field(default_factory=list)  # goals (by index) with a field to choose
    kept_removed_here: list[int] = field(default_factory=list)  # removed in the form, changed meanwhile
    kept_removed_there: list[int] = field(default_factory=list)  # changed in the form, removed meanwhile
    at: dict[int, int] = field(default_factory=dict)  # a typed goal's index -> its index in `goals`


def _value(goal: Mapping[str, Any], name: str) -> Any:
    value = goal.get(name)
    if name == "objectives":
        return [str(o) for o in value or ()]
    return "" if value is None else value


def same_goal(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    return all(_value(a, name) == _value(b, name) for name in GOAL_FIELDS)


def merge_goal(read: Mapping[str, Any], typed: Mapping[str, Any], now: Mapping[str, Any]) -> Goal:
    """One goal the form kept and the vault still has, field by field."""
    merged: Goal = dict(typed)
    theirs: dict[str, Any] = {}
    for name in GOAL_FIELDS:
        was, mine, other = _value(read, name), _value(typed, name), _value(now, name)
        if mine == was:
            merged[name] = other
        elif other not in (was, mine):
            theirs[name] = other
    # A choice still open from an earlier lock stays open.
    earlier = typed.get(THEIRS)
    chosen = {**(earlier if isinstance(earlier, dict) else {}), **theirs}
    if chosen:
        merged[THEIRS] = chosen
    else:
        merged.pop(THEIRS, None)
    return merged


def _without_id(goal: Mapping[str, Any]) -> Goal:
    return {k: v for k, v in goal.items() if k != "goal_id"}


def merge_goals(read: Sequence[Mapping[str, Any]], typed: Sequence[Mapping[str, Any]],
                now: Sequence[Mapping[str, Any]]) -> GoalsMerged:
    """`typed` (the held form's goals) over `now` (the vault's), both from `read`."""
    base = {str(g["goal_id"]): g for g in read if g.get("goal_id")}
    theirs = {str(g["goal_id"]): g for g in now if g.get("goal_id")}
    typed_ids = {str(g["goal_id"]) for g in typed if g.get("goal_id")}

    # A goal removed in the form that the other program changed goes back after the goal it
    # followed when read (or first), so the list reads as it did.
    back_after: dict[str | None, list[Goal]] = {}
    previous: str | None = None
    for known, first in base.items():
        if known in typed_ids:
            previous = known
            continue
        then = theirs.get(known)
        if then is not None and not same_goal(then, first):
            back_after.setdefault(previous, []).append(dict(then))

    goals: list[Goal] = []
    both: list[int] = []
    removed_here: list[int] = []
    removed_there: list[int] = []
    at: dict[int, int] = {}

    def put_back(after: str | None) -> None:
        for goal in back_after.pop(after, ()):
            removed_here.append(len(goals))
            goals.append(goal)

    put_back(None)
    for i, mine in enumerate(typed):
        gid = str(mine["goal_id"]) if mine.get("goal_id") else None
        was = base.get(gid) if gid else None
        other = theirs.get(gid) if gid else None
        if gid is None or was is None:
            # Added in the form (an id the vault no longer knows would be refused on Save).
            at[i] = len(goals)
            goals.append(dict(mine) if gid is None or other is not None else _without_id(mine))
        elif other is None:
            if not same_goal(mine, was):
                at[i] = len(goals)
                removed_there.append(len(goals))
                goals.append(_without_id(mine))
        else:
            merged = merge_goal(was, mine, other)
            at[i] = len(goals)
            if merged.get(THEIRS):
                both.append(len(goals))
            goals.append(merged)
        if gid is not None:
            put_back(gid)
    for leftover in back_after.values():  # only if `read` and `typed` disagree on ids
        for goal in leftover:
            removed_here.append(len(goals))
            goals.append(goal)
    goals += [dict(g) for g in now if g.get("goal_id") and str(g["goal_id"]) not in base
              and str(g["goal_id"]) not in typed_ids]
    return GoalsMerged(goals, both, removed_here, removed_there, at)


def take_theirs(goal: Goal) -> None:
    """The therapist chose the other program's values for the fields both changed."""
    for name, value in dict(goal.pop(THEIRS, None) or {}).items():
        if name in GOAL_FIELDS:
            goal[name] = value


def keep_mine(goal: Goal) -> None:
    """The therapist chose what they typed."""
    goal.pop(THEIRS, None)


def to_choose(goals: Sequence[Mapping[str, Any]]) -> int | None:
    """The first goal with a field both sides changed, still to be chosen."""
    return next((i for i, g in enumerate(goals) if g.get(THEIRS)), None)


__all__ = ["GOAL_FIELDS", "THEIRS", "GoalsMerged", "keep_mine", "merge_goal", "merge_goals", "same_goal",
           "take_theirs", "to_choose"]
