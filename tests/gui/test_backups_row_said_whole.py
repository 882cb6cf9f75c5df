"""The Backups window's list and the words under it, as a walker met them (wround2, round 44):

- the Kind of a backup left behind by a restore read "dated backup, from before the restore,
  kept unt…": the column ran past the list's right edge at the window's own size (780 logical
  pixels wide; at 150 % on a 1366x768 laptop the window is that size in logical pixels too, so
  the same arithmetic holds). The column now says the kind short; the whole of it is the cell's
  tooltip, its screen-reader text, and the line under the list when the row is selected;
- a check's result about one backup stayed under the buttons after another row was selected.

Real Qt widgets (offscreen), real backups made by the app."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import wait_ops
from tests.gui.test_workflows import _open
from vault_app.gui.backups import BackupsDialog
from vault_app.gui.backups_list import fill_rows
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_deadline
from vault_app.services import backup, clients
from vault_app.services.vault import Vault

pytestmark = pytest.mark.gui


def _two_backups(app: AppController, qtbot: object, folder: Path) -> list[Path]:
    made: list[Path] = []

    def job(v: Vault) -> None:
        backup.configure(v, target=str(folder), kind="file", auto=False)
        clients.create_client(v, "Orla Penhallow", date_of_birth="1980-01-01")
        made.append(Path(backup.create_backup(v, folder, verify=True).path))
        clients.create_client(v, "Cass Trewin", date_of_birth="1981-01-01")
        made.append(Path(backup.create_backup(v, folder, verify=True, rotate_old=False).path))

    app.op(None, job).run()
    wait_ops(qtbot, timeout=60_000)
    return made


def _dialog(app: AppController, qtbot: object) -> BackupsDialog:
    window = app.main_window
    assert window is not None
    dialog = _open(window, "backups")
    wait_ops(qtbot)
    assert isinstance(dialog, BackupsDialog)
    return dialog


def _row_of(dialog: BackupsDialog, name: str) -> object:
    (row,) = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())
              if dialog.tree.topLevelItem(i).text(1) == name]
    return row


def test_a_check_result_about_one_backup_goes_when_another_is_selected(
    unlocked_app: AppController, qtbot: object, tmp_path: Path
) -> None:
    first, second = _two_backups(unlocked_app, qtbot, tmp_path / "usb")
    dialog = _dialog(unlocked_app, qtbot)
    dialog.tree.setCurrentItem(_row_of(dialog, first.name))
    dialog.verify_selected()
    wait_ops(qtbot, timeout=60_000)
    assert dialog.result_label.text().startswith(f"{first.name} is intact")
    # The list read again after the check (its notice) keeps the row, and the result stays.
    assert dialog.tree.currentItem().text(1) == first.name
    dialog.tree.setCurrentItem(_row_of(dialog, second.name))
    assert first.name not in dialog.result_label.text()
    assert dialog.result_label.text() == ""
    dialog.close()


def test_the_kind_of_a_backup_kept_after_a_restore_is_read_whole(
    unlocked_app: AppController, qtbot: object, tmp_path: Path
) -> None:
    first, _second = _two_backups(unlocked_app, qtbot, tmp_path / "usb")
    dialog = _dialog(unlocked_app, qtbot)
    assert dialog.width() <= 780  # the window's own size (gui/backups.py)
    got: list[list[dict[str, object]]] = []
    unlocked_app.op(None, lambda v: got.append(backup.list_backups(v))).run()
    wait_ops(qtbot)
    (rows,) = got
    # As backup.list_backups says of a backup a restore left behind (tests/gui/test_deadlines_in_lists.py
    # makes one for real): kept until a day two weeks on. Dated, as the walker's were.
    until = "2026-12-21T10:00:00+00:00"
    for b in rows:
        b.update(kind="snapshot", bytes_written=123_456, kept_until=until, before_restore=True,
                 path=str(tmp_path / "usb" / "snapshots" / str(b["file"])))
    fill_rows(dialog.tree, rows)
    QApplication.processEvents()
    row = _row_of(dialog, first.name)
    whole = f"dated backup, from before the restore, kept until {show_deadline(until)}"
    header, metrics = dialog.tree.header(), dialog.tree.fontMetrics()
    right_edge = header.sectionPosition(4) + metrics.horizontalAdvance(row.text(4))
    assert right_edge <= dialog.tree.viewport().width(), (row.text(4), right_edge, dialog.tree.viewport().width())
    assert metrics.horizontalAdvance(row.text(4)) <= header.sectionSize(4)
    assert "before the restore" in row.text(4)
    assert whole in row.toolTip(4)
    assert row.data(4, Qt.ItemDataRole.AccessibleTextRole) == whole
    dialog.tree.setCurrentItem(row)
    assert whole in dialog.changed_note.text()
    dialog.close()
