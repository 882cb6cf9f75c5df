"""The English of every coded text of the confidentiality decision's guided prompts (titles,
questions, explanations, summaries, statute hints) and of its warnings before signing, by code,
for pyside6-lupdate: the translators' source, under the Qt context "DecisionPromptWords" (es.ts
holds the Spanish). {names} are the sentence's params. Here the words every situation shares;
each situation's own (its steps' prompts, hints and summaries) are in gui/decision_situation_book.py
and the suggestions a step fills in in gui/decision_suggestion_book.py, both read into SAYS.
gui/decision_prompt_words.py says them all, and only while they are still the domain's English."""

from __future__ import annotations

from collections.abc import Mapping

from vault_app.gui.decision_situation_book import SITUATION_PROMPTS
from vault_app.gui.decision_suggestion_book import SUGGESTIONS
from vault_app.gui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "DecisionPromptWords"

PROMPTS: Mapping[str, str] = {
    "decision.ask.explain": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "There is time to consult here, and you should: an attorney who knows mental-health records, your "
        "liability insurer's risk-management line, or your licensing board. Record each consultation."),
    "decision.ask.question": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Who did you consult? With whom, when, and what did they advise?"),
    "decision.ask.urgent.explain": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Consult a supervisor, a trusted colleague, your licensing board or your insurer's risk-management "
        "line if there is time. Never delay protecting someone in danger to consult: record it afterwards."),
    "decision.ask.urgent.question": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Did you consult anyone? With whom, when, and what did they advise?"),
    "decision.client.minor": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "The client is {age}, under the age of consent for treatment in your settings ({consent_age}): a "
        "parent or guardian usually acts for them. Do not inform a parent or guardian who may be the person "
        "causing the harm."),
    "decision.duty.explain": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Say where the information came from (which session, which call). If it is not confidential (the "
        "client is not your client, or it is public), say so and why."),
    "decision.duty.question": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Is what you learned confidential?"),
    "decision.duty.where.privilege": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "It almost always is: the records are the client's confidential health information, and the privilege"
        " is the client's."),
    "decision.duty.where.records": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "It almost always is: the records are the client's confidential health information."),
    "decision.duty.where.session": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "It almost always is: it came from a session or from your work with the client."),
    "decision.duty.where.threat": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "It almost always is: the threat was made to you as the client's therapist."),
    "decision.duty.where.work": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "It almost always is: it came from your work with the client."),
    "decision.report.state.NY": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "New York (your license state): a psychologist, physician, registered nurse or licensed clinical social "
        "worker treating the client who concludes, using reasonable professional judgment, that the client is "
        "likely to engage in conduct that would result in serious harm to self or others must report it, as soon "
        "as practicable, to the county's director of community services ({citation}). That report is required by "
        "law (45 CFR 164.512(a)): send only what it asks for, and record it (it goes in the accounting of "
        "disclosures). It does not make a warning to the person at risk required. Not checked against the "
        "statute's own text: check it before relying on it."),
    "decision.follow_up.explain": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "List the steps still to do (written report, call back, safety plan, session to discuss it with the "
        "client)."),
    "decision.follow_up.question": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "What happens next?"),
    "decision.law.question": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Which statute or rule are you relying on?"),
    "decision.law.recorded": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Your jurisdiction settings are recorded with this decision as they stand now."),
    "decision.minimum_necessary": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Share only what this purpose needs: who is at risk, the nature of the concern, and what you "
        "observed. Not the session content, not the diagnosis history, not the psychotherapy notes, unless an"
        " order requires them."),
    "decision.not_legal_advice": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "This app records your reasoning; it does not give legal advice. The rules differ by state: check "
        "your jurisdiction settings and, when unsure, call your licensing board, a colleague, or your "
        "liability insurer's risk-management line."),
    "decision.q.did_tell_client": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Did you tell the client?"),
    "decision.q.tell_about_report": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Will you tell the client about the report?"),
    "decision.q.tell_agency": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "What exactly will you tell the agency, and how?"),
    "decision.q.tell_whom": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "What exactly will you tell, to whom, and how?"),
    "decision.q.what_goes_out": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Exactly what goes out, to whom, how and when?"),
    "decision.q.what_suspicion": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "What gives you reasonable suspicion?"),
    "decision.q.which_exception": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Which exception applies?"),
    "decision.q.will_disclose": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Will you disclose?"),
    "decision.q.will_report": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Will you report?"),
    "decision.q.will_tell_client": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Will you tell the client?"),
    "decision.q.your_decision": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Your decision"),
    "decision.step.ask": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Ask: who did you consult?"),
    "decision.step.client": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Telling the client"),
    "decision.step.decision": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Your decision"),
    "decision.step.disclosure": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "What goes out: the minimum"),
    "decision.step.duty": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Duty: is this confidential?"),
    "decision.step.exception": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Exception: which one applies?"),
    "decision.step.follow_up": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Follow-up"),
    "decision.step.law": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Law: what rule are you relying on?"),
    "decision.step.reasoning": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Your clinical reasoning"),
    "decision.warn.no_consultation": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "No consultation is recorded. If you consulted anyone, add it; if not, you may add it later."),
    "decision.warn.no_follow_up": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "No follow-up steps are listed."),
    "decision.warn.no_statute": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "No statute or rule is named in the Law step."),
    "decision.warn.risk_unassessed": QT_TRANSLATE_NOOP(
        "DecisionPromptWords",
        "Risk factors not assessed: {factors}."),
    **SITUATION_PROMPTS,
}


SAYS: Mapping[str, str] = {**PROMPTS, **SUGGESTIONS}

__all__ = ["CONTEXT", "PROMPTS", "SAYS"]
