"""The home screen's "Unsigned notes" card and the worklist's section read one function
(services/unsigned_notes.py) and count the same notes. Found: the card said 2 where the
worklist said 5 (the card counted only the notes late by the "sign your notes" setting).
A real vault with each kind of note a therapist could take for unsigned."""

from __future__ import annotations

from datetime import date

from vault_app.services import clients, notes, today, unsigned_notes, worklist
from vault_app.services.vault import Vault
from vault_app.storage import destruction_delete

LONG_AGO = "2020-01-01T00:00:00+00:00"


def _written_long_ago(vault: Vault, note_id: str) -> None:
    with vault.records.transaction():
        vault.records.execute("UPDATE progress_notes SET created_at = ? WHERE note_id = ?", (LONG_AGO, note_id))


def test_the_card_and_the_worklist_count_the_same_unsigned_notes(psy_vault: Vault) -> None:
    vault = psy_vault
    cid = clients.create_client(vault, "Una Signedperson").client_id
    late = notes.create_progress_note(vault, cid, note_date=date(2025, 11, 3), sections={"subjective": "Late."})
    _written_long_ago(vault, late.note_id)  # unsigned past the set number of days
    recent = notes.create_progress_note(vault, cid, sections={"subjective": "Written today."})
    # An import's draft: written here today, dated years back: owed, not late.
    old_dated = notes.create_progress_note(vault, cid, note_date=date(2021, 5, 4), sections={"subjective": "Old."})
    signed = notes.create_progress_note(vault, cid, sections={"subjective": "Done."})
    notes.sign_note(vault, signed.note_id)
    notes.amend_note(vault, signed.note_id, "An addendum: signed as it is written.")
    notes.create_psychotherapy_note(vault, cid, "Process note, a draft.")  # its own compartment: not counted
    going = clients.create_client(vault, "Gone Chartperson").client_id
    gone = notes.create_progress_note(vault, going, sections={"subjective": "Of a chart being destroyed."})
    _written_long_ago(vault, gone.note_id)
    destruction_delete.close_chart(vault.records, going)  # its notes are going: nothing to sign

    owed = unsigned_notes.owed(vault)
    assert [n.note_id for n in owed.notes] == [old_dated.note_id, late.note_id, recent.note_id]  # oldest first
    assert [n.note_id for n in owed.late] == [late.note_id]
    # The order the home screen's card offers them in, made here on the worker: the late ones
    # first, then the rest, each oldest first (the card picked it on the GUI thread, note by note).
    assert [n.note_id for n in owed.late_first] == [late.note_id, old_dated.note_id, recent.note_id]

    card = today.today(vault).unsigned
    section = [item.item_id for item in worklist.build(vault).items if item.section == "unsigned_notes"]
    assert len(card) == len(section) == 3
    assert [n.note_id for n in card.notes] == section
    assert [n.note_id for n in card.late] == [late.note_id]


def test_nothing_owed_once_each_is_signed(vault: Vault) -> None:
    cid = clients.create_client(vault, "Allsigned Person").client_id
    note = notes.create_progress_note(vault, cid, sections={"subjective": "One."})
    assert len(unsigned_notes.owed(vault)) == worklist.build(vault).counts()["unsigned_notes"] == 1
    notes.sign_note(vault, note.note_id)
    owed = unsigned_notes.owed(vault)
    assert (owed.notes, owed.late, owed.late_first) == ((), (), ())
    assert worklist.build(vault).counts()["unsigned_notes"] == 0
