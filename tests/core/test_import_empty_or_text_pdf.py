"""F5: a note "PDF" that is empty (a download that failed) or plain text under a PDF's name.
The empty one is listed with the true reason; the text one is what docs/import.md promises of a
damaged note: kept as it came, never dropped, with its line in the report."""

from __future__ import annotations

from pathlib import Path

from scripts.make_simplepractice_export import make_export
from vault_app.services import attachments
from vault_app.services.importers.simplepractice import import_simplepractice, plan_simplepractice
from vault_app.services.vault import Vault
from vault_app.storage import imports


def test_empty_and_text_note_pdfs(psy_vault: Vault, tmp_path: Path) -> None:
    export = make_export(tmp_path / "SP", clients=1, notes_per_client=1)
    who = export.clients[0]
    folder = export.root / "Medical Records" / who.name
    empty = folder / "Progress Note 2023-02-06 110000 777002.pdf"
    empty.write_bytes(b"")
    text = folder / "Progress Note 2023-02-13 110000 777003.pdf"
    text.write_text(f"Client: {who.name}\nDOB: {who.dob:%m/%d/%Y}\nSaved as text by mistake.\n")
    rel = lambda p: p.relative_to(export.root).as_posix()  # noqa: E731

    plan = plan_simplepractice(psy_vault, export.root)
    skipped = {i.path: i.reason for i in plan.skipped}
    assert skipped[rel(empty)].code == "import.file_empty"  # type: ignore[attr-defined]
    assert "empty" in skipped[rel(empty)] and "cannot keep" not in skipped[rel(empty)]
    assert rel(text) not in skipped
    notices = {i.path: i.reason for i in plan.notices}
    assert notices[rel(text)].code == "import.note_pdf_damaged_kept"  # type: ignore[attr-defined]

    import_simplepractice(psy_vault, export.root)
    chart = imports.mapped_keys(psy_vault.records, "simplepractice")[f"contact:{who.sp_id}"][1]
    kept = {a.filename for a in attachments.list_attachments(psy_vault, chart)}
    assert text.name in kept and empty.name not in kept
