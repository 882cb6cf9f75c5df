"""After a flagged measure is saved, the therapist still sees what was answered, unchangeable,
beside the next steps. Found on the real app: after a PHQ-9 with item 9 above zero was saved,
the window kept the total and the steps but the nine answers were gone, and the room they had
was left as empty bands between the fields. Real widgets, a real vault; the screen's room is
the one named (screen_fit.room_of)."""

from __future__ import annotations

import contextlib
import itertools

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.exceptions import TimeoutError

from tests.gui.conftest import wait_ops
from tests.gui.test_measure_form_spanish_walk import SCREENS
from tests.gui.test_measures_tab import _open_tab
from vault_app.gui import screen_fit
from vault_app.gui.controller import AppController
from vault_app.gui.measure_dialog import MeasureDialog, answers_height

pytestmark = pytest.mark.gui

RISKY = [1, 1, 2, 0, 1, 1, 0, 0, 1]  # item 9 above zero


def _saved(app: AppController, qtbot, room: QRect, monkeypatch: pytest.MonkeyPatch) -> MeasureDialog:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(screen_fit, "room_of", lambda _window: room)
    tab, _cid = _open_tab(app, qtbot)
    dialog = tab.enter_measure()  # type: ignore[attr-defined]
    assert isinstance(dialog, MeasureDialog)
    qtbot.waitExposed(dialog)
    wait_ops(qtbot)
    dialog.set_answers(RISKY)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.after.isVisible(), timeout=10_000)
    assert dialog.result_ is not None and dialog.result_.flag is not None
    QApplication.processEvents()
    return dialog


def _answers_shown(dialog: MeasureDialog) -> dict[int, QWidget]:
    """Each item's row -> the widget on screen in its answer's place."""
    grid = dialog.items_grid
    shown: dict[int, QWidget] = {}
    for i in range(grid.count()):
        row, column, _rows, _columns = grid.getItemPosition(i)
        item = grid.itemAt(i)
        widget = item.widget() if item is not None else None
        if column == 1 and widget is not None and widget.isVisible():
            shown[row] = widget
    return shown


@pytest.mark.parametrize("screen", list(SCREENS))
def test_the_answers_stay_in_view_and_fixed_after_a_flagged_save(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot, screen: str, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = _saved(unlocked_app, qtbot, SCREENS[screen], monkeypatch)
    assert dialog.items_scroll.isVisible(), "the answers are gone from the window"
    shown = _answers_shown(dialog)
    assert sorted(shown) == list(range(len(RISKY))), sorted(shown)
    for row, value in enumerate(RISKY):
        widget = shown[row]
        # Read, not changeable: no list to choose another answer from
        assert not (isinstance(widget, QComboBox) and widget.isEnabled()), row
        assert widget.property("text") == dialog.answer_boxes[row].itemText(
            dialog.answer_boxes[row].findData(value)), (row, widget.property("text"))
    assert dialog.answers() == RISKY
    if screen == "1280x860":  # room for all nine without scrolling
        viewport = dialog.items_scroll.viewport()
        for row, widget in shown.items():
            at = QRect(widget.mapTo(viewport, widget.rect().topLeft()), widget.size())
            assert viewport.rect().contains(at), (row, at, viewport.rect())
    dialog.accept()


def _empty_bands(dialog: MeasureDialog) -> list[tuple[str, int]]:
    """(row, pixels) of the empty room in the window's rows, top to bottom: between two rows, and
    inside a row given more height than its lines need. The items' scroll area is the row that
    takes what room there is (its items scroll)."""
    layout = dialog.layout()
    assert layout is not None
    rows = []
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item is None or item.isEmpty():
            continue
        rows.append(item)
    rows.sort(key=lambda it: it.geometry().top())
    bands: list[tuple[str, int]] = []
    for above, below in itertools.pairwise(rows):
        bands.append(("between", below.geometry().top() - above.geometry().bottom() - 1 - layout.spacing()))
    for item in rows:
        widget = item.widget()
        if widget is dialog.items_scroll:
            continue
        box = item.geometry()
        need = item.heightForWidth(box.width()) if item.hasHeightForWidth() else item.sizeHint().height()
        name = widget.objectName() or type(widget).__name__ if widget is not None else "a row of fields"
        bands.append((name, box.height() - need))
    # Below the last answer, inside the items' frame
    bands.append(("below the answers", dialog.items_scroll.viewport().height() - answers_height(dialog.items_scroll)))
    return bands


@pytest.mark.parametrize("screen", list(SCREENS))
def test_no_empty_bands_after_a_flagged_save(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot, screen: str, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = _saved(unlocked_app, qtbot, SCREENS[screen], monkeypatch)

    def tight() -> bool:
        return all(pixels <= 2 for _name, pixels in _empty_bands(dialog))

    if not tight():  # the layout settles after the rows shown and hidden at the save
        with contextlib.suppress(TimeoutError):
            qtbot.waitUntil(tight, timeout=3_000)
    assert tight(), _empty_bands(dialog)
    dialog.accept()


def test_a_window_made_taller_keeps_no_empty_band_below_the_answers(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    """The lists' room below the last item (as much as the window was made taller) is given back
    once the answers are words: the real app's font left a band of it."""
    monkeypatch.setattr(screen_fit, "room_of", lambda _window: QRect(0, 0, 1920, 1080))
    tab, _cid = _open_tab(unlocked_app, qtbot)
    dialog = tab.enter_measure()  # type: ignore[attr-defined]
    assert isinstance(dialog, MeasureDialog)
    qtbot.waitExposed(dialog)
    wait_ops(qtbot)
    dialog.resize(dialog.width(), 1000)
    qtbot.waitUntil(lambda: dialog.height() == 1000, timeout=10_000)
    dialog.set_answers(RISKY)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.after.isVisible(), timeout=10_000)

    def below() -> int:
        return dialog.items_scroll.viewport().height() - answers_height(dialog.items_scroll)

    with contextlib.suppress(TimeoutError):
        qtbot.waitUntil(lambda: below() <= 2, timeout=3_000)
    assert below() <= 2, (below(), dialog.height())
    assert all(pixels <= 2 for _name, pixels in _empty_bands(dialog)), _empty_bands(dialog)
    dialog.accept()
