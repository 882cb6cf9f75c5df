"""Prompts for the legal-process triggers: court order, subpoena, national security, other.

A subpoena alone never leads to a disclosure; a national-security request is never
told to the client. Not legal advice: the therapist's counsel decides. Each text carries
its code (domain/decision_guide.py says why).
"""

from __future__ import annotations

from vault_app.domain.decision_guide import (
    DID_TELL_CLIENT,
    MINIMUM_NECESSARY,
    WHAT_GOES_OUT,
    WHICH_EXCEPTION,
    WILL_DISCLOSE,
    WILL_TELL_CLIENT,
    YOUR_DECISION,
    Prompt,
    Sentences,
    TriggerGuide,
    ask_prompt,
    client_prompt,
    duty_prompt,
    explained,
    follow_prompt,
    law_prompt,
    words,
)
from vault_app.domain.decision_suggestions import follow_ups_of, recipients_of
from vault_app.domain.decisions import RISK_FACTORS, TRIGGER_LABELS
from vault_app.domain.errors import Problem
from vault_app.domain.practice import Jurisdiction
from vault_app.domain.state_privilege import privilege_for


def court_order_guide(j: Jurisdiction, minor: Problem | None) -> TriggerGuide:
    return TriggerGuide(
        trigger="court_order",
        title=TRIGGER_LABELS["court_order"],
        summary=Sentences(words(
            "decision.court_order.summary",
            "A court order signed by a judge must be obeyed, but only for what it requires. Check that it is signed "
            "by a judge (a subpoena signed by an attorney or a clerk is not an order), what records and dates it "
            "covers, and the deadline. Consult counsel: you may ask the court to limit the order or to review the "
            "records privately. Attach a copy of the order to the chart.",
        )),
        prompts=(
            duty_prompt("records"),
            explained(
                "decision.court_order.exception", "exception", WHICH_EXCEPTION,
                "A court order (45 CFR 164.512(e)(1)(i)). It compels disclosure of what it names, nothing more.",
            ),
            ask_prompt(urgent=False),
            law_prompt(words("decision.court_order.law", "Record the court, the case number and the date of the "
                             "order (45 CFR 164.512(e)(1)(i)).")),
            explained(
                "decision.court_order.reasoning", "reasoning",
                words("decision.court_order.reasoning.question",
                      "What does the order require, and is anything beyond it?"),
                "Note exactly which records and dates it names, and whether psychotherapy notes are named explicitly. "
                "Record anything you asked the court to limit.",
            ),
            explained(
                "decision.court_order.decision", "decision",
                words("decision.court_order.decision.question",
                      "Will you comply now, or ask the court to limit the order?"),
                "Comply with what the order requires, or seek a narrower order with counsel.",
            ),
            explained(
                "decision.court_order.disclosure", "disclosure",
                words("decision.court_order.disclosure.question",
                      "Exactly which records go out, to whom, how and when?"),
                "Only what the order requires; select the notes or dates it names. Psychotherapy notes go only if the "
                "order names them.",
            ),
            client_prompt(
                DID_TELL_CLIENT,
                words("decision.court_order.client",
                      "Tell the client (and their attorney) about the order and what you will release, unless the "
                      "order forbids it."),
                minor,
            ),
            follow_prompt(),
        ),
        exception_name=words("decision.court_order.exception_name", "Court order signed by a judge"),
        exception_kind="mandatory",
        jurisdiction_setting=words(
            "decision.court_order.setting",
            "federal rule: 45 CFR 164.512(e)(1)(i) (no jurisdiction setting)",
        ),
        statute_hint=words("decision.court_order.statute_hint",
                           "45 CFR 164.512(e)(1)(i); the order itself (court, case number, date)"),
        outcomes=("disclose", "seek_order", "do_not_disclose"),
        default_outcome="disclose",
        risk_factors=(),
        recipients=recipients_of("court", "court_clerk"),
        methods=("records", "letter"),
        # Telling the client what was released follows a release only (offered for "do not disclose"
        # too, found by a walker); an order not obeyed now goes back to the court through counsel
        follow_ups=follow_ups_of("attach_order"),
        follow_ups_if_disclosed=follow_ups_of("tell_released"),
        follow_ups_if_withheld=follow_ups_of("consult_counsel"),
        client_advice="Tell the client what the order requires and what you released.",
    )


def _subpoena_setting(license_state: str) -> tuple[Problem, Problem]:
    """The exception step's setting and the law step's statute hint: the license state's privilege
    where domain/state_privilege lists it (a New York practice was told "federal rule ... (no
    jurisdiction setting)", though New York's privilege, not the federal rule, decides its subpoenas)."""
    found = privilege_for(license_state)
    if found is None:
        return (words("decision.subpoena.setting", "federal rule: 45 CFR 164.512(e)(1)(ii) (no jurisdiction setting)"),
                words("decision.subpoena.statute_hint",
                      "45 CFR 164.512(e)(1)(ii); your state's therapist-patient privilege"))
    return (words("decision.subpoena.setting.state",
                  "{state} law (the license state): {citation} bars a release on a subpoena alone (not checked "
                  "against the statute's own text); the federal rule, 45 CFR 164.512(e)(1)(ii), yields to it "
                  "(45 CFR 160.203(b))", state=found.name, citation=found.citation),
            words("decision.subpoena.statute_hint.state", "{citation}; 45 CFR 164.512(e)(1)(ii)",
                  citation=found.citation))


def subpoena_guide(j: Jurisdiction, minor: Problem | None, license_state: str = "") -> TriggerGuide:
    setting, statute_hint = _subpoena_setting(license_state)
    return TriggerGuide(
        trigger="subpoena",
        title=TRIGGER_LABELS["subpoena"],
        summary=Sentences(words(
            "decision.subpoena.summary",
            "A subpoena alone is not a court order: it starts a legal process but does not let you release records. "
            "Do not send anything. Notify the client, consult counsel, and respond to the subpoena in time (often by "
            "asserting the privilege or objecting). Records go out only under a court order signed by a judge, or with "
            "the client's written authorization.",
        )),
        prompts=(
            duty_prompt("privilege"),
            explained(
                "decision.subpoena.exception", "exception", WHICH_EXCEPTION,
                "None yet: a subpoena without a court order permits no disclosure (45 CFR 164.512(e)(1)(ii) needs "
                "assurances, and state privilege law usually forbids it). Record that no exception applies.",
            ),
            ask_prompt(urgent=False),
            law_prompt(words("decision.subpoena.law",
                             "Record who issued the subpoena, the case number and the response deadline.")),
            explained(
                "decision.subpoena.reasoning", "reasoning",
                words("decision.subpoena.reasoning.question", "What does the subpoena ask for, and by when?"),
                "Note the records requested, the deadline, and whether a court order or the client's authorization "
                "came with it (if an order did, record a court-order decision instead).",
            ),
            explained(
                "decision.subpoena.decision", "decision",
                words("decision.subpoena.decision.question", "Your response"),
                "Seek an order / notify the client / consult counsel. The app will not record a disclosure for a "
                "subpoena alone.",
            ),
            explained(
                "decision.subpoena.disclosure", "disclosure",
                words("decision.subpoena.disclosure.question", "Nothing goes out."),
                "A subpoena alone never leads to a disclosure.",
            ),
            client_prompt(
                words("decision.subpoena.client.question", "Did you notify the client?"),
                words("decision.subpoena.client",
                      "Notify the client (and their attorney if they have one) that their records were subpoenaed: "
                      "the privilege is theirs to assert or waive."),
                minor,
            ),
            follow_prompt(),
        ),
        exception_name=words("decision.subpoena.exception_name", "None: a subpoena alone permits no disclosure"),
        exception_kind="none",
        jurisdiction_setting=setting,
        statute_hint=statute_hint,
        outcomes=("seek_order", "do_not_disclose"),
        default_outcome="seek_order",
        risk_factors=(),
        recipients=(),
        methods=(),
        follow_ups=follow_ups_of("notify_client", "consult_counsel", "respond_subpoena", "release_only_under_order"),
        client_advice="Notify the client: the privilege is theirs.",
        never_discloses=True,
    )


def national_security_guide(j: Jurisdiction, minor: Problem | None) -> TriggerGuide:
    return TriggerGuide(
        trigger="national_security",
        title=TRIGGER_LABELS["national_security"],
        summary=Sentences(words(
            "decision.national_security.summary",
            "Federal law lets authorized federal officials obtain information for lawful intelligence, "
            "counter-intelligence and national-security activities (45 CFR 164.512(k)(2)), and the legal process "
            "behind the request can compel it. Verify the official's identity and authority in writing and consult "
            "counsel. You must NOT tell the client, and the disclosure is left out of the client's accounting.",
        )),
        prompts=(
            duty_prompt("records"),
            explained(
                "decision.national_security.exception", "exception", WHICH_EXCEPTION,
                "National security and intelligence activities (45 CFR 164.512(k)(2)). Record the legal authority "
                "the official cited.",
            ),
            ask_prompt(urgent=False),
            law_prompt(words(
                "decision.national_security.law",
                "Record the legal authority cited (for example, the statute or the type of order) and its reference.",
            )),
            explained(
                "decision.national_security.reasoning", "reasoning",
                words("decision.national_security.reasoning.question", "How did you verify the request?"),
                "Who asked, how you verified their identity and authority, and what they are entitled to.",
            ),
            explained("decision.national_security.decision", "decision", WILL_DISCLOSE,
                      "Disclose only what the legal process requires."),
            Prompt("disclosure", WHAT_GOES_OUT, Sentences(MINIMUM_NECESSARY)),
            client_prompt(
                words("decision.national_security.client.question", "The client must not be told."),
                words("decision.national_security.client",
                      "Federal law forbids telling the client about a national-security disclosure. The record says "
                      "so, and it stays out of the client's accounting of disclosures."),
            ),
            follow_prompt(),
        ),
        exception_name=words(
            "decision.national_security.exception_name",
            "National security and intelligence activities",
        ),
        exception_kind="mandatory",
        jurisdiction_setting=words(
            "decision.national_security.setting",
            "federal law: 45 CFR 164.512(k)(2) (no jurisdiction setting)",
        ),
        statute_hint=words("decision.national_security.statute_hint",
                           "45 CFR 164.512(k)(2); the legal authority the official cited"),
        outcomes=("disclose", "do_not_disclose", "seek_order"),
        default_outcome=None,
        risk_factors=(),
        recipients=recipients_of("federal_official"),
        methods=("records", "letter", "in_person"),
        follow_ups=follow_ups_of("keep_request", "do_not_tell"),
        client_advice="The client must not be told.",
        must_not_tell_client=True,
    )


def other_guide(j: Jurisdiction, minor: Problem | None) -> TriggerGuide:
    return TriggerGuide(
        trigger="other",
        title=TRIGGER_LABELS["other"],
        summary=Sentences(words(
            "decision.other.summary",
            "Another situation where confidentiality may have to give way (for example a health-oversight request, a "
            "coroner, or your defense in a complaint the client brought). Work through the same steps: is it "
            "confidential, which exception, who you consulted, which rule, your reasoning, the minimum disclosed.",
        )),
        prompts=(
            duty_prompt("work"),
            explained("decision.other.exception", "exception",
                      words("decision.other.exception.question",
                            "Which exception applies, and is it mandatory or permissive?"),
                      "Name it, and the rule or setting that makes it so. If none applies, nothing may be disclosed "
                      "without the client's written authorization."),
            ask_prompt(urgent=False),
            law_prompt(words("decision.other.law", "Name the statute or rule.")),
            explained("decision.other.reasoning", "reasoning",
                      words("decision.other.reasoning.question", "Why is a disclosure necessary, or not?"),
                      "Write your reasoning and the facts weighed."),
            explained("decision.other.decision", "decision", YOUR_DECISION,
                      "Disclose the minimum, do not disclose, or seek an order."),
            Prompt("disclosure",
                   words("decision.other.disclosure.question",
                         "Exactly what goes out, to whom, how and when, and on which legal basis?"),
                   Sentences(MINIMUM_NECESSARY)),
            client_prompt(
                WILL_TELL_CLIENT,
                words("decision.other.client", "Tell the client when it is safe and lawful; record why not."),
                minor,
            ),
            follow_prompt(),
        ),
        exception_name="",
        exception_kind="permissive",
        jurisdiction_setting="",
        statute_hint=words("decision.other.statute_hint",
                           "The statute or rule that permits or requires this disclosure"),
        outcomes=("disclose", "do_not_disclose", "seek_order"),
        default_outcome=None,
        risk_factors=RISK_FACTORS,
        recipients=(),
        methods=("phone", "form", "letter", "records"),
        follow_ups=(),
        client_advice="Tell the client when safe and lawful; record why not.",
    )


__all__ = ["court_order_guide", "national_security_guide", "other_guide", "subpoena_guide"]
