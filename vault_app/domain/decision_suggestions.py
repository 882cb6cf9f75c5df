"""What a decision's steps suggest the therapist fill in: the usual recipients of a disclosure
and the follow-up steps, each with a stable code beside its English (domain/decision_guide.py).

A suggestion left as it was goes into the record in this English (what the CLI writes and the
decision is signed with); a screen shows it in its own language by the code.
"""

from __future__ import annotations

from vault_app.domain.decision_guide import words
from vault_app.domain.errors import Problem

RECIPIENTS: dict[str, Problem] = {
    "child_protective_services": words("decision.recipient.child_protective_services", "Child protective services"),
    "police": words("decision.recipient.police", "Police"),
    "adult_protective_services": words("decision.recipient.adult_protective_services", "Adult protective services"),
    "ombudsman": words("decision.recipient.ombudsman", "Long-term care ombudsman"),
    "person_threatened": words("decision.recipient.person_threatened", "The person threatened"),
    "emergency_services": words("decision.recipient.emergency_services", "Emergency services (911)"),
    "crisis_line": words("decision.recipient.crisis_line", "Crisis line or mobile crisis team (988)"),
    "hospital": words("decision.recipient.hospital", "Hospital"),
    "emergency_contact": words("decision.recipient.emergency_contact", "Emergency contact named by the client"),
    "court": words("decision.recipient.court", "The court"),
    "court_clerk": words("decision.recipient.court_clerk", "The clerk of the court"),
    "federal_official": words("decision.recipient.federal_official", "Authorized federal official"),
}
FOLLOW_UPS: dict[str, Problem] = {
    "hotline_reference": words(
        "decision.follow.hotline_reference",
        "Write down the report or hotline reference number",
    ),
    "written_report": words(
        "decision.follow.written_report",
        "Send the written follow-up report if your state requires one",
    ),
    "discuss_report": words("decision.follow.discuss_report", "Discuss the report with the client when it is safe"),
    "addendum": words("decision.follow.addendum", "Add an addendum when the agency responds"),
    "report_reference": words("decision.follow.report_reference", "Write down the report reference number"),
    "tell_promptly": words(
        "decision.follow.tell_promptly",
        "Tell the client promptly unless that would put them at risk",
    ),
    "reassess": words("decision.follow.reassess", "Reassess risk at the next contact"),
    "update_safety_plan": words("decision.follow.update_safety_plan", "Update the safety plan"),
    "discuss_warning": words("decision.follow.discuss_warning", "Discuss the warning with the client"),
    "contact_within_24h": words(
        "decision.follow.contact_within_24h",
        "Contact the client or the hospital within 24 hours",
    ),
    "review_safety_plan": words("decision.follow.review_safety_plan", "Review the safety plan"),
    "next_session": words("decision.follow.next_session", "Schedule the next session"),
    "attach_order": words("decision.follow.attach_order", "Attach a copy of the signed order to the chart"),
    "tell_released": words("decision.follow.tell_released", "Tell the client what was released"),
    "notify_client": words("decision.follow.notify_client", "Notify the client (and their attorney)"),
    "consult_counsel": words(
        "decision.follow.consult_counsel",
        "Consult counsel or your liability insurer's risk-management line",
    ),
    "respond_subpoena": words(
        "decision.follow.respond_subpoena",
        "Respond to the subpoena by its deadline as counsel advises (assert the privilege or object)",
    ),
    "release_only_under_order": words(
        "decision.follow.release_only_under_order",
        "Release records only under a court order signed by a judge or the client's written authorization",
    ),
    "keep_request": words("decision.follow.keep_request", "Keep the official's written request with the record"),
    "do_not_tell": words("decision.follow.do_not_tell", "Do not tell the client"),
    # A state's duty discharged only by telling both (domain/duty_to_protect.DutyRule.discharged_by)
    "discharge_both": words(
        "decision.follow.discharge_both",
        "Tell both the person threatened and a law enforcement agency, and record each communication",
    ),
}


def recipients_of(*keys: str) -> tuple[Problem, ...]:
    return tuple(RECIPIENTS[k] for k in keys)


def follow_ups_of(*keys: str) -> tuple[Problem, ...]:
    return tuple(FOLLOW_UPS[k] for k in keys)


__all__ = ["FOLLOW_UPS", "RECIPIENTS", "follow_ups_of", "recipients_of"]
