"""A date that does not exist shows as typed while it is pending. Found in the real app: after
"04/31/2001" the field showed 04/30/2001 (the day Qt holds in its place) and only the message
under it named the date typed, so the field and its message disagreed; a Save would have been
refused for a date the field did not show. The refusal at Save stays."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.gui.test_date_no_such_day import CASES, Typed, _form, _type
from vault_app.gui import dates
from vault_app.gui.date_field import unfinished_date

pytestmark = pytest.mark.gui

NO_SUCH = [c for c in CASES if c.meant is None]


@pytest.fixture(autouse=True)
def _back_to_us() -> Iterator[None]:
    yield
    dates.set_practice_locale(None)


@pytest.mark.parametrize("case", NO_SUCH, ids=[f"{c.locale}-{c.keys}-from-{c.shown}" for c in NO_SUCH])
def test_the_field_shows_the_date_typed_until_it_is_fixed(qtbot, case: Typed) -> None:  # type: ignore[no-untyped-def]
    dates.set_practice_locale(case.locale)
    _dialog, field, after, saved = _form(qtbot, case.shown)
    _type(field, qtbot, case.keys)
    assert field.lineEdit().text() == case.said
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert field.lineEdit().text() == case.said and f"does not exist: {case.said}" in field.problem()
    QTest.keyClick(field, Qt.Key.Key_Tab)  # left: still as typed, and said
    qtbot.waitUntil(lambda: QApplication.focusWidget() is after, timeout=10_000)
    assert field.lineEdit().text() == case.said and f"does not exist: {case.said}" in field.problem()
    assert unfinished_date(field) and saved == []  # the Save: refused, the keyboard back
    assert QApplication.focusWidget() is field and field.lineEdit().text() == case.said

    # typed again from its first part: a real date replaces it, as Qt writes it
    real = QDate(field.date().year(), field.date().month(), 1)
    _type(field, qtbot, real.toString(field.displayFormat()))
    assert field.date() == real and field.lineEdit().text() == real.toString(field.displayFormat())
    assert not field.half_typed() and field.problem() == ""


def test_the_month_typed_into_the_date_shown_keeps_the_day_typed(qtbot) -> None:  # type: ignore[no-untyped-def]
    """From 04/31/2001 shown, the month typed again (05): 05/31/2001, the day typed, a real date."""
    dates.set_practice_locale("en_US")
    _dialog, field, _after, _saved = _form(qtbot, date(2026, 12, 4))
    _type(field, qtbot, "04/31/2001")
    _type(field, qtbot, "05")
    assert field.date() == QDate(2001, 5, 31) and field.lineEdit().text() == "05/31/2001"
    assert not field.half_typed()


def test_the_day_picked_or_set_replaces_the_date_typed(qtbot) -> None:  # type: ignore[no-untyped-def]
    dates.set_practice_locale("en_US")
    _dialog, field, _after, _saved = _form(qtbot, date(2026, 12, 4))
    _type(field, qtbot, "04/31/2001")
    picked = QDate(2001, 4, 30)  # the day Qt holds: picked, it is the one meant, and shown
    field.calendarWidget().setSelectedDate(picked)
    field.calendarWidget().clicked.emit(picked)
    assert field.lineEdit().text() == "04/30/2001" and not field.half_typed()
    _type(field, qtbot, "04/31/2001")
    field.setDate(QDate(2001, 4, 30))  # set by the form (the same date Qt holds)
    assert field.lineEdit().text() == "04/30/2001" and not field.half_typed()
