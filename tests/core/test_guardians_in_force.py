"""services/guardians.representatives: who may authorize on a day is the guardian's standing
(domain/representatives.standing), the one rule the lists, the Overview and the refusals use.
Found: it asked may_authorize and the recorded dates only, so a representative the provider had
declined (164.502(g)(5)) and a parent of a client past the age of majority (164.502(g)(2)-(3))
were still returned as able to authorize."""

from __future__ import annotations

from datetime import date

from tests.core import disclosure_fixtures as fx
from vault_app.services import guardians
from vault_app.services.vault import Vault


def _names(vault: Vault, client_id: str, on: date | None = None) -> list[str]:
    return [g.name for g in guardians.representatives(vault, client_id, on)]


def test_a_declined_representative_does_not_authorize(vault: Vault) -> None:
    chart = fx.make_chart(vault, n=1, date_of_birth=fx.born_years_ago(12))
    kept = guardians.add_guardian(vault, chart.client_id, "Pat Parent", authority="parent")
    declined = guardians.add_guardian(vault, chart.client_id, "Sam Parent", authority="parent")
    assert _names(vault, chart.client_id) == ["Pat Parent", "Sam Parent"]
    guardians.update_guardian(vault, chart.client_id, declined.guardian_id, declined_on=fx.days_ago(3),
                              declined_reason="professional judgment: endangerment")
    assert _names(vault, chart.client_id) == ["Pat Parent"]
    assert _names(vault, chart.client_id, fx.days_ago(4)) == ["Pat Parent", "Sam Parent"], "before the decline"
    assert kept.may_authorize


def test_a_parent_ends_at_majority_unless_an_order_says_otherwise(vault: Vault) -> None:
    adult = fx.make_chart(vault, n=1, date_of_birth=fx.born_years_ago(19))
    guardians.add_guardian(vault, adult.client_id, "Pat Parent", authority="parent")
    guardians.add_guardian(vault, adult.client_id, "Lee Agent", authority="health_care_agent")
    assert _names(vault, adult.client_id) == ["Lee Agent"], "the parent's authority ended by law"
    assert _names(vault, adult.client_id, fx.days_ago(2 * 365)) == ["Pat Parent", "Lee Agent"], "while a minor"
