"""Copies of one file in the folder of PDFs are said as copies, not as "already imported". Found
walking the CLI (wtwo, forty-fifth round): a folder of five byte-identical PDFs, none imported
before, dry-ran as "already imported (skipped): 4". A re-run still says what it imported before."""

from __future__ import annotations

from pathlib import Path

from scripts.make_simplepractice_export import _pdf
from vault_app.services import attachments, clients
from vault_app.services.importers.pdf_folder import import_pdf_folder, plan_pdf_folder
from vault_app.services.vault import Vault


def test_copies_in_the_folder_are_said_as_copies(vault: Vault, tmp_path: Path) -> None:
    folder = tmp_path / "Scans"
    folder.mkdir()
    same = _pdf(["Intake form"])
    for name in ("a-intake.pdf", "b-intake copy.pdf", "c-intake copy 2.pdf"):
        (folder / name).write_bytes(same)
    (folder / "letter.pdf").write_bytes(_pdf(["A letter"]))
    client_id = clients.create_client(vault, "Ines Harrow").client_id

    plan = plan_pdf_folder(vault, folder, client_id)
    assert plan.already_imported == 0  # nothing was, before
    skipped = {i.path: (i.reason.code, dict(i.reason.params)) for i in plan.skipped}  # type: ignore[attr-defined]
    assert skipped == {"b-intake copy.pdf": ("import.same_file_twice", {"first": "a-intake.pdf"}),
                       "c-intake copy 2.pdf": ("import.same_file_twice", {"first": "a-intake.pdf"})}
    assert sorted(i.path for i in plan.charts[0].items) == ["a-intake.pdf", "letter.pdf"]

    import_pdf_folder(vault, folder, client_id)
    assert sorted(a.filename for a in attachments.list_attachments(vault, client_id)) == ["a-intake.pdf",
                                                                                          "letter.pdf"]
    again = plan_pdf_folder(vault, folder, client_id)  # a re-run: the first two were imported
    assert again.already_imported == 2 and not again.charts
    assert {i.path for i in again.skipped} == {"b-intake copy.pdf", "c-intake copy 2.pdf"}
