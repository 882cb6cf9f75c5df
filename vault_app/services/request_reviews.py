"""Reviews of access denials (45 CFR 164.524(a)(4), (d)(4)): refer, track, decide, notify.

The rules are in domain/request_review.py. The review is kept with the request
(compliance documentation, 164.530(j)); the decision letter is kept with the other
letters, and a reversal opens the access the reviewer allowed.
"""

from __future__ import annotations

import secrets
from dataclasses import replace
from datetime import date

from vault_app.domain import letters as letter_rules
from vault_app.domain.clinical import require_date
from vault_app.domain.errors import InvalidInput, NotFound, RefusedByPolicy
from vault_app.domain.letters import Letter
from vault_app.domain.request_review import REVIEW_DECISIONS, Review, due_date, review_problems
from vault_app.services import practice
from vault_app.services.clinical_common import now_iso, today
from vault_app.services.requests import _log, _text, get_request, keep_letter, letter_addressee, save_request
from vault_app.services.vault import Vault
from vault_app.storage import disclosure_requests as store


def request_review(
    vault: Vault, request_id: str, *, requested_on: date | str, reviewer_name: str, reviewer_license: str,
    took_no_part: bool, referred_on: date | str | None = None, due_days: int | None = None,
) -> Review:
    """The client asked for a review: record the designated reviewer and refer it (promptly)."""
    q = get_request(vault, request_id)
    asked = require_date(requested_on, "date the review was requested", allow_future=False,
                         field="review_requested_on")
    referred = require_date(referred_on or today(), "date the request was referred", allow_future=False,
                            field="review_referred_on")
    if referred < asked:
        raise InvalidInput("The referral is dated before the client asked for the review.",
                           code="review.referred_before_requested", field="review_referred_on")
    if due_days is not None and not 1 <= due_days <= 365:
        raise InvalidInput("The review's due date is 1 to 365 days after the referral.", code="review.due_days",
                           field="review_due_days")
    name, license_ = _text(reviewer_name, "reviewer's name"), _text(reviewer_license, "reviewer's license")
    problems = review_problems(
        q, reviewer_name=name, reviewer_license=license_, took_no_part=took_no_part,
        denier=practice.load(vault).clinician_name, requested_on=asked,
        already_reviewed=store.review_for(vault.records, q.id) is not None,
    )
    if problems:
        raise RefusedByPolicy(" ".join(problems), code="review.refused", parts=problems)
    review = Review("V-" + secrets.token_hex(4), q.id, q.client_id, asked, name, license_, True, referred,
                    due_date(referred, due_days))
    with vault.records.transaction():
        store.insert_review(vault.records, review, now_iso())
    _log(vault, "request.review_referred", q, review_id=review.review_id, requested_on=asked.isoformat(),
         due_on=review.due_on.isoformat())
    return review


def get_review(vault: Vault, request_id: str) -> Review:
    found = store.review_for(vault.records, request_id) if isinstance(request_id, str) else None
    if found is None:
        raise NotFound("No review for that request.", hint="Record one with 'vault-app request review'.",
                       code="request.review_not_found")
    return found


def decide_review(
    vault: Vault, request_id: str, *, decision: str, decided_on: date | str | None = None, explanation: str = "",
) -> tuple[Review, Letter]:
    """The reviewer's determination, the written notice to the client (164.524(d)(4)), and its effect."""
    review = get_review(vault, request_id)
    if not review.open:
        raise RefusedByPolicy(f"The review was already decided ({review.decision}).", code="review.already_decided")
    if decision not in REVIEW_DECISIONS:
        raise InvalidInput("The decision is one of: " + ", ".join(REVIEW_DECISIONS) + ".",
                           code="review.decision_unknown", field="review_decision")
    day = require_date(decided_on or today(), "decision date", allow_future=False, field="decided_on")
    if day < review.referred_on:
        raise InvalidInput("The decision is dated before the review was referred.",
                           code="review.decided_before_referred", field="decided_on")
    review = replace(review, decision=decision, decided_on=day, explanation=_text(explanation, "explanation"))
    q = get_request(vault, request_id)
    letter = letter_rules.review_decision(practice.load(vault), q, **letter_addressee(vault, q),
                                          reviewer=review.reviewer_name, decision=decision, day=day,
                                          explanation=review.explanation)
    if decision != "upheld":
        # The practice must act on the reviewer's determination: the access it allowed is now open.
        q = replace(q, status="granted" if decision == "reversed" else "partially_granted",
                    granted=q.granted or f"access allowed on review {review.review_id}")
    with vault.records.transaction():
        store.decide_review(vault.records, review)
    save_request(vault, q)
    keep_letter(vault, q, letter)
    _log(vault, "request.review_decided", q, review_id=review.review_id, decision=decision,
         decided_on=day.isoformat(), late=day > review.due_on)
    return review, letter


def overdue_reviews(vault: Vault, on: date | None = None) -> list[Review]:
    when = on or today()
    return [r for r in store.open_reviews(vault.records) if r.overdue(when)]


__all__ = ["decide_review", "get_review", "overdue_reviews", "request_review"]
