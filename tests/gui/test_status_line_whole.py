"""A failed backup's reminder on the status line is readable whole. Found at 100 % on a 1366x768
laptop: the line stopped at two, its second cut with "…" where the reason's "what to do" began,
the whole only in a tooltip. It now takes as many lines as the page above can spare; where it
has none (125 %: 1093x614 logical pixels), the line cut with "…" shows the whole sentence in a
message when clicked. The real main window, real widgets, English and Spanish."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from vault_app.gui.controller import AppController
from vault_app.gui.status_words import FAILED_AT_QUIT, NEWS, TARGET_MISSING
from vault_app.services import reminders

pytestmark = pytest.mark.gui


def _failed_backup_line() -> str:
    why = QCoreApplication.translate("StatusWords", TARGET_MISSING).format(
        folder="/media/therapist/BACKUP DRIVE 2TB/Therapy Vault backups/Practice of Dr. Example",
        vault="Vault", backups="Backups…")
    failed = QCoreApplication.translate("StatusWords", FAILED_AT_QUIT).format(reason=why)
    restored = QCoreApplication.translate("StatusWords", NEWS[reminders.RESTORED_MEANWHILE])
    return QCoreApplication.translate("MainWindow", "Unlocked. {reminder}").format(reminder=f"{failed} {restored}")


@pytest.mark.parametrize("lang", ["en", "es"])
def test_at_100_percent_the_whole_reminder_is_on_screen(unlocked_app: AppController, qtbot: Any, lang: str,
                                                        request: pytest.FixtureRequest) -> None:
    if lang == "es":
        request.getfixturevalue("spanish")
    window = unlocked_app.main_window
    assert window is not None
    fresh = type(window)(unlocked_app)  # never closed (that means Quit)
    fresh.resize(1350, 700)  # 1366x768 at 100 %, less a panel and the frame
    fresh.show()
    qtbot.waitExposed(fresh)
    said = _failed_backup_line()
    label = fresh.status_label
    fresh.status_line.lasting(said)
    line = label.fontMetrics().lineSpacing()
    assert label.fontMetrics().horizontalAdvance(said) > 2 * label.width(), "more than two lines' worth"
    qtbot.waitUntil(lambda: label.height() >= 3 * line, timeout=5_000)
    assert not label.is_cut(), label.shown_text()
    assert label.shown_text().replace("\n", " ") == said
    page = fresh.centralWidget()
    assert page.height() >= page.minimumSizeHint().height()
    fresh.status_line.lasting("Done.")
    qtbot.waitUntil(lambda: label.height() < 2 * line, timeout=5_000)  # the page's room given back
    fresh.hide()
    fresh.deleteLater()


def test_where_there_is_no_room_a_click_shows_the_whole_sentence(unlocked_app: AppController, qtbot: Any) -> None:
    window = unlocked_app.main_window
    assert window is not None
    fresh = type(window)(unlocked_app)
    fresh.show()
    qtbot.waitExposed(fresh)
    fresh.resize(1093, fresh.minimumSizeHint().height())  # 1366x768 at 125 %: the page at its least height
    qtbot.wait(50)
    said = _failed_backup_line()
    label = fresh.status_label
    fresh.status_line.lasting(said)
    qtbot.wait(100)  # the layout's passes
    page = fresh.centralWidget()
    assert page.height() >= page.minimumSizeHint().height()
    assert label.is_cut() and label.shown_text().endswith("…"), label.shown_text()
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=QPoint(10, label.height() // 2))
    box = next(b for b in fresh.findChildren(QMessageBox) if b.isVisible())
    assert box.text() == said
    box.accept()
    fresh.hide()
    fresh.deleteLater()
