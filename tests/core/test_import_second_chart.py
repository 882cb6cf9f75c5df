"""An import's dry run says when a new chart is for someone the vault already has a chart
for (typed in by hand before the import): the import would split their records."""

from __future__ import annotations

from pathlib import Path

from scripts.make_simplepractice_export import make_export
from vault_app.services import clients
from vault_app.services.importers.csv_clients import plan_csv
from vault_app.services.importers.simplepractice import plan_simplepractice
from vault_app.services.vault import Vault


def test_a_csv_row_for_a_client_already_here_is_said(vault: Vault, tmp_path: Path) -> None:
    there = clients.create_client(vault, "Tove Eastwick", date_of_birth="1990-02-03")
    path = tmp_path / "custom.csv"
    path.write_text("Who,Born\nTOVE  EASTWICK,1990-02-03\nTove Eastwick,1991-02-03\nIda Brook,1990-02-03\n",
                    encoding="utf-8")
    plan = plan_csv(vault, path, mapping={"name": "Who", "date_of_birth": "Born"})
    assert len(plan.charts) == 3  # still planned: the therapist decides
    said = [(i.path, i.reason) for i in plan.notices]
    assert len(said) == 1
    assert said[0][0] == "TOVE EASTWICK" and there.chart_number in said[0][1] and "split" in said[0][1]


def test_a_simplepractice_client_already_here_is_said_and_an_imported_one_is_not(psy_vault: Vault,
                                                                                tmp_path: Path) -> None:
    export = make_export(tmp_path / "SimplePractice Export", clients=3, notes_per_client=1)
    first = export.clients[0]
    plan = plan_simplepractice(psy_vault, export.root)
    assert not any("already exists" in i.reason for i in plan.notices)
    there = clients.create_client(psy_vault, first.name, date_of_birth=first.dob)
    plan = plan_simplepractice(psy_vault, export.root)
    said = [i for i in plan.notices if "already exists" in i.reason]
    assert [i.path for i in said] == [first.name] and there.chart_number in said[0].reason
