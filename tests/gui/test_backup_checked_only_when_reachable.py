""""Backup checked." in the status bar at every start, also with the backup folder unplugged
(found by the walker at 1366x768, shot 69: the dashboard said the backup's folder was not
reachable, the status bar said it was checked). It is said only when a verified backup is
reachable now. A real vault, a real backup, its real folder removed, real widgets."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.gui.conftest import unlock, wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_datetime
from vault_app.services import backup

pytestmark = pytest.mark.gui


def _backed_up(app: AppController, qtbot: object, target: Path) -> None:
    target.mkdir()
    app.op(None, lambda v: backup.configure(v, target=str(target), auto=True, kind="file")).run()
    app.op(None, backup.backup_if_changed).run()
    wait_ops(qtbot)
    window = app.main_window
    assert window is not None
    qtbot.waitUntil(lambda: window.status_label.text() == "Backup checked.")  # type: ignore[attr-defined]


def _restarted(app: AppController, qtbot: object) -> str:
    app.lock()
    wait_ops(qtbot)
    window = unlock(app, qtbot)
    window.backups_changed()  # what any backup notice after the unlock does
    wait_ops(qtbot)
    return window.status_label.text()


def test_backup_checked_is_not_said_with_the_folder_unplugged(
    unlocked_app: AppController, qtbot: object, tmp_path: Path
) -> None:
    target = tmp_path / "usb-drive"
    _backed_up(unlocked_app, qtbot, target)
    shutil.rmtree(target)  # the drive unplugged
    said = _restarted(unlocked_app, qtbot)
    assert "Backup checked." not in said, said


def test_backup_checked_is_said_with_the_folder_there(
    unlocked_app: AppController, qtbot: object, tmp_path: Path
) -> None:
    _backed_up(unlocked_app, qtbot, tmp_path / "usb-drive")
    vault = unlocked_app.vault
    assert vault is not None
    checked = backup.status(vault)["last_verified_backup"]["verified_at"]
    # Checked in the session before: said with when, not as if just now (found by a walker:
    # right after a restart "Backup checked." though nothing was checked in that session).
    assert _restarted(unlocked_app, qtbot) == f"Backup checked on {show_datetime(checked)}."


def test_a_practice_writing_p_m_ends_the_sentence_once(
    unlocked_app: AppController, qtbot: object, tmp_path: Path
) -> None:
    """An es_US practice writes "1:23 p.m.": the status bar read "Copia de seguridad comprobada el
    06/12/2026 1:23 p.m.." (walker wes, round 37), as Backups and the agenda did before (dates.one_stop)."""
    from vault_app.gui import dates
    from vault_app.services import practice

    vault = unlocked_app.vault
    assert vault is not None
    practice.update(vault, locale="es_US")
    try:
        _backed_up(unlocked_app, qtbot, tmp_path / "usb-drive")
        said = _restarted(unlocked_app, qtbot)
        assert said.startswith("Backup checked on ") and said.endswith("m.") and not said.endswith(".."), said
    finally:
        dates.set_practice_locale(None)
