"""The command line seals an old vault's ledger inside its unlock (it has nothing to run it
beside), once: it says so on stderr before it starts (a count, no client data), and a
Ctrl-C during it leaves nothing half-written, the next command starting it again.

Real CLI processes on a real vault whose ledger has no seals and 120,000 entries (30
segments of 4096). The process stops itself (SIGSTOP) at a named place: right after its notice,
or between the check's third and fourth segments (`STOPS_AT`, the app's own entry point with
only that hook added), so what the files hold then, and where a Ctrl-C lands, depend on no
timing. The child also takes Python's own Ctrl-C handler, as in a terminal: started from a
shell's background job it inherits SIGINT ignored, and the Ctrl-C would be lost (that, not
timing, failed the first CI run of this test)."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import cli_process
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.services import clients, ledger_seals
from vault_app.services.ledger_sealing import sealing_left_to_caller
from vault_app.services.vault import create_vault, open_vault
from vault_app.storage.compartment import COMPARTMENT_FILES, Compartment, open_query_only
from vault_app.storage.ledger_store import LedgerStore

ENTRIES = 120_000
NAME = "Zebulon Quartermaine"
NOTICE = "checking its"


@dataclass(frozen=True)
class Old:
    folder: Path
    ledger_key: bytes


@pytest.fixture(scope="module")
def made_before_seals(tmp_path_factory: pytest.TempPathFactory) -> Old:
    """Built once (a few CPU-seconds): entries appended as a vault made before seals has them."""
    folder = tmp_path_factory.mktemp("old") / "vault"
    vault = create_vault(folder, PASSPHRASE, params=OWASP_FLOOR, use_device_secret=False).vault
    clients.create_client(vault, NAME)
    with vault.ledger.defer_anchor(), vault.ledger.db.transaction():
        for i in range(ENTRIES):
            vault.ledger.append("test.filler", {"i": i})
    key = bytes.fromhex(vault.reveal_key("ledger"))
    assert vault.ledger.store.seals() == []
    vault.lock()
    return Old(folder, key)


@pytest.fixture
def old(made_before_seals: Old, tmp_path: Path) -> Iterator[Old]:
    copy = tmp_path / "vault"
    shutil.copytree(made_before_seals.folder, copy)
    yield Old(copy, made_before_seals.ledger_key)


def _seals_and_markers(old: Old) -> tuple[int, int]:
    """Read beside whatever has the vault open (a connection of its own, query-only)."""
    path = old.folder / COMPARTMENT_FILES["ledger"]
    reader = Compartment("ledger", path, open_query_only(path, old.ledger_key, "ledger", "reading"))
    try:
        store = LedgerStore(reader)
        return len(store.seals()), int(store.first_seq_of_kind(ledger_seals.SEALING_STARTED) is not None)
    finally:
        reader.close_reader()


# The app's entry point (vault_app/__main__.py) with one hook: the process stops itself after
# its notice ("notice") or when the check is about to read its fourth segment ("scan").
STOPS_AT = """
import os, signal, sys
# Ctrl-C as in a terminal: a process started in the background by a non-interactive shell (CI
# launched with `&`) inherits SIGINT ignored, and Python then installs no KeyboardInterrupt.
signal.signal(signal.SIGINT, signal.default_int_handler)
from vault_app.cli import common
from vault_app.services import ledger_sealing

def stop():
    os.kill(os.getpid(), signal.SIGSTOP)  # the test sends its signals, then SIGCONT

if sys.argv[1] == "notice":
    told = common.sealing_notice
    common.sealing_notice = lambda args, entries: (told(args, entries), stop())
else:
    scan, segments = ledger_sealing.scan, []
    def stepped(*args, **kwargs):
        def step():
            segments.append(1)
            if len(segments) == 4:
                stop()
        return scan(*args, **kwargs, step=step)
    ledger_sealing.scan = stepped
del sys.argv[1]
from vault_app.app import main
raise SystemExit(main())
"""


class Running:
    """`vault-app client list` on the vault, stopped by itself at `where` (STOPS_AT)."""

    def __init__(self, old: Old, where: str = "notice") -> None:
        env = {**os.environ, "VAULT_APP_PASSPHRASE": PASSPHRASE}
        self.proc = subprocess.Popen([sys.executable, "-c", STOPS_AT, where, "client", "list", "--vault",
                                      str(old.folder)],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        assert self.proc.stderr is not None
        self.notice = self.proc.stderr.readline()  # blocks until the line, or '' at the process's end
        if NOTICE in self.notice:
            _pid, status = os.waitpid(self.proc.pid, os.WUNTRACED)  # until it has stopped itself
            assert os.WIFSTOPPED(status), status

    def finish(self, *signals: signal.Signals) -> tuple[int, str, str]:
        for sig in signals:
            os.kill(self.proc.pid, sig)  # delivered when it runs again
        os.kill(self.proc.pid, signal.SIGCONT)
        out, err = self.proc.communicate(timeout=600)
        return self.proc.returncode, out, self.notice + err


def test_the_command_line_says_so_before_it_seals_and_only_once(old: Old) -> None:
    running = Running(old)
    assert NOTICE in running.notice, running.notice
    counted = re.search(r"checking its ([\d,]+) entries", running.notice)
    assert counted is not None and int(counted.group(1).replace(",", "")) > ENTRIES
    assert _seals_and_markers(old) == (0, 0)  # told before anything was sealed
    code, out, err = running.finish()
    assert code == 0, err
    assert NAME in out and NOTICE not in out  # the command's own output is unchanged
    assert NAME not in err  # the notice names no client
    seals, markers = _seals_and_markers(old)
    assert seals > ENTRIES // 4096 and markers == 1
    again = cli_process("client", "list", "--vault", str(old.folder))
    assert again.code == 0 and NAME in again.out
    assert NOTICE not in again.err  # once per vault


def test_the_notice_is_json_with_json(old: Old) -> None:
    result = cli_process("client", "list", "--vault", str(old.folder), "--json")
    assert result.code == 0, result.err
    [line] = [ln for ln in result.err.splitlines() if ln.strip()]
    notice = json.loads(line)
    assert notice["notice"] == "ledger-sealing" and notice["entries"] > ENTRIES
    assert NAME not in result.err
    json.loads(result.out)  # stdout stays the command's JSON alone


def test_ctrl_c_during_the_sealing_leaves_nothing_half_written(old: Old) -> None:
    running = Running(old, "scan")  # three of the check's 30 segments done
    assert NOTICE in running.notice, running.notice
    code, _out, err = running.finish(signal.SIGINT)
    assert code == 130 and "interrupted" in err, err
    assert "Traceback" not in err and "internal error" not in err
    assert _seals_and_markers(old) == (0, 0)  # stopped inside the check: nothing written
    with sealing_left_to_caller(), open_vault(old.folder, PASSPHRASE) as vault:  # opens; the writer lock is free
        assert vault.check_integrity() == {"records": [], "ledger": []}
        assert vault.ledger.store.seals() == []
        assert vault.ledger.entries(kinds=(ledger_seals.SEALING_STARTED,)) == []
        report = vault.ledger.verify_full(vault.header.ledger_anchor, check_index=True, seal=False)
        assert report.ok and report.entries_checked == vault.ledger.head().seq, report.problems
    again = cli_process("client", "list", "--vault", str(old.folder))
    assert again.code == 0 and NOTICE in again.err  # started again, and said so again
    seals, markers = _seals_and_markers(old)
    assert seals > ENTRIES // 4096 and markers == 1
    with open_vault(old.folder, PASSPHRASE) as vault:
        assert vault.ledger.verify_full(vault.header.ledger_anchor, check_index=True).ok
