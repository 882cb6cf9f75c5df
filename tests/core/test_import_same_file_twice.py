"""The same file twice in one client's SimplePractice export (a treatment plan copied into
Stored documents: walk-move finding 3) is imported once, with a line saying so. It stopped the
import at that chart, every time, with UNIQUE import_map(source, source_key)."""

from __future__ import annotations

import shutil
from pathlib import Path

from scripts.make_simplepractice_export import make_export
from vault_app.services import attachments, clients
from vault_app.services.importers.simplepractice import import_simplepractice, plan_simplepractice
from vault_app.services.vault import Vault
from vault_app.storage import imports


def test_the_same_file_twice_in_one_chart_is_kept_once_and_said(psy_vault: Vault, tmp_path: Path) -> None:
    export = make_export(tmp_path / "SimplePractice Export", clients=3, notes_per_client=1, seed=5)
    priya = export.clients[0]
    plan_pdf = next(p for p in priya.documents if p.name.startswith("Diagnosis and treatment plan"))
    copy = export.root / "Stored documents" / priya.name / plan_pdf.name
    shutil.copyfile(plan_pdf, copy)
    copy_rel = copy.relative_to(export.root).as_posix()
    first_rel = plan_pdf.relative_to(export.root).as_posix()

    plan = plan_simplepractice(psy_vault, export.root)
    chart = next(c for c in plan.charts if c.source_key == f"contact:{priya.sp_id}")
    paths = [i.path for i in chart.items]
    assert (first_rel in paths) != (copy_rel in paths)  # one of the two, once
    said = [i for i in plan.notices if i.reason.code == "import.same_file_once"]
    assert len(said) == 1 and {said[0].path, said[0].reason.params["path"]} == {first_rel, copy_rel}

    report = import_simplepractice(psy_vault, export.root)
    assert report.charts_created == len(plan.charts)  # every chart, the ones after Priya's too
    assert any(i.reason.code == "import.same_file_once" for i in report.notices)
    client_id = imports.mapped_keys(psy_vault.records, "simplepractice")[f"contact:{priya.sp_id}"][1]
    kept = [a for a in attachments.list_attachments(psy_vault, client_id)
            if a.filename == plan_pdf.name]
    assert len(kept) == 1
    assert len(clients.list_clients(psy_vault)) == report.charts_created
    # And again: nothing more, nothing stops.
    again = import_simplepractice(psy_vault, export.root)
    assert again.charts_created == 0 and again.documents == 0
