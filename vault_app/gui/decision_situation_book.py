"""The confidentiality decision's words for each situation (a child's or an elder's abuse, a
duty to warn, a self-harm risk, a court order, a subpoena, national security, other): each
step's prompts, reasoning, client and exception words, statute hints and summaries, by code,
for pyside6-lupdate under the Qt context "DecisionPromptWords" (es.ts holds the Spanish).

Split from gui/decision_prompt_book.py, which holds the words every situation shares and reads
these into its PROMPTS; the context is the same, so moving them here changed no translation."""

from __future__ import annotations

from collections.abc import Mapping

from vault_app.gui.i18n import QT_TRANSLATE_NOOP

SITUATION_PROMPTS: Mapping[str, str] = {
    "decision.child_abuse.client": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Many therapists tell the client before or after a report, which can protect the relationship, unless"
        " telling them would put the child or someone else at risk. Record what you decided and why."),
    "decision.child_abuse.decision": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "If you have reasonable suspicion, the law requires the report."),
    "decision.child_abuse.exception": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "The mandatory report of suspected child abuse or neglect. It is mandatory in every state. Your "
        "settings treat anyone under {age_of_majority} as a child."),
    "decision.child_abuse.follow_up": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Many states require a written report within 36 to 48 hours of the call."),
    "decision.child_abuse.law": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Name your state's child-abuse reporting statute (HIPAA allows the report: 45 CFR 164.512(b)(1)(ii))."),
    "decision.child_abuse.reasoning": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "What you heard or observed, who the child is, and whether the child is at risk now. Reasonable "
        "suspicion is enough; you do not investigate."),
    "decision.child_abuse.statute_hint": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "45 CFR 164.512(b)(1)(ii); your state's child-abuse reporting statute"),
    "decision.child_abuse.summary": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Every US state makes therapists mandatory reporters of suspected child abuse or neglect. The "
        "standard is reasonable suspicion, not certainty: you do not need proof, and you do not need the "
        "client's consent. Report promptly to child protective services or the police, give them what the "
        "report needs, and document what you did."),
    "decision.court_order.client": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Tell the client (and their attorney) about the order and what you will release, unless the order "
        "forbids it."),
    "decision.court_order.decision": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Comply with what the order requires, or seek a narrower order with counsel."),
    "decision.court_order.decision.question": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Will you comply now, or ask the court to limit the order?"),
    "decision.court_order.disclosure": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Only what the order requires; select the notes or dates it names. Psychotherapy notes go only if the"
        " order names them."),
    "decision.court_order.disclosure.question": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Exactly which records go out, to whom, how and when?"),
    "decision.court_order.exception": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "A court order (45 CFR 164.512(e)(1)(i)). It compels disclosure of what it names, nothing more."),
    "decision.court_order.law": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Record the court, the case number and the date of the order (45 CFR 164.512(e)(1)(i))."),
    "decision.court_order.reasoning": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Note exactly which records and dates it names, and whether psychotherapy notes are named explicitly."
        " Record anything you asked the court to limit."),
    "decision.court_order.reasoning.question": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "What does the order require, and is anything beyond it?"),
    "decision.court_order.statute_hint": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "45 CFR 164.512(e)(1)(i); the order itself (court, case number, date)"),
    "decision.court_order.summary": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "A court order signed by a judge must be obeyed, but only for what it requires. Check that it is "
        "signed by a judge (a subpoena signed by an attorney or a clerk is not an order), what records and "
        "dates it covers, and the deadline. Consult counsel: you may ask the court to limit the order or to "
        "review the records privately. Attach a copy of the order to the chart."),
    "decision.duty_to_warn.client": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Telling the client can be part of managing the risk, or can raise it. Decide clinically and record "
        "why."),
    "decision.duty_to_warn.decision": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Protective action can be warning the person, calling the police, or starting a hospitalization. You "
        "can also decide the threshold is not met: record why."),
    "decision.duty_to_warn.decision.question": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Will you warn or protect?"),
    "decision.duty_to_warn.disclosure": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Only what protection needs: who threatens whom, the nature of the threat, and how imminent it is. "
        "Not the rest of the client's story."),
    "decision.duty_to_warn.exception": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "The duty to warn or protect ({kind} in your settings), or HIPAA's serious-and-imminent-threat "
        "exception (45 CFR 164.512(j)(1)(i)). If the threshold is not met, say that no exception applies."),
    "decision.duty_to_warn.follow_up": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Reassess the risk at the next contact."),
    "decision.duty_to_warn.law": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Name your state's duty-to-warn or duty-to-protect statute, or the case law you rely on."),
    "decision.duty_to_warn.reasoning": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Weigh plan, intent, means, an identifiable victim and any history of violence. Write the threat in a"
        " few words and who it is against."),
    "decision.duty_to_warn.reasoning.question": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Is the threat serious, credible and imminent, against an identifiable person?"),
    "decision.duty_to_warn.statute_hint": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "45 CFR 164.512(j)(1)(i); your state's duty-to-warn or duty-to-protect statute"),
    "decision.duty_to_warn.summary.state.CA": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "California (your license state) has a duty to protect ({citation}): when a client has communicated "
        "to you a serious threat of physical violence against a reasonably identifiable victim or victims, "
        "you must act. The duty is discharged by reasonable efforts to communicate the threat to the victim "
        "or victims and to a law enforcement agency. Not checked against the statute's own text: check it "
        "before relying on it."),
    "decision.duty_to_warn.summary.setting_differs": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Your jurisdiction settings say {setting}; this guide follows your license state's rule, the safer "
        "reading. Change the setting in Jurisdiction settings."),
    "decision.duty_to_warn.law.state": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Name the rule you rely on: {citation}, or other law you rely on."),
    "decision.duty_to_warn.statute_hint.state": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "45 CFR 164.512(j)(1)(i); {citation}"),
    "decision.duty_to_warn.summary": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "A vague statement of anger or an old grievance usually does not meet the threshold; a specific "
        "threat against an identifiable person, with the means to carry it out, does."),
    "decision.duty_to_warn.summary.mandatory": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Your jurisdiction settings say the duty to warn or protect is MANDATORY: when a client makes a "
        "serious, credible threat of violence against an identifiable person, you must take protective "
        "action: warn the person, notify the police, or start a hospitalization."),
    "decision.duty_to_warn.summary.none": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Your jurisdiction settings say there is NO duty-to-warn statute. HIPAA still permits a disclosure to"
        " prevent a serious and imminent threat (45 CFR 164.512(j)); rely on your ethics code and consult "
        "counsel."),
    "decision.duty_to_warn.summary.permissive": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Your jurisdiction settings say the duty to warn is PERMISSIVE: you may disclose to protect an "
        "identifiable person from a serious and imminent threat, but the law does not require it. Your ethics"
        " code and clinical judgment decide."),
    "decision.elder_abuse.client": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "If the client is the person at risk, 45 CFR 164.512(c)(2) asks you to tell them promptly unless that"
        " would put them at serious risk, or you would be telling the person you believe responsible."),
    "decision.elder_abuse.decision": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Where you are a mandatory reporter, reasonable suspicion requires it."),
    "decision.elder_abuse.exception": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "The mandatory report of elder or dependent-adult abuse. Check the person is covered: aged {age} or "
        "over, or a dependent adult, and that what you suspect is within '{scope}'. If your state does not "
        "make you a mandatory reporter, choose permissive and edit your jurisdiction settings."),
    "decision.elder_abuse.law": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Name your state's elder and dependent-adult abuse reporting statute (45 CFR 164.512(c))."),
    "decision.elder_abuse.reasoning": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "What you heard or observed, who the elder or dependent adult is, and whether they are at risk now."),
    "decision.elder_abuse.statute_hint": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "45 CFR 164.512(c); your state's adult protective services statute"),
    "decision.elder_abuse.summary": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Most states make therapists mandatory reporters of suspected abuse, neglect or exploitation of "
        "elders and dependent adults who cannot protect themselves. As with children, reasonable suspicion is"
        " the standard. Your settings: elders are people aged {age} or over; the duty covers {scope}. Report "
        "to adult protective services (or the long-term care ombudsman or police where your state says so)."),
    "decision.national_security.client": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Federal law forbids telling the client about a national-security disclosure. The record says so, and"
        " it stays out of the client's accounting of disclosures."),
    "decision.national_security.client.question": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "The client must not be told."),
    "decision.national_security.decision": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Disclose only what the legal process requires."),
    "decision.national_security.exception": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "National security and intelligence activities (45 CFR 164.512(k)(2)). Record the legal authority the"
        " official cited."),
    "decision.national_security.law": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Record the legal authority cited (for example, the statute or the type of order) and its reference."),
    "decision.national_security.reasoning": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Who asked, how you verified their identity and authority, and what they are entitled to."),
    "decision.national_security.reasoning.question": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "How did you verify the request?"),
    "decision.national_security.statute_hint": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "45 CFR 164.512(k)(2); the legal authority the official cited"),
    "decision.national_security.summary": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Federal law lets authorized federal officials obtain information for lawful intelligence, "
        "counter-intelligence and national-security activities (45 CFR 164.512(k)(2)), and the legal process "
        "behind the request can compel it. Verify the official's identity and authority in writing and "
        "consult counsel. You must NOT tell the client, and the disclosure is left out of the client's "
        "accounting."),
    "decision.other.client": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Tell the client when it is safe and lawful; record why not."),
    "decision.other.decision": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Disclose the minimum, do not disclose, or seek an order."),
    "decision.other.disclosure.question": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Exactly what goes out, to whom, how and when, and on which legal basis?"),
    "decision.other.exception": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Name it, and the rule or setting that makes it so. If none applies, nothing may be disclosed without"
        " the client's written authorization."),
    "decision.other.exception.question": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Which exception applies, and is it mandatory or permissive?"),
    "decision.other.law": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Name the statute or rule."),
    "decision.other.reasoning": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Write your reasoning and the facts weighed."),
    "decision.other.reasoning.question": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Why is a disclosure necessary, or not?"),
    "decision.other.statute_hint": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "The statute or rule that permits or requires this disclosure"),
    "decision.other.summary": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Another situation where confidentiality may have to give way (for example a health-oversight "
        "request, a coroner, or your defense in a complaint the client brought). Work through the same steps:"
        " is it confidential, which exception, who you consulted, which rule, your reasoning, the minimum "
        "disclosed."),
    "decision.self_harm.client": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Whenever it is safe, tell the client what you are doing and why; it is usually possible."),
    "decision.self_harm.decision": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "If you do, contact the people who can help now: emergency services (911 or 988), a crisis team, a "
        "hospital, or a support person the client named."),
    "decision.self_harm.decision.question": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Will you contact someone to keep the client safe?"),
    "decision.self_harm.exception": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "A serious and imminent threat to the client's own life or safety (45 CFR 164.512(j)(1)(i)). HIPAA "
        "permits it; choose mandatory if your state's law requires protective action."),
    "decision.self_harm.follow_up": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Follow up after the crisis: the client's safety plan and the next session."),
    "decision.self_harm.law": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Name the rule you rely on (45 CFR 164.512(j)(1)(i), your state's involuntary-hold statute)."),
    "decision.self_harm.reasoning": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Weigh plan, intent, access to means and history of attempts, and what protects the client. Say why "
        "voluntary steps (a safety plan, a supported visit to an emergency room) were or were not enough."),
    "decision.self_harm.reasoning.question": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "How imminent is the risk?"),
    "decision.self_harm.statute_hint": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "45 CFR 164.512(j)(1)(i); your state's involuntary-hold statute"),
    "decision.self_harm.summary": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "When a client is at imminent risk of ending their life or seriously harming themselves and cannot or"
        " will not keep safe voluntarily, you may contact emergency services, a crisis team, a hospital or "
        "someone who can keep them safe (HIPAA 45 CFR 164.512(j)); some states require protective action. "
        "Passive ideation without plan or intent usually does not meet the threshold. Safety first; document "
        "afterwards."),
    "decision.subpoena.client": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Notify the client (and their attorney if they have one) that their records were subpoenaed: the "
        "privilege is theirs to assert or waive."),
    "decision.subpoena.client.question": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Did you notify the client?"),
    "decision.subpoena.decision": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Seek an order / notify the client / consult counsel. The app will not record a disclosure for a "
        "subpoena alone."),
    "decision.subpoena.decision.question": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Your response"),
    "decision.subpoena.disclosure": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "A subpoena alone never leads to a disclosure."),
    "decision.subpoena.disclosure.question": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Nothing goes out."),
    "decision.subpoena.exception": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "None yet: a subpoena without a court order permits no disclosure (45 CFR 164.512(e)(1)(ii) needs "
        "assurances, and state privilege law usually forbids it). Record that no exception applies."),
    "decision.subpoena.law": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Record who issued the subpoena, the case number and the response deadline."),
    "decision.subpoena.reasoning": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Note the records requested, the deadline, and whether a court order or the client's authorization "
        "came with it (if an order did, record a court-order decision instead)."),
    "decision.subpoena.reasoning.question": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "What does the subpoena ask for, and by when?"),
    "decision.subpoena.statute_hint": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "45 CFR 164.512(e)(1)(ii); your state's therapist-patient privilege"),
    "decision.subpoena.statute_hint.state": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "{citation}; 45 CFR 164.512(e)(1)(ii)"),
    "decision.subpoena.summary": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "A subpoena alone is not a court order: it starts a legal process but does not let you release "
        "records. Do not send anything. Notify the client, consult counsel, and respond to the subpoena in "
        "time (often by asserting the privilege or objecting). Records go out only under a court order signed"
        " by a judge, or with the client's written authorization."),
}

__all__ = ["SITUATION_PROMPTS"]
