"""A chart's restrictions (45 CFR 164.522(a)) and its confidential-communications request
(164.522(b)), under the access and amendment requests on the Requests tab: what the client
asked, your answer, since when it binds, when it ended. The app had them only on the command
line (`vault-app restriction ...`) while its export wizard refused disclosures because of them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QGroupBox, QHBoxLayout, QHeaderView, QPushButton, QVBoxLayout

from vault_app.gui.chart_binding import bind_to_chart
from vault_app.gui.client_details import ClientDetailsDialog
from vault_app.gui.dates import show_date
from vault_app.gui.flow_layout import FlowRow
from vault_app.gui.restriction_dialogs import (
    SELF_PAY,
    EndRestrictionDialog,
    RestrictionAnswerDialog,
    RestrictionRequestDialog,
    summary_of,
)
from vault_app.gui.widgets import add_row, empty_note, make_tree, masked_name, on_open, wrapped_label
from vault_app.services import clients, restrictions
from vault_app.services.changes import Changes, Kind

if TYPE_CHECKING:
    from vault_app.domain.restrictions import Restriction
    from vault_app.gui.seam import ChartHost
    from vault_app.services.vault import Vault

# Marked for translation here, translated where shown (context: RestrictionsPanel).
ANSWERS = {"requested": QT_TRANSLATE_NOOP("RestrictionsPanel", "not answered yet"),
           "agreed": QT_TRANSLATE_NOOP("RestrictionsPanel", "agreed"),
           "refused": QT_TRANSLATE_NOOP("RestrictionsPanel", "refused"),
           "terminated": QT_TRANSLATE_NOOP("RestrictionsPanel", "agreed")}
KIND_LABELS = {"progress": QT_TRANSLATE_NOOP("RestrictionsPanel", "progress notes"),
               "psychotherapy": QT_TRANSLATE_NOOP("RestrictionsPanel", "psychotherapy notes"),
               "billing": QT_TRANSLATE_NOOP("RestrictionsPanel", "billing information"),
               "documents": QT_TRANSLATE_NOOP("RestrictionsPanel", "documents")}
ENDED_BY = {"client": QT_TRANSLATE_NOOP("RestrictionsPanel", "{day}, by the client"),
            "practice": QT_TRANSLATE_NOOP("RestrictionsPanel", "{day}, by you")}


def _tr(text: object) -> str:
    return QCoreApplication.translate("RestrictionsPanel", str(text))


def read_restrictions(vault: Vault, client_id: str) -> tuple[list[Restriction], str]:
    """On the worker: the chart's restrictions and its confidential-communications request."""
    return (restrictions.list_restrictions(vault, client_id),
            clients.get_client(vault, client_id).contact.confidential_request)


class RestrictionsPanel(QGroupBox):
    def __init__(self, view: ChartHost) -> None:
        super().__init__()
        self.view = view
        self.controller = view.controller
        self.client_id: str | None = None
        self.rows: list[Restriction] = []
        self.confidential = ""
        # The rule's citation in the note under the title, not in it: a group box's title never
        # wraps, and "Restricciones pedidas por el cliente (45 CFR 164.522)" held the Requests tab
        # wider than the narrowest window's pane (624 pixels at 150 %, found on Xvfb).
        self.setTitle(self.tr("Restrictions the client asked for"))
        self.tree = make_tree([self.tr("What the client asked"), self.tr("Applies to"), self.tr("Asked on"),
                               self.tr("Your answer"), self.tr("In force since"), self.tr("Ended")],
                              self.tr("Restrictions"))
        # The selection, not the current item: the current one changes before the click selects it.
        self.tree.itemSelectionChanged.connect(self._buttons)
        on_open(self.tree, lambda _item: self.answer_or_end())
        self.add_button = QPushButton(self.tr("Record a restriction request…"))
        self.add_button.clicked.connect(self.add)
        self.answer_button = QPushButton(self.tr("Record your answer…"))
        self.answer_button.clicked.connect(self.answer)
        self.end_button = QPushButton(self.tr("End the restriction…"))
        self.end_button.clicked.connect(self.end)
        for button in (self.answer_button, self.end_button):
            button.setAutoDefault(False)
        # The client's words and the recipient take what room there is, cut short with the whole
        # text in a tooltip: the days and the answer stay in sight (they scrolled out of view).
        # They share it: a fixed 230 pixels for the recipient left the client's words no room at
        # all in a 1000-pixel window once the other headings were Spanish (found in the real app).
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        note = empty_note(self.tr("45 CFR 164.522.") + " " + self.tr(
            "A client may ask you to limit how their information is used or disclosed for treatment, payment "
            "or operations. You may refuse, except a request not to tell their health plan about services they "
            "paid for in full. An agreed restriction is enforced when you export or disclose."))
        # The buttons wrap, and the confidential line's label sits above its value: side by side
        # in Spanish they held the Requests tab, and with it the chart, at 621 pixels, wider than
        # the pane beside the client list at 1366x768 with 150 % (found on Xvfb).
        row = FlowRow(right=False)
        row.addWidget(self.answer_button)
        row.addWidget(self.end_button)
        row.addWidget(self.add_button)
        self.confidential_label = wrapped_label("", self.tr("Confidential communications"), selectable=True)
        change = QPushButton(self.tr("Change…"))
        change.setAccessibleName(self.tr("Change the confidential-communications request"))
        change.setAutoDefault(False)
        change.clicked.connect(self.change_confidential)
        confidential = QHBoxLayout()
        confidential.addWidget(self.confidential_label, 1)
        confidential.addWidget(change)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        layout.addWidget(wrapped_label(self.tr("Confidential communications (164.522(b)):")))
        layout.addLayout(confidential)
        self._buttons()
        # Its own notices: the Requests tab reloads for restrictions, not for the client's details.
        self.controller.changed.connect(self._on_changes)

    # --- loading --------------------------------------------------------------------------
    def load(self, client_id: str) -> None:
        self.client_id = client_id
        self.controller.query(self, lambda v: read_restrictions(v, client_id)) \
            .success(lambda found: self._loaded(client_id, found)).run()

    def _on_changes(self, changes: Changes) -> None:
        if self.client_id is not None and changes.touches_client(self.client_id, Kind.CLIENTS):
            self.load(self.client_id)

    def _loaded(self, client_id: str, found: tuple[list[Restriction], str]) -> None:
        if client_id != self.client_id:  # read for a chart no longer on screen (or a lock since)
            return
        self.rows, self.confidential = found
        self.show_rows()

    def show_rows(self) -> None:
        """Drawn again when privacy mode changes: the client's words and recipients are hidden then."""
        privacy = self.view.privacy
        chosen = self.tree.currentItem()
        keep = chosen.data(0, Qt.ItemDataRole.UserRole) if chosen is not None else None
        self.tree.clear()
        for r in self.rows:
            item = add_row(self.tree, [masked_name(r.description, privacy), self._applies_to(r, privacy),
                                       show_date(r.requested_on), _tr(ANSWERS[r.status]),
                                       show_date(r.in_force_since) if r.in_force_since else "",
                                       self._ended(r)], r.restriction_id)
            for column in (0, 1):
                item.setToolTip(column, item.text(column))
            if r.restriction_id == keep:
                self.tree.setCurrentItem(item)
        self.confidential_label.setText(masked_name(self.confidential, privacy) if self.confidential
                                        else self.tr("none requested"))
        self._buttons()

    def _applies_to(self, r: Restriction, privacy: bool) -> str:
        if r.kind == SELF_PAY:
            return self.tr("the health plan, for self-paid services")
        kinds = ", ".join(_tr(KIND_LABELS.get(k, k)) for k in r.kinds)
        what = kinds or self.tr("all of the record")
        if r.recipient:
            return self.tr("{what}, to {recipient}").format(what=what, recipient=masked_name(r.recipient, privacy))
        return self.tr("{what}, to anyone").format(what=what)

    def _ended(self, r: Restriction) -> str:
        if r.terminated_on is None:
            return ""
        return _tr(ENDED_BY.get(r.terminated_by, ENDED_BY["client"])).format(day=show_date(r.terminated_on))

    def clear(self) -> None:
        self.client_id = None
        self.rows, self.confidential = [], ""
        self.tree.clear()
        self.confidential_label.setText("")

    def bring_into_view(self) -> None:
        """Clients > Restrictions...: the chart's Requests tab, with the keyboard on this list."""
        tab = self.parentWidget()
        if tab is not None:
            self.view.tabs.setCurrentWidget(tab)
        self.tree.setFocus()

    # --- actions --------------------------------------------------------------------------
    def _chosen(self) -> Restriction | None:
        item = self.tree.currentItem()
        if item is None or not item.isSelected():
            return None
        rid = item.data(0, Qt.ItemDataRole.UserRole)
        return next((r for r in self.rows if r.restriction_id == rid), None)

    def _buttons(self) -> None:
        r = self._chosen()
        self.answer_button.setEnabled(r is None or r.status == "requested")
        self.end_button.setEnabled(r is None or r.status == "agreed")

    def _pick(self, status: str, none_text: str, choose_text: str) -> Restriction | None:
        """The restriction a button acts on: the chosen row, else the only one in that state;
        with none or several, a sentence in the status bar, never a silent button."""
        r = self._chosen()
        matching = [x for x in self.rows if x.status == status]
        if r is None and len(matching) == 1:
            r = matching[0]
        if r is None or r.status != status:
            self.view.say(choose_text if matching else none_text)
            self.tree.setFocus()
            return None
        return r

    def add(self) -> QDialog | None:
        client = self.view.shown_client()
        if client is None:
            return None
        dialog = RestrictionRequestDialog(self.controller, client.client_id, parent=self.window())
        bind_to_chart(dialog, client, self.tr("Record a restriction request"), self.view.privacy)
        dialog.open()
        return dialog

    def answer(self) -> QDialog | None:
        r = self._pick("requested", self.tr("No restriction request is waiting for your answer."),
                       self.tr("Choose the request you are answering in the list, then Record your answer…"))
        if r is None:
            return None
        dialog = RestrictionAnswerDialog(self.controller, r, summary_of(r), parent=self.window())
        self._bind(dialog, self.tr("Answer a restriction request"))
        dialog.open()
        return dialog

    def end(self) -> QDialog | None:
        r = self._pick("agreed", self.tr("No agreed restriction is in force to end."),
                       self.tr("Choose the restriction that ends in the list, then End the restriction…"))
        if r is None:
            return None
        dialog = EndRestrictionDialog(self.controller, r, summary_of(r), parent=self.window())
        self._bind(dialog, self.tr("End a restriction"))
        dialog.open()
        return dialog

    def _bind(self, dialog: QDialog, title: str) -> None:
        client = self.view.shown_client()
        if client is not None:
            bind_to_chart(dialog, client, title, self.view.privacy)

    def answer_or_end(self) -> QDialog | None:
        r = self._chosen()
        if r is not None and r.status == "requested":
            return self.answer()
        if r is not None and r.status == "agreed":
            return self.end()
        return None

    def change_confidential(self) -> QDialog | None:
        client = self.view.shown_client()
        if client is None:
            return None
        dialog = ClientDetailsDialog(self.controller, client, parent=self.window())
        bind_to_chart(dialog, client, self.tr("Client details"), self.view.privacy)
        dialog.confidential.setFocus()
        dialog.open()
        return dialog


__all__ = ["RestrictionsPanel", "read_restrictions"]
