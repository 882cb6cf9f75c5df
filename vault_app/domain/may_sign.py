"""Whether a recorded representative's signature on an authorization stands today, as one answer the
Guardians window, `guardian list` and `client show` each say in their own words (found by a walker:
after the minor's own consent to her care was recorded, the window said "no" and the command line
still said the mother "may sign authorizations").

It asks the rules that refuse the signature (domain/representatives.py), never restates them: the
representative's standing (their recorded dates, a decline, the law's end at majority) and, for a
minor, who consented to the care (164.502(g)(3)(i): "minor_consented_care") and a parent's agreement to
a confidential relationship about it (164.502(g)(3)(i)(C): "confidential_care_agreement", counted from
its day as domain/who_acts.confidential_care_on counts it for the refusal; found by a walker: the window
said "May sign: yes" and the command line "may sign authorizations" beside that refusal); a parent's
signature for a minor old enough to consent whose chart does not say who consented is the open question.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from vault_app.domain.decedent import authority_ended_by_death
from vault_app.domain.representatives import PARENTAL, RepFacts, Standing, care_consent_open, refusal
from vault_app.domain.who_acts import ClientFacts, confidential_care_on

MaySign = Literal["no", "foster_no_order", "minor_consents", "confidential_care", "open", "yes", "declined",
                  "not_yet", "ended", "ended_at_death"]
# The refusals of the chart's consent facts, by the answer each gives.
_BY_RULE: dict[str, MaySign] = {"minor_consented_care": "minor_consents",
                                "confidential_care_agreement": "confidential_care"}


def may_sign(found: Standing | None, *, may_authorize: bool, authority: str, age: int | None,
             age_of_consent: int | None, age_of_majority: int | None, care_consented_by: str,
             confidentiality_agreed_on: date | None, on: date, died_on: date | None = None,
             foster_no_order: bool = False) -> MaySign:
    """`found`: the representative's standing on `on`, today (None: not known yet, said as "yes");
    `age` the client's then (None: no date of birth); the ages None while the practice's are unread.

    "no": recorded as not allowed to sign; "foster_no_order": a foster parent recorded as allowed to sign with
    no court order attached (`foster_no_order`: representatives' "foster_without_order"); "minor_consents": the
    chart says the minor consented to their own care; "confidential_care": a parent's agreement to
    confidential care is recorded, dated by `on`; "open": a parent of a minor old enough to consent, who
    consented not recorded;
    "declined", "not_yet", "ended": their standing; "ended_at_death": an authority the client's recorded
    death ended (45 CFR 164.502(g)(4), domain/decedent.py); else "yes"."""
    if not may_authorize:
        return "no"
    if foster_no_order:
        return "foster_no_order"
    if authority_ended_by_death(authority, died_on, on):
        return "ended_at_death"
    if found is not None and found.why is None and age_of_consent is not None and age_of_majority is not None:
        client = ClientFacts(age, age_of_majority, age_of_consent, care_consented_by=care_consented_by,
                             confidentiality_agreed_on=confidentiality_agreed_on)
        said = refusal(RepFacts(authority, age, age_of_majority, age_of_consent, "sign_authorization",
                                care_consented_by=care_consented_by,
                                confidential_care=confidential_care_on(client, on)))
        if said is not None and said.code in _BY_RULE:
            return _BY_RULE[said.code]
        if authority in PARENTAL and care_consent_open(age, age_of_consent, age_of_majority, care_consented_by):
            return "open"
    if found is None or found.why is None:
        return "yes"
    if found.why in ("declined", "not_yet"):
        return found.why
    return "ended"


__all__ = ["MaySign", "may_sign"]
