"""A month, day, hour or minute no date or time has is kept as typed and said, never turned
into another one (found in the real app: "13/12/2026" typed in a month-first practice read
01/12/2026 and booked an appointment eleven months back, "24:00" read 2:00 AM, "0" minutes in a
progress note's duration read 53). Real widgets, real key events, the practice's formats."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from tests.gui.conftest import wait_ops
from tests.gui.date_forms import form_with_a_date
from tests.gui.test_agenda_keyboard import _open_agenda
from tests.gui.test_appointment_typing import _new_dialog
from tests.gui.test_chart import add_client
from tests.gui.test_held_dates import FORMS as DATE_FORMS
from tests.gui.test_held_dates import _open as open_form
from vault_app.gui import dates
from vault_app.gui.controller import AppController
from vault_app.gui.date_field import DateField, TimeField, unfinished_date
from vault_app.gui.number_field import MINUTES, TypedNumber, refused_number, said
from vault_app.services import appointments

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


@pytest.mark.parametrize(("locale", "keys", "said_first", "order", "swapped"), [
    ("en_US", "13/12/2026", "There is no month 13", "month/day/year", "(12/13/2026 would be December 13.)"),
    ("en_US", "12/32/2026", "There is no day 32", "month/day/year", ""),
    ("en_US", "00/12/2026", "There is no month 00", "month/day/year", ""),
    ("es_MX", "12/13/2026", "There is no month 13", "day/month/year", "(13/12/2026 would be December 13.)"),
    ("es_MX", "32/12/2026", "There is no day 32", "day/month/year", ""),
    ("en_CA", "2026-13-12", "There is no month 13", "year-month-day", "(2026-12-13 would be December 13.)"),
])
def test_a_part_no_date_has_is_kept_said_and_never_saved(  # type: ignore[no-untyped-def]
        qtbot, locale: str, keys: str, said_first: str, order: str, swapped: str) -> None:
    dates.set_practice_locale(locale)
    _dialog, field, after, saved = form_with_a_date(qtbot, "Date", QDate(2026, 12, 4))
    _type(field, qtbot, keys)
    assert field.lineEdit().text() == keys  # as typed, not 01/12/2026
    said = field.problem()
    assert said.startswith(f"{said_first}: dates here are written {order}."), said
    assert said.endswith(swapped)
    assert field.half_typed()
    unfinished: list[bool] = []
    field.unfinished.connect(lambda: unfinished.append(True))
    QTest.keyClick(field, Qt.Key.Key_Return)  # Enter takes nothing
    assert unfinished and field.lineEdit().text() == keys and said_first in field.problem()
    QTest.keyClick(field, Qt.Key.Key_Tab)  # nor does leaving
    qtbot.waitUntil(lambda: QApplication.focusWidget() is after, timeout=10_000)
    assert field.lineEdit().text() == keys and said_first in field.problem()
    assert unfinished_date(field) and saved == []
    assert QApplication.focusWidget() is field
    # typed again in the practice's order, it is that date and the message goes
    _type(field, qtbot, QDate(2026, 12, 13).toString(field.displayFormat()))
    assert field.date() == QDate(2026, 12, 13)
    assert not field.half_typed() and field.problem() == ""
    assert not unfinished_date(field)


def test_the_arrow_keys_or_the_calendar_end_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    dates.set_practice_locale("en_US")
    _dialog, field, _after, _saved = form_with_a_date(qtbot, "Date", QDate(2026, 12, 4))
    _type(field, qtbot, "13/12/2026")
    assert field.half_typed()
    picked = QDate(2026, 12, 13)
    field.calendarWidget().setSelectedDate(picked)
    field.calendarWidget().clicked.emit(picked)
    assert field.date() == picked and not field.half_typed() and field.problem() == ""
    _type(field, qtbot, "13/12/2026")
    field.setCurrentSectionIndex(0)
    QTest.keyClick(field, Qt.Key.Key_Up)
    assert not field.half_typed() and field.problem() == ""


def test_the_message_is_spanish_in_the_spanish_app(qtbot) -> None:  # type: ignore[no-untyped-def]
    from vault_app.gui import i18n

    dates.set_practice_locale("es_MX")
    assert i18n.install("es") == "es"
    try:
        _dialog, field, _after, _saved = form_with_a_date(qtbot, "Fecha", QDate(2026, 12, 4))
        _type(field, qtbot, "12/13/2026")
        assert field.problem() == ("No existe el mes 13: aquí las fechas se escriben día/mes/año. "
                                   "(13/12/2026 sería el 13 de diciembre).")
        time_field = TimeField(QTime(9, 0), "Hora")
        qtbot.addWidget(time_field)
        time_field.show()
        _type(time_field, qtbot, "24:00")
        assert time_field.problem().startswith("24:00 no es una hora: para medianoche escriba 12:00")
    finally:
        assert i18n.install("en") == "en"


@pytest.mark.parametrize("form", DATE_FORMS, ids=[f.name for f in DATE_FORMS])
def test_every_form_with_a_date_saves_no_month_13(unlocked_app: AppController, qtbot, form) -> None:  # type: ignore[no-untyped-def]
    dates.set_practice_locale("en_US")
    client_id, dialog, field = open_form(unlocked_app, qtbot, form)
    vault = unlocked_app.vault
    assert vault is not None
    before = form.stored(vault, client_id)
    _type(field, qtbot, "13/12/2025")
    dialog.save()  # type: ignore[attr-defined]
    wait_ops(qtbot)
    assert dialog.isVisible() and form.stored(vault, client_id) == before
    assert "There is no month 13" in field.problem() and field.lineEdit().text() == "13/12/2025"


@pytest.mark.parametrize(("locale", "keys", "meant", "said"), [
    ("en_US", "24:00", None, "24:00 is not a time: for midnight write 12:00 AM."),
    ("en_US", "25:10", None, "25:10 is not a time: the hours go from 00 to 23."),
    ("en_US", "2:60 PM", None, "2:60 is not a time: the minutes go from 00 to 59."),
    ("en_US", "20:15", QTime(20, 15), ""),  # 8:15 PM, not 2:15 AM
    ("en_US", "23:05", QTime(23, 5), ""),
    ("en_US", "2:06 PM", QTime(14, 6), ""),
    ("es_MX", "24:00", None, "24:00 is not a time: for midnight write 12:00 a.m."),
    ("de_DE", "24:00", None, "24:00 is not a time: for midnight write 00:00."),
    ("de_DE", "10:60", None, "10:60 is not a time: the minutes go from 00 to 59."),
    ("de_DE", "10:06", QTime(10, 6), ""),
])
def test_an_hour_or_minute_no_time_has_is_said_and_held(  # type: ignore[no-untyped-def]
        qtbot, locale: str, keys: str, meant: QTime | None, said: str) -> None:
    dates.set_practice_locale(locale)
    field = TimeField(QTime(9, 0), "Start time")
    qtbot.addWidget(field)
    field.show()
    unfinished: list[bool] = []
    field.unfinished.connect(lambda: unfinished.append(True))
    _type(field, qtbot, keys)
    if meant is not None:
        assert field.time() == meant and not field.half_typed() and field.problem() == ""
        return
    assert field.problem().lower() == said.lower(), field.problem()
    assert field.half_typed()
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert unfinished and field.half_typed()
    _type(field, qtbot, "10:30" if "AP" not in field.displayFormat() else "10:30 AM")
    assert field.time() == QTime(10, 30) and not field.half_typed() and field.problem() == ""


def test_the_appointment_form_books_no_month_13_and_asks_before_the_past(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot) -> None:
    dates.set_practice_locale("en_US")
    client_id = add_client(unlocked_app, qtbot, name="Tomasa Daymonth")
    vault = unlocked_app.vault
    assert vault is not None
    agenda = _open_agenda(unlocked_app, qtbot)
    dialog = _new_dialog(agenda, qtbot)
    qtbot.keyClick(dialog.client, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # Alt+D: Date
    past = date.today() - timedelta(days=3)
    typed_wrong = f"{past.day + 12 if past.day <= 19 else 13:02d}/{past.month:02d}/{past.year}"
    QTest.keyClicks(dialog.date, typed_wrong)
    qtbot.keyClick(dialog.date, Qt.Key.Key_Return)
    wait_ops(qtbot)
    assert dialog.isVisible() and appointments.list_for_client(vault, client_id) == []
    assert "There is no month" in dialog.date.problem()
    # a day in the past, typed whole: asked once, Cancel (the default) books nothing
    shown = QDate(past.year, past.month, past.day).toString(dialog.date.displayFormat())
    dialog.date.setFocus()
    dialog.date.setSelectedSection(dialog.date.sectionAt(0))
    QTest.keyClicks(dialog.date, shown)
    assert not dialog.date.half_typed()
    qtbot.keyClick(dialog.date, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: getattr(dialog, "past_box", None) is not None and dialog.past_box.isVisible(),
                    timeout=10_000)
    box = dialog.past_box
    assert box.text() == f"{shown} is in the past: book it anyway?"
    box.reject()
    wait_ops(qtbot)
    assert dialog.isVisible() and appointments.list_for_client(vault, client_id) == []
    # asked again, and booked when the answer is yes
    dialog.save()
    qtbot.waitUntil(lambda: dialog.past_box is not box and dialog.past_box.isVisible(), timeout=10_000)
    (book,) = [b for b in dialog.past_box.buttons() if b.text().replace("&", "") == "Book it anyway"]
    book.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    (made,) = appointments.list_for_client(vault, client_id)
    assert made.date == past


def test_the_appointment_form_books_no_24_00(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    dates.set_practice_locale("en_US")
    client_id = add_client(unlocked_app, qtbot, name="Ulises Midnight")
    vault = unlocked_app.vault
    assert vault is not None
    agenda = _open_agenda(unlocked_app, qtbot)
    dialog = _new_dialog(agenda, qtbot)
    qtbot.keyClick(dialog.client, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # Alt+T: Start
    QTest.keyClicks(dialog.start, "24:00")
    qtbot.keyClick(dialog.start, Qt.Key.Key_Return)
    dialog.save()
    wait_ops(qtbot)
    assert dialog.isVisible() and appointments.list_for_client(vault, client_id) == []
    assert dialog.start.problem().startswith("24:00 is not a time")
    _type(dialog.start, qtbot, "12:00 AM")
    assert dialog.start.time() == QTime(0, 0) and not dialog.start.half_typed()


@pytest.mark.parametrize("typed", ["0", "601", ""])
def test_a_number_typed_out_of_range_is_kept_and_said_with_its_range(qtbot, typed: str) -> None:  # type: ignore[no-untyped-def]
    field = TypedNumber(1, 600, 53, range_said=said(MINUTES))
    field.setSuffix(" min")
    qtbot.addWidget(field)
    field.show()
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=10_000)
    field.lineEdit().selectAll()
    QTest.keyClick(field, Qt.Key.Key_Backspace)
    QTest.keyClicks(field, typed)
    field.clearFocus()  # left: Qt put 53 back here
    assert field.cleanText() == typed
    assert field.problem_text() == "The number typed is out of range: type from 1 to 600 minutes."
    assert refused_number(field)
    assert QApplication.focusWidget() is field and field.cleanText() == typed
    field.lineEdit().selectAll()
    QTest.keyClicks(field, "45")
    assert not refused_number(field) and field.value() == 45 and field.problem_text() == ""


def test_a_progress_notes_duration_of_0_is_not_signed_as_53(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    from vault_app.gui.note_progress_fields import ProgressFields
    from vault_app.gui.progress_signing import ready_to_sign

    fields = ProgressFields(lambda *_a: None)
    qtbot.addWidget(fields.session_box)
    fields.session_box.show()
    assert isinstance(fields.duration, TypedNumber)
    fields.duration.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is fields.duration, timeout=10_000)
    fields.duration.lineEdit().selectAll()
    QTest.keyClicks(fields.duration, "0")
    QTest.keyClick(fields.duration, Qt.Key.Key_Tab)  # left: Qt put 53 back here
    assert not ready_to_sign(fields, QLabel())
    assert fields.duration.cleanText() == "0" and "from 1 to 600 minutes" in fields.duration.problem_text()
    assert QApplication.focusWidget() is fields.duration
