"""An option the command does not have is said with the usage of the command typed (found:
`vault-app session list --client X` printed vault-app's own usage, which names none of
`session list`'s options, so the person could not see what to type instead)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vault_app.cli.main import run


def _usage_error(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as ended:  # as `vault-app` ends: the process's exit code
        run(argv)
    assert ended.value.code == 2
    return capsys.readouterr().err


def test_an_unknown_option_shows_the_commands_own_usage(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    v = ["--vault", str(tmp_path / "v")]
    err = _usage_error(["session", "list", "--client", "C-1", *v], capsys)
    assert err.startswith("usage: vault-app session list ") and "error: unrecognized arguments: --client" in err
    assert _usage_error(["backup", "create", "--destination", "x", *v], capsys).startswith(
        "usage: vault-app backup create ")
    said = json.loads(_usage_error(["session", "list", "--client", "C-1", *v, "--json"], capsys))
    assert said["error"] == "usage" and said["hint"].startswith("usage: vault-app session list ")
    # No command typed: vault-app's own usage.
    assert _usage_error(["--bogus", *v], capsys).startswith("usage: vault-app [-h]")
