"""The step-by-step prompts and plain explanations for each trigger.

Written to be read under stress: short sentences, one question per step, what the
law usually asks in plain words. The jurisdiction settings change the words where
they change the rule (duty-to-warn type, elder-abuse age and scope, age of consent).
The app gives no legal advice: it asks the questions a careful therapist documents,
and the therapist's own settings and counsel decide.
"""

from __future__ import annotations

from vault_app.domain.decision_guide import (
    MINIMUM_NECESSARY,
    NOT_LEGAL_ADVICE,
    STEP_TITLES,
    STEPS,
    Prompt,
    TriggerGuide,
    ask_prompt,
    client_prompt,
    duty_prompt,
    follow_prompt,
    law_prompt,
)
from vault_app.domain.decision_prompts_legal import (
    court_order_guide,
    national_security_guide,
    other_guide,
    subpoena_guide,
)
from vault_app.domain.decisions import RISK_FACTORS, TRIGGER_LABELS, TRIGGERS, ExceptionKind
from vault_app.domain.errors import InvalidInput
from vault_app.domain.practice import Jurisdiction


def _minor_note(client_age: int | None, j: Jurisdiction) -> str:
    if client_age is None or client_age >= j.age_of_consent_for_treatment:
        return ""
    return (
        f" The client is {client_age}, under the age of consent for treatment in your settings "
        f"({j.age_of_consent_for_treatment}): a parent or guardian usually acts for them. Do not inform a parent "
        "or guardian who may be the person causing the harm."
    )


def guide_for(trigger: str, jurisdiction: Jurisdiction | None = None, client_age: int | None = None) -> TriggerGuide:
    """The prompts for one trigger under the given jurisdiction settings."""
    j = jurisdiction or Jurisdiction()
    if trigger not in TRIGGERS:
        raise InvalidInput(f"Unknown trigger. Choose one of: {', '.join(TRIGGERS)}.")
    builder = _BUILDERS[trigger]
    return builder(j, _minor_note(client_age, j))

def _child_abuse(j: Jurisdiction, minor: str) -> TriggerGuide:
    return TriggerGuide(
        trigger="child_abuse",
        title=TRIGGER_LABELS["child_abuse"],
        summary=(
            "Every US state makes therapists mandatory reporters of suspected child abuse or neglect. The standard is "
            "reasonable suspicion, not certainty: you do not need proof, and you do not need the client's consent. "
            "Report promptly to child protective services or the police, give them what the report needs, and "
            "document what you did."
        ),
        prompts=(
            duty_prompt("it came from a session or from your work with the client"),
            Prompt(
                "exception",
                "Which exception applies?",
                "The mandatory report of suspected child abuse or neglect. It is mandatory in every state. "
                f"Your settings treat anyone under {j.age_of_majority} as a child.",
            ),
            ask_prompt(urgent=True),
            law_prompt("Name your state's child-abuse reporting statute (HIPAA allows the report: "
                 "45 CFR 164.512(b)(1)(ii))."),
            Prompt(
                "reasoning",
                "What gives you reasonable suspicion?",
                "What you heard or observed, who the child is, and whether the child is at risk now. "
                "Reasonable suspicion is enough; you do not investigate.",
            ),
            Prompt("decision", "Will you report?", "If you have reasonable suspicion, the law requires the report."),
            Prompt("disclosure", "What exactly will you tell the agency, and how?", MINIMUM_NECESSARY),
            client_prompt(
                "Will you tell the client about the report?",
                "Many therapists tell the client before or after a report, which can protect the relationship, unless "
                "telling them would put the child or someone else at risk. Record what you decided and why." + minor,
            ),
            follow_prompt("Many states require a written report within 36 to 48 hours of the call."),
        ),
        exception_name="Mandatory report of suspected child abuse or neglect",
        exception_kind="mandatory",
        jurisdiction_setting=f"age of majority {j.age_of_majority} ({j.name})",
        statute_hint="45 CFR 164.512(b)(1)(ii); your state's child-abuse reporting statute",
        outcomes=("disclose", "do_not_disclose"),
        default_outcome="disclose",
        risk_factors=("history",),
        recipients=("Child protective services", "Police"),
        methods=("phone", "form"),
        follow_ups=(),
        follow_ups_if_disclosed=(
            "Write down the report or hotline reference number",
            "Send the written follow-up report if your state requires one",
            "Discuss the report with the client when it is safe",
            "Add an addendum when the agency responds",
        ),
        client_advice="Tell the client when it is safe for the child; record why if you do not.",
    )


def _elder_abuse(j: Jurisdiction, minor: str) -> TriggerGuide:
    return TriggerGuide(
        trigger="elder_abuse",
        title=TRIGGER_LABELS["elder_abuse"],
        summary=(
            "Most states make therapists mandatory reporters of suspected abuse, neglect or exploitation of elders "
            "and dependent adults who cannot protect themselves. As with children, reasonable suspicion is the "
            f"standard. Your settings: elders are people aged {j.elder_abuse_reporting_age} or over; the duty covers "
            f"{j.elder_abuse_scope}. Report to adult protective services (or the long-term care ombudsman or police "
            "where your state says so)."
        ),
        prompts=(
            duty_prompt("it came from a session or from your work with the client"),
            Prompt(
                "exception",
                "Which exception applies?",
                "The mandatory report of elder or dependent-adult abuse. Check the person is covered: aged "
                f"{j.elder_abuse_reporting_age} or over, or a dependent adult, and that what you suspect is within "
                f"'{j.elder_abuse_scope}'. If your state does not make you a mandatory reporter, choose permissive "
                "and edit your jurisdiction settings.",
            ),
            ask_prompt(urgent=True),
            law_prompt("Name your state's elder and dependent-adult abuse reporting statute (45 CFR 164.512(c))."),
            Prompt(
                "reasoning",
                "What gives you reasonable suspicion?",
                "What you heard or observed, who the elder or dependent adult is, and whether they are at risk now.",
            ),
            Prompt("decision", "Will you report?",
                   "Where you are a mandatory reporter, reasonable suspicion requires it."),
            Prompt("disclosure", "What exactly will you tell the agency, and how?", MINIMUM_NECESSARY),
            client_prompt(
                "Will you tell the client about the report?",
                "If the client is the person at risk, 45 CFR 164.512(c)(2) asks you to tell them promptly unless that "
                "would put them at serious risk, or you would be telling the person you believe responsible." + minor,
            ),
            follow_prompt(),
        ),
        exception_name="Mandatory report of suspected elder or dependent-adult abuse",
        exception_kind="mandatory",
        jurisdiction_setting=(
            f"elder abuse reporting age {j.elder_abuse_reporting_age}; scope: {j.elder_abuse_scope} ({j.name})"
        ),
        statute_hint="45 CFR 164.512(c); your state's adult protective services statute",
        outcomes=("disclose", "do_not_disclose"),
        default_outcome="disclose",
        risk_factors=("history",),
        recipients=("Adult protective services", "Long-term care ombudsman", "Police"),
        methods=("phone", "form"),
        follow_ups=(),
        follow_ups_if_disclosed=(
            "Write down the report reference number",
            "Send the written follow-up report if your state requires one",
            "Tell the client promptly unless that would put them at risk",
        ),
        client_advice="Tell the person at risk promptly unless it would endanger them; record why if you do not.",
    )


_WARN_SUMMARY = {
    "mandatory": (
        "Your jurisdiction settings say the duty to warn or protect is MANDATORY: when a client makes a serious, "
        "credible threat of violence against an identifiable person, you must take protective action: warn the "
        "person, notify the police, or start a hospitalization."
    ),
    "permissive": (
        "Your jurisdiction settings say the duty to warn is PERMISSIVE: you may disclose to protect an identifiable "
        "person from a serious and imminent threat, but the law does not require it. Your ethics code and "
        "clinical judgment decide."
    ),
    "none": (
        "Your jurisdiction settings say there is NO duty-to-warn statute. HIPAA still permits a disclosure to "
        "prevent a serious and imminent threat (45 CFR 164.512(j)); rely on your ethics code and consult counsel."
    ),
}


def _duty_to_warn(j: Jurisdiction, minor: str) -> TriggerGuide:
    kind: ExceptionKind = j.duty_to_warn
    return TriggerGuide(
        trigger="duty_to_warn",
        title=TRIGGER_LABELS["duty_to_warn"],
        summary=_WARN_SUMMARY[kind] + " A vague statement of anger or an old grievance usually does not meet the "
        "threshold; a specific threat against an identifiable person, with the means to carry it out, does.",
        prompts=(
            duty_prompt("the threat was made to you as the client's therapist"),
            Prompt(
                "exception",
                "Which exception applies?",
                f"The duty to warn or protect ({kind} in your settings), or HIPAA's serious-and-imminent-threat "
                "exception (45 CFR 164.512(j)(1)(i)). If the threshold is not met, say that no exception applies.",
            ),
            ask_prompt(urgent=True),
            law_prompt("Name your state's duty-to-warn or duty-to-protect statute, or the case law you rely on."),
            Prompt(
                "reasoning",
                "Is the threat serious, credible and imminent, against an identifiable person?",
                "Weigh plan, intent, means, an identifiable victim and any history of violence. Write the threat in a "
                "few words and who it is against.",
            ),
            Prompt(
                "decision",
                "Will you warn or protect?",
                "Protective action can be warning the person, calling the police, or starting a hospitalization. "
                "You can also decide the threshold is not met: record why.",
            ),
            Prompt(
                "disclosure",
                "What exactly will you tell, to whom, and how?",
                "Only what protection needs: who threatens whom, the nature of the threat, and how imminent it is. "
                "Not the rest of the client's story.",
            ),
            client_prompt(
                "Will you tell the client?",
                "Telling the client can be part of managing the risk, or can raise it. Decide clinically and "
                "record why." + minor,
            ),
            follow_prompt("Reassess the risk at the next contact."),
        ),
        exception_name="Duty to warn or protect an identifiable person (serious and imminent threat)",
        exception_kind=kind,
        jurisdiction_setting=f"duty to warn: {kind} ({j.name})",
        statute_hint="45 CFR 164.512(j)(1)(i); your state's duty-to-warn or duty-to-protect statute",
        outcomes=("disclose", "do_not_disclose"),
        default_outcome=None,
        risk_factors=RISK_FACTORS,
        recipients=("The person threatened", "Police"),
        methods=("phone", "in_person"),
        follow_ups=("Reassess risk at the next contact", "Update the safety plan"),
        follow_ups_if_disclosed=("Discuss the warning with the client",),
        client_advice="Decide clinically whether telling the client lowers or raises the risk; record why.",
    )


def _self_harm(j: Jurisdiction, minor: str) -> TriggerGuide:
    return TriggerGuide(
        trigger="self_harm",
        title=TRIGGER_LABELS["self_harm"],
        summary=(
            "When a client is at imminent risk of ending their life or seriously harming themselves and cannot or will "
            "not keep safe voluntarily, you may contact emergency services, a crisis team, a hospital or someone who "
            "can keep them safe (HIPAA 45 CFR 164.512(j)); some states require protective action. Passive ideation "
            "without plan or intent usually does not meet the threshold. Safety first; document afterwards."
        ),
        prompts=(
            duty_prompt("it came from your work with the client"),
            Prompt(
                "exception",
                "Which exception applies?",
                "A serious and imminent threat to the client's own life or safety (45 CFR 164.512(j)(1)(i)). HIPAA "
                "permits it; choose mandatory if your state's law requires protective action.",
            ),
            ask_prompt(urgent=True),
            law_prompt("Name the rule you rely on (45 CFR 164.512(j)(1)(i), your state's involuntary-hold statute)."),
            Prompt(
                "reasoning",
                "How imminent is the risk?",
                "Weigh plan, intent, access to means and history of attempts, and what protects the client. Say why "
                "voluntary steps (a safety plan, a supported visit to an emergency room) were or were not enough.",
            ),
            Prompt(
                "decision",
                "Will you contact someone to keep the client safe?",
                "If you do, contact the people who can help now: emergency services (911 or 988), a crisis team, "
                "a hospital, or a support person the client named.",
            ),
            Prompt("disclosure", "What exactly will you tell, to whom, and how?", MINIMUM_NECESSARY),
            client_prompt(
                "Did you tell the client?",
                "Whenever it is safe, tell the client what you are doing and why; it is usually possible." + minor,
            ),
            follow_prompt("Follow up after the crisis: the client's safety plan and the next session."),
        ),
        exception_name="Serious and imminent threat to the client's own life or safety",
        exception_kind="permissive",
        jurisdiction_setting="no jurisdiction setting: HIPAA 45 CFR 164.512(j) permits it; state law may require it",
        statute_hint="45 CFR 164.512(j)(1)(i); your state's involuntary-hold statute",
        outcomes=("disclose", "do_not_disclose"),
        default_outcome=None,
        risk_factors=("plan", "intent", "means", "history"),
        recipients=("Emergency services (911)", "Crisis line or mobile crisis team (988)", "Hospital",
                    "Emergency contact named by the client"),
        methods=("phone", "in_person"),
        follow_ups=("Contact the client or the hospital within 24 hours", "Review the safety plan",
                    "Schedule the next session"),
        client_advice="Tell the client what you are doing whenever it is safe.",
    )


_BUILDERS = {
    "child_abuse": _child_abuse,
    "elder_abuse": _elder_abuse,
    "duty_to_warn": _duty_to_warn,
    "self_harm": _self_harm,
    "court_order": court_order_guide,
    "subpoena": subpoena_guide,
    "national_security": national_security_guide,
    "other": other_guide,
}

__all__ = ["NOT_LEGAL_ADVICE", "STEPS", "STEP_TITLES", "Prompt", "TriggerGuide", "guide_for"]
