"""The History tab and the Backups list read the ledger's and the backups' UTC moments on the
practice's clock. Found in the real app: History's column said "When (UTC)", and the Backups
list cut the offset off each backup's time and showed it as UTC (an evening's backup in
California dated tomorrow). Both sides of the date line."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from tests.gui.test_workflows import _open
from tests.local_clock import us_clock
from vault_app.gui.backups import BackupsDialog
from vault_app.gui.controller import AppController
from vault_app.services import backup

pytestmark = pytest.mark.gui


def test_the_history_tab_reads_the_ledger_on_the_local_clock(
        unlocked_app: AppController, qtbot, local_zone: ZoneInfo) -> None:
    window = unlocked_app.main_window
    assert window is not None
    client_id = add_client(unlocked_app, qtbot, "Clock Reader")
    vault = unlocked_app.vault
    assert vault is not None
    # An entry of the evening before in California, of the next afternoon in Auckland.
    entry = vault.ledger.append("note.viewed", {"client_id": client_id, "note_id": "n1"})
    tab = window.chart.history
    window.chart.tabs.setCurrentWidget(tab)
    wait_ops(qtbot)
    header = tab.tree.headerItem()
    assert header is not None and header.text(1) == "When"
    shown = {tab.tree.topLevelItem(i).text(0): tab.tree.topLevelItem(i).text(1)
             for i in range(tab.tree.topLevelItemCount())}
    assert shown[str(entry.seq)] == us_clock(entry.time, local_zone)


def test_the_backups_list_reads_each_backup_on_the_local_clock(
        unlocked_app: AppController, qtbot, tmp_path: Path, local_zone: ZoneInfo) -> None:
    made: list[str] = []
    unlocked_app.op(None, lambda v: made.append(backup.create_backup(v, tmp_path / "backups").created)).run()
    wait_ops(qtbot, timeout=60_000)
    window = unlocked_app.main_window
    assert window is not None
    dialog = _open(window, "backups")
    wait_ops(qtbot)
    assert isinstance(dialog, BackupsDialog)
    (created,) = made
    assert created.endswith("+00:00")
    assert dialog.tree.topLevelItem(0).text(0) == us_clock(created, local_zone)
    assert f"Last backup: {us_clock(created, local_zone)}." in dialog.summary.text()
