"""The clinical CLI end to end against a real vault: every command, --json, exit codes."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE, reopen
from vault_app.cli.main import run
from vault_app.services import notes
from vault_app.services.vault import Vault


@pytest.fixture
def cli(vault: Vault, vault_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Any:
    vault.lock()
    monkeypatch.setenv("VAULT_APP_PASSPHRASE", PASSPHRASE)

    def call(*argv: str, code: int = 0, as_json: bool = True) -> Any:
        args = [*argv, "--vault", str(vault_dir)] + (["--json"] if as_json else [])
        result = run(args)
        out, err = capsys.readouterr()
        assert result == code, (argv, out, err)
        if code:
            return err
        return json.loads(out) if as_json else out + err

    return call


def test_full_clinical_workflow(cli: Any, vault_dir: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    client = cli("client", "add", "Alder Moorfield", "--dob", "1990-03-04", "--chart-number", "AM-1",
                 "--phone", "555-0111", "--voicemail-ok")["client"]
    assert client["contact"]["voicemail_ok"] is True
    assert [c["chart_number"] for c in cli("client", "list")] == ["AM-1"]
    cli("client", "update", "AM-1", "--preferred-name", "Al", "--consent-discussed", "2024-01-02")
    session = cli("session", "add", "AM-1", "--date", "2024-01-09", "--start", "09:00", "--end", "09:53",
                  "--icd10", "F41.1")
    assert session["cpt_code"] == "90837" and session["icd10_codes"] == ["F41.1"]
    assert len(cli("session", "list", "AM-1")) == 1
    plan = cli("plan", "update", "AM-1", "--problems", "Worry", "--add-goal", "Sleep through the night",
               "--diagnosis", "F41.1")
    goal_id = plan["goals"][0]["goal_id"]
    monkeypatch.setattr("sys.stdin", io.StringIO("Subjective:\nWorried about exams.\nPlan:\nPractice breathing.\n"))
    created = cli("note", "add", "AM-1", "--file", "-", "--session", session["session_id"], "--goal", goal_id,
                  "--intervention", "breathing")["note"]
    assert created["sections"]["subjective"] == "Worried about exams."
    note_id = created["note_id"]
    err = cli("note", "amend", note_id, "--text", "x", code=2)
    assert "not signed" in err
    assert cli("note", "sign", note_id)["signature"]["signed_by"]
    cli("note", "amend", note_id, "--text", "Exam was moved.", "--amendment", "--reason", "new information")
    cli("note", "amend", note_id, "--text", "Phoned client.")
    history = cli("note", "show", note_id)
    assert [a["kind"] for a in history["amendments"]] == ["amendment", "addendum"]
    assert history["signature_valid"] is True
    listed = cli("note", "list", "AM-1")
    assert [n["note_id"] for n in listed] == [note_id]

    text_file = tmp_path / "psy.txt"
    text_file.write_text("Felt protective. Also discussed the PHQ-9 score of 12.", encoding="utf-8")
    psy = cli("note", "add", "AM-1", "--kind", "psychotherapy", "--file", str(text_file), "--sign")
    assert [w["code"] for w in psy["warnings"]] == ["test_results"]
    psy_id = psy["note"]["note_id"]
    plain = cli("search", "protective")
    assert plain["notes"] == [] and plain["psychotherapy_notes"] is None
    explicit = cli("search", "protective", "--psychotherapy")
    assert [h["note_id"] for h in explicit["psychotherapy_notes"]] == [psy_id]
    assert [h["note_id"] for h in cli("search", "exams")["notes"]] == [note_id]
    assert cli("note", "show", psy_id, "--kind", "psychotherapy")["note"]["body"].startswith("Felt protective")
    cli("note", "show", psy_id, code=8)  # not a progress note: psychotherapy needs --kind
    shown = cli("client", "show", "AM-1")
    assert shown["psychotherapy_notes"] is None and shown["client"]["preferred_name"] == "Al"
    human = cli("note", "show", note_id, "--print", as_json=False)
    assert "AMENDMENT" in human and "Worried about exams." in human
    with reopen(vault_dir) as vault:
        kinds = [e.kind for e in vault.ledger.entries()]
        assert "note.printed" in kinds and "chart.opened" in kinds


def test_cli_errors_have_exit_codes(cli: Any) -> None:
    cli("client", "add", "Briony Stonebury", "--chart-number", "BS-1")
    assert "not a valid date" in cli("client", "add", "X", "--dob", "2020-02-31", code=2)
    assert "No client" in cli("client", "show", "nobody", code=8)
    assert "CPT" in cli("session", "add", "BS-1", "--date", "2024-01-01", "--duration", "50", "--cpt", "123",
                        code=2)
    assert "ICD-10" in cli("session", "add", "BS-1", "--date", "2024-01-01", "--duration", "50", "--icd10", "X",
                           code=2)
    assert "empty" in cli("note", "add", "BS-1", "--text", "   ", code=2)
    note = cli("note", "add", "BS-1", "--text", "Brief check-in.", "--template", "free", "--sign")["note"]
    assert "signed" in cli("note", "sign", note["note_id"], code=6)
    assert "signed" in cli("note", "discard", note["note_id"], code=6)  # a signed note is never discarded
    draft = cli("note", "add", "BS-1", "--text", "Wrong chart.", "--template", "free")["note"]
    assert cli("note", "discard", draft["note_id"]) == {"discarded": draft["note_id"], "kind": "progress"}
    assert "No " in cli("note", "show", draft["note_id"], code=8)
    assert "reason" in cli("note", "amend", note["note_id"], "--text", "fix", "--amendment", code=2)


def test_demo_command_creates_a_fictional_vault(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("VAULT_APP_PASSPHRASE", PASSPHRASE)
    folder = tmp_path / "demo"
    code = run(["demo", "--vault", str(folder), "--clients", "3", "--notes-per-client", "3", "--seed", "9",
                "--kdf-memory-mib", "19", "--kdf-iterations", "2", "--no-keyring", "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and out["progress_notes"] == 9 and out["psychotherapy_notes"] == 3
    with reopen(folder, psychotherapy=True) as vault:
        assert vault.header.kdf_memory_kib == 19 * 1024
        listed = notes.unsigned_notes(vault, older_than_days=0, include_psychotherapy=True)
        assert all(n.kind == "progress" for n in listed)
    assert run(["demo", "--vault", str(folder)]) != 0  # never overwrites an existing vault
