"""An authorization on a couple or family case: the form names the member who signed (found
walking the real app: the record was refused with "name the member who signed" and the form had
nowhere to name one; only the CLI's --signer-member could). Every adult member signs their own;
a minor member's representative signs for them (REGULATIONS.md "Minors, couples, families")."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.gui.auth_helpers import fill_authorization, signed_scan
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.services import authorizations, clients, guardians

pytestmark = pytest.mark.gui


def _open_add(app: AppController, qtbot, case_id: str):  # type: ignore[no-untyped-def]
    window = app.main_window
    assert window is not None
    window.open_chart(case_id)
    wait_ops(qtbot)
    dialog = window.chart.authorizations.add()
    assert dialog is not None
    wait_ops(qtbot)
    return dialog


def _pick(dialog, member_id: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog.members.combo.setCurrentIndex(dialog.members.combo.findData(member_id))
    wait_ops(qtbot)


def test_each_adult_of_a_couple_signs_their_own(unlocked_app: AppController, qtbot, tmp_path: Path) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    ada = clients.create_client(vault, "Ada Coupleone", date_of_birth="1980-02-03")
    ben = clients.create_client(vault, "Ben Coupletwo", date_of_birth="1979-05-06")
    case = clients.create_case(vault, "Coupleone-Coupletwo", [ada.client_id, ben.client_id])
    dialog = _open_add(unlocked_app, qtbot, case.case_id)
    assert dialog.members.combo.isVisibleTo(dialog), "a joint record: the form asks which member signed"
    offered = [dialog.members.combo.itemText(i) for i in range(dialog.members.combo.count())]
    assert any("Ada Coupleone" in t and ada.chart_number in t for t in offered), offered
    assert any("Ben Coupletwo" in t and ben.chart_number in t for t in offered), offered
    for member, name in ((ada, "Ada Coupleone"), (ben, "Ben Coupletwo")):
        if member is ben:
            dialog = _open_add(unlocked_app, qtbot, case.case_id)
        fill_authorization(dialog, signed_scan(tmp_path, f"{name}.pdf"), signer="")
        _pick(dialog, member.client_id, qtbot)
        assert dialog.signer_name.text() == name, "the member chosen is the signer proposed"
        assert dialog.signer_role.currentData() == "client"
        dialog.save_button.click()
        wait_ops(qtbot)
        assert not dialog.isVisible(), dialog.message.text()
    recorded = {a.signer_client_id: a.signer.name for a in authorizations.list_authorizations(vault, case.case_id)}
    assert recorded == {ada.client_id: "Ada Coupleone", ben.client_id: "Ben Coupletwo"}
    tab = unlocked_app.main_window.chart.authorizations  # type: ignore[union-attr]
    tab.view.tabs.setCurrentWidget(tab)  # the list, as the therapist looks at it
    tab.activate()
    wait_ops(qtbot)
    headers = [tab.tree.headerItem().text(i) for i in range(tab.tree.columnCount())]
    assert "Signed by" in headers
    col = headers.index("Signed by")
    signed_by = sorted(tab.tree.topLevelItem(i).text(col) for i in range(tab.tree.topLevelItemCount()))
    assert signed_by == sorted([f"Ada Coupleone ({ada.chart_number})", f"Ben Coupletwo ({ben.chart_number})"])


def test_no_member_chosen_is_refused_at_the_member(unlocked_app: AppController, qtbot, tmp_path: Path) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    ada = clients.create_client(vault, "Ada Coupleone", date_of_birth="1980-02-03")
    ben = clients.create_client(vault, "Ben Coupletwo", date_of_birth="1979-05-06")
    case = clients.create_case(vault, "Coupleone-Coupletwo", [ada.client_id, ben.client_id])
    dialog = _open_add(unlocked_app, qtbot, case.case_id)
    fill_authorization(dialog, signed_scan(tmp_path), signer="Ada Coupleone")
    dialog.save_button.click()
    wait_ops(qtbot)
    assert "name the member who signed" in dialog.message.text()
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.members.combo)
    assert authorizations.list_authorizations(vault, case.case_id) == []
    dialog.reject()
    wait_ops(qtbot)


def test_a_minor_member_s_representative_signs_for_them(unlocked_app: AppController, qtbot, tmp_path: Path) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    today = date.today()
    mother = clients.create_client(vault, "Mara Familyparent", date_of_birth="1982-01-01")
    child = clients.create_client(vault, "Kit Familychild", date_of_birth=date(today.year - 9, 1, 1).isoformat())
    guardians.add_guardian(vault, child.client_id, "Mara Familyparent", relationship="mother", authority="parent")
    case = clients.create_case(vault, "Familyparent family", [mother.client_id, child.client_id], kind="family")
    dialog = _open_add(unlocked_app, qtbot, case.case_id)
    fill_authorization(dialog, signed_scan(tmp_path), signer="")
    _pick(dialog, child.client_id, qtbot)
    assert dialog.signer_role.currentData() == "personal_representative"
    assert dialog.signer_name.text() == "Mara Familyparent"
    assert dialog.signer_note.isVisibleTo(dialog)
    _pick(dialog, mother.client_id, qtbot)  # the mother herself: her own signature, not the proposal
    assert dialog.signer_role.currentData() == "client" and dialog.signer_name.text() == "Mara Familyparent"
    _pick(dialog, child.client_id, qtbot)
    dialog.save_button.click()
    wait_ops(qtbot)
    assert not dialog.isVisible(), dialog.message.text()
    [auth] = authorizations.list_authorizations(vault, case.case_id)
    assert auth.signer_client_id == child.client_id
    assert auth.signer.role == "personal_representative" and auth.signer.name == "Mara Familyparent"
    tab = unlocked_app.main_window.chart.authorizations  # type: ignore[union-attr]
    tab.view.tabs.setCurrentWidget(tab)  # the list, as the therapist looks at it
    tab.activate()
    wait_ops(qtbot)
    col = [tab.tree.headerItem().text(i) for i in range(tab.tree.columnCount())].index("Signed by")
    assert tab.tree.topLevelItem(0).text(col) == f"Mara Familyparent, for Kit Familychild ({child.chart_number})"


def test_an_individual_chart_asks_no_member(unlocked_app: AppController, qtbot) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    solo = clients.create_client(vault, "Solo Person", date_of_birth="1980-02-03")
    dialog = _open_add(unlocked_app, qtbot, solo.client_id)
    assert not dialog.members.combo.isVisibleTo(dialog)
    dialog.reject()
    wait_ops(qtbot)


def test_the_member_chosen_comes_back_after_a_lock(unlocked_app: AppController, qtbot, app_folder: Path,
                                                   tmp_path: Path) -> None:
    from tests.gui.test_held_dates import _reopened
    from tests.gui.test_held_new_client_and_authorization import _away_and_back
    from vault_app.gui.auth_dialog import AuthorizationDialog

    vault = unlocked_app.vault
    assert vault is not None
    today = date.today()
    mother = clients.create_client(vault, "Mara Familyparent", date_of_birth="1982-01-01")
    child = clients.create_client(vault, "Kit Familychild", date_of_birth=date(today.year - 9, 1, 1).isoformat())
    parent = guardians.add_guardian(vault, child.client_id, "Mara Familyparent", relationship="mother",
                                    authority="parent")
    case = clients.create_case(vault, "Familyparent family", [mother.client_id, child.client_id], kind="family")
    dialog = _open_add(unlocked_app, qtbot, case.case_id)
    fill_authorization(dialog, signed_scan(tmp_path), signer="")
    _pick(dialog, child.client_id, qtbot)
    window = _away_and_back(unlocked_app, dialog, qtbot, "lock", app_folder)
    again = _reopened(window, AuthorizationDialog, qtbot)
    assert isinstance(again, AuthorizationDialog)
    wait_ops(qtbot)
    assert again.members.member_id() == child.client_id
    assert again.guardian_id() == parent.guardian_id, "still the child's representative, by id"
    again.save_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not again.isVisible(), timeout=10_000)
    vault = unlocked_app.vault  # opened again at the unlock
    assert vault is not None
    [auth] = authorizations.list_authorizations(vault, case.case_id)
    assert auth.signer_client_id == child.client_id and auth.signer.role == "personal_representative"


def test_privacy_mode_masks_the_members_names(unlocked_app: AppController, qtbot) -> None:
    vault = unlocked_app.vault
    window = unlocked_app.main_window
    assert vault is not None and window is not None
    ada = clients.create_client(vault, "Ada Coupleone", date_of_birth="1980-02-03")
    ben = clients.create_client(vault, "Ben Coupletwo", date_of_birth="1979-05-06")
    case = clients.create_case(vault, "Coupleone-Coupletwo", [ada.client_id, ben.client_id])
    window.menu_actions["privacy"].trigger()
    try:
        dialog = _open_add(unlocked_app, qtbot, case.case_id)
        offered = " ".join(dialog.members.combo.itemText(i) for i in range(dialog.members.combo.count()))
        assert ada.chart_number in offered and "Coupleone" not in offered and "Coupletwo" not in offered
        _pick(dialog, ada.client_id, qtbot)
        # Filled in as the member, the name off the screen (tests/gui/test_auth_member_privacy.py)
        assert dialog.signer_name.text() == f"The member ({ada.chart_number})", "the name stays off the screen"
        dialog.reject()
        wait_ops(qtbot)
    finally:
        window.menu_actions["privacy"].trigger()


def test_a_minor_member_signing_alone_is_asked_about_first(unlocked_app: AppController, qtbot,
                                                           tmp_path: Path) -> None:
    """The minor's warning is worked out for the member chosen, not for the case (which has no age)."""
    vault = unlocked_app.vault
    assert vault is not None
    today = date.today()
    seventeen = date(today.year - 17, 1, 1) if today.month > 1 else date(today.year - 18, 3, 1)
    adult = clients.create_client(vault, "Ona Adultsib", date_of_birth="1990-01-01")
    teen = clients.create_client(vault, "Teo Teensib", date_of_birth=seventeen.isoformat())
    case = clients.create_case(vault, "Sib family", [adult.client_id, teen.client_id], kind="family")
    dialog = _open_add(unlocked_app, qtbot, case.case_id)
    fill_authorization(dialog, signed_scan(tmp_path), signer="")
    _pick(dialog, teen.client_id, qtbot)
    assert dialog.signer_role.currentData() == "client" and dialog.signer_name.text() == "Teo Teensib"
    dialog.save_button.click()
    wait_ops(qtbot)
    assert "under your age of consent" in dialog.message.text()
    assert authorizations.list_authorizations(vault, case.case_id) == []
    _pick(dialog, adult.client_id, qtbot)  # another member: the warning read no longer stands
    assert dialog.save_button.text() == "Record authorization" and dialog.message.text() == ""
    dialog.reject()
    wait_ops(qtbot)
