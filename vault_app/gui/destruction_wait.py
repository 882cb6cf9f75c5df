"""The main window while a lock or quit waits for a running destruction (controller.py): it cannot
stop part-way, so nothing of the vault stays readable meanwhile, and Quit asks whether to quit
once it has finished. The words keep the main window's translations (context MainWindow).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QToolBar, QWidget

from vault_app.gui.confirm import AnsweredByAlt

if TYPE_CHECKING:
    from vault_app.gui.seam import App


def cover_window(window: QMainWindow, keep: QWidget | None, why: str) -> None:
    """The window's content and every other window hidden, only `keep` (the wizard's progress)
    left; the menus off. The content is kept, off screen, for the lock to clear."""
    window.menuBar().setEnabled(False)
    body = window.takeCentralWidget()
    if body is not None:
        body.setParent(window)  # kept (the lock clears it) but off screen
        body.hide()
    cover = QLabel(
        QCoreApplication.translate("MainWindow", "The app closes as soon as the destruction in progress has finished.")
        if why == "quit"
        else QCoreApplication.translate("MainWindow",
                                        "The vault locks as soon as the destruction in progress has finished."))
    cover.setObjectName("lockCover")
    cover.setAlignment(Qt.AlignmentFlag.AlignCenter)
    cover.setWordWrap(True)
    window.setCentralWidget(cover)
    for bar in window.findChildren(QToolBar):
        bar.hide()
    window.statusBar().hide()
    for other in QApplication.topLevelWidgets():
        if other is window or other is keep or not other.isVisible():
            continue
        if keep is not None and keep.isAncestorOf(other):
            continue
        other.hide()


def ask_quit_when_finished(window: QWidget, controller: App) -> QMessageBox:
    """Quit while a destruction runs: the worker cannot be left mid-step without a resume at the
    next unlock, so quitting waits for it if asked. The box's "chosen" property is set once
    "Quit when finished" is chosen: the app is then on its way out."""
    box = AnsweredByAlt(window)
    box.setObjectName("quitDuringDestruction")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("MainWindow", "A chart is being destroyed"))
    box.setText(QCoreApplication.translate(
        "MainWindow", "A chart is being destroyed. A destruction cannot be stopped part-way."))
    box.setInformativeText(QCoreApplication.translate(
        "MainWindow", "Quit as soon as it has finished? If the computer is switched off "
                      "before then, the destruction is finished at the next unlock."))
    quit_button = box.addButton(QCoreApplication.translate("MainWindow", "Quit when finished"),
                                QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("MainWindow", "Keep the app open"), QMessageBox.ButtonRole.RejectRole)
    box.setAccessibleName(box.windowTitle())

    def answered(button: object) -> None:
        if button is quit_button:
            box.setProperty("chosen", True)
            controller.quit_after_destruction()

    box.buttonClicked.connect(answered)
    box.open()  # non-blocking: the destruction's result must still reach the wizard
    return box


__all__ = ["ask_quit_when_finished", "cover_window"]
