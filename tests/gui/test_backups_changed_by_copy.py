"""A registered backup another copy of the vault purged, as the therapist sees it in the
Backups dialog: its state is "changed", the summary says some changed outside this vault,
and selecting it says what happened (services/backup_changed.py). Real Qt widgets
(offscreen), a real restored copy, a real destruction in it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from tests.gui.test_workflows import _open
from vault_app.gui.backups import BackupsDialog
from vault_app.gui.controller import AppController
from vault_app.services import backup, clients, destruction
from vault_app.services.vault import Vault, open_vault

pytestmark = pytest.mark.gui


def test_the_backups_dialog_says_another_copy_purged_a_backup(
    unlocked_app: AppController, qtbot: object, tmp_path: Path
) -> None:
    folder = tmp_path / "usb"
    made: list[tuple[Path, str]] = []

    def first_backup(v: Vault) -> None:
        backup.configure(v, target=str(folder), kind="file", auto=False)
        clients.create_client(v, "Kept Chart", date_of_birth="1980-01-01")
        gone = clients.create_client(v, "Gone Chart", date_of_birth="1981-01-01").chart_number
        made.append((Path(backup.create_backup(v, folder).path), gone))

    unlocked_app.op(None, first_backup).run()
    wait_ops(qtbot, timeout=60_000)
    (path, gone), = made
    # Another copy of the vault: restored from that backup, it lists the backup as its own too.
    backup.restore_backup(path, tmp_path / "copy", passphrase=PASSPHRASE)
    with open_vault(tmp_path / "copy", PASSPHRASE, with_psychotherapy=True) as copy:
        destruction.destroy(copy, gone, basis="override", confirm=gone,
                            override_reason="the client asked for the chart to be destroyed")

    window = unlocked_app.main_window
    assert window is not None
    dialog = _open(window, "backups")
    wait_ops(qtbot)
    assert isinstance(dialog, BackupsDialog)
    assert "1 backup below changed outside this vault" in dialog.summary.text()
    row = dialog.tree.topLevelItem(0)
    assert row is not None and row.text(1) == path.name and row.text(3) == "changed"
    assert dialog.changed_note.text() == ""
    dialog.tree.setCurrentItem(row)
    said = dialog.changed_note.text()
    assert said.startswith(f"{path.name}: changed by another copy of this vault: a destruction made there purged")
    assert "Gone" not in said and gone not in said
    assert "a destruction made there purged" in row.toolTip(3)
    dialog.close()
