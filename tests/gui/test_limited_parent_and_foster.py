"""The screens say the same as the command line (tests/core/test_limited_parent_copy.py,
test_foster_and_vague_signer.py), in the screen's language: the authorization form refuses a foster
parent or "personal representative" alone typed in for a minor, keeping what was typed; the
Guardians window refuses a foster parent without the court's order, records the basis on which a
parent who may not sign still has the records, and says it in its list; the copy's window greys the
limited parent with the reason until that basis is recorded (45 CFR 164.502(g)(1), (g)(3);
164.508(c)(1)(vi)). Real vault, real widgets, the real es.ts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QStandardItemModel

from tests.core import disclosure_fixtures as fx
from tests.gui.auth_helpers import fill_authorization, signed_scan
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.services import authorizations, clients, guardians, practice, requests

pytestmark = pytest.mark.gui


def _child(app: AppController) -> str:
    vault = app.vault
    assert vault is not None
    fx.set_practice(vault)
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 14})
    return clients.create_client(vault, "Maya Lopez", date_of_birth=fx.born_years_ago(10).isoformat()).client_id


@pytest.mark.parametrize(("authority", "said"), [
    ("madre de crianza", "padre o madre de crianza (acogida)"),
    ("representante personal", "«representante personal», sin más, no describe ninguna"),
])
def test_the_form_refuses_a_foster_parent_or_vague_words_in_spanish(
        spanish_app: AppController, qtbot, tmp_path: Path, authority: str, said: str) -> None:  # type: ignore[no-untyped-def]
    vault = spanish_app.vault
    assert vault is not None
    client_id = _child(spanish_app)
    window = spanish_app.main_window
    assert window is not None
    window.open_chart(client_id)
    wait_ops(qtbot)
    dialog = window.chart.authorizations.add()
    assert dialog is not None
    wait_ops(qtbot)
    fill_authorization(dialog, signed_scan(tmp_path), signer="Rosa Lopez")
    dialog.signer_role.setCurrentIndex(dialog.signer_role.findData("personal_representative"))
    dialog.signer_authority.setText(authority)
    dialog.save_button.click()
    wait_ops(qtbot)
    message = dialog.message.text()
    assert said in message and "164.502(g)(3)" in message and "Tutores…" in message, message
    assert "vault-app" not in message and "foster" not in message.lower()
    assert dialog.signer_authority.text() == authority and dialog.isVisible(), "what was typed stays"
    assert authorizations.list_authorizations(vault, client_id) == [], "nothing recorded"


def _guardians_dialog(app: AppController, qtbot, client_id: str):  # type: ignore[no-untyped-def]
    window = app.main_window
    assert window is not None
    window.open_chart(client_id)
    wait_ops(qtbot)
    dialog = window.chart.overview.edit_guardians()
    assert dialog is not None
    wait_ops(qtbot)
    return dialog


def test_the_guardians_window_refuses_a_foster_parent_and_records_a_records_basis(
        spanish_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    vault = spanish_app.vault
    assert vault is not None
    client_id = _child(spanish_app)
    dialog = _guardians_dialog(spanish_app, qtbot, client_id)
    assert not dialog.records_access.isEnabled(), "only for one who may not sign"
    qtbot.keyClicks(dialog.name, "Rosa Lopez")
    qtbot.keyClicks(dialog.relationship, "madre de acogida")
    dialog.save_button.click()
    wait_ops(qtbot)
    assert "padre o madre de crianza (acogida)" in dialog.message.text() and "Resolución" in dialog.message.text()
    assert clients.get_client(vault, client_id).guardians == (), "nothing recorded"
    dialog.may_authorize.setChecked(False)  # kept as the child's carer
    assert dialog.records_access.isEnabled()
    dialog.save_button.click()
    wait_ops(qtbot)
    (carer,) = clients.get_client(vault, client_id).guardians
    assert not carer.may_authorize and dialog.list.topLevelItem(0).text(3) == "no, ni los registros"
    dialog.records_access.setText("orden de custodia del 03/02/2026, sección 4")
    dialog.save_button.click()
    wait_ops(qtbot)
    (carer,) = clients.get_client(vault, client_id).guardians
    assert carer.records_access_basis == "orden de custodia del 03/02/2026, sección 4"
    assert dialog.list.topLevelItem(0).text(3) == "no; registros según el fundamento anotado"
    dialog.reject()
    wait_ops(qtbot)


def _enabled(dialog, key: str) -> bool:  # type: ignore[no-untyped-def]
    model = dialog.recipient.model()
    assert isinstance(model, QStandardItemModel)
    return bool(model.item(dialog.recipient.findData(key)).isEnabled())


def test_the_copys_window_greys_the_limited_parent_until_the_basis_is_recorded(
        spanish_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    from vault_app.gui.access_copy_dialog import AccessCopyDialog

    vault = spanish_app.vault
    assert vault is not None
    client_id = _child(spanish_app)
    mother = guardians.add_guardian(vault, client_id, "Jane Roe", authority="parent", relationship="mother")
    father = guardians.add_guardian(vault, client_id, "Ned Roe", authority="parent", relationship="father",
                                    may_authorize=False)
    asked = requests.add_request(vault, client_id, kind="access", received_on=date.today().isoformat(),
                                 guardian_id=mother.guardian_id)
    dialog = AccessCopyDialog(spanish_app, asked.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.recipient.findData(father.guardian_id) >= 0)
    assert not _enabled(dialog, father.guardian_id) and _enabled(dialog, mother.guardian_id)
    assert dialog.recipient.currentData() == mother.guardian_id
    said = dialog.barred_label.text()
    assert "su autoridad está limitada" in said and "Registros pese a la limitación" in said, said
    assert "Ned Roe" in said and "--records-access" not in said
    dialog.reject()
    guardians.update_guardian(vault, client_id, father.guardian_id,
                              records_access_basis="orden de custodia del 03/02/2026, sección 4")
    again = AccessCopyDialog(spanish_app, asked.id)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.recipient.findData(father.guardian_id) >= 0)
    assert _enabled(again, father.guardian_id)


def test_the_overview_says_the_limit(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    from vault_app.gui.chart_view import ChartView

    vault = unlocked_app.vault
    assert vault is not None
    client_id = _child(unlocked_app)
    guardians.add_guardian(vault, client_id, "Ned Roe", authority="parent", relationship="father",
                           may_authorize=False)
    view = ChartView(unlocked_app)
    qtbot.addWidget(view)
    view.load(client_id)
    wait_ops(qtbot)
    assert "Ned Roe (father, parent) — may not sign, nor receives the client's records" in \
        view.overview.fields["guardians"].text()
