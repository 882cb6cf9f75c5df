"""appt / fee / payment from the command line against a real vault: --json, exit codes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import cli_process
from tests.core.payable_practice import PAYABLE_ARGS
from vault_app.cli.main import run
from vault_app.services import clients
from vault_app.services.vault import Vault


@pytest.fixture
def cli(vault: Vault, vault_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Any:
    clients.create_client(vault, "Ilse Brandvold", chart_number="IB-7")
    vault.lock()
    monkeypatch.setenv("VAULT_APP_PASSPHRASE", PASSPHRASE)

    def call(*argv: str, code: int = 0, as_json: bool = True) -> Any:
        result = run([*argv, "--vault", str(vault_dir)] + (["--json"] if as_json else []))
        out, err = capsys.readouterr()
        assert result == code, (argv, out, err)
        if code:
            return err
        return json.loads(out) if as_json else out

    return call


def test_week_of_appointments_no_show_attend_and_money(cli: Any) -> None:
    made = cli("appt", "add", "IB-7", "--date", "2026-03-02", "--start", "14:00", "--repeat", "biweekly",
               "--count", "3")
    assert [a["date"] for a in made] == ["2026-03-02", "2026-03-16", "2026-03-30"]
    week = cli("appt", "list", "--week", "2026-03-18")
    assert [(r["chart_number"], r["start_time"], r["status"]) for r in week] == [("IB-7", "14:00", "scheduled")]
    assert "legal_name" not in week[0]
    text = cli("appt", "list", "--week", "2026-03-18", as_json=False)
    assert "IB-7" in text and "Ilse" not in text
    moved = cli("appt", "move", made[1]["appointment_id"], "--start", "15:30", "--minutes", "45")
    assert (moved["start_time"], moved["end_time"]) == ("15:30:00", "16:15:00")
    assert cli("fee", "policy", "--no-show", "80")["no_show_cents"] == 8000
    assert cli("appt", "status", made[0]["appointment_id"], "no_show")["fee_cents"] == 8000
    cli("fee", "schedule", "90834", "140.00")
    done = cli("appt", "status", made[1]["appointment_id"], "attended")
    assert done["cpt_code"] == "90834" and done["note_id"]
    assert cli("fee", "session", done["session_id"]) == {
        "session_id": done["session_id"], "fee_cents": 14000, "source": "schedule"}
    cli("fee", "session", done["session_id"], "120")
    paid = cli("payment", "add", "IB-7", "--date", "2026-03-16", "--amount", "100", "--method", "check",
               "--reference", "check 1042")
    assert paid["balance_cents"] == 8000 + 12000 - 10000
    account = cli("payment", "list", "IB-7")
    assert [c["kind"] for c in account["charges"]] == ["no_show", "session"]
    assert account["balance_cents"] == 10000


def test_refusals_have_exit_codes_and_clear_messages(cli: Any) -> None:
    err = cli("payment", "add", "IB-7", "--date", "2026-03-02", "--amount", "50", "--method", "card",
              "--reference", "4111 1111 1111 1111", code=2)
    assert "card number" in err and "4111" not in err
    assert json.loads(err)["error"] == "invalid-input"
    assert cli("payment", "list", "IB-7")["payments"] == []
    (appt,) = cli("appt", "add", "IB-7", "--date", "2026-03-02", "--start", "09:00")
    cli("appt", "status", appt["appointment_id"], "cancelled_by_therapist")
    cli("appt", "status", appt["appointment_id"], "no_show", code=6)
    cli("appt", "move", "0" * 16, "--start", "10:00", code=8)
    cli("appt", "add", "IB-7", "--date", "2026-02-30", "--start", "09:00", code=2)
    cli("appt", "list", "--week", "next tuesday", code=2)
    cli("fee", "schedule", "ABC", "10", code=2)


def test_appt_as_a_real_process(tmp_path: Path) -> None:
    from tests.core.cli_helpers import init_vault

    folder = tmp_path / "v"
    assert init_vault(folder).code == 0
    made = cli_process("client", "add", "Odile Strand", "--chart-number", "OS-1", "--vault", str(folder), "--json")
    assert made.code == 0, made.err
    added = cli_process("appt", "add", "OS-1", "--date", "2026-04-06", "--start", "10:00", "--telehealth",
                        "--vault", str(folder), "--json")
    assert added.code == 0, added.err
    listed = cli_process("appt", "list", "--week", "2026-04-08", "--vault", str(folder))
    assert listed.code == 0 and "OS-1" in listed.out and "10:00" in listed.out and "Odile" not in listed.out


def test_superbill_and_split_from_the_command_line(cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (appt,) = cli("appt", "add", "IB-7", "--date", "2026-03-02", "--start", "09:00")
    cli("practice", "update", *PAYABLE_ARGS)
    cli("fee", "schedule", "90837", "175")
    # A plan first: its diagnosis goes on the session (the superbill's ICD-10), and the draft is
    # prefilled from it (with no plan the draft is empty, and an empty note is not signed).
    cli("plan", "update", "IB-7", "--diagnosis", "F41.1")
    done = cli("appt", "status", appt["appointment_id"], "attended")
    cli("note", "sign", done["note_id"])
    monkeypatch.setenv("VAULT_APP_PDF_PASSWORD", "a-long-pdf-password")
    out = tmp_path / "sb.pdf"
    issued = cli("superbill", "IB-7", "--from", "2026-03-01", "--to", "2026-03-31", "--out", str(out))
    assert out.exists() and issued["charged_cents"] == 17500 and issued["accountable"] is False
    exists = cli("superbill", "IB-7", "--from", "2026-03-01", "--to", "2026-03-31", "--out", str(out), code=2)
    assert "A file named sb.pdf already exists" in exists and "--overwrite" in exists
    folder = cli("superbill", "IB-7", "--from", "2026-03-01", "--to", "2026-03-31", "--out", str(tmp_path), code=2)
    assert "is a folder: give the name of the superbill's file inside it" in folder
    assert cli("fee", "split", "IB-7") == {}
    cli("fee", "split", "IB-7", "--share", "nonsense", code=2)
    cli("fee", "split", "IB-7", "--share", "0123456789abcdef=100", code=8)
