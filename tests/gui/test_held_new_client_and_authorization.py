"""A New client form and a Record an authorization form being typed survive a lock and a quit
(gui/held.py, gui/held_restore.py), as the chart's other forms do.

Found in the real app: the idle lock (or Ctrl+L, or Ctrl+Q) while a new client's name and
birth date, or a whole authorization copied from its paper form, were being typed threw all
of it away. Typed with real key events into real widgets, through a real lock (or a real
Ctrl+Q and a start again) and a real unlock of a real vault; what was typed is then saved, and
no file outside the encrypted vault (the vault folder's plain files, the Qt settings file,
the home folder) ever has it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import unlock, wait_ops
from tests.gui.test_chart import add_client
from tests.gui.test_held_dates import _reopened, quit_from
from tests.gui.test_new_client_escape import _new_client_form
from vault_app.gui import prefs
from vault_app.gui.auth_dialog import AuthorizationDialog
from vault_app.gui.client_dialog import ClientDialog
from vault_app.gui.controller import AppController
from vault_app.gui.held import restored_text
from vault_app.gui.main_window import MainWindow
from vault_app.services import authorizations, clients, guardians, practice

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("us_practice")]

CANARY = "Quillfeather"  # in every field typed: found in no plain file


def _no_plain_copy(app_folder: Path) -> None:
    settings = prefs.settings()
    settings.sync()
    places = [*app_folder.rglob("*"), *Path(os.environ["HOME"]).rglob("*"), Path(settings.fileName())]
    looked = [p for p in places if p.is_file()]
    assert Path(settings.fileName()) in looked, "the Qt settings file is read too"
    for path in looked:
        assert CANARY.encode() not in path.read_bytes(), f"typed text in {path}"


def _type(qtbot, field: QLineEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    field.setFocus()
    qtbot.keyClicks(field, text)


def _away_and_back(app: AppController, dialog: QDialog, qtbot, how: str, app_folder: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    if how == "lock":
        app.lock("Locked now.")
        wait_ops(qtbot)
    else:
        quit_from(app, dialog, qtbot)
    assert app.vault is None
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible() and isinstance(w, QDialog)]
    assert shown == [], f"left on screen over the unlock window: {shown}"
    _no_plain_copy(app_folder)
    if how == "quit":
        app.start()  # the app started again on the same vault
    return unlock(app, qtbot)


# --- New client -------------------------------------------------------------------------

@pytest.mark.parametrize("how", ["lock", "quit"])
def test_a_typed_new_client_comes_back_and_is_created_as_typed(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot, app_folder: Path, how: str) -> None:
    dialog = _new_client_form(unlocked_app, qtbot)
    _type(qtbot, dialog.legal_name, f"Maribel {CANARY}")
    _type(qtbot, dialog.chart_number, "QF-0042")
    dialog.date_of_birth.setFocus()
    qtbot.keyClicks(dialog.date_of_birth, "02/03/1980")
    dialog.part2.setFocus()
    qtbot.keyClick(dialog.part2, Qt.Key.Key_Space)
    _type(qtbot, dialog.preferred_name, f"Mari {CANARY}")  # the keyboard is here at the lock
    assert dialog.part2.isChecked() and dialog.date_of_birth.text() == "1980-02-03"

    window = _away_and_back(unlocked_app, dialog, qtbot, how, app_folder)
    again = _reopened(window, ClientDialog, qtbot)
    assert isinstance(again, ClientDialog) and again is not dialog
    assert again.legal_name.text() == f"Maribel {CANARY}"
    assert again.preferred_name.text() == f"Mari {CANARY}"
    assert again.chart_number.text() == "QF-0042"
    assert again.date_of_birth.text() == "1980-02-03" and not again.date_of_birth.half_typed()
    assert again.part2.isChecked()
    assert again.message.text() == restored_text(how)
    assert again.focusWidget() is again.preferred_name, "the keyboard back where it was"

    qtbot.keyClicks(again.preferred_name, "ta")  # goes on typing where it stopped
    again.save_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not again.isVisible(), timeout=10_000)
    vault = unlocked_app.vault
    assert vault is not None
    (made,) = clients.list_clients(vault)
    client = clients.get_client(vault, made.client_id)
    assert (client.legal_name, client.preferred_name, client.chart_number, client.date_of_birth, client.part2) == \
        (f"Maribel {CANARY}", f"Mari {CANARY}ta", "QF-0042", QDate(1980, 2, 3).toPython(), True)
    qtbot.waitUntil(lambda: window.chart.client_id == client.client_id, timeout=10_000)  # its chart opens


def test_a_half_typed_birth_date_comes_back_unfinished(unlocked_app: AppController, qtbot,  # type: ignore[no-untyped-def]
                                                      app_folder: Path) -> None:
    dialog = _new_client_form(unlocked_app, qtbot)
    _type(qtbot, dialog.legal_name, f"Tobias {CANARY}")
    dialog.date_of_birth.setFocus()
    qtbot.keyClicks(dialog.date_of_birth, "02/30/2000")  # February has no 30th
    qtbot.keyClick(dialog.date_of_birth, Qt.Key.Key_Return)
    assert dialog.date_of_birth.half_typed()
    window = _away_and_back(unlocked_app, dialog, qtbot, "lock", app_folder)
    again = _reopened(window, ClientDialog, qtbot)
    assert isinstance(again, ClientDialog)
    assert again.legal_name.text() == f"Tobias {CANARY}"
    assert again.date_of_birth.half_typed() and again.date_of_birth.problem()
    assert again.focusWidget() is again.date_of_birth, "the unfinished date first"
    again.save_button.click()
    wait_ops(qtbot)
    vault = unlocked_app.vault
    assert vault is not None
    assert again.isVisible() and clients.list_clients(vault) == [], "no chart made with a date nobody typed"
    again.reject()
    wait_ops(qtbot)


def test_an_untouched_new_client_form_is_not_held(unlocked_app: AppController, qtbot, app_folder: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = _new_client_form(unlocked_app, qtbot)
    assert dialog.held_entry() is None
    window = _away_and_back(unlocked_app, dialog, qtbot, "lock", app_folder)
    wait_ops(qtbot)
    assert not [d for d in window.findChildren(ClientDialog) if d.isVisible()], "nothing typed: nothing back"


# --- Record an authorization ------------------------------------------------------------

def _scan(tmp_path: Path) -> Path:
    scan = tmp_path / "signed-authorization.pdf"
    scan.write_bytes(b"%PDF-1.4\n% the signed form\n")
    return scan


def _signed_day() -> QDate:
    return QDate.currentDate().addDays(-10)


TEXTS = ("description", "discloser", "recipient", "recipient_address", "purpose", "signer_name", "signer_authority",
         "expiration_event")
TICKS = ("cover_progress", "cover_psychotherapy", "cover_billing", "use_date", "statement_revoke",
         "statement_conditioning", "statement_redisclosure", "part2")


def _fill_every_field(dialog: AuthorizationDialog, qtbot, scan: Path) -> None:  # type: ignore[no-untyped-def]
    _type(qtbot, dialog.description, f"Progress notes of {CANARY}, 2026")
    for box in (dialog.cover_progress, dialog.cover_billing, dialog.statement_revoke,
                dialog.statement_conditioning, dialog.statement_redisclosure, dialog.use_date):
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_Space)  # ticks all but "Expires on a date", which it unticks
    _type(qtbot, dialog.discloser, "The practice")
    _type(qtbot, dialog.recipient, f"Dr. {CANARY}, psychiatrist")
    _type(qtbot, dialog.purpose, "continuity of care")
    dialog.signed_on.setFocus()
    dialog.signed_on.setSelectedSection(dialog.signed_on.sectionAt(0))
    qtbot.keyClicks(dialog.signed_on, _signed_day().toString(dialog.signed_on.displayFormat()))
    dialog.signer_role.setFocus()
    qtbot.keyClick(dialog.signer_role, Qt.Key.Key_Down)  # a personal representative
    _type(qtbot, dialog.signer_name, f"Rosa {CANARY}")
    _type(qtbot, dialog.signer_authority, "health care agent")
    _type(qtbot, dialog.expiration_event, f"end of the court case {CANARY}")
    dialog.set_scan(scan)  # what the file chooser does with the file chosen
    _type(qtbot, dialog.recipient_address, f"1 {CANARY} Lane")  # the keyboard is here at the lock


def _authorization_form(app: AppController, qtbot) -> tuple[str, AuthorizationDialog]:  # type: ignore[no-untyped-def]
    window = app.main_window
    assert window is not None
    client_id = add_client(app, qtbot)
    dialog = window.chart.authorizations.add()
    assert isinstance(dialog, AuthorizationDialog)
    qtbot.waitExposed(dialog)
    wait_ops(qtbot)
    return client_id, dialog


@pytest.mark.parametrize("how", ["lock", "quit"])
def test_a_typed_authorization_comes_back_whole_and_records_as_typed(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot, app_folder: Path, tmp_path: Path, how: str) -> None:
    client_id, dialog = _authorization_form(unlocked_app, qtbot)
    scan = _scan(tmp_path)
    _fill_every_field(dialog, qtbot, scan)
    dialog.part2.setChecked(True)
    assert not dialog.expires_on.isEnabled() and dialog.signer_role.currentData() == "personal_representative"
    texts = {name: getattr(dialog, name).text() for name in TEXTS}
    ticks = {name: getattr(dialog, name).isChecked() for name in TICKS}
    expires = dialog.expires_on.date()

    window = _away_and_back(unlocked_app, dialog, qtbot, how, app_folder)
    again = _reopened(window, AuthorizationDialog, qtbot)
    assert isinstance(again, AuthorizationDialog) and again is not dialog
    assert window.chart.client_id == client_id and again.client_id == client_id
    assert window.chart.tabs.currentWidget() is window.chart.authorizations, "on the tab it was opened from"
    assert again.property("client_id") == client_id, "said to be this client's chart, as when opened"
    assert {name: getattr(again, name).text() for name in TEXTS} == texts
    assert {name: getattr(again, name).isChecked() for name in TICKS} == ticks
    assert again.signed_on.date() == _signed_day()
    assert again.expires_on.date() == expires and not again.expires_on.isEnabled()
    assert again.signer_role.currentData() == "personal_representative"
    assert again.scan_path == scan and scan.name in again.scan_label.text()
    assert again.message.text() == restored_text(how)
    assert again.focusWidget() is again.recipient_address, "the keyboard back where it was"

    again.part2.setChecked(False)  # recorded as an authorization alone (a Part 2 consent asks more)
    again.save_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not again.isVisible(), timeout=10_000)
    vault = unlocked_app.vault
    assert vault is not None
    (auth,) = authorizations.list_authorizations(vault, client_id)
    assert auth.description == f"Progress notes of {CANARY}, 2026"
    assert auth.covers == {"progress", "billing"}
    assert (auth.discloser, auth.recipient_name, auth.recipient_address, auth.purposes) == (
        "The practice", f"Dr. {CANARY}, psychiatrist", f"1 {CANARY} Lane", ("continuity of care",))
    assert auth.signed_on == _signed_day().toPython()
    assert (auth.signer.name, auth.signer.role, auth.signer.authority) == (
        f"Rosa {CANARY}", "personal_representative", "health care agent")
    assert auth.expires_on is None and auth.expiration_event == f"end of the court case {CANARY}"
    assert auth.statements.right_to_revoke and auth.statements.conditioning and auth.statements.redisclosure
    assert auth.scan_attachment_id is not None, "the scan chosen before the lock is attached"


def test_a_scan_gone_meanwhile_is_said_and_not_attached(unlocked_app: AppController, qtbot,  # type: ignore[no-untyped-def]
                                                         app_folder: Path, tmp_path: Path) -> None:
    _client_id, dialog = _authorization_form(unlocked_app, qtbot)
    scan = _scan(tmp_path)
    _fill_every_field(dialog, qtbot, scan)
    unlocked_app.lock("Locked now.")
    wait_ops(qtbot)
    scan.unlink()  # moved away while the vault was locked
    window = unlock(unlocked_app, qtbot)
    again = _reopened(window, AuthorizationDialog, qtbot)
    assert isinstance(again, AuthorizationDialog)
    assert again.scan_path is None
    assert again.scan_label.text() == \
        f"The scan chosen before, {scan.name}, is no longer there: attach it again."
    assert again.description.text() == f"Progress notes of {CANARY}, 2026", "the rest is back all the same"
    again.reject()
    wait_ops(qtbot)


def _minor_with_parent(app: AppController) -> tuple[str, str]:
    vault = app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1, date_of_birth=fx.born_years_ago(10))
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 14})
    mother = guardians.add_guardian(vault, chart.client_id, "Jane Roe", authority="parent")
    return chart.client_id, mother.guardian_id


@pytest.mark.parametrize("privacy", [False, True], ids=["names shown", "privacy mode"])
def test_the_proposed_representative_comes_back_as_the_signer(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot, app_folder: Path, tmp_path: Path, privacy: bool) -> None:
    """A minor's form proposes the parent (and records them by their id, the name left empty in
    privacy mode): after the lock the form still signs for the parent, not a name alone."""
    window = unlocked_app.main_window
    assert window is not None
    client_id, mother = _minor_with_parent(unlocked_app)
    if privacy:
        window.menu_actions["privacy"].trigger()
    window.open_chart(client_id)
    wait_ops(qtbot)
    dialog = window.chart.authorizations.add()
    assert isinstance(dialog, AuthorizationDialog)
    wait_ops(qtbot)
    assert dialog.guardian_id() == mother
    assert dialog.held_entry() is None, "the app's proposal alone is not typing"
    dialog.set_scan(_scan(tmp_path))
    _type(qtbot, dialog.description, f"Progress notes of {CANARY}")
    dialog.cover_progress.setChecked(True)
    _type(qtbot, dialog.discloser, "The practice")
    _type(qtbot, dialog.recipient, "Dr. School Psychologist")
    _type(qtbot, dialog.purpose, "coordination of care")
    for box in (dialog.statement_revoke, dialog.statement_conditioning, dialog.statement_redisclosure):
        box.setChecked(True)

    window = _away_and_back(unlocked_app, dialog, qtbot, "lock", app_folder)
    again = _reopened(window, AuthorizationDialog, qtbot)
    assert isinstance(again, AuthorizationDialog)
    assert again.signer_name.text() == ("" if privacy else "Jane Roe")
    assert again.signer_role.currentData() == "personal_representative"
    assert again.signer_authority.text() == "parent"
    assert again.guardian_id() == mother, "still the parent proposed, by id"
    assert again.signer_note.isVisible() and "Proposed:" in again.signer_note.text()
    assert ("Roe" in again.signer_note.text()) is not privacy
    again.save_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not again.isVisible(), timeout=10_000)
    vault = unlocked_app.vault
    assert vault is not None
    (auth,) = authorizations.list_authorizations(vault, client_id)
    assert auth.signer.name == "Jane Roe" and auth.signer.role == "personal_representative"
    if privacy:
        window.menu_actions["privacy"].trigger()


def test_an_authorization_changed_only_by_ticks_or_a_date_is_held(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Nothing typed in a line, but boxes ticked: that is work too (and Escape asks about it)."""
    _client_id, dialog = _authorization_form(unlocked_app, qtbot)
    assert dialog.held_entry() is None
    dialog.statement_revoke.setChecked(True)
    entry = dialog.held_entry()
    assert entry is not None and entry["fields"]["statement_revoke"] is True
    dialog.statement_revoke.setChecked(False)
    assert dialog.held_entry() is None
    dialog.signed_on.setDate(_signed_day())
    assert dialog.held_entry() is not None
    dialog.reject()
    wait_ops(qtbot)
