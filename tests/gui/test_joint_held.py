"""Held in confidence for… on a couple's notes list, and the export wizard that then does not
offer the held note, saying why. Real widgets, a real vault, the real gate's marks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.export_wizard import ExportWizard
from vault_app.gui.joint_held_dialog import JointHeldDialog
from vault_app.services import clients, joint_held, notes, sessions
from vault_app.services.vault import Vault

pytestmark = pytest.mark.gui


def _couple(vault: Vault) -> tuple[str, list[str], list[str]]:
    members = [clients.create_client(vault, name, date_of_birth="1980-01-01").client_id
               for name in ("Ana Pareja", "Luis Pareja")]
    case = clients.create_case(vault, "Ana y Luis", members, kind="couple")
    ids = []
    for day, text in (("2024-03-01", "Joint session."), ("2024-03-08", "HELDGUIMARKER told alone.")):
        s = sessions.add_session(vault, case.case_id, date=day, duration_minutes=50)
        note = notes.create_progress_note(vault, case.case_id, text=text, session_id=s.session_id)
        notes.sign_note(vault, note.note_id)
        ids.append(note.note_id)
    return case.case_id, members, ids


def _view(app: AppController, qtbot, client_id: str):  # type: ignore[no-untyped-def]
    from vault_app.gui.chart_view import ChartView

    view = ChartView(app)
    qtbot.addWidget(view)
    view.load(client_id)
    wait_ops(qtbot)
    return view


def _row(view, note_id: str):  # type: ignore[no-untyped-def]
    tree = view.sessions.notes
    return next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == note_id)


def test_the_notes_list_holds_a_note_for_one_member_and_the_wizard_leaves_it_out(
        unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    vault = unlocked_app.vault
    assert vault is not None
    case_id, (ana, _luis), (joint, told) = _couple(vault)
    view = _view(unlocked_app, qtbot, case_id)
    tab = view.sessions
    assert not tab.held_button.isHidden() and tab.held_button.text() == "Held in confidence for…"
    tab.notes.setCurrentItem(_row(view, told))
    _row(view, told).setSelected(True)
    tab.held_button.click()
    found = view.window().findChildren(JointHeldDialog)
    assert len(found) == 1
    dialog = found[0]
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=10_000)
    assert [dialog.member.itemText(i) for i in range(dialog.member.count())] == [
        "No one: part of the joint record", "Ana Pareja", "Luis Pareja"]
    dialog.member.setCurrentIndex(dialog.member.findData(ana))
    dialog.save_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert joint_held.marks(vault, case_id)[told].member_id == ana
    entry = vault.ledger.entries(kinds=("note.held_in_confidence",))[-1]
    assert entry.payload == {"note_id": told, "client_id": case_id, "member_id": ana}
    qtbot.waitUntil(lambda: _row(view, told).text(2) == "signed, held in confidence", timeout=10_000)
    assert _row(view, joint).text(2) == "signed"

    wizard = view.start_export()
    assert isinstance(wizard, ExportWizard)
    qtbot.addWidget(wizard)
    wait_ops(qtbot)
    items = wizard.what_page.items
    offered = [items.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) for i in range(items.topLevelItemCount())]
    assert offered == [joint]
    assert ("1 note held in confidence for one member is not listed: what a member told under the "
            "confidentiality agreement stays out of a release of the joint record.") in wizard.what_page.note.text()
    wizard.close()

    # Back to the joint record: the dialog's "No one" clears the mark, and the ledger says so.
    again = tab.mark_held(_row(view, told))
    assert isinstance(again, JointHeldDialog)
    qtbot.waitUntil(again.save_button.isEnabled, timeout=10_000)
    assert again.member.currentData() == ana  # it opens on the mark as it is
    again.member.setCurrentIndex(0)
    again.save_button.click()
    wait_ops(qtbot)
    assert joint_held.marks(vault, case_id) == {}
    assert vault.ledger.entries(kinds=("note.held_cleared",))[-1].payload["member_id"] == ana


def test_an_individual_chart_has_no_held_action(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    vault = unlocked_app.vault
    assert vault is not None
    one = clients.create_client(vault, "Solo Client", date_of_birth="1980-01-01")
    view = _view(unlocked_app, qtbot, one.client_id)
    assert view.sessions.held_button.isHidden()


def test_the_action_and_the_refusal_speak_spanish(unlocked_app: AppController, qtbot, spanish: None) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from vault_app.domain.disclosure import ItemFacts
    from vault_app.domain.joint_held import held_refusals
    from vault_app.gui.gate_words import said_text

    vault = unlocked_app.vault
    assert vault is not None
    case_id, _members, _ids = _couple(vault)
    view = _view(unlocked_app, qtbot, case_id)
    assert view.sessions.held_button.text() == "Reservada en confidencia para…"
    (reason,) = held_refusals((ItemFacts("n1", "progress", date(2024, 3, 8)),), {"n1": "abc"}, set(),
                              manual=False, locale="es_ES")
    assert [said_text(reason)] == [
        "1 nota seleccionada (08/03/2024) está reservada en confidencia para un miembro (abc): "
        "lo que un miembro contó bajo el acuerdo de confidencialidad queda fuera de una divulgación del expediente "
        "conjunto, salvo que ese miembro, y solo él, la autorice. Déjela fuera."]
