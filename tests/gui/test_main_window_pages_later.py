"""The main window builds the agenda, the worklist and the chart when first shown, inside its
page stack, and chooses its menus' Alt letters once per process: what each page and menu
does must not depend on when it was built. A page built after a change shows it; a page
built later hears later changes; the menus' keys work before any menu was opened; the window
built by the next unlock has the same letters, in English and in Spanish."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu, QWidget

from tests.gui.conftest import unlock, wait_ops
from vault_app.gui import i18n
from vault_app.gui.controller import AppController
from vault_app.gui.main_window import MainWindow
from vault_app.services import appointments, clients

pytestmark = pytest.mark.gui

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _menus(window: MainWindow) -> list[QMenu]:
    found = []
    todo = [a.menu() for a in window.menuBar().actions() if isinstance(a.menu(), QMenu)]
    while todo:
        menu = todo.pop()
        found.append(menu)
        todo += [a.menu() for a in menu.actions() if isinstance(a.menu(), QMenu)]
    return found


def _press(window: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    """As the system delivers a key: to the window, not to a widget (see test_lock_key.py)."""
    window.activateWindow()
    handle = window.windowHandle()
    assert handle is not None
    QTest.keyClick(handle, key, modifiers)


def _agenda_texts(window: MainWindow) -> list[str]:
    table = window.agenda.table
    return [item.text() for r in range(table.rowCount()) for c in range(table.columnCount())
            if (item := table.item(r, c)) is not None]


def test_the_agenda_built_by_its_key_shows_what_came_before_and_after(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    opened: list[str] = []
    for menu in _menus(window):
        menu.aboutToShow.connect(lambda m=menu: opened.append(m.title()))
    assert window._agenda is None and window._worklist is None and window._chart is None
    vault = unlocked_app.vault
    assert vault is not None
    client = clients.create_client(vault, "Wren Laterpage", date_of_birth="1981-04-05")
    # Scheduled before the agenda exists: no page heard this change.
    unlocked_app.op(None, lambda v: appointments.schedule(v, client.client_id, date=date.today(),
                                                         start="09:15")).run()
    wait_ops(qtbot)
    assert window._agenda is None

    _press(window, Qt.Key.Key_A, CTRL_SHIFT)  # Records > Agenda's key, its menu never opened
    wait_ops(qtbot)
    assert opened == []
    agenda = window._agenda
    assert agenda is not None and window.stack.currentWidget() is agenda
    assert agenda.parentWidget() is window.stack and agenda.window() is window
    assert [t for t in _agenda_texts(window) if "Wren Laterpage" in t and "9:15" in t]

    # A change after it was built reaches it (the controller's notice, no new page).
    unlocked_app.op(None, lambda v: appointments.schedule(v, client.client_id, date=date.today(),
                                                         start="16:40")).run()
    wait_ops(qtbot)
    assert window.agenda is agenda
    assert len([t for t in _agenda_texts(window) if "Wren Laterpage" in t]) == 2

    _press(window, Qt.Key.Key_W, CTRL_SHIFT)  # Records > Worklist
    wait_ops(qtbot)
    assert window._worklist is not None and window.stack.currentWidget() is window._worklist
    assert window._worklist.parentWidget() is window.stack
    _press(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # back to the dashboard
    assert window.stack.currentWidget() is window.dashboard
    assert opened == []


def test_the_chart_is_built_in_the_stack_and_follows_privacy(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    window.toggle_privacy()  # on before the chart exists: the chart is built with it
    vault = unlocked_app.vault
    assert vault is not None
    client = clients.create_client(vault, "Juniper Sparrowhawk", date_of_birth="1975-06-07")
    unlocked_app.open_chart(client.client_id)
    wait_ops(qtbot)
    chart = window._chart
    assert chart is not None and chart.parentWidget() is window.stack and chart.window() is window
    assert window.stack.currentWidget() is chart
    assert chart.privacy and "Juniper" not in chart.header.text()
    window.toggle_privacy()
    wait_ops(qtbot)
    assert not chart.privacy


def _letters(window: MainWindow) -> list[list[str]]:
    return [[a.text() for a in m.actions() if not a.isSeparator()] for m in _menus(window)]


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_next_windows_menus_have_the_same_letters(locked_app: AppController, qtbot, language: str) -> None:
    i18n.install(language)
    try:
        first = _letters(unlock(locked_app, qtbot))
        locked_app.lock("Locked.")
        wait_ops(qtbot)
        second = _letters(unlock(locked_app, qtbot))
    finally:
        i18n.install("en")
    assert second == first
    for items in first:
        letters = [t[t.index("&") + 1].casefold() for t in items]  # ValueError: an item without one
        assert len(set(letters)) == len(letters), items
    if language == "es":  # the Spanish words' own letters, not the English ones reused
        assert any("Bloquear" in t.replace("&", "") for items in first for t in items)


def test_the_charts_tab_order_is_its_buttons_its_tabs_then_each_page(unlocked_app: AppController, qtbot) -> None:
    """The chart's tab widget is placed before its pages are added (one style-sheet walk less):
    Tab still goes from the two buttons to the tab bar, then through the pages in tab order."""
    window = unlocked_app.main_window
    assert window is not None
    chart = window.chart
    chain: list[QWidget] = []
    widget = chart.nextInFocusChain()
    while widget is not chart and len(chain) < 10_000:
        if chart.isAncestorOf(widget):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    tab_bar = chart.tabs.tabBar()

    def first_of(page: QWidget) -> int:
        return next(i for i, w in enumerate(chain) if page.isAncestorOf(w))

    order = [chain.index(chart.note_button), chain.index(chart.export_button), chain.index(tab_bar)]
    order += [first_of(page) for page in chart.tab_pages if any(page.isAncestorOf(w) for w in chain)]
    assert len(order) > 3 + len(chart.tab_pages) // 2
    assert order == sorted(order)
