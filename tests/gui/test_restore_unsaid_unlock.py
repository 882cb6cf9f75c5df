"""The app's unlock after a restore killed once its files were in place (a real `vault-app backup
restore` process, SIGKILL at "restore:in-place", as `kill -9` right after "Yes" on "Replace this
vault?"): a notice says the vault was replaced by the backup of that date and that the vault as it
was is kept in the safety copy, with how to get something back from it; once (walker wround2 #1:
the next unlock said only "Unlocked.")."""

from __future__ import annotations

import signal
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox

from tests.core.cli_helpers import cli_process
from tests.gui.conftest import unlock, wait_ops
from vault_app.gui.controller import AppController


def _notices(window: Any) -> list[QMessageBox]:
    return [b for b in window.findChildren(QMessageBox) if b.objectName() == "restoreUnsaidNotice" and b.isVisible()]


def test_the_unlock_after_a_restore_killed_once_through_says_it_once(
        locked_app: AppController, qtbot: Any, tmp_path: Path) -> None:
    folder = str(locked_app.folder)
    made = cli_process("backup", "create", "--vault", folder, "--to", str(tmp_path / "backups"))
    assert made.code == 0, made.err
    (backup,) = [p for p in (tmp_path / "backups").iterdir() if p.suffix == ".vaultbackup"]
    killed = cli_process("backup", "restore", str(backup), "--to", folder, "--vault", folder, "--overwrite",
                         extra_env={"VAULT_APP_TEST_CRASH_AT": "restore:in-place"})
    assert killed.code == -signal.SIGKILL, killed.err[-2000:]
    (safety,) = sorted(locked_app.folder.parent.glob(f"{locked_app.folder.name}-before-restore-*"))
    window = unlock(locked_app, qtbot)
    qtbot.waitUntil(lambda: bool(_notices(window)), timeout=30_000)
    (notice,) = _notices(window)
    assert "replaced by the backup made" in notice.text()
    assert "Anything written after" in notice.text()
    assert str(safety) in notice.informativeText()
    assert "Open another vault" in notice.informativeText()
    notice.accept()
    locked_app.lock("Locked.", quick=True)
    wait_ops(qtbot)
    window = unlock(locked_app, qtbot)
    wait_ops(qtbot)
    assert not _notices(window)
