"""A ground for denying access that does not fit who made the request is not offered, and a
refusal names a ground by its words, never its code. Found in the real app: "The ground
'representative_harm' (45 CFR…) applies only to a request made by a personal representative"
of a client's own request; and "Fill them in under Settings → Practice", a menu that does not
exist (it is Vault > Settings…, "About you and the practice")."""

from __future__ import annotations

import pytest

from tests.core import disclosure_fixtures as fx
from vault_app.domain.errors import InvalidInput, RefusedByPolicy
from vault_app.domain.requests import ACCESS_DENIAL_GROUNDS, AMENDMENT_DENIAL_GROUNDS, grounds_offered
from vault_app.services import practice, requests
from vault_app.services.vault import Vault


@pytest.mark.parametrize(("kind", "by_representative", "offered"), [
    ("access", False, [c for c, g in ACCESS_DENIAL_GROUNDS.items()
                       if c not in ("representative_harm", "not_representative") and not g.state]),
    # A state's own grounds about a minor only with the state and the client's age (test_state_minor_grounds).
    ("access", True, [c for c, g in ACCESS_DENIAL_GROUNDS.items() if not g.state]),
    ("amendment", False, list(AMENDMENT_DENIAL_GROUNDS)),
    ("amendment", True, list(AMENDMENT_DENIAL_GROUNDS)),
    ("accounting", False, []),
])
def test_the_grounds_offered_fit_who_asked(kind: str, by_representative: bool, offered: list[str]) -> None:
    assert [g.code for g in grounds_offered(kind, by_representative)] == offered


def test_a_ground_that_does_not_fit_is_refused_in_words(vault: Vault) -> None:
    chart = fx.make_chart(vault, n=1)
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(3))
    with pytest.raises(RefusedByPolicy) as refused:
        requests.deny_request(vault, q.id, grounds=["representative_harm"], denied="all")
    assert refused.value.code == "request.ground_only_for_representative"
    assert "representative_harm" not in refused.value.message
    assert "personal representative is likely to cause substantial harm" in refused.value.message


def test_the_letters_refusal_names_the_real_settings_page(vault: Vault) -> None:
    chart = fx.make_chart(vault, n=1)
    practice.update(vault, phone="")
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(3))
    with pytest.raises(InvalidInput) as refused:
        requests.deny_request(vault, q.id, grounds=["harm_to_other_person"], denied="all")
    assert refused.value.code == "letter.practice_contact_missing"
    assert "Settings → Practice" not in refused.value.hint
    assert "Vault > Settings… > About you and the practice" in refused.value.hint
