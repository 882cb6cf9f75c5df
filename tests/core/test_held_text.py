"""Unfinished dialog text held across a lock: in its own compartment, encrypted, taken once."""

from __future__ import annotations

import pytest

from tests.conftest import PASSPHRASE
from vault_app.domain.errors import CompartmentLocked, InvalidInput
from vault_app.services import held_text
from vault_app.services.vault import CreatedVault, open_vault


def _entry(text: str, note_id: str = "n1") -> dict:
    return {"where": "records", "dialog": "amend", "context": {"note_id": note_id, "client_id": "c1"},
            "fields": {"text": text}}


def test_held_text_is_kept_encrypted_and_taken_once(created: CreatedVault) -> None:
    vault = created.vault
    held_text.hold(vault, "records", _entry("first words"))
    held_text.hold(vault, "records", _entry("first words and more"))  # same dialog: replaced
    held_text.hold(vault, "records", _entry("another note", note_id="n2"))
    folder = vault.folder
    vault.lock()
    for path in folder.rglob("*"):
        if path.is_file():
            assert b"first words" not in path.read_bytes()
    again = open_vault(folder, PASSPHRASE)
    try:
        taken = held_text.take(again, "records")
        assert [e["fields"]["text"] for e in taken] == ["first words and more", "another note"]
        assert held_text.take(again, "records") == []
    finally:
        again.lock()


def test_psychotherapy_text_needs_its_compartment_open(created: CreatedVault) -> None:
    vault = created.vault
    with pytest.raises(CompartmentLocked):
        held_text.hold(vault, "psychotherapy", _entry("transference"))
    vault.unlock_psychotherapy(PASSPHRASE)
    held_text.hold(vault, "psychotherapy", _entry("transference"))
    assert held_text.take(vault, "records") == []
    assert [e["fields"]["text"] for e in held_text.take(vault, "psychotherapy")] == ["transference"]
    with pytest.raises(InvalidInput):
        held_text.hold(vault, "ledger", _entry("x"))  # type: ignore[arg-type]


def _refused(_vault: object, _new: bool) -> None:
    from vault_app.domain.errors import EnvironmentProblem

    raise EnvironmentProblem("The backup folder is not there.")


def test_held_while_keeps_the_entries_when_the_backup_is_made(created: CreatedVault) -> None:
    from vault_app.storage import held_text as held_rows

    vault = created.vault
    seen: list[list[str]] = []
    held_text.held_while(vault, [{**_entry("typed at Quit"), "why": "quit"}],
                         lambda v, _new: seen.append([e["fields"]["text"] for e in held_rows.load(v.records)]))
    assert seen == [["typed at Quit"]]  # held when the backup ran
    assert [e["fields"]["text"] for e in held_text.take(vault, "records")] == ["typed at Quit"]


def test_held_while_puts_back_what_was_held_before_when_the_backup_fails(created: CreatedVault) -> None:
    """A refused backup (the therapist waits to connect the drive): the forms stay open, and what
    was held before (a note kept open against a crash) is as it was, not the quit's draft."""
    from vault_app.domain.errors import EnvironmentProblem

    vault = created.vault
    held_text.keep_open(vault, "records", _entry("kept while open"))
    with pytest.raises(EnvironmentProblem):
        held_text.held_while(vault, [{**_entry("typed at Quit"), "why": "quit"},
                                     {**_entry("another form", note_id="n2"), "why": "quit"}], _refused)
    assert [(e["fields"]["text"], e["why"]) for e in held_text.take(vault, "records")] == [
        ("kept while open", held_text.OPEN)]


def test_held_while_skips_a_locked_compartment_and_still_backs_up(created: CreatedVault) -> None:
    vault = created.vault
    made: list[bool] = []
    held_text.held_while(vault, [{**_entry("psy"), "where": "psychotherapy"}, _entry("records text")],
                         lambda _v, _new: made.append(True))
    assert made == [True]
    assert [e["fields"]["text"] for e in held_text.take(vault, "records")] == ["records text"]


@pytest.mark.parametrize(("first", "then", "made_first", "new_then"), [
    ("typed", "typed", True, False),  # the same drafts, in the last backup: no second one
    ("typed", "typed more", True, True),
    ("typed", "typed", False, True),  # the first backup not made (refused, none due): still new
])
def test_held_while_says_whether_the_drafts_are_new_to_the_backups(
    created: CreatedVault, first: str, then: str, made_first: bool, new_then: bool
) -> None:
    vault = created.vault
    news: list[bool] = []

    def backup(_v: object, new: bool) -> object | None:
        news.append(new)
        return object() if made_first or len(news) > 1 else None

    held_text.held_while(vault, [{**_entry(first), "why": "quit", "focus": "text"}], backup)
    held_text.take(vault, "records")  # the next unlock takes them back
    held_text.held_while(vault, [{**_entry(then), "why": "lock"}], backup)
    assert news == [True, new_then]
    held_text.take(vault, "records")
    assert held_text.held_while(vault, [], lambda _v, new: news.append(new)) is None
    assert news[-1] is False  # nothing held: nothing new
