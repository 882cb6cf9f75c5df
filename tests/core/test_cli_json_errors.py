"""With --json, every error is one JSON object on stderr, usage errors included. Found:
`client show --json` without its id, or `payment add ... --method bitcoin --json`,
printed argparse's usage text to a script that parses JSON; so did an internal error and
a Ctrl-C."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.core.cli_helpers import cli, cli_process
from vault_app.cli import common, main


@pytest.mark.parametrize("argv", [
    ("client", "show", "--json"),
    ("payment", "add", "C1", "--date", "2026-12-01", "--amount", "5", "--method", "bitcoin", "--json"),
    ("--json", "session", "add", "C1", "--no-such-option"),
    ("client", "show", "--js"),  # an abbreviation argparse takes
])
def test_a_usage_error_is_json(argv: tuple[str, ...], tmp_path: Path) -> None:
    result = cli_process(*argv, "--vault", str(tmp_path / "v"))
    assert result.code == 2
    error = json.loads(result.err)
    assert error["error"] == "usage" and error["exit_code"] == 2
    assert error["message"] and error["hint"].startswith("usage: vault-app")


def test_without_json_it_stays_text(tmp_path: Path) -> None:
    result = cli_process("client", "show", "--vault", str(tmp_path / "v"))
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
