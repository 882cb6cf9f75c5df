"""Faster notes: carry forward (plan and goals, marked, refused at signing until edited) and
personal snippets (rules table-driven; stored encrypted, never in a plaintext file)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.conftest import reopen
from tests.core.cli_helpers import FAST_KDF, cli, cli_process
from vault_app.domain.errors import InvalidInput, NotFound, RefusedByPolicy
from vault_app.domain.faster_notes import carried_sections, carry_mark, check_trigger, expand_all, expand_at, unedited
from vault_app.services import clients, faster_notes, notes, plans, sessions
from vault_app.services.changes import Kind
from vault_app.services.vault import Vault

DAY = date(2026, 3, 2)


# (trigger, accepted as)
@pytest.mark.parametrize(("trigger", "accepted"), [
    (";ms", ";ms"), ("/SI", "/si"), ("\\plan2", "\\plan2"), (";a-b_c", ";a-b_c"),
    ("ms", None), (";", None), (";" + "x" * 21, None), ("; ms", None), ("", None),
    # Letters of Spanish are letters (walker wspanish, round 39: ";niño" was refused, "letters" said);
    # a decomposed ñ (n + U+0303, pasted) is kept as the one letter typed.
    (";é", ";é"), (";Niño", ";niño"), (";sesión", ";sesión"), (";nin\u0303o", ";niño"), (";ÁNIMO", ";ánimo"),
    (";¿qué", None), (";_x", None), (";-x", None), (";" + "ñ" * 21, None),
])
def test_trigger_rules(trigger: str, accepted: str | None) -> None:
    if accepted is None:
        with pytest.raises(InvalidInput):
            check_trigger(trigger)
    else:
        assert check_trigger(trigger) == accepted


SNIPPETS = {";ms": "Mental status: alert, oriented x3.", ";si": "Denies SI/HI.",
            ";niño": "Niño acompañado por su mamá."}


# (text, cursor, expected text, expected cursor): the word just before the cursor only.
@pytest.mark.parametrize(("text", "cursor", "expected"), [
    ("Client seen. ;ms", 16, ("Client seen. Mental status: alert, oriented x3.", 47)),
    (";SI rest", 3, ("Denies SI/HI. rest", 13)),
    ("x;ms", 4, None),  # inside a word: not a trigger
    (";ms later", 9, None),  # the word before the cursor is "later"
    ("", 0, None),
    ("Sesión: ;NIÑO", 13, ("Sesión: Niño acompañado por su mamá.", 36)),
])
def test_expand_at(text: str, cursor: int, expected: tuple[str, int] | None) -> None:
    assert expand_at(text, cursor, SNIPPETS) == expected


def test_expand_all_whole_words_only() -> None:
    assert expand_all(";ms and ;si; x;ms ;MS", SNIPPETS) == (
        "Mental status: alert, oriented x3. and ;si; x;ms Mental status: alert, oriented x3.")
    assert expand_all("nothing", {}) == "nothing"


# (template keys, source sections, carried keys)
@pytest.mark.parametrize(("keys", "source", "carried"), [
    (("subjective", "objective", "assessment", "plan"), {"plan": "Weekly CBT.", "assessment": "Better."}, ["plan"]),
    (("goals", "intervention", "response", "plan"), {"goals": "Sleep 7h.", "plan": "Review log."}, ["goals", "plan"]),
    (("data", "assessment", "plan"), {"plan": "   "}, []),
    (("text",), {"text": "Free text."}, []),
])
def test_carried_sections(keys: tuple[str, ...], source: dict[str, str], carried: list[str]) -> None:
    out = carried_sections(source, keys, DAY)
    assert list(out) == list(keys)
    assert [k for k, v in out.items() if v] == carried
    for key in carried:
        assert out[key] == f"{carry_mark(DAY)}\n{source[key].strip()}"
    assert unedited(out, out) == carried
    assert unedited(out, {k: "rewritten" for k in keys}) == []


def _chart(vault: Vault) -> tuple[str, str, list[str]]:
    cid = clients.create_client(vault, "Casey Carryperson").client_id
    plan = plans.update_plan(vault, cid, problems="Insomnia", goals=[{"description": "Sleep through the night"},
                                                                    {"description": "Walk daily"}])
    goal_ids = [g.goal_id for g in plan.goals]
    s = sessions.add_session(vault, cid, date="2026-03-02", duration_minutes=50)
    note = notes.create_progress_note(vault, cid, session_id=s.session_id, goal_ids=goal_ids, sections={
        "subjective": "Slept badly.", "assessment": "Stable.", "plan": "Sleep diary; review next week."})
    notes.sign_note(vault, note.note_id)
    plans.set_goal_status(vault, cid, goal_ids[1], "met")
    return cid, note.note_id, goal_ids


def test_carry_forward_then_edit_then_sign(vault: Vault) -> None:
    cid, source_id, goal_ids = _chart(vault)
    s2 = sessions.add_session(vault, cid, date="2026-03-09", duration_minutes=50)
    vault.changes.take()
    c = faster_notes.start_from_last(vault, cid, session_id=s2.session_id)
    assert Kind.NOTES in vault.changes.take().kinds
    assert (c.from_note_id, c.from_date, c.carried_sections) == (source_id, DAY, ("plan",))
    assert c.carried_goal_ids == (goal_ids[0],)  # the met goal stays behind
    assert c.note.sections["plan"] == "[Carried forward from the note of 03/02/2026: edit before signing]\n" \
                                      "Sleep diary; review next week."
    assert c.note.sections["subjective"] == "" and not c.note.signed
    [entry] = vault.ledger.entries(kinds=("note.carried_forward",))
    assert entry.payload == {"kind": "progress", "client_id": cid, "note_id": c.note.note_id,
                             "from_note_id": source_id}
    notes.save_draft(vault, c.note.note_id, {**c.note.sections, "subjective": "Slept 6 hours."})
    with pytest.raises(RefusedByPolicy, match="carried from the last note, unedited: plan"):
        faster_notes.sign_note(vault, c.note.note_id)
    with pytest.raises(RefusedByPolicy, match="unedited: plan"):  # every path that signs asks the same
        notes.sign_note(vault, c.note.note_id)
    assert not notes.get_note(vault, c.note.note_id).signed
    notes.save_draft(vault, c.note.note_id, {**c.note.sections, "subjective": "Slept 6 hours.",
                                             "plan": "Sleep diary continues; add wind-down routine."})
    assert faster_notes.unedited_carried(vault, c.note.note_id) == []
    assert faster_notes.sign_note(vault, c.note.note_id).signed


@pytest.mark.parametrize(("language", "mark"), [
    ("en", "[Carried forward from the note of 03/02/2026: edit before signing]"),
    ("es", "[Traído de la nota del 03/02/2026: edítelo antes de firmar]"),
    ("de", "[Carried forward from the note of 03/02/2026: edit before signing]"),  # no German words: English
])
def test_the_carried_mark_is_in_the_screen_s_language_and_holds_the_signature_either_way(
        vault: Vault, language: str, mark: str) -> None:
    """Found after the Spanish agenda's draft: a note carried forward in the Spanish app opened
    with the English mark. The mark is stored with the carried text, so either one is found."""
    cid, _source_id, _goal_ids = _chart(vault)
    c = faster_notes.start_from_last(vault, cid, language=language)
    assert c.note.sections["plan"] == f"{mark}\nSleep diary; review next week."
    with pytest.raises(RefusedByPolicy, match="unedited: plan"):
        notes.sign_note(vault, c.note.note_id)
    notes.save_draft(vault, c.note.note_id, {**c.note.sections, "plan": "Diario de sueño; revisar."})
    assert faster_notes.sign_note(vault, c.note.note_id).signed


def test_nothing_to_carry(vault: Vault) -> None:
    cid = clients.create_client(vault, "New Client").client_id
    with pytest.raises(NotFound, match="no earlier progress note"):
        faster_notes.start_from_last(vault, cid)
    intake = notes.create_progress_note(vault, cid, template="free", text="Intake.")
    notes.sign_note(vault, intake.note_id)
    with pytest.raises(NotFound, match="no plan or goals"):
        faster_notes.start_from_last(vault, cid)


def test_a_newer_draft_is_passed_over_for_the_signed_note_before_it(vault: Vault) -> None:
    """Found: the newest note was an unsigned draft, and carry forward copied its plan, words
    nobody signed. It carries from the newest signed note and names the draft it passed over."""
    cid, source_id, _goal_ids = _chart(vault)  # signed, of 03/02/2026
    draft = notes.create_progress_note(vault, cid, note_date="2026-03-09", sections={
        "subjective": "Half written.", "plan": "Never signed plan."})
    c = faster_notes.start_from_last(vault, cid)
    assert (c.from_note_id, c.from_date, c.passed_draft_date) == (source_id, DAY, date(2026, 3, 9))
    assert "Sleep diary; review next week." in c.note.sections["plan"]
    assert "Never signed plan." not in c.note.sections["plan"]
    assert c.source_amendments == 0
    [entry] = vault.ledger.entries(kinds=("note.carried_forward",))
    assert entry.payload["from_note_id"] == source_id != draft.note_id


def test_the_signed_source_s_addenda_are_counted_not_carried(vault: Vault) -> None:
    cid, source_id, _goal_ids = _chart(vault)
    notes.amend_note(vault, source_id, "Addendum: also limit caffeine after noon.")
    c = faster_notes.start_from_last(vault, cid)
    assert c.passed_draft_date is None and c.source_amendments == 1
    assert "caffeine" not in "".join(c.note.sections.values())


# (the form's session, what the carried note documents): the note editor's form as it stood
FORM_VISIT = {"date": "2026-03-09", "start_time": "14:30", "duration_minutes": 45, "modality": "individual",
              "setting": "in_person", "cpt_code": None, "icd10_codes": ["F51.01"]}


def test_the_carried_note_documents_the_form_s_session(vault: Vault) -> None:
    """Found (keyboard path Ctrl+N, start, length, Alt+F): the carried note replaced the form and
    was signed with no session; the visit was in neither the agenda nor the account."""
    cid, _source_id, _goal_ids = _chart(vault)
    risk = {"ideation": "none", "level": "low"}
    form = notes.ProgressDraft("soap", {}, FORM_VISIT, risk=risk)
    c = faster_notes.start_from_last(vault, cid, form=form)
    assert c.note.session_id is not None and c.note.note_date == date(2026, 3, 9)
    s = sessions.get_session(vault, c.note.session_id)
    assert (s.date, str(s.start_time), s.duration_minutes, s.icd10_codes) == (
        date(2026, 3, 9), "14:30:00", 45, ("F51.01",))
    assert c.note.risk is not None and c.note.risk.level == "low"
    # No session in the form (a phone call): none made.
    c2 = faster_notes.start_from_last(vault, cid, form=notes.ProgressDraft("soap", {}, None))
    assert c2.note.session_id is None


def test_a_refused_carry_leaves_no_session_behind(vault: Vault) -> None:
    cid = clients.create_client(vault, "Refused Carryperson").client_id
    with pytest.raises(NotFound, match="no earlier progress note"):
        faster_notes.start_from_last(vault, cid, form=notes.ProgressDraft("soap", {}, FORM_VISIT))
    assert sessions.list_sessions(vault, cid) == []


def test_only_drafts_nothing_to_carry(vault: Vault) -> None:
    cid = clients.create_client(vault, "Drafty Client").client_id
    notes.create_progress_note(vault, cid, sections={"subjective": "Draft.", "plan": "Unsigned plan."})
    with pytest.raises(NotFound, match="is signed: there is nothing to carry forward") as refused:
        faster_notes.start_from_last(vault, cid)
    assert refused.value.code == "carry.none_signed"
    assert len(notes.list_notes(vault, cid)) == 1  # no carried note was started


def test_snippets_are_kept_encrypted(vault: Vault, vault_dir: Path) -> None:
    canary = "Zqx snippet canary Wellbrook-7731 reviewed safety plan."
    s = faster_notes.save_snippet(vault, ";Canary", canary)
    assert s.trigger == ";canary"
    again = faster_notes.save_snippet(vault, ";canary", canary + " Updated.")
    assert again.snippet_id == s.snippet_id
    faster_notes.save_snippet(vault, ";ms", SNIPPETS[";ms"])
    assert [x.trigger for x in faster_notes.list_snippets(vault)] == [";canary", ";ms"]
    assert faster_notes.expand(vault, "Seen today. ;ms") == "Seen today. " + SNIPPETS[";ms"]
    for e in vault.ledger.entries(kinds=("snippet.saved",)):
        assert set(e.payload) == {"snippet_id"}
    with pytest.raises(InvalidInput):
        faster_notes.save_snippet(vault, ";empty", "  \n ")
    faster_notes.delete_snippet(vault, ";ms")
    with pytest.raises(NotFound):
        faster_notes.delete_snippet(vault, ";ms")
    vault.lock()
    with reopen(vault_dir) as v:
        assert faster_notes.snippet_map(v) == {";canary": canary + " Updated."}
    # Canary scan: the snippet's words are in no file on disk as plaintext (vault folder and HOME).
    import os

    for root in (vault_dir, Path(os.environ["HOME"])):
        for path in root.rglob("*"):
            if path.is_file():
                assert b"Wellbrook-7731" not in path.read_bytes(), path


def test_cli_carry_forward_and_snippets(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # In process (cli_helpers.cli, the `run` the console script calls), but for one success of
    # each command family and one refusal as real processes: the entry point loads each family's
    # module in a fresh interpreter, and the refusal's exit code and sentence reach the caller.
    folder = tmp_path / "v"

    def run(*args: str) -> tuple[int, str, str]:
        r = cli(capsys, monkeypatch, *args, "--vault", str(folder))
        return r.code, r.out, r.err

    def process(*args: str) -> tuple[int, str, str]:
        r = cli_process(*args, "--vault", str(folder))
        return r.code, r.out, r.err

    assert run("init", "--no-keyring", *FAST_KDF)[0] == 0
    assert run("client", "add", "Quinn Clitest", "--chart-number", "QC-1")[0] == 0
    code, out, err = run("note", "add", "QC-1", "--text", "Plan:\nPractice breathing daily.", "--json")
    assert code == 0, err
    import json

    first = json.loads(out)["note"]["note_id"]
    assert run("note", "sign", first)[0] == 0
    code, out, err = process("carry-forward", "start", "QC-1", "--json")
    assert code == 0, err
    carried = json.loads(out)
    assert carried["from_note_id"] == first and carried["carried_sections"] == ["plan"]
    code, _, err = process("carry-forward", "sign", carried["note"]["note_id"])
    assert code == 6 and "unedited: plan" in err and "Traceback" not in err
    code, _, err = run("note", "sign", carried["note"]["note_id"])
    assert code == 6 and "unedited: plan" in err
    code, out, err = run("snippet", "add", ";br", "--text", "Practiced paced breathing in session.")
    assert code == 0, err
    code, out, _ = process("snippet", "expand", "--text", "Today: ;br")
    assert out.strip() == "Today: Practiced paced breathing in session."
    code, _, err = run("snippet", "add", "br", "--text", "x")
    assert code == 2 and "trigger" in err
    code, out, _ = run("snippet", "list", "--json")
    assert [s["trigger"] for s in json.loads(out)] == [";br"]
