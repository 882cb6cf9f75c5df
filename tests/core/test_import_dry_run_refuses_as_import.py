"""The dry run applies the import's own check of a new chart (walk-move finding 7): a vCard whose
name holds a text-direction override (U+202E) is listed as refused, with the import's reason,
instead of under "will be created"; the import then creates exactly the charts the dry run said."""

from __future__ import annotations

from pathlib import Path

from scripts.make_simplepractice_export import FakeClient, make_export, vcard
from vault_app.services import clients
from vault_app.services.importers.csv_clients import plan_csv
from vault_app.services.importers.simplepractice import import_simplepractice, plan_simplepractice
from vault_app.services.vault import Vault

RLO = "\u202e"


def test_a_contact_the_import_refuses_is_refused_in_the_dry_run(psy_vault: Vault, tmp_path: Path) -> None:
    export = make_export(tmp_path / "SimplePractice Export", clients=2, notes_per_client=1, seed=3)
    spoof = FakeClient("4400001", "Ann", f"{RLO}CBA Lee", export.clients[0].dob, "ann@example.org", "555-0101")
    card = export.root / "Contacts" / "Ann CBA Lee - 4400001.vcf"
    card.write_text(vcard(spoof))

    plan = plan_simplepractice(psy_vault, export.root)
    assert all(RLO not in c.name for c in plan.charts)
    said = {i.path: i.reason for i in plan.skipped}
    assert said[card.relative_to(export.root).as_posix()].code == "import.chart_refused"

    report = import_simplepractice(psy_vault, export.root)
    assert report.charts_created == len(plan.charts)
    assert len(clients.list_clients(psy_vault)) == len(plan.charts)


def test_a_csv_row_with_an_email_the_import_refuses_is_refused_in_the_dry_run(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    long = "ida" + "x" * 300 + "@example.org"  # over the 300 characters the core takes
    path.write_text(f"Name,Email\nIda Brook,{long}\nWren Example,wren@example.org\n", encoding="utf-8")
    plan = plan_csv(vault, path, mapping={"name": "Name", "email": "Email"})
    assert [c.name for c in plan.charts] == ["Wren Example"]
    assert [i.reason.code for i in plan.skipped] == ["import.chart_refused"]
