"""Run the real CLI in-process (fast) or as a subprocess (the installed entry point)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE
from vault_app.cli.main import run

FAST_KDF = ["--kdf-memory-mib", "19", "--kdf-iterations", "2"]


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


def cli(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    *args: str,
    passphrase: str | None = PASSPHRASE,
    env: dict[str, str] | None = None,
) -> Result:
    if passphrase is not None:
        monkeypatch.setenv("VAULT_APP_PASSPHRASE", passphrase)
    for key, value in (env or {}).items():
        monkeypatch.setenv(key, value)
    capsys.readouterr()
    code = run(list(args))
    captured = capsys.readouterr()
    return Result(code, captured.out, captured.err)


def cli_process(
    *args: str, passphrase: str | None = PASSPHRASE, extra_env: dict[str, str] | None = None, stdin: str | None = None
) -> Result:
    env = dict(os.environ)
    env.pop("VAULT_APP_PASSPHRASE", None)
    if passphrase is not None:
        env["VAULT_APP_PASSPHRASE"] = passphrase
    env.update(extra_env or {})
    proc = subprocess.run(
        [sys.executable, "-m", "vault_app", *args],
        capture_output=True,
        text=True,
        env=env,
        input=stdin,
        timeout=120,
        check=False,
    )
    return Result(proc.returncode, proc.stdout, proc.stderr)


def init_vault(folder: Path) -> Result:
    return cli_process("init", "--vault", str(folder), "--no-keyring", *FAST_KDF)
