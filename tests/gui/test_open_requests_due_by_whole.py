"""Records > Access and amendment requests: the "Due by" cell is read whole (a walker, round 46:
"HIPAA (federal; your state's ma…" at the window's first size). The window opens as wide as its
columns ask, within the screen (1366x768 at 100 % and at 150 %), and the cell's whole words are
its tooltip and accessible text too, for a screen narrower still."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt

from tests.core import disclosure_fixtures as fx
from tests.gui import test_dialogs_fit_150_percent as fit
from tests.gui.conftest import wait_ops
from vault_app.gui import screen_fit
from vault_app.gui.controller import AppController
from vault_app.services import requests

pytestmark = pytest.mark.gui

SCREENS = {"100": QRect(0, 0, 1366, 740), "150": fit.LAPTOP_150}
WHOLE = {"en": "HIPAA (federal; your state's may be shorter)",
         "es": "HIPAA (federal; el de su estado puede ser más corto)"}


@pytest.mark.parametrize("scale", ["100", "150"])
def test_the_due_by_cell_is_whole(unlocked_app: AppController, qtbot, language: str, scale: str,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from vault_app.gui.open_requests_dialog import RequestsDialog

    monkeypatch.setattr(screen_fit, "room_of", lambda _window: SCREENS[scale])
    vault = unlocked_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)
    requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(1))
    dialog = RequestsDialog(unlocked_app)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_ops(qtbot)
    qtbot.waitExposed(dialog)
    qtbot.wait(20)
    tree = dialog.tree
    assert tree.topLevelItemCount() == 1
    item = tree.topLevelItem(0)
    column = tree.columnCount() - 1
    words = item.text(column)
    assert words == WHOLE[language]
    assert item.toolTip(column) == words and item.data(column, Qt.ItemDataRole.AccessibleTextRole) == words
    room = screen_fit.inner_room(SCREENS[scale]).size()
    assert dialog.width() <= room.width() and dialog.height() <= room.height()
    # Every column whole in the view: none wider than the room it has, none cut at the view's edge
    header = tree.header()
    for c in range(tree.columnCount()):
        assert header.sectionSize(c) >= tree.sizeHintForColumn(c), (c, item.text(c))
    right = header.sectionViewportPosition(column) + header.sectionSize(column)
    assert right <= tree.viewport().width(), (right, tree.viewport().width())
    dialog.close()
