"""A date field already open follows a date format changed in Settings (found in the real app: a
note's session date went on reading 12/04/2026, month first, after the practice was made
Mexico's, until the note was opened again). A whole date is shown again in the new format, the
same day; a date half-typed, or typed but not existing, stays as typed until it is whole."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, QTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDateEdit

from tests.gui.conftest import wait_ops
from tests.gui.date_forms import form_with_a_date
from tests.gui.test_chart import add_client
from vault_app.gui import dates
from vault_app.gui.controller import AppController
from vault_app.gui.date_field import DateField, unfinished_date
from vault_app.gui.optional_date_field import OptionalDateField
from vault_app.gui.time_field import TimeField
from vault_app.services import practice

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _us_then_default() -> Iterator[None]:
    dates.set_practice_locale("en_US")
    yield
    dates.set_practice_locale(None)


def _type(field: DateField, qtbot, keys: str) -> None:  # type: ignore[no-untyped-def]
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=10_000)
    field.setSelectedSection(field.sectionAt(0))
    QTest.keyClicks(field, keys)


def test_a_whole_date_is_shown_again_in_the_new_format(qtbot) -> None:  # type: ignore[no-untyped-def]
    _dialog, field, _after, _saved = form_with_a_date(qtbot, "Date received", QDate(2026, 12, 4))
    changed: list[QDate] = []
    field.dateChanged.connect(changed.append)
    assert field.lineEdit().text() == "12/04/2026"
    dates.set_practice_locale("de_DE")
    assert (field.displayFormat(), field.lineEdit().text()) == ("dd.MM.yyyy", "04.12.2026")
    assert field.date() == QDate(2026, 12, 4) and changed == []  # the same day, nothing to act on
    dates.set_practice_locale("es_MX")
    assert field.lineEdit().text() == "04/12/2026"
    # Typed in the new order, it is read in it.
    _type(field, qtbot, "23/04/2026")
    assert field.date() == QDate(2026, 4, 23) and not field.half_typed()


def test_a_half_typed_date_stays_as_typed_and_takes_the_new_format_once_whole(qtbot) -> None:  # type: ignore[no-untyped-def]
    _dialog, field, after, saved = form_with_a_date(qtbot, "Date received", QDate(2026, 12, 4))
    _type(field, qtbot, "11/2")
    typed = field.lineEdit().text()
    assert not field.hasAcceptableInput(), typed
    dates.set_practice_locale("es_MX")
    assert field.lineEdit().text() == typed  # nothing typed lost, nothing moved under the keys
    assert field.displayFormat() == "MM/dd/yyyy"
    QTest.keyClicks(field, "0/2026")  # finished in the order it was begun in
    assert field.date() == QDate(2026, 11, 20)
    after.setFocus()  # left, whole: now in the practice's new format
    qtbot.waitUntil(lambda: QApplication.focusWidget() is after, timeout=10_000)
    assert (field.displayFormat(), field.lineEdit().text()) == ("dd/MM/yyyy", "20/11/2026")
    assert field.date() == QDate(2026, 11, 20) and not field.half_typed()
    assert not unfinished_date(field) and saved == []


def test_a_date_that_does_not_exist_stays_as_typed_and_said(qtbot) -> None:  # type: ignore[no-untyped-def]
    _dialog, field, after, _saved = form_with_a_date(qtbot, "Date of birth", QDate(2026, 12, 4))
    _type(field, qtbot, "04/31/2001")
    assert field.no_such_date() == "04/31/2001"
    dates.set_practice_locale("es_MX")
    assert field.lineEdit().text() == "04/31/2001" and field.no_such_date() == "04/31/2001"
    after.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is after, timeout=10_000)
    assert "does not exist: 04/31/2001" in field.problem()
    assert field.lineEdit().text() == "04/31/2001" and unfinished_date(field)
    # Picked from the calendar instead: a whole day, in the new format.
    field.calendarWidget().clicked.emit(QDate(2001, 4, 30))
    field.setDate(QDate(2001, 4, 30))
    assert (field.lineEdit().text(), field.problem()) == ("30/04/2001", "")
    assert not field.half_typed()


def test_an_optional_date_not_set_stays_not_set(qtbot) -> None:  # type: ignore[no-untyped-def]
    unset = OptionalDateField("Authority ends on")
    given = OptionalDateField("Signed on", "2026-12-04")
    for field in (unset, given):
        qtbot.addWidget(field)
    dates.set_practice_locale("es_MX")
    assert unset.text() == "" and QDateEdit.text(unset) == "not set"
    assert given.text() == "2026-12-04" and given.lineEdit().text() == "04/12/2026"


def test_a_note_open_follows_the_format_saved_in_settings(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The whole path: the note editor's session date, then Settings saved with another locale."""
    from vault_app.gui.note_editor import NoteEditor
    from vault_app.gui.settings_dialog import SettingsDialog

    window = unlocked_app.main_window
    assert window is not None
    vault = unlocked_app.vault
    assert vault is not None
    unlocked_app.op(None, lambda v: practice.update(v, locale="en_US")).run()
    wait_ops(qtbot)
    add_client(unlocked_app, qtbot, "Ada Firstperson")
    window.chart.new_note()
    wait_ops(qtbot)
    editor = next(w for w in QApplication.topLevelWidgets() if isinstance(w, NoteEditor) and w.isVisible())
    editor.session_date.setDate(QDate(2026, 12, 4))
    assert editor.session_date.lineEdit().text() == "12/04/2026"

    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    wait_ops(qtbot)
    dialog.locale_box.setCurrentIndex(dialog.locale_box.findData("es_MX"))
    dialog.save()
    wait_ops(qtbot)
    assert not dialog.isVisible() and practice.load(vault).locale == "es_MX"
    assert editor.session_date.lineEdit().text() == "04/12/2026"  # the editor never reopened
    assert editor.session_date.date() == QDate(2026, 12, 4)
    editor.close()
    wait_ops(qtbot)


def test_a_time_field_open_follows_too(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = TimeField(QTime(14, 30), "Start time")
    qtbot.addWidget(field)
    assert field.lineEdit().text() == "2:30 PM"
    dates.set_practice_locale("de_DE")
    assert field.lineEdit().text() == "14:30" and field.time() == QTime(14, 30)
