"""Treatment-plan goals written into a progress note (issue #19 item 2): the therapist picks
goals from the client's active plan while writing, and the note records them twice, as
goal ids beside the note and as lines in its text, so the signed text itself says which
goals the session addressed. Pure functions, no storage.

Documentation that links each session to the treatment plan's goals is what payers and
auditors look for in a progress note (CMS, Medicare Benefit Policy Manual, ch. 6 § 70.1:
services "must be furnished under an individualized written plan of treatment"; progress
notes show the patient's progress toward its goals).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from vault_app.domain.clinical import Goal
from vault_app.domain.errors import InvalidInput, NotFound

# The block's words (heading, "Goal") in the language of the screen the goals are added on. A
# section that has a block already keeps its language: a goal added in a Spanish app to a note
# begun in English is written in English (one note, one language; and its lines stay findable).
GOALS_WORDS: Mapping[str, tuple[str, str]] = {
    "en": ("Treatment-plan goals addressed:", "Goal"),
    "es": ("Objetivos del plan de tratamiento abordados:", "Objetivo"),
}
GOALS_HEADING = GOALS_WORDS["en"][0]
GOALS_CITATION = "CMS Medicare Benefit Policy Manual, ch. 6 § 70.1 (individualized written plan of treatment)"
# The section the lines go to: a "goals" section where the template has one (GIRP), else
# the plan, else the discharge summary's progress toward goals, else the last section (the
# free-form note's only one).
_TARGETS = ("goals", "plan", "progress")


def goal_number(goal: Goal) -> int:
    """The goal's number as the plan shows it (positions are kept from 0)."""
    return goal.position + 1


def goal_line(goal: Goal, language: str = "en") -> str:
    word = GOALS_WORDS.get(language, GOALS_WORDS["en"])[1]
    return f"- {word} {goal_number(goal)}: {goal.description}"


def goals_section(keys: Sequence[str]) -> str:
    if not keys:
        raise InvalidInput("The note has no section for goals.", code="note_goals.no_section")
    return next((k for k in _TARGETS if k in keys), keys[-1])


def pick_active(plan_goals: Sequence[Goal], goal_ids: Sequence[str]) -> list[Goal]:
    """The goals named by `goal_ids`, in the plan's order; each must be an active goal."""
    wanted = list(dict.fromkeys(goal_ids))
    if not wanted:
        raise InvalidInput("Choose at least one treatment-plan goal.", code="note_goals.none_chosen")
    by_id = {g.goal_id: g for g in plan_goals}
    for goal_id in wanted:
        goal = by_id.get(goal_id)
        if goal is None:
            raise NotFound("That goal is not in this client's treatment plan.",
                           hint="List the plan's goals with 'vault-app plan show'.", code="plan.goal_not_found")
        if goal.status != "active":
            raise InvalidInput("Only active goals can be added to a note.",
                               hint=f"Goal {goal_number(goal)} is {goal.status}.", code="note_goals.not_active")
    return sorted((by_id[g] for g in wanted), key=lambda g: g.position)


def with_goals(sections: Mapping[str, str], keys: Sequence[str], goals: Sequence[Goal],
               language: str = "en") -> dict[str, str]:
    """The note's sections with a line per goal added to its goals section (under one
    heading, in `language` unless the section has a block in another already); a goal whose
    line is there already is not added twice."""
    out = {k: sections.get(k, "") for k in keys}
    key = goals_section(keys)
    text = out[key]
    written = next((lang for lang, (heading, _word) in GOALS_WORDS.items() if heading in text), None)
    language = written or (language if language in GOALS_WORDS else "en")
    heading = GOALS_WORDS[language][0]
    new = [line for line in dict.fromkeys(goal_line(g, language) for g in goals) if line not in text]
    if not new:
        return out
    block = "\n".join(new if written else [heading, *new])
    out[key] = f"{text.rstrip()}\n{block}" if text.strip() else block
    return out


__all__ = [
    "GOALS_CITATION", "GOALS_HEADING", "GOALS_WORDS", "goal_line", "goal_number", "goals_section", "pick_active",
    "with_goals",
]
