"""Why the gate refuses an authorization whose signer the chart's facts, changed since it was recorded, no
longer let stand: the minor's own signature once the chart says a parent consented to the care (45 CFR
164.502(g)(3); 164.508(c)(1)(vi)), a parent's once a confidentiality agreement dated by the signing day
is recorded (164.502(g)(3)(i)(C)), or a representative who, by the facts as now recorded, held no
authority on the signing day (the minor consented to the care, the client was of age, their recorded
dates, your decision not to treat them as representative), or a parent's Part 2 consent on a day the minor
could obtain the treatment alone (42 CFR 2.14(a)), or an executor's or administrator's on a day the chart
records the client alive (164.502(g)(4)), or a foster parent's or a vaguely described representative's
typed in for a minor (164.502(g)(3); 164.508(c)(1)(vi)). Keyed by the rule of domain/who_acts (or
typed_signer) that refuses the signer now; each reason says the form is kept (nothing is deleted) and who
may sign a new one."""

from __future__ import annotations

from dataclasses import dataclass

from vault_app.domain.errors import Problem, said


@dataclass(frozen=True)
class StaleReason:
    code: str
    citation: str
    message: str  # {id}: the authorization's id; {day}: its signing day, as the practice writes dates


_MINOR_REPRESENTED = StaleReason(
    "disclosure.signer_minor_represented", "45 CFR 164.502(g)(1), (g)(3); 164.508(c)(1)(vi)",
    "Authorization {id} was signed on {day} by the client, then a minor whose personal representative signs for "
    "them as the chart now records it (45 CFR 164.502(g)(1), (g)(3); 164.508(c)(1)(vi)): the minor's own signature "
    "does not stand. It stays on the chart; the representative may sign a new one.",
)
_PARENT_CONSENTED = StaleReason(
    "disclosure.signer_parent_consented", "45 CFR 164.502(g)(3); 164.508(c)(1)(vi)",
    "Authorization {id} was signed on {day} by the client, then a minor; the chart now records that a parent or "
    "guardian consented to their care, so for that care the parent or guardian signs (45 CFR 164.502(g)(3); "
    "164.508(c)(1)(vi)): the minor's own signature does not stand. It stays on the chart; the parent or guardian "
    "may sign a new one.",
)
_CONFIDENTIAL_CARE = StaleReason(
    "disclosure.signer_confidential_care", "45 CFR 164.502(g)(3)(i)(C)",
    "Authorization {id} was signed on {day} by a parent or guardian; the chart records their agreement, dated by "
    "then, to a confidential relationship between you and the minor about this care, so for it the minor, not the "
    "parent, authorizes (45 CFR 164.502(g)(3)(i)(C)). It stays on the chart; the minor may sign a new one.",
)
# A parent's (or a representative's) signature that the chart's facts, corrected since the form was recorded,
# show held no authority ON THE SIGNING DAY (the recording checked the facts as they then stood): the form
# was never valid (164.508(c)(1)(vi)). Authority that ended after the signing is not here: the form stands
# until it expires or is revoked (164.508(b)(5)); the rules are asked of the signing day only. Found by a
# walker: a parent's form stood after the chart said the minor had consented to her own care, and after the
# date of birth was corrected to make the signing day the eighteenth birthday.
_MINOR_CONSENTED = StaleReason(
    "disclosure.signer_minor_consented", "45 CFR 164.502(g)(3)(i); 164.508(c)(1)(vi)",
    "Authorization {id} was signed on {day} by a parent or guardian; the chart now records that the client, then "
    "a minor, consented to their own care, so for that care the minor, not the parent, exercises the rights (45 "
    "CFR 164.502(g)(3)(i); 164.508(c)(1)(vi)): the parent's signature does not stand. It stays on the chart; the "
    "client may sign a new one.",
)
_PAST_MAJORITY = StaleReason(
    "disclosure.signer_past_majority", "45 CFR 164.502(g)(2)-(3); 164.508(c)(1)(vi)",
    "Authorization {id} was signed on {day} by a parent or guardian; by the date of birth the chart now records, "
    "the client had reached the age of majority by that day, when a parent's or a minor's guardian's authority "
    "ends (45 CFR 164.502(g)(2)-(3); 164.508(c)(1)(vi)): the signature does not stand. It stays on the chart; the "
    "client may sign a new one.",
)
_OUT_OF_DATES = StaleReason(
    "disclosure.signer_out_of_dates", "45 CFR 164.502(g); 164.508(c)(1)(vi)",
    "Authorization {id} was signed on {day} by a personal representative whose authority, by the dates the chart "
    "now records, did not hold on that day (45 CFR 164.502(g); 164.508(c)(1)(vi)): the signature does not stand. "
    "It stays on the chart; whoever may sign for the client now may sign a new one.",
)
_DECLINED = StaleReason(
    "disclosure.signer_declined", "45 CFR 164.502(g)(5); 164.508(c)(1)(vi)",
    "Authorization {id} was signed on {day} by a person the chart records you had decided, by that day, not to "
    "treat as the client's personal representative (45 CFR 164.502(g)(5)): the signature does not stand. It "
    "stays on the chart; whoever may sign for the client now may sign a new one.",
)
# A parent's (or a typed representative's) signature on a Part 2 consent, on a day the minor could, by the
# practice's age of consent and the birth date as they now stand, obtain the treatment on their own: only
# the minor signs then (42 CFR 2.14(a)). Found: the age of consent lowered (a state's rule applied) or the
# birth date corrected left the parent's consent standing, where the HIPAA authorization's signer was asked again.
_MINOR_PART2 = StaleReason(
    "disclosure.signer_minor_part2", "42 CFR 2.14(a); 2.31(a)",
    "Part 2 consent {id} was signed on {day} by a parent or guardian; by your age of consent for treatment and "
    "the date of birth as the chart now records them, the client, then a minor, could obtain the treatment on "
    "their own that day, and then only the minor may sign a Part 2 consent (42 CFR 2.14(a)): the parent's "
    "signature does not stand. It stays on the chart; the client may sign a new one.",
)
# The same, where the state's substance-use rule sets no age (N.Y. MHL 22.11): the chart now records that the
# minor obtained the treatment without a parent's consent (domain/minor_consent_sud.py).
_MINOR_PART2_CHART = StaleReason(
    "disclosure.signer_minor_part2_chart", "42 CFR 2.14(a); 2.31(a)",
    "Part 2 consent {id} was signed on {day} by a parent or guardian; the chart now records that the client, then a "
    "minor, obtained the treatment without a parent's or guardian's consent, as your state's rule for substance-use "
    "treatment allows, and then only the minor may sign a Part 2 consent (42 CFR 2.14(a)): the parent's signature "
    "does not stand. It stays on the chart; the client may sign a new one.",
)
# An executor's or administrator's signature (typed in) on a day the chart, as it stands, records the client
# alive: a form recorded before such signers were refused (or under a date of death since taken back or moved
# past the signing day) passed the gate. The estate's representative acts only after the death.
_ESTATE_CLIENT_LIVING = StaleReason(
    "disclosure.signer_estate_client_living", "45 CFR 164.502(g)(4); 164.508(c)(1)(vi)",
    "Authorization {id} was signed on {day} by an executor or administrator; the chart records no death of the "
    "client on or before that day, and an executor or administrator acts for a deceased client's estate, not for "
    "a living client (45 CFR 164.502(g)(4); 164.508(c)(1)(vi)): the signature does not stand. It stays on the "
    "chart. If the client has died, record the date of death first; otherwise the client, or whoever may sign "
    "for them, may sign a new one.",
)
# A foster parent's, or an authority that says no relationship nor basis ("personal representative" alone),
# typed in for a minor: refused when recorded since these rules (domain/typed_signer "typed_foster_parent",
# "typed_minor_vague"); a form recorded before them still passed the gate, and released the child's records.
_FOSTER_PARENT = StaleReason(
    "disclosure.signer_foster_parent", "45 CFR 164.502(g)(3); 164.508(c)(1)(vi)",
    "Authorization {id} was signed on {day} by a foster parent, typed in: a foster parent generally does not hold "
    "the authority to sign a HIPAA authorization for a child (45 CFR 164.502(g)(3); 164.508(c)(1)(vi)), so the "
    "signature does not stand. It stays on the chart. If a court order or guardianship gave them that authority, "
    "record them with it under Guardians… and have them sign a new one; otherwise whoever holds the authority may.",
)
_MINOR_VAGUE = StaleReason(
    "disclosure.signer_minor_vague", "45 CFR 164.502(g)(3); 164.508(c)(1)(vi)",
    "Authorization {id} was signed on {day} for a minor by a representative typed in whose authority, as the form "
    "gives it, says neither who they are to the client nor on what basis they act (45 CFR 164.502(g)(3); "
    "164.508(c)(1)(vi)): the signature does not stand. It stays on the chart; a parent or guardian may sign a new "
    "one, their authority described.",
)
# The rule that refuses the signer now -> the gate's reason.
STALE_REASONS: dict[str, StaleReason] = {
    "minor_represented_signature": _MINOR_REPRESENTED,
    "parent_consented_signature": _PARENT_CONSENTED,
    "parent_consented_signature_unrecorded": _PARENT_CONSENTED,
    "confidential_care_agreement": _CONFIDENTIAL_CARE,
    "typed_confidential_care": _CONFIDENTIAL_CARE,
    "minor_consented_care": _MINOR_CONSENTED,
    "typed_minor_consents": _MINOR_CONSENTED,
    "parent_past_majority": _PAST_MAJORITY,
    "typed_parent_of_adult": _PAST_MAJORITY,
    "authority_ended": _OUT_OF_DATES,
    "not_yet_in_force": _OUT_OF_DATES,
    "declined": _DECLINED,
    "minor_part2_consent": _MINOR_PART2,
    "typed_minor_part2": _MINOR_PART2,
    "minor_part2_obtained_alone": _MINOR_PART2_CHART,
    "typed_minor_part2_alone": _MINOR_PART2_CHART,
    "typed_estate_client_living": _ESTATE_CLIENT_LIVING,
    "typed_foster_parent": _FOSTER_PARENT,
    "typed_minor_vague": _MINOR_VAGUE,
}


def stale_reason(rule_code: str, authorization_id: str, day: str) -> Problem:
    """The gate's reason for the rule `rule_code` refusing the signer of `authorization_id`, signed on `day`."""
    found = STALE_REASONS[rule_code]
    return said(found.code, found.message.format(id=authorization_id, day=day), id=authorization_id, day=day)


__all__ = ["STALE_REASONS", "StaleReason", "stale_reason"]
