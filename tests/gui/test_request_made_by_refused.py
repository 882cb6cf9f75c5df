"""Record a request's "Made by" lists every representative recorded in the chart: one the rules refuse on
the day received (164.502(g)) is shown greyed, marked, with the refusal's words under the list. Found by a
walker: the mother of a 15-year-old who consented to her own care was dropped without a word, so the only
choice left called her "a personal representative not recorded in the chart". The red "Name the
person..." message goes once both fields are filled (it stayed up). Real vault, real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QStandardItemModel

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.new_request_dialog import BY_OTHER, NewRequestDialog
from vault_app.services import clients, guardians, practice, requests

pytestmark = pytest.mark.gui


def _maya(app: AppController, consented_by: str) -> tuple[str, str]:
    vault = app.vault
    assert vault is not None
    fx.set_practice(vault)
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 12})
    client_id = clients.create_client(vault, "Maya Lopez", date_of_birth=fx.born_years_ago(15)).client_id
    clients.update_client(vault, client_id, care_consented_by=consented_by)
    mother = guardians.add_guardian(vault, client_id, "Elena Lopez", authority="parent", relationship="mother")
    return client_id, mother.guardian_id


def _dialog(app: AppController, qtbot, client_id: str) -> NewRequestDialog:  # type: ignore[no-untyped-def]
    dialog = NewRequestDialog(app, client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_ops(qtbot)
    return dialog


def _enabled(dialog: NewRequestDialog, index: int) -> bool:
    model = dialog.made_by.model()
    assert isinstance(model, QStandardItemModel)
    item = model.item(index)
    return item is not None and item.isEnabled()


def test_a_refused_mother_is_listed_greyed_and_the_form_says_why(unlocked_app: AppController, qtbot) -> None:
    client_id, mother = _maya(unlocked_app, "client")
    dialog = _dialog(unlocked_app, qtbot, client_id)
    qtbot.waitUntil(lambda: dialog.made_by.findData(mother) >= 0)
    index = dialog.made_by.findData(mother)
    assert not _enabled(dialog, index)
    assert dialog.made_by.itemText(index) == "Elena Lopez, parent (mother): may not request the records"
    assert dialog.made_by.currentData() == "client"
    note = dialog.refused_note.text()
    assert dialog.refused_note.isVisible() and note.startswith("Elena Lopez, parent (mother): ")
    assert "consented to their own outpatient care" in note and "164.502(g)(3)(i)" in note


def test_a_mother_who_may_request_is_chosen_as_before(unlocked_app: AppController, qtbot) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    client_id, mother = _maya(unlocked_app, "guardian")
    dialog = _dialog(unlocked_app, qtbot, client_id)
    qtbot.waitUntil(lambda: dialog.made_by.findData(mother) >= 0)
    index = dialog.made_by.findData(mother)
    assert _enabled(dialog, index) and dialog.made_by.itemText(index) == "Elena Lopez, parent (mother)"
    assert not dialog.refused_note.isVisible()
    dialog.made_by.setCurrentIndex(index)
    dialog.description.setText("a copy of the notes")
    dialog.save()
    qtbot.waitUntil(lambda: len(requests.list_requests(vault, client_id=client_id)) == 1)


def test_privacy_mode_masks_the_refused_mothers_name(unlocked_app: AppController, qtbot) -> None:
    client_id, mother = _maya(unlocked_app, "client")
    dialog = NewRequestDialog(unlocked_app, client_id)
    dialog.setProperty("privacy", True)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: dialog.made_by.findData(mother) >= 0)
    assert "Elena" not in dialog.made_by.itemText(dialog.made_by.findData(mother))
    assert "Elena" not in dialog.refused_note.text() and dialog.refused_note.text().startswith("•")


def test_the_name_the_person_message_goes_once_both_are_filled(unlocked_app: AppController, qtbot) -> None:
    client_id, _mother = _maya(unlocked_app, "guardian")
    dialog = _dialog(unlocked_app, qtbot, client_id)
    dialog.made_by.setCurrentIndex(dialog.made_by.findData(BY_OTHER))
    dialog.save()
    assert dialog.message.text().startswith("Name the person who made the request")
    dialog.requester.setText("Luis Lopez")
    assert dialog.message.text().startswith("Name the person")  # the authority is still to choose
    dialog.claim.setCurrentIndex(dialog.claim.findData("parent"))
    qtbot.waitUntil(lambda: dialog.message.text() == "")


def test_the_refused_mothers_request_is_recorded_as_hers_and_refused(unlocked_app: AppController, qtbot) -> None:
    """One step documents that she asked and was refused on the rule, with its citation (164.502(g)(3)(i)),
    never as an open request nor a granted one; privacy mode masks her name on the button too."""
    vault = unlocked_app.vault
    assert vault is not None
    client_id, mother = _maya(unlocked_app, "client")
    dialog = _dialog(unlocked_app, qtbot, client_id)
    qtbot.waitUntil(lambda: dialog.refused_box.isVisible())
    buttons = [dialog._refused_layout.itemAt(i).widget() for i in range(dialog._refused_layout.count())]
    assert [b.text().replace("&", "") for b in buttons] == [
        "Record a request made by Elena Lopez, parent (mother), refused on this rule"]
    dialog.kind.setCurrentIndex(dialog.kind.findData("amendment"))
    assert dialog.refused_box.isVisible()  # the right to amend is the client's too (164.526(a)(1), 164.502(g))
    dialog.kind.setCurrentIndex(dialog.kind.findData("access"))
    dialog.description.setText("a copy of everything")
    buttons[0].click()
    qtbot.waitUntil(lambda: len(requests.list_requests(vault, client_id=client_id)) == 1)
    (q,) = requests.list_requests(vault, client_id=client_id)
    assert q.guardian_id == mother and q.status == "denied" and q.grounds == ("not_representative",)
    assert "164.502(g)(3)(i)" in q.explanation and q.description == "a copy of everything"


@pytest.mark.parametrize("kind", ["amendment", "accounting"])
def test_the_refused_mothers_amendment_or_accounting_request_is_recorded_refused(
        unlocked_app: AppController, qtbot, kind: str) -> None:
    """An amendment or accounting request of hers is documented the same way (law6's leftover): each
    right is the client's, exercised only by a personal representative (164.526(a)(1), 164.528(a)(1))."""
    vault = unlocked_app.vault
    assert vault is not None
    client_id, mother = _maya(unlocked_app, "client")
    dialog = _dialog(unlocked_app, qtbot, client_id)
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    qtbot.waitUntil(lambda: dialog.refused_box.isVisible())
    dialog._refused_layout.itemAt(0).widget().click()
    qtbot.waitUntil(lambda: len(requests.list_requests(vault, client_id=client_id)) == 1)
    (q,) = requests.list_requests(vault, client_id=client_id)
    assert (q.kind, q.guardian_id, q.status, q.grounds) == (kind, mother, "denied", ("not_representative",))
    from vault_app.gui.requests_dialog import RequestDetailDialog

    detail = RequestDetailDialog(unlocked_app, q.id)
    qtbot.addWidget(detail)
    qtbot.waitUntil(lambda: "request" in detail.summary.text())
    wait_ops(qtbot)
    assert detail.disagreement.isHidden()  # the client asked nothing: no statement of disagreement offered
