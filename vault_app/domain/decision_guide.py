"""The shapes of the guided prompts, and the prompt wording shared by every trigger.

Written to be read under stress: short sentences, one question per step.
"""

from __future__ import annotations

from dataclasses import dataclass

from vault_app.domain.decisions import ExceptionKind, Method, Outcome, Trigger

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
    # Steps that follow only from a disclosure (a warning given, a report made): offered
    # only when the outcome is "disclose", so a signed record never lists a step about a
    # warning that was not given.
    follow_ups_if_disclosed: tuple[str, ...] = ()

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
            "client_advice": self.client_advice,
            "must_not_tell_client": self.must_not_tell_client,
            "never_discloses": self.never_discloses,
            "not_legal_advice": NOT_LEGAL_ADVICE,
        }


def duty_prompt(where: str) -> Prompt:
    return Prompt(
        "duty",
        "Is what you learned confidential?",
        f"It almost always is: {where}. Say where the information came from (which session, which call). "
        "If it is not confidential (the client is not your client, or it is public), say so and why.",
    )


def ask_prompt(urgent: bool) -> Prompt:
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


def law_prompt(hint: str) -> Prompt:
    return Prompt(
        "law",
        "Which statute or rule are you relying on?",
        f"{hint} Your jurisdiction settings are recorded with this decision as they stand now. {NOT_LEGAL_ADVICE}",
    )


def client_prompt(question: str, advice: str) -> Prompt:
    return Prompt("client", question, advice)


def follow_prompt(extra: str = "") -> Prompt:
    return Prompt(
        "follow_up",
        "What happens next?",
        "List the steps still to do (written report, call back, safety plan, session to discuss it with the client). "
        + extra,
    )


def follow_ups_for(guide: TriggerGuide, outcome: str | None) -> tuple[str, ...]:
    """The follow-up steps to offer for this outcome (the therapist edits them before signing)."""
    return guide.follow_ups + (guide.follow_ups_if_disclosed if outcome == "disclose" else ())


__all__ = [
    "MINIMUM_NECESSARY",
    "NOT_LEGAL_ADVICE",
    "STEPS",
    "STEP_TITLES",
    "Prompt",
    "TriggerGuide",
    "ask_prompt",
    "client_prompt",
    "duty_prompt",
    "follow_prompt",
    "follow_ups_for",
    "law_prompt",
]
