"""A lock asked for while Records > Destructions' Purge the backups now runs beside the
worker: the app covers everything but this window until the purge ends; the window itself
keeps only its progress. Found in the real app on Xvfb: the list of destructions (chart
numbers), the compliance records and "Save the signed certificate…" stayed, so the
certificate's file chooser opened over the locked app and its save was dropped unsaid."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

from tests.gui.conftest import wait_ops
from tests.gui.test_change_notices import window_of
from tests.gui.test_destruction_stuck_beside import _completed_with_a_backup_away, _dialog, _held_purge
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


def test_a_lock_during_purge_the_backups_now_leaves_only_its_progress(
        unlocked_app: AppController, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = unlocked_app
    vault = app.vault
    assert vault is not None
    _completed_with_a_backup_away(app, qtbot, tmp_path)
    dialog = _dialog(app, qtbot)
    numbers = [dialog.tree.topLevelItem(i).text(1) for i in range(dialog.tree.topLevelItemCount())]
    assert numbers and dialog.save_button.isVisible()
    reached, release, _threads = _held_purge(monkeypatch)
    dialog.act_button.click()
    try:
        qtbot.waitUntil(reached.is_set, timeout=120_000)
        assert dialog.tree.isVisible() and dialog.save_button.isVisible()  # before the lock: all there
        window_of(app).menu_actions["lock"].trigger()
        wait_ops(qtbot)
        assert vault.is_open and dialog.isVisible()  # the lock waits for the purge
        assert dialog.progress.isVisible() and dialog.step.isVisible()
        for hidden in (dialog.tree, dialog.save_button, dialog.act_button, dialog.compliance, dialog.why):
            assert not hidden.isVisible()
        shown = " ".join(label.text() for label in dialog.findChildren(QLabel) if label.isVisible())
        assert "The vault locks as soon as the destruction has finished." in shown
        assert not any(number in shown for number in numbers)
    finally:
        release.set()
    qtbot.waitUntil(lambda: app.unlock_window is not None, timeout=120_000)
    wait_ops(qtbot)
    assert not vault.is_open
