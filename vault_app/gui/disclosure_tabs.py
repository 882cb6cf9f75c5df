"""Chart tabs over the disclosure side: authorizations, disclosures made, confidentiality
decisions (the Requests tab: gui/requests_tab.py). Each loads when first shown for a chart and
follows the change notices of its own kind of record, whoever made the change."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

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
from vault_app.domain.disclosure_parts import PARTS
from vault_app.gui.auth_dialog import AuthorizationDialog
from vault_app.gui.auth_member import case_members, signed_by_words
from vault_app.gui.basis_words import cited_summary_words
from vault_app.gui.chart_binding import bind_to_chart
from vault_app.gui.chart_words import AUTHORIZATION_STATE, INFO_KIND, shown, shown_all
from vault_app.gui.dates import practice_locale, show_date
from vault_app.gui.decision_list import DecisionList
from vault_app.gui.flow_layout import FlowRow
from vault_app.gui.lazy_tab import LazyTab
from vault_app.gui.manual_disclosure import ManualDisclosureDialog
from vault_app.gui.original_kept import OriginalKeptNote
from vault_app.gui.refusal_words_gate import PARTS as PART_WORDS
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
    wrapped_label,
)
from vault_app.services import authorizations, care_confidentiality, clients, coming_of_age, export
from vault_app.services.changes import Kind

if TYPE_CHECKING:
    from vault_app.domain.authorization import Authorization, AuthStatus
    from vault_app.domain.disclosure import DisclosureRecord
    from vault_app.gui.seam import App, ChartHost
    from vault_app.services.vault import Vault

    # The rows, a joint record's members, the forms a parent signed for a client of age since, and the
    # forms whose signer the chart, changed since, no longer lets stand (services/care_confidentiality).
    _Rows = tuple[list[tuple[Authorization, AuthStatus]], dict[str, tuple[str, str]], dict[str, tuple[date, str]],
                  frozenset[str]]


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
    stale = frozenset(a.id for a in care_confidentiality.signers_no_longer_valid(vault, client_id))
    return ([(a, authorizations.status(a, locale=practice_locale()))
             for a in authorizations.list_authorizations(vault, client_id)],
            {m: (name, number) for m, name, number in case_members(vault, client_id)}, named, stale)


# What an authorization row covers without its period, for the revocation dialog's summary.
_COVERS_ROLE = Qt.ItemDataRole.UserRole + 1


class AuthorizationsTab(LazyTab):
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
        self.original_note = OriginalKeptNote()  # the signed form's scan file, still on the disk
        # The chosen row's Describes whole, under the list: at 1280 px the cell was cut ("dates of
        # attendance, diagnosis, a treat…") and only a mouse's hover said the rest (the real app).
        # Arrow keys choose the row, so the keyboard reaches it too.
        self.describes_note = wrapped_label("", "calmNote", selectable=True)
        self.describes_note.setAccessibleName(self.tr("What the chosen authorization describes"))
        self.tree.currentItemChanged.connect(lambda item, _old: self._say_describes(item))
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.original_note)
        # The list takes the tab's height: its row of buttons, reflowed (chart_fit.py) into a FlowRow
        # held with a stretch, shared the room with it, a third of the tab left empty between the
        # buttons and the list (walker wlaw #6).
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.describes_note)
        self.found: _Rows = ([], {}, {}, frozenset())

    def load(self, client_id: str) -> None:
        self.original_note.chart_shown(client_id)
        self.controller.query(self, lambda v: _authorization_rows(v, client_id)).success(self._show).run()

    def _show(self, found: _Rows) -> None:
        self.found = found
        self.show_rows()

    def show_rows(self) -> None:
        """The rows read last, again (privacy mode switched: the member who signed is named)."""
        self.tree.clear()
        rows, members, adult_since, stale = self.found
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
            stale_why = ""
            if auth.id in stale:  # the chart changed since: refused at export, kept here
                state = self.tr("{state}; its signer no longer stands").format(state=state)
                stale_why = "\n" + self.tr(
                    "With the chart as it now reads (who consented to the minor's care, a parent's confidentiality "
                    "agreement, the date of birth, your age of consent for treatment, the representative's dates or "
                    "your decision not to treat them as one), this signer would be refused on the signing day (45 CFR "
                    "164.502(g); for a Part 2 consent, 42 CFR 2.14(a)): an export on it is refused until a valid "
                    "signer signs a new one.")
            describes, why = self._describes(auth)
            item = add_row(self.tree, [with_period, auth.recipient_name, show_date(auth.signed_on), expires, state,
                                       signed_by, describes], auth.id)
            item.setToolTip(6, why)
            item.setToolTip(5, whole)
            item.setData(0, _COVERS_ROLE, covers)  # the revocation's summary: "{covers} to {recipient}"
            item.setToolTip(0, with_period)  # whole, where a narrow column cuts the period off
            item.setToolTip(4, (status.message if auth.id not in adult_since else status.message + "\n" + whole)
                            + stale_why)
        self._say_describes(self.tree.currentItem())

    def _say_describes(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            self.describes_note.setText("")
            return
        said = self.tr("{recipient} — describes: {kinds}").format(recipient=item.text(1), kinds=item.text(6))
        why = item.toolTip(6)  # the kinds again, or why none are recorded
        self.describes_note.setText(said if why == item.text(6) else f"{said}. {why}")

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
        dialog.saved.connect(lambda _id: self.original_note.show_for(client.client_id, dialog.scan_path))
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
        self.found = ([], {}, {}, frozenset())
        self.tree.clear()


class DisclosuresTab(LazyTab):
    kinds = (Kind.DISCLOSURES, Kind.ACCOUNTING)

    def __init__(self, controller: App, view: ChartHost) -> None:
        super().__init__(controller, view)
        self.tree = make_tree([self.tr("Date"), self.tr("Recipient"), self.tr("What it held"), self.tr("Purpose"),
                               self.tr("Basis"), self.tr("Disclosure number")], self.tr("Disclosures"))
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
            basis = cited_summary_words(r.basis_kind, r.basis_summary) + (
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


class DecisionsTab(LazyTab):
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
