"""A destroyed chart does not come back when the same import is run again (walk-move finding 2):
the destruction keeps a keyed fingerprint of the source id that created the chart, never the
id itself, and the dry run and the import list the record as destroyed, with the date and the
certificate, instead of "(new chart)". CSV and SimplePractice both."""

from __future__ import annotations

from pathlib import Path

from scripts.make_simplepractice_export import make_export
from vault_app.services import clients, destruction
from vault_app.services.importers.csv_clients import import_csv, plan_csv
from vault_app.services.importers.simplepractice import import_simplepractice, plan_simplepractice
from vault_app.services.vault import Vault
from vault_app.storage import imports


def _destroy(vault: Vault, number: str) -> dict[str, object]:
    return destruction.destroy(vault, number, basis="override", confirm=number,
                               override_reason="the client asked for the chart to be destroyed")


def _meta_text(vault: Vault) -> str:
    return " ".join(f"{r['key']}={r['value']}" for r in vault.records.query("SELECT key, value FROM meta"))


def test_a_destroyed_csv_chart_is_listed_not_created_again(psy_vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "old-clients.csv"
    path.write_text("Name,Born\nHarold Oldfield,1950-04-02\nWanda Keel,1961-07-08\n", encoding="utf-8")
    mapping = {"name": "Name", "date_of_birth": "Born"}
    import_csv(psy_vault, path, mapping=mapping)
    harold = next(c for c in clients.list_clients(psy_vault) if c.legal_name == "Harold Oldfield")
    cert = _destroy(psy_vault, harold.chart_number)
    assert cert["verification"]["result"] == "passed"  # type: ignore[index]

    plan = plan_csv(psy_vault, path, mapping=mapping)
    assert [c.name for c in plan.charts] == []
    assert plan.already_imported == 1  # Wanda
    said = [i for i in plan.skipped if i.reason.code == "import.chart_destroyed"]
    assert len(said) == 1
    assert said[0].reason.params["certificate"] == cert["certificate_id"]
    assert said[0].reason.params["date"] == str(cert["started_at"])[:10]
    assert str(cert["certificate_id"]) in said[0].reason

    report = import_csv(psy_vault, path, mapping=mapping)
    assert report.charts_created == 0
    assert [c.legal_name for c in clients.list_clients(psy_vault)] == ["Wanda Keel"]
    # What survives names neither the client nor the source key ("custom:harold oldfield|1950-04-02").
    kept = _meta_text(psy_vault).casefold()
    assert "harold" not in kept and "oldfield" not in kept and "1950-04-02" not in kept


def test_a_destroyed_simplepractice_chart_and_its_files_are_listed_not_brought_back(psy_vault: Vault,
                                                                                    tmp_path: Path) -> None:
    export = make_export(tmp_path / "SimplePractice Export", clients=2, notes_per_client=2, seed=11)
    import_simplepractice(psy_vault, export.root)
    gone = export.clients[0]
    mapped = imports.mapped_keys(psy_vault.records, "simplepractice")
    chart = clients.get_client(psy_vault, mapped[f"contact:{gone.sp_id}"][1])
    cert = _destroy(psy_vault, chart.chart_number)
    assert cert["verification"]["result"] == "passed"  # type: ignore[index]
    # The destruction's record of it: how many fingerprints, and no id.
    steps = {s["step"]: s for s in cert["method"]["steps"]}  # type: ignore[index]
    assert "1 keyed fingerprint" in steps["remember imports"]["detail"]

    plan = plan_simplepractice(psy_vault, export.root)
    assert all(c.source_key != f"contact:{gone.sp_id}" for c in plan.charts)
    listed = {i.path: i.reason for i in plan.skipped}
    card = next(p for p, r in listed.items() if r.code == "import.chart_destroyed")
    assert card.startswith("Contacts/") and gone.sp_id in card
    assert listed[card].params["certificate"] == cert["certificate_id"]
    for note in gone.notes:
        rel = note.path.relative_to(export.root).as_posix()
        if note.kind != "Psychotherapy Note" or psy_vault.psychotherapy_open:
            assert listed[rel].code == "import.chart_destroyed_file", rel

    before = {c.client_id for c in clients.list_clients(psy_vault)}
    report = import_simplepractice(psy_vault, export.root)
    assert report.charts_created == 0 and report.progress_notes == 0
    assert {c.client_id for c in clients.list_clients(psy_vault)} == before
    assert gone.sp_id not in _meta_text(psy_vault) and gone.name not in _meta_text(psy_vault)
