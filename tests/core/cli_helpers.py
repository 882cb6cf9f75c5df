"""Run the real CLI in-process (fast) or as a subprocess (the installed entry point)."""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
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


def _process_env(passphrase: str | None, extra_env: dict[str, str] | None) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("VAULT_APP_PASSPHRASE", None)
    if passphrase is not None:
        env["VAULT_APP_PASSPHRASE"] = passphrase
    env.update(extra_env or {})
    return env


def cli_process(
    *args: str, passphrase: str | None = PASSPHRASE, extra_env: dict[str, str] | None = None, stdin: str | None = None
) -> Result:
    env = _process_env(passphrase, extra_env)
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


def cli_processes(*commands: tuple[str, ...], passphrase: str | None = PASSPHRASE) -> list[Result]:
    """Each command in a process of its own, all started at once and then waited for, as
    cli_process would run them one after another. For commands that each wait out the writer
    lock's LOCK_WAIT_SECONDS before they are refused: the waits overlap instead of adding up
    (each process still meets the lock, and its refusal, by itself)."""
    env = _process_env(passphrase, None)
    procs = [subprocess.Popen([sys.executable, "-m", "vault_app", *args], stdin=subprocess.DEVNULL,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
             for args in commands]
    results = []
    for proc in procs:
        try:
            out, err = proc.communicate(timeout=120)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        results.append(Result(proc.returncode, out, err))
    return results


def init_vault(folder: Path) -> Result:
    """`init` at the test's KDF floor, in this process: the CLI's own `run` (the parser, the
    handler, its stdout and stderr, its exit code), with the passphrase a process would be
    given in its environment. The vault it makes is the point, not a process: each was a Python
    start and the command's imports, ~0.3 CPU-s, for ~100 calls a run (docs/testing.md,
    "Thirty-fifth round"). What it does not do that the console script does: write the support
    log (a process's, opened once per process). Where the process is the point, run
    `cli_process("init", ...)`."""
    return cli_in_process("init", "--vault", str(folder), "--no-keyring", *FAST_KDF)


def cli_in_process(*args: str, passphrase: str | None = PASSPHRASE,
                   extra_env: dict[str, str] | None = None) -> Result:
    """`run(args)` with VAULT_APP_PASSPHRASE (and `extra_env`) as cli_process sets them, and
    stdout and stderr read (for helpers without the test's capsys); the environment is given
    back as it was. What `cli_process` gives a test whose point is the command, not the process:
    the same parser, handler, output and exit code (the console script returns `run`'s code),
    without a Python start and the command's imports (~0.3-0.4 CPU-s each). Not for what only a
    process shows: a kill or a signal, a lock held between processes by the command itself, the
    support log, a traceback at the entry point, a fresh interpreter's imports."""
    changed = {"VAULT_APP_PASSPHRASE": passphrase, **(extra_env or {})}
    before = {name: os.environ.get(name) for name in changed}
    for name, value in changed.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = run(list(args))
            except SystemExit as exc:  # argparse's usage errors: the process's exit code
                code = exc.code if isinstance(exc.code, int) else 2
    finally:
        for name, value in before.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    return Result(code, out.getvalue(), err.getvalue())


def cli_with_a_chart(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                     tmp_path: Path) -> tuple[Callable[..., Any], str]:
    """A new vault with one chart, and the command line on it: `run(*args)` and the chart number."""
    folder = str(tmp_path / "v")
    assert init_vault(Path(folder)).code == 0

    def run(*args: str) -> Any:
        return cli(capsys, monkeypatch, *args, "--vault", folder)

    chart = run("client", "add", "Wren Example", "--dob", "1984-03-02", "--json").json()["client"]["chart_number"]
    return run, str(chart)

