"""The focus ring never covers words: a message box's selectable text, clicked, is ringed around.

Found by a walker: clicking the text of the "Disk full" box (and of the older copy's box) gave
the label the keyboard, and the 3-pixel ring was drawn inside it, over the first letters of each
line ("nténtelo de nuevo", "Jna copia"). The words are grabbed as the box shows them with the
keyboard and without it: the same pixels; the ring is seen just outside them.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from vault_app.domain.errors import DiskFull
from vault_app.gui import focus_ring
from vault_app.gui.background import show_error

pytestmark = pytest.mark.gui


def _differing(a: QImage, b: QImage) -> int:
    assert a.size() == b.size()
    return sum(a.pixel(x, y) != b.pixel(x, y) for y in range(a.height()) for x in range(a.width()))


def _box(qtbot: Any) -> tuple[QMessageBox, QLabel]:
    focus_ring.install(QApplication.instance())  # type: ignore[arg-type]
    full = DiskFull("The disk that holds the folder /media/therapist/Vault is full while saving.",
                    hint="Nothing already saved was lost. Free some space on that disk (empty its trash, or move "
                         "files off it), then try again.", code="disk.full",
                    params={"folder": "/media/therapist/Vault"})
    box = show_error(None, full)
    qtbot.addWidget(box)
    qtbot.waitExposed(box)
    label = box.findChild(QLabel, "qt_msgbox_informativelabel")
    assert label is not None and label.isVisible()
    assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse  # why a click gives it focus
    return box, label


def _where(box: QMessageBox, label: QLabel, grow: int = 0) -> QRect:
    return QRect(label.mapTo(box, QPoint(0, 0)), label.size()).adjusted(-grow, -grow, grow, grow)


def test_a_clicked_message_keeps_its_words_clear(qtbot: Any) -> None:
    box, label = _box(qtbot)
    QApplication.processEvents()
    before, around_before = box.grab(_where(box, label)).toImage(), box.grab(_where(box, label, 6)).toImage()
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=QPoint(label.width() // 2, label.height() // 2))
    qtbot.waitUntil(label.hasFocus)
    QApplication.processEvents()
    after, around_after = box.grab(_where(box, label)).toImage(), box.grab(_where(box, label, 6)).toImage()
    assert _differing(before, after) == 0  # nothing drawn over the words
    ring = _differing(around_before, around_after)
    assert ring >= 2 * (label.width() + label.height()), ring  # and the ring is there, around them
    box.close()


def test_the_ring_goes_with_the_keyboard(qtbot: Any) -> None:
    box, label = _box(qtbot)
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=QPoint(label.width() // 2, label.height() // 2))
    qtbot.waitUntil(label.hasFocus)
    ok = box.button(QMessageBox.StandardButton.Ok)
    ok.setFocus()
    qtbot.waitUntil(ok.hasFocus)
    QApplication.processEvents()
    rings = [w for w in box.findChildren(focus_ring._Ring) if w.isVisible()]
    assert len(rings) == 1 and rings[0].parentWidget() is ok
    box.close()
