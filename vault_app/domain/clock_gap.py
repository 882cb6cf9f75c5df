"""A destruction on retention grounds decided by a clock that may be wrong (found by a walker): with the
laptop's clock years ahead, a minor's chart to be kept until 2033 was listed eligible and destroyed
"after the retention period ended", and its certificate dated 2034. Nothing on one computer can prove
the clock right; what the vault can show is the jump: the record before now is of long ago, and the
chart became eligible in between. Then the clock is the only thing that says the chart is due, and the
therapist is asked to check it (a practice opening its vault once a year is asked too: that is honest).
A clock a month ahead (a date typed by hand, a month's slip) was not asked about while the threshold was a
year, and a chart was destroyed on retention grounds weeks before it was due (found by a walker): the
threshold is a week, longer than a weekend or a holiday without a record, shorter than the usual slip.

The period a retention schedule runs for is the law's (45 CFR 164.530(j) for HIPAA's own records; the
state's rule for the chart, domain/retention.py); this rule only says when "today" must be checked
before that period is taken as ended."""

from __future__ import annotations

from datetime import date

# More than a week with nothing recorded, then a chart due inside that week: the clock is asked about.
GAP_DAYS = 7


def eligible_in_gap(today: date, record_before: date | None, eligible_on: date | None,
                    gap_days: int = GAP_DAYS) -> bool:
    """Whether the chart became eligible (`eligible_on`) only after the vault's record before this jump of
    the clock (`record_before`), with more than `gap_days` between that record and `today`."""
    if record_before is None or eligible_on is None:
        return False
    return (today - record_before).days > gap_days and record_before < eligible_on <= today


def ended_in_gap(today: date, record_before: date | None, ends_on: date | None,
                 gap_days: int = GAP_DAYS) -> bool:
    """Whether a period whose last day is `ends_on` ended only in the clock's jump: still running on the
    vault's record before the jump (`record_before`), over by `today`, with more than `gap_days` between.
    An agency's suspension of a client's accounting of disclosures (45 CFR 164.528(a)(2)(i)) withholds its
    disclosures "for the time specified" (found by a walker: on a clock a month ahead, the accounting handed
    the client the State Board's disclosure while its suspension was in force by the vault's own record)."""
    if record_before is None or ends_on is None:
        return False
    return (today - record_before).days > gap_days and record_before <= ends_on < today


__all__ = ["GAP_DAYS", "eligible_in_gap", "ended_in_gap"]
