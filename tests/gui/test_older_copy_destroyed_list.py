"""An older copy of the vault put back after a chart's destruction (walk M finding 4): the
destroyed chart, refused when opened (services/older_copy_destroyed.py), was still listed as
any other and found by search. Its row now says it was destroyed in a newer copy, whether
listed or searched for, the mark kept in sight where the column cuts the name; the other
charts read as before. And the older-copy message's Close answers Alt+C (it had no letter).
Real vault copies, a real destruction, a real backup, the real app's unlock."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.conftest import reopen
from tests.core.test_older_copy_destroyed_charts import _destroyed_then_put_back
from tests.gui.conftest import unlock, wait_ops
from vault_app.gui.client_list import KEEP_ROLE
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui

MARK = " (destroyed in a newer copy)"


def test_the_destroyed_chart_is_marked_in_the_list_and_search(
    locked_app: AppController, app_folder: Path, tmp_path: Path, qtbot
) -> None:
    gone, kept = _destroyed_then_put_back(reopen(app_folder, psychotherapy=True), app_folder, tmp_path, "file")
    window = unlock(locked_app, qtbot)

    def said() -> QMessageBox | None:
        return next((b for b in window.findChildren(QMessageBox) if b.objectName() == "olderCopyMessage"
                     and b.isVisible()), None)

    qtbot.waitUntil(lambda: said() is not None)
    box = said()
    assert box is not None
    close = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole)
    assert close.text() == "&Close", "the Close button has its Alt letter"
    qtbot.keyClick(box, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not box.isVisible())

    panel = window.client_list

    def row_of(client_id: str) -> tuple[str, str] | None:
        for i in range(panel.tree.topLevelItemCount()):
            item = panel.tree.topLevelItem(i)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == client_id:
                return item.text(0), str(item.data(0, KEEP_ROLE))
        return None

    qtbot.waitUntil(lambda: (row_of(gone.client_id) or ("", ""))[0].endswith(MARK))
    _name, end = row_of(gone.client_id)  # type: ignore[misc]
    assert end.endswith(MARK), "the mark stays in sight where the column cuts the name"
    other = row_of(kept.client_id)
    assert other is not None and MARK not in other[0]
    # Found by search too, and said so there.
    panel.search.setText(gone.chart_number)
    panel.refresh()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: row_of(gone.client_id) is not None)
    assert row_of(gone.client_id)[0].endswith(MARK)  # type: ignore[index]
    assert MARK.strip(" ()") in panel.tree.topLevelItem(0).toolTip(0)  # type: ignore[union-attr]
