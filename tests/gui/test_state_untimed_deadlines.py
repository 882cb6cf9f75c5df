"""New York's copies are due "within a reasonable time" (N.Y. Public Health Law 18(2)(d)), no
number of days (found by a walker: the request said only the 10 days to inspect). The rule is
data with its citation, said beside the due date and never counted into it; and, the section's
own text not being in the seeds, the safer rule stands: an extension past the 10 days is still
refused for every New York access request. Table-driven, both sides."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QApplication

from vault_app.domain.deadlines import due_date, rule_for
from vault_app.domain.state_deadlines import deadline_for, extension_refusal, untimed_rules
from vault_app.gui.dates import show_deadline
from vault_app.gui.request_due_words import access_rules, long_words

pytestmark = pytest.mark.gui

RECEIVED = date(2026, 12, 1)
FEDERAL = due_date("access", RECEIVED)

# (license state, kind, the untimed rules' (what, citation))
UNTIMED_ROWS: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("NY", "access", [("copy", "N.Y. Public Health Law 18(2)(d)")]),
    (" ny", "access", [("copy", "N.Y. Public Health Law 18(2)(d)")]),
    ("NY", "amendment", []),  # an access deadline only
    ("CA", "access", []),  # California's copies have a number: 15 days
    ("TX", "access", []),
    ("", "access", []),
]


@pytest.mark.parametrize(("state", "kind", "expected"), UNTIMED_ROWS)
def test_a_deadline_without_days_is_known_as_data_with_its_citation(
        state: str, kind: str, expected: list[tuple[str, str]]) -> None:
    assert [(r.what, r.citation) for r in untimed_rules(state, kind)] == expected
    due = rule_for(kind).days
    d = deadline_for(kind, RECEIVED, RECEIVED + timedelta(days=due), state)
    assert [(r.what, r.citation) for r in d.untimed] == expected


def test_new_yorks_copies_never_move_the_due_date() -> None:
    d = deadline_for("access", RECEIVED, FEDERAL, "NY")
    assert d.set_by == "state" and d.day == RECEIVED + timedelta(days=10) and d.citation.endswith("18(2)(a)")


# (state, extension's new day, refused): the safer rule kept for New York (text not in the seeds).
EXTENSION_ROWS: list[tuple[str, date, bool]] = [
    ("NY", RECEIVED + timedelta(days=10), False),
    ("NY", RECEIVED + timedelta(days=11), True),
    ("NY", FEDERAL + timedelta(days=30), True),
    ("TX", FEDERAL + timedelta(days=30), False),
]


@pytest.mark.parametrize(("state", "new_due", "refused"), EXTENSION_ROWS)
def test_the_safer_rule_stands_for_a_request_that_may_be_only_for_copies(
        state: str, new_due: date, refused: bool) -> None:
    assert (extension_refusal(state, "access", RECEIVED, new_due) is not None) == refused


@pytest.mark.parametrize(("state", "said", "not_said"), [
    ("NY", "copies within a reasonable time (N.Y. Public Health Law 18(2)(d))", ""),
    ("CA", "copies within 15 days", "reasonable time"),
    ("TX", "", "reasonable time"),
])
def test_the_request_says_new_yorks_copies_in_words(qapp: QApplication, state: str, said: str,
                                                     not_said: str) -> None:
    rules = access_rules(state, cited=True)
    lines = "\n".join(long_words(deadline_for("access", RECEIVED, FEDERAL, state)))
    assert said in rules
    if not_said:
        assert not_said not in rules and not_said not in lines
    if state == "NY":
        assert (f"Also copies within a reasonable time (N.Y. Public Health Law 18(2)(d)), no number of days: no "
                f"later than HIPAA's date, {show_deadline(FEDERAL)}.") in lines
        assert "whether the client asked to inspect or for copies" in lines
