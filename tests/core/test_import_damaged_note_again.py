"""A note that came in damaged, imported again once the therapist downloaded a readable copy
(what the report told them to do): the note comes in. A progress note becomes a real note,
its damaged PDF staying attached; a psychotherapy note's draft is filled with the text and its
original replaced, only while it is still an unsigned draft (a signed one is never changed).
The same damaged file imported again adds nothing.

Found: the psychotherapy note is keyed by its SimplePractice id, so the readable copy was
counted as "already imported" and the draft kept saying its text could not be read."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from scripts.make_simplepractice_export import FakeClient, FakeExport, FakeNote, _pdf, make_export, note_lines
from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import cli_in_process
from tests.core.long_note_pdfs import pages_each
from tests.core.test_import_hostile_pdfs import _text
from vault_app.domain.clinical_notes import NoteSummary
from vault_app.services import attachments, clients, notes, practice, psychotherapy_notes, search
from vault_app.services.importers import provenance as prov
from vault_app.services.importers import simplepractice
from vault_app.services.importers import simplepractice_parse as sp
from vault_app.services.importers.apply import apply_plan
from vault_app.services.importers.simplepractice import import_simplepractice, plan_simplepractice
from vault_app.services.vault import Vault, open_vault
from vault_app.storage import imports, migrations

_CUT = pages_each([_text("Session went well"), _text("Plan: continue weekly")])
_PROGRESS = "Progress Note 2024-04-01 100000 770001.pdf"
_PSYCHOTHERAPY = "Psychotherapy Note 2024-04-04 100000 770004.pdf"


def _good(client: FakeClient, kind: str, sp_id: str, day: datetime, text: str, *, signed: bool) -> bytes:
    return _pdf(note_lines(client, FakeNote(kind, sp_id, day, text, signed=signed)))


@pytest.fixture
def fake(tmp_path: Path) -> FakeExport:
    return make_export(tmp_path / "SimplePractice Export", clients=1, notes_per_client=2)


def _paths(fake: FakeExport) -> tuple[Path, Path]:
    name = fake.clients[0].name
    medical = fake.root / "Medical Records" / name / _PROGRESS
    psychotherapy = fake.root / "Psychotherapy Notes" / name / _PSYCHOTHERAPY
    psychotherapy.parent.mkdir(parents=True, exist_ok=True)
    return medical, psychotherapy


def _damaged(fake: FakeExport) -> tuple[Path, Path]:
    medical, psychotherapy = _paths(fake)
    medical.write_bytes(_CUT[:300])
    psychotherapy.write_bytes(_CUT[: len(_CUT) // 2])
    for path in (medical, psychotherapy):
        assert sp.pdf_text(path.read_bytes()).problem == "unreadable"
    return medical, psychotherapy


def _readable(fake: FakeExport, *, signed: bool) -> tuple[Path, Path]:
    """The copies downloaded again: the same notes, their PDFs whole."""
    medical, psychotherapy = _paths(fake)
    client = fake.clients[0]
    medical.write_bytes(_good(client, "Progress Note", "770001", datetime(2024, 4, 1, 10),
                              "Reviewed sleep diary; practised grounding.", signed=True))
    psychotherapy.write_bytes(_good(client, "Psychotherapy Note", "770004", datetime(2024, 4, 4, 10),
                                    "Process: the transference came up around the missed session.", signed=signed))
    for path in (medical, psychotherapy):
        assert not sp.pdf_text(path.read_bytes()).problem
    return medical, psychotherapy


def _psychotherapy_note(vault: Vault, client_id: str) -> NoteSummary:
    return next(s for s in notes.list_psychotherapy_notes(vault, client_id)
                if prov.note_provenance(vault, s.note_id, s.kind).source_id == "770004")


def _owner(vault: Vault, fake: FakeExport) -> str:
    return next(c.client_id for c in clients.list_clients(vault) if c.legal_name == fake.clients[0].name)


def test_a_readable_copy_of_a_damaged_psychotherapy_note_fills_its_draft(psy_vault: Vault,
                                                                        fake: FakeExport) -> None:
    _medical, psychotherapy = _damaged(fake)
    import_simplepractice(psy_vault, fake.root)
    owner = _owner(psy_vault, fake)
    draft = _psychotherapy_note(psy_vault, owner)
    kept = psychotherapy_notes.get_psychotherapy_note(psy_vault, draft.note_id, audit_view=False)
    assert kept.body.startswith("[Added by the import: the text of this note could not be read")

    again = import_simplepractice(psy_vault, fake.root)  # the same damaged file: nothing
    assert (again.progress_notes, again.psychotherapy_notes, again.documents) == (0, 0, 0)
    assert psychotherapy_notes.get_psychotherapy_note(psy_vault, draft.note_id, audit_view=False) == kept

    _readable(fake, signed=False)
    plan = plan_simplepractice(psy_vault, fake.root)
    planned = [i for c in plan.charts for i in c.items if i.item_kind == "psychotherapy_note"]
    assert [i.path.rsplit("/", 1)[-1] for i in planned] == [_PSYCHOTHERAPY]
    report = import_simplepractice(psy_vault, fake.root)
    assert report.psychotherapy_notes == 1
    said = {i.path: str(i.reason) for i in report.notices}
    assert said[psychotherapy.relative_to(fake.root).as_posix()] == (
        "Psychotherapy Note of 2024-04-04: the readable PDF filled the draft kept when the note came in "
        "damaged; its original PDF is now this one.")
    # The same note, not a second one: filled with the text, its original the readable PDF.
    assert sum(1 for s in notes.list_psychotherapy_notes(psy_vault, owner)
               if prov.note_provenance(psy_vault, s.note_id, s.kind).source_id == "770004") == 1
    filled = psychotherapy_notes.get_psychotherapy_note(psy_vault, draft.note_id, audit_view=False)
    assert "Process: the transference came up around the missed session." in filled.body
    assert "could not be read" not in filled.body and filled.signature is None
    assert imports.psychotherapy_original(psy_vault.psychotherapy, draft.note_id) == (
        psychotherapy.name, psychotherapy.read_bytes())
    assert not imports.psychotherapy_original_unreadable(psy_vault.psychotherapy, draft.note_id)
    entries = [e for e in psy_vault.ledger.entries(kinds=("note.updated",))
               if e.payload.get("note_id") == draft.note_id]
    assert [(e.payload.get("kind"), e.payload.get("source")) for e in entries] == [("psychotherapy", "simplepractice")]

    found = search.search(psy_vault, "transference", psychotherapy=True)  # the search index follows the fill
    assert [h.note_id for h in found.psychotherapy_notes or ()] == [draft.note_id]
    third = import_simplepractice(psy_vault, fake.root)  # filled once: the readable copy again adds nothing
    assert third.psychotherapy_notes == 0
    assert psychotherapy_notes.get_psychotherapy_note(psy_vault, draft.note_id, audit_view=False) == filled


def test_the_therapist_s_words_in_the_draft_stay_after_the_text(psy_vault: Vault, fake: FakeExport) -> None:
    _damaged(fake)
    import_simplepractice(psy_vault, fake.root)
    draft = _psychotherapy_note(psy_vault, _owner(psy_vault, fake))
    line = psychotherapy_notes.get_psychotherapy_note(psy_vault, draft.note_id, audit_view=False).body
    psychotherapy_notes.save_psychotherapy_draft(psy_vault, draft.note_id, line + "\n\nMy own memory of it: tearful.")
    _readable(fake, signed=False)
    import_simplepractice(psy_vault, fake.root)
    body = psychotherapy_notes.get_psychotherapy_note(psy_vault, draft.note_id, audit_view=False).body
    assert body.endswith("Process: the transference came up around the missed session.\n\nMy own memory of it: "
                         "tearful.")
    assert "could not be read" not in body


def test_a_readable_copy_signed_in_simplepractice_comes_in_signed_as_it_would_have(psy_vault: Vault,
                                                                                  fake: FakeExport) -> None:
    _damaged(fake)
    import_simplepractice(psy_vault, fake.root)
    draft = _psychotherapy_note(psy_vault, _owner(psy_vault, fake))
    _readable(fake, signed=True)
    import_simplepractice(psy_vault, fake.root)
    filled = psychotherapy_notes.get_psychotherapy_note(psy_vault, draft.note_id, audit_view=False)
    assert filled.signature is not None and filled.signature.signed_by.startswith("SimplePractice: ")
    assert prov.note_provenance(psy_vault, draft.note_id, "psychotherapy").signed_by != ""
    assert psychotherapy_notes.psychotherapy_note_history(psy_vault, draft.note_id).signature_valid


def test_a_signed_note_that_came_in_damaged_is_never_changed(psy_vault: Vault, fake: FakeExport) -> None:
    _damaged(fake)
    import_simplepractice(psy_vault, fake.root)
    draft = _psychotherapy_note(psy_vault, _owner(psy_vault, fake))
    psychotherapy_notes.sign_psychotherapy_note(psy_vault, draft.note_id)
    signed = psychotherapy_notes.get_psychotherapy_note(psy_vault, draft.note_id, audit_view=False)
    original = imports.psychotherapy_original(psy_vault.psychotherapy, draft.note_id)
    _readable(fake, signed=False)
    report = import_simplepractice(psy_vault, fake.root)
    assert report.psychotherapy_notes == 0
    assert psychotherapy_notes.get_psychotherapy_note(psy_vault, draft.note_id, audit_view=False) == signed
    assert imports.psychotherapy_original(psy_vault.psychotherapy, draft.note_id) == original


def test_a_note_signed_between_the_plan_and_the_import_is_not_changed(psy_vault: Vault, fake: FakeExport) -> None:
    _damaged(fake)
    import_simplepractice(psy_vault, fake.root)
    draft = _psychotherapy_note(psy_vault, _owner(psy_vault, fake))
    _readable(fake, signed=False)
    plan, scan = simplepractice._plan(psy_vault, fake.root, {})
    assert any(i.fills_note_id == draft.note_id for c in plan.charts for i in c.items)
    psychotherapy_notes.sign_psychotherapy_note(psy_vault, draft.note_id)  # meanwhile, in the app
    signed = psychotherapy_notes.get_psychotherapy_note(psy_vault, draft.note_id, audit_view=False)
    report = apply_plan(psy_vault, plan, lambda item: simplepractice._load(scan, item), system=simplepractice.SYSTEM)
    assert report.psychotherapy_notes == 0
    said = {i.path: str(i.reason) for i in report.skipped}
    assert said[f"Psychotherapy Notes/{fake.clients[0].name}/{_PSYCHOTHERAPY}"] == (
        "Psychotherapy Note of 2024-04-04: not filled in, as its draft was signed meanwhile; a signed note is "
        "never changed.")
    assert psychotherapy_notes.get_psychotherapy_note(psy_vault, draft.note_id, audit_view=False) == signed


def test_a_readable_copy_of_a_damaged_progress_note_becomes_a_note(psy_vault: Vault, fake: FakeExport) -> None:
    medical, _psychotherapy = _damaged(fake)
    damaged_bytes = medical.read_bytes()
    import_simplepractice(psy_vault, fake.root)
    owner = _owner(psy_vault, fake)
    before = {prov.note_provenance(psy_vault, s.note_id, s.kind).source_id for s in notes.list_notes(psy_vault, owner)}
    assert "770001" not in before
    assert import_simplepractice(psy_vault, fake.root).progress_notes == 0  # the same damaged file: nothing

    _readable(fake, signed=False)
    report = import_simplepractice(psy_vault, fake.root)
    assert report.progress_notes == 1 and report.documents == 0
    note = next(s for s in notes.list_notes(psy_vault, owner)
                if prov.note_provenance(psy_vault, s.note_id, s.kind).source_id == "770001")
    body = notes.get_any(psy_vault, note.note_id, note.kind)
    assert "Reviewed sleep diary; practised grounding." in str(body.as_dict())
    # Both PDFs stay in the chart: the damaged one as it came, and the readable note's original.
    kept = {attachments.read_attachment(psy_vault, a.attachment_id)[1]
            for a in attachments.list_attachments(psy_vault, owner, kind="imported_note")}
    assert {damaged_bytes, medical.read_bytes()} <= kept
    assert import_simplepractice(psy_vault, fake.root).progress_notes == 0


def test_the_second_import_from_the_command_line_fills_the_draft(tmp_path: Path, fake: FakeExport,
                                                                 psy_vault: Vault) -> None:
    _damaged(fake)
    import_simplepractice(psy_vault, fake.root)
    owner = _owner(psy_vault, fake)
    note_id = _psychotherapy_note(psy_vault, owner).note_id
    folder = psy_vault.folder
    psy_vault.lock()
    _readable(fake, signed=False)
    run = cli_in_process("import", "simplepractice", str(fake.root), "--vault", str(folder), "--psychotherapy")
    assert run.code == 0, run.err
    assert "Psychotherapy Note of 2024-04-04: the readable PDF filled the draft" in run.out
    with open_vault(folder, PASSPHRASE) as vault:
        vault.unlock_psychotherapy(PASSPHRASE)
        body = psychotherapy_notes.get_psychotherapy_note(vault, note_id, audit_view=False).body
    assert "Process: the transference came up around the missed session." in body


def test_a_draft_that_came_in_damaged_before_the_upgrade_is_found_by_its_line(psy_vault: Vault,
                                                                              fake: FakeExport) -> None:
    """0099's own rows: a vault that imported a damaged note before the column existed."""
    _damaged(fake)
    practice.update(psy_vault, locale="es_MX")  # the line in Spanish: found all the same
    import_simplepractice(psy_vault, fake.root)
    note_id = _psychotherapy_note(psy_vault, _owner(psy_vault, fake)).note_id
    db = psy_vault.psychotherapy
    with db.transaction():
        db.execute("ALTER TABLE psychotherapy_provenance DROP COLUMN original_unreadable")
        db.execute("DROP TABLE psychotherapy_kept_originals")  # 0100, later: the upgrade makes it again
    db.execute("PRAGMA user_version = 95")
    folder = psy_vault.folder
    psy_vault.lock()
    with open_vault(folder, PASSPHRASE, with_psychotherapy=True) as vault:
        assert vault.psychotherapy.user_version() == migrations.latest_version("psychotherapy")
        assert imports.unreadable_psychotherapy_drafts(vault.psychotherapy, "SimplePractice") == {"770004": note_id}
        _readable(fake, signed=False)
        assert import_simplepractice(vault, fake.root).psychotherapy_notes == 1
        assert "transference" in psychotherapy_notes.get_psychotherapy_note(vault, note_id, audit_view=False).body
