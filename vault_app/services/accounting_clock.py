"""An accounting of disclosures made while an agency's suspension of it has ended by this computer's clock
alone (found by a walker): with the laptop's clock a month ahead, the accounting listed the State Board's
disclosure for the client while the Board's suspension (45 CFR 164.528(a)(2)(i)) was still in force by the
vault's own record. The vault cannot prove the clock right; it can show the jump (domain/clock_gap.py): its
record before now is of more than a week ago, and the suspension's end lies in between. Then the accounting
is not made until the therapist says the clock is right (as a retention destruction asks)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from vault_app.domain import clock_gap, locale_format
from vault_app.domain.accounting import Suspension
from vault_app.domain.disclosure import DisclosureRecord
from vault_app.domain.errors import RefusedByPolicy
from vault_app.services import clock_behind, practice
from vault_app.services.vault import Vault

CITATION = "45 CFR 164.528(a)(2)(i)"
CODE = "accounting.suspension_clock_jumped"


def ended_by_the_clock(vault: Vault, suspensions: Iterable[Suspension], records: Iterable[DisclosureRecord],
                       now: datetime | None = None) -> tuple[Suspension, str, str] | None:
    """The first suspension that withheld one of `records` on its last day and ended only in the clock's jump,
    with this computer's day and the vault's record before the jump (ISO days); None when there is none."""
    now = now or datetime.now(UTC)
    held = list(suspensions)
    before = clock_behind.record_before_jump(vault, now) if held else None
    if before is None:
        return None
    day, today = locale_format.on_the_clock(before).date(), locale_format.on_the_clock(now).date()
    shown = list(records)
    for s in held:
        if clock_gap.ended_in_gap(today, day, s.ends_on) and any(s.hides(r, s.ends_on) for r in shown):
            return s, today.isoformat(), day.isoformat()
    return None


def refuse_on_a_jumped_clock(vault: Vault, suspensions: Iterable[Suspension],
                             records: Iterable[DisclosureRecord]) -> None:
    """Refused, nothing written or logged, when an agency's suspension ended only by the clock's word."""
    found = ended_by_the_clock(vault, suspensions, records)
    if found is None:
        return
    s, today, day = found
    tag = practice.printing_locale(vault)
    params = {"today": locale_format.date_text(today, tag), "day": locale_format.date_text(day, tag),
              "agency": s.agency, "ends": locale_format.date_text(s.ends_on.isoformat(), tag)}
    raise RefusedByPolicy(
        f"This computer's clock says {params['today']}, more than a week after this vault's record before today "
        f"(of {params['day']}), and the suspension of this client's accounting asked by {s.agency} ended in between "
        f"(on {params['ends']}): only the clock says it has ended, and the accounting would show that agency's "
        "disclosures while its suspension may still be in force (45 CFR 164.528(a)(2)(i)). If the clock is wrong, "
        "set it right first.",
        code="accounting.suspension_clock_jumped", params=params,
        hint="If it is right, run the command again with --clock-is-right.")


__all__ = ["CITATION", "CODE", "ended_by_the_clock", "refuse_on_a_jumped_clock"]
