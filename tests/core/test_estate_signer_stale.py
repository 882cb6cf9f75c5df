"""An authorization signed by an executor or administrator typed in (not recorded under Guardians…) for a
client the chart records as living on the signing day: refused at export, kept on the chart (45 CFR
164.502(g)(4): the estate's representative acts only after the death). New forms are refused when recorded
(domain/typed_signer "typed_estate_client_living"); a form recorded by an earlier version, or while a date of
death since taken back or moved was on the chart, still passed the export gate. The gate's re-check of old
forms (domain/stale_signer) now says it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from tests.core import disclosure_fixtures as fx
from vault_app.domain.authorization import Signer
from vault_app.services import authorizations, care_confidentiality, clients, disclosure_gate
from vault_app.services.vault import Vault
from vault_app.storage import disclosure_authorizations as auth_store

SIGNED = 20  # days ago
EXECUTOR = Signer("Dana Roe", "personal_representative", "executor of the estate")


def _form_as_an_earlier_version_kept_it(vault: Vault, client_id: str) -> str:
    """Recorded with no question about a death (before the rule): the client's form, its signer changed
    in the file as an earlier version would have written it."""
    mine = fx.add_auth(vault, client_id, signed_on=fx.days_ago(SIGNED))
    old = replace(mine, id=f"{mine.id}-OLD", signer=EXECUTOR)
    with vault.records.transaction():
        auth_store.insert(vault.records, old)
    return old.id


def _form_under_a_death(died: int) -> Callable[[Vault, str], str]:
    """Recorded while the chart recorded the death `died` days ago (so it was allowed then)."""
    def record(vault: Vault, client_id: str) -> str:
        clients.update_client(vault, client_id, died_on=fx.days_ago(died))
        return fx.add_auth(vault, client_id, signed_on=fx.days_ago(SIGNED), signer_name=EXECUTOR.name,
                           signer_role=EXECUTOR.role, signer_authority=EXECUTOR.authority).id
    return record


def _death(days: int | None) -> Callable[[Vault, str], None]:
    def change(vault: Vault, client_id: str) -> None:
        clients.update_client(vault, client_id, died_on=None if days is None else fx.days_ago(days))
    return change


def _nothing(_vault: Vault, _client_id: str) -> None:
    return None


REFUSED = "disclosure.signer_estate_client_living"
CASES: list[tuple[str, Callable[[Vault, str], str], Callable[[Vault, str], None], str | None]] = [
    # allowed: the death is recorded on or before the signing day (the day of death counts as after it)
    ("death recorded before the signing day", _form_under_a_death(SIGNED + 5), _nothing, None),
    ("death recorded on the signing day", _form_under_a_death(SIGNED), _nothing, None),
    ("an earlier version's form, the death recorded since, before the signing",
     _form_as_an_earlier_version_kept_it, _death(SIGNED + 1), None),
    # refused: by the chart as it stands, the client lived on the signing day
    ("an earlier version's form, no death recorded", _form_as_an_earlier_version_kept_it, _nothing, REFUSED),
    ("an earlier version's form, the death recorded after the signing day",
     _form_as_an_earlier_version_kept_it, _death(SIGNED - 1), REFUSED),
    ("the death taken back as recorded by mistake", _form_under_a_death(SIGNED + 5), _death(None), REFUSED),
    ("the death corrected to a day after the signing", _form_under_a_death(SIGNED), _death(SIGNED - 2), REFUSED),
]


@pytest.mark.parametrize(("what", "record", "change", "code"), CASES, ids=[c[0] for c in CASES])
def test_an_executors_form_by_the_death_the_chart_records(vault: Vault, what: str,
                                                          record: Callable[[Vault, str], str],
                                                          change: Callable[[Vault, str], None],
                                                          code: str | None) -> None:
    chart = fx.make_chart(vault, n=1, date_of_birth="1950-03-04")
    form_id = record(vault, chart.client_id)
    change(vault, chart.client_id)
    asked = fx.request(chart.client_id, note_ids=(chart.progress[0],), authorization_id=form_id)
    verdict = disclosure_gate.check(vault, asked)
    listed = [a.id for a in care_confidentiality.signers_no_longer_valid(vault, chart.client_id)]
    if code is None:
        assert verdict.allowed, (what, verdict.reasons)
        assert form_id not in listed
        return
    assert not verdict.allowed, what
    assert [r.code for r in verdict.reasons] == [code]  # type: ignore[attr-defined]
    said = str(verdict.reasons[0])
    assert form_id in said and "164.502(g)(4)" in said and "date of death" in said
    assert form_id in listed, "listed where the chart's forms are checked"
    assert form_id in {a.id for a in authorizations.list_authorizations(vault, chart.client_id)}, "kept"

