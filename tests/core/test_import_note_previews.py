"""Imported notes preview their own words, not the export's header (round 39's walker): every
SimplePractice note's PDF text starts with the same lines ("Progress Note", "Client: ...", "DOB:
...", "Provider: ...", "Date of service: ..."), so the chart's list of notes showed one preview
for all of them. The list skips that header; the note's stored text is unchanged (it is what was
imported, and what its signature seals). A note typed in the app previews as it always did, even
one that starts with a line like "Client: ...". Real vault, real export PDFs."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from scripts.make_simplepractice_export import FakeExport, make_export
from vault_app.domain.note_preview import note_preview
from vault_app.services import notes, psychotherapy_notes
from vault_app.services.importers.simplepractice import import_simplepractice
from vault_app.services.vault import Vault
from vault_app.storage import imports


@pytest.fixture
def export(tmp_path: Path) -> FakeExport:
    return make_export(tmp_path / "SimplePractice Export", clients=2, notes_per_client=4)


def _chart(vault: Vault, sp_id: str) -> str:
    return imports.mapped_keys(vault.records, "simplepractice")[f"contact:{sp_id}"][1]


def test_imported_notes_preview_their_own_words(psy_vault: Vault, export: FakeExport) -> None:
    import_simplepractice(psy_vault, export.root)
    fake = export.clients[0]
    client_id = _chart(psy_vault, fake.sp_id)
    listed = notes.list_notes(psy_vault, client_id)
    psy = psychotherapy_notes.list_psychotherapy_notes(psy_vault, client_id)
    assert len(listed) >= 3 and psy
    words = {n.text[:40] for n in fake.notes}
    for summary in [*listed, *psy]:
        assert not summary.preview.startswith(("Progress Note", "Intake Note", "Psychotherapy Note", "Client:")), \
            summary.preview
        assert summary.preview[:40] in words, summary.preview
    assert len({n.preview for n in listed}) == len(listed)  # one preview per note, not one for all
    # The stored text is the PDF's whole text, header and all.
    note = notes.get_note(psy_vault, listed[0].note_id)
    assert "Client: " + fake.name in "\n".join(note.sections.values())


def test_a_typed_note_previews_as_typed(vault: Vault) -> None:
    from vault_app.services import clients

    client = clients.create_client(vault, "Lucía Peña", date_of_birth=date(1980, 3, 4))
    text = "Client: arrived late, flat affect.\nDOB: n/a\nDiscussed sleep."
    notes.create_progress_note(vault, client.client_id, template="free", text=text, note_date=date(2026, 12, 1))
    (summary,) = notes.list_notes(vault, client.client_id)
    assert summary.preview.startswith("Client: arrived late")


@pytest.mark.parametrize("text,imported,expected", [
    # The export's header, then the note: the note's words.
    ("Progress Note\nClient: Ada Amber\nDOB: 01/02/1980\nProvider: Dr. Q\nDate of service: 01/09/2023 10:00 AM ET\n\n"
     "Client reported improved sleep.", True, "Client reported improved sleep."),
    # Other header labels an export prints (clinician, location...), any case.
    ("Intake Note\nCLIENT NAME: A\nclinician: B\nLocation: Office\nAppointment: 10:00\nSlept better.", True,
     "Slept better."),
    # No header: the text as it is.
    ("Slept better.\nClient: fine", True, "Slept better. Client: fine"),
    # All header and no words: the header rather than nothing.
    ("Progress Note\nClient: A\nDOB: 01/02/1980", True, "Progress Note Client: A DOB: 01/02/1980"),
    # Typed in the app: never cut.
    ("Client: arrived late.\nPlan: weekly.", False, "Client: arrived late. Plan: weekly."),
    # A first line that is not a title followed by a header: kept.
    ("Client reports a hard week; long first line that is a sentence.\nClient: said more", True,
     "Client reports a hard week; long first line that is a sentence. Client: said more"),
])
def test_note_preview(text: str, imported: bool, expected: str) -> None:
    assert note_preview(text, imported=imported) == expected[:120]
