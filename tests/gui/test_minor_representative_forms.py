"""A minor with a parent on file, in the windows (found in the real app: a parent's copy was logged
as given to the client, and the authorization form proposed the 10-year-old as signer). Real
vault, real exports, real widgets: the copy's window sends it to the representative who asked
and refuses the child as recipient; the authorization form proposes the parent, says so, and
refuses the child's own signature naming who may sign; past 18 it proposes nobody."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.auth_helpers import signed_scan
from tests.gui.conftest import wait_ops
from vault_app.gui import i18n
from vault_app.gui.controller import AppController
from vault_app.gui.widgets import MASK
from vault_app.services import access_recipient, authorizations, clients, export, guardians, practice, requests

pytestmark = pytest.mark.gui


def _minor(app: AppController, years: int) -> tuple[str, str]:
    vault = app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=2, date_of_birth=fx.born_years_ago(years))
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 14})
    mother = guardians.add_guardian(vault, chart.client_id, "Jane Roe", authority="parent")
    return chart.client_id, mother.guardian_id


def _copy_dialog(app: AppController, qtbot, rid: str):  # type: ignore[no-untyped-def]
    from vault_app.gui.requests_dialog import RequestDetailDialog

    detail = RequestDetailDialog(app, rid, parent=app.main_window)
    wait_ops(qtbot)
    dialog = detail.grant()
    wait_ops(qtbot)
    return detail, dialog


def test_the_copy_goes_to_the_parent_who_asked(unlocked_app: AppController, qtbot, tmp_path: Path) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    client_id, mother = _minor(unlocked_app, 10)
    rid = requests.add_request(vault, client_id, kind="access", received_on=fx.today(), guardian_id=mother).id
    detail, dialog = _copy_dialog(unlocked_app, qtbot, rid)
    assert "Made by Jane Roe, parent." in detail.summary.text()
    assert dialog.recipient.currentText() == "Jane Roe, parent" and dialog.recipient.currentData() == mother
    # The 10-year-old, whose parent controls the record, is listed greyed with why (gui/access_copy_recipients.py).
    assert [dialog.recipient.itemText(i) for i in range(dialog.recipient.count())] == [
        "The client (may not receive it)", "Jane Roe, parent"]
    dialog.password.setText(fx.PASSWORD)
    dialog.password_again.setText(fx.PASSWORD)
    dialog.folder.setText(str(tmp_path))
    dialog.make_button.click()
    wait_ops(qtbot)
    assert not dialog.isVisible(), dialog.message.text() + dialog.outcome.text()
    assert {r.recipient.name for r in export.disclosures(vault, client_id)} == {"Jane Roe, parent"}
    detail.reject()


def test_the_child_is_refused_as_recipient_and_nothing_is_made(unlocked_app: AppController, qtbot,
                                                               tmp_path: Path) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    client_id, mother = _minor(unlocked_app, 10)
    rid = requests.add_request(vault, client_id, kind="access", received_on=fx.today()).id
    detail, dialog = _copy_dialog(unlocked_app, qtbot, rid)
    assert dialog.recipient.currentData() == mother, "the representative in control comes first"
    dialog.recipient.setCurrentIndex(dialog.recipient.findData("client"))
    dialog.password.setText(fx.PASSWORD)
    dialog.password_again.setText(fx.PASSWORD)
    dialog.folder.setText(str(tmp_path))
    dialog.make_button.click()
    wait_ops(qtbot)
    assert dialog.isVisible()
    assert "Send it to: Jane Roe, parent." in dialog.message.text() and "164.502(g)" in dialog.message.text()
    assert list(tmp_path.glob("access-copy-*")) == [] and export.disclosures(vault, client_id) == []
    assert requests.get_request(vault, rid).status == "open"
    dialog.reject()
    detail.reject()


def test_a_new_request_names_the_representative_who_made_it(unlocked_app: AppController, qtbot) -> None:
    from vault_app.gui.requests_dialog import NewRequestDialog

    vault = unlocked_app.vault
    assert vault is not None
    client_id, mother = _minor(unlocked_app, 10)
    dialog = NewRequestDialog(unlocked_app, client_id, parent=unlocked_app.main_window)
    wait_ops(qtbot)
    dialog.description.setText("a copy of the notes")
    dialog.made_by.setCurrentIndex(dialog.made_by.findData(mother))
    assert dialog.made_by.currentText() == "Jane Roe, parent"
    dialog.save()
    wait_ops(qtbot)
    (q,) = requests.list_requests(vault, client_id=client_id)
    assert q.guardian_id == mother and q.by_representative


def _auth_dialog(app: AppController, qtbot, tmp_path: Path, client_id: str):  # type: ignore[no-untyped-def]
    window = app.main_window
    assert window is not None
    window.open_chart(client_id)
    wait_ops(qtbot)
    dialog = window.chart.authorizations.add()
    assert dialog is not None
    wait_ops(qtbot)
    scan = signed_scan(tmp_path)
    dialog.description.setText("Progress notes from 2026")
    dialog.cover_progress.setChecked(True)
    dialog.discloser.setText("The practice")
    dialog.recipient.setText("Dr. School Psychologist")
    dialog.purpose.setText("coordination of care")
    for box in (dialog.statement_revoke, dialog.statement_conditioning, dialog.statement_redisclosure):
        box.setChecked(True)
    dialog.set_scan(scan)
    return dialog


def test_the_form_proposes_the_parent_and_records_them(unlocked_app: AppController, qtbot, tmp_path: Path) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    client_id, _mother = _minor(unlocked_app, 10)
    dialog = _auth_dialog(unlocked_app, qtbot, tmp_path, client_id)
    assert dialog.signer_role.currentData() == "personal_representative"
    assert dialog.signer_name.text() == "Jane Roe" and dialog.signer_authority.text() == "parent"
    assert dialog.signer_note.isVisible() and "Proposed: Jane Roe, parent" in dialog.signer_note.text()
    dialog.save_button.click()
    wait_ops(qtbot)
    (auth,) = authorizations.list_authorizations(vault, client_id)
    assert auth.signer.name == "Jane Roe" and auth.signer.role == "personal_representative"
    assert not dialog.isVisible()


def test_the_proposal_note_goes_when_another_signer_is_typed_and_comes_back_with_theirs(
        unlocked_app: AppController, qtbot, tmp_path: Path) -> None:
    """Found in the real app: «Propuesto: Jane Roe, progenitor» stayed under another signer's name."""
    client_id, _mother = _minor(unlocked_app, 10)
    dialog = _auth_dialog(unlocked_app, qtbot, tmp_path, client_id)
    assert dialog.signer_note.isVisible()
    dialog.signer_name.setText("Rosa Roe")
    assert not dialog.signer_note.isVisible() and dialog.guardian_id() is None
    dialog.signer_name.setText("Jane Roe")
    assert dialog.signer_note.isVisible() and dialog.guardian_id() is not None
    dialog.signer_role.setCurrentIndex(dialog.signer_role.findData("client"))
    assert not dialog.signer_note.isVisible()
    dialog.reject()
    wait_ops(qtbot)


def test_a_spanish_form_proposes_the_parent_in_spanish(unlocked_app: AppController, qtbot, tmp_path: Path,
                                                       spanish: None) -> None:
    """Found in the real app: «Propuesto: Jane Roe, parent (mother)» on a Spanish form, and the
    English authority then recorded from its field."""
    vault = unlocked_app.vault
    assert vault is not None
    client_id, _mother = _minor(unlocked_app, 10)
    dialog = _auth_dialog(unlocked_app, qtbot, tmp_path, client_id)
    assert dialog.signer_authority.text() == "progenitor"
    assert "Jane Roe, progenitor" in dialog.signer_note.text() and "parent" not in dialog.signer_note.text()
    dialog.save_button.click()
    wait_ops(qtbot)
    (auth,) = authorizations.list_authorizations(vault, client_id)
    assert auth.signer.name == "Jane Roe" and auth.signer.authority == "progenitor"


def test_the_childs_own_signature_is_refused_naming_who_may_sign(unlocked_app: AppController, qtbot,
                                                                 tmp_path: Path) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    client_id, _mother = _minor(unlocked_app, 10)
    dialog = _auth_dialog(unlocked_app, qtbot, tmp_path, client_id)
    dialog.signer_role.setCurrentIndex(dialog.signer_role.findData("client"))
    assert dialog.signer_authority.text() == "", "the parent's authority does not describe the child's signature"
    dialog.signer_name.setText("Alex Testclient")
    dialog.save_button.click()
    wait_ops(qtbot)
    assert "Who may sign: Jane Roe, parent." in dialog.signer_problem.problem.text()  # under "Signer is"
    assert dialog.save_button.text().replace("&", "") == "Record authorization", "refused, not asked 'Record anyway'"
    assert authorizations.list_authorizations(vault, client_id) == [] and dialog.isVisible()
    dialog.reject()
    wait_ops(qtbot)


def test_past_18_the_form_proposes_the_client(unlocked_app: AppController, qtbot, tmp_path: Path) -> None:
    client_id, _mother = _minor(unlocked_app, 18)
    dialog = _auth_dialog(unlocked_app, qtbot, tmp_path, client_id)
    assert dialog.signer_role.currentData() == "client" and dialog.signer_name.text() == ""
    assert not dialog.signer_note.isVisible()
    dialog.reject()
    wait_ops(qtbot)


@pytest.mark.parametrize(("consented_by", "proposed"), [("guardian", True), ("", True), ("client", False)])
def test_at_16_the_form_proposes_whoever_the_chart_says_consented(unlocked_app: AppController, qtbot, tmp_path: Path,
                                                                  consented_by: str, proposed: bool) -> None:
    """16, the age of consent 14: a parent who consented to the care (or nothing recorded) signs for the minor
    (164.502(g)(3)(i)(A)); the minor who consented signs (found: the client proposed by age alone)."""
    vault = unlocked_app.vault
    assert vault is not None
    client_id, _mother = _minor(unlocked_app, 16)
    clients.update_client(vault, client_id, care_consented_by=consented_by)
    dialog = _auth_dialog(unlocked_app, qtbot, tmp_path, client_id)
    if proposed:
        assert dialog.signer_role.currentData() == "personal_representative" and dialog.signer_name.text() == "Jane Roe"
        assert "unless the chart says the minor consented" in dialog.signer_note.text()
    else:
        assert dialog.signer_role.currentData() == "client" and dialog.signer_name.text() == ""
        assert not dialog.signer_note.isVisible()
    dialog.reject()
    wait_ops(qtbot)


def test_privacy_mode_keeps_the_representatives_name_off_the_screen(unlocked_app: AppController, qtbot,
                                                                    tmp_path: Path) -> None:
    """A parent's name often carries the client's surname: masked as the Guardians list masks it."""
    vault, window = unlocked_app.vault, unlocked_app.main_window
    assert vault is not None and window is not None
    client_id, mother = _minor(unlocked_app, 10)
    rid = requests.add_request(vault, client_id, kind="access", received_on=fx.today(), guardian_id=mother).id
    folder = tmp_path / "copies"
    folder.mkdir()
    from vault_app.services import access_copy

    access_copy.grant_with_copy(vault, rid, folder=folder, password=fx.PASSWORD)
    dialog = _auth_dialog(unlocked_app, qtbot, tmp_path, client_id)
    dialog.reject()
    window.menu_actions["privacy"].trigger()
    dialog = _auth_dialog(unlocked_app, qtbot, tmp_path, client_id)
    assert dialog.signer_name.text() == "" and "Roe" not in dialog.signer_note.text()
    assert "Proposed: •" in dialog.signer_note.text() and ", parent, the client's" in dialog.signer_note.text()
    dialog.save_button.click()  # the name left empty: the proposed representative is recorded
    wait_ops(qtbot)
    (auth,) = authorizations.list_authorizations(vault, client_id)
    assert auth.signer.name == "Jane Roe"
    tab = window.chart.disclosures
    window.chart.tabs.setCurrentWidget(tab)
    wait_ops(qtbot)
    shown = [tab.tree.topLevelItem(i).text(1) for i in range(tab.tree.topLevelItemCount())]
    assert shown and all(text.endswith(", parent") and "Roe" not in text for text in shown), shown
    window.menu_actions["privacy"].trigger()
    wait_ops(qtbot)
    assert tab.tree.topLevelItem(0).text(1) == "Jane Roe, parent"


def test_the_history_line_says_who_received_the_copy(qtbot) -> None:  # type: ignore[no-untyped-def]
    from vault_app.gui.history_words import describe_event

    basis = {"kind": "client_access", "summary": "client's access request R-1"}
    to_parent = {"disclosure_id": "D-1", "basis": basis, "extra": {"guardian_id": "g1"},
                 "recipient": {"name": "the client's personal representative (parent)", "address": ""}}
    names = {"g1": "Jane Roe, parent"}
    to_client = {"disclosure_id": "D-2", "basis": basis, "recipient": {"name": access_recipient.CLIENT_SELF_RECIPIENT}}
    to_doctor = {"disclosure_id": "D-3", "basis": {"kind": "treatment"}, "recipient": {"name": "Dr. Rivera"}}
    assert describe_event("disclosure", to_parent, names=names) == \
        "Disclosure recorded (to Jane Roe, parent; D-1 on the Disclosures tab)"
    assert describe_event("disclosure", to_parent, privacy=True, names=names) == \
        f"Disclosure recorded (to {MASK}, parent; D-1 on the Disclosures tab)"
    # The chart no longer names them (the guardian removed): the ledger's words, with no name to mask.
    assert describe_event("disclosure", to_parent, privacy=True).endswith(
        "(to the client's personal representative (parent); D-1 on the Disclosures tab)")
    assert describe_event("disclosure", to_client) == "Disclosure recorded (to the client; D-2 on the Disclosures tab)"
    assert describe_event("disclosure", to_doctor) == "Disclosure recorded (to Dr. Rivera; D-3 on the Disclosures tab)"
    assert i18n.install("es") == "es"
    try:
        assert describe_event("disclosure", to_client).endswith("(para el cliente; D-2 en la pestaña Divulgaciones)")
        assert describe_event("disclosure", to_parent, names=names).endswith(
            "(para Jane Roe, parent; D-1 en la pestaña Divulgaciones)")
    finally:
        i18n.install("en")


def test_the_practice_wide_request_list_masks_who_made_it_in_privacy_mode(unlocked_app: AppController,
                                                                          qtbot) -> None:
    from PySide6.QtCore import Qt

    from vault_app.gui.requests_dialog import RequestDetailDialog

    vault, window = unlocked_app.vault, unlocked_app.main_window
    assert vault is not None and window is not None
    client_id, mother = _minor(unlocked_app, 10)
    requests.add_request(vault, client_id, kind="access", received_on=fx.today(), guardian_id=mother)
    window.menu_actions["privacy"].trigger()
    listing = window.open_requests()
    wait_ops(qtbot)
    item = listing.tree.topLevelItem(0)
    assert item is not None and item.data(0, Qt.ItemDataRole.UserRole)
    listing.tree.itemActivated.emit(item, 0)
    wait_ops(qtbot)
    detail = listing.findChildren(RequestDetailDialog)[0]
    assert "Made by" in detail.summary.text() and "Roe" not in detail.summary.text()
    assert f"{MASK}, parent" in detail.summary.text()
    detail.reject()
    listing.reject()
    window.menu_actions["privacy"].trigger()
