"""Ctrl-C at the command line. Found: a Ctrl-C while a command was still loading its
modules and reading its arguments (the first half second on a busy laptop) printed a
Python traceback; the message after it was the word "interrupted"."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.cli_helpers import cli
from vault_app.cli import main


def _ctrl_c(*_: object, **__: object) -> None:
    raise KeyboardInterrupt


def test_ctrl_c_while_the_command_loads(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                                        tmp_path: Path) -> None:
    monkeypatch.setattr(main, "build_parser", _ctrl_c)
    result = cli(capsys, monkeypatch, "client", "list", "--vault", str(tmp_path / "v"))
    assert result.code == 130
    assert result.err.strip() == "Stopped (Ctrl-C)."
