"""The unlock of the older of two copies says so at once (gui/older_copy.py): a message with the
other copy's newest backup's day and what only this copy holds, the window's title, and the Today
screen's backup card.

Found in the real app: the old laptop back from repair after a new computer was restored from
the newest backup said only "Unlocked.", was titled "Therapy Vault" as the new one, and its card
said "Last verified backup: today". Two real vault copies, a real snapshot repository, the real
app's unlock."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from tests.conftest import PASSPHRASE
from tests.gui.conftest import unlock, wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_date
from vault_app.services import backup, backup_repo, clients
from vault_app.services.backup_repo_restore import restore_snapshot
from vault_app.services.vault import open_vault


def test_the_old_laptop_says_at_its_unlock_that_it_is_the_older_copy(
    locked_app: AppController, app_folder: Path, tmp_path: Path, qtbot: object
) -> None:
    target = tmp_path / "usb"
    old = open_vault(app_folder, PASSPHRASE)
    try:
        backup.configure(old, target=str(target), kind="repo")
        made = Path(backup_repo.create_incremental(old, target, verify=True).path)
        added = clients.create_client(old, "Only On The Old Laptop")
    finally:
        old.lock()
    restore_snapshot(made, tmp_path / "new-computer", passphrase=PASSPHRASE)
    second = open_vault(tmp_path / "new-computer", PASSPHRASE)
    try:
        backup_repo.create_incremental(second, target, verify=True)
    finally:
        second.lock()

    window = unlock(locked_app, qtbot)

    def said() -> QMessageBox | None:
        return next((b for b in window.findChildren(QMessageBox) if b.objectName() == "olderCopyMessage"
                     and b.isVisible()), None)

    qtbot.waitUntil(lambda: said() is not None)  # type: ignore[attr-defined]
    box = said()
    assert box is not None
    text = box.text()
    # The other copy's backup was made a moment ago: its day is today's.
    assert str(target.resolve()) in text and f"newer backup in {target.resolve()} on {show_date(date.today())}" in text
    assert f"client: created: 1 (chart {added.chart_number})" in text
    assert "Only On The Old Laptop" not in text + window.windowTitle()
    # The platform adds " — Therapy Vault" (the application's display name): found in the real
    # app as "Therapy Vault — older copy — Therapy Vault".
    assert window.windowTitle() == "Older copy"
    box.accept()
    window.show_dashboard()
    wait_ops(qtbot)
    card = window.dashboard.cards["backup"]
    assert card.value.text() == "Older copy"
    assert "use that copy" in card.detail.text()
