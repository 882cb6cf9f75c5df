"""The main window on a small laptop screen (found in the real app on a 1000x750 screen: the
window came up 1200 pixels wide, its minimum held there by the chart's and the agenda's widths,
its right side off the screen and out of reach). A 13" laptop at 1366x768 with 125 % scaling
has about 1000x700 logical pixels, a 1024x600 netbook less height still: with a demo-sized
vault open, in English and in Spanish (longer words), every screen of the window fits them, the
window opens no larger than the screen's room, and a size saved on a larger monitor comes back
only where it fits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QApplication, QPushButton, QScrollArea, QToolBar

from tests.gui.conftest import wait_ops
from tests.gui.test_change_notices import elsewhere
from vault_app.gui import prefs
from vault_app.gui.controller import AppController
from vault_app.gui.main_window import MainWindow
from vault_app.gui.screen_fit import FRAME, fits, fitted, inner_room, room_of
from vault_app.services import clients, demo

pytestmark = pytest.mark.gui

LAPTOP = QSize(1000, 700)  # 1366x768 at 125 % less a panel, logical pixels
NETBOOK_HEIGHT = 600 - 30  # 1024x600 less a panel
MOST_WIDE, MOST_HIGH = LAPTOP.width() - FRAME.left() - FRAME.right(), NETBOOK_HEIGHT - FRAME.top() - FRAME.bottom()


def _demo_practice(app: AppController, qtbot) -> list[str]:  # type: ignore[no-untyped-def]
    """The demo's practice (`vault-app demo --clients 8`): the ids of its clients."""
    elsewhere(app, qtbot, lambda v: demo.populate(v, clients=8, psychotherapy_every=0))
    ids: list[str] = []
    elsewhere(app, qtbot, lambda v: ids.extend(c.client_id for c in clients.list_clients(v)))
    assert len(ids) == 8
    return ids


def _fits_the_laptop(window: MainWindow, where: str) -> None:
    hint = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert hint.width() <= MOST_WIDE and hint.height() <= MOST_HIGH, (where, hint)
    assert window.size() == LAPTOP, (where, window.size())  # nothing opened made it grow
    pane = window.findChild(QScrollArea, "pagePane")
    assert pane is not None
    # and the page is whole in its pane, nothing to scroll to either way
    assert (pane.horizontalScrollBar().maximum(), pane.verticalScrollBar().maximum()) == (0, 0), where


def test_every_screen_of_the_window_fits_a_small_laptop(unlocked_app: AppController, qtbot, language: str) -> None:
    ids = _demo_practice(unlocked_app, qtbot)
    window = MainWindow(unlocked_app)  # built in the language; never closed (that means Quit)
    window.resize(LAPTOP)
    window.show()
    qtbot.waitExposed(window)
    window.load_data()
    wait_ops(qtbot)
    _fits_the_laptop(window, "dashboard")
    window.show_agenda()
    wait_ops(qtbot)
    _fits_the_laptop(window, "agenda, week")
    window.agenda.set_mode("day")
    wait_ops(qtbot)
    _fits_the_laptop(window, "agenda, day")
    window.show_worklist()
    wait_ops(qtbot)
    _fits_the_laptop(window, "worklist")
    window.open_chart(ids[0])
    wait_ops(qtbot)
    tabs = window.chart.tabs
    assert tabs.usesScrollButtons()  # a long tab bar scrolls, it does not widen the window
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        wait_ops(qtbot)
        qtbot.wait(20)  # the layout's next pass, where a page's width reached the window
        _fits_the_laptop(window, tabs.tabText(index))
    # A page wider than the pane would scroll in it (the pane holds the pages), not widen the window.
    pane = window.findChild(QScrollArea, "pagePane")
    assert pane is not None and pane.widget().isAncestorOf(window.stack)
    assert pane.width() + window.client_list.width() <= LAPTOP.width()
    window.show_dashboard()
    wait_ops(qtbot)
    _fits_the_laptop(window, "dashboard again")
    # The toolbar overflows into its menu rather than widen the window.
    toolbar = window.findChild(QToolBar, "mainToolbar")
    assert toolbar is not None and toolbar.minimumSizeHint().width() < LAPTOP.width() // 2
    window.hide()
    window.deleteLater()


def test_the_splitter_keeps_both_panes(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    window.resize(LAPTOP)
    splitter = window.splitter
    assert not splitter.childrenCollapsible()
    splitter.setSizes([LAPTOP.width(), 0])  # the handle dragged all the way right
    qtbot.wait(20)
    assert splitter.sizes()[1] >= 300 and splitter.sizes()[0] >= window.client_list.minimumWidth()


def test_the_note_editor_and_backups_fit_too(unlocked_app: AppController, qtbot, language: str) -> None:
    from vault_app.gui.note_editor import NoteEditor

    ids = _demo_practice(unlocked_app, qtbot)
    window = unlocked_app.main_window
    assert window is not None
    backups = window.open_backups()
    wait_ops(qtbot)
    hint = backups.minimumSizeHint()
    assert hint.width() <= MOST_WIDE and hint.height() <= MOST_HIGH, hint
    backups.reject()
    window.open_chart(ids[0])
    wait_ops(qtbot)
    window.chart.new_note()
    wait_ops(qtbot)
    editor = next(w for w in QApplication.topLevelWidgets() if isinstance(w, NoteEditor) and w.isVisible())
    room = inner_room(room_of(editor))
    assert room.contains(editor.geometry()), (room, editor.geometry())
    hint = editor.minimumSizeHint()
    assert hint.width() <= MOST_WIDE and hint.height() <= MOST_HIGH, hint
    # Narrow, its buttons go onto a second line: every one whole inside the window.
    editor.resize(hint.width(), 560)
    qtbot.wait(20)
    buttons = [b for b in editor.findChildren(QPushButton) if b.isVisibleTo(editor) and b.text()]
    rows = set()
    for button in buttons:
        if button.parentWidget() is not editor:
            continue
        box = QRect(button.mapTo(editor, button.rect().topLeft()), button.size())
        assert editor.rect().contains(box), (button.text(), box, editor.rect())
        rows.add(box.top())
    assert len(rows) >= 2  # wrapped, not cut off
    editor.close()
    wait_ops(qtbot)


def test_the_window_opens_no_larger_than_the_screen(unlocked_app: AppController, qtbot) -> None:
    """The offscreen screen is 800x800: smaller than the window's 1200x760."""
    window = MainWindow(unlocked_app)
    room = room_of(window)
    assert room.width() < 1200
    assert inner_room(room).contains(window.geometry()), (room, window.geometry())
    assert window.width() == inner_room(room).width()
    window.deleteLater()


def test_a_saved_size_comes_back_only_if_it_fits(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    room = inner_room(room_of(window))
    window.setGeometry(QRect(room.left() + 20, room.top() + 10, room.width() - 60, room.height() - 50))
    prefs.put("geometry/main", window.saveGeometry())
    fitting = MainWindow(unlocked_app)
    assert fitting.geometry() == window.geometry()  # as the therapist left it
    fitting.deleteLater()
    # Left on a larger monitor: 1600x1000 at (1500, 50), beyond this screen.
    window.setGeometry(QRect(1500, 50, 1600, 1000))
    prefs.put("geometry/main", window.saveGeometry())
    shrunk = MainWindow(unlocked_app)
    assert room.contains(shrunk.geometry()), (room, shrunk.geometry())
    shrunk.deleteLater()


@pytest.mark.parametrize(("screen", "preferred"), [
    (QRect(0, 0, 1000, 750), QSize(1200, 760)), (QRect(0, 27, 1024, 573), QSize(1200, 760)),
    (QRect(1920, 0, 2560, 1400), QSize(1200, 760)), (QRect(0, 0, 1000, 700), QSize(820, 700))])
def test_fitted_is_inside_the_screen_and_as_large_as_there_is_room(screen: QRect, preferred: QSize) -> None:
    placed = fitted(preferred, screen)
    assert fits(placed, screen)
    assert screen.contains(placed.marginsAdded(FRAME))
    room = inner_room(screen)
    assert placed.width() == min(preferred.width(), room.width())
    assert placed.height() == min(preferred.height(), room.height())


def test_on_a_netbook_the_chart_scrolls_and_its_wrapped_lines_stay_whole(unlocked_app: AppController, qtbot,
                                                                        language: str) -> None:
    """1024x600: the pane scrolls down; the client's contact, wrapped onto a second line beside
    its label, was cut to its first line (the pane gave the page its minimum height)."""
    ids = _demo_practice(unlocked_app, qtbot)
    window = MainWindow(unlocked_app)
    window.resize(1024, MOST_HIGH)
    window.show()
    qtbot.waitExposed(window)
    window.open_chart(ids[0])
    wait_ops(qtbot)
    labels = [window.chart.overview.fields[key] for key in ("contact", "consent", "goals")]
    assert all(label.text() for label in labels)

    def whole() -> bool:
        return all(label.height() >= label.heightForWidth(label.width()) for label in labels)

    # The layout settles over a few turns of the event loop (a page's new minimum, then the pane's)
    qtbot.waitUntil(whole, timeout=5_000)
    pane = window.findChild(QScrollArea, "pagePane")
    assert pane is not None and pane.verticalScrollBar().maximum() > 0  # lower than the chart: it scrolls
    assert pane.horizontalScrollBar().maximum() == 0
    window.hide()
    window.deleteLater()


LAPTOP_150 = QSize(910, 512)  # 1366x768 at 150 %, logical pixels


def test_at_150_percent_every_chart_tab_fits_the_width(unlocked_app: AppController, qtbot, language: str) -> None:
    """1366x768 at 150 %: in Spanish the chart needed ~650 pixels beside the client list's 280,
    against 895; its widest tab, Requests, held a row of the law's periods beside its button
    (found on Xvfb with QT_SCALE_FACTOR=1.5). Every tab fits the width; the pane may scroll down."""
    ids = _demo_practice(unlocked_app, qtbot)
    window = MainWindow(unlocked_app)
    window.resize(LAPTOP_150)
    window.show()
    qtbot.waitExposed(window)
    window.open_chart(ids[0])
    wait_ops(qtbot)
    tabs = window.chart.tabs
    pane = window.findChild(QScrollArea, "pagePane")
    assert pane is not None
    most_wide = LAPTOP_150.width() - FRAME.left() - FRAME.right()
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        wait_ops(qtbot)
        qtbot.wait(20)  # the layout's next pass
        where = tabs.tabText(index)
        assert window.minimumSizeHint().expandedTo(window.minimumSize()).width() <= most_wide, (
            where, window.minimumSizeHint())
        assert window.width() == LAPTOP_150.width(), (where, window.size())
        assert pane.horizontalScrollBar().maximum() == 0, (where, pane.widget().minimumSizeHint())
    window.hide()
    window.deleteLater()
