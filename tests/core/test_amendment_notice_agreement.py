"""Who is told of an accepted amendment: only those the client agrees to have informed (45 CFR
164.526(c)(2)), never past an agreed restriction on that recipient (164.522(a)(1)(iii)), and never
the client of their own amendment. Found by a walker: the window listed "the client (own access
request), not yet" for ever, and "Dr. Rivera" under the client's restriction "do not send anything
to Dr. Rivera" with nothing said; a notice was recorded without the client's agreement."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from vault_app.domain.amendment_notice import notice_refusal, recipients_to_inform, restricted_for
from vault_app.domain.disclosure import DisclosureRecord, Recipient
from vault_app.domain.errors import RefusedByPolicy
from vault_app.domain.restrictions import RestrictedItem, Restriction
from vault_app.services import amendment_notices, export, request_amendments, requests, restrictions
from vault_app.services.vault import Vault

DAY = date(2026, 12, 6)


def _rec(recipient: str, basis: str, **extra: object) -> DisclosureRecord:
    return DisclosureRecord("D1", "c1", date(2026, 9, 20), Recipient(recipient), "d", "p", basis, "s", None,
                            False, "", "progress", ("n1",), extra=dict(extra))


# (citation, disclosure, listed to inform)
LISTED = [
    ("45 CFR 164.526(c)(3)(ii): a provider who received the note", _rec("Dr. Rivera", "authorization"), True),
    ("45 CFR 164.526(c)(2): the client's own access copy", _rec("Rosalind Honeywater", "client_access"), False),
    ("45 CFR 164.524(c)(3)(ii): a copy sent at the client's direction went to another",
     _rec("Jane Roe", "client_access", directed_by_client=True), True),
]


@pytest.mark.parametrize(("citation", "record", "listed"), LISTED, ids=[r[0] for r in LISTED])
def test_who_is_listed(citation: str, record: DisclosureRecord, listed: bool) -> None:
    assert bool(recipients_to_inform([record], ("n1",))) is listed, citation


NOTE = (RestrictedItem("n1", "progress", date(2026, 9, 19), False),)


def _restriction(recipient: str, *, status: str = "agreed", ended: date | None = None, by: str = "",
                 kinds: tuple[str, ...] = ()) -> Restriction:
    return Restriction("X-1", "c1", "other", "do not send anything", date(2026, 9, 1),
                       status=status, decided_on=date(2026, 9, 2), kinds=kinds, recipient=recipient,  # type: ignore[arg-type]
                       terminated_on=ended, terminated_by=by)


# (citation, recipient, restrictions, restricted)
RESTRICTED = [
    ("164.522(a)(1)(iii): agreed, named with a first name", "Dr. Maria Rivera", (_restriction("Dr. Rivera"),), True),
    ("164.522(a)(1)(iii): agreed, with a credential", "Rivera, MD", (_restriction("Dr. Rivera"),), True),
    ("164.522(a)(1)(iii): another recipient", "School counselor", (_restriction("Dr. Rivera"),), False),
    ("164.522(a)(1)(ii): only asked, never agreed", "Dr. Rivera", (_restriction("Dr. Rivera", status="requested"),),
     False),
    ("164.522(a)(2)(iii)(B): ended by the practice after the note", "Dr. Rivera",
     (_restriction("Dr. Rivera", status="terminated", ended=date(2026, 12, 1), by="practice"),), True),
    ("164.522(a)(2)(i): ended by the client", "Dr. Rivera",
     (_restriction("Dr. Rivera", status="terminated", ended=date(2026, 12, 1), by="client"),), False),
    ("164.522(a)(1)(iii): covers billing only", "Dr. Rivera", (_restriction("Dr. Rivera", kinds=("billing",)),),
     False),
]


@pytest.mark.parametrize(("citation", "recipient", "held", "restricted"), RESTRICTED, ids=[r[0] for r in RESTRICTED])
def test_restricted_recipient(citation: str, recipient: str, held: tuple[Restriction, ...], restricted: bool) -> None:
    assert restricted_for(recipient, NOTE, held, DAY) is restricted, citation


# (citation, client agreed, restricted, refusal code or None)
REFUSALS = [
    ("164.526(c)(2): agreed, not restricted: recorded", True, False, None),
    ("164.526(c)(2): without the client's agreement", False, False, "amendment_notice.needs_agreement"),
    ("164.522(a)(1)(iii): restricted, even if agreed", True, True, "amendment_notice.restricted"),
    ("164.522(a)(1)(iii): restricted and not agreed", False, True, "amendment_notice.restricted"),
]


@pytest.mark.parametrize(("citation", "agreed", "restricted", "code"), REFUSALS, ids=[r[0] for r in REFUSALS])
def test_notice_refusal(citation: str, agreed: bool, restricted: bool, code: str | None) -> None:
    refusal = notice_refusal(client_agreed=agreed, restricted=restricted)
    assert (refusal.code if refusal else None) == code, citation


def test_notice_needs_agreement_and_respects_restriction(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=2)
    auth = fx.add_auth(vault, chart.client_id)
    export.export(vault, fx.request(chart.client_id, note_ids=(chart.progress[0],), authorization_id=auth.id),
                  out=tmp_path / "x.pdf", password=fx.PASSWORD)
    q = requests.add_request(vault, chart.client_id, kind="amendment", received_on=fx.days_ago(3),
                             note_ids=(chart.progress[0],))
    request_amendments.accept_amendment(vault, q.id, text="Corrected: the date of the incident was March 3.")
    with pytest.raises(RefusedByPolicy, match=r"164\.526\(c\)\(2\)") as no_word:
        amendment_notices.record_informed(vault, q.id, recipient=fx.RECIPIENT.name, informed_on=fx.today())
    assert no_word.value.code == "amendment_notice.needs_agreement"
    amendment_notices.record_informed(vault, q.id, recipient="School counselor", informed_on=fx.today(),
                                      named_by_client=True, client_agreed=True)
    (entry,) = [e.payload for e in vault.ledger.entries(kinds=(amendment_notices.INFORMED,))]
    assert entry["client_agreed"] is True

    # The client then restricts what goes to the doctor: listed as restricted, refused even agreed.
    r = restrictions.request_restriction(vault, chart.client_id, kind="other", description="nothing to the doctor",
                                         requested_on=fx.today(), recipient="Dr. Rivera")
    restrictions.decide(vault, r.restriction_id, agree=True, decided_on=fx.today())
    listed = {t.recipient: t for t in amendment_notices.recipients(vault, q.id)}
    assert listed[fx.RECIPIENT.name].restricted and not listed["School counselor"].restricted
    with pytest.raises(RefusedByPolicy, match=r"164\.522\(a\)\(1\)\(iii\)") as held:
        amendment_notices.record_informed(vault, q.id, recipient=fx.RECIPIENT.name, informed_on=fx.today(),
                                          client_agreed=True)
    assert held.value.code == "amendment_notice.restricted"
