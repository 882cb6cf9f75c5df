"""What a confidentiality decision needs before it can be signed, and the legal basis
its disclosure rests on when it goes through the disclosure gate.

The sign rules are the documentation a careful therapist keeps when breaking
confidentiality: the reasoning, the exception relied on, and whether the client was
told (with a reason when not). A subpoena without a court order never leads to a
disclosure; a national-security request records that the client must not be told.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from vault_app.domain.basis_evidence import coerce_evidence
from vault_app.domain.decision_prompts import TriggerGuide, guide_for
from vault_app.domain.decisions import Decision, DisclosureDetails, outcome_label
from vault_app.domain.disclosure_basis import LegalBasis, spec_for
from vault_app.domain.errors import InvalidInput, Problem, RefusedByPolicy, keys
from vault_app.domain.subpoena import RECEIVED_FIELD

SUBPOENA_RESPONSE = (
    "A subpoena alone is not a court order and never leads to a disclosure here. Record 'seek order': "
    "notify the client, consult counsel, and disclose only under a court order signed by a judge."
)
NATIONAL_SECURITY_SILENCE = (
    "The client must not be told about a national-security disclosure (45 CFR 164.528(a)(1)(vi) and the legal "
    "process behind the request)."
)
# A state's duty discharged only by telling the person threatened AND the police (domain/duty_to_protect:
# California, Tarasoff; Cal. Civ. Code 43.92): one decision records one communication, so a signed warning to
# the victim alone read as the duty done (walker wfamily). Said, not refused: the other may be recorded apart.
DISCHARGE_BOTH = (
    "Your license state's duty to protect ({citation}) is discharged by communicating the threat both to the "
    "person threatened and to a law enforcement agency. This record holds one communication: record the other "
    "too (Disclosures tab > Record a disclosure made outside the app), or in a second "
    "decision."
)
# Fixed words for the evidence when the therapist wrote no threat: never clinical text.
SELF_HARM_THREAT = "serious and imminent risk of harm to the client"

# The purpose written on the disclosure (and so in the accounting): fixed words, never clinical text.
PURPOSES: dict[str, str] = {
    "child_abuse": "Report of suspected child abuse or neglect, as required by law",
    "elder_abuse": "Report of suspected elder or dependent-adult abuse, as required by law",
    "duty_to_warn": "To prevent or lessen a serious and imminent threat to an identifiable person (duty to warn)",
    "self_harm": "To prevent or lessen a serious and imminent threat to the client's life or safety",
    "court_order": "Compliance with a court order",
    "subpoena": "Response to a subpoena",
    "national_security": "Authorized national-security or intelligence activities",
    "other": "Disclosure permitted or required by law",
}


def check_outcome(decision: Decision, guide: TriggerGuide | None = None) -> None:
    """Refuse at once (while drafting, not only at signing) a decision the trigger never allows."""
    guide = guide or guide_for(decision.trigger)
    if decision.outcome is None or decision.outcome in guide.outcomes:
        return
    if guide.never_discloses:
        raise RefusedByPolicy(SUBPOENA_RESPONSE, hint="Choose 'seek_order' (or 'do_not_disclose').",
                              code="decision.needs.subpoena_response")
    allowed = ", ".join(guide.outcomes)
    said = outcome_label(decision.outcome, decision.trigger)
    raise InvalidInput(f"'{said}' is not a choice for this situation. Choose: {allowed}.",
                       code="decision.outcome_not_allowed")


def check_client_informed(decision: Decision, guide: TriggerGuide | None = None) -> None:
    guide = guide or guide_for(decision.trigger)
    if guide.must_not_tell_client and decision.client_informed.informed:
        raise RefusedByPolicy(NATIONAL_SECURITY_SILENCE, hint="Record that the client was not informed.",
                              code="decision.needs.client_not_told")


def sign_problems(decision: Decision, today: date, guide: TriggerGuide | None = None) -> list[str]:
    """Everything missing before signing, in plain words (empty when it may be signed): each a
    Problem, its code said in the screen's language by the GUI."""
    guide = guide or guide_for(decision.trigger)
    d = decision
    problems: list[str] = []
    if d.duty.confidential is None:
        problems.append(Problem("the Duty step: whether the information is confidential", code="decision.needs.duty"))
    if d.exception.kind is None or not d.exception.name:
        problems.append(Problem(
            "the Exception step: which exception applies and whether it is mandatory or permissive "
            "(or that none applies)", code="decision.needs.exception",
        ))
    if not d.reasoning:
        problems.append(Problem("your clinical reasoning", code="decision.needs.reasoning"))
    if d.outcome is None:
        problems.append(Problem("the decision (disclose, do not disclose, or seek an order)",
                                code="decision.needs.outcome"))
    elif d.outcome not in guide.outcomes:
        problems.append(Problem(SUBPOENA_RESPONSE, code="decision.needs.subpoena_response") if guide.never_discloses
                        else Problem("a decision this situation allows", code="decision.needs.allowed_outcome"))
    problems += _client_problems(d, guide)
    if d.outcome == "disclose":
        if d.exception.kind == "none":
            problems.append(Problem("an exception that permits the disclosure: with none, nothing may be disclosed",
                                    code="decision.needs.permitting_exception"))
        problems += _disclosure_problems(d, today)
    elif d.disclosure is not None and _describes_disclosure(d.disclosure):
        problems.append(Problem("no disclosure details: you decided not to disclose, so clear what was to be disclosed",
                                code="decision.needs.no_disclosure_details"))
    if d.occurred_on > today:
        problems.append(Problem("a date of the event that is not in the future",
                                code="decision.needs.event_not_future"))
    return problems


def sign_warnings(decision: Decision, guide: TriggerGuide | None = None) -> list[str]:
    """What a careful record usually has, but signing does not wait for: each a Problem, its
    code said in the screen's language by the GUI (the risk factors unassessed are keys in a
    list param)."""
    guide = guide or guide_for(decision.trigger)
    warnings: list[str] = []
    if not decision.consultations:
        warnings.append(Problem(
            "No consultation is recorded. If you consulted anyone, add it; if not, you may add it later.",
            code="decision.warn.no_consultation"))
    if not decision.law.statute:
        warnings.append(Problem("No statute or rule is named in the Law step.", code="decision.warn.no_statute"))
    unassessed = [f for f in guide.risk_factors if getattr(decision.risk, f) is None]
    if unassessed and decision.trigger in ("duty_to_warn", "self_harm"):
        warnings.append(Problem(
            "Risk factors not assessed: " + ", ".join(f.replace("_", " ") for f in unassessed) + ".",
            code="decision.warn.risk_unassessed", params={"factors": keys(unassessed)}))
    if not decision.follow_up:
        warnings.append(Problem("No follow-up steps are listed.", code="decision.warn.no_follow_up"))
    if decision.outcome == "disclose" and len(guide.discharged_by) > 1:
        warnings.append(Problem(DISCHARGE_BOTH.format(citation=guide.discharge_citation),
                                code="decision.warn.discharge_both", params={"citation": guide.discharge_citation}))
    return warnings


def _client_problems(d: Decision, guide: TriggerGuide) -> list[str]:
    ci = d.client_informed
    if ci.informed is None:
        return [Problem("whether the client was informed (or why not)", code="decision.needs.client_informed")]
    if ci.informed:
        if guide.must_not_tell_client:
            return [Problem(NATIONAL_SECURITY_SILENCE, code="decision.needs.client_not_told")]
        return [] if ci.on else [Problem("when the client was informed", code="decision.needs.client_informed_on")]
    problems: list[str] = []
    if ci.reason_code is None or not ci.reason:
        problems.append(Problem("why the client was not informed (a reason, in a few words)",
                                code="decision.needs.not_informed_reason"))
    if guide.must_not_tell_client and ci.reason_code not in (None, "national_security"):
        problems.append(Problem("'national_security' as the reason the client was not informed",
                                code="decision.needs.national_security_reason"))
    return problems


def _describes_disclosure(x: DisclosureDetails) -> bool:
    return bool(x.what or x.recipient or x.item_ids or x.method or x.on)


def _disclosure_problems(d: Decision, today: date) -> list[str]:
    x = d.disclosure
    if x is None:
        return [Problem("what exactly was disclosed, to whom, how and when", code="decision.needs.disclosure")]
    problems: list[str] = []
    if not x.what:
        problems.append(Problem("what exactly was disclosed (the minimum necessary)", code="decision.needs.what"))
    if not x.item_ids and x.date_from is None and x.date_to is None:
        problems.append(Problem("which records the disclosure draws on (select the notes or sessions, or a date range)",
                                code="decision.needs.records"))
    if not x.minimum_necessary:
        problems.append(Problem("your confirmation that only the minimum necessary is disclosed",
                                code="decision.needs.minimum_necessary"))
    if not x.recipient:
        problems.append(Problem("to whom it was disclosed", code="decision.needs.recipient"))
    if x.method is None:
        problems.append(Problem("how it was disclosed (phone, form, letter...)", code="decision.needs.method"))
    if x.on is None:
        problems.append(Problem("when it was disclosed", code="decision.needs.disclosed_on"))
    elif x.on > today:
        problems.append(Problem("a disclosure date that is not in the future (record the decision once it is made)",
                                code="decision.needs.disclosed_not_future"))
    if d.trigger == "duty_to_warn" and not (d.risk.threat and d.risk.person_at_risk):
        problems.append(Problem("the threat and the identifiable person threatened (risk factors)",
                                code="decision.needs.threat"))
    if d.trigger == "court_order":
        o = x.order
        if o is None or not (o.judge and o.court and o.case_number and o.order_date and o.attachment_id):
            problems.append(Problem("the court order: judge, court, case number, date and the attached signed copy",
                                code="decision.needs.court_order"))
    if d.trigger == "other" and not x.basis_kind:
        problems.append(Problem("the legal basis of the disclosure", code="decision.needs.basis"))
    return problems


@dataclass(frozen=True)
class BasisChoice:
    kind: str
    evidence: dict[str, Any]
    purpose: str


def disclosure_basis(decision: Decision) -> BasisChoice:
    """The gate basis and evidence a disclosing decision rests on (same gate as an export)."""
    d = decision
    x = d.disclosure or DisclosureDetails()
    purpose = PURPOSES[d.trigger]
    statute = d.law.statute
    law: dict[str, Any] = {"agency": x.recipient}
    if statute:
        law["statute"] = statute
    if x.reference:
        law["report_reference"] = x.reference
    if d.trigger == "child_abuse":
        return BasisChoice("required_by_law", {"law_kind": "child_abuse_report", **law}, purpose)
    if d.trigger == "elder_abuse":
        return BasisChoice("required_by_law", {"law_kind": "elder_abuse_report", **law}, purpose)
    if d.trigger in ("duty_to_warn", "self_harm"):
        # 164.512(j) is permissive even where a state duty-to-warn law applies; minimum necessary applies.
        evidence = {**law, "threat": d.risk.threat or (SELF_HARM_THREAT if d.trigger == "self_harm" else "")}
        if d.risk.person_at_risk:
            evidence["identifiable_person"] = d.risk.person_at_risk
        return BasisChoice("serious_threat", evidence, purpose)
    if d.trigger == "court_order":
        o = x.order
        evidence = {} if o is None else {
            "judge": o.judge, "court": o.court, "case_number": o.case_number,
            "order_date": o.order_date.isoformat() if o.order_date else None,
            "order_attachment_id": o.attachment_id, "covers": list(o.covers) or None,
            "records_from": o.records_from.isoformat() if o.records_from else None,
            "records_to": o.records_to.isoformat() if o.records_to else None,
        }
        # The decision's event is the order's arrival: its day is the day received, which the
        # disclosure and its hold are dated from (domain/subpoena.RECEIVED_FIELD), as an export's
        # --received. Found: the disclosure said none while the hold offered was of this day.
        received = {RECEIVED_FIELD: d.occurred_on.isoformat()}
        return BasisChoice("court_order", {k: v for k, v in {**evidence, **received}.items()
                                           if v not in (None, "")}, purpose)
    if d.trigger == "subpoena":
        return BasisChoice("subpoena", {RECEIVED_FIELD: d.occurred_on.isoformat()}, purpose)
    if d.trigger == "national_security":
        evidence = {"authority": statute} if statute else {}
        if x.recipient:
            evidence["official"] = x.recipient
        if x.reference:
            evidence["request_reference"] = x.reference
        return BasisChoice("national_security", evidence, purpose)
    return BasisChoice(x.basis_kind, dict(x.basis_evidence), purpose)


def legal_basis(choice: BasisChoice) -> LegalBasis:
    """The gate's LegalBasis for a decision's basis choice, with its evidence type-checked."""
    if not choice.kind:
        raise InvalidInput("Choose the legal basis of the disclosure.", code="decision.basis_missing")
    return LegalBasis(spec_for(choice.kind).kind, coerce_evidence(choice.kind, choice.evidence))


__all__ = [
    "NATIONAL_SECURITY_SILENCE",
    "PURPOSES",
    "SUBPOENA_RESPONSE",
    "BasisChoice",
    "check_client_informed",
    "check_outcome",
    "disclosure_basis",
    "legal_basis",
    "sign_problems",
    "sign_warnings",
]
