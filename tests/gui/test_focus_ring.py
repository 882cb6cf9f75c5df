"""Where the keyboard is, seen: a ring around the control that has it, in light and dark.

Found walking a keyboard-only day at 200 % on the real app (Xvfb; Fusion, the style Qt uses on a
Linux desktop without a theme of its own): Tab from the unlock window's passphrase went to Unlock,
"Recover with Emergency Kit…" and "Restore from a backup…" and the screen did not change at all
(flat buttons draw nothing for the focus, and the default button looks the same focused or not);
a dialog that opened with the keyboard in a box showed no focus there until Tab was pressed in it
(the New appointment form's client); the Dark appearance's focus was a steel-blue 2-pixel line.

The test compares each control grabbed with the keyboard and without it: the pixels that changed
and stand out from the window (3:1, WCAG's figure for a focus indicator) must make a ring at least
1.5 pixels thick all round, which Fusion's own 1-pixel line in the highlight colour does not.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui import theme
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def _contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _ring_pixels(focused: QImage, unfocused: QImage, window: QColor) -> int:
    """Pixels that changed with the keyboard and stand out 3:1 from the window."""
    assert focused.size() == unfocused.size()
    count = 0
    for y in range(focused.height()):
        for x in range(focused.width()):
            now = focused.pixelColor(x, y)
            if now != unfocused.pixelColor(x, y) and _contrast(now, window) >= 3.0:
                count += 1
    return count


def _seen(widget: QWidget, focused: QImage, unfocused: QImage) -> None:
    window = widget.palette().color(QPalette.ColorRole.Window)
    ring = _ring_pixels(focused, unfocused, window)
    around = focused.width() + focused.height()
    assert ring >= 3 * around, (type(widget).__name__, widget.objectName(), ring, 3 * around)


@pytest.fixture(params=["light", "dark"])
def appearance(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    theme.apply(qapp, str(request.param))
    yield str(request.param)
    theme.apply(qapp, "system")


def test_every_tab_stop_of_the_unlock_window_is_seen(locked_app: AppController, qtbot, appearance: str) -> None:
    window = locked_app.unlock_window
    assert window is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.passphrase.edit.setFocus()
    wait_ops(qtbot)
    stops = [window.unlock_button, window.recover_button, window.restore_button]
    before = [stop.grab().toImage() for stop in stops]
    for stop, unfocused in zip(stops, before, strict=True):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is stop, (stop.text(), QApplication.focusWidget())
        _seen(stop, stop.grab().toImage(), unfocused)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.passphrase.edit
    # Left again, each looks as it did: the ring goes with the keyboard
    for stop, unfocused in zip(stops, before, strict=True):
        assert stop.grab().toImage() == unfocused, stop.text()


def test_a_form_opened_with_its_keyboard_in_a_box_shows_it_before_any_tab(
        unlocked_app: AppController, qtbot, appearance: str) -> None:
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot, "Ines Keyes")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    wait_ops(qtbot)
    agenda = window.agenda
    qtbot.waitUntil(lambda: QApplication.focusWidget() is agenda.table, timeout=10_000)
    qtbot.keyClick(agenda.table, Qt.Key.Key_N)
    dialog = agenda.dialog
    qtbot.waitExposed(dialog)
    wait_ops(qtbot)
    picker = dialog.client
    qtbot.waitUntil(lambda: QApplication.focusWidget() is picker, timeout=10_000)
    focused = picker.grab().toImage()  # no Tab pressed in this window yet
    qtbot.keyClick(picker, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not picker
    _seen(picker, focused, picker.grab().toImage())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)


@pytest.mark.parametrize(("window", "highlight", "text"), [
    ("#efefef", "#308cc6", "#000000"),  # Fusion's light palette: its highlight is 3.2:1 there
    ("#2d2f34", "#4f7cac", "#e2e4e8"),  # the app's dark palette (theme._dark_palette)
    ("#000000", "#1aebff", "#ffffff"),  # a high-contrast desktop: already far enough
    ("#ffffff", "#ffffff", "#000000"),  # a highlight of the window's own colour: the text's
    ("#808080", "#808080", "#000000"),  # mid grey on mid grey: no shade reaches 4.5:1
])
def test_the_ring_stands_out_from_any_window(qapp: QApplication, window: str, highlight: str, text: str) -> None:
    from vault_app.gui.focus_ring import contrast, ring_colour

    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(window))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(highlight))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
    ring = ring_colour(palette)
    assert contrast(ring, QColor(window)) >= 4.5, ring.name()
    assert abs(contrast(QColor("#000000"), QColor("#ffffff")) - 21.0) < 0.01


def test_the_note_being_written_is_ringed_too(unlocked_app: AppController, qtbot, appearance: str) -> None:
    """A text box's frame is one pixel wide, under its text: the ring there was a hairline. The
    note's sections are where the therapist types all day."""
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot, "Ines Keyes")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    wait_ops(qtbot)
    (editor,) = window.chart.editors
    qtbot.waitExposed(editor)
    first = editor.section_edits["subjective"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first, timeout=10_000)
    focused = first.grab().toImage()
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.section_edits["objective"]
    _seen(first, focused, first.grab().toImage())
    editor.close()
    wait_ops(qtbot)


def test_the_e2e_reading_knows_the_ring_s_colour(qapp: QApplication) -> None:
    """The e2e driver paints the ring's colour as the window's before OCR (tests/e2e/desktop.py
    RING): the colour the ring has on Fusion's own palette, the e2e desktop's (no theme of its own)."""
    from PySide6.QtWidgets import QStyleFactory

    from tests.e2e.desktop import RING
    from vault_app.gui.focus_ring import ring_colour

    fusion = QStyleFactory.create("Fusion")
    assert fusion is not None
    assert ring_colour(fusion.standardPalette()).name().upper() == RING


def test_a_table_s_current_cell_is_not_ringed_inside(qtbot, appearance: str) -> None:
    """The box ring rings the table; the current cell keeps its words clear of a second ring (the
    agenda's cell had one drawn 3 px inside its edge, over words that fill it; found by the e2e run)."""
    from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QVBoxLayout

    from vault_app.gui.focus_ring import ring_colour

    window = QWidget()
    qtbot.addWidget(window)  # a window under test, shown bare on purpose
    table = QTableWidget(3, 3, window)
    QVBoxLayout(window).addWidget(table)
    for row in range(3):
        table.setRowHeight(row, 40)
        for column in range(3):
            table.setItem(row, column, QTableWidgetItem("attended · note signed"))
    window.resize(420, 240)
    window.show()
    qtbot.waitExposed(window)
    table.setFocus()
    table.setCurrentCell(1, 1)
    qtbot.waitUntil(table.hasFocus)
    cell = table.visualItemRect(table.item(1, 1))
    image = table.viewport().grab().toImage()
    ring = ring_colour(table.palette())

    def near(colour: QColor) -> bool:
        apart = abs(colour.red() - ring.red()) + abs(colour.green() - ring.green())
        return apart + abs(colour.blue() - ring.blue()) < 24

    inside = sum(near(image.pixelColor(x, y))
                 for y in range(cell.top(), cell.bottom() + 1) for x in range(cell.left(), cell.right() + 1))
    assert inside < cell.width(), inside  # a ring round the cell would be more than its width
