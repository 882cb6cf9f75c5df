"""Counts on screen in their form: "1 day overdue", "3 days left", never "(s)". Found by helpers
walking the real app: English has no translator to choose a form, so "%n day(s)" showed as typed."""

from __future__ import annotations

import pytest

from vault_app.domain.worklist import WorkItem
from vault_app.gui.worklist import describe

# (section, days, what the "how long" column says)
WORKLIST_ROWS = [
    ("measures_due", -1, "1 day overdue"),
    ("measures_due", -3, "3 days overdue"),
    ("measures_due", 0, "due today"),
    ("requests_due", 1, "1 day left"),
    ("requests_due", 12, "12 days left"),
    ("requests_due", -1, "1 day overdue"),
    ("authorizations_expiring", 2, "2 days left"),
    ("notes_to_sign", 1, "1 day ago"),
    ("notes_to_sign", 5, "5 days ago"),
    ("notes_to_sign", 0, "today"),
]


@pytest.mark.parametrize(("section", "days", "said"), WORKLIST_ROWS)
def test_the_worklist_counts_days_in_their_form(qapp: object, section: str, days: int, said: str) -> None:
    item = WorkItem(section, "note", "n1", "c1", "1001", "2026-12-01", days, "Progress")
    assert describe(item)[3] == said
