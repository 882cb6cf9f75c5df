"""What a session's CPT code does when its length is corrected: an individual psychotherapy
session's code follows the CPT time rule (domain/appointments.CPT_TIME_RULE: 16-37 minutes
90832, 38-52 90834, 53 or more 90837) while it is the code that rule gave for the length before;
a code the therapist chose otherwise stays and the rule's code is said beside it; and on a
session already billed the code never moves by itself, as a billed session's details are
corrected only by hand today (services/sessions.update_session refuses no correction).

Pure: the sessions service, the Session details window and the progress note's session box
(and the note's autosave: code_to_keep) all ask it. Found: "Correct session
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


def code_for_length(code: str, minutes: int, *, individual: bool, is_billed: bool) -> CodeOnLength:
    """A recorded code beside its recorded length, as a window opens on them (found: 10 minutes
    kept with 90837, and nothing said): `hand_set` where it is not the time rule's code (it stays,
    the rule's may be taken), `billed` where the session is billed (it stays, said only). An empty
    code is no disagreement: none was recorded (a no-charge visit, a code to come)."""
    held = code.strip().upper()
    if not individual or not held:
        return CodeOnLength("none")
    now = cpt_for_minutes(minutes) or ""
    if held == now:
        return CodeOnLength("none")
    return CodeOnLength("billed" if is_billed else "hand_set", now)


def code_to_keep(recorded: str, sent: str | None, *, is_billed: bool, by_hand: bool) -> str | None:
    """The code a progress note's autosave may store on its session: the one the note sends,
    unless the session is billed and the therapist did not set that code by hand (a code that
    came with a corrected length or modality is not stored over the billed one). None: as sent."""
    if is_billed and not by_hand and (sent or "").strip().upper() != recorded.strip().upper():
        return recorded
    return sent


__all__ = ["BAND_WORDS", "BILLED_MARKS", "CITATION", "CodeOnLength", "Outcome", "billed", "code_for_length",
           "code_on_length", "code_to_keep", "individual_psychotherapy"]
