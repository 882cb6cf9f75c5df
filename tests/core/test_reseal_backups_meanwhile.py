"""Backups made while documents are sealed again under the current chart key
(services/blob_reseal.py; docs/scaling.md, "Twenty-fifth round (2026-12-05): documents sealed
again", its known limits).

What a backup sees mid-switch: the re-sealing writes a NEW blob, switches the row to it in one
worker transaction, then scrubs the OLD file beside the worker. A backup taken on the worker
(Back up now) is ordered with the switch: before it, its records.db names the old file, which
is still whole (it is scrubbed only after the switch commits); after it, the new one, whole
before the switch. The backup on lock is the one that is not: it pins records.db at the lock
and copies the files it names later, beside, while the therapist has unlocked again; its pinned
rows name the OLD files, which the re-sealing in the new session switched and scrubbed before
the copy reached them: its check failed ("An attachment copied for the backup is missing or
damaged") and it was not registered. The job now waits, before it claims a document, while
a backup on lock of this vault is still copying its files.

A terminal's `vault-app backup create` while the app re-seals is refused by the folder's
writer lock, in words, before anything is written (a real second process).
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE
from tests.core.clinical_helpers import PDF
from vault_app.services import (
    attachment_blobs,
    attachments,
    backup,
    backup_beside,
    backup_repo,
    blob_reseal,
    clients,
)
from vault_app.services.beside_job import SerialWorker
from vault_app.services.vault import Vault, open_vault
from vault_app.services.vault_rekey_runners import replace_here
from vault_app.storage import blob_store, clinical_attachments


def _docs(vault: Vault, n: int = 3) -> dict[str, bytes]:
    attachment_blobs.sweep_intents(vault)  # as the vault's first unlock does
    chart = clients.create_client(vault, "Gisela Marchbanks").client_id
    docs = {}
    for i in range(n):
        data = PDF + f"%doc{i}-".encode() + os.urandom(3000 + (2 * blob_store.WRITE_STEP if i == 0 else 0))
        docs[attachments.add_attachment(vault, chart, data, kind="other").attachment_id] = data
    return docs


def _every_document_opens(vault: Vault, docs: dict[str, bytes]) -> None:
    for attachment_id, data in docs.items():
        assert attachments.read_attachment(vault, attachment_id)[1] == data
    assert set(blob_store.stored_ids(vault.folder)) == clinical_attachments.blob_ids(vault.records)


class Gate:
    """Holds the backup on lock at one step until the test opens it (never a sleep)."""

    def __init__(self, step: str) -> None:
        self.step = step
        self.reached = threading.Event()
        self.release = threading.Event()

    def __call__(self, name: str) -> None:
        if name == self.step:
            self.reached.set()
            assert self.release.wait(120), "the test never released the background backup"


@pytest.mark.parametrize("kind", ["file", "repo"])
def test_the_backup_on_lock_copies_every_file_it_pinned_while_the_next_session_reseals(
        vault: Vault, vault_dir: Path, tmp_path: Path, runner: backup_beside.BackupRunner, kind: str) -> None:
    docs = _docs(vault)
    replace_here(vault, PASSPHRASE)
    target = tmp_path / "usb"
    backup.configure(vault, target=str(target), kind=kind)
    gate = Gate("start")  # pinned at the lock, nothing copied yet
    runner.checkpoint = gate
    assert backup_beside.lock_with_backup(vault)
    assert gate.reached.wait(60)

    again = open_vault(vault_dir, PASSPHRASE, wait_seconds=0)  # the therapist unlocks at once
    worker = SerialWorker(again)
    try:
        assert len(worker.call(blob_reseal.pending)) == 3
        held = threading.Event()  # the job reached the wait for the backup's copy, or ended
        job = blob_reseal.ResealJob(again.folder, worker.submit, on_end=lambda _job: held.set())
        job.checkpoint = lambda name: held.set() if name == "backup copying" else None
        job.start()
        assert held.wait(60)
        gate.release.set()
        assert runner.wait(120)
        assert job.wait(60) and job.error is None and not job.stopped
        assert job.outcome is not None and job.outcome.resealed == 3
        assert runner.failures == [], "the backup on lock failed its check"
        done = worker.call(backup_beside.register_waiting)
        assert len(done) == 1 and done[0].verified
        worker.call(partial(_every_document_opens, docs=docs))
        assert worker.call(blob_reseal.pending) == []
    finally:
        gate.release.set()
        worker.close()
        again.lock()
    # The backup holds the vault as it was at the lock: every document, under generation 0.
    restored = tmp_path / "restored"
    if kind == "file":
        backup.restore_backup(Path(done[0].path), restored, passphrase=PASSPHRASE)
    else:
        from vault_app.services import backup_repo_restore

        backup_repo_restore.restore_snapshot(Path(done[0].path), restored, passphrase=PASSPHRASE)
    with open_vault(restored, PASSPHRASE, check_every_page=True) as copy:
        _every_document_opens(copy, docs)
        assert len(blob_reseal.pending(copy)) == 3


# Where a Back up now on the worker can fall between the job's steps (each held on its thread).
STEPS = ["claimed", "sealed", "switched", "scrubbed"]


@pytest.mark.parametrize("step", STEPS)
def test_back_up_now_between_the_resealing_steps_is_whole(
        vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str) -> None:
    """The job on a thread of its own, the backups on the real worker thread, one of each kind
    at each boundary of the first document's steps: each verifies and restores whole."""
    docs = _docs(vault)
    replace_here(vault, PASSPHRASE)
    reached, release = threading.Event(), threading.Event()
    original: dict[str, Any] = {name: getattr(blob_reseal, name) for name in ("seal", "scrub", "forget")}

    def hold(name: str) -> None:
        if name == step and not reached.is_set():
            reached.set()
            assert release.wait(120), "the test never released the re-sealing"

    def seal(folder: Path, claimed: blob_reseal.Claim, stopping: Any) -> bool:
        hold("claimed")  # the new blob's intent committed, nothing written
        sealed: bool = original["seal"](folder, claimed, stopping)
        hold("sealed")  # the new blob whole, the row still naming the old one
        return sealed

    def scrub(folder: Path, blob_id: str) -> None:
        hold("switched")  # the row names the new blob; the old file not yet scrubbed
        original["scrub"](folder, blob_id)
        hold("scrubbed")

    monkeypatch.setattr(blob_reseal, "seal", seal)
    monkeypatch.setattr(blob_reseal, "scrub", scrub)
    worker = SerialWorker(vault)
    try:
        job = blob_reseal.ResealJob(vault.folder, worker.submit)
        job.start()
        assert reached.wait(60)
        made = [worker.call(lambda v: backup.create_backup(v, tmp_path / "files", verify=True, rotate_old=False)),
                worker.call(lambda v: backup_repo.create_incremental(v, tmp_path / "repo", verify=True,
                                                                     rotate_old=False))]
        release.set()
        assert job.wait(60) and job.error is None and job.outcome is not None and job.outcome.resealed == 3
    finally:
        release.set()
        worker.close()
    assert all(m.verified for m in made)
    backup.restore_backup(Path(made[0].path), tmp_path / "from-file", passphrase=PASSPHRASE)
    from vault_app.services import backup_repo_restore

    backup_repo_restore.restore_snapshot(Path(made[1].path), tmp_path / "from-repo", passphrase=PASSPHRASE)
    for restored in (tmp_path / "from-file", tmp_path / "from-repo"):
        with open_vault(restored, PASSPHRASE, check_every_page=True) as copy:
            _every_document_opens(copy, docs)


def test_a_terminal_backup_while_the_app_reseals_is_refused_in_words_before_it_starts(
        vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    """The app holds the vault (its folder's writer lock) while the job runs: a second process's
    `vault-app backup create` is told who has the vault and what to do, and writes nothing."""
    _docs(vault)
    replace_here(vault, PASSPHRASE)
    reached, release = threading.Event(), threading.Event()
    worker = SerialWorker(vault)
    target = tmp_path / "terminal-backups"
    try:
        job = blob_reseal.ResealJob(vault.folder, worker.submit)

        def held_before_a_document(_name: str) -> None:
            reached.set()
            assert release.wait(120)

        job.checkpoint = held_before_a_document
        job.start()
        assert reached.wait(60)
        env = dict(os.environ, VAULT_APP_PASSPHRASE=PASSPHRASE,
                   PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
        done = subprocess.run([sys.executable, "-m", "vault_app", "backup", "create", "--vault", str(vault_dir),
                               "--to", str(target)], env=env, capture_output=True, timeout=300, check=False)
        release.set()
        assert job.wait(60) and job.outcome is not None and job.outcome.resealed == 3
    finally:
        release.set()
        worker.close()
    err = done.stderr.decode(errors="replace")
    assert done.returncode != 0
    # The holder is this test's process: "a window" when a GUI test of the same worker loaded Qt's
    # widgets before, "a command" otherwise (storage/folder_lock.py); either is refused in words.
    assert ("The vault is open in another window of the app" in err and "Lock the vault in that window" in err) or (
        "in use by a vault-app command" in err and "Let that command finish" in err), err[-2000:]
    assert "Traceback" not in err
    assert not target.exists() or list(target.iterdir()) == []
