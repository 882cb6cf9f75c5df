"""The unlock's status line in Spanish at a narrow window: said whole on a second line where the
page above keeps its room, not cut. Found by the last round: after another program restored the
vault while the window was locked, the line read "Desbloqueada. Otro programa restauró esta bóveda
… los formularios abiertos al bloq…": what it says of the forms left open, its point, was cut (the
English had been shortened to fit; the Spanish is longer, and any window narrower cut either).
Where the page has no line to spare (1366x768 at 125 %: tests/gui/test_status_line_one_line.py) it
stays one line, cut with "…" and whole in its tooltip. The real main window, real widgets."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from tests.gui.test_status_line_one_line import spanish_start  # noqa: F401 (a fixture)
from vault_app.gui.controller import AppController
from vault_app.gui.status_words import NEWS
from vault_app.services import reminders

pytestmark = pytest.mark.gui


def _restored_line() -> str:
    news = QCoreApplication.translate("StatusWords", NEWS[reminders.RESTORED_MEANWHILE])
    return QCoreApplication.translate("MainWindow", "Unlocked. {reminder}").format(reminder=news)


@pytest.mark.parametrize("size", [(1000, 760), (820, 700)])
def test_the_unlock_line_is_said_whole_on_two_lines_where_the_page_has_the_room(
        spanish_start: None, unlocked_app: AppController, qtbot: Any, size: tuple[int, int]) -> None:  # noqa: F811
    window = unlocked_app.main_window
    assert window is not None
    fresh = type(window)(unlocked_app)  # built in Spanish; never closed (that means Quit)
    fresh.resize(*size)
    fresh.show()
    qtbot.waitExposed(fresh)
    said = _restored_line()
    assert said.startswith("Desbloqueada. Otro programa restauró")
    fresh.status_line.lasting(said)
    label = fresh.status_label
    line = label.fontMetrics().lineSpacing()
    assert label.fontMetrics().horizontalAdvance(said) > label.width(), "the sentence is wider than the line"
    qtbot.waitUntil(lambda: label.height() >= 2 * line, timeout=5_000)
    assert not label.is_cut(), label.shown_text()
    assert label.shown_text().replace("\n", " ") == said
    assert label.toolTip() == ""  # whole on screen
    fresh.status_line.lasting("Hecho.")  # a short line: one line again, the page's room given back
    qtbot.waitUntil(lambda: label.height() < 2 * line, timeout=5_000)
    fresh.hide()
    fresh.deleteLater()


def test_where_the_page_has_no_line_to_spare_it_stays_one_line_cut(
        spanish_start: None, unlocked_app: AppController, qtbot: Any) -> None:  # noqa: F811
    window = unlocked_app.main_window
    assert window is not None
    fresh = type(window)(unlocked_app)
    fresh.show()
    qtbot.waitExposed(fresh)
    fresh.resize(820, fresh.minimumSizeHint().height())  # the page at its least height
    qtbot.wait(50)
    said = _restored_line()
    fresh.status_line.lasting(said)
    qtbot.wait(100)  # the layout's passes
    label = fresh.status_label
    page = fresh.centralWidget()
    assert label.height() < 2 * label.fontMetrics().lineSpacing(), label.height()
    assert page.height() >= page.minimumSizeHint().height()
    assert label.is_cut() and label.toolTip() == said
    fresh.hide()
    fresh.deleteLater()
