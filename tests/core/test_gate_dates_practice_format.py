"""The gate's refusals write their dates as the practice does, in the export wizard, the CLI and
every dialog that shows them (found: "The restriction the client asked for on 2026-12-03, which
you agreed to on …" and "expired on 2024-01-31" to a practice that writes 03/12/2026). Table
driven: each refusal that names a date, for a US and two non-US practices."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.test_gate_table import COURT, EVENT, EXPIRED, REVOKED, UP_TO, Case, _request, auth
from vault_app.domain.authorization import Revocation, check_revocation
from vault_app.domain.deadlines import extend
from vault_app.domain.destruction import Basis, DestructionFacts, early_permission_warning, refusals
from vault_app.domain.disclosure import ItemFacts
from vault_app.domain.disclosure_gate import decide
from vault_app.domain.errors import RefusedByPolicy
from vault_app.domain.restrictions import Restriction
from vault_app.services import practice, requests, retention
from vault_app.services.access_copy import open_access_requests
from vault_app.services.vault import Vault

AGREED = Restriction("r1", "c0ffee0000000001", "other", "not to the psychiatrist", date(2024, 2, 3),
                     status="agreed", decided_on=date(2024, 2, 5))
ENDED = replace(AGREED, status="terminated", terminated_on=date(2024, 3, 1), terminated_by="practice")
SELF_PAID = Restriction("r2", "c0ffee0000000001", "health_plan_self_pay", "", date(2024, 1, 4),
                        status="agreed", decided_on=date(2024, 1, 4))
TREATMENT = {"recipient_is": "provider", "provider_role": "psychiatrist"}

# (case, what the reason says in the US, in the UK, in Germany)
TABLE = [
    (Case("expired", "authorization", "progress", False, authorization=EXPIRED),
     "its last day was 01/31/2024.", "its last day was 31/01/2024.", "its last day was 31.01.2024."),
    (Case("revoked", "authorization", "progress", False, authorization=REVOKED),
     "was revoked on 02/15/2024", "was revoked on 15/02/2024", "was revoked on 15.02.2024"),
    (Case("event", "authorization", "progress", False, authorization=EVENT),
     "expired on 03/01/2024 when", "expired on 01/03/2024 when", "expired on 01.03.2024 when"),
    (Case("signed later", "authorization", "progress", False, authorization=auth(signed_on=date(2024, 4, 2))),
     "is signed 04/02/2024, a later date", "is signed 02/04/2024, a later date", "is signed 02.04.2024, a later date"),
    (Case("notes up to", "authorization", "progress", False, authorization=UP_TO),
     "dated up to 01/31/2024 (the description", "dated up to 31/01/2024 (the description",
     "dated up to 31.01.2024 (the description"),
    (Case("notes up to, the item named", "authorization", "progress", False, authorization=UP_TO),
     "outside that period: 02/20/2024.", "outside that period: 20/02/2024.",
     "outside that period: 20.02.2024."),
    (Case("court order", "court_order", "progress", False, evidence={**COURT, "records_to": "2024-01-31"}),
     "The court order covers records up to 01/31/2024 only", "The court order covers records up to 31/01/2024 only",
     "The court order covers records up to 31.01.2024 only"),
]

RESTRICTED = [
    ((AGREED,), "treatment", "asked for on 02/03/2024, which you agreed to on 02/05/2024",
     "asked for on 03/02/2024, which you agreed to on 05/02/2024",
     "asked for on 03.02.2024, which you agreed to on 05.02.2024"),
    ((ENDED,), "treatment", "which you ended on 03/01/2024, still restricts what was written before its end "
     "(45 CFR 164.522(a)(2)(iii)(B)): leave out the items dated before 03/01/2024",
     "which you ended on 01/03/2024, still restricts what was written before its end "
     "(45 CFR 164.522(a)(2)(iii)(B)): leave out the items dated before 01/03/2024",
     "which you ended on 01.03.2024, still restricts what was written before its end "
     "(45 CFR 164.522(a)(2)(iii)(B)): leave out the items dated before 01.03.2024"),
    ((SELF_PAID,), "payment", "2 selected sessions (01/10/2024, 02/20/2024) were paid in full out of pocket",
     "2 selected sessions (10/01/2024, 20/02/2024) were paid in full out of pocket",
     "2 selected sessions (10.01.2024, 20.02.2024) were paid in full out of pocket"),
]

LOCALES = ("en_US", "en_GB", "de_DE")


@pytest.mark.parametrize(("case", "us", "uk", "de"), TABLE, ids=[row[0].name for row in TABLE])
def test_a_refusal_names_its_dates_as_the_practice_writes_them(case: Case, us: str, uk: str, de: str) -> None:
    request, context = _request(case)
    for locale, expected in zip(LOCALES, (us, uk, de), strict=True):
        verdict = decide(request, replace(context, locale=locale))
        assert not verdict.allowed
        assert expected in verdict.message, (locale, verdict.message)
        assert "2024-" not in verdict.message


@pytest.mark.parametrize(("restrictions", "basis", "us", "uk", "de"), RESTRICTED,
                         ids=["agreed", "ended", "self-paid"])
def test_a_restriction_refusal_names_its_dates_as_the_practice_writes_them(
    restrictions: tuple[Restriction, ...], basis: str, us: str, uk: str, de: str,
) -> None:
    request, context = _request(Case("restricted", basis, "progress" if basis == "treatment" else "billing", False,
                                     evidence=TREATMENT if basis == "treatment" else {}))
    items = tuple(ItemFacts(i.id, i.kind, i.day, i.part2, self_pay=True) for i in context.items)
    for locale, expected in zip(LOCALES, (us, uk, de), strict=True):
        verdict = decide(request, replace(context, items=items, restrictions=restrictions, locale=locale))
        assert not verdict.allowed
        assert expected in verdict.message, (locale, verdict.message)
        assert "2024-" not in verdict.message


def test_revoking_twice_names_the_first_revocation_in_the_practice_format() -> None:
    with pytest.raises(RefusedByPolicy, match=r"already revoked on 15/02/2024\."):
        check_revocation(REVOKED, Revocation(date(2024, 3, 1)), "en_GB")


@pytest.mark.parametrize(("locale", "by", "late"), [("en_US", "by 01/31/2024", "02/05/2024 is too late"),
                                                    ("en_GB", "by 31/01/2024", "05/02/2024 is too late"),
                                                    ("de_DE", "by 31.01.2024", "05.02.2024 is too late")])
def test_a_late_extension_notice_names_its_dates_as_the_practice_writes_them(locale: str, by: str, late: str) -> None:
    with pytest.raises(RefusedByPolicy) as err:
        extend("access", date(2024, 1, 1), notice_on=date(2024, 2, 5), reason="records off site", locale=locale)
    assert by in err.value.message and late in err.value.message


KEPT = DestructionFacts("C-1", "chart", (), (), date(2031, 2, 3), date(2026, 12, 3), locale="en_GB")
EARLY = Basis("permission", permission_sha256="ab" * 32, permission_bytes=10)


@pytest.mark.parametrize(("locale", "shown"), [("en_US", "02/03/2031"), ("en_GB", "03/02/2031"),
                                               ("de_DE", "03.02.2031")])
def test_a_destruction_refusal_names_the_retention_end_as_the_practice_writes_it(locale: str, shown: str) -> None:
    facts = replace(KEPT, locale=locale)
    assert f"must be kept until {shown} under" in " ".join(refusals(facts, Basis("retention"), "C-1"))
    assert f"must be kept until {shown} under" in " ".join(refusals(facts, EARLY, "C-1"))
    # The signed certificate keeps the warning's date as it always did (never a signed payload's format).
    assert "must be kept until 2031-02-03 under" in early_permission_warning(facts, EARLY, iso=True)


def test_an_open_access_request_reads_in_the_practice_format(vault: Vault) -> None:
    """The export's and the destruction's words for an open request (found: "Access request
    received 2026-11-02, due 2026-12-02" in the wizard of a practice that writes 02/11/2026)."""
    practice.update(vault, locale="en_GB")
    chart = fx.make_chart(vault, n=1)
    asked = requests.add_request(vault, chart.client_id, kind="access", received_on=date(2026, 11, 2))
    [(request_id, label)] = open_access_requests(vault, chart.client_id)
    assert request_id == asked.id
    assert label.startswith(f"Access request received 02/11/2026, due {asked.due_on:%d/%m/%Y}")
    assert retention.open_requests(vault, chart.client_id) == ["access request received 02/11/2026"]
