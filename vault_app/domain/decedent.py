"""A client who died: who acts for them afterwards, and how long HIPAA protects the record.

Found by a walker: the app had no way to record a death; an "executor" was accepted for a living
client, and a health care agent's authority went on signing after the death.

- 45 CFR 164.502(g)(4): after an individual's death, an executor, administrator or other person with
  authority under law to act for the deceased individual or the estate is the personal representative.
  The authority of a health care agent, a guardian of the person or a parent was over the living
  person's health care decisions (164.502(g)(2)-(3)): it ends at the death. An authorization they
  signed before it stays as it was (nothing here reaches back); one dated after it is refused.
- 45 CFR 164.502(f): the Privacy Rule protects a deceased individual's health information for 50 years
  after the death; 45 CFR 160.103, "protected health information", paragraph (2)(iv), excludes it after
  that. State retention periods are separate and are never shortened by this.

Each authority a chart records (domain.clinical.GuardianAuthority) is one row of `AT_DEATH`; the tests
read the table, the allowed side and the refused side.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from vault_app.domain.errors import InvalidInput

DECEDENT_CITATION = "45 CFR 164.502(g)(4)"
PHI_YEARS_AFTER_DEATH = 50
PHI_CITATION = "45 CFR 164.502(f); 160.103 (protected health information, (2)(iv))"


@dataclass(frozen=True)
class AtDeath:
    authority: str  # domain.clinical.GuardianAuthority
    survives: bool  # may still act for the client after the death
    citation: str


# A recorded "personal representative" is the one the chart records as acting for the client or the estate:
# after the death, the executor or administrator. Every other authority was over the living person.
AT_DEATH: tuple[AtDeath, ...] = (
    AtDeath("personal_representative", True, "45 CFR 164.502(g)(4)"),
    AtDeath("health_care_agent", False, "45 CFR 164.502(g)(2), (g)(4)"),
    AtDeath("legal_guardian", False, "45 CFR 164.502(g)(2)-(4)"),
    AtDeath("parent", False, "45 CFR 164.502(g)(3)-(4)"),
    AtDeath("other", False, "45 CFR 164.502(g)(4)"),
)
_BY_AUTHORITY = {row.authority: row for row in AT_DEATH}


def dead_on(died_on: date | None, on: date) -> bool:
    """Whether the act of `on` came after the recorded death. The day of death itself counts as before
    it: a form signed that morning stands (nothing recorded says the hour)."""
    return died_on is not None and on > died_on


def authority_ended_by_death(authority: str, died_on: date | None, on: date) -> bool:
    """A recorded representative of this authority may no longer act on `on`: the client died before."""
    row = _BY_AUTHORITY.get(authority)
    return dead_on(died_on, on) and (row is None or not row.survives)


# A person not recorded in the chart who claims to be the executor or administrator (domain/claimed_authority):
# the claim holds only for a client recorded as deceased on the day the request was received.
EXECUTOR_CLIENT_LIVING = "request.executor_client_living"
EXECUTOR_CLIENT_LIVING_MESSAGE = (
    "The chart records no death of this client on or before the day the request was received: an executor or "
    "administrator acts for a deceased client's estate (45 CFR 164.502(g)(4)), not for a living client.")
EXECUTOR_CLIENT_LIVING_HINT = (
    "If the client has died, record the date of death first ('client update CLIENT --died-on "
    "YYYY-MM-DD'). Otherwise choose the authority the person really holds.")

# What the 50 years mean for a destruction, in the command line's words (the GUI says its own,
# gui/destruction_decedent.py). Neither 164.502(f) nor 160.103 asks to keep a record: they say how long
# the Privacy Rule covers it. When a chart may be destroyed is the state's retention rule's to say.
PHI_NOT_A_RETENTION = (
    "HIPAA protects a deceased client's records for 50 years after the death (45 CFR 164.502(f); 160.103): "
    "that is how long its privacy rules cover them, not a time the records must be kept. The state's "
    "retention rule (the retention period above) decides when a chart may be destroyed.")


CLIENT_SIGNED_AFTER_DEATH_MESSAGE = (
    "The chart records that the client died before the day this form was signed: the client cannot have signed "
    "it. After the death the executor or administrator signs for the client (45 CFR 164.502(g)(4)).")
CLIENT_SIGNED_AFTER_DEATH_HINT = (
    "Check the date signed, or the date of death. If the executor or administrator signed, record them as the "
    "client's personal representative and choose them as the signer.")


def executor_claim_questioned(claim: str, died_on: date | None, received: date) -> bool:
    """An "executor" claim for a client the chart does not record as deceased on or before `received`."""
    return claim == "executor" and (died_on is None or died_on > received)


def check_died_on(died_on: date | None, date_of_birth: date | None) -> None:
    if died_on is not None and date_of_birth is not None and died_on < date_of_birth:
        raise InvalidInput("The date of death is before the date of birth.", code="client.death_before_birth",
                           hint="Check both dates.", field="died_on")


# Who is given the password of a PDF made for the client (a statement, a superbill, a copy), told apart so
# the app never says "give the client the password" of a client who has died: after the death the
# executor or administrator of the estate acts for them (164.502(g)(4); found by a walker, wclose F8).
# A PDF addressed to a recorded representative goes to that one (after the death, the executor recorded).
PASSWORD_TO_CLIENT, PASSWORD_TO_GUARDIAN, PASSWORD_TO_ESTATE = "client", "guardian", "estate"


def password_to(to_guardian: bool, died_on: date | None, on: date) -> str:
    """Who is given the password of a PDF made on `on`: the guardian it is addressed to, else the
    client, or, the client dead by then, the estate's executor or administrator."""
    if to_guardian:
        return PASSWORD_TO_GUARDIAN
    # Unlike dead_on (a form signed that morning stands), a PDF made on the day of death is given after it.
    return PASSWORD_TO_ESTATE if died_on is not None and on >= died_on else PASSWORD_TO_CLIENT


def phi_protected_until(died_on: date) -> date:
    """The last day the Privacy Rule protects the decedent's health information (164.502(f): 50 years)."""
    try:
        return died_on.replace(year=died_on.year + PHI_YEARS_AFTER_DEATH)
    except ValueError:  # 29 February, fifty years on a common year
        return died_on.replace(year=died_on.year + PHI_YEARS_AFTER_DEATH, day=28)


__all__ = [
    "AT_DEATH",
    "CLIENT_SIGNED_AFTER_DEATH_HINT",
    "CLIENT_SIGNED_AFTER_DEATH_MESSAGE",
    "DECEDENT_CITATION",
    "EXECUTOR_CLIENT_LIVING",
    "EXECUTOR_CLIENT_LIVING_HINT",
    "EXECUTOR_CLIENT_LIVING_MESSAGE",
    "PASSWORD_TO_CLIENT",
    "PASSWORD_TO_ESTATE",
    "PASSWORD_TO_GUARDIAN",
    "PHI_CITATION",
    "PHI_NOT_A_RETENTION",
    "PHI_YEARS_AFTER_DEATH",
    "AtDeath",
    "authority_ended_by_death",
    "check_died_on",
    "dead_on",
    "executor_claim_questioned",
    "password_to",
    "phi_protected_until",
]
