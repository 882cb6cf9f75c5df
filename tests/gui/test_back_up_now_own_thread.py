"""Back up now on a thread of its own (found by a walker on a 280 MB vault: for its 12-15 s a
note's save, a signature or a chart's opening waited behind it on the app's one worker). Now
the vault's state is held in milliseconds and built and checked beside, as the backup on lock
is: a save made while the backup is held at its check completes, and the backup restores to
the vault as it was when Back up now was pressed. Real widgets, a real vault, real threads;
the backup is held by an event at its check (never a sleep)."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from tests.conftest import PASSPHRASE
from tests.core.test_backup_beside import Gate
from tests.gui.conftest import unlock, wait_ops
from tests.gui.test_backups_repo import _dialog
from tests.gui.test_quit_while_backup_runs import _busy
from vault_app.gui.backups import BackupsDialog
from vault_app.gui.controller import AppController
from vault_app.services import backup, backup_beside, clients
from vault_app.services.vault import open_vault
from vault_app.storage import backup_snapshot

pytestmark = pytest.mark.gui


class HeldCheck:
    """Back up now's check of its copy held until released (the check every Back up now makes,
    wherever it runs)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.reached, self.release = threading.Event(), threading.Event()
        original = backup_snapshot.copies_checked_beside

        @contextlib.contextmanager
        def held(*args: Any, **kwargs: Any) -> Iterator[Any]:
            self.reached.set()
            assert self.release.wait(120), "the test never released the backup"
            with original(*args, **kwargs) as results:
                yield results

        monkeypatch.setattr(backup_snapshot, "copies_checked_beside", held)


def _into(app: AppController, qtbot: object, folder: Path) -> BackupsDialog:
    app.op(None, lambda v: clients.create_client(v, "Ione Castellane")).run()
    dialog = _dialog(app, qtbot)
    dialog.target.setText(str(folder))
    dialog.kind.setCurrentIndex(dialog.kind.findData("file"))
    dialog.save_settings()
    wait_ops(qtbot)
    return dialog


def _names_in(path: Path, tmp_path: Path) -> list[str]:
    restored = tmp_path / "restored"
    backup.restore_backup(path, restored, passphrase=PASSPHRASE)
    copy = open_vault(restored, PASSPHRASE)
    try:
        return sorted(c.display_name for c in clients.list_clients(copy))
    finally:
        copy.lock()


def test_a_save_completes_while_back_up_now_is_held_and_the_backup_holds_its_start(
    unlocked_app: AppController, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "usb"
    dialog = _into(unlocked_app, qtbot, folder)
    hold = HeldCheck(monkeypatch)
    saved: list[str] = []
    try:
        dialog.backup_button.click()
        qtbot.waitUntil(hold.reached.is_set, timeout=60_000)
        # The backup waits at its check; a new chart is saved meanwhile, through the worker.
        unlocked_app.op(None, lambda v: clients.create_client(v, "Bramwell Osterley").client_id) \
            .success(saved.append).run()
        qtbot.waitUntil(lambda: saved != [], timeout=60_000)
        assert not hold.release.is_set() and list(folder.glob("*.vaultbackup")) == []
    finally:
        hold.release.set()
    wait_ops(qtbot, timeout=120_000)
    said = dialog.result_label.text()
    assert "Backed up to" in said and "when the backup began" in said, said
    made = list(folder.glob("*.vaultbackup"))
    assert len(made) == 1
    assert _names_in(made[0], tmp_path) == ["Ione Castellane"]


def test_a_lock_while_back_up_now_runs_keeps_the_backup(
    unlocked_app: AppController, qtbot: Any, tmp_path: Path
) -> None:
    folder = tmp_path / "usb"
    dialog = _into(unlocked_app, qtbot, folder)
    runner = backup_beside.runner()
    gate = Gate("packed")
    runner.checkpoint = gate
    try:
        dialog.backup_now()
        qtbot.waitUntil(gate.reached.is_set, timeout=60_000)
        unlocked_app.lock()  # Lock now: the window and its keys go while the backup is built
        qtbot.waitUntil(lambda: unlocked_app.unlock_window is not None and unlocked_app.vault is None)
    finally:
        gate.release.set()
    wait_ops(qtbot, timeout=120_000)
    assert runner.wait(120) and runner.failures == []
    window = unlock(unlocked_app, qtbot)
    assert [b for b in window.findChildren(QMessageBox) if b.isVisible()] == []
    listed: list[list[dict[str, Any]]] = []
    unlocked_app.query(None, backup.list_backups).success(listed.append).run()
    wait_ops(qtbot)
    assert [b["state"] for b in listed[0]] == ["verified"]
    runner.checkpoint = None


def test_another_operation_shows_its_own_please_wait_while_back_up_now_runs(
    unlocked_app: AppController, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The worker is free during the backup: a long operation then started shows its own modal
    "Please wait" (it was held back behind Back up now's, as if queued behind it)."""
    dialog = _into(unlocked_app, qtbot, tmp_path / "usb")
    window = unlocked_app.main_window
    assert window is not None
    hold = HeldCheck(monkeypatch)
    slow = threading.Event()
    try:
        dialog.backup_button.click()
        qtbot.waitUntil(hold.reached.is_set, timeout=60_000)
        unlocked_app.op(window, lambda _v: slow.wait(120), label="Saving…").run()
        qtbot.waitUntil(lambda: "Saving…" in _busy(window), timeout=30_000)
        shown = [d for d in window.findChildren(QProgressDialog) if d.isVisible() and d.labelText() == "Saving…"]
        assert [d.windowModality() for d in shown] == [Qt.WindowModality.WindowModal]
        assert "Backing up and checking the backup…" in _busy(window)  # and the backup's still up
    finally:
        slow.set()
        hold.release.set()
    wait_ops(qtbot, timeout=120_000)
    assert "Backed up to" in dialog.result_label.text()
