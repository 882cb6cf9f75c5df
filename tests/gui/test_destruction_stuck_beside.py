"""Records > Destructions' Finish now and Purge the backups now run their long part beside the
app's worker (services/destruction_again_beside.py), as the wizard's destruction does. Found:
both ran as one operation on the worker, so a purge of several backups held every autosave
and the lock behind a "please wait".

Each purge is held at a backup (the wizard's tests hold theirs the same way,
test_destruction_running.py): meanwhile an autosave of another chart's note completes on the
worker, the window shows the step, and a lock waits for the end as it does for the wizard's."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.conftest import PASSPHRASE, reopen
from tests.gui.conftest import wait_ops
from tests.gui.test_change_notices import window_of
from vault_app.gui.controller import AppController
from vault_app.gui.destructions_dialog import DestructionsDialog
from vault_app.services import backup, clients, destruction, destruction_backups, notes
from vault_app.services import destruction_progress as progressing
from vault_app.services.vault import Vault

pytestmark = pytest.mark.gui

REASON = "Duplicate chart created in error during intake"


def _chart(vault: Vault, name: str) -> tuple[str, str]:
    client_id = clients.create_client(vault, name).client_id
    notes.create_progress_note(vault, client_id, sections={"subjective": "walrus-canary-text"})
    return client_id, clients.get_client(vault, client_id).chart_number


def _states(vault: Vault) -> list[str]:
    return [str(d["state"]) for d in destruction.list_destructions(vault)]


def _draft(vault: Vault) -> str:
    other = clients.create_client(vault, "Otherly Keptclient")
    return notes.create_progress_note(vault, other.client_id, template="free", text="Before.").note_id


def _autosave(app: AppController, qtbot: Any, note_id: str, text: str) -> None:
    """An autosave's write, queued on the worker now; it must complete while the purge is held."""
    saved: list[object] = []
    app.op(None, lambda v: notes.save_draft(v, note_id, {"text": text})).success(saved.append).run()
    qtbot.waitUntil(lambda: bool(saved), timeout=60_000)


def _dialog(app: AppController, qtbot: Any) -> DestructionsDialog:
    """Records > Destructions, its psychotherapy notes unlocked there (both actions delete them)."""
    dialog = window_of(app).open_destructions()
    assert isinstance(dialog, DestructionsDialog)
    wait_ops(qtbot)
    if not app.psychotherapy_open:
        vault = app.vault
        assert vault is not None
        app.op(None, lambda v: v.lock_psychotherapy()).run()  # as the app has it: locked
        wait_ops(qtbot)
        assert not dialog.psy_row.isHidden() and not dialog.act_button.isEnabled()
        dialog.passphrase.setText("not the passphrase")
        dialog.unlock_button.click()
        wait_ops(qtbot)
        assert dialog.psy_problem.text() == "That passphrase is not right. Type it again."
        assert not vault.psychotherapy_open and not dialog.act_button.isEnabled()
        dialog.passphrase.setText(PASSPHRASE)
        dialog.unlock_button.click()
        wait_ops(qtbot)
    assert app.psychotherapy_open and dialog.psy_row.isHidden() and dialog.act_button.isEnabled()
    return dialog


def test_finish_now_purges_beside_the_worker_while_an_autosave_completes(
        unlocked_app: AppController, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = unlocked_app
    vault = app.vault
    assert vault is not None
    draft = _draft(vault)
    client_id, chart_number = _chart(vault, "Halted Destructionchart")
    for i in range(2):
        (tmp_path / f"usb{i}").mkdir()
        backup.create_backup(vault, tmp_path / f"usb{i}", verify=False)
    vault.unlock_psychotherapy(PASSPHRASE)
    # Stopped after its live part, as a power cut there leaves it: "started" and no completion.
    app.op(None, lambda v: destruction.begin(v, client_id, basis="override", confirm=chart_number,
                                             override_reason=REASON)).run()
    wait_ops(qtbot, timeout=120_000)
    assert _states(vault) == ["interrupted (finishes at the next unlock)"]

    reached, release = threading.Event(), threading.Event()
    threads: list[str] = []
    real_backup = progressing.Reporter.backup

    def held(reporter: progressing.Reporter, i: int) -> None:
        real_backup(reporter, i)
        if i == 2:
            threads.append(threading.current_thread().name)
            reached.set()
            release.wait()

    monkeypatch.setattr(progressing.Reporter, "backup", held)
    dialog = _dialog(app, qtbot)
    assert dialog.act_button.text().replace("&", "") == "Finish now"
    dialog.act_button.click()
    try:
        qtbot.waitUntil(reached.is_set, timeout=120_000)
        _autosave(app, qtbot, draft, "Typed meanwhile.")
        qtbot.waitUntil(lambda: dialog.step.text() == "Purging backup 2 of 2…", timeout=10_000)
        assert not dialog.progress.isHidden() and dialog.progress.maximum() > 0
        assert dialog.busy() and app.destruction_running and not dialog.act_button.isEnabled()
        assert app.chart_being_destroyed == client_id  # opening it meanwhile is refused
        dialog.reject()  # not while it runs: the lock's wait is held by this window
        assert dialog.isVisible()
        # Not modal: the note windows stay open to typing meanwhile; asked for again, the same window.
        assert dialog.windowModality() == Qt.WindowModality.NonModal and QApplication.activeModalWidget() is None
        assert window_of(app).open_destructions() is dialog
        assert not vault.ledger.entries(kinds=(destruction.COMPLETED,))
    finally:
        release.set()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=120_000)
    wait_ops(qtbot)
    assert threads == ["vault-destruction-purge"]
    # And the new backup it made once it purged them, as the wizard's last page says it.
    assert dialog.saved.text() == ("The destruction is finished; its signed certificate can be saved now. A new "
                                   "backup was made so that an older copy of this vault, put back, knows of this "
                                   "destruction.")
    assert dialog.progress.isHidden() and dialog.step.isHidden() and not app.destruction_running
    assert _states(vault) == ["completed"]
    assert notes.get_note(vault, draft).sections["text"] == "Typed meanwhile."
    (entry,) = vault.ledger.entries(kinds=(destruction.COMPLETED,))
    certificate = entry.payload["certificate"]
    assert certificate["verification"]["result"] == "passed"
    assert len(certificate["verification"]["backups"]) == 2
    assert certificate["method"]["resumed_after_interruption"] is True
    # Said of that destruction only: another chosen (here none), the line goes.
    dialog.tree.setCurrentItem(None)  # type: ignore[arg-type]
    assert dialog.saved.text() == ""
    dialog.reject()


def _held_purge(monkeypatch: pytest.MonkeyPatch) -> tuple[threading.Event, threading.Event, list[str]]:
    """destruction_backups.purge held at its first backup, on whatever thread runs it."""
    reached, release = threading.Event(), threading.Event()
    threads: list[str] = []
    real = destruction_backups.purge

    def held(*args: Any, on_backup: Callable[[int], None] | None = None, **options: Any) -> Any:
        def at(i: int) -> None:
            if on_backup is not None:
                on_backup(i)
            threads.append(threading.current_thread().name)
            reached.set()
            release.wait()

        return real(*args, on_backup=at, **options)

    monkeypatch.setattr(destruction_backups, "purge", held)
    return reached, release, threads


def _completed_with_a_backup_away(app: AppController, qtbot: Any, tmp_path: Path) -> Path:
    """A chart destroyed while its backup's drive was away, the drive connected again."""
    vault = app.vault
    assert vault is not None
    client_id, chart_number = _chart(vault, "Unplugged Drivechart")
    drive, away = tmp_path / "drive", tmp_path / "drive-unplugged"
    drive.mkdir()
    backup.create_backup(vault, drive, verify=False)
    drive.rename(away)
    vault.unlock_psychotherapy(PASSPHRASE)
    app.op(None, lambda v: destruction.destroy(v, client_id, basis="override", confirm=chart_number,
                                               override_reason=REASON)).run()
    wait_ops(qtbot, timeout=120_000)
    shutil.move(str(away), str(drive))
    return drive


def test_purge_the_backups_now_runs_beside_the_worker_while_an_autosave_completes(
        unlocked_app: AppController, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = unlocked_app
    vault = app.vault
    assert vault is not None
    draft = _draft(vault)
    _completed_with_a_backup_away(app, qtbot, tmp_path)
    dialog = _dialog(app, qtbot)
    assert dialog.act_button.text().replace("&", "") == "Purge the backups now"
    reached, release, threads = _held_purge(monkeypatch)
    dialog.act_button.click()
    try:
        qtbot.waitUntil(reached.is_set, timeout=120_000)
        _autosave(app, qtbot, draft, "Typed while purging.")
        qtbot.waitUntil(lambda: dialog.step.text() == "Purging backup 1…", timeout=10_000)
        assert dialog.busy() and app.destruction_running and not dialog.progress.isHidden()
        assert not vault.ledger.entries(kinds=(destruction.BACKUPS_PURGED,))
    finally:
        release.set()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=120_000)
    wait_ops(qtbot)
    assert threads == ["vault-destruction-purge-again"]
    assert dialog.saved.text() == "The chart was purged from every registered backup."
    assert dialog.act_button.isHidden() and not app.destruction_running
    assert notes.get_note(vault, draft).sections["text"] == "Typed while purging."
    (purged,) = vault.ledger.entries(kinds=(destruction.BACKUPS_PURGED,))
    assert len(purged.payload["purged"]) == 1 and purged.payload["not_reachable"] == []
    dialog.reject()


def test_a_lock_during_purge_the_backups_now_waits_for_it_then_locks(
        unlocked_app: AppController, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl+L while the purge runs beside: the window's content hidden at once, the
    Destructions window (its progress) kept, and the lock carried out once the purge ended."""
    app = unlocked_app
    vault = app.vault
    assert vault is not None
    _completed_with_a_backup_away(app, qtbot, tmp_path)
    dialog = _dialog(app, qtbot)
    reached, release, _threads = _held_purge(monkeypatch)
    dialog.act_button.click()
    try:
        qtbot.waitUntil(reached.is_set, timeout=120_000)
        window = window_of(app)
        window.menu_actions["lock"].trigger()
        wait_ops(qtbot)
        assert app.unlock_window is None and vault.is_open  # waits for the purge
        assert dialog.isVisible() and not window.menuBar().isEnabled()
    finally:
        release.set()
    qtbot.waitUntil(lambda: app.unlock_window is not None, timeout=120_000)
    wait_ops(qtbot)
    assert not vault.is_open
    with reopen(app.folder) as again:
        (purged,) = again.ledger.entries(kinds=(destruction.BACKUPS_PURGED,))
        assert len(purged.payload["purged"]) == 1


def test_quit_during_purge_the_backups_now_asks_then_quits_once_it_has_finished(
        unlocked_app: AppController, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Quit while the purge runs beside: asked as during the wizard's; "Quit when finished"
    keeps this window and its progress, and the app quits once the purge has ended."""
    from tests.gui.test_destruction_running import _quit_box

    app = unlocked_app
    vault = app.vault
    assert vault is not None
    _completed_with_a_backup_away(app, qtbot, tmp_path)
    dialog = _dialog(app, qtbot)
    reached, release, _threads = _held_purge(monkeypatch)
    quits: list[bool] = []
    app.quit_requested.connect(lambda: quits.append(True))
    dialog.act_button.click()
    try:
        qtbot.waitUntil(reached.is_set, timeout=120_000)
        window = window_of(app)
        window.close()
        box = _quit_box(window)
        next(b for b in box.buttons() if b.text().replace("&", "") == "Quit when finished").click()
        assert dialog.isVisible() and not dialog.progress.isHidden()
        assert quits == [] and vault.is_open
    finally:
        release.set()
    qtbot.waitUntil(lambda: quits == [True], timeout=120_000)
    wait_ops(qtbot)
    assert app.vault is None and not vault.is_open
    with reopen(app.folder) as again:
        (purged,) = again.ledger.entries(kinds=(destruction.BACKUPS_PURGED,))
        assert len(purged.payload["purged"]) == 1
