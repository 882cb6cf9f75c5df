"""What typed text looks like when a label would read it as markup.

Qt guesses whether a QLabel's or a QMessageBox's text is rich text (Qt::mightBeRichText: a tag
before the first line break), and a message box's labels open links by themselves. A name,
a folder or a reason typed with "<b>", "<img src=...>" or "<a href=file:///...>" in it was
then drawn bold, as an image or as a link to click. `read_as_markup` lists every label under
a widget that would draw HOSTILE as markup instead of as the characters typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

MARK = "<b>Bold</b>"
HOSTILE = f'{MARK} <img src="x.png"> <a href="file:///etc/passwd">link</a>'


def _as_markup(label: QLabel) -> bool:
    text, kind = label.text(), label.textFormat()
    if MARK not in text:
        return False  # escaped (&lt;b&gt;) or not shown here
    return kind == Qt.TextFormat.RichText or (kind == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text))


def read_as_markup(widget: QWidget) -> list[str]:
    labels = widget.findChildren(QLabel)
    if isinstance(widget, QLabel):
        labels.append(widget)
    return [f"{label.objectName() or type(label).__name__}: {label.text()[:80]!r}" for label in labels
            if _as_markup(label)]


def boxes_as_markup() -> list[str]:
    """The same for every message box open now."""
    found: list[str] = []
    for box in QApplication.topLevelWidgets():
        if isinstance(box, QMessageBox) and box.isVisible():
            found += [f"{box.objectName()} {line}" for line in read_as_markup(box)]
    return found
