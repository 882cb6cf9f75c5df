"""Records > Destructions and certificates. Found in the real app: the certificate could be saved
only from the destruction wizard's last page; after Finish, a lock or a quit the app had no way
to it, and `vault-app certificate export` refuses a vault the app has open."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.conftest import PASSPHRASE
from tests.core.request_recorded_then import recorded_then
from tests.gui.conftest import wait_ops
from tests.gui.test_change_notices import elsewhere, window_of
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_date
from vault_app.gui.destructions_dialog import DestructionsDialog
from vault_app.services import certificates, clients, destruction, notes, psychotherapy_notes
from vault_app.services.vault import Vault

pytestmark = pytest.mark.gui


def test_every_destruction_listed_and_its_certificate_saved_again(
        unlocked_app: AppController, qtbot, tmp_path: Path) -> None:
    chart_id = add_client(unlocked_app, qtbot, "Gone Wholechart")
    notes_id = add_client(unlocked_app, qtbot, "Kept Chartbutnotes")
    done: dict[str, str] = {}

    def destroy_both(v: Vault) -> None:
        v.unlock_psychotherapy(PASSPHRASE)
        notes.create_progress_note(v, chart_id, sections={"subjective": "wombat"})
        chart_number = clients.get_client(v, chart_id).chart_number
        done["chart"] = destruction.destroy(v, chart_id, basis="override", confirm=chart_number,
                                            override_reason="Duplicate chart created in error")["certificate_id"]
        made = [psychotherapy_notes.create_psychotherapy_note(v, notes_id, f"process note {i}").note.note_id
                for i in range(2)]
        number = clients.get_client(v, notes_id).chart_number
        done["notes"] = destruction.destroy(v, notes_id, basis="override", confirm=number, note_ids=made,
                                            override_reason="Notes written in the wrong chart")["certificate_id"]
        done["chart_number"] = chart_number

    elsewhere(unlocked_app, qtbot, destroy_both)
    dialog = window_of(unlocked_app).open_destructions()
    assert isinstance(dialog, DestructionsDialog)
    wait_ops(qtbot)
    rows = {}
    for i in range(dialog.tree.topLevelItemCount()):
        item = dialog.tree.topLevelItem(i)
        assert item is not None
        rows[str(item.data(0, Qt.ItemDataRole.UserRole))] = [item.text(c) for c in range(dialog.tree.columnCount())]
    today = show_date(date.today())
    assert rows[done["chart"]] == [done["chart"], done["chart_number"], "the whole chart", "documented reason",
                                   today, "completed"]
    assert rows[done["notes"]][2:] == ["2 psychotherapy notes", "documented reason", today, "completed"]
    assert dialog.chosen() == done["notes"] and dialog.save_button.isEnabled(), "the latest first, ready to save"

    pdf = tmp_path / "saved" / "certificate.pdf"
    pdf.parent.mkdir()
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(1))
    assert dialog.chosen() == done["chart"]
    dialog.save_to(done["chart"], pdf)
    wait_ops(qtbot)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert dialog.saved.text() == f"Saved: {pdf.with_suffix('.json')}, {pdf}"
    document = certificates.load(pdf.with_suffix(".json"))
    assert certificates.summary(document)["certificate_id"] == done["chart"]
    assert certificates.check_signature(document, certificates.vault_public_key(unlocked_app.folder)) == []
    dialog.reject()


def test_no_destruction_yet_is_said(unlocked_app: AppController, qtbot) -> None:
    dialog = window_of(unlocked_app).open_destructions()
    assert isinstance(dialog, DestructionsDialog)
    wait_ops(qtbot)
    assert dialog.tree.topLevelItemCount() == 0
    assert dialog.note.text() == "No destruction has been recorded in this vault."
    assert not dialog.save_button.isEnabled()
    dialog.reject()


def test_by_keyboard_arrows_choose_and_enter_saves(
        unlocked_app: AppController, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QApplication

    from vault_app.gui import file_dialogs

    client_id = add_client(unlocked_app, qtbot, "Keyed Certificate")

    def destroy(v: Vault) -> None:
        v.unlock_psychotherapy(PASSPHRASE)
        destruction.destroy(v, client_id, basis="override", confirm=clients.get_client(v, client_id).chart_number,
                            override_reason="Duplicate chart created in error")

    elsewhere(unlocked_app, qtbot, destroy)
    asked: list[str] = []

    def chooser(_parent: object, _caption: str, suggested: str, _filters: str = "") -> str:
        asked.append(suggested)
        return str(tmp_path / "kept.pdf")

    monkeypatch.setattr(file_dialogs, "save_file", chooser)
    dialog = window_of(unlocked_app).open_destructions()
    assert isinstance(dialog, DestructionsDialog)
    wait_ops(qtbot)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.tree)
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Return)
    wait_ops(qtbot)
    assert len(asked) == 1 and Path(asked[0]).name == f"{dialog.chosen()}.pdf"
    assert (tmp_path / "kept.pdf").read_bytes().startswith(b"%PDF") and (tmp_path / "kept.json").exists()
    assert dialog.isVisible()
    dialog.reject()



def test_compliance_records_kept_are_listed_and_those_past_their_date_destroyed(
        unlocked_app: AppController, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    """45 CFR 164.530(j): a destroyed chart's access request (and the client's identity with it)
    is kept six years from its own date; found in the real app: kept out of sight, and only
    `vault-app compliance destroy-due` could destroy them once due."""
    from PySide6.QtWidgets import QMessageBox

    from vault_app.services import requests

    client_id = add_client(unlocked_app, qtbot, "Ida Requestedcopy")
    recorded_then(monkeypatch, date(2013, 3, 1))  # the 2013 request recorded the day it came

    def request_then_destroy(v: Vault) -> None:
        q = requests.add_request(v, client_id, kind="access", received_on=date(2013, 3, 1), description="a copy")
        requests.grant_request(v, q.id, decided_on=date(2013, 3, 10), granted="full copy")
        v.unlock_psychotherapy(PASSPHRASE)
        destruction.destroy(v, client_id, basis="override", confirm=clients.get_client(v, client_id).chart_number,
                            override_reason="Duplicate chart created in error")

    elsewhere(unlocked_app, qtbot, request_then_destroy)
    dialog = window_of(unlocked_app).open_destructions()
    assert isinstance(dialog, DestructionsDialog)
    wait_ops(qtbot)
    box = dialog.compliance
    kinds = sorted(box.tree.topLevelItem(i).text(1) for i in range(box.tree.topLevelItemCount()))
    assert kinds == ["client request", "the client's name and chart number"]
    assert all(box.tree.topLevelItem(i).text(2).endswith("(past)") for i in range(2)), "2013 + 6 years"
    assert box.destroy_button.isEnabled()
    box.destroy_button.click()
    ask = box.findChild(QMessageBox, "confirmBox")
    assert ask is not None
    ask.buttons()[0].click()  # Destroy (the accept role is added first)
    wait_ops(qtbot)
    assert box.tree.topLevelItemCount() == 0 and not box.destroy_button.isEnabled()
    assert box.said.text() == "2 destroyed; the signed record is in the ledger."
    dialog.reject()
