"""A date whose day the month does not have is refused, not moved to the month's last day.

Found in the real app: "04/31/2001" typed into a client's birth date read 04/30/2001 with no
word, Enter saved it and the Overview showed 04/30/2001 (Qt's date edit moves such a day to
the month's last one while it is typed). The same when the month or the year comes after the
day ("31/04" in day-first formats, "02/29" and then a year that is not a leap year), and a
real date suffered too: "02/29/2024" typed while the field showed a 2026 date read 02/28/2024.
Driven here with real key events on real DateFields, in the practice's formats."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from tests.gui.conftest import unlock, wait_ops
from tests.gui.date_forms import form_with_a_date
from tests.gui.test_chart import add_client
from tests.gui.test_held_dates import FORMS as HELD_FORMS
from tests.gui.test_held_dates import _open as _open_held
from tests.gui.test_held_dates import _reopened
from vault_app.gui import dates
from vault_app.gui.controller import AppController
from vault_app.gui.date_field import DateField, unfinished_date
from vault_app.gui.date_parts import Parts, date_parts, date_text
from vault_app.services import clients

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _back_to_us() -> Iterator[None]:
    yield
    dates.set_practice_locale(None)


@dataclass(frozen=True)
class Typed:
    locale: str
    shown: date  # the field's date before the typing
    keys: str
    meant: date | None  # the date typed, or None: it does not exist
    said: str = ""  # the date typed, as said when it does not exist


CASES = [
    # month first (the US)
    Typed("en_US", date(2026, 12, 4), "04/31/2001", None, "04/31/2001"),
    Typed("en_US", date(2026, 12, 4), "04312001", None, "04/31/2001"),
    Typed("en_US", date(2026, 12, 4), "02/29/2024", date(2024, 2, 29)),  # read 02/28/2024 before
    Typed("en_US", date(2026, 12, 4), "02/29/2000", date(2000, 2, 29)),
    Typed("en_US", date(2026, 12, 4), "02/29/2023", None, "02/29/2023"),
    Typed("en_US", date(2024, 2, 10), "02/29/2023", None, "02/29/2023"),  # the year after the day
    Typed("en_US", date(2026, 12, 4), "02/29/2100", None, "02/29/2100"),
    Typed("en_US", date(2026, 12, 4), "12/31/2001", date(2001, 12, 31)),
    Typed("en_US", date(2026, 12, 4), "04/30/2001", date(2001, 4, 30)),
    Typed("en_US", date(2026, 12, 4), "02/28/2023", date(2023, 2, 28)),
    # day first (the UK): the month and the year come after the day
    Typed("en_GB", date(2026, 12, 4), "31/04/2001", None, "31/04/2001"),
    Typed("en_GB", date(2026, 12, 4), "31042001", None, "31/04/2001"),
    Typed("en_GB", date(2026, 12, 4), "29/02/2024", date(2024, 2, 29)),
    Typed("en_GB", date(2026, 12, 4), "29/02/2023", None, "29/02/2023"),
    Typed("en_GB", date(2026, 12, 4), "31/12/2001", date(2001, 12, 31)),
    Typed("en_GB", date(2026, 12, 4), "30/04/2001", date(2001, 4, 30)),
    Typed("en_GB", date(2024, 2, 10), "29/02/2024", date(2024, 2, 29)),
    # year first (Canada): the day comes last
    Typed("en_CA", date(2026, 12, 4), "2001-04-31", None, "2001-04-31"),
    Typed("en_CA", date(2026, 12, 4), "2024-02-29", date(2024, 2, 29)),
    Typed("en_CA", date(2026, 12, 4), "2023-02-29", None, "2023-02-29"),
    Typed("en_CA", date(2026, 12, 4), "2001-12-31", date(2001, 12, 31)),
    # a separator of two characters (Hungary, Korea): the space after the point skipped a part
    Typed("hu_HU", date(2026, 12, 4), "2024. 02. 29.", date(2024, 2, 29)),
    Typed("hu_HU", date(2026, 12, 4), "2024. 2. 9.", date(2024, 2, 9)),
    Typed("hu_HU", date(2026, 12, 4), "2023. 02. 29.", None, "2023. 02. 29."),
    Typed("ko_KR", date(2026, 12, 4), "2001. 04. 31.", None, "2001. 04. 31."),
]


def _form(qtbot, shown: date) -> tuple[QDialog, DateField, QLineEdit, list[str]]:  # type: ignore[no-untyped-def]
    """A date, a next field and a Save that asks `unfinished_date` first, as every form does."""
    return form_with_a_date(qtbot, "Date of birth", QDate(shown.year, shown.month, shown.day))


def _type(field: DateField, qtbot, keys: str) -> None:  # type: ignore[no-untyped-def]
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=10_000)
    field.setSelectedSection(field.sectionAt(0))
    QTest.keyClicks(field, keys)


@pytest.mark.parametrize("case", CASES, ids=[f"{c.locale}-{c.keys}-from-{c.shown}" for c in CASES])
def test_a_typed_date_is_the_one_typed_or_refused_when_it_does_not_exist(qtbot, case: Typed) -> None:  # type: ignore[no-untyped-def]
    dates.set_practice_locale(case.locale)
    _dialog, field, _after, saved = _form(qtbot, case.shown)
    _type(field, qtbot, case.keys)
    if case.meant is not None:
        assert field.date().toPython() == case.meant, field.lineEdit().text()
        assert not field.half_typed() and field.no_such_date() == ""
        QTest.keyClick(field, Qt.Key.Key_Return)
        assert field.problem() == ""
        assert not unfinished_date(field)
        return
    assert field.no_such_date() == case.said, field.lineEdit().text()
    assert field.half_typed()
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert f"does not exist: {case.said}" in field.problem()
    assert QApplication.focusWidget() is field
    QTest.keyClick(field, Qt.Key.Key_Return)  # again: the date shown is still not the one typed
    assert field.half_typed() and f"does not exist: {case.said}" in field.problem()
    assert unfinished_date(field) and saved == []

    # The whole date typed again, a real one: it goes through and the message goes.
    real = date(int(field.date().year()), field.date().month(), 1)
    _type(field, qtbot, QDate(real.year, real.month, real.day).toString(field.displayFormat()))
    assert field.date().toPython() == real
    assert not field.half_typed() and field.problem() == ""
    assert not unfinished_date(field)


@pytest.mark.parametrize(("locale", "keys", "said"), [("en_US", "04/31/2001", "04/31/2001"),
                                                       ("en_GB", "31/04/2001", "31/04/2001")])
def test_leaving_a_date_that_does_not_exist_says_so_and_a_save_saves_nothing(  # type: ignore[no-untyped-def]
        qtbot, locale: str, keys: str, said: str) -> None:
    dates.set_practice_locale(locale)
    _dialog, field, after, saved = _form(qtbot, date(2026, 12, 4))
    _type(field, qtbot, keys)
    QTest.keyClick(field, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is after, timeout=10_000)
    assert f"does not exist: {said}" in field.problem()
    assert unfinished_date(field) and saved == []
    assert QApplication.focusWidget() is field  # taken back to the date


def test_the_month_typed_under_a_day_it_does_not_have_is_refused(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Only the month changed, on a date shown (01/31/2026): April 31 is not moved to the 30th."""
    dates.set_practice_locale("en_US")
    _dialog, field, _after, _saved = _form(qtbot, date(2026, 1, 31))
    _type(field, qtbot, "04")
    assert field.no_such_date() == "04/31/2026" and field.half_typed()


def test_picking_from_the_calendar_ends_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    dates.set_practice_locale("en_US")
    _dialog, field, _after, _saved = _form(qtbot, date(2026, 12, 4))
    _type(field, qtbot, "04/31/2001")
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert "does not exist" in field.problem()
    picked = QDate(2001, 4, 30)  # the same day Qt shows: picked, it is the one meant
    field.calendarWidget().setSelectedDate(picked)
    field.calendarWidget().clicked.emit(picked)
    assert field.date() == picked and not field.half_typed() and field.problem() == ""


def test_the_message_is_spanish_in_the_spanish_app(qtbot) -> None:  # type: ignore[no-untyped-def]
    from vault_app.gui import i18n

    dates.set_practice_locale("es_MX")
    assert i18n.install("es") == "es"
    try:
        _dialog, field, _after, _saved = _form(qtbot, date(2026, 12, 4))
        _type(field, qtbot, "31/04/2001")
        QTest.keyClick(field, Qt.Key.Key_Return)
        assert field.problem().startswith("La fecha escrita no existe: 31/04/2001")
    finally:
        assert i18n.install("en") == "en"


@pytest.mark.parametrize(("fmt", "text", "parts"), [
    ("MM/dd/yyyy", "04/31/2001", Parts("31", "04", "2001")),
    ("dd/MM/yyyy", "31/04/2001", Parts("31", "04", "2001")),
    ("yyyy-MM-dd", "2001-04-3", Parts("3", "04", "2001")),
    ("yyyy. MM. dd.", "2001. 04. 31.", Parts("31", "04", "2001")),
    ("MM/dd/yyyy", "04/30/2", Parts("30", "04", "2")),
    ("MM/dd/yyyy", "02/03/0000/2000", None),  # garbled: not three parts
    ("MM/dd/yyyy", "not set", None),
])
def test_the_parts_are_read_in_the_formats_order(fmt: str, text: str, parts: Parts | None) -> None:
    assert date_parts(fmt, text) == parts


@pytest.mark.parametrize(("fmt", "said"), [("MM/dd/yyyy", "04/31/2001"), ("dd.MM.yyyy", "31.04.2001"),
                                            ("yyyy-MM-dd", "2001-04-31"), ("d/M/yyyy", "31/4/2001")])
def test_a_date_that_does_not_exist_is_written_in_the_fields_format(fmt: str, said: str) -> None:
    assert date_text(fmt, 2001, 4, 31) == said


def test_client_details_save_no_birth_date_that_does_not_exist(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The form as found: "04/31/2001" and Enter, then Save by click: nothing stored until a
    real date is typed; then Enter saves it."""
    dates.set_practice_locale("en_US")
    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    client_id = add_client(unlocked_app, qtbot)
    dialog = window.chart.overview.edit_details()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    wait_ops(qtbot)
    birth = dialog.date_of_birth
    _type(birth, qtbot, "04/31/2001")
    QTest.keyClick(birth, Qt.Key.Key_Return)
    wait_ops(qtbot)
    assert dialog.isVisible() and "does not exist: 04/31/2001" in birth.problem()
    dialog.save_button.click()
    wait_ops(qtbot)
    assert dialog.isVisible()
    assert clients.get_client(vault, client_id).date_of_birth == date(1980, 2, 3)
    assert QApplication.focusWidget() is birth

    _type(birth, qtbot, "04/30/2001")
    assert birth.problem() == ""
    QTest.keyClick(birth, Qt.Key.Key_Return)
    wait_ops(qtbot)
    assert not dialog.isVisible(), dialog.message.text()
    assert clients.get_client(vault, client_id).date_of_birth == date(2001, 4, 30)


@pytest.mark.parametrize("form", HELD_FORMS, ids=[f.name for f in HELD_FORMS])
def test_a_date_that_does_not_exist_comes_back_so_after_a_lock(unlocked_app: AppController, qtbot, form) -> None:  # type: ignore[no-untyped-def]
    """Held across a lock (gui/held.py), it came back as a date merely "not complete", and a
    second Enter kept the month's last day. It comes back said not to exist, Save held."""
    dates.set_practice_locale("en_US")
    client_id, dialog, field = _open_held(unlocked_app, qtbot, form)
    vault = unlocked_app.vault
    assert vault is not None
    before = form.stored(vault, client_id)
    _type(field, qtbot, "04/31/2001")
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert "does not exist: 04/31/2001" in field.problem()
    unlocked_app.lock("Locked now.")
    wait_ops(qtbot)
    window = unlock(unlocked_app, qtbot)
    again = _reopened(window, type(dialog), qtbot)
    back = getattr(again, form.field)
    assert isinstance(back, DateField)
    assert back.no_such_date() == "04/31/2001" and "does not exist: 04/31/2001" in back.problem()
    assert back.lineEdit().text() == "04/31/2001"  # shown as typed, as before the lock
    QTest.keyClick(back, Qt.Key.Key_Return)
    assert back.half_typed()
    again.save()  # type: ignore[attr-defined]
    wait_ops(qtbot)
    vault = unlocked_app.vault
    assert vault is not None
    assert again.isVisible() and form.stored(vault, client_id) == before
