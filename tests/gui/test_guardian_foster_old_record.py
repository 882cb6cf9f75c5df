"""The Guardians window with a foster parent an earlier version recorded as allowed to sign, no court
order attached: any field of theirs is corrected and saved (their phone number could not be: every Save
was refused until an order was attached or May sign unticked); the list says they do not sign, and the
form says why and how to fix it, in the window's language (45 CFR 164.502(g)(3)). A new one of that kind
is still refused at Save, with the keyboard at the box to untick. Real vault, real widgets, the real es.ts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.domain.clinical import Guardian, new_id
from vault_app.gui.controller import AppController
from vault_app.services import clients, practice
from vault_app.services.clinical_common import now_iso
from vault_app.storage import clinical_clients

pytestmark = pytest.mark.gui


@pytest.fixture(params=["en", "es"])
def app(unlocked_app: AppController, request: pytest.FixtureRequest) -> Iterator[AppController]:
    from vault_app.gui import i18n

    assert i18n.install(request.param) == request.param
    try:
        yield unlocked_app
    finally:
        i18n.install("en")


def _child_and_old_foster_mother(app: AppController) -> tuple[str, str]:
    vault = app.vault
    assert vault is not None
    fx.set_practice(vault)
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 14})
    client_id = clients.create_client(vault, "Maya Lopez", date_of_birth=fx.born_years_ago(10)).client_id
    old = Guardian(new_id(), client_id, "Rosa Lopez", "foster", "parent", True, phone="555-0100",
                   created_at=now_iso())
    with vault.records.transaction():  # as a version before the rule recorded her
        clinical_clients.insert_guardian(vault.records, old)
    return client_id, old.guardian_id


def _dialog(app: AppController, qtbot, client_id: str):  # type: ignore[no-untyped-def]
    window = app.main_window
    assert window is not None
    window.open_chart(client_id)
    wait_ops(qtbot)
    dialog = window.chart.overview.edit_guardians()
    assert dialog is not None
    wait_ops(qtbot)
    return dialog


WORDS = {
    "en": ("no: a foster parent, no court order attached", "untick May sign", "other details",
           "a foster parent, no court order attached: may not sign, nor receives"),
    "es": ("no: padre o madre de crianza, sin orden judicial adjunta", "desmarque Puede firmar", "demás datos",
           "padre o madre de crianza, sin orden judicial adjunta: no puede firmar, ni recibe"),
}


def test_an_old_foster_record_is_corrected_and_says_how_to_fix_it(app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    from vault_app.gui import i18n

    vault = app.vault
    assert vault is not None
    listed, fix, others, overview = WORDS[i18n.current_language()]
    client_id, rosa = _child_and_old_foster_mother(app)
    dialog = _dialog(app, qtbot, client_id)
    window = app.main_window
    assert window is not None
    assert overview in window.chart.overview.fields["guardians"].text(), "the Overview says it too"
    dialog.select(rosa)
    assert dialog.list.topLevelItem(0).text(3) == listed
    said = dialog.foster_warning.text()
    assert dialog.foster_warning.isVisibleTo(dialog) and fix in said and others in said and "164.502(g)(3)" in said
    dialog.phone.clear()
    qtbot.keyClicks(dialog.phone, "555-0199")
    dialog.save_button.click()
    wait_ops(qtbot)
    (saved,) = clients.get_client(vault, client_id).guardians
    assert saved.phone == "555-0199" and dialog.message.text() == "", dialog.message.text()
    dialog.may_authorize.setChecked(False)  # kept as the child's carer: nothing more to say
    assert not dialog.foster_warning.isVisibleTo(dialog)
    dialog.save_button.click()
    wait_ops(qtbot)
    (carer,) = clients.get_client(vault, client_id).guardians
    assert not carer.may_authorize
    dialog.may_authorize.setChecked(True)  # made one again: refused, the keyboard at the box
    assert dialog.foster_warning.isVisibleTo(dialog)
    dialog.save_button.click()
    wait_ops(qtbot)
    assert dialog.message.text() and dialog.may_authorize.hasFocus()
    assert not clients.get_client(vault, client_id).guardians[0].may_authorize, "nothing saved"
    dialog.new_guardian()
    dialog.reject()
    wait_ops(qtbot)
