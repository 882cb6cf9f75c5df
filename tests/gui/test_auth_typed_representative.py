"""The authorization form with a personal representative typed in (a name and an authority, no
recorded person): refused where the representative rules say so (domain/typed_signer.py), in the
screen's language, the form keeping what was typed. Found by the legal review: "Mom, parent"
was recorded as signing for an adult client."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.gui.auth_helpers import fill_authorization, signed_scan
from tests.gui.conftest import wait_ops
from vault_app.domain.typed_signer import TYPED_RULES, TypedRule, typed_signer_refusal
from vault_app.domain.who_acts import ClientFacts, Rep
from vault_app.gui.auth_dialog import AuthorizationDialog
from vault_app.gui.controller import AppController
from vault_app.gui.refusal_words import names_a_command, refusal_words
from vault_app.services import authorizations, clients, guardians, representatives

pytestmark = pytest.mark.gui


def _form(app: AppController, qtbot, tmp_path: Path, client_id: str,  # type: ignore[no-untyped-def]
          signer: str, authority: str) -> AuthorizationDialog:
    window = app.main_window
    assert window is not None
    window.open_chart(client_id)
    wait_ops(qtbot)
    dialog = window.chart.authorizations.add()
    assert dialog is not None
    wait_ops(qtbot)
    fill_authorization(dialog, signed_scan(tmp_path), signer=signer)
    dialog.signer_role.setCurrentIndex(dialog.signer_role.findData("personal_representative"))
    dialog.signer_authority.setText(authority)
    return dialog


def test_a_mother_typed_in_for_an_adult_is_refused_in_spanish_and_kept(
        spanish_app: AppController, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    vault = spanish_app.vault
    assert vault is not None
    client = clients.create_client(vault, "Ada Grownclient", date_of_birth="1990-02-03")
    dialog = _form(spanish_app, qtbot, tmp_path, client.client_id, "Mamá", "madre")
    dialog.save_button.click()
    wait_ops(qtbot)
    said = dialog.message.text()
    assert "ya había alcanzado la mayoría de edad (18)" in said and "164.502(g)(2)-(3)" in said, said
    assert "Tutores…" in said and "apoderado sanitario" in said, "says how to record the authority"
    assert "reached the age of majority" not in said and "vault-app" not in said
    assert (dialog.signer_name.text(), dialog.signer_authority.text()) == ("Mamá", "madre"), "what was typed stays"
    assert dialog.description.text() and dialog.isVisible()
    assert authorizations.list_authorizations(vault, client.client_id) == [], "nothing recorded"
    dialog.signer_authority.setText("apoderado sanitario (poder notarial)")  # an adult's agent: allowed
    dialog.save_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    (auth,) = authorizations.list_authorizations(vault, client.client_id)
    assert auth.signer.name == "Mamá" and auth.signer.authority == "apoderado sanitario (poder notarial)"


def test_beside_a_guardian_on_file_the_form_asks_for_the_recorded_one(
        unlocked_app: AppController, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    vault = unlocked_app.vault
    assert vault is not None
    client = clients.create_client(vault, "Ada Grownclient", date_of_birth="1990-02-03")
    guardians.add_guardian(vault, client.client_id, "Gail Roe", authority="health_care_agent")
    dialog = _form(unlocked_app, qtbot, tmp_path, client.client_id, "Pat Roe", "health care agent")
    dialog.save_button.click()
    wait_ops(qtbot)
    said = dialog.message.text()
    assert "recorded for the day the form was signed: Gail Roe" in said and "type their name" in said, said
    assert authorizations.list_authorizations(vault, client.client_id) == []
    dialog.signer_name.setText("Gail Roe")  # the recorded agent, typed: recorded as her
    dialog.save_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    (auth,) = authorizations.list_authorizations(vault, client.client_id)
    assert auth.signer.name == "Gail Roe"


# Facts that make each rule of domain/typed_signer.py refuse: (client, authority typed, Part 2)
_REFUSED_BY: dict[str, tuple[ClientFacts, str, bool]] = {
    "typed_on_file": (ClientFacts(10, 18, 14, (Rep("Gail Roe, legal guardian", "legal_guardian", name="Gail Roe"),)),
                      "aunt", False),
    "typed_declined": (ClientFacts(10, 18, 14, (Rep("Dan Roe, parent", "parent", declined=True, name="Dan Roe"),)),
                       "father", False),
    "typed_parent_of_adult": (ClientFacts(30, 18, 14), "parent", False),
    "typed_adult_no_authority": (ClientFacts(30, 18, 14), "friend", False),
    "typed_minor_part2": (ClientFacts(16, 18, 14), "parent", True),
    "typed_minor_part2_alone": (ClientFacts(16, 18, 16, care_consented_by="client", part2_by_chart=True), "parent",
                                True),
    "typed_minor_consents": (ClientFacts(16, 18, 14, care_consented_by="client"), "parent", False),
    "typed_confidential_care": (ClientFacts(12, 18, 14, care_consented_by="guardian",
                                            confidentiality_agreed_on=date(2026, 3, 1)), "mother", False),
    "typed_ended_at_death": (ClientFacts(10, 18, 14, died_on=date(2026, 5, 1)), "mother", False),
    "typed_estate_client_living": (ClientFacts(45, 18, 14), "executor of the estate", False),
    "typed_foster_parent": (ClientFacts(10, 18, 14), "foster mother", False),
    "typed_minor_vague": (ClientFacts(10, 18, 14), "personal representative", False),
}


@pytest.mark.parametrize("rule", TYPED_RULES, ids=lambda r: r.code)
def test_every_typed_signer_refusal_is_said_in_spanish_without_a_command(rule: TypedRule, spanish: None) -> None:
    client, authority, part2 = _REFUSED_BY[rule.code]
    found = typed_signer_refusal(client, authority, date(2026, 6, 1), part2=part2)
    assert found is not None and found.code == rule.code
    refused = representatives.policy_refusal(found, client.age, client.age_of_majority, client.age_of_consent)
    message, hint = refusal_words(refused)
    assert message != refused.message and hint and hint != refused.hint, "said in Spanish, the message and the hint"
    assert "{" not in message + hint and not names_a_command(message) and not names_a_command(hint)
    assert "Tutores…" in hint or "El firmante es" in hint or "Firmada por" in hint, "the app's way, by its words"
