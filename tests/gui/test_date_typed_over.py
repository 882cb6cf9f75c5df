"""A date typed over the one shown, with the keyboard put in the field by a click at its
start, Home, or Ctrl+A: Qt refused the digits typed into the whole month, silently, and
kept the rest, so "11/20/2026" typed over 12/04/2026 became 12/20/2026 (found in the real
app, recording a request's received day: the form then said "in the future")."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from vault_app.gui.date_field import DateField, date_picker
from vault_app.gui.optional_date_field import OptionalDateField

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("us_practice")]


_HOSTS: list[QWidget] = []  # kept until the test ends (a field's window must outlive the typing)


@pytest.fixture(autouse=True)
def _hosts() -> Iterator[None]:
    yield
    _HOSTS.clear()


def _shown(qtbot, field: DateField) -> DateField:
    host = QWidget()
    QVBoxLayout(host).addWidget(field)
    qtbot.addWidget(host)
    _HOSTS.append(host)
    host.show()
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow)  # a click gives the keyboard to an active window only
    return field


def _keyboard_in(qtbot, field: DateField, how: str) -> None:
    edit = field.lineEdit()
    if how == "click at the start":
        qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(2, edit.height() // 2))
    else:
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        if how == "Home":
            qtbot.keyClick(field, Qt.Key.Key_Home)
        else:
            qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert field.hasFocus()


@pytest.mark.parametrize("how", ["click at the start", "Home", "Ctrl+A"])
@pytest.mark.parametrize("typed", ["11/20/2026", "11202026"])
def test_a_date_typed_over_the_one_shown_is_the_date_typed(qtbot, how: str, typed: str) -> None:
    field = _shown(qtbot, date_picker("Received on", QDate(2026, 12, 4)))
    _keyboard_in(qtbot, field, how)
    qtbot.keyClicks(field, typed)
    assert field.date() == QDate(2026, 11, 20), field.lineEdit().text()
    assert field.hasAcceptableInput()


def test_a_part_being_typed_still_takes_its_second_digit(qtbot) -> None:
    """"2/3/1980" and "12" typed digit by digit: the part typed so far is not replaced."""
    field = _shown(qtbot, date_picker("Date", QDate(2026, 12, 4)))
    _keyboard_in(qtbot, field, "Home")
    qtbot.keyClicks(field, "2/3/1980")
    assert field.date() == QDate(1980, 2, 3), field.lineEdit().text()
    _keyboard_in(qtbot, field, "Ctrl+A")
    qtbot.keyClicks(field, "12/31/1999")
    assert field.date() == QDate(1999, 12, 31), field.lineEdit().text()


def test_an_optional_date_typed_over_a_date_set(qtbot) -> None:
    field = _shown(qtbot, OptionalDateField("Review by", "2027-03-04"))
    _keyboard_in(qtbot, field, "click at the start")
    qtbot.keyClicks(field, "02/01/2027")
    assert field.text() == "2027-02-01", field.lineEdit().text()


@pytest.mark.parametrize("how", ["click at the start", "Home", "Ctrl+A"])
def test_a_day_that_does_not_exist_stays_not_whole(qtbot, how: str) -> None:
    """February 30 typed over a date: Qt takes the 3 as the day and the 0 into the year; what
    follows must not be taken for a new year (02/03/2000, a day nobody typed): the date stays
    not whole, for the form to say so."""
    field = _shown(qtbot, date_picker("Date of birth", QDate(2026, 12, 4)))
    _keyboard_in(qtbot, field, how)
    qtbot.keyClicks(field, "02/30/2000")
    assert not field.hasAcceptableInput(), field.lineEdit().text()
    assert field.half_typed()
