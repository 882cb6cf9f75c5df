"""The step-by-step prompts and plain explanations for each trigger.

Written to be read under stress: short sentences, one question per step, what the
law usually asks in plain words. The jurisdiction settings change the words where
they change the rule (duty-to-warn type, elder-abuse age and scope, age of consent).
The app gives no legal advice: it asks the questions a careful therapist documents,
and the therapist's own settings and counsel decide.
"""

from __future__ import annotations

from dataclasses import replace

from vault_app.domain import duty_to_protect
from vault_app.domain.decision_guide import (
    DID_TELL_CLIENT,
    MINIMUM_NECESSARY,
    NOT_LEGAL_ADVICE,
    STEP_TITLES,
    STEPS,
    TELL_ABOUT_REPORT,
    TELL_AGENCY,
    TELL_WHOM,
    WHAT_SUSPICION,
    WHICH_EXCEPTION,
    WILL_REPORT,
    WILL_TELL_CLIENT,
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
from vault_app.domain.decision_prompts_legal import (
    court_order_guide,
    national_security_guide,
    other_guide,
    subpoena_guide,
)
from vault_app.domain.decision_suggestions import follow_ups_of, recipients_of
from vault_app.domain.decisions import RISK_FACTORS, TRIGGER_LABELS, TRIGGERS, ExceptionKind
from vault_app.domain.duty_to_protect import DutyRule
from vault_app.domain.errors import InvalidInput, Problem
from vault_app.domain.jurisdiction_named import named_setting
from vault_app.domain.practice import Jurisdiction
from vault_app.domain.state_privilege import recorded_name


def _minor_note(client_age: int | None, j: Jurisdiction) -> Problem | None:
    if client_age is None or client_age >= j.age_of_consent_for_treatment:
        return None
    return words(
        "decision.client.minor",
        "The client is {age}, under the age of consent for treatment in your settings "
        "({consent_age}): a parent or guardian usually acts for them. Do not inform a parent "
        "or guardian who may be the person causing the harm.",
        age=client_age, consent_age=j.age_of_consent_for_treatment,
    )


def guide_for(trigger: str, jurisdiction: Jurisdiction | None = None, client_age: int | None = None,
              license_state: str = "") -> TriggerGuide:
    """The prompts for one trigger under the given jurisdiction settings and license state (a
    subpoena's rule is the state's privilege where domain/state_privilege lists it)."""
    j = jurisdiction or Jurisdiction()
    if trigger not in TRIGGERS:
        raise InvalidInput(f"Unknown trigger. Choose one of: {', '.join(TRIGGERS)}.")
    if trigger == "subpoena":  # the license state's privilege, where domain/state_privilege lists it
        guide = subpoena_guide(j, _minor_note(client_age, j), license_state)
    elif trigger == "duty_to_warn":  # the license state's duty to protect (domain/duty_to_protect)
        guide = _duty_to_warn(j, _minor_note(client_age, j), license_state)
    else:
        guide = _BUILDERS[trigger](j, _minor_note(client_age, j))
    # A federal rule with no setting names the license state, or says none is set (jurisdiction_named).
    setting = guide.jurisdiction_setting
    if isinstance(setting, Problem):
        guide = replace(guide, jurisdiction_setting=named_setting(setting, license_state))
    return _with_state_report(_named_as_recorded(guide, j, license_state), license_state)


def _named_as_recorded(guide: TriggerGuide, j: Jurisdiction, license_state: str) -> TriggerGuide:
    """A setting's "({name})" names the settings as the decision records them (state_privilege.recorded_name):
    a New York practice's wizard said "Because of: duty to warn: permissive (US federal baseline (edit for your
    state))" with New York's rules applied, read as "New York's rules were not used" (a walker)."""
    setting = guide.jurisdiction_setting
    name = recorded_name(j, license_state)
    if not isinstance(setting, Problem) or setting.params.get("name") != j.name or name == j.name:
        return guide
    text = str(setting).replace(f"({j.name})", f"({name})")
    params = {**setting.params, "name": name}
    return replace(guide, jurisdiction_setting=Problem(text, code=setting.code, params=params))


def _child_abuse(j: Jurisdiction, minor: Problem | None) -> TriggerGuide:
    return TriggerGuide(
        trigger="child_abuse",
        title=TRIGGER_LABELS["child_abuse"],
        summary=Sentences(words(
            "decision.child_abuse.summary",
            "Every US state makes therapists mandatory reporters of suspected child abuse or neglect. The standard is "
            "reasonable suspicion, not certainty: you do not need proof, and you do not need the client's consent. "
            "Report promptly to child protective services or the police, give them what the report needs, and "
            "document what you did.",
        )),
        prompts=(
            duty_prompt("session"),
            explained(
                "decision.child_abuse.exception", "exception", WHICH_EXCEPTION,
                "The mandatory report of suspected child abuse or neglect. It is mandatory in every state. "
                "Your settings treat anyone under {age_of_majority} as a child.",
                age_of_majority=j.age_of_majority,
            ),
            ask_prompt(urgent=True),
            law_prompt(words("decision.child_abuse.law", "Name your state's child-abuse reporting statute (HIPAA "
                             "allows the report: 45 CFR 164.512(b)(1)(ii)).")),
            explained(
                "decision.child_abuse.reasoning", "reasoning", WHAT_SUSPICION,
                "What you heard or observed, who the child is, and whether the child is at risk now. "
                "Reasonable suspicion is enough; you do not investigate.",
            ),
            explained("decision.child_abuse.decision", "decision", WILL_REPORT,
                      "If you have reasonable suspicion, the law requires the report."),
            Prompt("disclosure", TELL_AGENCY, Sentences(MINIMUM_NECESSARY)),
            client_prompt(
                TELL_ABOUT_REPORT,
                words("decision.child_abuse.client",
                      "Many therapists tell the client before or after a report, which can protect the relationship, "
                      "unless telling them would put the child or someone else at risk. Record what you decided and "
                      "why."),
                minor,
            ),
            follow_prompt(words("decision.child_abuse.follow_up",
                                "Many states require a written report within 36 to 48 hours of the call.")),
        ),
        exception_name=words(
            "decision.child_abuse.exception_name",
            "Mandatory report of suspected child abuse or neglect",
        ),
        exception_kind="mandatory",
        jurisdiction_setting=words("decision.child_abuse.setting", "age of majority {age_of_majority} ({name})",
                                   age_of_majority=j.age_of_majority, name=j.name),
        statute_hint=words("decision.child_abuse.statute_hint",
                           "45 CFR 164.512(b)(1)(ii); your state's child-abuse reporting statute"),
        outcomes=("disclose", "do_not_disclose"),
        default_outcome="disclose",
        risk_factors=("history",),
        recipients=recipients_of("child_protective_services", "police"),
        methods=("phone", "form"),
        follow_ups=(),
        follow_ups_if_disclosed=follow_ups_of("hotline_reference", "written_report", "discuss_report", "addendum"),
        client_advice="Tell the client when it is safe for the child; record why if you do not.",
    )


def _elder_abuse(j: Jurisdiction, minor: Problem | None) -> TriggerGuide:
    age, scope = j.elder_abuse_reporting_age, j.elder_abuse_scope
    return TriggerGuide(
        trigger="elder_abuse",
        title=TRIGGER_LABELS["elder_abuse"],
        summary=Sentences(words(
            "decision.elder_abuse.summary",
            "Most states make therapists mandatory reporters of suspected abuse, neglect or exploitation of elders "
            "and dependent adults who cannot protect themselves. As with children, reasonable suspicion is the "
            "standard. Your settings: elders are people aged {age} or over; the duty covers "
            "{scope}. Report to adult protective services (or the long-term care ombudsman or police "
            "where your state says so).",
            age=age, scope=scope,
        )),
        prompts=(
            duty_prompt("session"),
            explained(
                "decision.elder_abuse.exception", "exception", WHICH_EXCEPTION,
                "The mandatory report of elder or dependent-adult abuse. Check the person is covered: aged "
                "{age} or over, or a dependent adult, and that what you suspect is within "
                "'{scope}'. If your state does not make you a mandatory reporter, choose permissive "
                "and edit your jurisdiction settings.",
                age=age, scope=scope,
            ),
            ask_prompt(urgent=True),
            law_prompt(words("decision.elder_abuse.law", "Name your state's elder and dependent-adult abuse reporting "
                             "statute (45 CFR 164.512(c)).")),
            explained(
                "decision.elder_abuse.reasoning", "reasoning", WHAT_SUSPICION,
                "What you heard or observed, who the elder or dependent adult is, and whether they are at risk now.",
            ),
            explained("decision.elder_abuse.decision", "decision", WILL_REPORT,
                      "Where you are a mandatory reporter, reasonable suspicion requires it."),
            Prompt("disclosure", TELL_AGENCY, Sentences(MINIMUM_NECESSARY)),
            client_prompt(
                TELL_ABOUT_REPORT,
                words("decision.elder_abuse.client",
                      "If the client is the person at risk, 45 CFR 164.512(c)(2) asks you to tell them promptly "
                      "unless that would put them at serious risk, or you would be telling the person you believe "
                      "responsible."),
                minor,
            ),
            follow_prompt(),
        ),
        exception_name=words(
            "decision.elder_abuse.exception_name",
            "Mandatory report of suspected elder or dependent-adult abuse",
        ),
        exception_kind="mandatory",
        jurisdiction_setting=words("decision.elder_abuse.setting",
                                   "elder abuse reporting age {age}; scope: {scope} ({name})",
                                   age=age, scope=scope, name=j.name),
        statute_hint=words("decision.elder_abuse.statute_hint",
                           "45 CFR 164.512(c); your state's adult protective services statute"),
        outcomes=("disclose", "do_not_disclose"),
        default_outcome="disclose",
        risk_factors=("history",),
        recipients=recipients_of("adult_protective_services", "ombudsman", "police"),
        methods=("phone", "form"),
        follow_ups=(),
        follow_ups_if_disclosed=follow_ups_of("report_reference", "written_report", "tell_promptly"),
        client_advice="Tell the person at risk promptly unless it would endanger them; record why if you do not.",
    )


_WARN_SUMMARY = {
    "mandatory": words(
        "decision.duty_to_warn.summary.mandatory",
        "Your jurisdiction settings say the duty to warn or protect is MANDATORY: when a client makes a serious, "
        "credible threat of violence against an identifiable person, you must take protective action: warn the "
        "person, notify the police, or start a hospitalization.",
    ),
    "permissive": words(
        "decision.duty_to_warn.summary.permissive",
        "Your jurisdiction settings say the duty to warn is PERMISSIVE: you may disclose to protect an identifiable "
        "person from a serious and imminent threat, but the law does not require it. Your ethics code and "
        "clinical judgment decide.",
    ),
    "none": words(
        "decision.duty_to_warn.summary.none",
        "Your jurisdiction settings say there is NO duty-to-warn statute. HIPAA still permits a disclosure to "
        "prevent a serious and imminent threat (45 CFR 164.512(j)); rely on your ethics code and consult counsel.",
    ),
}


# Each state's duty in words of its own (a screen translates them whole, by code); a state added
# to domain/duty_to_protect without words here is said from its data, in English.
_STATE_DUTY_WORDS = {
    "CA": words(
        "decision.duty_to_warn.summary.state.CA",
        "California (your license state) has a duty to protect ({citation}): when a client has communicated to you "
        "a serious threat of physical violence against a reasonably identifiable victim or victims, you must act. "
        "The duty is discharged by reasonable efforts to communicate the threat to the victim or victims and to a "
        "law enforcement agency. Not checked against the statute's own text: check it before relying on it.",
        citation=duty_to_protect.DUTY_RULES["CA"].citation),
}


# A report the license state's law requires (domain/duty_to_protect.STATE_REPORTS), said by the guide for
# a threat to others and for self-harm, after what it says of the warning.
_STATE_REPORT_WORDS = {
    "NY": words(
        "decision.report.state.NY",
        "New York (your license state): a psychologist, physician, registered nurse or licensed clinical social "
        "worker treating the client who concludes, using reasonable professional judgment, that the client is "
        "likely to engage in conduct that would result in serious harm to self or others must report it, as soon "
        "as practicable, to the county's director of community services ({citation}). That report is required by "
        "law (45 CFR 164.512(a)): send only what it asks for, and record it (it goes in the accounting of "
        "disclosures). It does not make a warning to the person at risk required. Not checked against the "
        "statute's own text: check it before relying on it.",
        citation=duty_to_protect.STATE_REPORTS["NY"].citation),
}
_REPORT_TRIGGERS = ("duty_to_warn", "self_harm")


def _with_state_report(guide: TriggerGuide, license_state: str) -> TriggerGuide:
    found = duty_to_protect.report_for(license_state) if guide.trigger in _REPORT_TRIGGERS else None
    said = _STATE_REPORT_WORDS.get(found.state) if found is not None else None
    if said is None or not isinstance(guide.summary, Sentences):
        return guide
    return replace(guide, summary=Sentences(*guide.summary.parts, said))


def state_duty_said(state_rule: DutyRule) -> Problem:
    """The license state's duty as the guide says it: coded words, else its data in English (also where
    the settings propose it: the wizard, Settings, Jurisdiction settings)."""
    return _STATE_DUTY_WORDS.get(state_rule.state) or Problem(duty_to_protect.statement(state_rule))


def _state_duty(j: Jurisdiction, state_rule: DutyRule) -> tuple[Problem, ...]:
    """The license state's duty (followed: at least as strict as the setting), and a line when the
    setting says less (walker CA, finding 4: "the law does not require it" for California)."""
    said = [state_duty_said(state_rule)]
    if j.duty_to_warn != state_rule.kind:
        said.append(words(
            "decision.duty_to_warn.summary.setting_differs",
            "Your jurisdiction settings say {setting}; this guide follows your license state's rule, the safer "
            "reading. Change the setting in Jurisdiction settings.", setting=j.duty_to_warn))
    return tuple(said)


def _duty_to_warn(j: Jurisdiction, minor: Problem | None, license_state: str = "") -> TriggerGuide:
    state_rule = duty_to_protect.governing(j, license_state)
    kind: ExceptionKind = state_rule.kind if state_rule is not None else j.duty_to_warn
    lead = _state_duty(j, state_rule) if state_rule is not None else (_WARN_SUMMARY[kind],)
    law = (words("decision.duty_to_warn.law.state", "Name the rule you rely on: {citation}, or other law you "
                 "rely on.", citation=state_rule.citation) if state_rule is not None
           else words("decision.duty_to_warn.law", "Name your state's duty-to-warn or duty-to-protect "
                      "statute, or the case law you rely on."))
    statute_hint = (words("decision.duty_to_warn.statute_hint.state", "45 CFR 164.512(j)(1)(i); {citation}",
                          citation=state_rule.citation) if state_rule is not None
                    else words("decision.duty_to_warn.statute_hint",
                               "45 CFR 164.512(j)(1)(i); your state's duty-to-warn or duty-to-protect statute"))
    return TriggerGuide(
        trigger="duty_to_warn",
        title=TRIGGER_LABELS["duty_to_warn"],
        summary=Sentences(*lead, words(
            "decision.duty_to_warn.summary",
            "A vague statement of anger or an old grievance usually does not meet the "
            "threshold; a specific threat against an identifiable person, with the means to carry it out, does.",
        )),
        prompts=(
            duty_prompt("threat"),
            explained(
                "decision.duty_to_warn.exception", "exception", WHICH_EXCEPTION,
                "The duty to warn or protect ({kind} in your settings), or HIPAA's serious-and-imminent-threat "
                "exception (45 CFR 164.512(j)(1)(i)). If the threshold is not met, say that no exception applies.",
                kind=kind,
            ),
            ask_prompt(urgent=True),
            law_prompt(law),
            explained(
                "decision.duty_to_warn.reasoning", "reasoning",
                words("decision.duty_to_warn.reasoning.question",
                      "Is the threat serious, credible and imminent, against an identifiable person?"),
                "Weigh plan, intent, means, an identifiable victim and any history of violence. Write the threat in a "
                "few words and who it is against.",
            ),
            explained(
                "decision.duty_to_warn.decision", "decision",
                words("decision.duty_to_warn.decision.question", "Will you warn or protect?"),
                "Protective action can be warning the person, calling the police, or starting a hospitalization. "
                "You can also decide the threshold is not met: record why.",
            ),
            explained(
                "decision.duty_to_warn.disclosure", "disclosure", TELL_WHOM,
                "Only what protection needs: who threatens whom, the nature of the threat, and how imminent it is. "
                "Not the rest of the client's story.",
            ),
            client_prompt(
                WILL_TELL_CLIENT,
                words("decision.duty_to_warn.client",
                      "Telling the client can be part of managing the risk, or can raise it. Decide clinically and "
                      "record why."),
                minor,
            ),
            follow_prompt(words("decision.duty_to_warn.follow_up", "Reassess the risk at the next contact.")),
        ),
        exception_name=words(
            "decision.duty_to_warn.exception_name",
            "Duty to warn or protect an identifiable person (serious and imminent threat)",
        ),
        exception_kind=kind,
        jurisdiction_setting=words("decision.duty_to_warn.setting", "duty to warn: {kind} ({name})", kind=kind,
                                   name=j.name),
        statute_hint=statute_hint,
        outcomes=("disclose", "do_not_disclose"),
        default_outcome=None,
        risk_factors=RISK_FACTORS,
        recipients=recipients_of("person_threatened", "police"),
        methods=("phone", "in_person"),
        follow_ups=follow_ups_of("reassess", "update_safety_plan"),
        follow_ups_if_disclosed=follow_ups_of(*_discharge_steps(state_rule), "discuss_warning"),
        client_advice="Decide clinically whether telling the client lowers or raises the risk; record why.",
        discharged_by=state_rule.discharged_by if state_rule is not None else (),
        discharge_citation=state_rule.citation if state_rule is not None else "",
    )


def _discharge_steps(state_rule: DutyRule | None) -> tuple[str, ...]:
    """A follow-up to tell each one the state's discharge names, where it names more than one."""
    return ("discharge_both",) if state_rule is not None and len(state_rule.discharged_by) > 1 else ()


def _self_harm(j: Jurisdiction, minor: Problem | None) -> TriggerGuide:
    return TriggerGuide(
        trigger="self_harm",
        title=TRIGGER_LABELS["self_harm"],
        summary=Sentences(words(
            "decision.self_harm.summary",
            "When a client is at imminent risk of ending their life or seriously harming themselves and cannot or will "
            "not keep safe voluntarily, you may contact emergency services, a crisis team, a hospital or someone who "
            "can keep them safe (HIPAA 45 CFR 164.512(j)); some states require protective action. Passive ideation "
            "without plan or intent usually does not meet the threshold. Safety first; document afterwards.",
        )),
        prompts=(
            duty_prompt("work"),
            explained(
                "decision.self_harm.exception", "exception", WHICH_EXCEPTION,
                "A serious and imminent threat to the client's own life or safety (45 CFR 164.512(j)(1)(i)). HIPAA "
                "permits it; choose mandatory if your state's law requires protective action.",
            ),
            ask_prompt(urgent=True),
            law_prompt(words("decision.self_harm.law", "Name the rule you rely on (45 CFR 164.512(j)(1)(i), your "
                             "state's involuntary-hold statute).")),
            explained(
                "decision.self_harm.reasoning", "reasoning",
                words("decision.self_harm.reasoning.question", "How imminent is the risk?"),
                "Weigh plan, intent, access to means and history of attempts, and what protects the client. Say why "
                "voluntary steps (a safety plan, a supported visit to an emergency room) were or were not enough.",
            ),
            explained(
                "decision.self_harm.decision", "decision",
                words("decision.self_harm.decision.question", "Will you contact someone to keep the client safe?"),
                "If you do, contact the people who can help now: emergency services (911 or 988), a crisis team, "
                "a hospital, or a support person the client named.",
            ),
            Prompt("disclosure", TELL_WHOM, Sentences(MINIMUM_NECESSARY)),
            client_prompt(
                DID_TELL_CLIENT,
                words("decision.self_harm.client",
                      "Whenever it is safe, tell the client what you are doing and why; it is usually possible."),
                minor,
            ),
            follow_prompt(words("decision.self_harm.follow_up",
                                "Follow up after the crisis: the client's safety plan and the next session.")),
        ),
        exception_name=words(
            "decision.self_harm.exception_name",
            "Serious and imminent threat to the client's own life or safety",
        ),
        exception_kind="permissive",
        jurisdiction_setting=words(
            "decision.self_harm.setting",
            "no jurisdiction setting: HIPAA 45 CFR 164.512(j) permits it; state law may require it",
        ),
        statute_hint=words("decision.self_harm.statute_hint",
                           "45 CFR 164.512(j)(1)(i); your state's involuntary-hold statute"),
        outcomes=("disclose", "do_not_disclose"),
        default_outcome=None,
        risk_factors=("plan", "intent", "means", "history"),
        recipients=recipients_of("emergency_services", "crisis_line", "hospital", "emergency_contact"),
        methods=("phone", "in_person"),
        follow_ups=follow_ups_of("contact_within_24h", "review_safety_plan", "next_session"),
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

__all__ = ["NOT_LEGAL_ADVICE", "STEPS", "STEP_TITLES", "Prompt", "TriggerGuide", "guide_for", "state_duty_said"]
