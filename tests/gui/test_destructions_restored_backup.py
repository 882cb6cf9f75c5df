"""Records > Destructions after a hand copy of a backup made before a chart's destruction was
restored over the vault: the copy still holds the chart (destroyed again in the vault, not in the
file). Found in the real app: nothing in the app pointed to a purge, and Purge the backups now
showed only for a drive that was not connected. Now the window says so and its button purges the
file. Real vault files, a real CLI process for the restore, real widgets."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import cli_process
from tests.gui.conftest import unlock, wait_ops
from tests.gui.test_change_notices import window_of
from vault_app.gui.controller import AppController
from vault_app.gui.destructions_dialog import DestructionsDialog
from vault_app.services import backup, clients, destruction
from vault_app.services.vault import Vault

pytestmark = pytest.mark.gui


def test_purge_offered(unlocked_app: AppController, qtbot: Any, app_folder: Path, tmp_path: Path) -> None:
    app = unlocked_app
    vault = app.vault
    assert vault is not None
    client_id = clients.create_client(vault, "Handcopy Keptchart").client_id
    chart_number = clients.get_client(vault, client_id).chart_number
    made = backup.create_backup(vault, tmp_path / "usb")
    hand = tmp_path / "hand" / Path(made.path).name
    hand.parent.mkdir()
    shutil.copy2(made.path, hand)

    def destroy(v: Vault) -> None:
        destruction.destroy(v, client_id, basis="override", confirm=chart_number,
                            override_reason="Duplicate chart created in error during intake")

    vault.unlock_psychotherapy(PASSPHRASE)
    app.op(None, destroy).run()
    wait_ops(qtbot, timeout=120_000)
    assert [d["state"] for d in destruction.list_destructions(vault)] == ["completed"]
    app.lock("Locked now.")
    wait_ops(qtbot)
    done = cli_process("backup", "restore", str(hand), "--to", str(app_folder), "--overwrite")
    assert done.code == 0 and "STILL HOLDS A DESTROYED CHART" in done.out, (done.out, done.err)
    unlock(app, qtbot)
    wait_ops(qtbot)

    dialog = window_of(app).open_destructions()
    assert isinstance(dialog, DestructionsDialog)
    wait_ops(qtbot)
    assert dialog.act_button.text().replace("&", "") == "Purge the backups now" and not dialog.act_button.isHidden()
    dialog.passphrase.setText(PASSPHRASE)
    dialog.unlock_button.click()
    wait_ops(qtbot)
    assert " ".join(dialog.why.text().split()) == (
        "1 backup a restore was made from still holds this chart (it was destroyed again in the vault, not in "
        "that file). Choose Purge the backups now.")
    dialog.act_button.click()
    wait_ops(qtbot, timeout=120_000)
    qtbot.waitUntil(lambda: dialog.saved.text() != "", timeout=60_000)
    wait_ops(qtbot)
    assert dialog.act_button.isHidden() and dialog.why.isHidden()
    dialog.reject()
