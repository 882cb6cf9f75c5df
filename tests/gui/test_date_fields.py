"""Issue 17 item 9: no form takes a date typed as YYYY-MM-DD into a line edit. Each dialog
that did (new client, client details, guardians, treatment plan, the export's legal
basis, a revocation) now has calendar date fields in the practice's format, and a date
typed or picked there is what the vault stores."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QLineEdit, QWidget

from tests import source_trees
from tests.core.disclosure_fixtures import add_auth
from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui import dates
from vault_app.gui.controller import AppController
from vault_app.gui.date_field import DateField
from vault_app.gui.optional_date_field import NOT_SET, OptionalDateField
from vault_app.services import authorizations, clients, plans

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("us_practice")]

GUI = Path(__file__).resolve().parents[2] / "vault_app" / "gui"


def _assert_no_line_edit_takes_a_date(dialog: QWidget) -> None:
    """Every date is a calendar field in the practice's format; no free line edit is labelled
    as a date (the line edits inside the date fields themselves are Qt's, section-checked)."""
    fields = dialog.findChildren(DateField)
    assert fields, "the dialog has no date field"
    assert all(f.calendarPopup() and f.displayFormat() == "MM/dd/yyyy" for f in fields)
    inside = {id(e) for f in dialog.findChildren(QDateEdit) for e in f.findChildren(QLineEdit)}
    for edit in dialog.findChildren(QLineEdit):
        if id(edit) in inside:
            continue
        said = f"{edit.accessibleName()} {edit.placeholderText()}".lower()
        assert "date" not in said and "yyyy" not in said, said


def _type(field: QDateEdit, qtbot: object, text: str) -> None:
    field.setFocus()
    qtbot.keyClicks(field, text)  # type: ignore[attr-defined]


def test_typing_a_us_date_in_an_empty_field_gives_the_iso_date(qtbot) -> None:
    field = OptionalDateField("Date of birth")
    qtbot.addWidget(field)
    field.show()
    for typed in ("02/03/1980", "02031980", "2/3/1980"):
        field.clear()
        _type(field, qtbot, typed)
        assert field.text() == "1980-02-03", typed
        assert QDateEdit.text(field) == "02/03/1980"  # what the therapist reads
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)  # all of it erased: back to "not set"
    assert field.text() == "" and field.date() == NOT_SET
    assert QDateEdit.text(field) == "not set"


def test_a_separator_typed_with_shift_lands_in_its_part(qtbot) -> None:
    """"/" is Shift+7 on a German keyboard: the Shift pressed alone before it made the field
    forget that Qt had moved on to the day by itself, and "02/03/1980" read 02/04/00003/1980."""
    from PySide6.QtTest import QTest

    field = OptionalDateField("Date of birth")
    qtbot.addWidget(field)
    field.show()
    field.setFocus()
    for key in "02/03/1980":
        if key == "/":
            QTest.keyPress(field, Qt.Key.Key_Shift)
            QTest.keyClick(field, key, Qt.KeyboardModifier.ShiftModifier)
            QTest.keyRelease(field, Qt.Key.Key_Shift)
        else:
            QTest.keyClick(field, key)
    assert field.text() == "1980-02-03", QDateEdit.text(field)


def test_a_mexican_practice_types_and_reads_day_first(qtbot) -> None:
    dates.set_practice_locale("es_MX")
    field = OptionalDateField("Fecha")
    qtbot.addWidget(field)
    field.show()
    _type(field, qtbot, "03/02/1980")
    assert field.text() == "1980-02-03"
    assert QDateEdit.text(field) == "03/02/1980"


def test_new_client_date_of_birth_typed_is_saved(unlocked_app: AppController, qtbot) -> None:
    from vault_app.gui.client_dialog import ClientDialog

    window = unlocked_app.main_window
    assert window is not None
    window.client_list.new_client()
    dialog = window.findChild(ClientDialog)
    assert dialog is not None
    _assert_no_line_edit_takes_a_date(dialog)
    assert dialog.date_of_birth.text() == ""  # not given until the therapist gives it
    dialog.legal_name.setText("Ada Testperson")
    _type(dialog.date_of_birth, qtbot, "02/03/1980")
    qtbot.keyClick(dialog.date_of_birth, Qt.Key.Key_Return)  # Return saves, as from any field of the form
    wait_ops(qtbot)
    assert not dialog.isVisible(), dialog.message.text()
    vault = unlocked_app.vault
    assert vault is not None
    (client,) = clients.list_clients(vault)
    assert client.date_of_birth == date(1980, 2, 3)


def test_client_details_consent_dates_picked_are_saved(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    client_id = add_client(unlocked_app, qtbot)
    dialog = window.chart.overview.edit_details()
    assert dialog is not None
    _assert_no_line_edit_takes_a_date(dialog)
    assert QDateEdit.text(dialog.date_of_birth) == "02/03/1980"
    # Picked from the calendar: the popup's calendar sets the field.
    dialog.limits_discussed.calendarWidget().setSelectedDate(QDate(2025, 1, 6))
    dialog.limits_discussed.calendarWidget().clicked.emit(QDate(2025, 1, 6))
    _type(dialog.consent_signed, qtbot, "01/07/2025")
    dialog.save()
    wait_ops(qtbot)
    assert not dialog.isVisible(), dialog.message.text()
    vault = unlocked_app.vault
    assert vault is not None
    consent = clients.get_client(vault, client_id).consent
    assert (consent.limits_discussed_on, consent.consent_signed_on) == (date(2025, 1, 6), date(2025, 1, 7))


def test_client_details_future_consent_date_saves_nothing(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    client_id = add_client(unlocked_app, qtbot)
    vault = unlocked_app.vault
    assert vault is not None
    before = clients.get_client(vault, client_id)
    dialog = window.chart.overview.edit_details()
    assert dialog is not None
    dialog.preferred_name.setText("Changed")
    dialog.consent_signed.setDate(QDate.currentDate().addDays(3))
    dialog.save()
    wait_ops(qtbot)
    assert dialog.isVisible() and "future" in dialog.message.text().lower()
    assert clients.get_client(vault, client_id) == before
    dialog.reject()


def test_guardian_authority_dates_are_saved_and_listed_as_the_practice_writes_them(
        unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    client_id = add_client(unlocked_app, qtbot)
    dialog = window.chart.overview.edit_guardians()
    assert dialog is not None
    _assert_no_line_edit_takes_a_date(dialog)
    assert QDateEdit.text(dialog.valid_until) == "open-ended"
    dialog.name.setText("Hazel Testperson")
    dialog.relationship.setText("mother")
    _type(dialog.valid_from, qtbot, "01/15/2020")
    dialog.save()
    wait_ops(qtbot)
    vault = unlocked_app.vault
    assert vault is not None
    (hazel,) = clients.get_client(vault, client_id).guardians
    assert (hazel.valid_from, hazel.valid_until) == (date(2020, 1, 15), None)
    row = dialog.list.topLevelItem(0)
    assert row is not None and row.text(4) == "01/15/2020"
    dialog.reject()


def test_plan_dates_are_saved(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    client_id = add_client(unlocked_app, qtbot)
    dialog = window.chart.overview.edit_plan()
    assert dialog is not None
    _assert_no_line_edit_takes_a_date(dialog)
    _type(dialog.start, qtbot, "11/02/2026")
    _type(dialog.review, qtbot, "02/01/2027")
    dialog.add_goal()
    qtbot.keyClicks(dialog.description, "Ride the train to work")
    _type(dialog.target, qtbot, "01/15/2027")
    row = dialog.goal_list.topLevelItem(0)
    assert row is not None and row.text(2) == "01/15/2027"
    dialog.save()
    wait_ops(qtbot)
    assert not dialog.isVisible(), dialog.message.text()
    vault = unlocked_app.vault
    assert vault is not None
    plan = plans.get_plan(vault, client_id)
    assert plan is not None
    assert (plan.start_date, plan.review_date) == (date(2026, 11, 2), date(2027, 2, 1))
    assert plan.goals[0].target_date == date(2027, 1, 15)


def test_basis_form_dates_are_calendar_fields_giving_iso_evidence(qtbot) -> None:
    from vault_app.gui.basis_form import BasisForm

    form = BasisForm()
    qtbot.addWidget(form)
    form.basis.setCurrentIndex(form.basis.findData("court_order"))
    _assert_no_line_edit_takes_a_date(form)
    order_date = form.inputs["order_date"]
    assert isinstance(order_date, OptionalDateField)
    form.show()
    _type(order_date, qtbot, "03/31/2024")
    assert form.evidence()["order_date"] == "2024-03-31"
    assert "records_from" not in form.evidence(), "a date left 'not set' is no evidence"


def test_revocation_date_is_picked_and_saved(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    client_id = add_client(unlocked_app, qtbot)
    vault = unlocked_app.vault
    assert vault is not None
    auth = add_auth(vault, client_id)
    tab = window.chart.authorizations
    window.chart.tabs.setCurrentWidget(tab)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: tab.tree.topLevelItemCount() == 1, timeout=5000)
    tab.tree.setCurrentItem(tab.tree.topLevelItem(0))
    dialog = tab.revoke()
    assert dialog is not None
    _assert_no_line_edit_takes_a_date(dialog)
    yesterday = QDate.currentDate().addDays(-1)
    dialog.received.setDate(yesterday)
    dialog.accept()
    wait_ops(qtbot)
    revoked = authorizations.get_authorization(vault, auth.id)
    assert revoked.revocation is not None
    assert revoked.revocation.received_on.isoformat() == yesterday.toString("yyyy-MM-dd")


def _user_strings(source: str) -> list[str]:
    """String constants of a module, without its docstrings."""
    tree = source_trees.parse(source)
    docstrings = {id(node.body[0].value) for node in source_trees.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef)) and node.body
                  and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    return [n.value for n in source_trees.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docstrings]


def test_no_screen_asks_for_a_date_typed_as_yyyy_mm_dd() -> None:
    asking = [f"{path.name}: {text!r}" for path in sorted(GUI.rglob("*.py"))
              for text in _user_strings(path.read_text("utf-8")) if "YYYY-MM-DD" in text]
    assert asking == []


def test_the_scan_would_see_a_placeholder_asking_for_yyyy_mm_dd() -> None:
    sample = ('class D:\n    """Dates were YYYY-MM-DD."""\n'
              '    def f(self):\n        e.setPlaceholderText("YYYY-MM-DD")\n')
    assert _user_strings(sample) == ["YYYY-MM-DD"]


def test_session_times_read_and_typed_as_the_practice_writes_them(unlocked_app: AppController, qtbot) -> None:
    from tests.gui.test_chart_editing import _session_item
    from vault_app.services import sessions

    window = unlocked_app.main_window
    assert window is not None
    client_id = add_client(unlocked_app, qtbot)
    vault = unlocked_app.vault
    assert vault is not None
    seen = sessions.add_session(vault, client_id, date="2026-11-02", duration_minutes=53, start_time="14:05",
                                end_time="14:58")
    window.chart.reload()
    wait_ops(qtbot)
    dialog = window.chart.sessions.edit_session(_session_item(window, seen.session_id))
    assert dialog is not None
    _assert_no_line_edit_takes_a_date(dialog)
    assert (dialog.start_time.text(), dialog.end_time.text()) == ("2:05 PM", "2:58 PM")
    assert dialog.changes() == {}, "times shown the practice's way are the same times"
    dialog.start_time.setText("3:10 pm")
    dialog.end_time.setText("16:03")
    dialog.save()
    wait_ops(qtbot)
    assert not dialog.isVisible(), dialog.message.text()
    fixed = sessions.get_session(vault, seen.session_id)
    assert (fixed.start_time.isoformat(), fixed.end_time.isoformat()) == ("15:10:00", "16:03:00")
