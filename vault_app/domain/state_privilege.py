"""State privilege against a subpoena without a court order, and the jurisdiction a decision records.

Federal law permits a disclosure in answer to a subpoena with satisfactory assurances
(45 CFR 164.512(e)(1)(ii)), but a state law that is more stringent, that protects the records
more, governs over it (45 CFR 160.203(b), preemption). Many states' therapist-patient privilege
does: the records go out only with the client's written authorization or under a court order
signed by a judge. The export gate (domain/disclosure_gate.py) refuses a subpoena-only
release where the practice's license state is listed here, and elsewhere (no state set, or one
not listed) asks for the therapist's record that counsel advised the state's privilege does not
bar it (the evidence field COUNSEL_FIELD, never pre-ticked, kept with the disclosure).

Like the minors' consent presets (domain/minor_consent_presets.py), no entry's own statute text
was read on this machine: each is a starting point, not legal advice, and is to be checked
against the statute's own text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from vault_app.domain.errors import Problem, said
from vault_app.domain.jurisdiction_named import RULE_WORDS, applied_rules
from vault_app.domain.locale_format import DEFAULT_LOCALE, date_text
from vault_app.domain.practice import Jurisdiction
from vault_app.domain.us_states import LICENSE_STATE_NAMES

FEDERAL = "45 CFR 164.512(e)(1)(ii)"
PREEMPTION = "45 CFR 160.203(b)"
NOT_CHECKED = "not checked against the statute's own text"
# The subpoena basis's evidence field (domain/disclosure_basis.SPECS) that records counsel's advice.
COUNSEL_FIELD = "state_law_cleared"


@dataclass(frozen=True)
class StatePrivilege:
    state: str  # USPS code, as the license state is stored
    name: str
    citation: str
    rule: str  # what bars the release, in a clause that follows the state's name
    verified: bool  # True only when the sections' own text was read
    how_checked: str


SUBPOENA_PRIVILEGE: dict[str, StatePrivilege] = {
    "NY": StatePrivilege(
        "NY", "New York", "N.Y. CPLR 4507; CPLR 3122(a)",
        "the psychologist-patient privilege (CPLR 4507), and CPLR 3122(a): a subpoena duces tecum for medical "
        "records must come with the patient's written authorization, or the provider need not respond",
        False, "the project's brief and secondary summaries of New York law; the CPLR's own text was not read here"),
    "CA": StatePrivilege(
        "CA", "California", "Cal. Evid. Code 1014, 1015; Cal. Code Civ. Proc. 1985.3",
        "the psychotherapist-patient privilege (Evid. Code 1014), which the psychotherapist must claim (Evid. "
        "Code 1015); the consumer notice of Code Civ. Proc. 1985.3 does not waive it",
        False, "the project's brief and secondary summaries of California law; the codes' own text was not read "
        "here"),
}


def privilege_for(state: str) -> StatePrivilege | None:
    """The listed privilege barring a subpoena-only release in a license state, or None."""
    return SUBPOENA_PRIVILEGE.get(state.strip().upper())


def counsel_asked(state: str) -> bool:
    """Whether counsel's confirmation is asked (and counts): not where the state's bar is listed,
    which no advice lifts here; a form offering the tick there invited a tick that changed nothing."""
    return privilege_for(state) is None


def hold_advice(held_since: date | None, locale: str = DEFAULT_LOCALE) -> tuple[str, str]:
    """The refused subpoena's last sentence on keeping the chart, as (English, the day placed as the
    practice writes it, "" none): a legal hold advised, or, with one for a subpoena already in force
    (placed `held_since`), said so. The hint advised "Consider a legal hold" on a chart already held,
    naming a button the screen no longer showed (found by a walker); only the GUI corrected it, the
    command line not."""
    if held_since is None:
        return "Consider a legal hold on the chart (vault-app hold add).", ""
    day = date_text(held_since, locale)
    return (f"A legal hold for a subpoena is already in force on this chart (placed {day}): the chart is kept "
            "until the hold is released.", day)


def subpoena_state_refusals(state: str, evidence: Mapping[str, Any], *, joint: bool = False,
                            held_since: date | None = None,
                            locale: str = DEFAULT_LOCALE) -> tuple[list[Problem], Problem | None]:
    """What the practice's state says of a subpoena with satisfactory assurances and no court order:
    (reasons to refuse, hint). Listed state: refused, whatever counsel said (the list holds only
    states whose privilege bars it). Otherwise refused until counsel's advice is recorded.
    `joint`: a couple's or family's record, whose release needs each adult member's authorization
    (domain/disclosure_gate_authorization.check_joint), not "the client's". `held_since`: the day
    the chart's subpoena hold in force was placed, if one is (hold_advice)."""
    found = privilege_for(state)
    if found is not None:
        whose = "each adult member's" if joint else "the client's"
        keep, day = hold_advice(held_since, locale)
        words = (("Ask each adult member of the couple or family for a written authorization and export under them"
                  if joint else "Ask the client for a written authorization and export under it")
                 + " (--authorization ID), or, when a judge signs an order, export under the court-order basis with "
                 f"the order attached (--basis court_order). {keep}")
        # The codes written out whole: tests/gui/test_gate_words.py finds each said() code in the source.
        hint = (said("subpoena.state_privilege.hint.joint.held" if joint else "subpoena.state_privilege.hint.held",
                     words, day=day) if day
                else said("subpoena.state_privilege.hint.joint" if joint else "subpoena.state_privilege.hint", words))
        return [said(
            "subpoena.state_privilege.joint" if joint else "subpoena.state_privilege",
            f"{found.name} law bars releasing these records on a subpoena alone: {found.rule} ({found.citation}; "
            f"{NOT_CHECKED}). Federal law would permit it ({FEDERAL}), but the more stringent state law governs "
            f"({PREEMPTION}). Release them only with {whose} written authorization or under a court order "
            "signed by a judge.", state=found.name, citation=found.citation,
        )], hint
    if evidence.get(COUNSEL_FIELD) is True:
        return [], None
    code = state.strip().upper()
    federal = (f"Federal law permits a subpoena with satisfactory assurances ({FEDERAL}), but a more stringent state "
               f"law governs ({PREEMPTION}), and many states' therapist-patient privilege bars releasing records on a "
               "subpoena alone. ")
    instead = ("record that counsel advised your state's privilege does not bar this release, or release only "
               "with the client's written authorization or under a court order signed by a judge.")
    name = LICENSE_STATE_NAMES.get(code, code)
    reason = (said("subpoena.state_unknown", f"{federal}The app lists no privilege rule for {name}: {instead}",
                   state=name) if code
              else said("subpoena.state_unset", f"{federal}No license state is set in Settings: {instead}"))
    return [reason], said(
        "subpoena.state_counsel.hint",
        f"When counsel has advised it, add --counsel-cleared-state-law (or \"{COUNSEL_FIELD}\": true in the "
        "evidence file); it is kept with the disclosure.")


# --- the jurisdiction decisions record -------------------------------------------------------
def recorded_name(j: Jurisdiction, state: str) -> str:
    """The jurisdiction a decision records: the settings' own name when the therapist named them,
    else the license state (found: a New York practice's decisions recorded "US federal baseline
    (edit for your state)"). Read, not stored: Settings, the wizard and `practice update` all set
    the license state, and a name derived and saved at one of them went stale at the others."""
    code = state.strip().upper()
    if j.name != Jurisdiction().name or not code:
        return j.name
    # The state's presets applied without renaming the settings (found by a walker: California's minors',
    # retention and duty-to-protect rules applied, and the record said "federal baseline").
    rules = applied_rules(j, code)
    if rules:
        return APPLIED_NAME.format(state=LICENSE_STATE_NAMES.get(code, code),
                                   rules=", ".join(RULE_WORDS[r] for r in rules))
    return (f"{LICENSE_STATE_NAMES.get(code, code)} (the license state; jurisdiction settings not edited for it: "
            "federal baseline)")


# recorded_name's words where some of the license state's rules are applied (gui/decision_prompt_words says them).
APPLIED_NAME = "{state} (the license state): its rules applied: {rules}; other settings: federal baseline"


__all__ = ["APPLIED_NAME", "COUNSEL_FIELD", "FEDERAL", "NOT_CHECKED", "PREEMPTION", "SUBPOENA_PRIVILEGE",
           "StatePrivilege", "counsel_asked", "hold_advice", "privilege_for", "recorded_name",
           "subpoena_state_refusals"]
