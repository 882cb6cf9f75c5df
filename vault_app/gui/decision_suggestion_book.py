"""The English of what the confidentiality decision's steps suggest (domain/decision_prompts*.py,
decision_suggestions.py): the exception and the setting that makes it so, the usual recipients,
the follow-up steps, by code, for pyside6-lupdate, under the Qt context "DecisionPromptWords".
A suggestion is shown in the screen's language and, left as shown, kept in the record in the
domain's English (gui/decision_prompt_words.kept)."""

from __future__ import annotations

from collections.abc import Mapping

from vault_app.gui.i18n import QT_TRANSLATE_NOOP

SUGGESTIONS: Mapping[str, str] = {
    "decision.child_abuse.exception_name": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Mandatory report of suspected child abuse or neglect"),
    "decision.child_abuse.setting": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "age of majority {age_of_majority} ({name})"),
    "decision.court_order.exception_name": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Court order signed by a judge"),
    "decision.duty_to_warn.exception_name": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Duty to warn or protect an identifiable person (serious and imminent threat)"),
    "decision.duty_to_warn.setting": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "duty to warn: {kind} ({name})"),
    "decision.elder_abuse.exception_name": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Mandatory report of suspected elder or dependent-adult abuse"),
    "decision.elder_abuse.setting": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "elder abuse reporting age {age}; scope: {scope} ({name})"),
    "decision.follow.addendum": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Add an addendum when the agency responds"),
    "decision.follow.attach_order": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Attach a copy of the signed order to the chart"),
    "decision.follow.consult_counsel": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Consult counsel or your liability insurer's risk-management line"),
    "decision.follow.contact_within_24h": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Contact the client or the hospital within 24 hours"),
    "decision.follow.discuss_report": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Discuss the report with the client when it is safe"),
    "decision.follow.discuss_warning": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Discuss the warning with the client"),
    "decision.follow.discharge_both": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Tell both the person threatened and a law enforcement agency, and record each communication"),
    "decision.follow.do_not_tell": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Do not tell the client"),
    "decision.follow.hotline_reference": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Write down the report or hotline reference number"),
    "decision.follow.keep_request": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Keep the official's written request with the record"),
    "decision.follow.next_session": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Schedule the next session"),
    "decision.follow.notify_client": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Notify the client (and their attorney)"),
    "decision.follow.reassess": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Reassess risk at the next contact"),
    "decision.follow.release_only_under_order": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Release records only under a court order signed by a judge or the client's written authorization"),
    "decision.follow.report_reference": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Write down the report reference number"),
    "decision.follow.respond_subpoena": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Respond to the subpoena by its deadline as counsel advises (assert the privilege or object)"),
    "decision.follow.review_safety_plan": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Review the safety plan"),
    "decision.follow.tell_promptly": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Tell the client promptly unless that would put them at risk"),
    "decision.follow.tell_released": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Tell the client what was released"),
    "decision.follow.update_safety_plan": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Update the safety plan"),
    "decision.follow.written_report": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Send the written follow-up report if your state requires one"),
    "decision.national_security.exception_name": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "National security and intelligence activities"),
    "decision.recipient.adult_protective_services": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Adult protective services"),
    "decision.recipient.child_protective_services": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Child protective services"),
    "decision.recipient.court": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "The court"),
    "decision.recipient.court_clerk": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "The clerk of the court"),
    "decision.recipient.crisis_line": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Crisis line or mobile crisis team (988)"),
    "decision.recipient.emergency_contact": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Emergency contact named by the client"),
    "decision.recipient.emergency_services": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Emergency services (911)"),
    "decision.recipient.federal_official": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Authorized federal official"),
    "decision.recipient.hospital": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Hospital"),
    "decision.recipient.ombudsman": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Long-term care ombudsman"),
    "decision.recipient.person_threatened": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "The person threatened"),
    "decision.recipient.police": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Police"),
    "decision.self_harm.exception_name": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Serious and imminent threat to the client's own life or safety"),
    "decision.subpoena.exception_name": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "None: a subpoena alone permits no disclosure"),
    "decision.subpoena.setting.state": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "{state} law (the license state): {citation} bars a release on a subpoena alone (not checked against "
        "the statute's own text); the federal rule, 45 CFR 164.512(e)(1)(ii), yields to it (45 CFR 160.203(b))"),
    "decision.court_order.setting.state_none": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "federal rule: 45 CFR 164.512(e)(1)(i) "
        "(the app holds no {license_state} rule for this: check {license_state} law)"),
    "decision.court_order.setting.no_state": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "federal rule: 45 CFR 164.512(e)(1)(i) (no license state is set in the practice settings)"),
    "decision.subpoena.setting.state_none": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "federal rule: 45 CFR 164.512(e)(1)(ii) "
        "(the app holds no {license_state} rule for this: check {license_state} law)"),
    "decision.subpoena.setting.no_state": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "federal rule: 45 CFR 164.512(e)(1)(ii) (no license state is set in the practice settings)"),
    "decision.national_security.setting.state_none": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "federal law: 45 CFR 164.512(k)(2) "
        "(the app holds no {license_state} rule for this: check {license_state} law)"),
    "decision.national_security.setting.no_state": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "federal law: 45 CFR 164.512(k)(2) (no license state is set in the practice settings)"),
    "decision.self_harm.setting.state_none": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "HIPAA 45 CFR 164.512(j) permits it; the app holds no {license_state} "
        "rule for this: {license_state} law may require it"),
    "decision.self_harm.setting.no_state": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "no license state is set in the practice settings: HIPAA 45 CFR 164.512(j) permits it; state law may "
        "require it"),
    # Said before signing, with the follow-up above (domain/decision_rules.DISCHARGE_BOTH)
    "decision.warn.discharge_both": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Your license state's duty to protect ({citation}) is discharged by communicating the threat both to the "
        "person threatened and to a law enforcement agency. This record holds one communication: record the other "
        "too (Disclosures tab > Record a disclosure made outside the app), or in a second "
        "decision."),
}

__all__ = ["SUGGESTIONS"]
