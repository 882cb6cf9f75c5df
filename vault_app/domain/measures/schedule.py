"""When an outcome measure is due again: the rule as data and one pure function.

Measurement-based care repeats a symptom measure at least monthly while a client is in
treatment ("monthly or more often": Fortney JC, Unützer J, Wrenn G, et al. A tipping point
for measurement-based care. Psychiatric Services. 2017;68(2):179-188). The worklist uses
this to list, for each client, the instruments they have taken before whose last result
has aged past its interval. Nothing is due for a client who never took the instrument
(starting one is a clinical choice, not a reminder), for a client who is not active, or
when no session has been held since the last result (nothing new to measure).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

CITATION = ("Fortney JC, Unützer J, Wrenn G, et al. A tipping point for measurement-based care. "
            "Psychiatric Services. 2017;68(2):179-188 (repeat measures \"monthly or more often\").")

# Days between two administrations, by instrument key. An instrument not listed here is
# never reported as due (an added instrument gets an interval only when someone decides one).
DEFAULT_INTERVAL_DAYS: dict[str, int] = {
    "phq9": 28,  # every 4 weeks
    "gad7": 28,  # every 4 weeks
}


@dataclass(frozen=True)
class MeasureDue:
    client_id: str
    instrument: str
    last_taken: date
    due_on: date

    def days_overdue(self, today: date) -> int:
        return (today - self.due_on).days


def measure_due(
    client_id: str,
    instrument: str,
    *,
    last_taken: date,
    last_session: date | None,
    client_status: str,
    today: date,
    intervals: dict[str, int] | None = None,
) -> MeasureDue | None:
    """The instrument is due from the day its last result is `interval` days old, for an
    active client with a session held after that result (and not after today)."""
    interval = (DEFAULT_INTERVAL_DAYS if intervals is None else intervals).get(instrument)
    if interval is None or client_status != "active":
        return None
    if last_session is None or not last_taken < last_session <= today:
        return None
    due_on = last_taken + timedelta(days=interval)
    if today < due_on:
        return None
    return MeasureDue(client_id, instrument, last_taken, due_on)


__all__ = ["CITATION", "DEFAULT_INTERVAL_DAYS", "MeasureDue", "measure_due"]
