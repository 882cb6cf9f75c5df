"""Saving an unencrypted copy of an attached scan, found in the real app: nothing said the
copy was saved or where, and the list was drawn again (the copy is recorded in the chart)
with the document no longer chosen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


def test_the_copy_saved_is_said_and_the_document_stays_chosen(unlocked_app: AppController, qtbot,
                                                               tmp_path: Path) -> None:
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot, "Cleo Copies")
    tab = window.chart.attachments
    window.chart.tabs.setCurrentWidget(tab)
    for name in ("consent.pdf", "custody-order.pdf"):
        scan = tmp_path / name
        scan.write_bytes(b"%PDF-1.4\n% " + name.encode() + b"\n")
        tab.attach(scan, "consent")
        wait_ops(qtbot)
    qtbot.waitUntil(lambda: tab.tree.topLevelItemCount() == 2)
    second = tab.tree.topLevelItem(1)
    tab.tree.setCurrentItem(second)
    chosen = second.data(0, Qt.ItemDataRole.UserRole)
    target = tmp_path / "out" / "copy.pdf"
    target.parent.mkdir()
    tab.save_copy_to(str(chosen), target)
    wait_ops(qtbot)
    assert target.read_bytes().startswith(b"%PDF-1.4")
    assert window.status_label.text() == f"Unencrypted copy saved: {target}"
    qtbot.wait(100)
    wait_ops(qtbot)
    current = tab.tree.currentItem()
    assert current is not None and current.isSelected()
    assert current.data(0, Qt.ItemDataRole.UserRole) == chosen
