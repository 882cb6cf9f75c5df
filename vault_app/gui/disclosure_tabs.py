"""Chart tabs over the disclosure side: authorizations, disclosures made, access/amendment
requests, confidentiality decisions. Each loads when first shown for a chart and follows the
change notices of its own kind of record, whoever made the change."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vault_app.domain.authorization import EXPIRING_SOON_DAYS
from vault_app.domain.deadlines import RULES as DEADLINES
from vault_app.domain.deadlines import due_state
from vault_app.domain.disclosure_parts import PARTS
from vault_app.domain.requests import decided_late
from vault_app.gui.auth_dialog import AuthorizationDialog
from vault_app.gui.auth_member import case_members, signed_by_words
from vault_app.gui.basis_words import summary_words
from vault_app.gui.chart_binding import bind_to_chart
from vault_app.gui.chart_words import AUTHORIZATION_STATE, INFO_KIND, REQUEST_KIND, REQUEST_STATUS, shown, shown_all
from vault_app.gui.dates import practice_locale, show_date
from vault_app.gui.decision_list import DecisionList
from vault_app.gui.flow_layout import FlowRow
from vault_app.gui.manual_disclosure import ManualDisclosureDialog
from vault_app.gui.new_request_dialog import NewRequestDialog
from vault_app.gui.refusal_words_gate import PARTS as PART_WORDS
from vault_app.gui.request_due_words import access_rules, short_words, state_extension_words
from vault_app.gui.requests_dialog import RequestDetailDialog
from vault_app.gui.restrictions_panel import RestrictionsPanel
from vault_app.gui.revocation_dialog import RevocationDialog
from vault_app.gui.screen_fit import size_in_screen
from vault_app.gui.stock_words import purpose_words, recipient_words
from vault_app.gui.widgets import (
    add_row,
    chosen_row,
    empty_note,
    give_form_mnemonics,
    make_tree,
    masked_name,
    masked_representative,
    on_open,
)
from vault_app.services import authorizations, clients, coming_of_age, export, request_due, requests
from vault_app.services.changes import Changes, Kind

if TYPE_CHECKING:
    from vault_app.domain.authorization import Authorization, AuthStatus
    from vault_app.domain.clinical_notes import Chart
    from vault_app.domain.disclosure import DisclosureRecord
    from vault_app.domain.requests import ClientRequest
    from vault_app.gui.seam import App, ChartHost
    from vault_app.services.vault import Vault

    # The rows, a joint record's members, and the forms a parent signed for a client of age since.
    _Rows = tuple[list[tuple[Authorization, AuthStatus]], dict[str, tuple[str, str]], dict[str, tuple[date, str]]]


class _LazyTab(QWidget):
    """Loads when first shown for a chart, so opening a chart stays quick."""

    # The kinds of record the tab lists: a notice of one of them for this chart reloads it.
    kinds: ClassVar[tuple[Kind, ...]] = ()

    def __init__(self, controller: App, view: ChartHost) -> None:
        super().__init__()
        self.controller = controller
        self.view = view
        self._loaded_for: str | None = None
        controller.changed.connect(self._on_changes)

    def _on_changes(self, changes: Changes) -> None:
        client_id = self.view.client_id
        if client_id is not None and changes.touches_client(client_id, *self.kinds):
            self.reload()

    def show_chart(self, chart: Chart) -> None:
        self._loaded_for = None
        if self.view.tabs.currentWidget() is self:
            self.activate()

    def activate(self) -> None:
        client_id = self.view.client_id
        if client_id is None or client_id == self._loaded_for:
            return
        self._loaded_for = client_id
        self.load(client_id)

    def reload(self) -> None:
        """Read again now if on screen, else when next shown."""
        self._loaded_for = None
        if self.view.tabs.currentWidget() is self:
            self.activate()

    def load(self, client_id: str) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        self._loaded_for = None


def _authorization_rows(vault: Vault, client_id: str) -> _Rows:
    # The status's reason (the row's tool tip) with its dates as the practice writes them; a joint
    # record's members, to say which one signed each; the forms a parent signed for a client of age
    # since (services/coming_of_age), with that day and the client's name.
    adult_since = coming_of_age.adult_since_by_form(vault, client_id)
    named: dict[str, tuple[date, str]] = {}
    for auth_id, day in adult_since.items():
        auth = authorizations.get_authorization(vault, auth_id)
        client = clients.get_client(vault, auth.signer_client_id or auth.client_id)
        named[auth_id] = (day, client.preferred_name or client.legal_name)
    return ([(a, authorizations.status(a, locale=practice_locale()))
             for a in authorizations.list_authorizations(vault, client_id)],
            {m: (name, number) for m, name, number in case_members(vault, client_id)}, named)


# What an authorization row covers without its period, for the revocation dialog's summary.
_COVERS_ROLE = Qt.ItemDataRole.UserRole + 1


class AuthorizationsTab(_LazyTab):
    kinds = (Kind.AUTHORIZATIONS,)

    def __init__(self, controller: App, view: ChartHost) -> None:
        super().__init__(controller, view)
        self.tree = make_tree([self.tr("Covers"), self.tr("Recipient"), self.tr("Signed"), self.tr("Expires"),
                               self.tr("Status"), self.tr("Signed by"), self.tr("Describes")],
                              self.tr("Authorizations"))
        add = QPushButton(self.tr("Record an authorization…"))
        add.clicked.connect(self.add)
        self.revoke_button = QPushButton(self.tr("Record a revocation…"))
        self.revoke_button.clicked.connect(self.revoke)
        row = QHBoxLayout()
        row.addWidget(empty_note(self.tr("Signed authorizations on file. A psychotherapy-notes authorization must be "
                                 "on its own form.")), 1)
        row.addWidget(self.revoke_button)
        row.addWidget(add)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.tree)
        self.found: _Rows = ([], {}, {})

    def load(self, client_id: str) -> None:
        self.controller.query(self, lambda v: _authorization_rows(v, client_id)).success(self._show).run()

    def _show(self, found: _Rows) -> None:
        self.found = found
        self.show_rows()

    def show_rows(self) -> None:
        """The rows read last, again (privacy mode switched: the member who signed is named)."""
        self.tree.clear()
        rows, members, adult_since = self.found
        today = date.today()
        for auth, status in rows:
            expires = show_date(auth.expires_on) or auth.expiration_event
            state = shown(AUTHORIZATION_STATE, status.state)
            if auth.revocation is not None:  # since when: it binds from the day it arrived (found in the real app)
                state = self.tr("revoked {0}").format(show_date(auth.revocation.received_on))
            elif status.state == "valid" and auth.expires_on is not None and auth.expires_within(
                    today, EXPIRING_SOON_DAYS):
                state = self._last_day(auth.expires_on, today)
            covers = shown_all(INFO_KIND, sorted(auth.covers))
            with_period = covers + self._period(auth)
            signed_by = signed_by_words(auth, members, self.view.privacy)
            if auth.id in adult_since:  # the parent's authority ended with the client's coming of age
                day, client = adult_since[auth.id]
                privacy = self.view.privacy  # the name, and the birthday that gives the date of birth away
                said = self.tr("{signer} — signed by the parent; {client} is an adult since {day}: ask them to "
                               "sign their own").format(signer=signed_by, day=masked_name(show_date(day), privacy),
                                                        client=masked_name(client, privacy))
                # The cell short, the sentence whole on hover: it was cut at the column's edge at
                # 1366x768 ("Mei Chen — signed by the parent; Ril…", walker round 33). The point
                # is in the Status column too.
                signed_by, whole = self.tr("{signer} (the parent)").format(signer=signed_by), said
                state = self.tr("{state}, by the parent of an adult").format(state=state)
            else:
                whole = signed_by
            describes, why = self._describes(auth)
            item = add_row(self.tree, [with_period, auth.recipient_name, show_date(auth.signed_on), expires, state,
                                       signed_by, describes], auth.id)
            item.setToolTip(6, why)
            item.setToolTip(5, whole)
            item.setData(0, _COVERS_ROLE, covers)  # the revocation's summary: "{covers} to {recipient}"
            item.setToolTip(0, with_period)  # whole, where a narrow column cuts the period off
            item.setToolTip(4, status.message if auth.id not in adult_since else status.message + "\n" + whole)

    def _last_day(self, expires_on: date, today: date) -> str:
        """Valid, and expiring as the dashboard's "Authorizations expiring" counts it: the list said
        just "valid" on the very last day (found in the real app). The expiration date is the last
        day it may be relied on (status_on: expired only after it)."""
        left = (expires_on - today).days
        if left == 0:
            return self.tr("valid; today is its last day")
        if left == 1:
            return self.tr("valid; its last day is tomorrow")
        return self.tr("valid; expires in {n} days (last day {day})").format(n=left, day=show_date(expires_on))

    def _describes(self, auth: Authorization) -> tuple[str, str]:
        """The kinds of information its description names (domain/disclosure_parts.py), the gate's
        words for them, and the cell's hover: choosing an authorization for an export, the therapist
        saw no kinds anywhere but in a refusal. "not recorded": recorded before they were asked."""
        kinds = ", ".join(QCoreApplication.translate("GateWords", PART_WORDS[p]) for p in PARTS
                          if p in auth.described_parts)
        if kinds:
            return kinds, kinds
        return self.tr("not recorded"), self.tr(
            "The kinds of information its words name were not recorded: each export asks you to confirm its parts "
            "against the authorization's words.")

    def _period(self, auth: Authorization) -> str:
        """The dates of information the authorization describes (45 CFR 164.508(c)(1)(i)), after
        what it covers: read where the authorizations are, not only in the export wizard's picker
        or in a refusal. "" when the form gives none (its description alone says what it covers)."""
        start, end = auth.notes_from, auth.notes_to
        if start is not None and end is not None:
            return self.tr("; dated {start} to {end}").format(start=show_date(start), end=show_date(end))
        if start is not None:
            return self.tr("; dated from {start} on").format(start=show_date(start))
        if end is not None:
            return self.tr("; dated up to {end}").format(end=show_date(end))
        return ""

    def add(self) -> QDialog | None:
        client = self.view.shown_client()
        if client is None:
            return None
        dialog = AuthorizationDialog(self.controller, client.client_id, parent=self.window())
        bind_to_chart(dialog, client, self.tr("Record an authorization"), self.view.privacy)
        dialog.open()
        return dialog

    def revoke(self) -> QDialog | None:
        item = chosen_row(self.tree)
        if item is None:
            # The button did nothing at all with no authorization chosen.
            self.view.say(self.tr("No authorization is on file to revoke.") if self.tree.topLevelItemCount() == 0
                          else self.tr("Choose the authorization the client revoked in the list, then Record a "
                                       "revocation…"))
            return None
        auth_id = str(item.data(0, Qt.ItemDataRole.UserRole))
        summary = self.tr("{covers} to {recipient}, signed {signed}").format(
            covers=item.data(0, _COVERS_ROLE) or item.text(0), recipient=item.text(1), signed=item.text(2))
        dialog = RevocationDialog(self.controller, auth_id, summary, self.window())
        client = self.view.shown_client()
        if client is not None:  # whose chart, as every window that writes to one says
            bind_to_chart(dialog, client, dialog.windowTitle(), self.view.privacy)
        dialog.open()
        return dialog

    def clear(self) -> None:
        super().clear()
        self.found = ([], {}, {})
        self.tree.clear()


class DisclosuresTab(_LazyTab):
    kinds = (Kind.DISCLOSURES, Kind.ACCOUNTING)

    def __init__(self, controller: App, view: ChartHost) -> None:
        super().__init__(controller, view)
        self.tree = make_tree([self.tr("Date"), self.tr("Recipient"), self.tr("What it held"), self.tr("Purpose"),
                               self.tr("Basis"), self.tr("Disclosure id")], self.tr("Disclosures"))
        self.note = empty_note(self.tr("Every export and disclosure of this chart, as logged in the ledger."))
        self.rows: list[DisclosureRecord] = []
        export = QPushButton(self.tr("Export or disclose…"))
        export.clicked.connect(view.start_export)
        manual = QPushButton(self.tr("Record a disclosure made outside the app…"))
        manual.clicked.connect(self.record_manual)
        # Its buttons under the note, wrapping: beside it, in Spanish, they held the chart at 597
        # pixels, next widest after Requests at 1366x768 with 150 % (found on Xvfb).
        row = FlowRow()
        row.addWidget(manual)
        row.addWidget(export)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(row)
        layout.addWidget(self.tree)

    def load(self, client_id: str) -> None:
        self.controller.query(self, lambda v: export.disclosures(v, client_id)).success(self._show).run()

    def _show(self, rows: list[DisclosureRecord]) -> None:
        self.rows = rows
        self.show_rows()

    def show_rows(self) -> None:
        """The rows read last, again (privacy mode switched)."""
        self.tree.clear()
        rows = self.rows
        # Newest first by the day it was made: one recorded afterwards (a call on Friday written
        # down on Monday) goes under the ones made since, not on top as the last logged.
        for r in sorted(rows, key=lambda r: (r.day, r.seq), reverse=True):
            basis = summary_words(r.basis_kind, r.basis_summary) + (
                "" if r.delivered else " " + self.tr("(not delivered)"))
            # A personal representative who received a client's access copy is named with their
            # capacity ("Jane Roe, parent"); privacy mode masks their name as it masks the client's.
            # The app's own stored phrases ("the client (own access request)") in the screen's language.
            recipient = (masked_representative(r.recipient.name, self.view.privacy) if r.extra.get("guardian_id")
                         else recipient_words(r.recipient.name))
            add_row(self.tree, [show_date(r.day), recipient, self._held(r), purpose_words(r.purpose), basis,
                                r.disclosure_id],
                    r.disclosure_id)

    def _held(self, r: DisclosureRecord) -> str:
        """What the entry held, by kind and count, never content (found in the real app: one access
        request's four entries said nothing of which part each was)."""
        kind = shown(INFO_KIND, r.kind)
        return self.tr("{kind} ({count})").format(kind=kind, count=len(r.item_ids)) if r.item_ids else kind

    def record_manual(self) -> QDialog | None:
        client = self.view.shown_client()
        if client is None:
            return None
        dialog = ManualDisclosureDialog(self.controller, client.client_id, parent=self.window())
        bind_to_chart(dialog, client, self.tr("Record a disclosure made outside the app"), self.view.privacy)
        dialog.open()
        return dialog

    def clear(self) -> None:
        super().clear()
        self.tree.clear()


class RequestsTab(_LazyTab):
    kinds = (Kind.REQUESTS, Kind.AMENDMENTS, Kind.RESTRICTIONS)

    def __init__(self, controller: App, view: ChartHost) -> None:
        super().__init__(controller, view)
        self.tree = make_tree([self.tr("Kind"), self.tr("Received"), self.tr("Due"), self.tr("Status")],
                              self.tr("Requests"))
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
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(self.open_button)
        row.addWidget(add)
        self.restrictions = RestrictionsPanel(view)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.restrictions, 1)
        on_open(self.tree, self._open)

    def load(self, client_id: str) -> None:
        self.controller.query(self, lambda v: (requests.list_requests(v, client_id=client_id),
                                               request_due.license_state(v))) \
            .success(self._show).run()
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

    def _show(self, found: tuple[list[ClientRequest], str]) -> None:
        rows, state = found
        self.note.setText(self._intro(state))
        self.tree.clear()
        for r in rows:
            # Due by the earlier of HIPAA's date and the license state's (request_due), its rule as a tip
            due = request_due.deadline(r, state)
            item = add_row(self.tree, [shown(REQUEST_KIND, r.kind), show_date(r.received_on), show_date(due.day),
                                       self._status(r, due.day)], r.id)
            item.setToolTip(2, short_words(due))

    def _status(self, r: ClientRequest, due: date) -> str:
        """Overdue as the request's window says it (ClientRequest.state_on), and a decision made
        after the due date with its days late (domain/requests.decided_late): the column said
        "open" for an overdue request and "denied" for a denial five days late (found in the
        real app)."""
        if due_state(due, date.today(), closed=r.closed) == "overdue":
            return self.tr("overdue")
        status = shown(REQUEST_STATUS, r.status)
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
        dialog.open()
        return dialog

    def open_chosen(self) -> None:
        """The request chosen in the list (widgets.chosen_row); else the status bar says why not."""
        item = chosen_row(self.tree)
        if item is None:
            self.view.say(self.tr("No requests recorded for this chart.") if self.tree.topLevelItemCount() == 0
                          else self.tr("Choose a request in the list first, then Open."))
            return
        self._open(item)

    def _open(self, item: QTreeWidgetItem, _col: int = 0) -> None:
        dialog = RequestDetailDialog(self.controller, str(item.data(0, Qt.ItemDataRole.UserRole)),
                                     parent=self.window())
        client = self.view.shown_client()
        if client is not None:
            bind_to_chart(dialog, client, self.tr("Request"), self.view.privacy)
        dialog.open()

    def clear(self) -> None:
        super().clear()
        self.tree.clear()
        self.restrictions.clear()


class DecisionsTab(_LazyTab):
    """Confidentiality decisions of this chart (the decision workflow lives in decision_*.py).
    The list follows the DECISIONS notices itself; the tab only swaps it per chart."""

    def __init__(self, controller: App, view: ChartHost) -> None:
        super().__init__(controller, view)
        self.layout_ = QVBoxLayout(self)
        self.list: DecisionList | None = None

    def load(self, client_id: str) -> None:
        self.clear()
        self._loaded_for = client_id
        self.list = DecisionList(self.controller, client_id, parent=self)
        self.layout_.addWidget(self.list)

    def clear(self) -> None:
        super().clear()
        if self.list is not None:
            self.list.hide()
            self.list.deleteLater()
            self.list = None


class DecisionsDialog(QDialog):
    """Every confidentiality decision in the vault."""

    def __init__(self, controller: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Confidentiality decisions"))
        self.list = DecisionList(controller, None, parent=self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        # Within the screen: 520 high cut Close at a 1366x768 laptop's edge at 150 % (found on
        # Xvfb in Spanish).
        self.resize(size_in_screen(self, QSize(820, 520)))
        # Alt letters for the buttons and field labels that had none, Qt's own Close among them
        # (found in Spanish on Xvfb: none underlined); none shared in the window.
        give_form_mnemonics(self, [])
