"""note hold|unhold end to end: a real vault, the real CLI (in-process and as a process)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import cli_process
from vault_app.cli.main import run
from vault_app.services.vault import Vault


@pytest.fixture
def cli(vault: Vault, vault_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Any:
    vault.lock()
    monkeypatch.setenv("VAULT_APP_PASSPHRASE", PASSPHRASE)

    def call(*argv: str, code: int = 0) -> Any:
        result = run([*argv, "--vault", str(vault_dir), "--json"])
        out, err = capsys.readouterr()
        assert result == code, (argv, out, err)
        return err if code else json.loads(out)

    return call


def test_hold_and_unhold_a_couples_note(cli: Any, vault_dir: Path) -> None:
    one = cli("client", "add", "Ash Partner", "--dob", "1980-01-01", "--chart-number", "AP-1")["client"]
    cli("client", "add", "Birch Partner", "--dob", "1981-01-01", "--chart-number", "BP-1")
    case = cli("client", "case", "The Partners", "--member", "AP-1", "--member", "BP-1", "--chart-number", "J-1")
    case_id = case.get("case_id") or case.get("client_id") or case["case"]["case_id"]
    note = cli("note", "add", "J-1", "--text", "Told alone HELDCLIMARKER.", "--date", "2024-03-01")["note"]
    held = cli("note", "hold", note["note_id"], "--member", "AP-1")
    assert (held["note_id"], held["case_id"], held["member_id"]) == (note["note_id"], case_id, one["client_id"])
    err = cli("note", "hold", note["note_id"], "--member", "NOBODY-9", code=2)
    assert "not a member of this couple or family" in err
    own = cli("note", "add", "AP-1", "--text", "Own.", "--date", "2024-03-02")["note"]
    assert "Only a note of a couple or family chart" in cli("note", "hold", own["note_id"], "--member", "AP-1",
                                                           code=6)
    # As a process, in words: the installed entry point says what the mark does.
    words = cli_process("note", "unhold", note["note_id"], "--vault", str(vault_dir))
    assert words.code == 0, words.err
    assert "no longer held in confidence" in words.out and "HELDCLIMARKER" not in words.out
    assert "not held in confidence" in cli("note", "unhold", note["note_id"], code=2)
