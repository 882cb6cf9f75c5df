"""Issue 19 item 2: treatment-plan goals picked while writing a progress note are written
into its text and recorded with it, through one use case shared by the editor and the CLI.
Real SQLCipher files, real crypto; the CLI's own `run` (the console script's)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.core.cli_helpers import cli_in_process, init_vault
from vault_app.domain.clinical import Goal
from vault_app.domain.errors import InvalidInput, NotFound, RefusedByPolicy
from vault_app.domain.note_goals import (
    GOALS_HEADING,
    GOALS_WORDS,
    goal_line,
    goals_section,
    pick_active,
    with_goals,
)
from vault_app.services import clients, note_goals, notes, plans
from vault_app.services.notes import DraftState, ProgressDraft
from vault_app.services.vault import Vault


def _goal(n: int, status: str = "active") -> Goal:
    return Goal(f"G{n}", "P1", "C1", n - 1, f"Goal number {n}", status=status)  # type: ignore[arg-type]


@pytest.mark.parametrize(("keys", "target"), [
    (("goals", "intervention", "response", "plan"), "goals"),      # GIRP
    (("subjective", "objective", "assessment", "plan"), "plan"),   # SOAP
    (("text",), "text"),                                           # free form
])
def test_goals_go_to_the_goals_section_else_the_plan(keys: tuple[str, ...], target: str) -> None:
    assert goals_section(keys) == target
    out = with_goals({k: "" for k in keys}, keys, [_goal(2), _goal(1)])
    assert out[target] == f"{GOALS_HEADING}\n- Goal 2: Goal number 2\n- Goal 1: Goal number 1"
    assert all(v == "" for k, v in out.items() if k != target)


def test_goal_lines_are_added_once_under_one_heading() -> None:
    keys = ("data", "assessment", "plan")
    first = with_goals({"plan": "Practice breathing."}, keys, [_goal(1)])
    assert first["plan"] == f"Practice breathing.\n{GOALS_HEADING}\n{goal_line(_goal(1))}"
    again = with_goals(first, keys, [_goal(1), _goal(3)])
    assert again["plan"] == f"{first['plan']}\n{goal_line(_goal(3))}"
    assert again["plan"].count(GOALS_HEADING) == 1


@pytest.mark.parametrize(("before", "language", "after"), [
    ("", "es", "Objetivos del plan de tratamiento abordados:\n- Objetivo 1: Goal number 1"),
    ("", "de", f"{GOALS_HEADING}\n- Goal 1: Goal number 1"),  # no German words: English
    # a block already there keeps its language, whatever the screen's: one note, one language
    (f"{GOALS_HEADING}\n- Goal 3: Goal number 3", "es",
     f"{GOALS_HEADING}\n- Goal 3: Goal number 3\n- Goal 1: Goal number 1"),
    ("Objetivos del plan de tratamiento abordados:\n- Objetivo 1: Goal number 1", "en",
     "Objetivos del plan de tratamiento abordados:\n- Objetivo 1: Goal number 1"),
])
def test_goal_lines_are_written_in_the_screen_s_language_or_the_block_s(before: str, language: str,
                                                                         after: str) -> None:
    keys = ("subjective", "objective", "assessment", "plan")
    assert with_goals({"plan": before}, keys, [_goal(1)], language)["plan"] == after


def test_every_language_of_the_goal_lines_has_its_words() -> None:
    assert all(len(words) == 2 and all(words) for words in GOALS_WORDS.values())


@pytest.mark.parametrize(("ids", "error"), [
    ([], InvalidInput), (["G9"], NotFound), (["G2"], InvalidInput), (["G1", "G3"], None), (["G3", "G1", "G1"], None),
])
def test_pick_active(ids: list[str], error: type[Exception] | None) -> None:
    plan = [_goal(1), _goal(2, "met"), _goal(3)]
    if error is not None:
        with pytest.raises(error):
            pick_active(plan, ids)
    else:
        assert [g.goal_id for g in pick_active(plan, ids)] == ["G1", "G3"]


def _plan(vault: Vault) -> tuple[str, list[str]]:
    cid = clients.create_client(vault, "Gale Goalperson").client_id
    plan = plans.update_plan(vault, cid, problems="Panic", goals=[
        {"description": "Fewer panic attacks"}, {"description": "Ride the bus alone"}, {"description": "Old goal"}])
    ids = [g.goal_id for g in plan.goals]
    plans.set_goal_status(vault, cid, ids[2], "met")
    return cid, ids


def test_active_goals_only(vault: Vault) -> None:
    cid, ids = _plan(vault)
    assert [g.goal_id for g in note_goals.active_goals(vault, cid)] == ids[:2]
    other = clients.create_client(vault, "Noel Noplan").client_id
    assert note_goals.active_goals(vault, other) == []


def test_goals_start_a_note_and_are_recorded_with_it(vault: Vault) -> None:
    """The first action in an empty editor: the note (and its session) is created with the goals."""
    cid, ids = _plan(vault)
    state = DraftState()
    session = {"date": "2026-03-02", "duration_minutes": 53, "modality": "individual", "setting": "in_person",
               "cpt_code": "90834", "icd10_codes": []}
    draft = ProgressDraft("soap", {"subjective": "", "objective": "", "assessment": "", "plan": ""}, session)
    note = note_goals.add_plan_goals(vault, cid, state, draft, [ids[1]])
    assert state.note_id == note.note_id and state.session_id is not None and note.session_id == state.session_id
    assert note.goal_ids == (ids[1],)
    assert note.sections["plan"] == f"{GOALS_HEADING}\n- Goal 2: Ride the bus alone"
    # A second pick adds to the text as typed meanwhile, and to the recorded ids.
    typed = ProgressDraft("soap", {**note.sections, "subjective": "Took the bus twice."}, session)
    note = note_goals.add_plan_goals(vault, cid, state, typed, [ids[0], ids[1]])
    assert note.goal_ids == (ids[1], ids[0])
    assert note.sections["subjective"] == "Took the bus twice."
    assert note.sections["plan"].splitlines() == [GOALS_HEADING, "- Goal 2: Ride the bus alone",
                                                 "- Goal 1: Fewer panic attacks"]
    stored = notes.get_note(vault, note.note_id)
    assert stored.goal_ids == note.goal_ids and stored.sections == note.sections
    with pytest.raises(InvalidInput):
        note_goals.add_plan_goals(vault, cid, state, typed, [ids[2]])  # met, not active
    notes.sign_note(vault, note.note_id)
    with pytest.raises(RefusedByPolicy):
        note_goals.add_goals_to_note(vault, note.note_id, [ids[0]])


def test_another_clients_goal_is_refused(vault: Vault) -> None:
    cid, _ids = _plan(vault)
    other = clients.create_client(vault, "Olive Otherperson").client_id
    theirs = plans.update_plan(vault, other, problems="x", goals=[{"description": "Theirs"}]).goals[0].goal_id
    with pytest.raises(NotFound):
        note_goals.add_plan_goals(vault, cid, DraftState(), ProgressDraft("free", {"text": "x"}), [theirs])


def test_cli_note_goals(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    assert init_vault(folder).code == 0

    def run(*args: str) -> tuple[int, str, str]:
        r = cli_in_process(*args, "--vault", str(folder))
        return r.code, r.out, r.err

    assert run("client", "add", "Quinn Goaltest", "--chart-number", "QG-1")[0] == 0
    code, out, err = run("plan", "update", "QG-1", "--problems", "Worry", "--add-goal", "Sleep 7 hours", "--json")
    assert code == 0, err
    goal_id = json.loads(out)["goals"][0]["goal_id"]
    code, out, err = run("note", "add", "QG-1", "--text", "Plan:\nKeep a worry log.", "--json")
    assert code == 0, err
    note_id = json.loads(out)["note"]["note_id"]
    code, out, err = run("note", "goals", note_id, goal_id, "--json")
    assert code == 0, err
    shown = json.loads(out)
    assert shown["goal_ids"] == [goal_id]
    assert shown["sections"]["plan"] == f"Keep a worry log.\n{GOALS_HEADING}\n- Goal 1: Sleep 7 hours"
    code, _, err = run("note", "goals", note_id, "G-nothing")
    assert code != 0 and "not in this client's treatment plan" in err
