"""A scan over the size limit, or a file that cannot be read, attached from the chart's
Attachments tab: refused with what to do, nothing attached. Found in the real app: a 30 MB
scan was read whole into memory and refused with "too large (at most 25 MiB)" and nothing
on what to do next; the tab read the file itself, outside the service's bounded read."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.domain.clinical_documents import MAX_ATTACHMENT_BYTES
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


def _said(window: object) -> QMessageBox:
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]  # type: ignore[attr-defined]
    assert boxes, "the refusal is said"
    return boxes[-1]


def test_a_scan_too_large_is_refused_with_what_to_do(unlocked_app: AppController, qtbot, tmp_path: Path) -> None:
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot)
    scan = tmp_path / "scan-600dpi.pdf"
    with scan.open("wb") as out:
        out.write(b"%PDF-1.4\n")
        out.truncate(MAX_ATTACHMENT_BYTES + 1)
    tab = window.chart.attachments
    tab.attach(scan, "consent")
    wait_ops(qtbot)
    box = _said(window)
    assert "too large" in box.text() and "25 MB" in box.text()
    assert "lower resolution" in box.informativeText() and "in parts" in box.informativeText()
    box.close()
    assert tab.tree.topLevelItemCount() == 0


def test_a_file_that_cannot_be_read_is_said_plainly(unlocked_app: AppController, qtbot, tmp_path: Path) -> None:
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot)
    folder = tmp_path / "consent.pdf"  # a folder named like a scan
    folder.mkdir()
    tab = window.chart.attachments
    tab.attach(folder, "consent")
    wait_ops(qtbot)
    box = _said(window)
    assert box.text() == "Could not read the attachment file."
    box.close()
    assert tab.tree.topLevelItemCount() == 0
