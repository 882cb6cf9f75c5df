"""A time with an hour or minute no time has is shown as typed, not as the time Qt put in its
place ("24:00" read 2:00 AM under a message quoting 24:00, found in the real app), and a day
of 40 and up, a month of 20 and up or one typed with three digits is said as 32 to 39 are
("12/40/2026" ended as Qt's garbled "12/04/0000/2026" with "not complete", "12/320/2026" was
saved as 12/30/2026 and "2026-12-45" as 2026-12-05, without a word). Real widgets, real key
events, the practice's formats."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from tests.gui.date_forms import form_with_a_date
from vault_app.gui import dates
from vault_app.gui.date_field import DateField, TimeField, unfinished_date

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _back_to_us() -> Iterator[None]:
    yield
    dates.set_practice_locale(None)


def _type(field: DateField | TimeField, qtbot, keys: str) -> None:  # type: ignore[no-untyped-def]
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=10_000)
    field.setCurrentSectionIndex(0)
    field.setSelectedSection(field.sectionAt(0))
    QTest.keyClicks(field, keys)


def _time_form(qtbot) -> tuple[QWidget, TimeField, QLineEdit]:  # type: ignore[no-untyped-def]
    form = QWidget()
    qtbot.addWidget(form)
    field = TimeField(QTime(9, 0), "Start time")
    after = QLineEdit()
    layout = QVBoxLayout(form)
    layout.addWidget(field)
    layout.addWidget(after)
    form.show()
    qtbot.waitExposed(form)
    return form, field, after


@pytest.mark.parametrize(("locale", "keys", "shown", "said"), [
    ("en_US", "24:00", "24:00", "24:00 is not a time"),
    ("en_US", "25:10", "25:10", "25:10 is not a time"),
    ("en_US", "2:60 PM", "2:60 PM", "2:60 is not a time"),
    ("de_DE", "24:00", "24:00", "24:00 is not a time"),
    ("de_DE", "10:60", "10:60", "10:60 is not a time"),
])
def test_a_time_no_clock_has_is_shown_as_typed_until_fixed(  # type: ignore[no-untyped-def]
        qtbot, locale: str, keys: str, shown: str, said: str) -> None:
    dates.set_practice_locale(locale)
    _form, field, after = _time_form(qtbot)
    _type(field, qtbot, keys)
    assert field.lineEdit().text() == shown  # not 2:00 AM, 10:06
    assert field.problem().startswith(said) and field.half_typed()
    QTest.keyClick(field, Qt.Key.Key_Return)  # Enter takes nothing
    assert field.lineEdit().text() == shown and field.half_typed()
    QTest.keyClick(field, Qt.Key.Key_Tab)  # nor does leaving
    qtbot.waitUntil(lambda: QApplication.focusWidget() is after, timeout=10_000)
    assert field.lineEdit().text() == shown and field.problem().startswith(said) and field.half_typed()
    # typed again: that time, shown as the practice writes it, and the message goes
    whole = "10:30 AM" if "AP" in field.displayFormat() else "10:30"
    _type(field, qtbot, whole)
    assert field.time() == QTime(10, 30) and field.lineEdit().text() == whole
    assert not field.half_typed() and field.problem() == ""


def test_a_time_shown_as_typed_goes_with_the_arrow_keys_or_a_time_set(qtbot) -> None:  # type: ignore[no-untyped-def]
    dates.set_practice_locale("de_DE")
    _form, field, _after = _time_form(qtbot)
    _type(field, qtbot, "24:00")
    assert field.lineEdit().text() == "24:00"
    field.setCurrentSectionIndex(0)
    QTest.keyClick(field, Qt.Key.Key_Up)
    assert field.lineEdit().text() == "03:00" and not field.half_typed() and field.problem() == ""
    _type(field, qtbot, "10:60")
    assert field.lineEdit().text() == "10:60"
    field.setTime(QTime(11, 15))  # the form sets another
    assert field.lineEdit().text() == "11:15" and not field.half_typed()


@pytest.mark.parametrize(("locale", "keys", "said_first", "swapped"), [
    ("en_US", "12/40/2026", "There is no day 40: dates here are written month/day/year.", ""),
    ("en_US", "12/99/2026", "There is no day 99", ""),
    ("en_US", "25/12/2026", "There is no month 25: dates here are written month/day/year.",
     "(12/25/2026 would be December 25.)"),
    ("en_US", "12/320/2026", "There is no day 320", ""),
    ("es_MX", "40/12/2026", "There is no day 40: dates here are written day/month/year.", ""),
    ("es_MX", "12/25/2026", "There is no month 25", "(25/12/2026 would be December 25.)"),
    ("es_MX", "12/130/2026", "There is no month 130", ""),
    ("en_CA", "2026-12-45", "There is no day 45: dates here are written year-month-day.", ""),
    ("en_CA", "2026-25-12", "There is no month 25", "(2026-12-25 would be December 25.)"),
])
def test_a_day_of_40_or_a_month_of_20_and_up_is_said_as_typed(  # type: ignore[no-untyped-def]
        qtbot, locale: str, keys: str, said_first: str, swapped: str) -> None:
    dates.set_practice_locale(locale)
    _dialog, field, after, saved = form_with_a_date(qtbot, "Date", QDate(2026, 12, 4))
    _type(field, qtbot, keys)
    assert field.lineEdit().text() == keys  # as typed, not Qt's garbled half date nor another day
    assert field.problem().startswith(said_first), field.problem()
    assert field.problem().endswith(swapped)
    assert field.half_typed()
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert field.lineEdit().text() == keys and said_first in field.problem()
    QTest.keyClick(field, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is after, timeout=10_000)
    assert field.lineEdit().text() == keys and said_first in field.problem()
    assert unfinished_date(field) and saved == []
    _type(field, qtbot, QDate(2026, 12, 25).toString(field.displayFormat()))
    assert field.date() == QDate(2026, 12, 25) and not field.half_typed() and field.problem() == ""


@pytest.mark.parametrize(("locale", "keys", "meant"), [
    ("en_US", "1/4/2026", QDate(2026, 1, 4)),
    ("en_US", "12/4/2026", QDate(2026, 12, 4)),
    ("en_US", "4/30/2026", QDate(2026, 4, 30)),
    ("en_US", "12/31/2026", QDate(2026, 12, 31)),
    ("es_MX", "4/5/2026", QDate(2026, 5, 4)),
    ("en_CA", "2026-4-5", QDate(2026, 4, 5)),
])
def test_a_part_of_one_digit_followed_by_its_separator_is_still_that_day(  # type: ignore[no-untyped-def]
        qtbot, locale: str, keys: str, meant: QDate) -> None:
    dates.set_practice_locale(locale)
    _dialog, field, _after, _saved = form_with_a_date(qtbot, "Date", QDate(2026, 12, 4))
    _type(field, qtbot, keys)
    assert field.date() == meant and not field.half_typed() and field.problem() == ""


def test_a_day_of_one_digit_left_and_come_back_to_is_typed_over(qtbot) -> None:  # type: ignore[no-untyped-def]
    """"12/4" and Tab: the 4 was the whole day; a date typed on coming back is that date, its
    first digit not taken for the day's second."""
    dates.set_practice_locale("en_US")
    _dialog, field, after, _saved = form_with_a_date(qtbot, "Date", QDate(2026, 12, 9))
    _type(field, qtbot, "12/4")
    QTest.keyClick(field, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is after, timeout=10_000)
    assert field.date() == QDate(2026, 12, 4) and field.problem() == ""
    QTest.keyClick(after, Qt.Key.Key_Backtab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=10_000)
    QTest.keyClicks(field, "11/20/2026")
    assert field.date() == QDate(2026, 11, 20) and not field.half_typed() and field.problem() == ""
