"""The gate's words for an authorization whose signer the chart, changed since, no longer lets stand
(domain/stale_signer.py): a book of gui/gate_words.py under its "GateWords" context, kept apart from
gui/refusal_words_gate.py (near its 500 lines). es.ts holds the Spanish."""

from __future__ import annotations

from collections.abc import Mapping

from vault_app.gui.i18n import QT_TRANSLATE_NOOP

SAYS: Mapping[str, str] = {
    "disclosure.signer_minor_represented": QT_TRANSLATE_NOOP(
        "GateWords", "Authorization {id} was signed on {day} by the client, then a minor whose personal "
                     "representative signs for them as the chart now records it (45 CFR 164.502(g)(1), (g)(3); "
                     "164.508(c)(1)(vi)): the minor's own signature does not stand. It stays on the chart; the "
                     "representative may sign a new one."),
    "disclosure.signer_parent_consented": QT_TRANSLATE_NOOP(
        "GateWords", "Authorization {id} was signed on {day} by the client, then a minor; the chart now records that "
                     "a parent or guardian consented to their care, so for that care the parent or guardian signs (45 "
                     "CFR 164.502(g)(3); 164.508(c)(1)(vi)): the minor's own signature does not stand. It stays on the "
                     "chart; the parent or guardian may sign a new one."),
    "disclosure.signer_confidential_care": QT_TRANSLATE_NOOP(
        "GateWords", "Authorization {id} was signed on {day} by a parent or guardian; the chart records their "
                     "agreement, dated by then, to a confidential relationship between you and the minor about this "
                     "care, so for it the minor, not the parent, authorizes (45 CFR 164.502(g)(3)(i)(C)). It stays on "
                     "the chart; the minor may sign a new one."),
    "disclosure.signer_minor_consented": QT_TRANSLATE_NOOP(
        "GateWords", "Authorization {id} was signed on {day} by a parent or guardian; the chart now records that the "
                     "client, then a minor, consented to their own care, so for that care the minor, not the parent, "
                     "exercises the rights (45 CFR 164.502(g)(3)(i); 164.508(c)(1)(vi)): the parent's signature does "
                     "not stand. It stays on the chart; the client may sign a new one."),
    "disclosure.signer_past_majority": QT_TRANSLATE_NOOP(
        "GateWords", "Authorization {id} was signed on {day} by a parent or guardian; by the date of birth the chart "
                     "now records, the client had reached the age of majority by that day, when a parent's or a "
                     "minor's guardian's authority ends (45 CFR 164.502(g)(2)-(3); 164.508(c)(1)(vi)): the signature "
                     "does not stand. It stays on the chart; the client may sign a new one."),
    "disclosure.signer_out_of_dates": QT_TRANSLATE_NOOP(
        "GateWords", "Authorization {id} was signed on {day} by a personal representative whose authority, by the "
                     "dates the chart now records, did not hold on that day (45 CFR 164.502(g); 164.508(c)(1)(vi)): "
                     "the signature does not stand. It stays on the chart; whoever may sign for the client now may "
                     "sign a new one."),
    "disclosure.signer_declined": QT_TRANSLATE_NOOP(
        "GateWords", "Authorization {id} was signed on {day} by a person the chart records you had decided, by that "
                     "day, not to treat as the client's personal representative (45 CFR 164.502(g)(5)): the signature "
                     "does not stand. It stays on the chart; whoever may sign for the client now may sign a new one."),
    "disclosure.signer_minor_part2": QT_TRANSLATE_NOOP(
        "GateWords", "Part 2 consent {id} was signed on {day} by a parent or guardian; by your age of consent for "
                     "treatment and the date of birth as the chart now records them, the client, then a minor, could "
                     "obtain the treatment on their own that day, and then only the minor may sign a Part 2 consent "
                     "(42 CFR 2.14(a)): the parent's signature does not stand. It stays on the chart; the client may "
                     "sign a new one."),
    "disclosure.signer_minor_part2_chart": QT_TRANSLATE_NOOP(
        "GateWords", "Part 2 consent {id} was signed on {day} by a parent or guardian; the chart now records that the "
                     "client, then a minor, obtained the treatment without a parent's or guardian's consent, as your "
                     "state's rule for substance-use treatment allows, and then only the minor may sign a Part 2 "
                     "consent (42 CFR 2.14(a)): the parent's signature does not stand. It stays on the chart; the "
                     "client may sign a new one."),
    "disclosure.signer_estate_client_living": QT_TRANSLATE_NOOP(
        "GateWords", "Authorization {id} was signed on {day} by an executor or administrator; the chart records no "
                     "death of the client on or before that day, and an executor or administrator acts for a deceased "
                     "client's estate, not for a living client (45 CFR 164.502(g)(4); 164.508(c)(1)(vi)): the "
                     "signature does not stand. It stays on the chart. If the client has died, record the date of "
                     "death first; otherwise the client, or whoever may sign for them, may sign a new one."),
    "disclosure.signer_foster_parent": QT_TRANSLATE_NOOP(
        "GateWords", "Authorization {id} was signed on {day} by a foster parent, typed in: a foster parent generally "
                     "does not hold the authority to sign a HIPAA authorization for a child (45 CFR 164.502(g)(3); "
                     "164.508(c)(1)(vi)), so the signature does not stand. It stays on the chart. If a court order or "
                     "guardianship gave them that authority, record them with it under Guardians… and have them sign "
                     "a new one; otherwise whoever holds the authority may."),
    "disclosure.signer_minor_vague": QT_TRANSLATE_NOOP(
        "GateWords", "Authorization {id} was signed on {day} for a minor by a representative typed in whose "
                     "authority, as the form gives it, says neither who they are to the client nor on what basis they "
                     "act (45 CFR 164.502(g)(3); 164.508(c)(1)(vi)): the signature does not stand. It stays on the "
                     "chart; a parent or guardian may sign a new one, their authority described."),
}

__all__ = ["SAYS"]
