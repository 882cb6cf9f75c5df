"""The authorization form, for a 16-year-old whose chart says a parent consented to the care (45 CFR
164.502(g)(3); 164.508(c)(1)(vi)): the parent is proposed, and the minor's own signature is refused at
Record, the reason said and the keyboard on "Signer is" (found open after migration 0107: recorded).
Real vault, real widgets; Spanish too."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from tests.gui.test_minor_representative_forms import _auth_dialog
from vault_app.gui.controller import AppController
from vault_app.services import authorizations, clients, guardians, practice

pytestmark = pytest.mark.gui


def _teen(app: AppController) -> str:
    vault = app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=2, date_of_birth=fx.born_years_ago(16))
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 14})
    clients.update_client(vault, chart.client_id, care_consented_by="guardian")
    guardians.add_guardian(vault, chart.client_id, "Jane Roe", authority="parent")
    return chart.client_id


def _sign_as_client(app: AppController, qtbot, tmp_path: Path, client_id: str):  # type: ignore[no-untyped-def]
    dialog = _auth_dialog(app, qtbot, tmp_path, client_id)
    assert dialog.signer_role.currentData() == "personal_representative" and dialog.signer_name.text() == "Jane Roe"
    dialog.signer_role.setCurrentIndex(dialog.signer_role.findData("client"))
    dialog.signer_name.setText("Alex Testclient")
    dialog.save_button.click()
    wait_ops(qtbot)
    return dialog


def test_the_minors_own_signature_is_refused_beside_the_signer(unlocked_app: AppController, qtbot,
                                                              tmp_path: Path) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    client_id = _teen(unlocked_app)
    dialog = _sign_as_client(unlocked_app, qtbot, tmp_path, client_id)
    said = dialog.signer_problem.problem.text()  # under "Signer is" (test_auth_signer_followups)
    assert "a parent or guardian consented to their care" in said and "Who may sign: Jane Roe, parent." in said, said
    assert "under Signer is, choose A personal representative" in said
    qtbot.waitUntil(lambda: dialog.signer_role.hasFocus())
    assert dialog.save_button.text().replace("&", "") == "Record authorization", "refused, not asked 'Record anyway'"
    assert authorizations.list_authorizations(vault, client_id) == [] and dialog.isVisible()
    dialog.reject()
    wait_ops(qtbot)


def test_in_spanish(unlocked_app: AppController, qtbot, tmp_path: Path, spanish: None) -> None:
    client_id = _teen(unlocked_app)
    dialog = _sign_as_client(unlocked_app, qtbot, tmp_path, client_id)
    said = dialog.signer_problem.problem.text()  # under "Signer is" (test_auth_signer_followups)
    assert "un progenitor o tutor consintió su atención" in said and "Quién puede firmar: Jane Roe." in said, said
    assert "consented" not in said
    dialog.reject()
    wait_ops(qtbot)
