"""The export wizard offers a note held in confidence exactly when a release may carry it (the
member it is held for is the one adult, so their authorization alone releases the record:
services/joint_held.offered), saying whose it is, and the real gate, export and ledger follow;
otherwise it is left out with the reason, as before. Real widgets, a real vault, a real PDF."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.domain.joint_held import confidence_warning
from vault_app.gui.controller import AppController
from vault_app.gui.export_wizard import ExportWizard
from vault_app.gui.gate_words import said_text
from vault_app.services import clients, joint_held, notes, sessions
from vault_app.services.vault import Vault

pytestmark = pytest.mark.gui

LEFT_OUT = ("1 note held in confidence for one member is not listed: what a member told under the "
            "confidentiality agreement stays out of a release of the joint record.")
OFFERED = ("1 note told in confidence by one member is listed, unticked: it may go only in a release that this "
           "member alone authorizes (their own authorization as the basis); the rules refuse it in any other "
           "release.")


def _case(vault: Vault, second_is_child: bool) -> tuple[str, list[str], list[str]]:
    fx.set_practice(vault)
    first = clients.create_client(vault, "Ana Madre", date_of_birth="1980-01-01").client_id
    born = fx.days_ago(3650).isoformat() if second_is_child else "1982-01-01"
    second = clients.create_client(vault, "Luis Hijo" if second_is_child else "Luis Pareja",
                                   date_of_birth=born).client_id
    case = clients.create_case(vault, "Familia", [first, second], kind="family" if second_is_child else "couple")
    ids = []
    for days, text in ((20, "Joint session JOINTGUIMARKER."), (10, "HELDGUIMARKER told alone.")):
        s = sessions.add_session(vault, case.case_id, date=fx.days_ago(days), duration_minutes=50)
        note = notes.create_progress_note(vault, case.case_id, text=text, session_id=s.session_id)
        notes.sign_note(vault, note.note_id)
        ids.append(note.note_id)
    joint_held.hold(vault, ids[1], first)
    return case.case_id, [first, second], ids


def _wizard(app: AppController, qtbot, case_id: str) -> ExportWizard:  # type: ignore[no-untyped-def]
    wizard = ExportWizard(app, case_id)
    qtbot.addWidget(wizard)
    wizard.show()
    wait_ops(qtbot)
    return wizard


def _rows(wizard: ExportWizard) -> dict[str, str]:
    items = wizard.what_page.items
    return {str(items.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)): items.topLevelItem(i).text(1)
            for i in range(items.topLevelItemCount())}


def _tick(wizard: ExportWizard, note_id: str) -> None:
    items = wizard.what_page.items
    for i in range(items.topLevelItemCount()):
        item = items.topLevelItem(i)
        if item.data(0, Qt.ItemDataRole.UserRole) == note_id:
            assert item.checkState(0) == Qt.CheckState.Unchecked  # never ticked for the therapist
            item.setCheckState(0, Qt.CheckState.Checked)


def _check(wizard: ExportWizard, qtbot, basis: str, auth_id: str | None = None) -> None:  # type: ignore[no-untyped-def]
    form = wizard.basis_page.form
    form.basis.setCurrentIndex(form.basis.findData(basis))
    if auth_id is not None:
        form.authorization.setCurrentIndex(form.authorization.findData(auth_id))
    wizard.basis_page.check()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: wizard.basis_page.verdict is not None)


def test_offered_when_the_member_alone_authorizes_and_it_goes(unlocked_app: AppController, qtbot,
                                                               tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    vault = unlocked_app.vault
    assert vault is not None
    case_id, (mother, _child), (joint, told) = _case(vault, True)
    auth = fx.add_auth(vault, case_id, signer_client_id=mother, signer_name="Ana Madre")
    wizard = _wizard(unlocked_app, qtbot, case_id)
    rows = _rows(wizard)
    assert set(rows) == {joint, told}
    assert "told in confidence by Ana Madre: only in a release that Ana Madre alone authorizes" in rows[told]
    assert "told in confidence" not in rows[joint]
    note = wizard.what_page.note.text()
    assert OFFERED in note and LEFT_OUT not in note
    _tick(wizard, joint)
    _tick(wizard, told)
    wizard.what_page.recipient.setText(fx.RECIPIENT.name)
    wizard.what_page.address.setText(fx.RECIPIENT.address)
    wizard.what_page.purpose.setText(fx.PURPOSE)
    wizard.next()
    # Under another basis the gate refuses the held note, by its own words.
    _check(wizard, qtbot, "court_order")
    assert wizard.basis_page.verdict is not None and not wizard.basis_page.verdict.allowed
    assert "held in confidence" in wizard.basis_page.verdict_text.text()
    form = wizard.basis_page.form
    # On a joint chart the authorization says whose it is.
    assert ", signed by Ana Madre " in form.authorization.itemText(form.authorization.findData(auth.id))
    _check(wizard, qtbot, "authorization", auth.id)
    assert wizard.basis_page.verdict is not None and wizard.basis_page.verdict.allowed, \
        wizard.basis_page.verdict_text.text()
    # The release is that member's own: it is not told to leave out what a member shared in confidence.
    said = wizard.basis_page.verdict_text.text()
    assert "1 note held in confidence for the member who alone authorized it" in said
    assert "leave out anything a member shared in confidence" not in said
    wizard.next()
    save = wizard.save_page
    assert ("It carries 1 note told in confidence by <b>Ana Madre</b>: this release is Ana Madre's alone, "
            "on their own authorization.") in save.preview.text()
    save.path.setText(str(tmp_path / "own.pdf"))
    save.password.setText(fx.PASSWORD)
    save.confirm.setText(fx.PASSWORD)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.receipt_page or bool(save.message.text()))
    assert wizard.currentPage() is wizard.receipt_page, save.message.text()
    text = " ".join(fx.pdf_text(tmp_path / "own.pdf"))
    assert "HELDGUIMARKER" in text and "JOINTGUIMARKER" in text
    result = save.result
    assert result is not None
    entry = vault.ledger.get(result.ledger_seq)
    assert entry is not None
    payload = json.dumps(entry.payload)
    assert told in payload and "HELDGUIMARKER" not in payload and "Ana" not in payload
    wizard.close()


@pytest.mark.parametrize("signers", [(0, 1), (1,)], ids=["both-signed", "the-other-signed"])
def test_a_couple_never_sees_it_offered(unlocked_app: AppController, qtbot,
                                        signers: tuple[int, ...]) -> None:  # type: ignore[no-untyped-def]
    vault = unlocked_app.vault
    assert vault is not None
    case_id, people, (joint, _told) = _case(vault, False)
    for i in signers:
        fx.add_auth(vault, case_id, signer_client_id=people[i], signer_name=f"Member {i}")
    wizard = _wizard(unlocked_app, qtbot, case_id)
    assert set(_rows(wizard)) == {joint}
    note = wizard.what_page.note.text()
    assert LEFT_OUT in note and "told in confidence by" not in note
    wizard.close()


def test_held_for_the_child_it_is_left_out(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    vault = unlocked_app.vault
    assert vault is not None
    case_id, (mother, child), (joint, told) = _case(vault, True)
    joint_held.hold(vault, told, child)
    fx.add_auth(vault, case_id, signer_client_id=mother, signer_name="Ana Madre")
    wizard = _wizard(unlocked_app, qtbot, case_id)
    assert set(_rows(wizard)) == {joint}
    assert LEFT_OUT in wizard.what_page.note.text()
    wizard.close()


def test_the_offer_speaks_spanish(unlocked_app: AppController, qtbot, spanish: None) -> None:  # type: ignore[no-untyped-def]
    vault = unlocked_app.vault
    assert vault is not None
    case_id, _people, (_joint, told) = _case(vault, True)
    wizard = _wizard(unlocked_app, qtbot, case_id)
    assert ("contada en confidencia por Ana Madre: solo en una divulgación que autorice únicamente Ana Madre"
            in _rows(wizard)[told])
    assert wizard.what_page.note.text().startswith("1 nota contada en confidencia por un miembro aparece, sin marcar")
    assert wizard.save_page._held_words(["Ana Madre"]) == (
        "<br><br>Lleva 1 nota contada en confidencia por <b>Ana Madre</b>: esta divulgación es solo de Ana Madre, "
        "con su propia autorización.")
    # The gate's word on the member's own release, in Spanish by its code.
    assert said_text(confidence_warning({told: "m1"}, [told], {"m1"})) == (
        "Esta divulgación lleva 1 nota reservada en confidencia para el único miembro que la autorizó: es la "
        "divulgación propia de ese miembro de lo que contó en confidencia.")
    wizard.close()
