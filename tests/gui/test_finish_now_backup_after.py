"""Records > Destructions' Finish now says when the new backup a destruction makes once it purged
the backups (services/destruction_new_backup.py) could not be made, as the wizard's last page, the
status bar and the dashboard do. Found by the last round: Finish now's line said only "The
destruction is finished; its signed certificate can be saved now.", and an older copy of the vault
put back would still show what was destroyed. Real vault, real widgets; the backup folder's drive
taken away for real (its folder gone); Spanish too."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from tests.gui.test_change_notices import window_of
from tests.gui.test_destruction_stuck_beside import REASON, _chart, _states
from vault_app.gui.controller import AppController
from vault_app.gui.destructions_dialog import DestructionsDialog
from vault_app.services import backup, backup_registry, destruction

pytestmark = pytest.mark.gui


def _finish_now_with_the_backup_drive_away(app: AppController, qtbot: Any, tmp_path: Path) -> str:
    vault = app.vault
    assert vault is not None
    client_id, chart_number = _chart(vault, "Halted Destructionchart")
    (tmp_path / "usb").mkdir()
    backup.create_backup(vault, tmp_path / "usb", verify=False)  # registered: the destruction purges it
    drive = tmp_path / "drive"
    drive.mkdir()
    backup_registry.configure(vault, target=str(drive))  # the folder the new backup goes to
    vault.unlock_psychotherapy(PASSPHRASE)
    # Stopped after its live part, as a power cut there leaves it: "started" and no completion.
    app.op(None, lambda v: destruction.begin(v, client_id, basis="override", confirm=chart_number,
                                             override_reason=REASON)).run()
    wait_ops(qtbot, timeout=120_000)
    assert _states(vault) == ["interrupted (finishes at the next unlock)"]
    shutil.rmtree(drive)  # its drive unplugged: the new backup cannot be made
    dialog = window_of(app).open_destructions()
    assert isinstance(dialog, DestructionsDialog)
    wait_ops(qtbot)
    if not app.psychotherapy_open:  # Finish now deletes them: unlocked there
        dialog.passphrase.setText(PASSPHRASE)
        dialog.unlock_button.click()
        wait_ops(qtbot)
    assert dialog.act_button.isEnabled()
    dialog.act_button.click()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=120_000)
    wait_ops(qtbot)
    assert _states(vault) == ["completed"]
    return dialog.saved.text()


def test_finish_now_says_the_new_backup_could_not_be_made(unlocked_app: AppController, qtbot: Any,
                                                         tmp_path: Path) -> None:
    said = _finish_now_with_the_backup_drive_away(unlocked_app, qtbot, tmp_path)
    assert said.startswith("The destruction is finished; its signed certificate can be saved now."), said
    assert "No new backup could be made" in said and "is not there" in said, said
    assert "would not know of this destruction" in said and "Back up now" in said, said
    assert "<b>" not in said


def test_in_spanish(unlocked_app: AppController, qtbot: Any, tmp_path: Path, spanish: None) -> None:
    said = _finish_now_with_the_backup_drive_away(unlocked_app, qtbot, tmp_path)
    assert "No se pudo hacer una copia de seguridad nueva" in said, said
    assert "is not there" not in said, said  # the reason in Spanish too
