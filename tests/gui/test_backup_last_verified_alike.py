"""The Backups window and the Today screen say the same last verified backup, from the one answer
in services (services/backup_last_verified.py; `backup list`: tests/core/test_backup_last_verified.py).
Found in the real app, the backup folder's drive gone: the Backups window "No checked backup yet",
the Today screen "Last verified backup: today". Real vault, real backup, the folder really moved
away, the real windows; in English and in Spanish."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.services import backup, backup_registry

pytestmark = pytest.mark.gui


def _said(app: AppController, qtbot: object) -> tuple[str, str, str]:
    window = app.main_window
    assert window is not None
    window.show_dashboard()
    wait_ops(qtbot)
    card = window.dashboard.cards["backup"]
    dialog = window.open_backups()
    wait_ops(qtbot)
    said = (card.value.text(), dialog.summary.text(), dialog.reminder.text())
    dialog.close()
    return said


@pytest.mark.parametrize("away", [False, True])
def test_both_say_the_backup_checked_today(unlocked_app: AppController, qtbot: object, tmp_path: Path,
                                          away: bool) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    drive = tmp_path / "usb" / "TVbackups"
    drive.mkdir(parents=True)
    backup_registry.configure(vault, target=str(drive), kind="file")
    backup.create_backup(vault, drive, verify=True)
    if away:
        shutil.move(str(tmp_path / "usb"), str(tmp_path / "unplugged"))  # the drive's folder really gone
    value, summary, reminder = _said(unlocked_app, qtbot)
    assert value == "today"
    assert "Last checked backup: today." in summary, summary
    assert "none yet" not in summary and reminder == "", (summary, reminder)
    # The settings' own folder: said once, with what to do (not also "It is in …, not reachable now").
    not_here = (f"The backup folder {drive.resolve()} is not there now: if it is on an external drive, connect the "
                "drive; or choose another folder.")
    assert (not_here in summary) is away, summary
    assert "which is not reachable now" not in summary


def test_in_spanish(unlocked_app: AppController, qtbot: object, tmp_path: Path, spanish: None) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    drive = tmp_path / "usb"
    drive.mkdir()
    backup.create_backup(vault, drive, verify=True)
    shutil.move(str(drive), str(tmp_path / "unplugged"))
    value, summary, reminder = _said(unlocked_app, qtbot)
    assert value == "hoy"
    assert (f"Está en {drive.resolve()}, que ahora no está accesible: conecte su unidad o haga una copia "
            "nueva.") in summary, summary
    assert reminder == ""


def test_none_checked_is_said_so(unlocked_app: AppController, qtbot: object) -> None:
    value, summary, _ = _said(unlocked_app, qtbot)
    assert value == "Never"
    assert "Last checked backup: none yet." in summary
