"""The step-by-step prompts and plain explanations for each trigger.

Written to be read under stress: short sentences, one question per step, what the
law usually asks in plain words. The jurisdiction settings change the words where
they change the rule (duty-to-warn type, elder-abuse age and scope, age of consent).
The app gives no legal advice: it asks the questions a careful therapist documents,
and the therapist's own settings and counsel decide.
"""

from __future__ import annotations

from dataclasses import dataclass

from vault_app.domain.decisions import (
    RISK_FACTORS,
    TRIGGER_LABELS,
    TRIGGERS,
    ExceptionKind,
    Method,
    Outcome,
    Trigger,
)
from vault_app.domain.errors import InvalidInput
from vault_app.domain.practice import Jurisdiction

STEPS: tuple[str, ...] = (
    "duty", "exception", "ask", "law", "reasoning", "decision", "disclosure", "client", "follow_up",
)
STEP_TITLES: dict[str, str] = {
    "duty": "Duty: is this confidential?",
    "exception": "Exception: which one applies?",
    "ask": "Ask: who did you consult?",
    "law": "Law: what rule are you relying on?",
    "reasoning": "Your clinical reasoning",
    "decision": "Your decision",
    "disclosure": "What goes out: the minimum",
    "client": "Telling the client",
    "follow_up": "Follow-up",
}
NOT_LEGAL_ADVICE = (
    "This app records your reasoning; it does not give legal advice. The rules differ by state: "
    "check your jurisdiction settings and, when unsure, call your licensing board, a colleague, or your "
    "liability insurer's risk-management line."
)
MINIMUM_NECESSARY = (
    "Share only what this purpose needs: who is at risk, the nature of the concern, and what you observed. "
    "Not the session content, not the diagnosis history, not the psychotherapy notes, unless an order requires them."
)


@dataclass(frozen=True)
class Prompt:
    step: str
    question: str
    explanation: str


@dataclass(frozen=True)
class TriggerGuide:
    trigger: Trigger
    title: str
    summary: str
    prompts: tuple[Prompt, ...]
    exception_name: str
    exception_kind: ExceptionKind
    jurisdiction_setting: str
    statute_hint: str
    outcomes: tuple[Outcome, ...]
    default_outcome: Outcome | None
    risk_factors: tuple[str, ...]
    recipients: tuple[str, ...]
    methods: tuple[Method, ...]
    follow_ups: tuple[str, ...]
    client_advice: str
    must_not_tell_client: bool = False
    never_discloses: bool = False

    def prompt(self, step: str) -> Prompt:
        for p in self.prompts:
            if p.step == step:
                return p
        raise KeyError(step)

    def as_dict(self) -> dict[str, object]:
        return {
            "trigger": self.trigger,
            "title": self.title,
            "summary": self.summary,
            "prompts": [{"step": p.step, "title": STEP_TITLES[p.step], "question": p.question,
                         "explanation": p.explanation} for p in self.prompts],
            "exception": {"name": self.exception_name, "kind": self.exception_kind,
                          "setting": self.jurisdiction_setting},
            "statute_hint": self.statute_hint,
            "outcomes": list(self.outcomes),
            "default_outcome": self.default_outcome,
            "risk_factors": list(self.risk_factors),
            "recipients": list(self.recipients),
            "methods": list(self.methods),
            "follow_ups": list(self.follow_ups),
            "client_advice": self.client_advice,
            "must_not_tell_client": self.must_not_tell_client,
            "never_discloses": self.never_discloses,
            "not_legal_advice": NOT_LEGAL_ADVICE,
        }


def _duty(where: str) -> Prompt:
    return Prompt(
        "duty",
        "Is what you learned confidential?",
        f"It almost always is: {where}. Say where the information came from (which session, which call). "
        "If it is not confidential (the client is not your client, or it is public), say so and why.",
    )


def _ask(urgent: bool) -> Prompt:
    if urgent:
        return Prompt(
            "ask",
            "Did you consult anyone? With whom, when, and what did they advise?",
            "Consult a supervisor, a trusted colleague, your licensing board or your insurer's risk-management line "
            "if there is time. Never delay protecting someone in danger to consult: record it afterwards.",
        )
    return Prompt(
        "ask",
        "Who did you consult? With whom, when, and what did they advise?",
        "There is time to consult here, and you should: an attorney who knows mental-health records, your "
        "liability insurer's risk-management line, or your licensing board. Record each consultation.",
    )


def _law(hint: str) -> Prompt:
    return Prompt(
        "law",
        "Which statute or rule are you relying on?",
        f"{hint} Your jurisdiction settings are recorded with this decision as they stand now. {NOT_LEGAL_ADVICE}",
    )


def _client(question: str, advice: str) -> Prompt:
    return Prompt("client", question, advice)


def _follow(extra: str = "") -> Prompt:
    return Prompt(
        "follow_up",
        "What happens next?",
        "List the steps still to do (written report, call back, safety plan, session to discuss it with the client). "
        + extra,
    )


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
            _duty("it came from a session or from your work with the client"),
            Prompt(
                "exception",
                "Which exception applies?",
                "The mandatory report of suspected child abuse or neglect. It is mandatory in every state. "
                f"Your settings treat anyone under {j.age_of_majority} as a child.",
            ),
            _ask(urgent=True),
            _law("Name your state's child-abuse reporting statute (HIPAA allows the report: "
                 "45 CFR 164.512(b)(1)(ii))."),
            Prompt(
                "reasoning",
                "What gives you reasonable suspicion?",
                "What you heard or observed, who the child is, and whether the child is at risk now. "
                "Reasonable suspicion is enough; you do not investigate.",
            ),
            Prompt("decision", "Will you report?", "If you have reasonable suspicion, the law requires the report."),
            Prompt("disclosure", "What exactly will you tell the agency, and how?", MINIMUM_NECESSARY),
            _client(
                "Will you tell the client about the report?",
                "Many therapists tell the client before or after a report, which can protect the relationship, unless "
                "telling them would put the child or someone else at risk. Record what you decided and why." + minor,
            ),
            _follow("Many states require a written report within 36 to 48 hours of the call."),
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
        follow_ups=(
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
            _duty("it came from a session or from your work with the client"),
            Prompt(
                "exception",
                "Which exception applies?",
                "The mandatory report of elder or dependent-adult abuse. Check the person is covered: aged "
                f"{j.elder_abuse_reporting_age} or over, or a dependent adult, and that what you suspect is within "
                f"'{j.elder_abuse_scope}'. If your state does not make you a mandatory reporter, choose permissive "
                "and edit your jurisdiction settings.",
            ),
            _ask(urgent=True),
            _law("Name your state's elder and dependent-adult abuse reporting statute (45 CFR 164.512(c))."),
            Prompt(
                "reasoning",
                "What gives you reasonable suspicion?",
                "What you heard or observed, who the elder or dependent adult is, and whether they are at risk now.",
            ),
            Prompt("decision", "Will you report?",
                   "Where you are a mandatory reporter, reasonable suspicion requires it."),
            Prompt("disclosure", "What exactly will you tell the agency, and how?", MINIMUM_NECESSARY),
            _client(
                "Will you tell the client about the report?",
                "If the client is the person at risk, 45 CFR 164.512(c)(2) asks you to tell them promptly unless that "
                "would put them at serious risk, or you would be telling the person you believe responsible." + minor,
            ),
            _follow(),
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
        follow_ups=(
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
            _duty("the threat was made to you as the client's therapist"),
            Prompt(
                "exception",
                "Which exception applies?",
                f"The duty to warn or protect ({kind} in your settings), or HIPAA's serious-and-imminent-threat "
                "exception (45 CFR 164.512(j)(1)(i)). If the threshold is not met, say that no exception applies.",
            ),
            _ask(urgent=True),
            _law("Name your state's duty-to-warn or duty-to-protect statute, or the case law you rely on."),
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
            _client(
                "Will you tell the client?",
                "Telling the client can be part of managing the risk, or can raise it. Decide clinically and "
                "record why." + minor,
            ),
            _follow("Reassess the risk at the next contact."),
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
        follow_ups=(
            "Reassess risk at the next contact", "Update the safety plan", "Discuss the warning with the client",
        ),
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
            _duty("it came from your work with the client"),
            Prompt(
                "exception",
                "Which exception applies?",
                "A serious and imminent threat to the client's own life or safety (45 CFR 164.512(j)(1)(i)). HIPAA "
                "permits it; choose mandatory if your state's law requires protective action.",
            ),
            _ask(urgent=True),
            _law("Name the rule you rely on (45 CFR 164.512(j)(1)(i), your state's involuntary-hold statute)."),
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
            _client(
                "Did you tell the client?",
                "Whenever it is safe, tell the client what you are doing and why; it is usually possible." + minor,
            ),
            _follow("Follow up after the crisis: the client's safety plan and the next session."),
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


def _court_order(j: Jurisdiction, minor: str) -> TriggerGuide:
    return TriggerGuide(
        trigger="court_order",
        title=TRIGGER_LABELS["court_order"],
        summary=(
            "A court order signed by a judge must be obeyed, but only for what it requires. Check that it is signed "
            "by a judge (a subpoena signed by an attorney or a clerk is not an order), what records and dates it "
            "covers, and the deadline. Consult counsel: you may ask the court to limit the order or to review the "
            "records privately. Attach a copy of the order to the chart."
        ),
        prompts=(
            _duty("the records are the client's confidential health information"),
            Prompt(
                "exception",
                "Which exception applies?",
                "A court order (45 CFR 164.512(e)(1)(i)). It compels disclosure of what it names, nothing more.",
            ),
            _ask(urgent=False),
            _law("Record the court, the case number and the date of the order (45 CFR 164.512(e)(1)(i))."),
            Prompt(
                "reasoning",
                "What does the order require, and is anything beyond it?",
                "Note exactly which records and dates it names, and whether psychotherapy notes are named explicitly. "
                "Record anything you asked the court to limit.",
            ),
            Prompt("decision", "Will you comply now, or ask the court to limit the order?",
                   "Comply with what the order requires, or seek a narrower order with counsel."),
            Prompt(
                "disclosure",
                "Exactly which records go out, to whom, how and when?",
                "Only what the order requires; select the notes or dates it names. Psychotherapy notes go only if the "
                "order names them.",
            ),
            _client(
                "Did you tell the client?",
                "Tell the client (and their attorney) about the order and what you will release, unless the order "
                "forbids it." + minor,
            ),
            _follow(),
        ),
        exception_name="Court order signed by a judge",
        exception_kind="mandatory",
        jurisdiction_setting="federal rule: 45 CFR 164.512(e)(1)(i) (no jurisdiction setting)",
        statute_hint="45 CFR 164.512(e)(1)(i); the order itself (court, case number, date)",
        outcomes=("disclose", "seek_order", "do_not_disclose"),
        default_outcome="disclose",
        risk_factors=(),
        recipients=("The court", "The clerk of the court"),
        methods=("records", "letter"),
        follow_ups=("Attach a copy of the signed order to the chart", "Tell the client what was released"),
        client_advice="Tell the client what the order requires and what you released.",
    )


def _subpoena(j: Jurisdiction, minor: str) -> TriggerGuide:
    return TriggerGuide(
        trigger="subpoena",
        title=TRIGGER_LABELS["subpoena"],
        summary=(
            "A subpoena alone is not a court order: it starts a legal process but does not let you release records. "
            "Do not send anything. Notify the client, consult counsel, and respond to the subpoena in time (often by "
            "asserting the privilege or objecting). Records go out only under a court order signed by a judge, or with "
            "the client's written authorization."
        ),
        prompts=(
            _duty("the records are the client's confidential health information, and the privilege is the client's"),
            Prompt(
                "exception",
                "Which exception applies?",
                "None yet: a subpoena without a court order permits no disclosure (45 CFR 164.512(e)(1)(ii) needs "
                "assurances, and state privilege law usually forbids it). Record that no exception applies.",
            ),
            _ask(urgent=False),
            _law("Record who issued the subpoena, the case number and the response deadline."),
            Prompt(
                "reasoning",
                "What does the subpoena ask for, and by when?",
                "Note the records requested, the deadline, and whether a court order or the client's authorization "
                "came with it (if an order did, record a court-order decision instead).",
            ),
            Prompt(
                "decision",
                "Your response",
                "Seek an order / notify the client / consult counsel. The app will not record a disclosure for a "
                "subpoena alone.",
            ),
            Prompt("disclosure", "Nothing goes out.", "A subpoena alone never leads to a disclosure."),
            _client(
                "Did you notify the client?",
                "Notify the client (and their attorney if they have one) that their records were subpoenaed: the "
                "privilege is theirs to assert or waive." + minor,
            ),
            _follow(),
        ),
        exception_name="None: a subpoena alone permits no disclosure",
        exception_kind="none",
        jurisdiction_setting="federal rule: 45 CFR 164.512(e)(1)(ii) (no jurisdiction setting)",
        statute_hint="45 CFR 164.512(e)(1)(ii); your state's therapist-patient privilege",
        outcomes=("seek_order", "do_not_disclose"),
        default_outcome="seek_order",
        risk_factors=(),
        recipients=(),
        methods=(),
        follow_ups=(
            "Notify the client (and their attorney)",
            "Consult counsel or your liability insurer's risk-management line",
            "Respond to the subpoena by its deadline as counsel advises (assert the privilege or object)",
            "Release records only under a court order signed by a judge or the client's written authorization",
        ),
        client_advice="Notify the client: the privilege is theirs.",
        never_discloses=True,
    )


def _national_security(j: Jurisdiction, minor: str) -> TriggerGuide:
    return TriggerGuide(
        trigger="national_security",
        title=TRIGGER_LABELS["national_security"],
        summary=(
            "Federal law lets authorized federal officials obtain information for lawful intelligence, "
            "counter-intelligence and national-security activities (45 CFR 164.512(k)(2)), and the legal process "
            "behind the request can compel it. Verify the official's identity and authority in writing and consult "
            "counsel. You must NOT tell the client, and the disclosure is left out of the client's accounting."
        ),
        prompts=(
            _duty("the records are the client's confidential health information"),
            Prompt(
                "exception",
                "Which exception applies?",
                "National security and intelligence activities (45 CFR 164.512(k)(2)). Record the legal authority "
                "the official cited.",
            ),
            _ask(urgent=False),
            _law("Record the legal authority cited (for example, the statute or the type of order) and its reference."),
            Prompt(
                "reasoning",
                "How did you verify the request?",
                "Who asked, how you verified their identity and authority, and what they are entitled to.",
            ),
            Prompt("decision", "Will you disclose?", "Disclose only what the legal process requires."),
            Prompt("disclosure", "Exactly what goes out, to whom, how and when?", MINIMUM_NECESSARY),
            _client(
                "The client must not be told.",
                "Federal law forbids telling the client about a national-security disclosure. The record says so, and "
                "it stays out of the client's accounting of disclosures.",
            ),
            _follow(),
        ),
        exception_name="National security and intelligence activities",
        exception_kind="mandatory",
        jurisdiction_setting="federal law: 45 CFR 164.512(k)(2) (no jurisdiction setting)",
        statute_hint="45 CFR 164.512(k)(2); the legal authority the official cited",
        outcomes=("disclose", "do_not_disclose", "seek_order"),
        default_outcome=None,
        risk_factors=(),
        recipients=("Authorized federal official",),
        methods=("records", "letter", "in_person"),
        follow_ups=("Keep the official's written request with the record", "Do not tell the client"),
        client_advice="The client must not be told.",
        must_not_tell_client=True,
    )


def _other(j: Jurisdiction, minor: str) -> TriggerGuide:
    return TriggerGuide(
        trigger="other",
        title=TRIGGER_LABELS["other"],
        summary=(
            "Another situation where confidentiality may have to give way (for example a health-oversight request, a "
            "coroner, or your defense in a complaint the client brought). Work through the same steps: is it "
            "confidential, which exception, who you consulted, which rule, your reasoning, the minimum disclosed."
        ),
        prompts=(
            _duty("it came from your work with the client"),
            Prompt("exception", "Which exception applies, and is it mandatory or permissive?",
                   "Name it, and the rule or setting that makes it so. If none applies, nothing may be disclosed "
                   "without the client's written authorization."),
            _ask(urgent=False),
            _law("Name the statute or rule."),
            Prompt("reasoning", "Why is a disclosure necessary, or not?",
                   "Write your reasoning and the facts weighed."),
            Prompt("decision", "Your decision", "Disclose the minimum, do not disclose, or seek an order."),
            Prompt("disclosure", "Exactly what goes out, to whom, how and when, and on which legal basis?",
                   MINIMUM_NECESSARY),
            _client("Will you tell the client?", "Tell the client when it is safe and lawful; record why not." + minor),
            _follow(),
        ),
        exception_name="",
        exception_kind="permissive",
        jurisdiction_setting="",
        statute_hint="The statute or rule that permits or requires this disclosure",
        outcomes=("disclose", "do_not_disclose", "seek_order"),
        default_outcome=None,
        risk_factors=RISK_FACTORS,
        recipients=(),
        methods=("phone", "form", "letter", "records"),
        follow_ups=(),
        client_advice="Tell the client when safe and lawful; record why not.",
    )


_BUILDERS = {
    "child_abuse": _child_abuse,
    "elder_abuse": _elder_abuse,
    "duty_to_warn": _duty_to_warn,
    "self_harm": _self_harm,
    "court_order": _court_order,
    "subpoena": _subpoena,
    "national_security": _national_security,
    "other": _other,
}

__all__ = ["NOT_LEGAL_ADVICE", "STEPS", "STEP_TITLES", "Prompt", "TriggerGuide", "guide_for"]
