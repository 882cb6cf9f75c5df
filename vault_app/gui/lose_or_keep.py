"""The question before words typed since a note's last save are lost (a Close on a note a full
disk kept from saving: close_unsaved.py; a Quit: quit_unsaved.py): keeping them is the default and
Esc, losing them a button of its own. The words are the caller's, translated where they are."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from vault_app.gui.confirm import AnsweredByAlt


def ask_before_losing(window: QWidget, name: str, title: str, text: str, informative: str,
                      keep: str, lose: str, on_lose: Callable[[], None]) -> None:
    """Open the box (window-modal, not waited for); `on_lose` runs only when `lose` is chosen."""
    box = AnsweredByAlt(window)
    box.setObjectName(name)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowTitle(title)
    box.setAccessibleName(title)
    box.setText(text)
    box.setInformativeText(informative)
    stay = box.addButton(keep, QMessageBox.ButtonRole.RejectRole)
    anyway = box.addButton(lose, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(stay)
    box.setEscapeButton(stay)
    box.finished.connect(lambda _r: on_lose() if box.clickedButton() is anyway else None)
    box.open()


__all__ = ["ask_before_losing"]
