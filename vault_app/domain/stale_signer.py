"""Why the gate refuses an authorization whose signer the chart's facts, changed since it was recorded, no
longer let stand: the minor's own signature once the chart says a parent consented to the care (45 CFR
164.502(g)(3); 164.508(c)(1)(vi)), or a parent's once a confidentiality agreement dated by the signing day
is recorded (164.502(g)(3)(i)(C)). Keyed by the rule of domain/who_acts (or typed_signer) that refuses the
signer now; each reason says the form is kept (nothing is deleted) and who may sign a new one."""

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
# The rule that refuses the signer now -> the gate's reason.
STALE_REASONS: dict[str, StaleReason] = {
    "minor_represented_signature": _MINOR_REPRESENTED,
    "parent_consented_signature": _PARENT_CONSENTED,
    "parent_consented_signature_unrecorded": _PARENT_CONSENTED,
    "confidential_care_agreement": _CONFIDENTIAL_CARE,
    "typed_confidential_care": _CONFIDENTIAL_CARE,
}


def stale_reason(rule_code: str, authorization_id: str, day: str) -> Problem:
    """The gate's reason for the rule `rule_code` refusing the signer of `authorization_id`, signed on `day`."""
    found = STALE_REASONS[rule_code]
    return said(found.code, found.message.format(id=authorization_id, day=day), id=authorization_id, day=day)


__all__ = ["STALE_REASONS", "StaleReason", "stale_reason"]
