"""The authorization form records the period of information its description names (both ends
optional), held over a lock like the rest; the export wizard then refuses a note outside it, in
the screen's language, and allows one inside; unsigned drafts are not offered for disclosure
and the wizard says how many it left out. Real widgets over a real vault."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.gui.auth_helpers import fill_authorization, signed_scan
from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.auth_dialog import AuthorizationDialog
from vault_app.gui.controller import AppController
from vault_app.services import authorizations, notes, sessions

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("us_practice")]


def _note(app: AppController, client_id: str, day: str, *, signed: bool = True) -> str:
    vault = app.vault
    assert vault is not None
    session = sessions.add_session(vault, client_id, date=day, duration_minutes=53)
    note = notes.create_progress_note(vault, client_id, sections={"subjective": "Doing better."},
                                      session_id=session.session_id)
    if signed:
        notes.sign_note(vault, note.note_id)
    return note.note_id


def _record(app: AppController, qtbot, tmp_path: Path, start: date | None,  # type: ignore[no-untyped-def]
            end: date | None) -> AuthorizationDialog:
    window = app.main_window
    assert window is not None
    dialog = window.chart.authorizations.add()
    fill_authorization(dialog, signed_scan(tmp_path), description="Progress notes from January to March 2024")
    dialog.notes_from.set_day(start)
    dialog.notes_to.set_day(end)
    dialog.save()
    wait_ops(qtbot)
    return dialog


def test_the_form_records_the_period_and_an_open_end(unlocked_app: AppController, qtbot, tmp_path: Path) -> None:
    client_id = add_client(unlocked_app, qtbot)
    dialog = _record(unlocked_app, qtbot, tmp_path, date(2024, 1, 1), None)
    assert dialog.message.text() == "", dialog.message.text()
    vault = unlocked_app.vault
    assert vault is not None
    (auth,) = authorizations.list_authorizations(vault, client_id)
    assert (auth.notes_from, auth.notes_to) == (date(2024, 1, 1), None)


def test_a_period_that_ends_before_it_starts_is_refused_at_its_field(unlocked_app: AppController, qtbot,
                                                                    tmp_path: Path) -> None:
    client_id = add_client(unlocked_app, qtbot)
    dialog = _record(unlocked_app, qtbot, tmp_path, date(2024, 3, 31), date(2024, 1, 1))
    assert dialog.isVisible() and dialog.message.text(), "refused, said on the form"
    assert dialog.notes_from.text() == "2024-03-31", "what was typed stays"
    vault = unlocked_app.vault
    assert vault is not None
    assert authorizations.list_authorizations(vault, client_id) == []
    dialog.reject()


def test_the_period_is_held_and_restored(unlocked_app: AppController, qtbot) -> None:
    add_client(unlocked_app, qtbot)
    window = unlocked_app.main_window
    assert window is not None
    dialog = window.chart.authorizations.add()
    dialog.notes_to.set_day(date(2024, 3, 31))
    held = dialog.held_entry()
    assert held is not None and held["fields"]["notes_to"] == "2024-03-31" and held["fields"]["notes_from"] == ""
    dialog.reject()
    again = window.chart.authorizations.add()
    again.restore_fields(held["fields"])
    assert again.notes_to.text() == "2024-03-31" and again.notes_from.text() == ""
    assert again.values()["notes_to"] == "2024-03-31" and again.values()["notes_from"] is None
    again.reject()


def _check(app: AppController, qtbot, auth_id: str):  # type: ignore[no-untyped-def]
    window = app.main_window
    assert window is not None
    wizard = window.chart.start_export()
    wait_ops(qtbot)
    what = wizard.what_page
    what.check_all()
    what.recipient.setText("Dr. Receiving Psychiatrist")
    what.purpose.setText("continuity of care")
    wizard.next()
    basis = wizard.basis_page
    basis.form.basis.setCurrentIndex(basis.form.basis.findData("authorization"))
    basis.form.authorization.setCurrentIndex(basis.form.authorization.findData(auth_id))
    basis.check()
    wait_ops(qtbot)
    return wizard, basis


def test_the_wizard_refuses_a_note_outside_the_period_in_spanish(unlocked_app: AppController, qtbot, tmp_path: Path,
                                                                 spanish: None) -> None:
    client_id = add_client(unlocked_app, qtbot)
    _note(unlocked_app, client_id, "2024-04-02")
    _record(unlocked_app, qtbot, tmp_path, date(2024, 1, 1), date(2024, 3, 31))
    vault = unlocked_app.vault
    assert vault is not None
    (auth,) = authorizations.list_authorizations(vault, client_id)
    wizard, basis = _check(unlocked_app, qtbot, auth.id)
    assert basis.verdict is not None and not basis.verdict.allowed
    assert basis.form.authorization.currentText().endswith("; fechada del 01/01/2024 al 03/31/2024")
    assert basis.verdict_title.text() == "No permitida."
    assert basis.verdict_text.text() == (
        f"La autorización {auth.id} solo cubre información fechada del 01/01/2024 al 03/31/2024 (la descripción de "
        "la información que autoriza, 45 CFR 164.508(c)(1)(i)); 1 elemento seleccionado queda fuera de ese "
        "periodo: 04/02/2024.\n\n"
        "Desmarque los elementos fuera de ese periodo, o registre una nueva autorización del cliente que los "
        "describa.")
    wizard.reject()


def test_the_wizard_allows_a_note_inside_the_period(unlocked_app: AppController, qtbot, tmp_path: Path) -> None:
    client_id = add_client(unlocked_app, qtbot)
    _note(unlocked_app, client_id, "2024-03-31")  # the last day of the period
    _record(unlocked_app, qtbot, tmp_path, date(2024, 1, 1), date(2024, 3, 31))
    vault = unlocked_app.vault
    assert vault is not None
    (auth,) = authorizations.list_authorizations(vault, client_id)
    wizard, basis = _check(unlocked_app, qtbot, auth.id)
    assert basis.verdict is not None and basis.verdict.allowed, basis.verdict_text.text()
    # The period is said with the authorization chosen, before any refusal.
    assert basis.form.authorization.currentText().endswith("; dated 01/01/2024 to 03/31/2024")
    wizard.reject()


def test_drafts_are_not_offered_and_the_wizard_says_how_many(unlocked_app: AppController, qtbot) -> None:
    client_id = add_client(unlocked_app, qtbot)
    signed = _note(unlocked_app, client_id, "2024-03-01")
    _note(unlocked_app, client_id, "2024-03-08", signed=False)
    window = unlocked_app.main_window
    assert window is not None
    wizard = window.chart.start_export()
    wait_ops(qtbot)
    what = wizard.what_page
    what.check_all()
    assert what.selected_ids() == [signed]
    assert what.note.text() == "1 unsigned draft is not listed: sign it in the chart to disclose it."
    _note(unlocked_app, client_id, "2024-03-15", signed=False)
    what.reload()
    wait_ops(qtbot)
    assert what.note.text() == "2 unsigned drafts are not listed: sign them in the chart to disclose them."
    wizard.reject()
