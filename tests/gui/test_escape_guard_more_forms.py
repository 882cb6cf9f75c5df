"""Escape, or the title bar's ×, on the forms a therapist types into asks before what was typed
is lost (gui/escape_guard.py): a guardian's phone number half-typed in the Guardians window
was gone at one stray Escape, and so was a disclosure typed from a phone call, a session's
codes being corrected, a document's new title, a decision's addendum, a hold's case number,
the jurisdiction's rules, an open export's recipient, a copy's password. An untouched form
still closes at once. Real vault, real widgets, real key events."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox, QPlainTextEdit, QWidget

from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.escape_guard import GuardedDialog

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("us_practice")]

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
TYPED = "555 0199 call after six"

Make = Callable[[AppController, QWidget], QDialog]


def _guardians(app: AppController, window: QWidget) -> QDialog:
    from vault_app.gui.guardians_dialog import GuardiansDialog
    from vault_app.services import clients

    vault = app.vault
    assert vault is not None
    client = clients.create_client(vault, "Gwen Guardianed", date_of_birth="2014-02-03")
    return GuardiansDialog(app, clients.read_chart(vault, client.client_id), parent=window)


def _client_id(app: AppController) -> str:
    from vault_app.services import clients

    assert app.vault is not None
    return clients.create_client(app.vault, "Mona Escape", date_of_birth="1980-02-03").client_id


def _manual_disclosure(app: AppController, window: QWidget) -> QDialog:
    from vault_app.gui.manual_disclosure import ManualDisclosureDialog

    return ManualDisclosureDialog(app, _client_id(app), parent=window)


def _open_export(app: AppController, window: QWidget) -> QDialog:
    from vault_app.gui.open_export_dialog import OpenExportDialog

    return OpenExportDialog(app, _client_id(app), parent=window)


def _session(app: AppController, window: QWidget) -> QDialog:
    from vault_app.gui.session_dialog import SessionDialog
    from vault_app.services import sessions

    assert app.vault is not None
    session = sessions.add_session(app.vault, _client_id(app), date=date(2026, 11, 2), duration_minutes=50)
    return SessionDialog(app, session, parent=window)


def _note_session(app: AppController, window: QWidget) -> QDialog:
    from vault_app.gui.note_session_dialog import NoteSessionDialog
    from vault_app.services import notes

    assert app.vault is not None
    note = notes.create_progress_note(app.vault, _client_id(app), text="Seen.", note_date=date(2026, 11, 2))
    return NoteSessionDialog(app, note.note_id, parent=window)


def _attachment(app: AppController, window: QWidget) -> QDialog:
    from vault_app.gui.attachment_edit_dialog import AttachmentEditDialog
    from vault_app.services import attachments

    assert app.vault is not None
    attached = attachments.add_attachment(app.vault, _client_id(app), PNG, kind="consent", filename="c.png")
    return AttachmentEditDialog(app, attached, parent=window)


def _decision(app: AppController, window: QWidget) -> QDialog:
    from tests.core.decision_helpers import complete, make_chart
    from vault_app.gui.decision_list import DecisionRecordDialog
    from vault_app.gui.operations import VaultOps
    from vault_app.services import decisions

    vault = app.vault
    assert vault is not None
    chart = make_chart(vault)
    draft = decisions.start(vault, chart.client_id, "child_abuse", changes=complete("child_abuse", chart))
    decisions.sign(vault, draft.decision_id)
    return DecisionRecordDialog(VaultOps.over(vault), draft.decision_id, parent=window)


def _holds(app: AppController, window: QWidget) -> QDialog:
    from vault_app.gui.holds_dialog import HoldsDialog

    return HoldsDialog(app, _client_id(app), window)


def _jurisdiction(app: AppController, window: QWidget) -> QDialog:
    from vault_app.gui.decision_settings import JurisdictionDialog
    from vault_app.gui.operations import VaultOps
    from vault_app.services import practice

    vault = app.vault
    assert vault is not None
    return JurisdictionDialog(VaultOps.over(vault), practice.load(vault).jurisdiction, parent=window)


def _access_copy(app: AppController, window: QWidget) -> QDialog:
    from vault_app.gui.access_copy_dialog import AccessCopyDialog
    from vault_app.services import requests

    assert app.vault is not None
    asked = requests.add_request(app.vault, _client_id(app), kind="access",
                                 received_on=date.today() - timedelta(days=1))
    return AccessCopyDialog(app, asked.id, parent=window)


# (form, how it is made, the field typed into)
FORMS: list[tuple[str, Make, str]] = [
    ("guardians", _guardians, "phone"),
    ("disclosure made outside the app", _manual_disclosure, "purpose"),
    ("open export", _open_export, "recipient"),
    ("session", _session, "location"),
    ("note's session", _note_session, "start"),
    ("document title", _attachment, "title"),
    ("decision addendum", _decision, "addendum"),
    ("legal hold", _holds, "details"),
    ("jurisdiction", _jurisdiction, "elder_scope"),
    ("access copy", _access_copy, "password"),
]
IDS = [f[0] for f in FORMS]


def _shown(app: AppController, qtbot, make: Make) -> QDialog:  # type: ignore[no-untyped-def]
    window = app.main_window
    assert window is not None
    dialog = make(app, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    wait_ops(qtbot)
    return dialog


def _text(widget: QWidget) -> str:
    return widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()  # type: ignore[attr-defined]


def _typed_into(qtbot, dialog: QDialog, field: str) -> QWidget:  # type: ignore[no-untyped-def]
    widget = getattr(dialog, field)
    assert isinstance(widget, QLineEdit | QPlainTextEdit)
    widget.setFocus()
    if isinstance(widget, QLineEdit):
        widget.selectAll()  # a field shown filled (a title) is typed over, as a therapist does
    qtbot.keyClicks(widget, TYPED)
    return widget


def _close_without_saving(qtbot, dialog: QDialog, box: QMessageBox) -> None:  # type: ignore[no-untyped-def]
    next(b for b in box.buttons() if b.text().replace("&", "") == "Close without saving").click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    wait_ops(qtbot)


@pytest.mark.parametrize(("name", "make", "field"), FORMS, ids=IDS)
def test_escape_on_a_typed_form_asks_and_keeps_the_typing(unlocked_app: AppController, qtbot,  # type: ignore[no-untyped-def]
                                                           name: str, make: Make, field: str) -> None:
    dialog = _shown(unlocked_app, qtbot, make)
    assert isinstance(dialog, GuardedDialog), f"{name}: Escape would close it without a word"
    widget = _typed_into(qtbot, dialog, field)
    qtbot.keyClick(widget, Qt.Key.Key_Escape)
    box = dialog.leave_box
    assert isinstance(box, QMessageBox) and box.isVisible() and dialog.isVisible(), name
    assert box.defaultButton() is box.escapeButton(), "Enter or Escape goes back to the form"
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # "keep editing"
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=10_000)
    assert dialog.isVisible() and _text(widget) == TYPED, f"{name}: the typing was not kept"
    qtbot.keyClick(widget, Qt.Key.Key_Escape)
    again = dialog.leave_box
    assert again is not None and again is not box
    _close_without_saving(qtbot, dialog, again)


@pytest.mark.parametrize(("name", "make", "field"), FORMS, ids=IDS)
def test_escape_on_an_untouched_form_closes_it_at_once(unlocked_app: AppController, qtbot,  # type: ignore[no-untyped-def]
                                                        name: str, make: Make, field: str) -> None:
    dialog = _shown(unlocked_app, qtbot, make)
    getattr(dialog, field).setFocus()
    qtbot.keyClick(getattr(dialog, field), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert getattr(dialog, "leave_box", None) is None, name
    wait_ops(qtbot)


def test_a_close_from_code_does_not_ask(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Only the window system's close (the title bar's ×, checked on Xvfb under openbox: the
    offscreen platform cannot send one) asks; a close from the app's own code goes at once,
    the question never left over a window the app closed."""
    dialog = _shown(unlocked_app, qtbot, _guardians)
    _typed_into(qtbot, dialog, "phone")
    handle = dialog.windowHandle()
    assert handle is not None
    handle.close()  # Qt marks a close asked by code as not the window system's
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert dialog.leave_box is None  # type: ignore[attr-defined]
    wait_ops(qtbot)


def test_a_saved_guardian_closes_on_escape_without_asking(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Once saved, what was typed is on file: Escape closes the window at once."""
    from vault_app.gui.guardians_dialog import GuardiansDialog

    dialog = _shown(unlocked_app, qtbot, _guardians)
    assert isinstance(dialog, GuardiansDialog)
    dialog.name.setFocus()
    qtbot.keyClicks(dialog.name, "Ana Madre")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.relationship, "mother")
    dialog.phone.setFocus()
    qtbot.keyClicks(dialog.phone, TYPED)
    dialog.save_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: dialog.list.topLevelItemCount() == 1, timeout=10_000)
    assert dialog.phone.text() == TYPED and dialog.message.text() == ""
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert dialog.leave_box is None
