"""Today's "Requests due" card in words: the requests needing review first, then the overdue and those
due soon, and a link to each one needing review.

Found: an open access request whose requester's standing changed after it was made (a parent whose
child came of age, a representative since declined) was said to need review only in the Requests
window; the card counted it as due, or not at all while its date was weeks away, and the worklist
listed it as an ordinary request. It is work to do now, whatever its date: counted first, with why in
plain words, and a link (Tab, then Enter) that opens the request's own window, where it is settled.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from vault_app.gui import request_review_words
from vault_app.gui.dates import show_due
from vault_app.gui.request_due_words import short_rule
from vault_app.gui.worklist import count_words

if TYPE_CHECKING:
    from vault_app.services.dashboard import RequestItem
    from vault_app.services.today import Today

REQUEST_WORDS = {"access": QT_TRANSLATE_NOOP("DashboardPage", "Access request"),
                 "amendment": QT_TRANSLATE_NOOP("DashboardPage", "Amendment request"),
                 "accounting": QT_TRANSLATE_NOOP("DashboardPage", "Accounting request")}
SHOWN = 4  # the card's lines: the worklist lists them all


def kind_words(kind: str) -> str:
    return QCoreApplication.translate("DashboardPage", str(REQUEST_WORDS[kind])) if kind in REQUEST_WORDS else kind


def figure(d: Today) -> str:
    """The card's figure: how many need review, then how many are overdue (else due soon)."""
    review, overdue, soon = len(d.requests_needing_review), len(d.requests_overdue), len(d.requests_due_soon)
    parts = []
    if review:
        parts.append(QCoreApplication.translate("DashboardPage", "1 needs review") if review == 1
                     else QCoreApplication.translate("DashboardPage", "{n} need review").format(n=count_words(review)))
    if overdue:
        parts.append(QCoreApplication.translate("DashboardPage", "{n} overdue").format(n=count_words(overdue)))
    elif soon:
        parts.append(QCoreApplication.translate("DashboardPage", "{n} due soon").format(n=count_words(soon)))
    return ", ".join(parts) if parts else QCoreApplication.translate("DashboardPage", "None due soon")


def _review_line(r: RequestItem, chart: str) -> str:
    return QCoreApplication.translate("DashboardPage", "{request}, chart {chart}: {status}; due {due}").format(
        request=kind_words(r.kind), chart=chart, status=request_review_words.status(r.review), due=show_due(r.due_on))


def _due_line(r: RequestItem, chart: str, overdue: bool) -> str:
    # The due date is the earlier of HIPAA's and the license state's: the rule that sets it is named.
    line = QCoreApplication.translate("DashboardPage", "{request}, chart {chart}: due {due} ({rule})").format(
        request=kind_words(r.kind), chart=chart, due=show_due(r.due_on),
        rule=short_rule(r.due_set_by, r.due_citation, r.state_rule_known))
    return line + (QCoreApplication.translate("DashboardPage", " (OVERDUE)") if overdue else "")


def lines(d: Today) -> str:
    """The first few, those needing review first (`Today.requests_needing_review`, left out of the others)."""
    said = [_review_line(r, d.charts.get(r.client_id, "?")) for r in d.requests_needing_review]
    said += [_due_line(r, d.charts.get(r.client_id, "?"), r in d.requests_overdue)
             for r in d.requests_overdue + d.requests_due_soon]
    none = QCoreApplication.translate("DashboardPage", "No request is due in the next 7 days.")
    return "\n".join(said[:SHOWN]) or none


def review_link(chart: str) -> str:
    """A link's words: what it opens (the request's window), and whose."""
    return QCoreApplication.translate("DashboardPage", "Review the request for chart {chart}").format(chart=chart)


__all__ = ["REQUEST_WORDS", "SHOWN", "figure", "kind_words", "lines", "review_link"]
