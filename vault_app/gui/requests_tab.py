"""The chart's Requests tab: the client's access, amendment and accounting requests with their due
dates and status, and the restrictions they asked for (gui/restrictions_panel.py). Moved out of
gui/disclosure_tabs.py, which had grown to its size limit."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QTreeWidgetItem, QVBoxLayout

from vault_app.domain.deadlines import RULES as DEADLINES
from vault_app.domain.deadlines import due_state
from vault_app.domain.requests import decided_late
from vault_app.gui.chart_binding import bind_to_chart
from vault_app.gui.chart_words import REQUEST_KIND, representative_words, shown
from vault_app.gui.due_advice_words import act_by_words
from vault_app.gui.lazy_tab import LazyTab
from vault_app.gui.new_request_dialog import CLAIM_WORDS, NewRequestDialog
from vault_app.gui.request_due_words import access_rules, short_words, state_extension_words, status_words
from vault_app.gui.request_row_dates import due_cell, received_cell
from vault_app.gui.requests_dialog import RequestDetailDialog
from vault_app.gui.restrictions_panel import RestrictionsPanel
from vault_app.gui.widgets import (
    add_row,
    chosen_row,
    empty_note,
    make_tree,
    masked_name,
    masked_representative,
    on_open,
)
from vault_app.services import clients, request_due, request_owed, request_review_needed, requests
from vault_app.services.changes import Kind

if TYPE_CHECKING:
    from vault_app.domain.requests import ClientRequest
    from vault_app.gui.seam import App, ChartHost
    from vault_app.services.vault import Vault

    # The requests, the license state (for the due dates), the chart's representatives by id.
    # What the decided ones still owe, and why an open one needs review, by id.
    _Found = tuple[list[ClientRequest], str, dict[str, str], dict[str, str], dict[str, str]]


def _read(vault: Vault, client_id: str) -> _Found:
    """The chart's requests, the license state, who made each, what the decided ones still owe, and
    which open ones need review (their requester may no longer receive the copy)."""
    rows = requests.list_requests(vault, client_id=client_id)
    return (rows, request_due.license_state(vault), requesters_by_id(vault, client_id),
            request_owed.owed_by_id(vault, rows), request_review_needed.review_by_id(vault, rows))


def requesters_by_id(vault: Vault, client_id: str) -> dict[str, str]:
    """Who may have made a request, by id: the recorded representatives ("Jane Roe, parent", in the screen's
    language) and, on a couple's or family's chart, its members ("Alex Taylor (AT-1)")."""
    chart = clients.get_client(vault, client_id)
    found = {g.guardian_id: representative_words(g.name, g.authority, g.relationship) for g in chart.guardians}
    # A couple's or family's members by client id, "Alex Taylor (AT-1)": a request one of them made names them.
    for member_id in chart.member_ids if chart.is_case else ():
        member = clients.get_client(vault, member_id)
        found[member_id] = f"{member.legal_name} ({member.chart_number})"
    return found


def made_by_words(r: ClientRequest, reps: Mapping[str, str], privacy: bool) -> str:
    """Who made the request, as its window says it (gui/requests_dialog.py) but short, for a cell:
    the client; a recorded representative; one not recorded, with the authority they claim. A name
    masked in privacy mode, the capacity kept (a parent's name often carries the client's)."""
    if r.member_id and r.member_id in reps:  # a member of the couple or family, the name masked in privacy mode
        name, _sep, chart = reps[r.member_id].rpartition(" (")
        return f"{masked_name(name, privacy)} ({chart}" if chart else masked_name(name, privacy)
    if not r.by_representative:
        return QCoreApplication.translate("RequestsTab", "The client")
    if r.guardian_id and r.guardian_id in reps:
        return masked_representative(reps[r.guardian_id], privacy)
    if not r.requester_name:  # recorded before the name was kept, or a representative since removed
        return QCoreApplication.translate("RequestsTab", "A personal representative")
    name = masked_name(r.requester_name, privacy)
    claim = CLAIM_WORDS.get(r.requester_claim)
    if claim is None:
        return name
    return QCoreApplication.translate("RequestsTab", "{name}, claiming: {authority}").format(
        name=name, authority=QCoreApplication.translate("NewRequestDialog", str(claim)))


class RequestsTab(LazyTab):
    kinds = (Kind.REQUESTS, Kind.AMENDMENTS, Kind.RESTRICTIONS)

    def __init__(self, controller: App, view: ChartHost) -> None:
        super().__init__(controller, view)
        # Who made it: two access requests of one day read alike without it (found in review).
        self.tree = make_tree([self.tr("Kind"), self.tr("Received"), self.tr("Due"), self.tr("Status"),
                               self.tr("Made by")], self.tr("Requests"))
        self.found: _Found = ([], "", {}, {}, {})
        # The law's periods from the deadline rules themselves: it said "amendments 60 days" and left
        # out their one 30-day extension, and the accounting's 60 + 30 (found in the real app).
        self.note = empty_note(self._intro(""))
        add = QPushButton(self.tr("Record a request…"))
        add.clicked.connect(self.add)
        # Only a double-click opened a request (found walking the real app): a button too, and
        # Enter on the row (on_open below).
        self.open_button = QPushButton(self.tr("Open…"))
        self.open_button.setObjectName("openRequest")
        self.open_button.clicked.connect(self.open_chosen)
        # An agency's suspension of the accounting (164.528(a)(2)): only the command line had it (W8).
        self.suspensions_button = QPushButton(self.tr("Accounting suspensions…"))
        self.suspensions_button.setObjectName("accountingSuspensions")
        self.suspensions_button.clicked.connect(self.open_suspensions)
        # The law's sentence above its buttons, the page's width: beside them, in English at the narrowest
        # window (624 pixels at 150 %), it read seven lines of three words (round 46).
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.open_button)
        row.addWidget(add)
        # Under the list, on a row of its own: beside the others it made the tab wider than a
        # 1366x768 screen at 150 % in Spanish (test_main_window_small_screen).
        below = QHBoxLayout()
        below.addStretch(1)
        below.addWidget(self.suspensions_button)
        self.restrictions = RestrictionsPanel(view)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(row)
        layout.addWidget(self.tree, 1)
        layout.addLayout(below)
        layout.addWidget(self.restrictions, 1)
        on_open(self.tree, self._open)
        # What the status bar was told to do ("Choose a request in the list first, then Open."): taken
        # back once a request is open (found in the real app: it stayed under the open request).
        self.asked: str | None = None
        # The requests known when "Record a request…" was pressed, until the one it recorded is
        # chosen in the list (see _choose_new).
        self.known_before: set[str] | None = None

    def load(self, client_id: str) -> None:
        self.controller.query(self, lambda v: _read(v, client_id)).success(self._show).run()
        self.restrictions.load(client_id)

    def _intro(self, state: str) -> str:
        """The law's periods from the deadline rules themselves, the license state's for access
        where the app knows them (the due dates below are the earlier of the two)."""
        periods = {"access": DEADLINES["access"].days, "amendment": DEADLINES["amendment"].days,
                   "accounting": DEADLINES["accounting"].days,
                   "extension": max(r.extension_days for r in DEADLINES.values())}
        rules = access_rules(state, cited=True)
        # Said beside HIPAA's extension: the state's deadline has none (found by the records walker)
        no_extension = state_extension_words(state)
        if rules:
            return self.tr(
                "Requests to see or copy the record: act by the earlier of your state's deadline, {rules}, and "
                "HIPAA's {access} days (45 CFR 164.524(b)(2)); to amend it: {amendment} days (164.526(b)(2)); for "
                "an accounting of disclosures: {accounting} days (164.528(c)(1)). HIPAA's periods may each be "
                "extended once, by up to {extension} days, with a written notice of the reason and the new date "
                "given within the first period.").format(rules=rules, **periods) + (
                    " " + no_extension if no_extension else "")
        return self.tr(
            "Requests to see or copy the record: act within {access} days (45 CFR 164.524(b)(2)); to amend it: "
            "{amendment} days (164.526(b)(2)); for an accounting of disclosures: {accounting} days "
            "(164.528(c)(1)). Each may be extended once, by up to {extension} days, with a written notice of the "
            "reason and the new date given within the first period.").format(**periods)

    def _show(self, found: _Found) -> None:
        self.found = found
        self.note.setText(self._intro(found[1]))
        self.show_rows()
        self._choose_new()

    def show_rows(self) -> None:
        """The rows read last, again (privacy mode switched: a requester is named)."""
        rows, state, reps, owed, review = self.found
        self.tree.clear()
        # By the day each was received, oldest first (stable: one day's requests in the order recorded):
        # one recorded late went last, whatever its day.
        for r in sorted(rows, key=lambda r: r.received_on):
            # Due by the earlier of HIPAA's date and the license state's (request_due), its rule as a tip
            due = request_due.deadline(r, state)
            made_by = made_by_words(r, reps, self.view.privacy)
            item = add_row(self.tree, [shown(REQUEST_KIND, r.kind), received_cell(r.received_on), due_cell(due.day),
                                       self._status(r, due.day, owed.get(r.id, ""), review.get(r.id, "")),
                                       made_by], r.id)
            # Overdue: said so in the status, not told a working day already gone
            advice = act_by_words(due.day) if not r.closed and due.day >= date.today() else ""
            item.setToolTip(2, short_words(due) + (f"\n{advice}" if advice else ""))
            item.setToolTip(4, made_by)  # whole, where the column is narrow

    def _status(self, r: ClientRequest, due: date, owed: str, review: str = "") -> str:
        """Overdue as the request's window says it (ClientRequest.state_on), and a decision made
        after the due date with its days late (domain/requests.decided_late): the column said
        "open" for an overdue request and "denied" for a denial five days late (found in the
        real app)."""
        if review:  # its requester may no longer receive its copy (it said "open"): overdue too, said
            status = status_words(r.status, owed, due, review)
            return self.tr("{status}, overdue").format(status=status) if due < date.today() else status
        if due_state(due, date.today(), closed=r.closed) == "overdue":
            return self.tr("overdue")
        # A review's reversal whose copy is not given: owed, with its due date (gui/request_due_words)
        status = status_words(r.status, owed, due)
        if r.status == "partially_granted" and r.given is not None:  # its rest given (164.524(d)(1))
            n = len(r.given.left_out)
            status = (self.tr("{status}; rest given, 1 left out as denied") if n == 1
                      else self.tr("{status}; rest given, {n} left out as denied") if n
                      else self.tr("{status}; rest given")).format(status=status, n=n)
        late = decided_late(r)
        if late is None:
            return status
        return (self.tr("{status}, 1 day late") if late.days == 1
                else self.tr("{status}, {n} days late")).format(status=status, n=late.days)

    def add(self) -> QDialog | None:
        client = self.view.shown_client()
        if client is None:
            return None
        dialog = NewRequestDialog(self.controller, client.client_id, parent=self.window())
        bind_to_chart(dialog, client, self.tr("Record a request"), self.view.privacy)

        def said() -> None:  # what a one-press record did (a refused requester's request: a walker)
            if dialog.said:
                self.view.say(dialog.said)
            self.known_before = known
            self._choose_new()

        known = {str(item.data(0, Qt.ItemDataRole.UserRole)) for i in range(self.tree.topLevelItemCount())
                 if (item := self.tree.topLevelItem(i)) is not None}
        dialog.accepted.connect(said)
        dialog.open()
        return dialog

    def _choose_new(self) -> None:
        """The request just recorded chosen in the list, with the keyboard on it, once the list holds
        it: the keyboard went back to the client search box with no row chosen, and Open… then
        said to choose a request first (Spanish day walker, round 46, by keyboard)."""
        if self.known_before is None:
            return
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item is not None and str(item.data(0, Qt.ItemDataRole.UserRole)) not in self.known_before:
                self.known_before = None
                self.tree.setCurrentItem(item)
                self.tree.scrollToItem(item)
                self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def open_suspensions(self) -> QDialog | None:
        from vault_app.gui.accounting_suspensions import SuspensionsDialog  # Lazy (start-up)

        client = self.view.shown_client()
        if client is None:
            return None
        dialog = SuspensionsDialog(self.controller, client.client_id, parent=self.window())
        bind_to_chart(dialog, client, self.tr("Accounting suspensions"), self.view.privacy)
        dialog.open()
        return dialog

    def open_chosen(self) -> None:
        """The request chosen in the list (widgets.chosen_row); else the status bar says why not."""
        item = chosen_row(self.tree)
        if item is None:
            self.asked = (self.tr("No requests recorded for this chart.") if self.tree.topLevelItemCount() == 0
                          else self.tr("Choose a request in the list first, then Open."))
            self.view.say(self.asked)
            return
        self._open(item)

    def _open(self, item: QTreeWidgetItem, _col: int = 0) -> None:
        dialog = RequestDetailDialog(self.controller, str(item.data(0, Qt.ItemDataRole.UserRole)),
                                     parent=self.window())
        client = self.view.shown_client()
        if client is not None:
            bind_to_chart(dialog, client, self.tr("Request"), self.view.privacy)
        dialog.open()
        asked, self.asked = self.asked, None
        if asked:  # gone, if still the sentence on show; another said since stays (StatusLine.withdraw)
            self.view.unsaid.emit(asked)

    def clear(self) -> None:
        super().clear()
        self.found = ([], "", {}, {}, {})
        self.known_before = None
        self.tree.clear()
        self.restrictions.clear()


__all__ = ["RequestsTab"]
