"""What needs attention on the disclosure side, for the GUI's home screen and `vault-app dashboard`.

- requests (access, amendment, accounting) overdue or due soon, and an open access request needing
  review because its requester's standing changed since it was made, whatever its due date
  (services/request_review_needed.py);
- authorizations expiring within 30 days;
- disclosures awaiting accounting: open accounting requests, and exports whose
  delivery is unsettled or failed (so the therapist can resend or explain);
- reviews of access denials still to decide (164.524(a)(4)), and compliance records
  kept after a chart's destruction that have passed their own date.
Ids, dates and kinds only: the GUI maps client ids to names under privacy mode.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from vault_app.domain.authorization import EXPIRING_SOON_DAYS
from vault_app.domain.compliance import destroyable
from vault_app.domain.deadlines import due_state
from vault_app.services import (
    authorizations,
    care_confidentiality,
    export_delivery,
    request_due,
    request_owed,
    request_review_needed,
)
from vault_app.services.clinical_common import today
from vault_app.services.vault import Vault
from vault_app.storage import compliance_store, disclosure_records
from vault_app.storage import disclosure_requests as request_store


@dataclass(frozen=True)
class RequestItem:
    request_id: str
    client_id: str
    kind: str
    received_on: str
    due_on: str  # the earlier of HIPAA's and the license state's (services/request_due)
    days_left: int
    extended: bool
    due_citation: str = ""  # the rule that sets due_on
    due_set_by: str = "federal"
    state_rule_known: bool = False  # the app knows a rule of the license state for this kind
    # Why it needs the therapist's review (a key of who_acts.REQUESTER_WHY: its requester may no longer
    # receive its copy), or "": the Requests window alone said it, not Today nor the worklist (found).
    review: str = ""


@dataclass(frozen=True)
class AuthorizationItem:
    authorization_id: str
    client_id: str
    expires_on: str
    days_left: int
    covers: list[str]


@dataclass(frozen=True)
class DeliveryItem:
    disclosure_id: str
    client_id: str
    status: str
    ledger_seq: int | None
    reason: str


@dataclass(frozen=True)
class ReviewItem:
    """A review of an access denial still to be decided (45 CFR 164.524(a)(4))."""

    review_id: str
    request_id: str
    client_id: str
    due_on: str
    days_left: int


@dataclass(frozen=True)
class ComplianceItem:
    """A compliance record kept after its chart's destruction, past its own date: the chart
    number, what it is and until when it had to be kept (no content)."""

    record_id: str
    chart_number: str
    kind: str
    keep_until: str


@dataclass(frozen=True)
class DashboardData:
    on: str
    requests_overdue: list[RequestItem] = field(default_factory=list)
    requests_due_soon: list[RequestItem] = field(default_factory=list)
    authorizations_expiring: list[AuthorizationItem] = field(default_factory=list)
    accounting_requests_open: list[RequestItem] = field(default_factory=list)
    deliveries_needing_attention: list[DeliveryItem] = field(default_factory=list)
    reviews_open: list[ReviewItem] = field(default_factory=list)
    compliance_records_due: int = 0  # kept after a chart's destruction, past their own date
    compliance_due: list[ComplianceItem] = field(default_factory=list)  # those records, oldest date first
    # Open access requests needing review, soonest due first, due soon or not: work to do now (those also
    # overdue or due soon are in those lists too, with their `review` said).
    requests_needing_review: list[RequestItem] = field(default_factory=list)

    @property
    def attention_count(self) -> int:
        due = {r.request_id for r in self.requests_overdue + self.requests_due_soon}
        later = sum(1 for r in self.requests_needing_review if r.request_id not in due)
        return (len(self.requests_overdue) + len(self.requests_due_soon) + later + len(self.authorizations_expiring)
                + len(self.deliveries_needing_attention) + len(self.reviews_open) + self.compliance_records_due)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def summary(vault: Vault, *, on: date | None = None, soon_days: int = 7,
            expiring_days: int = EXPIRING_SOON_DAYS) -> DashboardData:
    day = on or today()
    export_delivery.reconcile_pending(vault)
    overdue: list[RequestItem] = []
    soon: list[RequestItem] = []
    accounting_open: list[RequestItem] = []
    to_review: list[RequestItem] = []
    license_state = request_due.license_state(vault)
    # Owing: open, or decided and still owing a copy (a denial's rest, a review's release: request_owed).
    for q in request_owed.owing(vault, request_store.list_requests(vault.records)):
        # Due by the earlier of HIPAA's date and the state's: a California request is overdue
        # after 5 working days, whatever HIPAA's 30 (found by two walkers).
        due = request_due.deadline(q, license_state)
        item = RequestItem(q.id, q.client_id, q.kind, q.received_on.isoformat(), due.day.isoformat(),
                           (due.day - day).days, q.extension is not None, due.citation, due.set_by,
                           due.state_known, request_review_needed.review_of(vault, q))
        if item.review:
            to_review.append(item)
        state = due_state(due.day, day, closed=False, soon_days=soon_days)
        if state == "overdue":
            overdue.append(item)
        elif state == "due_soon":
            soon.append(item)
        if q.kind == "accounting":
            accounting_open.append(item)
    expiring = [
        AuthorizationItem(a.id, a.client_id, a.expires_on.isoformat(), (a.expires_on - day).days, sorted(a.covers))
        for a in authorizations.expiring_within(vault, expiring_days, day)
        # A form whose signer the chart now refuses is refused at export: not one "expiring" (a walker).
        if a.expires_on is not None and care_confidentiality.signer_refusal_now(vault, a) is None
    ]
    deliveries = [
        DeliveryItem(r.disclosure_id, r.client_id, r.status, r.ledger_seq, r.reason)
        for status in ("pending", "not_delivered")
        for r in disclosure_records.deliveries(vault.records, status=status)
    ]
    compliance_due = [ComplianceItem(r.record_id, r.chart_number, r.kind, r.keep_until.isoformat())
                      for r in sorted(destroyable(compliance_store.all_records(vault.records), day),
                                      key=lambda r: (r.keep_until, r.chart_number))]
    reviews = [ReviewItem(v.review_id, v.request_id, v.client_id, v.due_on.isoformat(), (v.due_on - day).days)
               for v in request_store.open_reviews(vault.records)]
    return DashboardData(
        on=day.isoformat(),
        reviews_open=reviews,
        compliance_records_due=len(compliance_due),
        compliance_due=compliance_due,
        requests_overdue=sorted(overdue, key=lambda i: i.due_on),
        requests_due_soon=sorted(soon, key=lambda i: i.due_on),
        authorizations_expiring=expiring,
        accounting_requests_open=sorted(accounting_open, key=lambda i: i.due_on),
        deliveries_needing_attention=deliveries,
        requests_needing_review=sorted(to_review, key=lambda i: i.due_on),
    )


__all__ = ["AuthorizationItem", "ComplianceItem", "DashboardData", "DeliveryItem", "RequestItem", "ReviewItem",
           "summary"]
