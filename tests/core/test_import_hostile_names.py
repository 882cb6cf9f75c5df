"""Control and text-direction characters in names and titles that come through an import.

The rule is the one a typed name passes (domain/names.py): a client's name with a line
break, a control character (ANSI escapes, NUL) or a direction override (U+202E) is refused
with a reason naming the kind of character, never the text; a document's title made from a
file name shows such a character as a visible \\uXXXX, and the file name it is saved under
again has "_" in its place. Found: `import csv` created charts named "Eve <U+202E>evilmoT"
and "Ansi <ESC>[2J..." that `client add` refuses; a file "invoice<U+202E>fdp.exe.pdf" kept
that name, offered as is when a copy was saved; `attachment update --title` took an ESC."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.cli_helpers import cli_in_process, cli_with_a_chart, init_vault
from tests.document_samples import pdf
from vault_app.domain.attachment_edits import clean_title, file_name_from_import, title_from_file_name
from vault_app.domain.errors import InvalidInput
from vault_app.services import clients
from vault_app.services.importers.csv_clients import import_csv, plan_csv
from vault_app.services.vault import Vault

RLO, ESC, ZWSP = "\u202e", "\x1b", "\u200b"


def test_csv_names_with_control_or_direction_characters_are_refused_the_rest_come_in(
    vault: Vault, tmp_path: Path
) -> None:
    source = tmp_path / "clients.csv"
    source.write_text("First Name,Last Name,Date of Birth\n"
                      f"Eve,{RLO}evilmoT,01/02/1980\n"
                      f"Ansi,{ESC}[2J{ESC}]0;title\x07Bob,01/03/1980\n"
                      "Wren,Example,01/04/1980\n", encoding="utf-8")
    report = import_csv(vault, source, preset="simplepractice")
    assert report.charts_created == 1
    assert [c.legal_name for c in clients.list_clients(vault) if "Wren" in c.legal_name] == ["Wren Example"]
    assert not any(RLO in c.legal_name or ESC in c.legal_name for c in clients.list_clients(vault))
    reasons = [str(issue.reason) for issue in report.skipped]
    assert len(reasons) == 2
    assert any("text-direction override" in r for r in reasons)
    assert any("control character" in r for r in reasons)
    codes = sorted(issue.reason.params.get("refusal", "") for issue in report.skipped)
    assert codes == ["name.bidi", "name.control"]


def test_the_dry_run_already_says_which_rows_will_be_refused(vault: Vault, tmp_path: Path) -> None:
    source = tmp_path / "clients.csv"
    source.write_text(f"Name,Date of Birth\nEve {RLO}evilmoT,01/02/1980\nWren Example,01/04/1980\n", encoding="utf-8")
    plan = plan_csv(vault, source, preset="simplepractice")
    assert [c.name for c in plan.charts] == ["Wren Example"]
    assert [(str(i.path), i.reason.params["refusal"]) for i in plan.skipped] == [("row 2", "name.bidi")]


def test_the_cli_shows_the_refusal_escaped_and_adds_the_same_name_nowhere(tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    assert init_vault(vault).code == 0
    source = tmp_path / "clients.csv"
    source.write_text(f"First Name,Last Name\nAnsi,{ESC}[2JBob\n", encoding="utf-8")
    run = cli_in_process("import", "csv", str(source), "--preset", "simplepractice", "--quiet", "--vault", str(vault))
    assert run.code == 0, run.err
    assert ESC not in run.out + run.err
    # Said by its row, not by the name (the dry run refuses it before any chart key is made of it).
    assert "row 2: Chart not imported" in run.out and "control character" in run.out
    typed = cli_in_process("client", "add", f"Ansi {ESC}[2JBob", "--vault", str(vault))
    assert typed.code != 0 and ESC not in typed.out + typed.err
    assert cli_in_process("client", "list", "--json", "--vault", str(vault)).json() == []


def test_a_zero_width_space_is_kept_as_when_typed(vault: Vault, tmp_path: Path) -> None:
    # Not a control, not a direction override: typed names keep it, so imported ones do too.
    source = tmp_path / "clients.csv"
    source.write_text(f"Name\nWi{ZWSP}dth Example\n", encoding="utf-8")
    assert import_csv(vault, source, preset="simplepractice").charts_created == 1


def test_titles_and_file_names_from_hostile_file_names() -> None:
    assert title_from_file_name(f"invoice{RLO}fdp.exe") == "invoice\\u202efdp.exe"
    assert title_from_file_name(f"a{ESC}[31mb") == "a\\u001b[31mb"
    assert file_name_from_import(f"invoice{RLO}fdp.exe.pdf") == "invoice_fdp.exe.pdf"
    assert file_name_from_import("Intake 2024-03-01 señora.pdf") == "Intake 2024-03-01 señora.pdf"
    for typed in (f"invoice{RLO}fdp", f"a{ESC}[31mb", "a\x00b"):
        with pytest.raises(InvalidInput):
            clean_title(typed)
    assert clean_title("Intake letter — señora Ñ") == "Intake letter — señora Ñ"


def test_an_imported_document_with_a_direction_override_in_its_name(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    run, chart = cli_with_a_chart(capsys, monkeypatch, tmp_path)
    source = tmp_path / "scans"
    source.mkdir()
    (source / f"invoice{RLO}fdp.exe.pdf").write_bytes(pdf(1))
    (source / f"scan{ESC}]0;owned{ESC}\\.pdf").write_bytes(pdf(2))
    imported = run("import", "pdf-folder", str(source), "--client", chart, "--quiet")
    assert imported.code == 0, imported.err
    listed = run("attachment", "list", chart, "--json").json()
    assert sorted(a["filename"] for a in listed) == ["invoice_fdp.exe.pdf", "scan_]0;owned_\\.pdf"]
    assert sorted(a["title"] for a in listed) == ["invoice\\u202efdp.exe", "scan\\u001b]0;owned\\u001b\\"]
    # Each title now passes the typed rule (`attachment update --title` would take it as it is).
    assert all(clean_title(a["title"]) == a["title"] for a in listed)
    text = run("attachment", "list", chart).out
    assert RLO not in text and ESC not in text
