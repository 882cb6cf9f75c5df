"""`vault-app import simplepractice|csv|pdf-folder`, plus the CSV presets and manual mapping, and
a folder of PDFs into one chart.

The import commands run in process (tests/core/cli_helpers.cli: the same `run` the console
script calls), except what is about the process itself: the first real import (progress on
stderr, the report on stdout) and the errors' exit codes and sentences (no traceback) run as
real processes through the entry point."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from scripts.make_simplepractice_export import _pdf, make_export
from tests.core.cli_helpers import FAST_KDF, Result, cli, cli_process
from vault_app.domain.errors import InvalidInput
from vault_app.services import attachments, clients
from vault_app.services.importers.csv_clients import import_csv, plan_csv, preview_csv
from vault_app.services.importers.pdf_folder import date_from_name, import_pdf_folder
from vault_app.services.vault import Vault


def test_cli_dry_run_then_import_then_rerun(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def in_process(*args: str) -> Result:
        return cli(capsys, monkeypatch, *args)

    folder = tmp_path / "vault"
    assert in_process("init", "--vault", str(folder), "--no-keyring", *FAST_KDF).code == 0
    export = make_export(tmp_path / "export", clients=2, notes_per_client=2)
    dry = in_process("import", "simplepractice", str(export.root), "--dry-run", "--json", "--vault", str(folder))
    assert dry.code == 0, dry.err
    plan = dry.json()
    assert plan["will_create"]["charts"] == len(export.clients)
    assert plan["will_create"]["psychotherapy_notes"] == 0  # locked: listed as skipped, with what to do
    assert any("--psychotherapy" in s["reason"] for s in plan["skipped"])
    unlocked = in_process("import", "simplepractice", str(export.root), "--dry-run", "--json", "--psychotherapy",
                           "--vault", str(folder))
    assert unlocked.json()["will_create"]["psychotherapy_notes"] > 0
    assert any("malformed" in s["reason"] for s in plan["skipped"])
    listed = in_process("client", "list", "--json", "--vault", str(folder))
    assert listed.json() == []  # the dry run wrote nothing

    run = cli_process("import", "simplepractice", str(export.root), "--psychotherapy", "--vault", str(folder))
    assert run.code == 0, run.err
    assert "%" in run.err and "Chart 1 of" in run.err  # progress on stderr
    assert "still holds your records in plain text" in run.out
    assert f"charts created {len(export.clients)}" in run.out
    names = sorted(c["legal_name"] for c in in_process("client", "list", "--json", "--vault", str(folder)).json())
    assert names == sorted(c.name for c in export.clients)

    again = in_process("import", "simplepractice", str(export.root), "--psychotherapy", "--json", "--quiet",
                        "--vault", str(folder))
    assert again.code == 0 and again.err == ""
    data = again.json()
    assert (data["charts_created"], data["progress_notes"], data["psychotherapy_notes"], data["documents"]) == (
        0, 0, 0, 0)
    assert "plain text" in data["reminder"]
    audit = in_process("audit", "verify", "--vault", str(folder))
    assert audit.code == 0, audit.err


def test_cli_errors_are_clear(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "vault"
    assert cli(capsys, monkeypatch, "init", "--vault", str(folder), "--no-keyring", *FAST_KDF).code == 0
    missing = cli_process("import", "simplepractice", str(tmp_path / "nope"), "--vault", str(folder))
    assert missing.code == 8 and "does not exist" in missing.err and "Traceback" not in missing.err
    (tmp_path / "other").mkdir()
    wrong = cli_process("import", "simplepractice", str(tmp_path / "other"), "--vault", str(folder))
    assert wrong.code == 2 and "does not look like a SimplePractice export" in wrong.err
    bad_map = cli_process("import", "csv", str(tmp_path / "x.csv"), "--map", "nonsense", "--vault", str(folder))
    assert bad_map.code == 2 and "KEY=VALUE" in bad_map.err


SIMPLEPRACTICE_CSV = (
    "Client ID,First Name,Last Name,Date of Birth,Email,Mobile Phone,Last Appointment\n"
    "5001,Orla,Farrowby,04/03/1980,orla@example.org,555-0101,11/02/2023\n"
    "5002,Pim,Juniper,12/31/1975,,555-0102,\n"
    ",,,,,,\n"
    "5003,Quin,Larkspur,31/12/1990,,,\n"
)


def test_csv_preset_plans_imports_and_starts_retention_from_the_last_service(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "clients.csv"
    path.write_text(SIMPLEPRACTICE_CSV, encoding="utf-8")
    preview = preview_csv(path, preset="simplepractice")
    assert preview.mapping["last_service"] == "Last Appointment" and preview.mapping["phone"] == "Mobile Phone"
    assert preview.rows[0]["first_name"] == "Orla"
    plan = plan_csv(vault, path, preset="simplepractice")
    assert [c.name for c in plan.charts] == ["Orla Farrowby", "Pim Juniper"]
    assert {i.path for i in plan.skipped} == {"row 4", "row 5"}  # no name; a day-first date in a US file
    report = import_csv(vault, path, preset="simplepractice")
    assert report.charts_created == 2
    orla = next(c for c in clients.list_clients(vault) if c.legal_name == "Orla Farrowby")
    full = clients.get_client(vault, orla.client_id)
    assert full.date_of_birth == date(1980, 4, 3) and full.last_contact == date(2023, 11, 2)
    assert full.contact.email == "orla@example.org"
    assert import_csv(vault, path, preset="simplepractice").charts_created == 0  # a re-run adds nothing


def test_csv_powerdiary_reads_day_first_and_manual_mapping_overrides(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "pd.csv"
    path.write_text("Client ID;Given Name;Surname;DOB;Seen last\n77;Saba;Oakhurst;03/04/1980;05/06/2023\n",
                    encoding="utf-8")
    report = import_csv(vault, path, preset="powerdiary", mapping={"last_service": "Seen last"})
    assert report.charts_created == 1
    client = clients.get_client(vault, report.client_ids[0])
    assert client.date_of_birth == date(1980, 4, 3) and client.last_contact == date(2023, 6, 5)
    custom = tmp_path / "custom.csv"
    custom.write_text("Who,Born\nTove Eastwick,1990-02-03\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match="No column for the client's name"):
        plan_csv(vault, custom)
    plan = plan_csv(vault, custom, mapping={"name": "Who", "date_of_birth": "Born"})
    assert plan.charts[0].name == "Tove Eastwick" and plan.charts[0].date_of_birth == date(1990, 2, 3)
    with pytest.raises(InvalidInput, match="not in the CSV"):
        plan_csv(vault, custom, mapping={"name": "Nobody"})


def test_pdf_folder_into_one_chart_with_dates_from_names(vault: Vault, tmp_path: Path) -> None:
    client_id = clients.create_client(vault, "Ines Moorcroft").client_id
    folder = tmp_path / "scans"
    folder.mkdir()
    (folder / "Intake 2021-05-04.pdf").write_bytes(_pdf(["Intake form"]))
    (folder / "letter_20190102.pdf").write_bytes(_pdf(["Letter"]))
    (folder / "notes.txt").write_text("not a scan")
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    report = import_pdf_folder(vault, folder, client_id, kind="stored_document")
    assert report.documents == 2 and {i.path for i in report.skipped} == {"notes.txt"}
    found = {a.filename: a for a in attachments.list_attachments(vault, client_id, kind="stored_document")}
    assert found["Intake 2021-05-04.pdf"].document_date == date(2021, 5, 4)
    assert found["letter_20190102.pdf"].document_date == date(2019, 1, 2)
    from vault_app.services.document_search import search_documents

    assert [h.filename for h in search_documents(vault, "intake", client_id=client_id)] == ["Intake 2021-05-04.pdf"]
    assert import_pdf_folder(vault, folder, client_id, kind="stored_document").documents == 0
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    assert date_from_name("scan 13-45-2020.pdf") is None and date_from_name("x 03-05-2020.pdf") == date(2020, 3, 5)


def test_cli_csv_dry_run_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "vault"
    assert cli(capsys, monkeypatch, "init", "--vault", str(folder), "--no-keyring", *FAST_KDF).code == 0
    path = tmp_path / "clients.csv"
    path.write_text(SIMPLEPRACTICE_CSV, encoding="utf-8")
    dry = cli(capsys, monkeypatch, "import", "csv", str(path), "--preset", "simplepractice", "--dry-run", "--json",
                      "--vault", str(folder))
    assert dry.code == 0, dry.err
    data = json.loads(dry.out)
    assert data["will_create"]["charts"] == 2 and data["mapping"]["date_of_birth"] == "Date of Birth"
