"""The destruction's backups purged beside the therapist's work (services/destruction_beside.py):
while the purge is held between two snapshots, an autosave, the client list and another chart
open on the vault's worker; the certificate comes only once every backup was purged and
searched, and says what the sequential destruction says; the purge touches no compartment of
the live vault from its thread; a kill between snapshots is finished at the next unlock."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE, reopen
from tests.core.destruction_helpers import seed_chart
from vault_app.services import (
    backup_repo,
    clients,
    destruction,
    destruction_beside,
    notes,
    psychotherapy_notes,
    snapshot_purge_repositories,
)
from vault_app.services.beside_job import SerialWorker
from vault_app.services.destruction_progress import Step
from vault_app.services.vault import Vault


def _snapshots(vault: Vault, repo: Path, count: int, other: str) -> list[str]:
    """`count` snapshots a session of `other` apart (not the chart destroyed: its retention
    period would start again)."""
    made = []
    for i in range(count):
        notes.create_progress_note(vault, other, text=f"A later session {i}.", template="free")
        made.append(backup_repo.create_incremental(vault, repo, rotate_old=False).path)
    return made


class _Hold:
    """A progress watcher that holds the purge (on its thread) as backup `at` begins."""

    def __init__(self, at: int) -> None:
        self.at = at
        self.reached = threading.Event()
        self.release = threading.Event()
        self.steps: list[Step] = []
        self.threads: set[str] = set()

    def __call__(self, step: Step) -> None:
        self.steps.append(step)
        self.threads.add(threading.current_thread().name)
        if step.phase == "backup" and step.backup == self.at:
            self.reached.set()
            self.release.wait()


def test_the_worker_serves_the_therapist_while_the_purge_is_held(psy_vault: Vault, tmp_path: Path) -> None:
    target = seed_chart(psy_vault, "B")
    other = seed_chart(psy_vault, "O")
    paths = _snapshots(psy_vault, tmp_path / "repo", 3, other.client_id)
    draft = notes.create_progress_note(psy_vault, other.client_id, text="Draft before.", template="free")
    # Held as snapshot 3's deletion begins: snapshot 1 is in place by then (each snapshot's
    # check runs beside the next one's work, so snapshot 2 is in place only without that).
    hold = _Hold(at=3)
    worker = SerialWorker(psy_vault)
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["certificate"] = destruction_beside.destroy_beside(
                worker.call, worker.submit, target.chart_number, basis="retention", confirm=target.chart_number,
                progress=hold)
        except BaseException as exc:  # reported to the test's thread below
            outcome["error"] = exc
        finally:
            hold.reached.set()  # an error before the hold must not leave the test waiting

    runner = threading.Thread(target=run)
    runner.start()
    try:
        hold.reached.wait()
        assert "error" not in outcome, outcome.get("error")
        # The purge is part-way through the snapshots: the worker is free.
        assert runner.is_alive() and "certificate" not in outcome
        worker.call(lambda v: notes.save_draft(v, draft.note_id, {"text": "Draft typed during the purge."}))
        listed = worker.call(lambda v: [c.client_id for c in clients.list_clients(v)])
        assert other.client_id in listed and target.client_id not in listed
        opened = worker.call(lambda v: notes.list_notes(v, other.client_id))
        assert any(n.note_id == draft.note_id for n in opened)
        # No certificate before every backup is purged and searched.
        assert not worker.call(lambda v: v.ledger.entries(kinds=(destruction.COMPLETED,)))
        purged_by_then = 1 if snapshot_purge_repositories.CHECK_BESIDE_NEXT else 2
        assert len(worker.call(lambda v: v.ledger.entries(kinds=("backup.purged",)))) == purged_by_then
    finally:
        hold.release.set()
        runner.join()
        worker.close()
    if "error" in outcome:
        raise outcome["error"]
    cert = outcome["certificate"]
    assert cert["verification"]["result"] == "passed"
    assert [b["path"] for b in cert["verification"]["backups"]] == sorted(paths, key=paths.index)
    assert all(b["ok"] and b["rows_remaining"] == 0 for b in cert["verification"]["backups"])
    assert notes.get_note(psy_vault, draft.note_id).sections["text"] == "Draft typed during the purge."
    # The backups' steps were heard on the purge's own thread, the rest on the worker.
    assert {"vault-worker", "vault-destruction-purge"} <= hold.threads
    assert [s.phase for s in hold.steps][-5:] == ["backup", "backup", "backup", "sign", "new_backup"]
    assert [s.done for s in hold.steps] == sorted(s.done for s in hold.steps)
    [completed] = psy_vault.ledger.entries(kinds=(destruction.COMPLETED,))
    assert completed.seq > max(e.seq for e in psy_vault.ledger.entries(kinds=("backup.purged",)))
    report = destruction.verify_destruction(psy_vault, cert["certificate_id"])
    assert report["ok"], report
    for path in paths:
        assert backup_repo.verify_snapshot(Path(path), vault=psy_vault, full=True)["ok"]


def test_the_live_view_reaches_no_compartment(psy_vault: Vault) -> None:
    """The purge's stand-in for the vault has the keys and the ledger, nothing else: a use
    of a compartment from the purge's thread fails loudly instead of sharing a connection."""
    worker = SerialWorker(psy_vault)
    try:
        live = worker.call(lambda v: destruction_beside.LiveView.capture(v, worker.submit))
        assert live.master_key() == psy_vault.master_key()
        assert live.ledger.head() == psy_vault.ledger.head()
        # The psychotherapy wrapping keys are copied: a lock of those notes meanwhile
        # (which drops them from the vault) leaves the purge able to open its backups' copy.
        wraps = psy_vault.psychotherapy_wraps()
        assert wraps
        worker.call(lambda v: v.lock_psychotherapy())
        assert psy_vault.psychotherapy_wraps() == () and live.psychotherapy_wraps() == wraps
        for name in ("records", "psychotherapy", "folder", "header"):
            with pytest.raises(AttributeError):
                getattr(live, name)
    finally:
        worker.close()


CHILD = """
import os, signal, sys
from pathlib import Path
from vault_app.services import destruction_beside
from vault_app.services.beside_job import SerialWorker
from vault_app.services.vault import open_vault
folder, chart = Path(sys.argv[1]), sys.argv[2]
vault = open_vault(folder, os.environ["VAULT_APP_PASSPHRASE"], with_psychotherapy=True)
worker = SerialWorker(vault)

def killed_between(step):
    # The first snapshot is purged and in place; the second not begun: a power cut here.
    if step.phase == "backup" and step.backup == 2:
        os.kill(os.getpid(), signal.SIGKILL)

destruction_beside.destroy_beside(worker.call, worker.submit, chart, basis="override", confirm=chart,
                                  override_reason="fault-injection test of an interrupted purge",
                                  progress=killed_between)
"""


@pytest.mark.slow
def test_a_kill_between_two_snapshots_is_finished_at_the_next_unlock(psy_vault: Vault, vault_dir: Path,
                                                                      tmp_path: Path) -> None:
    target = seed_chart(psy_vault, "X")
    other = seed_chart(psy_vault, "Y")
    paths = _snapshots(psy_vault, tmp_path / "repo", 2, other.client_id)
    psy_vault.lock()
    env = dict(os.environ, VAULT_APP_PASSPHRASE=PASSPHRASE, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    done = subprocess.run([sys.executable, "-c", CHILD, str(vault_dir), target.chart_number], env=env,
                          capture_output=True, timeout=300, check=False)
    assert done.returncode == -signal.SIGKILL, done.stderr.decode(errors="replace")[-2000:]
    with reopen(vault_dir, psychotherapy=True) as vault:  # the unlock's hook resumes and finishes
        [row] = destruction.list_destructions(vault)
        assert row["state"] == "completed", row
        cert = destruction.completed_entry(vault, row["certificate_id"]).payload["certificate"]
        assert cert["method"]["resumed_after_interruption"] is True
        assert [b["path"] for b in cert["verification"]["backups"]] == paths
        report = destruction.verify_destruction(vault, row["certificate_id"])
        assert report["ok"] and all(b["rows_remaining"] == 0 for b in report["backups"]), report
        for path in paths:  # each snapshot whole: the purged one purged again, the other purged
            assert backup_repo.verify_snapshot(Path(path), vault=vault, full=True)["ok"]
        assert psychotherapy_notes.list_psychotherapy_notes(vault, other.client_id)
    backup_repo.sweep_repository(tmp_path / "repo")
    assert not [p for p in (tmp_path / "repo").rglob(".*")], "work files left in the repository"
