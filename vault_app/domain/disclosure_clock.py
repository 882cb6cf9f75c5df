"""A disclosure made now while this computer's clock is behind the vault's own record (found by a walker:
with the laptop's clock set back 17 days, an authorization that had expired a week before was "valid" in
the export wizard and on the command line, and the export went out and was logged, while the unlock said in
the same minute that the clock was behind).

An authorization stands until its expiration date or event (45 CFR 164.508(b)(2)(i); its core element
164.508(c)(1)(v)), and a parent's authority as personal representative ends when the client comes of age
(164.502(g)): the gate judges both on the day of the disclosure, which one computer knows only from its
clock. The vault knows a day it has certainly reached: its last record's. A disclosure made now is judged
on that day too when it is later, and refused when that day refuses it: a clock set back (a flat clock
battery, a date set by hand) cannot revive an expired form. When the clock is right and the record was
written while it ran ahead, the refusal says so and what to check. A disclosure recorded by hand is judged
on the day it was made, which the therapist gives: not here. A confidentiality decision's disclosure is
recorded as manual too, but when the decision gives no day it is made now, on the clock's day, and judged
as any disclosure made now (found by a walker: it escaped this rule).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from vault_app.domain.disclosure import DisclosureRequest, Verdict
from vault_app.domain.errors import Problem, said

CITATION = "45 CFR 164.508(b)(2)"


def judged_again_on(on: date, recorded: date | None, *, manual: bool) -> date | None:
    """The vault's last record's day when a disclosure made now (not `manual`) on `on`, this computer's
    day, must be judged on it too: it is later than `on`. None otherwise."""
    if manual or recorded is None or recorded <= on:
        return None
    return recorded


def on_its_own_day(request: DisclosureRequest) -> bool:
    """Whether `request` is judged on its own day alone: recorded by hand on a day the therapist gave,
    not made now on this computer's clock's day."""
    return request.manual and not request.made_now


def behind_record(today: str, day: str) -> Problem:
    """The refusal's first sentence: both days as the practice writes them."""
    return said("clock.behind_record",
                f"This computer's clock says {today}, before this vault's last record (of {day}), and on that day "
                f"this disclosure is refused ({CITATION}): if the clock is wrong, set it right.", today=today, day=day)


def stricter(now: Verdict, then: Verdict, clock: Problem) -> Verdict:
    """The verdict on this computer's day (`now`), unless it allows what the record's day (`then`)
    refuses: then that refusal, the clock said first, with its own hint."""
    if not now.allowed or then.allowed:
        return now
    return replace(then, reasons=(clock, *then.reasons))


__all__ = ["CITATION", "behind_record", "judged_again_on", "on_its_own_day", "stricter"]
