"""services/coming_of_age on a real vault: the dashboard's list (coming of age within 30 days;
of age within the last 30 days with a parent-signed form in force) and the marker on such a form.
Both sides of each edge (walk-teen round 33, finding 8)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.core import disclosure_fixtures as fx
from vault_app.services import clients, guardians, practice
from vault_app.services import coming_of_age as coa
from vault_app.services.vault import Vault


def _born(days: int) -> date:
    """Comes of age (18) in `days` days (negative: came `-days` days ago)."""
    day = fx.today() + timedelta(days=days)
    if (day.month, day.day) == (2, 29):
        day += timedelta(days=1)
    return day.replace(year=day.year - 18)


def _client(vault: Vault, days: int, name: str = "Maya Minor") -> str:
    fx.set_practice(vault)
    practice.update(vault, jurisdiction={"age_of_consent_for_treatment": 18})
    return clients.create_client(vault, name, date_of_birth=_born(days)).client_id


@pytest.mark.parametrize(("days", "listed"), [(4, True), (30, True), (31, False), (400, False)])
def test_coming_of_age_soon(vault: Vault, days: int, listed: bool) -> None:
    client_id = _client(vault, days)
    found = coa.items(vault)
    assert [(i.client_id, i.came) for i in found] == ([(client_id, False)] if listed else [])
    if listed:
        assert found[0].majority_on == fx.today() + timedelta(days=days)


def test_a_discharged_chart_is_not_listed_before_the_birthday(vault: Vault) -> None:
    client_id = _client(vault, 4)
    clients.update_client(vault, client_id, status="discharged", discharged_on=fx.today().isoformat())
    assert coa.items(vault) == []


@pytest.mark.parametrize(("days", "with_form", "listed"), [
    (-1, True, True), (-30, True, True), (-31, True, False), (-1, False, False), (0, True, True),
])
def test_of_age_lately_with_a_parents_form(vault: Vault, days: int, with_form: bool, listed: bool) -> None:
    client_id = _client(vault, days, "Jordan Adult")
    mother = guardians.add_guardian(vault, client_id, "Grace Okafor", authority="parent")
    if with_form:
        auth = fx.add_auth(vault, client_id, signed_on=fx.today() - timedelta(days=60), guardian_id=mother.guardian_id,
                           signer_name="Grace Okafor", signer_role="personal_representative")
        assert coa.adult_since_by_form(vault, client_id) == ({auth.id: fx.today() + timedelta(days=days)}
                                                             if days <= 0 else {})
    found = coa.items(vault)
    assert [(i.client_id, i.came, i.parent_forms) for i in found] == ([(client_id, True, 1)] if listed else [])


def test_the_clients_own_form_and_a_minors_are_not_marked(vault: Vault) -> None:
    adult = _client(vault, -5, "Jordan Adult")
    own = fx.add_auth(vault, adult, signed_on=fx.today() - timedelta(days=2), signer_name="Jordan Adult")
    assert coa.adult_since_by_form(vault, adult) == {}
    minor = _client(vault, 4, "Maya Minor")
    mother = guardians.add_guardian(vault, minor, "Grace Okafor", authority="parent")
    fx.add_auth(vault, minor, signed_on=fx.today() - timedelta(days=60), guardian_id=mother.guardian_id,
                signer_name="Grace Okafor", signer_role="personal_representative")
    assert coa.adult_since_by_form(vault, minor) == {} and own.signer.role == "client"
