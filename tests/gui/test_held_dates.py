"""A date half-typed when the vault locks or the app quits comes back half-typed (gui/held.py).

Found on Xvfb: a birth date typed "02/30/2000" in Client details, Enter (the field said the
date is not complete), Ctrl+Q; after the unlock the form was back ("Restored: ... when the
vault locked", after a quit) showing 02/03/2000 with no word, and Save would have stored it.
Every held form with a date field is driven here with real key events, through a real lock
or a real Ctrl+Q and a real unlock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from tests.gui.conftest import unlock, wait_ops
from tests.gui.test_restrictions_gui import _panel
from vault_app.gui.controller import AppController
from vault_app.gui.date_field import DateField
from vault_app.gui.held import RESTORED, RESTORED_AFTER, RESTORED_UNSAID, restored_text
from vault_app.gui.main_window import MainWindow
from vault_app.services import clients, plans, requests, restrictions
from vault_app.services.vault import Vault

pytestmark = pytest.mark.gui

HALF = "02/30/2000"  # as typed on Xvfb: Qt takes "3" as the day (February has no 3x) and garbles the rest


def _nothing(_dialog: QDialog, _qtbot: object) -> None:
    return None


def _words(field: str, text: str) -> Callable[[QDialog, object], None]:
    def typed(dialog: QDialog, qtbot: object) -> None:
        widget = getattr(dialog, field)
        assert isinstance(widget, QLineEdit)
        widget.setFocus()
        QTest.keyClicks(widget, text)
    return typed


def _words_not_answered_yet(field: str, text: str) -> Callable[[QDialog, object], None]:
    """Words typed, and "Not answered yet" chosen: the restriction's answer starts unchosen and
    Record refuses without one (gui/restriction_dialogs.py)."""
    typed = _words(field, text)

    def and_later(dialog: QDialog, qtbot: object) -> None:
        typed(dialog, qtbot)
        dialog.later.setChecked(True)  # type: ignore[attr-defined]
    return and_later


def _a_goal(dialog: QDialog, _qtbot: object) -> None:
    dialog.add_goal()  # type: ignore[attr-defined]
    QTest.keyClicks(dialog.description, "Rides the bus to school")  # type: ignore[attr-defined]


def _birth_date(v: Vault, client_id: str) -> date | None:
    return clients.get_client(v, client_id).date_of_birth


def _plan_start(v: Vault, client_id: str) -> date | None:
    plan = plans.get_plan(v, client_id)
    return None if plan is None else plan.start_date


def _goal_target(v: Vault, client_id: str) -> date | None:
    plan = plans.get_plan(v, client_id)
    return None if plan is None else plan.goals[0].target_date


def _received(v: Vault, client_id: str) -> date | None:
    found = requests.list_requests(v, client_id=client_id)
    return found[0].received_on if found else None


def _asked(v: Vault, client_id: str) -> date | None:
    found = restrictions.list_restrictions(v, client_id)
    return found[0].requested_on if found else None


@dataclass(frozen=True)
class Form:
    name: str
    opened: Callable[[object], QDialog]
    field: str  # the dialog's date field (attribute)
    typed_first: Callable[[QDialog, object], None]  # what makes the form one that is held
    stored: Callable[[Vault, str], date | None]


FORMS = [
    Form("client details", lambda chart: chart.overview.edit_details(), "date_of_birth",  # type: ignore[attr-defined]
         _nothing, _birth_date),
    Form("treatment plan", lambda chart: chart.overview.edit_plan(), "start",  # type: ignore[attr-defined]
         _nothing, _plan_start),
    Form("goal of a plan", lambda chart: chart.overview.edit_plan(), "target",  # type: ignore[attr-defined]
         _a_goal, _goal_target),
    Form("new request", lambda chart: chart.requests.add(), "received",  # type: ignore[attr-defined]
         _words("description", "a copy of the record"), _received),
    Form("restriction request", lambda chart: chart.requests.restrictions.add(), "asked",  # type: ignore[attr-defined]
         _words_not_answered_yet("description", "never to my father's insurer"), _asked),
]


def _open(app: AppController, qtbot, form: Form) -> tuple[str, QDialog, DateField]:  # type: ignore[no-untyped-def]
    chart, _restrictions = _panel(app, qtbot)
    assert app.main_window is not None
    dialog = form.opened(app.main_window.chart)
    qtbot.waitExposed(dialog)
    wait_ops(qtbot)
    form.typed_first(dialog, qtbot)
    field = getattr(dialog, form.field)
    assert isinstance(field, DateField)
    return chart.client_id, dialog, field


def _into(field: DateField, qtbot) -> None:  # type: ignore[no-untyped-def]
    field.window().activateWindow()
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=10_000)
    field.setSelectedSection(field.sectionAt(0))


def quit_from(app: AppController, dialog: QDialog, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Q as the system delivers it to the form's window, waited for until the app quit."""
    quits: list[bool] = []
    app.quit_requested.connect(lambda: quits.append(True))
    handle = dialog.windowHandle()
    assert handle is not None
    QTest.keyPress(handle, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(quits), timeout=20_000)
    wait_ops(qtbot)


def _quit_and_start_again(app: AppController, dialog: QDialog, qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    """Ctrl+Q as the system delivers it to the form's window, then the app started again."""
    quit_from(app, dialog, qtbot)
    assert app.vault is None
    app.start()
    return unlock(app, qtbot)


def _reopened(window: MainWindow, kind: type[QDialog], qtbot) -> QDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(kind)), timeout=10_000)
    (again,) = [d for d in window.findChildren(kind) if d.isVisible()]
    wait_ops(qtbot)
    return again


def _whole(field: DateField, day: QDate) -> str:
    return day.toString(field.displayFormat())


@pytest.mark.parametrize("how", ["lock", "quit"])
@pytest.mark.parametrize("form", FORMS, ids=[f.name for f in FORMS])
def test_a_half_typed_date_comes_back_half_typed_and_saves_nothing(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot, form: Form, how: str) -> None:
    client_id, dialog, field = _open(unlocked_app, qtbot, form)
    vault = unlocked_app.vault
    assert vault is not None
    before = form.stored(vault, client_id)
    _into(field, qtbot)
    QTest.keyClicks(field, HALF)
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert "not complete" in field.problem(), f"{form.name}: {field.lineEdit().text()}"
    shown = field.date()  # the last whole date Qt kept: not the one typed

    if how == "lock":
        unlocked_app.lock("Locked now.")
        wait_ops(qtbot)
        window = unlock(unlocked_app, qtbot)
    else:
        window = _quit_and_start_again(unlocked_app, dialog, qtbot)
    again = _reopened(window, type(dialog), qtbot)
    back = getattr(again, form.field)
    assert isinstance(back, DateField)
    assert back.date() == shown
    assert back.half_typed(), f"{form.name}: came back as a whole date nobody typed"
    assert "not complete" in back.problem()
    assert again.focusWidget() is back, "the keyboard is back on the date to finish"
    said = again.message.text()  # type: ignore[attr-defined]
    assert said == (RESTORED if how == "lock" else restored_text("quit"))

    again.save()  # type: ignore[attr-defined]
    wait_ops(qtbot)
    vault = unlocked_app.vault
    assert vault is not None
    assert again.isVisible() and form.stored(vault, client_id) == before, f"{form.name}: Save stored {shown}"

    meant = QDate.currentDate().addDays(-3)
    _into(back, qtbot)
    QTest.keyClicks(back, _whole(back, meant))
    assert back.problem() == "" and not back.half_typed()
    again.save()  # type: ignore[attr-defined]
    wait_ops(qtbot)
    assert not again.isVisible(), again.message.text()  # type: ignore[attr-defined]
    assert form.stored(vault, client_id) == meant.toPython()


@pytest.mark.parametrize("form", FORMS, ids=[f.name for f in FORMS])
def test_a_whole_date_comes_back_as_it_was(unlocked_app: AppController, qtbot, form: Form) -> None:  # type: ignore[no-untyped-def]
    client_id, _dialog, field = _open(unlocked_app, qtbot, form)
    meant = QDate.currentDate().addDays(-5)
    _into(field, qtbot)
    QTest.keyClicks(field, _whole(field, meant))
    assert field.date() == meant and not field.half_typed()
    unlocked_app.lock("Locked now.")
    wait_ops(qtbot)
    window = unlock(unlocked_app, qtbot)
    again = _reopened(window, type(_dialog), qtbot)
    back = getattr(again, form.field)
    assert isinstance(back, DateField)
    assert back.date() == meant and not back.half_typed() and back.problem() == ""
    again.save()  # type: ignore[attr-defined]
    wait_ops(qtbot)
    vault = unlocked_app.vault
    assert vault is not None
    assert form.stored(vault, client_id) == meant.toPython()


def test_client_details_with_only_a_half_typed_date_are_held(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The birth date on file is 05/01/1990; "05/0" typed over it leaves Qt's date as it was,
    so the form read as unchanged and was not held: the typing was gone after the unlock."""
    _client_id, dialog, field = _open(unlocked_app, qtbot, FORMS[0])
    assert dialog.held_entry() is None  # type: ignore[attr-defined]
    _into(field, qtbot)
    QTest.keyClicks(field, field.lineEdit().text()[:4])
    assert field.half_typed()
    entry = dialog.held_entry()  # type: ignore[attr-defined]
    assert entry is not None and entry["fields"]["date_of_birth"] == "1990-05-01"


@pytest.mark.parametrize(("why", "said"), [
    ("lock", "when the vault locked"),
    ("quit", "when the app was closed"),
    ("psychotherapy", "when the psychotherapy notes locked"),
    (None, "when the vault closed"),  # held before the reason was kept
    ("crash", "when the app last closed"),  # kept while open (held_open.py), how the app ended not known
    # The same, how the last run ended read at the unlock (services/window_end.py):
    ("stopped", "when the app stopped without being quit"),
    ("quit_unheld", "when you quit the app; the disk was full"),
    ("quit_lost", "when you chose Quit anyway while the disk was full"),
])
def test_the_restored_line_says_what_took_the_form(why: str | None, said: str) -> None:
    assert said in restored_text(why)
    assert set(RESTORED_AFTER.values()) | {RESTORED_UNSAID} == {
        restored_text(w) for w in ("lock", "quit", "psychotherapy", "crash", "stopped", "quit_unheld", "quit_lost",
                                   None)}
