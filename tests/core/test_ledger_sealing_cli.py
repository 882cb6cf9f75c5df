"""The command line seals an old vault's ledger beside its command, not inside its unlock:
the command runs at once and its output is unchanged; the seals of the segments checked
by the time the command is done are written then (one transaction), and the next unlock
goes on from the last one; it says so on stderr (a count, no client data). A kill or a
Ctrl-C during the sealing leaves the seals written before whole and nothing of this one.

Real CLI processes on a real vault whose ledger has no seals and 40,000 entries (9 whole
segments of 4096). `HELD` is the app's own entry point with one hook on the sealing's
thread (`SealingBesideCommand._step`, called before each segment) and its `finish`, so that
where the sealing stands when the command ends, or when a signal lands, depends on no
timing: "hold N" ends the command exactly before segment N, "whole" lets the command end
only after the scan reached the head, "stop N" stops the whole process (SIGSTOP) at segment
N for the test's signals. The child takes Python's own Ctrl-C handler, as in a terminal (a
shell's background job inherits SIGINT ignored)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import Result, cli_process
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.services import clients, ledger_seals
from vault_app.services.fault_injection import CRASH_ENV
from vault_app.services.ledger_sealing import sealing_left_to_caller
from vault_app.services.vault import create_vault, open_vault
from vault_app.storage.compartment import COMPARTMENT_FILES, Compartment, open_query_only
from vault_app.storage.ledger_store import LedgerStore, SealRow

ENTRIES = 40_000  # 9 segments: the tests hold the sealing at segments 1-5 and need some left after
SEGMENTS = ENTRIES // ledger_seals.SEGMENT
NAME = "Zebulon Quartermaine"
NOTICE = "sealed beside this command"


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


def _seals(old: Old) -> tuple[list[SealRow], int]:
    """(the seals, whether the `ledger.sealing_started` entry is there), read beside whatever has the
    vault open (a connection of its own, query-only)."""
    path = old.folder / COMPARTMENT_FILES["ledger"]
    reader = Compartment("ledger", path, open_query_only(path, old.ledger_key, "ledger", "reading"))
    try:
        store = LedgerStore(reader)
        return store.seals(), int(store.first_seq_of_kind(ledger_seals.SEALING_STARTED) is not None)
    finally:
        reader.close_reader()


HELD = """
import os, signal, sys, threading
signal.signal(signal.SIGINT, signal.default_int_handler)
from vault_app.services.ledger_sealing_command import SealingBesideCommand as Job

mode, at = sys.argv[1], int(sys.argv[2])
del sys.argv[1:3]
reached, asked, steps = threading.Event(), threading.Event(), []

def step(self):
    steps.append(1)
    if len(steps) == at and mode == "hold":
        reached.set()
        asked.wait()
    if len(steps) == at and mode == "stop":
        reached.set()
        os.kill(os.getpid(), signal.SIGSTOP)  # the test sends its signals, then SIGCONT

finish = Job.finish
def held_finish(self, vault):
    if mode == "hold":
        reached.wait()
        self._stop.set()  # before the thread goes on: it stops right there
        asked.set()
    if mode == "whole":
        self._thread.join()
    return finish(self, vault)

if mode == "stop":  # the command's thread waits inside the command until the sealing stopped
    from vault_app.cli import common
    told = common.sealing_notice
    common.sealing_notice = lambda args, entries: (told(args, entries), reached.wait())

Job._step = step
Job.finish = held_finish
from vault_app.app import main
raise SystemExit(main())
"""


def _run(old: Old, mode: str, at: int, *args: str) -> Result:
    env = {**os.environ, "VAULT_APP_PASSPHRASE": PASSPHRASE}
    done = subprocess.run([sys.executable, "-c", HELD, mode, str(at), *args, "--vault", str(old.folder)],
                          capture_output=True, text=True, env=env, timeout=600, check=False)
    return Result(done.returncode, done.stdout, done.stderr)


def _audit_ok(old: Old) -> None:
    with sealing_left_to_caller(), open_vault(old.folder, PASSPHRASE) as vault:
        assert vault.check_integrity() == {"records": [], "ledger": []}
        report = vault.ledger.verify_full(vault.header.ledger_anchor, check_index=True, seal=False)
        assert report.ok and report.entries_checked == vault.ledger.head().seq, report.problems


def test_the_command_ends_first_and_what_was_checked_stays_sealed(old: Old) -> None:
    first = _run(old, "hold", 5, "client", "list", "--json")  # the command ends before segment 5
    assert first.code == 0, first.err
    assert NOTICE in first.err and NAME not in first.err  # said, and names no client
    seals, markers = _seals(old)
    assert len(seals) == 5 and markers == 0  # seal 0 and the four segments checked
    assert [s.last_seq for s in seals[1:]] == [4096 * i for i in range(1, 5)]
    _audit_ok(old)  # a partly sealed ledger: the rest checked entry by entry, no "removed seals"

    second = _run(old, "hold", 3, "client", "list", "--json")  # goes on from the last seal
    assert second.code == 0 and NOTICE in second.err, second.err
    seals_after, markers = _seals(old)
    assert seals_after[:5] == seals and len(seals_after) == 7 and markers == 0

    last = _run(old, "whole", 0, "client", "list", "--json")
    assert last.code == 0 and NOTICE in last.err, last.err
    sealed, markers = _seals(old)
    assert sealed[:7] == seals_after and len(sealed) == SEGMENTS + 1 and markers == 1
    _audit_ok(old)
    done = cli_process("client", "list", "--vault", str(old.folder), "--json")
    assert done.code == 0 and done.err.strip() == ""  # nothing left: nothing said
    # The command's output is the same whatever the sealing did beside it.
    assert first.out == second.out == last.out == done.out
    assert NAME in done.out


def test_the_notice_is_json_with_json(old: Old) -> None:
    result = _run(old, "hold", 1, "client", "list", "--json")
    assert result.code == 0, result.err
    [line] = [ln for ln in result.err.splitlines() if ln.strip()]
    notice = json.loads(line)
    assert notice["notice"] == "ledger-sealing" and notice["beside"] is True
    assert notice["entries"] > ENTRIES and NAME not in result.err
    json.loads(result.out)  # stdout stays the command's JSON alone
    assert _seals(old) == ([], 0)  # the command ended before the first segment: nothing written


def test_audit_verify_finishes_it_at_once(old: Old) -> None:
    _run(old, "hold", 4, "client", "list")
    result = cli_process("audit", "verify", "--vault", str(old.folder))
    assert result.code == 0 and "Ledger intact" in result.out, result.err
    seals, markers = _seals(old)
    assert len(seals) == SEGMENTS + 1 and markers == 1


class Stopped:
    """A command stopped (SIGSTOP, by itself) at the sealing's segment `at`."""

    def __init__(self, old: Old, at: int, *args: str) -> None:
        env = {**os.environ, "VAULT_APP_PASSPHRASE": PASSPHRASE}
        self.proc = subprocess.Popen([sys.executable, "-c", HELD, "stop", str(at), *args, "--vault", str(old.folder)],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        _pid, status = os.waitpid(self.proc.pid, os.WUNTRACED)  # until it has stopped itself
        assert os.WIFSTOPPED(status), status

    def finish(self, *signals: signal.Signals) -> Result:
        for sig in signals:
            os.kill(self.proc.pid, sig)  # delivered when it runs again (SIGKILL at once)
        if signal.SIGKILL not in signals:
            os.kill(self.proc.pid, signal.SIGCONT)
        out, err = self.proc.communicate(timeout=600)
        return Result(self.proc.returncode, out, err)


def test_a_kill_during_the_sealing_leaves_what_was_sealed_and_the_next_command_finishes_it(old: Old) -> None:
    _run(old, "hold", 3, "client", "list")  # two segments sealed by an earlier command
    before, _ = _seals(old)
    assert len(before) == 3
    killed = Stopped(old, 6, "client", "list").finish(signal.SIGKILL)
    assert killed.code == -signal.SIGKILL
    assert _seals(old) == (before, 0)  # the earlier seals whole, nothing of this command's
    _audit_ok(old)  # opens (the writer lock went with the process), whole, chain intact
    result = _run(old, "whole", 0, "client", "list")
    assert result.code == 0 and NAME in result.out, result.err
    sealed, markers = _seals(old)
    assert sealed[:3] == before and len(sealed) == SEGMENTS + 1 and markers == 1
    _audit_ok(old)


def test_ctrl_c_during_the_sealing_writes_nothing_and_the_next_command_goes_on(old: Old) -> None:
    interrupted = Stopped(old, 4, "client", "list").finish(signal.SIGINT)
    assert interrupted.code == 130 and "Stopped (Ctrl-C)." in interrupted.err, interrupted.err
    assert "Traceback" not in interrupted.err and "internal error" not in interrupted.err
    assert _seals(old) == ([], 0)
    _audit_ok(old)
    again = _run(old, "whole", 0, "client", "list")
    assert again.code == 0 and NOTICE in again.err  # started again, and said so again
    seals, markers = _seals(old)
    assert len(seals) == SEGMENTS + 1 and markers == 1


def test_a_second_process_holding_the_vault_keeps_the_command_out_and_nothing_is_sealed(old: Old) -> None:
    """The app's window (or another command) holds the writer lock: the command is refused
    before anything starts; once it is gone, the command seals beside as usual."""
    with sealing_left_to_caller(), open_vault(old.folder, PASSPHRASE):
        refused = cli_process("client", "list", "--vault", str(old.folder))
        assert refused.code != 0 and "Traceback" not in refused.err
        assert NOTICE not in refused.err
    assert _seals(old) == ([], 0)
    result = _run(old, "hold", 2, "client", "list")
    assert result.code == 0 and NAME in result.out, result.err
    assert len(_seals(old)[0]) == 2


@pytest.mark.parametrize("kind", ["file", "repo"])
def test_a_backup_made_beside_the_sealing_verifies_and_restores(old: Old, tmp_path: Path, kind: str) -> None:
    """`backup create` (its check at creation reads the seals there are, the repository's
    checkpoint waits for the sealing's read of a segment), then a verified restore."""
    _run(old, "hold", 3, "client", "list")  # partly sealed: two segments
    target = tmp_path / "backups"
    made = _run(old, "whole", 0, "backup", "create", "--to", str(target), "--verify", "--kind", kind, "--json")
    assert made.code == 0, made.err
    assert _seals(old)[1] == 1
    restored = tmp_path / "restored"
    done = cli_process("backup", "restore", json.loads(made.out)["path"], "--to", str(restored), "--full",
                       "--vault", str(old.folder))
    assert done.code == 0, done.err
    with open_vault(restored, PASSPHRASE) as vault:  # the copy, partly sealed, checks out
        assert vault.ledger.verify_full(vault.header.ledger_anchor, check_index=True).ok


@pytest.mark.parametrize("point", ["ledger_seals_inserted", "ledger_seals_committed"])
def test_a_kill_at_the_commands_write_keeps_the_seals_whole(old: Old, point: str) -> None:
    """SIGKILL inside the transaction that writes the seals after the command (nothing of it
    stays), and just after its commit (those seals whole)."""
    _run(old, "hold", 3, "client", "list")
    before, _ = _seals(old)
    env = {**os.environ, "VAULT_APP_PASSPHRASE": PASSPHRASE, CRASH_ENV: point}
    done = subprocess.run([sys.executable, "-c", HELD, "hold", "4", "client", "list", "--vault", str(old.folder)],
                          capture_output=True, text=True, env=env, timeout=600, check=False)
    assert done.returncode == -signal.SIGKILL, done.stderr
    seals, markers = _seals(old)
    assert markers == 0
    assert seals == before if point == "ledger_seals_inserted" else (seals[:3] == before and len(seals) == 6)
    _audit_ok(old)
