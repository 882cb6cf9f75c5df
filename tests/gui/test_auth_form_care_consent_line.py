"""The authorization form says, under "Signer is" and before Record, who consented to a minor's care while
a personal representative signs (45 CFR 164.502(g)(3)(i)): "a parent or guardian" where the chart says
so, "not recorded" where it does not; hidden for the client's own signature and for an adult. Before:
the form said nothing of it where a parent had consented. Real vault, real widgets; both sides."""

from __future__ import annotations

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui.auth_dialog import AuthorizationDialog
from vault_app.gui.controller import AppController
from vault_app.services import clients, guardians, practice

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(("years", "consented_by", "said"), [
    (15, "guardian", "Who consented to the minor's care: a parent or guardian, as the chart records."),
    (15, "", "Who consented to the minor's care: not recorded"),
    (30, "", None),
])
def test_the_form_says_who_consented_while_a_representative_signs(
        unlocked_app: AppController, qtbot, years: int, consented_by: str, said: str | None) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    fx.set_practice(vault)
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 12})
    client_id = clients.create_client(vault, "Maya Lopez", date_of_birth=fx.born_years_ago(years)).client_id
    if consented_by:
        clients.update_client(vault, client_id, care_consented_by=consented_by)
    guardians.add_guardian(vault, client_id, "Elena Lopez", authority="parent" if years < 18 else "health_care_agent")
    dialog = AuthorizationDialog(unlocked_app, client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_ops(qtbot)
    dialog.signer_role.setCurrentIndex(dialog.signer_role.findData("personal_representative"))
    wait_ops(qtbot)
    line = dialog.consent_line.label
    if said is None:
        assert not line.isVisible()
        return
    qtbot.waitUntil(lambda: line.isVisible())
    assert line.text().startswith(said)
    dialog.signer_role.setCurrentIndex(dialog.signer_role.findData("client"))
    assert not line.isVisible()  # the client's own signature: the line is the representative's
