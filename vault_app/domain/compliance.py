"""Compliance records that outlive a chart (45 CFR 164.530(j)(2), 164.508(b)(6), 164.528).

Authorizations, disclosure evidence, client requests with their letters and reviews,
and restrictions must be kept six years from when they were created or last in
effect, whatever happens to the chart. When a chart is destroyed they move to the
compliance store, each on its own clock, with no clinical text (minimum necessary:
a request keeps its dates, grounds and outcome, not the amendment or the client's
statement), and are destroyed later with their own certificate.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from vault_app.domain.authorization import Authorization
from vault_app.domain.retention import add_years

COMPLIANCE_YEARS = 6
CITATION = "45 CFR 164.530(j)(2); 164.508(b)(6); 164.528"
ComplianceKind = Literal["client_identity", "authorization", "disclosure_evidence", "request", "letter", "review",
                         "restriction", "accounting_suspension"]


@dataclass(frozen=True)
class ComplianceRecord:
    record_id: str  # "<kind>:<source id>": the same record retained twice is one row
    subject_id: str  # the destroyed chart's client id (never a column named client_id: the chart is gone)
    chart_number: str
    kind: ComplianceKind
    created_on: date
    keep_until: date
    body: dict[str, Any] = field(default_factory=dict)
    attachment_b64: str | None = None  # a signed scan the rule keeps (the authorization, a court order)

    def due(self, today: date) -> bool:
        return self.keep_until <= today


def keep_until(created_on: date, last_effective: date | None = None) -> date:
    """Six years from creation or the date last in effect, whichever is later (164.530(j)(2))."""
    start = max(created_on, last_effective) if last_effective else created_on
    return add_years(start, COMPLIANCE_YEARS)


def authorization_last_effective(auth: Authorization, destroyed_on: date) -> date:
    """When the authorization stopped being in effect: revocation, expiry, its event, or (still open) the
    day the chart was destroyed, since nothing can be disclosed under it after that."""
    ends = [d for d in (auth.revocation.received_on if auth.revocation else None, auth.expires_on,
                        auth.event_occurred_on) if d is not None]
    return min([*ends, destroyed_on])


def destroyable(records: Iterable[ComplianceRecord], day: date) -> list[ComplianceRecord]:
    """The records a purge on `day` takes: each past its own date (164.530(j)(2)), and the
    client's identity only once nothing else of that chart is kept, since a record kept
    longer (an accounting of disclosures, 164.528) must still say whose it is. The one
    rule for the purge, the Destructions dialog, the dashboard and `compliance list --due`
    (the last two counted by `due` alone, the purge and the dialog each by a copy of this)."""
    records = list(records)
    still_kept = {r.subject_id for r in records if not r.due(day) and r.kind != "client_identity"}
    return [r for r in records if r.due(day) and (r.kind != "client_identity" or r.subject_id not in still_kept)]


__all__ = ["CITATION", "COMPLIANCE_YEARS", "ComplianceKind", "ComplianceRecord", "authorization_last_effective",
           "destroyable", "keep_until"]
