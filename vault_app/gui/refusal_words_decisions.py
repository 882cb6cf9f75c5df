"""The words of the core's refusals about a confidentiality decision (domain/decision*.py,
services/decisions.py): a step typed wrong, a signed decision changed, what a decision still
needs before it is signed, and the names of its steps' fields.

Kept apart from gui/refusal_words_legal.py (the two together passed one file's worth) but in
the same "RefusalWordsLegal" context: es.ts holds these words there, and Qt looks a word up by
its context's name, not by the module that says it. A book of gui/refusal_words.py.
"""

from __future__ import annotations

from collections.abc import Mapping

from vault_app.gui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "RefusalWordsLegal"

SAYS: Mapping[str, str] = {
    # a step typed wrong
    "decision.consultation_needs_who": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "A consultation needs the person or service consulted."),
    "decision.consultation_needs_advice": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "A consultation needs what was advised."),
    "decision.too_many_consultations": QT_TRANSLATE_NOOP("RefusalWordsLegal", "At most {max} consultations."),
    "decision.disclosed_range_reversed": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "The disclosed date range ends before it starts."),
    "decision.too_many_follow_ups": QT_TRANSLATE_NOOP("RefusalWordsLegal", "At most {max} follow-up steps."),
    # confidentiality decisions
    "decision.signed": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "This confidentiality decision is signed and can no longer change."),
    "decision.disclosure_recorded": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "The disclosure of this decision is already recorded in the ledger; it can no "
                             "longer change."),
    "decision.signed_meanwhile": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "This confidentiality decision was signed meanwhile and can no longer change."),
    "decision.discard_disclosed": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Its disclosure is already recorded; sign the decision instead of discarding it."),
    "decision.not_discardable": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "This confidentiality decision can no longer be discarded."),
    "decision.already_signed": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "This confidentiality decision is already signed."),
    "decision.addendum_empty": QT_TRANSLATE_NOOP("RefusalWordsLegal", "The addendum is empty."),
    "decision.not_signed_yet": QT_TRANSLATE_NOOP("RefusalWordsLegal", "This decision is not signed yet."),
    # a decision not ready to sign, what it still needs (a part each)
    "decision.not_ready": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "This decision cannot be signed yet. Still needed: {parts}."),
    "decision.needs.duty": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "the Duty step: whether the information is confidential"),
    "decision.needs.exception": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "the Exception step: which exception applies and whether it is mandatory or "
                             "permissive (or that none applies)"),
    "decision.needs.reasoning": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "your clinical reasoning"),
    "decision.needs.outcome": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "the decision (disclose, do not disclose, or seek an order)"),
    "decision.needs.subpoena_response": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "A subpoena alone is not a court order and never leads to a disclosure here. Record "
                             "'seek order': notify the client, consult counsel, and disclose only under a court "
                             "order signed by a judge."),
    "decision.needs.allowed_outcome": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "a decision this situation allows"),
    "decision.needs.permitting_exception": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "an exception that permits the disclosure: with none, nothing may be disclosed"),
    "decision.needs.no_disclosure_details": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "no disclosure details: you decided not to disclose, so clear what was to be "
                             "disclosed"),
    "decision.needs.event_not_future": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "a date of the event that is not in the future"),
    "decision.needs.client_informed": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "whether the client was informed (or why not)"),
    "decision.needs.client_not_told": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "The client must not be told about a national-security disclosure (45 CFR "
                             "164.528(a)(1)(vi) and the legal process behind the request)."),
    "decision.needs.client_informed_on": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "when the client was informed"),
    "decision.needs.not_informed_reason": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "why the client was not informed (a reason, in a few words)"),
    "decision.needs.national_security_reason": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "the reason 'national_security' for not informing the client"),
    "decision.needs.disclosure": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "what exactly was disclosed, to whom, how and when"),
    "decision.needs.what": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "what exactly was disclosed (the minimum necessary)"),
    "decision.needs.records": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "which records the disclosure draws on (select the notes or sessions, or a date "
                             "range)"),
    "decision.needs.minimum_necessary": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "your confirmation that only the minimum necessary is disclosed"),
    "decision.needs.recipient": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "to whom it was disclosed"),
    "decision.needs.method": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "how it was disclosed (phone, form, letter...)"),
    "decision.needs.disclosed_on": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "when it was disclosed"),
    "decision.needs.disclosed_not_future": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "a disclosure date that is not in the future (record the decision once it is made)"),
    "decision.needs.threat": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "the threat and the identifiable person threatened (risk factors)"),
    "decision.needs.court_order": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "the court order: judge, court, case number, date and the attached signed copy"),
    "decision.needs.basis": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "the legal basis of the disclosure"),
    "decision.needs.psychotherapy_unlocked": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "the psychotherapy notes unlocked, to check a disclosure that draws on them"),
}

# What to do about it.
HINTS: Mapping[str, str] = {
    "decision.signed": QT_TRANSLATE_NOOP("RefusalWordsLegal", "Add an addendum instead."),
    "decision.disclosure_recorded": QT_TRANSLATE_NOOP("RefusalWordsLegal", "Sign the decision, then add an addendum."),
    "decision.not_signed_yet": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Edit the draft directly; add addenda after signing."),
    "decision.not_ready": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Complete these steps, then sign."),
}

# The name of each field a refusal can be about, as `{what}` says it.
FIELD_NAMES: Mapping[str, str] = {
    # the steps of a confidentiality decision
    "decision_occurred_on": QT_TRANSLATE_NOOP("RefusalWordsLegal", "date of the event"),
    "decision_duty_notes": QT_TRANSLATE_NOOP("RefusalWordsLegal", "comment on the duty of confidentiality"),
    "decision_exception": QT_TRANSLATE_NOOP("RefusalWordsLegal", "exception"),
    "decision_exception_setting": QT_TRANSLATE_NOOP("RefusalWordsLegal", "jurisdiction setting"),
    "decision_consulted": QT_TRANSLATE_NOOP("RefusalWordsLegal", "person or service consulted"),
    "decision_advice": QT_TRANSLATE_NOOP("RefusalWordsLegal", "advice given"),
    "decision_consulted_on": QT_TRANSLATE_NOOP("RefusalWordsLegal", "consultation date"),
    "decision_statute": QT_TRANSLATE_NOOP("RefusalWordsLegal", "statute or rule"),
    "decision_reasoning": QT_TRANSLATE_NOOP("RefusalWordsLegal", "clinical reasoning"),
    "decision_threat": QT_TRANSLATE_NOOP("RefusalWordsLegal", "threat"),
    "decision_person_at_risk": QT_TRANSLATE_NOOP("RefusalWordsLegal", "person at risk"),
    "decision_risk_notes": QT_TRANSLATE_NOOP("RefusalWordsLegal", "comment on the risk"),
    "decision_disclosed": QT_TRANSLATE_NOOP("RefusalWordsLegal", "description of what was disclosed"),
    "decision_recipient": QT_TRANSLATE_NOOP("RefusalWordsLegal", "recipient"),
    "decision_recipient_address": QT_TRANSLATE_NOOP("RefusalWordsLegal", "recipient's address"),
    "decision_disclosed_on": QT_TRANSLATE_NOOP("RefusalWordsLegal", "date of the disclosure"),
    "decision_reference": QT_TRANSLATE_NOOP("RefusalWordsLegal", "report reference"),
    "decision_judge": QT_TRANSLATE_NOOP("RefusalWordsLegal", "judge"),
    "decision_court": QT_TRANSLATE_NOOP("RefusalWordsLegal", "court"),
    "decision_case_number": QT_TRANSLATE_NOOP("RefusalWordsLegal", "case number"),
    "decision_order_date": QT_TRANSLATE_NOOP("RefusalWordsLegal", "order date"),
    "decision_informed_on": QT_TRANSLATE_NOOP("RefusalWordsLegal", "date the client was informed"),
    "decision_informed_how": QT_TRANSLATE_NOOP("RefusalWordsLegal", "how the client was informed"),
    "decision_not_informed_why": QT_TRANSLATE_NOOP("RefusalWordsLegal", "reason the client was not informed"),
    "decision_follow_up": QT_TRANSLATE_NOOP("RefusalWordsLegal", "follow-up step"),
}
