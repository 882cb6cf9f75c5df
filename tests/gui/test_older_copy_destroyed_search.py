"""An older copy of the vault put back after a chart's destruction: the client list marks the
destroyed chart's row and the core refuses to open it (services/older_copy_destroyed.py), but the
Search window listed its hits as any other's, unmarked. Now its hits say the chart was destroyed
in a newer copy, in the list's words (kept in sight where the column cuts the name), and a
double-click is refused in the Search window with the client list's refusal; the other chart's
hits read and open as before. Real vault copies, a real destruction, a real backup, the real app."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.conftest import reopen
from tests.core.test_older_copy_destroyed_charts import _destroyed_then_put_back
from tests.gui.conftest import unlock, wait_ops
from vault_app.gui import i18n
from vault_app.gui.controller import AppController
from vault_app.gui.name_cell import KEEP_ROLE
from vault_app.gui.search_dialog import SearchDialog

pytestmark = pytest.mark.gui

MARKS = {"en": " (destroyed in a newer copy)", "es": " (destruido en una copia más reciente)"}
REFUSED = {"en": "was destroyed in a newer copy of this vault", "es": "se destruyó en una copia más reciente"}


def _hits(dialog: SearchDialog) -> dict[str, list[tuple[str, str]]]:
    """{client id: [(Client cell, its end kept in sight)]} of every hit listed."""
    found: dict[str, list[tuple[str, str]]] = {}
    for i in range(dialog.notes.topLevelItemCount()):
        item = dialog.notes.topLevelItem(i)
        assert item is not None
        found.setdefault(str(item.data(0, Qt.ItemDataRole.UserRole)), []).append(
            (item.text(1), str(item.data(1, KEEP_ROLE) or "")))
    return found


def _item(dialog: SearchDialog, client_id: str) -> Any:
    return next(dialog.notes.topLevelItem(i) for i in range(dialog.notes.topLevelItemCount())
                if dialog.notes.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == client_id)  # type: ignore[union-attr]


def _enter_on(qtbot: Any, dialog: SearchDialog, client_id: str) -> None:
    """The hit chosen and Enter pressed on it, as the therapist opens it."""
    dialog.notes.setCurrentItem(_item(dialog, client_id))
    dialog.notes.setFocus()
    qtbot.keyClick(dialog.notes, Qt.Key.Key_Return)


@pytest.mark.parametrize("language", ["en", "es"])
def test_search_marks_and_refuses_a_chart_destroyed_in_a_newer_copy(
        locked_app: AppController, app_folder: Path, tmp_path: Path, qtbot: Any, language: str) -> None:
    gone, kept = _destroyed_then_put_back(reopen(app_folder, psychotherapy=True), app_folder, tmp_path, "file")
    assert i18n.install(language) == language
    try:
        window = unlock(locked_app, qtbot)
        qtbot.waitUntil(lambda: any(b.objectName() == "olderCopyMessage" and b.isVisible()
                                    for b in window.findChildren(QMessageBox)))
        for box in window.findChildren(QMessageBox):
            box.close()
        dialog = window.open_search()
        assert isinstance(dialog, SearchDialog)
        dialog.query.setText("reported")  # in both charts' progress notes (seed_chart)
        dialog.search()
        wait_ops(qtbot)
        qtbot.waitUntil(lambda: gone.client_id in _hits(dialog) and kept.client_id in _hits(dialog))
        mark = MARKS[language]
        # The end kept in sight: the mark, after the legal name said beside a preferred one (as listed).
        for name, end in _hits(dialog)[gone.client_id]:
            assert name.endswith(mark) and end.endswith(mark), (name, end)
        for name, end in _hits(dialog)[kept.client_id]:
            assert mark not in name and mark not in end, name

        # Opened from the hit: refused in the Search window, with the client list's words.
        opened: list[object] = []
        locked_app.chart_requested.connect(opened.append)
        _enter_on(qtbot, dialog, gone.client_id)
        wait_ops(qtbot)

        def refusal() -> QMessageBox | None:
            return next((b for b in dialog.findChildren(QMessageBox, "errorDialog") if b.isVisible()), None)

        qtbot.waitUntil(lambda: refusal() is not None)
        box = refusal()
        assert box is not None and REFUSED[language] in box.text() and gone.chart_number in box.text(), box.text()
        box.close()
        assert opened == [], "the destroyed chart is not asked for"
        assert window.chart.client_id != gone.client_id
        # The other chart's hit opens as before.
        _enter_on(qtbot, dialog, kept.client_id)
        wait_ops(qtbot)
        qtbot.waitUntil(lambda: window.chart.client_id == kept.client_id)
        assert not any(b.isVisible() for b in dialog.findChildren(QMessageBox, "errorDialog"))
    finally:
        i18n.install("en")
