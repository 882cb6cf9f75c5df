"""Which rule sets a request's due date, in the screen's words (domain/state_deadlines): the
license state's when it is earlier than HIPAA's, else HIPAA's, said to be federal only where the
app knows no rule of the state. Split from requests_dialog.py (near 500 lines); the Requests
list, the request window and the dashboard's tile share them. Citations are not translated:
they are what a reader looks up."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication

from vault_app.domain.deadlines import rule_for
from vault_app.domain.request_owing import COPY_OWED, NEEDS_REVIEW, status_said
from vault_app.domain.requests import ClientRequest
from vault_app.domain.state_deadlines import (
    Deadline,
    StateAccessRule,
    StateUntimedRule,
    extension_past_state,
    state_rules,
    untimed_rules,
)
from vault_app.gui import request_review_words
from vault_app.gui.chart_words import REQUEST_STATUS, shown
from vault_app.gui.dates import show_deadline


def short_rule(set_by: str, citation: str, state_known: bool) -> str:
    """A few words for a list's column or the dashboard: the state's citation, or HIPAA's."""
    if set_by == "state":
        return citation
    if state_known:
        return QCoreApplication.translate("RequestDueWords", "HIPAA (federal)")
    return QCoreApplication.translate("RequestDueWords", "HIPAA (federal; your state's may be shorter)")


def short_words(d: Deadline) -> str:
    return short_rule(d.set_by, d.citation, d.state_known)


def _rule(r: StateAccessRule) -> str:
    if r.what == "copy":
        return QCoreApplication.translate("RequestDueWords", "copies within {n} days").format(n=r.days)
    if r.working_days:
        return QCoreApplication.translate("RequestDueWords", "inspection within {n} working days").format(n=r.days)
    return QCoreApplication.translate("RequestDueWords", "inspection within {n} days").format(n=r.days)


def _untimed(r: StateUntimedRule) -> str:
    return QCoreApplication.translate("RequestDueWords", "copies within a reasonable time")


def access_rules(state: str, *, cited: bool = False) -> str:
    """The license state's deadlines for an access request that the app knows, in words
    ("inspection within 5 working days, copies within 15 days"), each with its citation when
    `cited`; "" when it knows none. Found: the Requests tab and the Kind list said HIPAA's 30 days
    while the due date shown was California's 5 working days. New York's copies, due "within a
    reasonable time", were not said at all (found by a walker)."""
    said = [(_rule(r), r.citation) for r in state_rules(state, "access")]
    said += [(_untimed(r), r.citation) for r in untimed_rules(state, "access")]
    return ", ".join(f"{words} ({citation})" if cited else words for words, citation in said)


def _asked(asked: str) -> str:
    words = {"inspect": QCoreApplication.translate("RequestDueWords", "The client asked to inspect the record."),
             "copies": QCoreApplication.translate("RequestDueWords", "The client asked for copies of the record."),
             "both": QCoreApplication.translate("RequestDueWords",
                                                "The client asked to inspect the record and for copies.")}
    return words.get(asked, "")


def _untimed_lines(d: Deadline, federal: str) -> list[str]:
    # No day of its own: HIPAA's date is the latest the copies may come (45 CFR 164.524(b)(2)).
    return [QCoreApplication.translate(
        "RequestDueWords", "Also {rule} ({citation}), no number of days: no later than HIPAA's date, "
                           "{federal}.").format(rule=_untimed(r), citation=r.citation, federal=federal)
        for r in d.untimed]


def long_words(d: Deadline) -> list[str]:
    """The request window's sentences under its due date (plain text: the caller escapes them)."""
    federal = show_deadline(d.federal_day)
    # What the client asked for sets which state deadline counts (domain/state_deadlines.ASKED_FORMS).
    asked = [_asked(d.asked)] if d.asked else []
    if d.set_by == "federal":
        if d.untimed and not d.state_days:  # New York's copies: no day of their own, HIPAA's stands
            return [*asked, QCoreApplication.translate("RequestDueWords", "This is HIPAA's date ({citation}).").format(
                citation=d.federal_citation), *_untimed_lines(d, federal)]
        if d.state_known:
            return [*asked, QCoreApplication.translate(
                "RequestDueWords", "This is HIPAA's date ({citation}), earlier than your state's.").format(
                    citation=d.federal_citation)]
        return [*asked, QCoreApplication.translate(
            "RequestDueWords", "This is HIPAA's date ({citation}): federal deadline; your state's may be "
                               "shorter.").format(citation=d.federal_citation)]
    assert d.rule is not None
    lines = [*asked, QCoreApplication.translate(
        "RequestDueWords", "Set by {citation}: {rule}. HIPAA's date is {federal}.").format(
            citation=d.citation, rule=_rule(d.rule), federal=federal)]
    others = [(r, day) for r, day in d.state_days if r is not d.rule]
    lines += [QCoreApplication.translate("RequestDueWords", "Also {rule}: by {day} ({citation}).").format(
        rule=_rule(r), day=show_deadline(day), citation=r.citation) for r, day in others]
    lines += _untimed_lines(d, federal)
    if (others or d.untimed) and not d.asked:
        lines.append(QCoreApplication.translate(
            "RequestDueWords", "The request does not say whether the client asked to inspect or for copies: "
                               "the earlier date is shown."))
    if any(r.working_days for r, _day in d.state_days):
        lines.append(QCoreApplication.translate(
            "RequestDueWords", "Working days skip Saturdays and Sundays only, not holidays: with a holiday in "
                               "between, the law's date is a day later."))
    if not d.rule.extension_days:  # said, not only as the greyed Extend's tip (found on Xvfb)
        lines.append(QCoreApplication.translate(
            "RequestDueWords", "{citation} has no extension: the request cannot be extended past {day}.").format(
                citation=d.citation, day=show_deadline(d.day)))
    if not d.rule.verified:
        lines.append(QCoreApplication.translate(
            "RequestDueWords", "This rule was not checked against the statute's own text: confirm it with "
                               "your licensing board."))
    return lines


def state_extension_words(state: str) -> str:
    """For the Requests tab's periods: the license state's access deadlines have no extension
    (domain/state_deadlines), so HIPAA's does not reach past them; "" when no rule is known."""
    rules = state_rules(state, "access")
    if not rules or any(r.extension_days for r in rules):
        return ""
    if untimed_rules(state, "access"):  # New York: copies alone are due on HIPAA's date, its extension too
        return QCoreApplication.translate(
            "RequestDueWords", "Your state's deadline to inspect has no extension: a request to inspect, or one "
                               "that does not say, is not extended past it; a request for copies alone may be.")
    return QCoreApplication.translate(
        "RequestDueWords", "Your state's access deadline has no extension: an access request is not extended past "
                           "it.")


def no_extension_words(q: ClientRequest, d: Deadline) -> str:
    """Why an open, not yet extended request may not be extended here: its license state's
    deadline allows none (domain/state_deadlines.extension_past_state, with HIPAA's full 30 days
    as the window's Extend asks); "" when it may. Found by a walker: a New York client's notice
    promised a date seven weeks past New York's 10 days."""
    if q.closed or q.extension is not None:
        return ""
    longest = q.original_due + timedelta(days=rule_for(q.kind).extension_days)
    passed = extension_past_state(d.state, q.kind, q.received_on, longest, asked=q.asked)
    if passed is None:
        return ""
    rule, day = passed
    return QCoreApplication.translate(
        "RequestDueWords", "No extension: {citation} has the request acted on by {day} and allows no later "
                           "date.").format(citation=rule.citation, day=show_deadline(day))


def status_words(status: str, owed: str, due: date, review: str = "") -> str:
    """A request's status as the lists and the request's window say it; a review's reversal whose
    copy is not given yet: the copy owed, with its due date (domain/request_owing.status_said).
    Found: they said "granted" while the copy was owed (45 CFR 164.524(d)(4), (c)(1)). An open
    request whose requester may no longer receive its copy (`review`: why): needs review."""
    said = status_said(status, owed, review)
    if said == NEEDS_REVIEW:
        return request_review_words.status(review)
    if said != COPY_OWED:
        return shown(REQUEST_STATUS, status)
    if due < date.today():
        return QCoreApplication.translate("RequestDueWords", "copy owed after review, overdue since {day}").format(
            day=show_deadline(due))
    return QCoreApplication.translate("RequestDueWords", "copy owed after review, due {day}").format(
        day=show_deadline(due))


__all__ = ["access_rules", "long_words", "no_extension_words", "short_rule", "short_words", "state_extension_words",
           "status_words"]
