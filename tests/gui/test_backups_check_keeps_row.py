"""Check the selected backup, as a walker found it: the selection jumped back to the first row once
the list was read again, and the success sentence was the check's jargon ("header MAC … ledger
chain"). Now the row checked stays selected, and the sentence says it can be restored, the check's
terms on a details line of their own. Real Qt widgets (offscreen), a real vault, real backups."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.gui.conftest import wait_ops
from tests.gui.test_workflows import _open
from vault_app.gui.backups import BackupsDialog
from vault_app.gui.controller import AppController
from vault_app.services import backup, clients
from vault_app.services.vault import Vault

pytestmark = pytest.mark.gui


def test_the_row_checked_stays_selected_and_is_said_plainly(
    unlocked_app: AppController, qtbot: object, tmp_path: Path
) -> None:
    made: list[Path] = []

    def two_backups(v: Vault) -> None:
        backup.configure(v, target=str(tmp_path / "usb"), kind="file", auto=False)
        clients.create_client(v, "Some Client", date_of_birth="1980-01-01")
        made.append(Path(backup.create_backup(v, tmp_path / "usb", verify=True).path))
        clients.create_client(v, "Another Client", date_of_birth="1981-01-01")
        made.append(Path(backup.create_backup(v, tmp_path / "other", verify=True, rotate_old=False).path))

    unlocked_app.op(None, two_backups).run()
    wait_ops(qtbot, timeout=60_000)
    older, _newer = made
    window = unlocked_app.main_window
    assert window is not None
    dialog = _open(window, "backups")
    wait_ops(qtbot)
    assert isinstance(dialog, BackupsDialog)
    rows = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    # The older one: the newer, checked too, is the one the list selects when it is read.
    (row,) = [r for r in rows if r is not None and r.data(0, 256) == str(older)]
    assert dialog.tree.indexOfTopLevelItem(row) != dialog.tree.indexOfTopLevelItem(dialog.tree.currentItem())
    dialog.tree.setCurrentItem(row)
    dialog.verify_selected()
    wait_ops(qtbot, timeout=60_000)
    qtbot.waitUntil(lambda: dialog.result_label.text() != "")  # type: ignore[attr-defined]
    current = dialog.tree.currentItem()
    assert current is not None and current.data(0, 256) == str(older)
    first, meaning = dialog.result_label.text().split("\n")
    assert first == f"{older.name} is intact: it can be restored."
    # What it means for a clinician; the check's terms are the support detail (round 44's walker).
    assert meaning.startswith("Every part of the backup was read and is whole") and "checksum" not in meaning
    details = dialog.result_label.toolTip()
    assert details.startswith("For support, what was checked: ") and "checksum" in details
    dialog.close()
