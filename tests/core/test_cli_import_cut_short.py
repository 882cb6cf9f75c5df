"""An import killed mid-way (a real process, killed at a real step: the fault point after a
chart's documents are sealed), then the command line: its next unlock says once, on stderr,
that the import was cut short and how to go on, as the app's unlock does (round 31: the
command line said nothing). Running the same import again brings in the rest, nothing twice.
The killed and the failing imports are processes of their own (a kill, a SIGSTOP); the commands
around them are the CLI's own `run` in this process (cli_helpers.cli), which reads the same mark
on disk and says it on the same stderr: each cost a Python start (~0.35 CPU-s) as a process."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from scripts.make_simplepractice_export import make_export
from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import FAST_KDF, Result, cli, cli_process
from vault_app.cli.common import IMPORT_CUT_SHORT
from vault_app.cli.import_commands import STOPPED_ON_ERROR
from vault_app.storage import blob_store

CUT_SHORT = "An import into this vault was cut short"
Cli = Callable[..., Result]


@pytest.fixture
def here(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    """A command run in this process."""
    return lambda *args: cli(capsys, monkeypatch, *args)


def _init(here: Cli, folder: Path) -> None:
    made = here("init", "--vault", str(folder), "--no-keyring", *FAST_KDF)
    assert made.code == 0, made.err


def test_the_command_after_a_killed_import_says_it_was_cut_short_once(tmp_path: Path, here: Cli) -> None:
    folder = tmp_path / "v"
    _init(here, folder)
    export = make_export(tmp_path / "export", clients=4, notes_per_client=1)
    vault = ("--vault", str(folder))
    killed = cli_process("import", "simplepractice", str(export.root), *vault, "--quiet",
                         extra_env={"VAULT_APP_TEST_CRASH_AT": "import_chart_sealed"})
    assert killed.code != 0 and CUT_SHORT not in killed.err

    listed = here("client", "list", *vault, "--json")
    assert listed.code == 0, listed.err
    assert listed.json() == []  # the kill landed before the first chart's commit
    # With --json it is said at once, as a notice of its own kind on stderr's JSON Lines (it was held
    # back for a later run without --json, which a script never makes): the source's kind only.
    assert CUT_SHORT not in listed.out
    (said,) = [json.loads(line) for line in listed.err.splitlines()]
    assert said == {"kind": "notice", "notice": "import-cut-short", "message": IMPORT_CUT_SHORT,
                    "source": "simplepractice"}, listed.err
    assert not [c.name for c in export.clients if c.name in listed.err]

    again = here("client", "list", *vault)
    assert again.code == 0 and CUT_SHORT not in again.err  # said once
    killed = cli_process("import", "simplepractice", str(export.root), *vault, "--quiet",
                         extra_env={"VAULT_APP_TEST_CRASH_AT": "import_chart_sealed"})
    assert killed.code != 0
    told = here("client", "list", *vault)  # without --json: the words alone
    assert told.code == 0, told.err
    assert told.err.count(CUT_SHORT) == 1, told.err
    assert "run the same import again" in told.err and "whole" in told.err
    assert not [c.name for c in export.clients if c.name in told.err]

    planned = here("import", "simplepractice", str(export.root), *vault, "--dry-run", "--json")
    assert planned.code == 0, planned.err
    charts = planned.json()["will_create"]["charts"]
    done = here("import", "simplepractice", str(export.root), *vault, "--json", "--quiet")
    assert done.code == 0 and done.json()["charts_created"] == charts, done.err
    assert CUT_SHORT not in done.err
    assert len(here("client", "list", *vault, "--json").json()) == charts


def test_the_import_command_itself_says_it_at_its_unlock(tmp_path: Path, here: Cli) -> None:
    folder = tmp_path / "v"
    _init(here, folder)
    export = make_export(tmp_path / "export", clients=3, notes_per_client=1)
    vault = ("--vault", str(folder))
    killed = cli_process("import", "simplepractice", str(export.root), *vault, "--quiet",
                         extra_env={"VAULT_APP_TEST_CRASH_AT": "import_chart_sealed"})
    assert killed.code != 0
    done = here("import", "simplepractice", str(export.root), *vault, "--quiet")
    assert done.code == 0, done.err
    assert done.err.count(CUT_SHORT) == 1 and "Traceback" not in done.err
    assert CUT_SHORT not in done.out  # stdout stays the report


def test_an_import_that_meets_a_failure_says_what_is_kept_and_how_to_go_on(tmp_path: Path, here: Cli) -> None:
    """A real failure mid-import: when the second chart begins the import is paused (SIGSTOP),
    the vault's blob store made a file, and it goes on, so sealing a later chart's documents
    fails in the file system. Found: the command ended with that error alone."""
    folder = tmp_path / "v"
    _init(here, folder)
    export = make_export(tmp_path / "export", clients=20, notes_per_client=1)
    store = blob_store.root(folder)
    command = [sys.executable, "-m", "vault_app", "import", "simplepractice", str(export.root), "--vault", str(folder)]
    proc = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env={**os.environ, "VAULT_APP_PASSPHRASE": PASSPHRASE})
    assert proc.stderr is not None
    shown = []
    for line in proc.stderr:  # progress, a line per chart
        shown.append(line)
        if "Chart 2 of " in line:
            proc.send_signal(signal.SIGSTOP)
            store.rename(store.with_name("blobs (aside)"))
            store.write_bytes(b"")
            proc.send_signal(signal.SIGCONT)
            break
    _out, err = proc.communicate(timeout=120)
    err = "".join(shown) + err
    assert proc.returncode != 0 and "Traceback" not in err, err
    assert "file is in the way" in err and err.count(STOPPED_ON_ERROR) == 1
    assert err.index(STOPPED_ON_ERROR) < err.index("file is in the way")
    store.unlink()
    store.with_name("blobs (aside)").rename(store)
    after = here("import", "simplepractice", str(export.root), "--vault", str(folder), "--json", "--quiet")
    assert after.code == 0, after.err
    assert CUT_SHORT not in after.err  # the failure was said where it happened, not again as a kill
    kept = after.json()
    listed = here("client", "list", "--vault", str(folder), "--json").json()
    came = len(listed) - kept["charts_created"]
    assert 1 <= came < len(listed)  # what came in stayed, the rest came now
    # How far it came, said (the walk's full disk said only that the charts in were whole).
    assert (f"It stopped at chart {came + 1} of {len(listed)}: the charts before it came in whole, and that one "
            "is whole or not there.") in err, err


def test_with_json_an_import_that_meets_a_failure_says_its_stop_as_a_notice(tmp_path: Path, here: Cli) -> None:
    """As above with --json: the stop words were left out (stderr was to hold the one error object);
    stderr is JSON Lines now, and how far it came is a notice of its own kind before the error."""
    folder = tmp_path / "v"
    _init(here, folder)
    export = make_export(tmp_path / "export", clients=6, notes_per_client=1)
    store = blob_store.root(folder)
    command = [sys.executable, "-m", "vault_app", "import", "simplepractice", str(export.root), "--vault", str(folder),
               "--json"]
    proc = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env={**os.environ, "VAULT_APP_PASSPHRASE": PASSPHRASE})
    assert proc.stderr is not None
    shown = []
    for line in proc.stderr:
        shown.append(line)
        if "Chart 2 of " in line:
            proc.send_signal(signal.SIGSTOP)
            store.rename(store.with_name("blobs (aside)"))
            store.write_bytes(b"")
            proc.send_signal(signal.SIGCONT)
            break
    _out, err = proc.communicate(timeout=120)
    lines = [json.loads(line) for line in ("".join(shown) + err).splitlines()]  # every line JSON
    assert proc.returncode != 0
    stops = [d for d in lines if d.get("notice") == "import-stopped"]
    assert len(stops) == 1, lines
    assert stops[0]["message"].startswith(STOPPED_ON_ERROR) and "It stopped at chart " in stops[0]["message"]
    total = int(next(d["message"] for d in lines if "Chart 1 of " in d["message"]).rsplit(" ", 1)[1])
    assert stops[0]["chart"] >= 2 and stops[0]["of"] == total, stops
    assert lines[-1]["kind"] == "error" and lines.index(stops[0]) < len(lines) - 1
    store.unlink()
    store.with_name("blobs (aside)").rename(store)
