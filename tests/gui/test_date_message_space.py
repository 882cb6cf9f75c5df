"""The message under a half-typed date takes a row of its own in the form: the rows below move
down while it is said and come back once the date is fixed. Found in the real app: it floated
over the next row's label and field (a plan's Goals, a payment's amount). Real widgets,
offscreen; every date field of the forms that have one."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import QDate, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.gui.date_field import DateField, date_picker

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("us_practice")]

LEAVES = (QLabel, QLineEdit, QAbstractButton, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit,
          QAbstractItemView)


def _on_window(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), widget.rect().topLeft()), widget.size())


def _settle(window: QWidget) -> None:
    for _ in range(3):
        layout = window.layout()
        if layout is not None:
            layout.activate()
        QApplication.processEvents()


def _overlapped(problem: QWidget) -> list[str]:
    """Every visible field, label or button of the window the message lies over."""
    window = problem.window()
    area = _on_window(problem)
    return [f"{type(w).__name__} {w.accessibleName() or w.objectName() or getattr(w, 'text', lambda: '')()}"
            for w in window.findChildren(QWidget)
            if isinstance(w, LEAVES) and w is not problem and w.isVisible() and not problem.isAncestorOf(w)
            and not w.isAncestorOf(problem) and w.window() is window
            and _on_window(w).intersects(area) and not _inside_a_popup(w)]


def _inside_a_popup(widget: QWidget) -> bool:
    return any(isinstance(a, QAbstractItemView) for a in _ancestors(widget))


def _ancestors(widget: QWidget) -> Iterator[QWidget]:
    parent = widget.parentWidget()
    while parent is not None:
        yield parent
        parent = parent.parentWidget()


def _problem_of(field: DateField) -> QLabel:
    (problem,) = [p for p in field.window().findChildren(QLabel, "dateProblem") if getattr(p, "field", None) is field]
    return problem


def _said_in_its_own_row(field: DateField) -> None:
    """The message for `field` is shown under it, over nothing (the rows below make room, or it
    takes room they left); fixed, it goes and the rows are where they were."""
    window = field.window()
    _settle(window)
    below = [(w, _on_window(w).top()) for w in window.findChildren(QWidget)
             if isinstance(w, LEAVES) and w.isVisible() and _on_window(w).top() > _on_window(field).bottom()]
    field.say_unfinished()
    _settle(window)
    problem = _problem_of(field)
    assert problem.isVisible() and "not complete" in field.problem()
    assert _overlapped(problem) == []
    assert _on_window(problem).top() >= _on_window(field).bottom()
    # Whole: at the field's width the sentence takes two or three lines, and the row gave it
    # one ("...does not exist: type" and nothing more, in the real app's appointment form).
    assert problem.height() >= problem.heightForWidth(problem.width()), (problem.height(), problem.width())
    field.setDate(QDate(2026, 12, 2))  # picked: the date is whole, the one meant
    _settle(window)
    assert not problem.isVisible() and field.problem() == ""
    assert [(w, _on_window(w).top()) for w, _top in below] == below, "the rows come back"


def _synthetic(kind: str) -> tuple[QDialog, DateField]:
    dialog = QDialog()
    field = date_picker("Date", QDate(2026, 11, 20))
    after, other = QLineEdit(), date_picker("Other date", QDate(2026, 11, 21))
    after.setAccessibleName("Next row")
    if kind == "form":
        form = QFormLayout(dialog)
        form.addRow("Date:", field)
        form.addRow("Next:", after)
    elif kind == "column":
        column = QVBoxLayout(dialog)
        column.addWidget(field)
        column.addWidget(after)
    else:  # two dates side by side in one row of a form, as a plan's Started and Review by
        form = QFormLayout(dialog)
        row = QHBoxLayout()
        row.addWidget(field)
        row.addWidget(QLabel("Review by:"))
        row.addWidget(other)
        form.addRow("Started:", row)
        form.addRow("Next:", after)
    return dialog, field


@pytest.mark.parametrize("kind", ["form", "column", "two in a row"])
def test_the_message_takes_its_own_row_in_each_kind_of_layout(qtbot, kind: str) -> None:
    dialog, field = _synthetic(kind)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _said_in_its_own_row(field)
    field.say_unfinished()  # said again, then the form closed: nothing left behind
    dialog.hide()
    assert not _problem_of(field).isVisible()


def _forms(app: AppController, client_id: str) -> dict[str, Callable[[], QDialog]]:
    from vault_app.gui.account_dialog import AccountDialog
    from vault_app.gui.appointment_dialog import AppointmentDialog
    from vault_app.gui.auth_dialog import AuthorizationDialog
    from vault_app.gui.client_details import ClientDetailsDialog
    from vault_app.gui.client_dialog import ClientDialog
    from vault_app.gui.manual_disclosure import ManualDisclosureDialog
    from vault_app.gui.measure_dialog import MeasureDialog
    from vault_app.gui.plan_dialog import PlanDialog
    from vault_app.gui.requests_dialog import NewRequestDialog
    from vault_app.gui.restriction_dialogs import RestrictionRequestDialog
    from vault_app.gui.session_dialog import SessionDialog
    from vault_app.services import clients, sessions

    window = app.main_window
    vault = app.vault
    assert vault is not None
    return {
        "session": lambda: SessionDialog(app, sessions.add_session(vault, client_id, date=date(2026, 11, 2),
                                                                   duration_minutes=50), parent=window),
        # as tall as all its fields: where the screen is smaller they scroll (test_client_details_fits)
        "client details": lambda: _whole(ClientDetailsDialog(app, clients.get_client(vault, client_id),
                                                             parent=window)),
        "plan": lambda: _whole(PlanDialog(app, client_id, None, parent=window)),
        "payment": lambda: AccountDialog(app, client_id, parent=window),
        "appointment": lambda: AppointmentDialog(app, day=date(2026, 12, 7), client_id=client_id, parent=window),
        "new client": lambda: ClientDialog(app, parent=window),
        "authorization": lambda: AuthorizationDialog(app, client_id, parent=window),
        "disclosure made outside the app": lambda: ManualDisclosureDialog(app, client_id, parent=window),
        "measure": lambda: MeasureDialog(app, client_id, parent=window),
        "request": lambda: NewRequestDialog(app, client_id, parent=window),
        "restriction request": lambda: RestrictionRequestDialog(app, client_id, parent=window),
    }


def _whole(dialog: QDialog) -> QDialog:
    held = dialog.findChild(QScrollArea)
    if held is not None and held.widget() is not None:
        dialog.resize(dialog.width(), dialog.height() + held.widget().sizeHint().height() - held.viewport().height())
    return dialog


FORMS = ["plan", "payment", "appointment", "new client", "authorization", "disclosure made outside the app",
         "measure", "request", "session", "client details", "restriction request"]


@pytest.mark.parametrize("form", FORMS)
def test_in_every_form_the_message_lies_over_nothing(unlocked_app: AppController, qtbot, form: str) -> None:
    client_id = add_client(unlocked_app, qtbot, "Dana Datefield")
    dialog = _forms(unlocked_app, client_id)[form]()
    dialog.show()
    qtbot.waitExposed(dialog)
    wait_ops(qtbot)
    fields = [f for f in dialog.findChildren(DateField) if f.isVisible()]
    assert fields, f"the {form} form has a date field"
    for field in fields:
        _said_in_its_own_row(field)
    dialog.reject()


def test_two_messages_at_once_each_whole_and_over_nothing(unlocked_app: AppController, qtbot) -> None:
    """Enter on a half-typed date in the appointment form, and a refusal at the form's foot: the
    field's message under it and the form's, both wrapped. The window's height counted each as
    one line, so the field's message lay over the Start row (found in the real app). The form no
    longer repeats the field's message itself (one message, the field's): its line here is a
    service's refusal, as after an earlier Save."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDateTimeEdit

    from vault_app.domain.errors import InvalidInput
    from vault_app.gui.appointment_dialog import AppointmentDialog

    client_id = add_client(unlocked_app, qtbot, "Dana Datefield")
    dialog = AppointmentDialog(unlocked_app, day=date(2026, 12, 7), client_id=client_id,
                               parent=unlocked_app.main_window)
    dialog.show()
    qtbot.waitExposed(dialog)
    wait_ops(qtbot)
    (field,) = dialog.findChildren(DateField)
    field.setFocus()
    field.setSelectedSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClicks(field, "0")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert dialog.error.text() == ""  # said once, by the field
    dialog._failed(InvalidInput("That time overlaps another appointment of this client on the same day.",
                                hint="Choose another start time or length, or move the other appointment first."))
    _settle(dialog)
    problem = _problem_of(field)
    assert problem.isVisible() and dialog.error.text()
    for label in (problem, dialog.error):
        assert label.height() >= label.heightForWidth(label.width()), label.text()
    assert _overlapped(problem) == []
    assert _overlapped(dialog.error) == []
    dialog.reject()
