"""Access audit: opening a chart, viewing, creating, signing, amending and printing a note
each append a ledger event carrying ids only, never text or names."""

from __future__ import annotations

import json

from tests.core.clinical_helpers import PDF
from vault_app.services import attachments, clients, notes, plans, search, sessions
from vault_app.services.vault import Vault

NAME = "Perpetua Hollowmere"
TEXT = "Canarytext about the Vexillum incident."


def test_every_access_is_logged_with_ids_only(psy_vault: Vault) -> None:
    vault = psy_vault
    start = vault.ledger.head().seq
    client = clients.create_client(vault, NAME)
    session = sessions.add_session(vault, client.client_id, date="2024-01-01", duration_minutes=50)
    note = notes.create_progress_note(vault, client.client_id, session_id=session.session_id, text=TEXT)
    notes.save_draft(vault, note.note_id, {"subjective": TEXT + " more"})
    notes.sign_note(vault, note.note_id)
    notes.get_note(vault, note.note_id)
    notes.amend_note(vault, note.note_id, TEXT, kind="amendment", reason=TEXT)
    notes.note_history(vault, note.note_id)
    notes.record_print(vault, note.note_id)
    clients.open_chart(vault, client.client_id)
    psy = notes.create_psychotherapy_note(vault, client.client_id, TEXT).note
    notes.get_psychotherapy_note(vault, psy.note_id)
    search.search(vault, "vexillum", psychotherapy=True)
    plans.update_plan(vault, client.client_id, problems=TEXT)
    attachments.read_attachment(vault, attachments.add_attachment(vault, client.client_id, PDF, kind="consent",
                                                                  filename=f"{NAME}.pdf").attachment_id)
    entries = vault.ledger.entries(since_seq=start + 1)
    kinds = [e.kind for e in entries]
    for expected in ("client.created", "session.created", "note.created", "note.signed", "note.viewed",
                     "note.amended", "note.printed", "chart.opened", "search.psychotherapy", "plan.updated",
                     "attachment.added", "attachment.viewed"):
        assert expected in kinds, expected
    assert kinds.count("note.viewed") == 3  # get_note, note_history, get_psychotherapy_note
    assert "note.updated" not in kinds  # autosave is not logged per keystroke
    created = [e.payload for e in entries if e.kind == "note.created"]
    assert {p["kind"] for p in created} == {"progress", "psychotherapy"}
    assert entries[kinds.index("chart.opened")].payload == {"client_id": client.client_id, "psychotherapy": False}
    raw = json.dumps([e.payload for e in entries])
    for secret in (NAME, "Hollowmere", "Canarytext", "Vexillum", "vexillum"):
        assert secret not in raw
