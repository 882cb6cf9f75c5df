"""What a session's CPT code does when its length is corrected: an individual psychotherapy
session's code follows the CPT time rule (domain/appointments.CPT_TIME_RULE: 16-37 minutes
90832, 38-52 90834, 53 or more 90837) while it is the code that rule gave for the length before;
a code the therapist chose otherwise stays and the rule's code is said beside it; and on a
session already billed the code never moves by itself, as a billed session's details are
corrected only by hand today (services/sessions.update_session refuses no correction).

Pure: the sessions service and the Session details window both ask it. Found: "Correct session
details…" took a 53-minute session to 45 minutes and kept 90837 (a 38-52 minute session is
reported as 90834; CMS, MLN "Medicare & Mental Health")."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

from vault_app.domain.appointments import CPT_TIME_RULE, CPT_TIME_RULE_CITATION, cpt_for_minutes

CITATION: Final = CPT_TIME_RULE_CITATION

# A session is billed once an issued superbill or statement lists it (domain/billing.billed_on),
# or once the therapist marked it so: "billed" (a claim went out), "paid", "denied" (answered).
# Its code is on a bill the client or the payer holds: a correction of its length does not
# move the code by itself, the therapist corrects it with the bill.
BILLED_MARKS: Final = frozenset({"billed", "paid", "denied"})

# Each code's band as said beside it (the rule's own words, domain/appointments.CPT_TIME_RULE).
BAND_WORDS: Final = {code: f"{low} to {high} minutes" if high is not None else f"{low} minutes or more"
                     for low, high, code in CPT_TIME_RULE}

Outcome = Literal["none", "follows", "hand_set", "billed"]


@dataclass(frozen=True)
class CodeOnLength:
    """`follows`: `proposed` replaces the code; `hand_set`/`billed`: the code stays and
    `proposed` is the time rule's code, to be said; `none`: nothing to do or say."""
    outcome: Outcome
    proposed: str = ""  # "" under 16 minutes: no psychotherapy code is reported


def individual_psychotherapy(modality: str, service_type: str) -> bool:
    return modality == "individual" and service_type == "psychotherapy"


def billed(mark: str, listed_on_issued: bool) -> bool:
    """A session is billed: an issued superbill or statement lists it, or its mark says so."""
    return listed_on_issued or mark in BILLED_MARKS


def code_on_length(code: str, before: int, after: int, *, individual: bool, is_billed: bool) -> CodeOnLength:
    """The session's `code` when its length goes from `before` to `after` minutes. `individual`:
    an individual psychotherapy session (couple, family, group, intake, crisis codes are not
    chosen by this rule)."""
    if not individual:
        return CodeOnLength("none")
    was, now = cpt_for_minutes(before) or "", cpt_for_minutes(after) or ""
    held = code.strip().upper()
    if was == now or held == now:
        return CodeOnLength("none")
    if is_billed:
        return CodeOnLength("billed", now)
    if held == was:
        return CodeOnLength("follows", now)
    return CodeOnLength("hand_set", now)


__all__ = ["BAND_WORDS", "BILLED_MARKS", "CITATION", "CodeOnLength", "Outcome", "billed", "code_on_length",
           "individual_psychotherapy"]
