"""SIGKILL in the middle of migration 0087 (while it drops the date-only indexes and builds
the agenda's week indexes): the next open finds the records compartment at the version
before, upgrades it whole, and the week view, SQLite's checks and the ledger are intact.

A real child process opens the vault the way the app does; a SQLite progress handler on its
records connection kills it after a given number of steps of the migration's statements, so
the kill lands inside the upgrade's one transaction (not before it, not after it)."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
from pathlib import Path

from tests.conftest import PASSPHRASE
from tests.core.test_faults_diskfull_agenda_upgrade import NEW, OLD, _as_before_0087, _indexes, _week
from vault_app.services import clients, notes, sessions
from vault_app.services.vault import Vault, open_vault
from vault_app.storage import migrations

CHILD = """
import os, signal, sys
from pathlib import Path
from vault_app.storage import migrations
from vault_app.services.vault import open_vault

kill_after, real_apply = int(sys.argv[2]), migrations.apply
steps = 0

def tick():
    global steps
    steps += 1
    if kill_after and steps >= kill_after:
        os.kill(os.getpid(), signal.SIGKILL)
    return 0

def apply(compartment):
    if compartment.name == "records":
        compartment.raw_connection.set_progress_handler(tick, 100)
    real_apply(compartment)
    if compartment.name == "records":
        compartment.raw_connection.set_progress_handler(None, 100)
        print("steps", steps, flush=True)

migrations.apply = apply
open_vault(Path(sys.argv[1]), sys.argv[3]).lock()
"""


def _run_child(folder: Path, kill_after: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", CHILD, str(folder), str(kill_after), PASSPHRASE],
                          capture_output=True, text=True, timeout=120, check=False)


def test_a_kill_inside_migration_0087_leaves_the_version_before_and_the_next_open_upgrades(
        vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    client_id = clients.create_client(vault, "Oriel Fenwick-Stray", date_of_birth="1979-05-06").client_id
    for i in range(150):
        day = f"2026-03-0{2 + i % 5}"
        session = sessions.add_session(vault, client_id, date=day, start_time=f"{8 + i % 10:02d}:{i % 60:02d}",
                                       end_time=f"{9 + i % 10:02d}:{i % 60:02d}")
        notes.create_progress_note(vault, client_id, session_id=session.session_id, sections={"subjective": "seen"})
    expected = _week(vault)
    _as_before_0087(vault)
    vault.lock()
    before = tmp_path / "before-0087"
    shutil.copytree(vault_dir, before)

    # How many progress steps the whole migration takes, on a copy.
    counted = tmp_path / "counted"
    shutil.copytree(before, counted)
    done = _run_child(counted, 0)
    assert done.returncode == 0, done.stderr[-2000:]
    total = int(done.stdout.split("steps")[-1])
    assert total >= 20, total

    for fraction in (0.1, 0.5, 0.9):
        shutil.rmtree(vault_dir)
        shutil.copytree(before, vault_dir)
        killed = _run_child(vault_dir, max(1, int(total * fraction)))
        assert killed.returncode == -signal.SIGKILL, (fraction, killed.returncode, killed.stderr[-2000:])
        with open_vault(vault_dir, PASSPHRASE, with_psychotherapy=True) as again:
            assert again.records.user_version() == migrations.latest_version("records")
            assert _indexes(again) >= NEW and not _indexes(again) & OLD
            assert _week(again) == expected
            assert again.check_integrity() == {"records": [], "ledger": [], "psychotherapy": []}
            assert again.ledger.verify_full(again.header.ledger_anchor).ok
