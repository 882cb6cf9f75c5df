"""A note PDF downloaded twice (found by the import walk): the browser names the second copy
"Progress Note 2022-01-12 090000 200420 (1).pdf". The copy came in as a document of kind
"other" beside the note (the same PDF twice in the chart, its text twice in the search). It is
the same note: imported once, with a line saying so; a copy whose content differs is listed."""

from __future__ import annotations

from pathlib import Path

from scripts.make_simplepractice_export import make_export
from vault_app.services import attachments
from vault_app.services.importers.simplepractice import import_simplepractice, plan_simplepractice
from vault_app.services.vault import Vault
from vault_app.storage import imports


def test_a_browser_copy_of_a_note_is_the_same_note(vault: Vault, tmp_path: Path) -> None:
    export = make_export(tmp_path / "sp", clients=1, notes_per_client=2, seed=7)
    ada = export.clients[0]
    note = next(n for n in ada.notes if n.kind == "Progress Note")
    copy = note.path.with_name(note.path.stem + " (1).pdf")
    copy.write_bytes(note.path.read_bytes())

    plan = plan_simplepractice(vault, export.root)
    chart = next(c for c in plan.charts if c.source_key == f"contact:{ada.sp_id}")
    assert not [i for i in chart.items if i.item_kind == "document" and "(1)" in i.path]
    assert [i.source_key for i in chart.items].count(f"note:{note.sp_id}") == 1
    said = [i for i in plan.notices if i.reason.code == "import.same_file_once"]
    assert len(said) == 1

    import_simplepractice(vault, export.root)
    client_id = imports.mapped_keys(vault.records, "simplepractice")[f"contact:{ada.sp_id}"][1]
    names = [a.filename for a in attachments.list_attachments(vault, client_id)]
    assert not [n for n in names if "(1)" in n]
