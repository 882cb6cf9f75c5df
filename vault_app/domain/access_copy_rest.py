"""The copy of the rest of an access request denied in part leaves out what was denied
(45 CFR 164.524(d)(1)).

A practice that denies part of a request must still give the rest, "after excluding the
protected health information as to which the covered entity has a ground to deny". The copy's
window chose only kinds of record and dates, and the copy of the rest held every note,
the denied one with them (found in the real app). The denial's words are free text ("the
10/12/2026 note naming the client's brother"), so what they name cannot be found by the app:
the therapist leaves those items out by hand, and no copy of the rest is made until they
confirm they have. What was left out is recorded (by id, never by its text).
"""

from __future__ import annotations

from collections.abc import Iterable

from vault_app.domain.errors import InvalidInput, RefusedByPolicy

CITATION = "45 CFR 164.524(d)(1)"


def left_out_of_rest(*, confirmed: bool, leave_out: Iterable[str], items: Iterable[str]) -> tuple[str, ...]:
    """The ids `leave_out` names, in the order of `items` (what the copy would carry without
    them), once the therapist confirmed the denied part is left out. Refused without that
    confirmation, and for an id the copy would not carry (a mistyped id would leave the denied
    item in the copy, unnoticed)."""
    wanted = tuple(dict.fromkeys(leave_out))
    carried = tuple(items)
    unknown = [i for i in wanted if i not in carried]
    if unknown:
        raise InvalidInput(
            f"{len(unknown)} of the items to leave out are not in this copy (not of this chart, of the kinds "
            "chosen, or in the dates).",
            hint="List the chart's notes with 'vault-app note list --client ID'.",
            code="access_copy.leave_out_unknown", field="leave_out", params={"count": len(unknown)})
    if not confirmed:
        raise RefusedByPolicy(
            f"The copy of the rest must leave out what was denied ({CITATION}); confirm that it does.",
            hint="Leave out each item that was denied (--leave-out NOTE_ID), then confirm with --denied-left-out.",
            code="access_copy.denied_not_confirmed", field="denied_left_out")
    return tuple(i for i in carried if i in wanted)


__all__ = ["CITATION", "left_out_of_rest"]
