"""With --json, every error is one JSON object on stderr, usage errors included. Found:
`client show --json` without its id, or `payment add ... --method bitcoin --json`,
printed argparse's usage text to a script that parses JSON; so did an internal error and
a Ctrl-C."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import FAST_KDF, cli, cli_in_process, cli_process
from vault_app.cli import common, main
from vault_app.crypto.kdf import KdfParams
from vault_app.services.vault import create_vault


@pytest.mark.parametrize("argv", [
    ("client", "show", "--json"),
    ("payment", "add", "C1", "--date", "2026-12-01", "--amount", "5", "--method", "bitcoin", "--json"),
    ("--json", "session", "add", "C1", "--no-such-option"),
    ("client", "show", "--js"),  # an abbreviation argparse takes
])
def test_a_usage_error_is_json(argv: tuple[str, ...], tmp_path: Path) -> None:
    result = cli_in_process(*argv, "--vault", str(tmp_path / "v"))
    assert result.code == 2
    error = json.loads(result.err)
    assert error["error"] == "usage" and error["exit_code"] == 2
    assert error["message"] and error["hint"].startswith("usage: vault-app")


def test_without_json_it_stays_text(tmp_path: Path) -> None:
    result = cli_in_process("client", "show", "--vault", str(tmp_path / "v"))
    assert result.code == 2 and result.err.startswith("usage: vault-app client show")


def _fails(*_: object, **__: object) -> None:
    raise RuntimeError("a bug, whose message could hold a name: Jane Roe")


def _ctrl_c(*_: object, **__: object) -> None:
    raise KeyboardInterrupt


@pytest.mark.parametrize(("fault", "kind", "code"), [(_fails, "internal", 1), (_ctrl_c, "interrupted", 130)])
def test_an_internal_error_or_ctrl_c_is_json(fault: object, kind: str, code: int, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(common, "open_told", fault)
    result = cli(capsys, monkeypatch, "client", "list", "--vault", str(tmp_path / "v"), "--json")
    assert result.code == code
    error = json.loads(result.err)
    assert error["error"] == kind and error["exit_code"] == code
    assert "Jane Roe" not in result.err
    assert main._Parser.json_errors is False  # for the next run in this process


def test_a_refusal_in_json_carries_its_code(tmp_path: Path, kdf_params: KdfParams) -> None:
    # A script tells problems apart by their code, as the app's screens do (`vault.busy.window`
    # and `vault.busy.command` need different steps); the object said only "vault-busy".
    folder = tmp_path / "v"
    made = create_vault(folder, PASSPHRASE, params=kdf_params, use_device_secret=False)
    with made.vault:  # held by this process: a window's if Qt's widgets are loaded here (pytest-qt)
        # A process of its own: the lock is between processes (this one holds the vault).
        busy = cli_process("client", "add", "Kestrel Vantongeren", "--vault", str(folder), "--json")
    holder = "window" if "PySide6.QtWidgets" in sys.modules else "command"
    error = json.loads(busy.err)
    assert error["error"] == "vault-busy" and error["code"] == f"vault.busy.{holder}", error
    again = cli_in_process("init", "--vault", str(folder), "--no-keyring", *FAST_KDF, "--json")
    error = json.loads(again.err)
    assert error["error"] == "environment" and error["code"] == "vault.exists", error
    # Without a code of its own, the kind stands for it: a script always finds one.
    usage = json.loads(cli_in_process("client", "show", "--json", "--vault", str(folder)).err)
    assert usage["code"] == "usage"
