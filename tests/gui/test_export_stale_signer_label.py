"""The export wizard's authorization picker says of a form whose signer the chart no longer lets
stand (a minor's own form after the chart was changed to "a parent consented":
services/care_confidentiality.signers_no_longer_valid) that it is refused, in the choice itself.
Found by a walker: it read "(valid)", and only the gate's refusal said otherwise. A form whose
signer stands keeps its plain state. Real vault, real widgets; Spanish too."""

from __future__ import annotations

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.test_export_held_offer import _wizard
from vault_app.gui.controller import AppController
from vault_app.services import clients, practice

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(("changed", "spanish_too"), [(True, False), (False, False), (True, True)])
def test_a_form_whose_signer_no_longer_stands_is_labelled_so(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot, request: pytest.FixtureRequest, changed: bool,
        spanish_too: bool) -> None:
    if spanish_too:
        request.getfixturevalue("spanish")
    vault = unlocked_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1, date_of_birth=fx.born_years_ago(16))
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 14})
    clients.update_client(vault, chart.client_id, care_consented_by="client")
    own = fx.add_auth(vault, chart.client_id, signed_on=fx.days_ago(30))
    if changed:
        clients.update_client(vault, chart.client_id, care_consented_by="guardian")
    wizard = _wizard(unlocked_app, qtbot, chart.client_id)
    form = wizard.basis_page.form
    qtbot.waitUntil(lambda: form.authorization.findData(own.id) >= 0, timeout=10_000)
    label = form.authorization.itemText(form.authorization.findData(own.id))
    if spanish_too:
        assert "su firmante ya no vale, se rechaza" in label, label
    elif changed:
        assert label.endswith("(valid; its signer no longer stands, refused)"), label
    else:
        assert label.endswith("(valid)"), label
    wizard.close()
