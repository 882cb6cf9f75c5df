"""An attached document shown in the app and renamed or dated there, through the real widgets
over a real vault: a real PDF's pages and pictures, a real PNG's size, no file written while a
document is shown, the lock closing the window and dropping the bytes, a document too large
to show offering a copy, and a title and date changed showing in the list and in History."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.document_samples import pdf, png
from tests.gui import test_responsiveness
from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from tests.gui.test_responsiveness import Threads
from vault_app.gui.attachment_edit_dialog import AttachmentEditDialog
from vault_app.gui.attachments_tab import AttachmentsTab
from vault_app.gui.controller import AppController

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("us_practice")]
# The responsiveness test's recorders of what runs on which thread, as a fixture here too.
threads = test_responsiveness.threads


def _files(folder: Path) -> set[Path]:
    return {Path(root) / name for root, _dirs, names in os.walk(folder) for name in names}


def _attached(app: AppController, qtbot, tmp_path: Path, name: str, data: bytes) -> AttachmentsTab:
    window = app.main_window
    assert window is not None
    add_client(app, qtbot, "Cleo Viewer")
    tab = window.chart.attachments
    window.chart.tabs.setCurrentWidget(tab)
    scan = tmp_path / name
    scan.write_bytes(data)
    tab.attach(scan, "other")
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: tab.tree.topLevelItemCount() == 1)
    tab.tree.setCurrentItem(tab.tree.topLevelItem(0))
    return tab


def test_a_pdf_shows_its_pages_from_memory_and_no_file_is_written(unlocked_app: AppController, qtbot,
                                                                   tmp_path: Path, app_folder: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    tab = _attached(unlocked_app, qtbot, tmp_path, "evaluation.pdf", pdf(3, text="Outside evaluation"))
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    before = _files(app_folder)
    viewer = tab.view_chosen()
    assert viewer is not None
    wait_ops(qtbot)
    assert viewer.page_count == 3 and viewer.page_label.text() == "Page 1 of 3"
    assert viewer.info.text().startswith("PDF, 3 pages.")
    (picture,) = viewer.shown_labels()
    assert (picture.pixmap().width(), picture.pixmap().height()) == (64, 48), "the scan on page 1, decoded"
    assert viewer.text.toPlainText() == "Outside evaluation, page 1"
    assert not viewer.previous.isEnabled() and viewer.next_button.isEnabled()
    viewer.next_button.click()
    wait_ops(qtbot)
    assert viewer.page_label.text() == "Page 2 of 3" and viewer.text.toPlainText().endswith("page 2")
    assert viewer.shown_labels() == [] and viewer.previous.isEnabled()
    assert _files(app_folder) == before and _files(temp) == set(), "showing a document wrote a file"
    viewer.reject()
    assert viewer.prepared is None


def test_an_image_shows_its_size_and_the_lock_closes_it(unlocked_app: AppController, qtbot, tmp_path: Path) -> None:
    tab = _attached(unlocked_app, qtbot, tmp_path, "letter.png", png(300, 200))
    tab.tree.itemActivated.emit(tab.tree.topLevelItem(0), 0)  # Enter or a double click on the row
    viewer = tab.viewer
    assert viewer is not None
    wait_ops(qtbot)
    assert viewer.info.text() == "Image, 300 × 200 pixels"
    (picture,) = viewer.shown_labels()
    assert picture.pixmap().size().toTuple() == (300, 200)
    assert viewer.isVisible() and viewer.prepared is not None
    unlocked_app.lock("test")
    wait_ops(qtbot)
    assert viewer.closed and viewer.prepared is None, "the lock closed the window and dropped the bytes"
    assert tab.viewer is None


def test_a_document_too_large_to_show_says_so_and_offers_a_copy(unlocked_app: AppController, qtbot,
                                                                tmp_path: Path) -> None:
    tab = _attached(unlocked_app, qtbot, tmp_path, "big.png", png(300, 200))
    tab.view_limit = 100
    viewer = tab.view_chosen()
    assert viewer is not None
    wait_ops(qtbot)
    assert viewer.prepared is None and viewer.shown_labels() == []
    assert "too large to show here" in viewer.problem.text() and "Save a copy" in viewer.problem.text()
    assert viewer.problem.isVisibleTo(viewer) and viewer.save_button.isVisibleTo(viewer)
    viewer.reject()


def test_renaming_and_dating_shows_in_the_list_and_in_history(unlocked_app: AppController, qtbot,
                                                             tmp_path: Path) -> None:
    tab = _attached(unlocked_app, qtbot, tmp_path, "scan0003.pdf", pdf(1))
    item = tab.tree.topLevelItem(0)
    assert item.text(1) == "scan0003.pdf" and item.text(3) == ""
    dialog = tab.edit_chosen()
    assert isinstance(dialog, AttachmentEditDialog)
    assert dialog.title.text() == "scan0003.pdf" and dialog.title.selectedText() == "scan0003.pdf"
    dialog.title.setText("")
    dialog.save()
    wait_ops(qtbot)
    assert "must not be empty" in dialog.message.text() and dialog.isVisible(), "said in the form, kept open"
    dialog.title.setText("Outside evaluation, Dr. Reyes")
    dialog.day.setText("2024-05-02")
    dialog.save()
    wait_ops(qtbot)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: tab.tree.topLevelItem(0).text(1) == "Outside evaluation, Dr. Reyes")
    item = tab.tree.topLevelItem(0)
    assert item.text(3) == "05/02/2024" and item.toolTip(1) == "scan0003.pdf"
    assert item.isSelected(), "the document stays chosen"
    window = unlocked_app.main_window
    assert window is not None
    history = window.chart.history
    window.chart.tabs.setCurrentWidget(history)
    wait_ops(qtbot)
    lines = [history.tree.topLevelItem(i).text(2) for i in range(history.tree.topLevelItemCount())]
    assert "Document's title or date corrected (other document; changed: Title, Document date)" in lines
    assert not any("Reyes" in line for line in lines)
    assert item.data(0, Qt.ItemDataRole.UserRole)


def test_showing_a_document_runs_no_service_call_or_statement_on_the_gui_thread(
        threads: Threads, unlocked_app: AppController, qtbot, tmp_path: Path) -> None:
    """tests/gui/test_responsiveness.py's recorders, over opening a PDF, paging it, and renaming it."""
    tab = _attached(unlocked_app, qtbot, tmp_path, "evaluation.pdf", pdf(2))
    with threads.during("view"):
        viewer = tab.view_chosen()
        assert viewer is not None
        wait_ops(qtbot)
        viewer.next_button.click()
        wait_ops(qtbot)
        assert viewer.page_label.text() == "Page 2 of 2"
        viewer.reject()
        dialog = tab.edit_chosen()
        assert dialog is not None
        dialog.title.setText("Evaluation")
        dialog.save()
        wait_ops(qtbot)
    assert [call for call in threads.core_calls_on_gui if call[0] == "view"] == []
    assert threads.statements["view", "gui"] == 0
    assert threads.ops["view", "worker"] >= 3 and threads.statements["view", "worker"] > 0


def test_a_wide_scan_fits_the_window_until_actual_size_is_asked(unlocked_app: AppController, qtbot,
                                                                 tmp_path: Path) -> None:
    tab = _attached(unlocked_app, qtbot, tmp_path, "wide.png", png(2400, 1200))
    viewer = tab.view_chosen()
    assert viewer is not None
    wait_ops(qtbot)
    assert viewer.info.text() == "Image, 2400 × 1200 pixels"
    (picture,) = viewer.shown_labels()
    assert picture.pixmap().width() < viewer.width() and picture.pixmap().width() * 2 == picture.pixmap().height() * 4
    viewer.actual_size.setChecked(True)
    assert picture.pixmap().size().toTuple() == (2400, 1200)
    viewer.reject()
