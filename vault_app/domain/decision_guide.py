"""The shapes of the guided prompts, and the prompt wording shared by every trigger.

Written to be read under stress: short sentences, one question per step.

Every text a screen shows from here is its English with a stable code (a `Problem`, domain/errors.py):
a step title, a question, a hint; an explanation or summary is `Sentences`, coded sentences joined
by spaces. The English is the domain's truth (the CLI prints it, `decision guide` emits it); a
screen says each code in its own language (gui/decision_prompt_words.py) and falls back on the
English for a code it has no words for.
"""

from __future__ import annotations

from dataclasses import dataclass

from vault_app.domain.decisions import ExceptionKind, Method, Outcome, Trigger
from vault_app.domain.errors import Problem


def words(code: str, text: str, **params: str | int) -> Problem:
    """`text` with its {names} filled from `params`, carrying the code and params it is said by."""
    return Problem(text.format(**params), code=code, params=params)


class Sentences(str):
    """Coded sentences (each a Problem) joined by spaces: a str of their English, which the CLI
    prints and the tests read, that keeps each sentence's code for a screen to say."""

    parts: tuple[Problem, ...]

    def __new__(cls, *parts: Problem) -> Sentences:
        sentences = super().__new__(cls, " ".join(parts))
        sentences.parts = parts
        return sentences


STEPS: tuple[str, ...] = (
    "duty", "exception", "ask", "law", "reasoning", "decision", "disclosure", "client", "follow_up",
)
STEP_TITLES: dict[str, str] = {
    "duty": words("decision.step.duty", "Duty: is this confidential?"),
    "exception": words("decision.step.exception", "Exception: which one applies?"),
    "ask": words("decision.step.ask", "Ask: who did you consult?"),
    "law": words("decision.step.law", "Law: what rule are you relying on?"),
    "reasoning": words("decision.step.reasoning", "Your clinical reasoning"),
    "decision": words("decision.step.decision", "Your decision"),
    "disclosure": words("decision.step.disclosure", "What goes out: the minimum"),
    "client": words("decision.step.client", "Telling the client"),
    "follow_up": words("decision.step.follow_up", "Follow-up"),
}
NOT_LEGAL_ADVICE = words(
    "decision.not_legal_advice",
    "This app records your reasoning; it does not give legal advice. The rules differ by state: "
    "check your jurisdiction settings and, when unsure, call your licensing board, a colleague, or your "
    "liability insurer's risk-management line.",
)
MINIMUM_NECESSARY = words(
    "decision.minimum_necessary",
    "Share only what this purpose needs: who is at risk, the nature of the concern, and what you observed. "
    "Not the session content, not the diagnosis history, not the psychotherapy notes, unless an order requires them.",
)


@dataclass(frozen=True)
class Prompt:
    step: str
    question: str  # a Problem: its English, with its code
    explanation: str  # Sentences


@dataclass(frozen=True)
class TriggerGuide:
    trigger: Trigger
    title: str
    summary: str  # Sentences
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
    # Steps that follow only from a disclosure (a warning given, a report made): offered
    # only when the outcome is "disclose", so a signed record never lists a step about a
    # warning that was not given.
    follow_ups_if_disclosed: tuple[str, ...] = ()
    # Steps that follow only from not disclosing (a court order not obeyed now: counsel)
    follow_ups_if_withheld: tuple[str, ...] = ()
    # A state's duty discharged only by telling each of these (recipient keys; domain/duty_to_protect),
    # and the rule's citation: a decision records one communication, so signing says the others are due.
    discharged_by: tuple[str, ...] = ()
    discharge_citation: str = ""

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
            "follow_ups_if_disclosed": list(self.follow_ups_if_disclosed),
            "follow_ups_if_withheld": list(self.follow_ups_if_withheld),
            "client_advice": self.client_advice,
            "must_not_tell_client": self.must_not_tell_client,
            "never_discloses": self.never_discloses,
            "not_legal_advice": NOT_LEGAL_ADVICE,
        }


def explained(code: str, step: str, question: Problem, explanation: str, **params: str | int) -> Prompt:
    """A step's prompt whose explanation is one coded text (`explanation`, {names} from params)."""
    return Prompt(step, question, Sentences(words(code, explanation, **params)))


# Questions more than one trigger asks, each one code.
WHICH_EXCEPTION = words("decision.q.which_exception", "Which exception applies?")
WHAT_SUSPICION = words("decision.q.what_suspicion", "What gives you reasonable suspicion?")
WILL_REPORT = words("decision.q.will_report", "Will you report?")
TELL_AGENCY = words("decision.q.tell_agency", "What exactly will you tell the agency, and how?")
TELL_WHOM = words("decision.q.tell_whom", "What exactly will you tell, to whom, and how?")
TELL_ABOUT_REPORT = words("decision.q.tell_about_report", "Will you tell the client about the report?")
WILL_TELL_CLIENT = words("decision.q.will_tell_client", "Will you tell the client?")
DID_TELL_CLIENT = words("decision.q.did_tell_client", "Did you tell the client?")
WILL_DISCLOSE = words("decision.q.will_disclose", "Will you disclose?")
WHAT_GOES_OUT = words("decision.q.what_goes_out", "Exactly what goes out, to whom, how and when?")
YOUR_DECISION = words("decision.q.your_decision", "Your decision")


# Where confidential information came from, as the Duty step's explanation says it.
_DUTY_WHERE: dict[str, str] = {
    "session": "it came from a session or from your work with the client",
    "work": "it came from your work with the client",
    "threat": "the threat was made to you as the client's therapist",
    "records": "the records are the client's confidential health information",
    "privilege": "the records are the client's confidential health information, and the privilege is the client's",
}


def duty_prompt(where: str) -> Prompt:
    """`where`: a key of _DUTY_WHERE."""
    return Prompt(
        "duty",
        words("decision.duty.question", "Is what you learned confidential?"),
        Sentences(
            words(f"decision.duty.where.{where}", "It almost always is: " + _DUTY_WHERE[where] + "."),
            words("decision.duty.explain", "Say where the information came from (which session, which call). "
                  "If it is not confidential (the client is not your client, or it is public), say so and why."),
        ),
    )


def ask_prompt(urgent: bool) -> Prompt:
    if urgent:
        return Prompt(
            "ask",
            words("decision.ask.urgent.question",
                  "Did you consult anyone? With whom, when, and what did they advise?"),
            Sentences(words(
                "decision.ask.urgent.explain",
                "Consult a supervisor, a trusted colleague, your licensing board or your insurer's risk-management "
                "line if there is time. Never delay protecting someone in danger to consult: record it afterwards.",
            )),
        )
    return Prompt(
        "ask",
        words("decision.ask.question", "Who did you consult? With whom, when, and what did they advise?"),
        Sentences(words(
            "decision.ask.explain",
            "There is time to consult here, and you should: an attorney who knows mental-health records, your "
            "liability insurer's risk-management line, or your licensing board. Record each consultation.",
        )),
    )


def law_prompt(hint: Problem) -> Prompt:
    return Prompt(
        "law",
        words("decision.law.question", "Which statute or rule are you relying on?"),
        Sentences(
            hint,
            words("decision.law.recorded",
                  "Your jurisdiction settings are recorded with this decision as they stand now."),
            NOT_LEGAL_ADVICE,
        ),
    )


def client_prompt(question: Problem, advice: Problem, minor: Problem | None = None) -> Prompt:
    return Prompt("client", question, Sentences(advice, *([minor] if minor else [])))


def follow_prompt(extra: Problem | None = None) -> Prompt:
    return Prompt(
        "follow_up",
        words("decision.follow_up.question", "What happens next?"),
        Sentences(
            words("decision.follow_up.explain",
                  "List the steps still to do (written report, call back, safety plan, session to discuss it with "
                  "the client)."),
            *([extra] if extra else []),
        ),
    )


def follow_ups_for(guide: TriggerGuide, outcome: str | None) -> tuple[str, ...]:
    """The follow-up steps to offer for this outcome (the therapist edits them before signing)."""
    if outcome == "disclose":
        return guide.follow_ups + guide.follow_ups_if_disclosed
    return guide.follow_ups + (guide.follow_ups_if_withheld if outcome else ())


__all__ = [
    "DID_TELL_CLIENT",
    "MINIMUM_NECESSARY",
    "NOT_LEGAL_ADVICE",
    "STEPS",
    "STEP_TITLES",
    "TELL_ABOUT_REPORT",
    "TELL_AGENCY",
    "TELL_WHOM",
    "WHAT_GOES_OUT",
    "WHAT_SUSPICION",
    "WHICH_EXCEPTION",
    "WILL_DISCLOSE",
    "WILL_REPORT",
    "WILL_TELL_CLIENT",
    "YOUR_DECISION",
    "Prompt",
    "Sentences",
    "TriggerGuide",
    "ask_prompt",
    "client_prompt",
    "duty_prompt",
    "explained",
    "follow_prompt",
    "follow_ups_for",
    "law_prompt",
    "words",
]
