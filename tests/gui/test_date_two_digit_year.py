"""Two-digit years: "5/3/85" typed as a client's date of birth is May 3, 1985, said back in full
(the field shows 05/03/1985 and says "85 read as 1985") once the keyboard leaves the field or Enter
is pressed; never a day after today ("12/25/26" typed on 12/06/2026 is 1926). Other dates keep
refusing them, now saying why: 85 could be 1985 or 2085. Found: the new-client form refused
"5/3/85" as "not complete". Real Qt widgets (offscreen), real vault; English and Spanish."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout

from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.date_field import DateField, date_picker, unfinished_date
from vault_app.gui.date_parts import birth_year
from vault_app.gui.optional_date_field import OptionalDateField
from vault_app.services import clients

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("us_practice")]

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(("typed", "month", "day", "year"), [
    ("85", 5, 3, 1985),
    ("25", 5, 3, 2025),  # a young child's: this century
    ("05", 5, 3, 2005),
    ("00", 5, 3, 2000),
    ("26", 12, 6, 2026),  # today: not in the future
    ("26", 12, 7, 1926),  # tomorrow this century: the century before
    ("99", 12, 31, 1999),
    ("28", 2, 29, 1928),  # 2028's is in the future; 1928 was a leap year
    ("27", 2, 29, None),  # no February 29 in 2027 nor 1927
    ("5", 5, 3, None),  # one digit: not read
    ("985", 5, 3, None),
])
def test_the_year_of_a_birth_date_typed_with_two_digits(typed: str, month: int, day: int,
                                                        year: int | None) -> None:
    assert birth_year(typed, month, day, TODAY) == year


def _form(qtbot, field: DateField) -> tuple[QDialog, QLineEdit]:  # type: ignore[no-untyped-def]
    """The field and a next one in a dialog (kept by the caller: its widgets go with it)."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    after = QLineEdit()
    layout = QVBoxLayout(dialog)
    layout.addWidget(field)
    layout.addWidget(after)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    field.setFocus()
    return dialog, after


@pytest.mark.parametrize(("lang", "typed", "shown", "said"), [
    ("en", "5/3/85", "05/03/1985", "85 read as 1985"),
    ("en", "050385", "05/03/1985", "85 read as 1985"),
    ("en", "5/3/05", "05/03/2005", "05 read as 2005"),
    ("en", "5/3/00", "05/03/2000", "00 read as 2000"),
    ("es", "3/5/85", "03/05/1985", "85 se leyó como 1985"),  # es_US: day first
])
def test_a_birth_date_takes_a_two_digit_year_and_says_it_in_full(
        lang: str, typed: str, shown: str, said: str, qtbot, request: pytest.FixtureRequest) -> None:  # type: ignore[no-untyped-def]
    if lang == "es":
        request.getfixturevalue("spanish")
        from vault_app.gui import dates

        dates.set_practice_locale("es_US")
    field = OptionalDateField("Date of birth", birth=True)
    _dialog, after = _form(qtbot, field)
    qtbot.keyClicks(field, typed)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert after.hasFocus()
    assert field.lineEdit().text() == shown
    assert field.text() == QDate.fromString(shown, "MM/dd/yyyy" if lang == "en" else "dd/MM/yyyy").toString(
        "yyyy-MM-dd")
    assert not field.half_typed() and field.problem() == ""
    assert said in field.read_as()


def test_a_birth_date_is_never_read_in_the_future(qtbot) -> None:  # type: ignore[no-untyped-def]
    tomorrow = date.today() + timedelta(days=1)
    field = OptionalDateField("Date of birth", birth=True)
    _dialog, _after = _form(qtbot, field)
    qtbot.keyClicks(field, f"{tomorrow:%m/%d/%y}")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.text() == tomorrow.replace(year=tomorrow.year - 100).isoformat()
    assert f"{tomorrow:%y} read as {tomorrow.year - 100}" in field.read_as()


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "85 could be 1985 or 2085"),
    ("es", "85 podría ser 1985 o 2085"),
])
def test_other_dates_still_refuse_two_digit_years_and_say_why(lang: str, said: str, qtbot,  # type: ignore[no-untyped-def]
                                                              request: pytest.FixtureRequest) -> None:
    if lang == "es":
        request.getfixturevalue("spanish")
    field = date_picker("Session date", QDate(2026, 12, 1))
    _dialog, _after = _form(qtbot, field)
    qtbot.keyClicks(field, "05/03/85")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert field.half_typed() and said in field.problem()
    assert unfinished_date(field)  # a Save is held


def test_the_new_client_form_saves_a_birth_date_typed_with_two_digits(
        unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    from vault_app.gui.client_dialog import ClientDialog

    window = unlocked_app.main_window
    assert window is not None
    window.client_list.new_client()
    dialog = next(d for d in window.findChildren(ClientDialog) if d.isVisible())
    dialog.legal_name.setText("Ann Twodigit")
    dialog.date_of_birth.setFocus()
    qtbot.keyClicks(dialog.date_of_birth, "5/3/85")
    dialog.save_button.click()
    wait_ops(qtbot)
    got: list[list[date | None]] = []
    unlocked_app.op(None, lambda v: [c.date_of_birth for c in clients.list_clients(v)
                                     if c.legal_name == "Ann Twodigit"]).success(got.append).run()
    wait_ops(qtbot)
    assert got == [[date(1985, 5, 3)]]


def test_enter_on_a_two_digit_year_shows_the_year_first_and_the_next_enter_saves(
        unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Found in the real app: Enter on "5/3/85" created the chart at once, the full year said
    only under the field of a form already gone. The first Enter writes 1985 in the field and
    stays; the therapist sees it, and the next Enter saves, as with any whole date."""
    from vault_app.gui.client_dialog import ClientDialog

    window = unlocked_app.main_window
    assert window is not None
    window.client_list.new_client()
    dialog = next(d for d in window.findChildren(ClientDialog) if d.isVisible())
    dialog.legal_name.setText("Bea Twoenter")
    dialog.date_of_birth.setFocus()
    qtbot.keyClicks(dialog.date_of_birth, "5/3/85")
    qtbot.keyClick(dialog.date_of_birth, Qt.Key.Key_Return)
    wait_ops(qtbot)
    assert dialog.isVisible(), "the first Enter only completes the year"
    assert dialog.date_of_birth.lineEdit().text() == "05/03/1985"
    assert "85 read as 1985" in dialog.date_of_birth.read_as()
    assert dialog.focusWidget() in (dialog.date_of_birth, dialog.date_of_birth.lineEdit())
    qtbot.keyClick(dialog.date_of_birth, Qt.Key.Key_Return)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    got: list[list[date | None]] = []
    unlocked_app.op(None, lambda v: [c.date_of_birth for c in clients.list_clients(v)
                                     if c.legal_name == "Bea Twoenter"]).success(got.append).run()
    wait_ops(qtbot)
    assert got == [[date(1985, 5, 3)]]
