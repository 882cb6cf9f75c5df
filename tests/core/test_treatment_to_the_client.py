""""Treatment by another provider" with the client as the recipient is said by the gate: it is the
client's own access (45 CFR 164.524), not 164.506(c)(2). Found by a walker: "José Ñúñez-Peña"
(role "psiquiatra") got his own progress note logged as a treatment disclosure, out of the
accounting. Only the client's own name, word for word once folded, is taken for the client."""

from __future__ import annotations

import pytest

from tests.core import disclosure_fixtures as fx
from vault_app.domain.disclosure import Recipient, Verdict
from vault_app.domain.recipient_is_client import client_name_forms, recipient_is_client
from vault_app.services import clients, export
from vault_app.services.vault import Vault

NAMES = client_name_forms("José Ñúñez-Peña", "Pepe")

# recipient -> taken for the client
CASES = [
    ("José Ñúñez-Peña", True),
    ("jose nunez pena", True),  # accents, case, the hyphen
    ("  JOSÉ   ÑÚÑEZ-PEÑA. ", True),
    ("José Ñúñеz-Peña", True),  # a Cyrillic "е" pasted in
    ("Pepe", True),  # the preferred name
    ("Pepe Ñúñez-Peña", True),  # preferred first name, legal last name
    ("Dr. José Ñúñez-Peña", False),  # a title: maybe another person of the name, not said
    ("Ñúñez-Peña", False),  # a family member, a namesake: partial names are someone else
    ("José Ñúñez", False),
    ("Dr. Ramón Ibáñez", False),
    ("", False),
    ("...", False),
]


@pytest.mark.parametrize(("recipient", "is_client"), CASES)
def test_who_is_the_client(recipient: str, is_client: bool) -> None:
    assert recipient_is_client(recipient, NAMES) is is_client


def test_name_forms() -> None:
    assert client_name_forms("Alex Testclient") == ("Alex Testclient",)
    assert client_name_forms("Alex Testclient", "Al") == ("Alex Testclient", "Al", "Al Testclient")
    assert client_name_forms("Alex Testclient", "Alex T.") == ("Alex Testclient", "Alex T.")


def _treatment(vault: Vault, chart: fx.Chart, name: str) -> Verdict:
    req = fx.request(chart.client_id, note_ids=(chart.progress[0],), basis="treatment",
                     evidence={"provider_role": "psiquiatra"}, recipient=Recipient(name, "1 Calle Mayor"))
    return export.check(vault, req)


def test_the_gate_says_the_recipient_is_the_client(vault: Vault) -> None:
    chart = fx.make_chart(vault, n=1)
    clients.update_client(vault, chart.client_id, legal_name="José Ñúñez-Peña")
    verdict = _treatment(vault, chart, "Jose Nunez-Pena")
    assert not verdict.allowed
    codes = [getattr(r, "code", "") for r in verdict.reasons]
    assert "treatment.recipient_is_client" in codes, verdict.reasons
    assert "164.524" in str(verdict.reasons[codes.index("treatment.recipient_is_client")])
    assert getattr(verdict.hint, "code", "") == "treatment.recipient_is_client.hint"
    assert "access request" in str(verdict.hint)
    # Never the client's name in what is said (it is printed and may be logged).
    assert "Ñúñez" not in " ".join(map(str, verdict.reasons)) + str(verdict.hint)


def test_another_provider_still_goes(vault: Vault) -> None:
    chart = fx.make_chart(vault, n=1)
    clients.update_client(vault, chart.client_id, legal_name="José Ñúñez-Peña")
    verdict = _treatment(vault, chart, "Dr. Ramón Ibáñez")
    assert verdict.allowed, verdict.reasons
