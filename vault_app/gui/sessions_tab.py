"""The chart's Sessions and notes tab: the progress notes and the sessions they record, with the
corrections and confidentiality marks made from there.

Apart from chart_tabs.py (overview, history) because it is a page of its own: its own dialogs
(a session's details, a note held in confidence in a joint record), its own read of the held
marks, and the two lists kept selected across a redraw."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vault_app.domain.billing import (
    BILLED_STATEMENT,
    BILLED_SUPERBILL,
    DRAFT_ONLY,
    MARKED_PAID_NOTHING_CHARGED,
    MARKED_PAID_UNRECORDED,
    PAID,
    PART_PAID,
)
from vault_app.gui.chart_binding import bind_to_chart
from vault_app.gui.chart_words import BILLING_STATUS, MODALITY, SETTING, shown
from vault_app.gui.dates import show_date, show_time
from vault_app.gui.flow_layout import FlowRow
from vault_app.gui.joint_held_dialog import JointHeldDialog
from vault_app.gui.session_dialog import SessionDialog
from vault_app.gui.template_words import template_name
from vault_app.gui.widgets import add_row, chosen_row, make_tree, masked_name, on_open, reselect
from vault_app.services import billing, joint_held, session_charged

if TYPE_CHECKING:
    from vault_app.domain.clinical_notes import Chart
    from vault_app.gui.seam import ChartHost


BILLING_COLUMN = 7  # Date, Start, Length, Modality, Setting, CPT, ICD-10, Billing, Note


class SessionsTab(QWidget):
    def __init__(self, view: ChartHost) -> None:
        super().__init__()
        self.view = view
        self.states: dict[str, str] = {}  # session id -> the account's word (_billing_read)
        self.notes = make_tree([self.tr("Date"), self.tr("Template"), self.tr("Status"), self.tr("Preview")],
                               self.tr("Progress notes"))
        on_open(self.notes, self._open_note)
        self.asked: str | None = None  # what the status bar was told to choose (ChartView._hint_answered)
        # Start and Note tell two sessions of one day apart (each is a charge on the account).
        self.sessions = make_tree([self.tr("Date"), self.tr("Start"), self.tr("Length"), self.tr("Modality"),
                                   self.tr("Setting"), self.tr("CPT"), self.tr("ICD-10"), self.tr("Billing"),
                                   self.tr("Note")], self.tr("Sessions"))
        on_open(self.sessions, self.edit_session)
        self.notes_label = QLabel(self.tr("Progress notes"))
        self.notes_label.setObjectName("sectionTitle")
        # Wraps at its spaces beside the buttons: on one line, "Notas de evolución (12)" beside
        # "Nueva nota de evolución" held the tab wider than the narrowest window's pane (Spanish,
        # 624 pixels at 150 %, found on Xvfb).
        self.notes_label.setWordWrap(True)
        sessions_label = QLabel(self.tr("Sessions"))
        sessions_label.setObjectName("sectionTitle")
        new_note = QPushButton(self.tr("New progress note"))
        new_note.clicked.connect(view.new_note)
        open_note = QPushButton(self.tr("Open"))
        open_note.clicked.connect(lambda: self._open_note(self._chosen(
            self.notes, self.tr("No progress notes in this chart yet."),
            self.tr("Choose a note in the list first, then Open."))))
        # A couple's or family's chart only: what one member told in confidence (joint_held_dialog).
        self.held_button = QPushButton(self.tr("Held in confidence for…"))
        self.held_button.setToolTip(self.tr("Keep the selected note out of any release of the joint record: "
                                            "a member told it under the confidentiality agreement"))
        self.held_button.clicked.connect(lambda: self.mark_held(self._chosen(
            self.notes, self.tr("No progress notes in this chart yet."),
            self.tr("Choose a note in the list first, then Held in confidence for…"))))
        self.held_button.setVisible(False)
        self.held: frozenset[str] = frozenset()  # the case's notes held in confidence
        # The buttons wrap beside the title: on one line, in Spanish, "Reservada en confidencia
        # para…" held a couple's chart wider than a 1366x768 screen at 150 % (found on Xvfb).
        flow = FlowRow()
        flow.addWidget(self.held_button)
        flow.addWidget(open_note)
        flow.addWidget(new_note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.notes_label, 0, Qt.AlignmentFlag.AlignTop)
        buttons.addLayout(flow, 1)
        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addLayout(buttons)
        tl.addWidget(self.notes)
        bottom = QWidget()
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        edit_session = QPushButton(self.tr("Correct session details…"))
        edit_session.setToolTip(self.tr("Change the date, times, codes or billing status of the selected session"))
        edit_session.clicked.connect(lambda: self.edit_session(self._chosen(
            self.sessions, self.tr("No sessions recorded in this chart yet."),
            self.tr("Choose a session in the list first, then Correct session details…"))))
        session_row = QHBoxLayout()
        session_row.addWidget(sessions_label, 1)
        session_row.addWidget(edit_session)
        bl.addLayout(session_row)
        bl.addWidget(self.sessions)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setSizes([380, 200])
        QVBoxLayout(self).addWidget(split)

    def activate(self) -> None:
        """Drawn from the chart: nothing of its own to load."""

    def show_chart(self, chart: Chart) -> None:
        # The rows chosen before the redraw stay chosen and in view: "Correct session details…"
        # saved, the chart redrew and the corrected session was no longer selected (found in
        # the real app: the therapist had to find it again to check what was saved).
        kept = [(tree, item.data(0, Qt.ItemDataRole.UserRole)) for tree in (self.notes, self.sessions)
                if (item := tree.currentItem()) is not None and item.isSelected()]
        self.notes.clear()
        overdue = set(chart.unsigned_overdue)
        case = chart.client.is_case
        self.held_button.setVisible(case)
        if not case:
            self.held = frozenset()
        for n in chart.notes:
            status = self.tr("signed") if n.signed else (
                self.tr("unsigned, overdue") if n.note_id in overdue else self.tr("draft"))
            if n.note_id in self.held:
                status = self.tr("{status}, held in confidence").format(status=status)
            add_row(self.notes, [show_date(n.note_date), template_name(n.template), status,
                                 masked_name(n.preview.replace("\n", " "), self.view.privacy)], n.note_id)
        self.notes_label.setText(self.tr("Progress notes ({count})").format(count=len(chart.notes)))
        self.sessions.clear()
        noted = {n.session_id: n for n in chart.notes if n.session_id}
        days = Counter(s.date for s in chart.sessions)
        for s in reversed(chart.sessions):  # newest first, like the notes above
            note = noted.get(s.session_id)
            item = add_row(self.sessions, [
                show_date(s.date), show_time(s.start_time), self.tr("{minutes} min").format(minutes=s.duration_minutes),
                shown(MODALITY, s.modality), shown(SETTING, s.setting), " ".join((s.cpt_code, *s.addon_codes)).strip(),
                ", ".join(s.icd10_codes), shown(BILLING_STATUS, s.billing_status),
                self.tr("{template}, {status}").format(
                    template=template_name(note.template),
                    status=self.tr("signed") if note.signed else self.tr("draft")) if note
                else self.tr("none")], s.session_id)
            self._say_day(item, days[s.date])
        for tree, key in kept:
            reselect(tree, key)
        chart_id = chart.client.client_id
        self.view.controller.query(
            self, lambda v: (billing.session_billing(v, chart_id), session_charged.nothing_charged(v, chart_id)),
        ).success(lambda read: self._billing_read(chart_id, *read)).run()
        if case:
            case_id = chart.client.client_id
            self.view.controller.query(self, lambda v: frozenset(joint_held.marks(v, case_id))).success(
                lambda held: self._held_read(case_id, held)).run()

    def _billing_read(self, client_id: str, states: dict[str, str], free: frozenset[str] = frozenset()) -> None:
        """The account's word on each session (domain.billing.shown_billing_state): "paid" only
        when recorded payments cover it, whatever was marked by hand; "billed" once an issued
        superbill or statement lists it. `free`: the sessions the account charges nothing for
        (services/session_charged.py): billed, they owe nothing, and are not said as awaiting a payment."""
        chart = self.view.chart
        if chart is None or chart.client.client_id != client_id:
            return
        self.states = states
        words = {
            PAID: (self.tr("paid"), self.tr("Recorded payments cover this session (Clients > Account).")),
            PART_PAID: (self.tr("part paid"),
                        self.tr("Recorded payments cover part of this session; the rest is owed (Clients > Account).")),
            MARKED_PAID_UNRECORDED: (
                self.tr("marked paid, not in the account"),
                self.tr("Marked paid, but no payment is recorded for it: the account still counts it as owed. "
                        "Record the payment in Clients > Account.")),
            MARKED_PAID_NOTHING_CHARGED: (
                self.tr("marked paid (nothing charged)"),
                self.tr("Marked paid, but the account charges nothing for it (no fee is set, or its fee is 0.00) "
                        "and no payment is recorded. Set its fee in Clients > Account to charge it.")),
            BILLED_SUPERBILL: (
                self.tr("billed (superbill issued)"),
                self.tr("An issued superbill lists this session: the client was given it to claim from their "
                        "health plan. No payment is recorded for it yet (Clients > Account).")),
            DRAFT_ONLY: (
                self.tr("not a visit yet (note unsigned)"),
                self.tr("Recorded with a progress note still being written: it counts as a visit, in the agenda "
                        "and the account, once the note is signed. Discarding the draft removes it.")),
            BILLED_STATEMENT: (
                self.tr("billed (statement issued)"),
                self.tr("An issued statement lists this session: the client was billed for it. No payment is "
                        "recorded for it yet (Clients > Account).")),
        }
        # Billed and charged nothing: "No payment is recorded for it yet" read as money owed.
        billed_free = {
            BILLED_SUPERBILL: self.tr("An issued superbill lists this session: the client was given it to claim from "
                                      "their health plan. The account charges nothing for it (no fee is set for its "
                                      "code, or its fee is 0.00), so nothing is charged and nothing is owed."),
            BILLED_STATEMENT: self.tr("An issued statement lists this session. The account charges nothing for it (no "
                                      "fee is set for its code, or its fee is 0.00), so nothing is charged and nothing "
                                      "is owed."),
        }
        # A draft note's session is no visit: not one of the day's sessions billed each.
        days = Counter(s.date for s in chart.sessions if states.get(s.session_id) != DRAFT_ONLY)
        on = {s.session_id: s.date for s in chart.sessions}
        for i in range(self.sessions.topLevelItemCount()):
            item = self.sessions.topLevelItem(i)
            state = states.get(str(item.data(0, Qt.ItemDataRole.UserRole))) if item is not None else None
            if item is not None:
                day = on.get(str(item.data(0, Qt.ItemDataRole.UserRole)))
                self._say_day(item, 0 if state == DRAFT_ONLY or day is None else days[day])
            if item is None or state is None:
                continue
            text, tip = words.get(state, (shown(BILLING_STATUS, state), ""))
            if state in billed_free and str(item.data(0, Qt.ItemDataRole.UserRole)) in free:
                tip = billed_free[state]
            item.setText(BILLING_COLUMN, text)
            item.setToolTip(BILLING_COLUMN, tip)

    def _say_day(self, item: QTreeWidgetItem, count: int) -> None:
        item.setToolTip(0, self.tr("{count} sessions on this day: each is billed. If one was recorded twice, "
                                   "correct it (Correct session details…).").format(count=count) if count > 1 else "")

    def _held_read(self, case_id: str, held: frozenset[str]) -> None:
        """The marks arrived: the notes list says which notes are held (drawn again only if they moved)."""
        chart = self.view.chart
        if chart is None or chart.client.client_id != case_id or held == self.held:
            return
        self.held = held
        self.show_chart(chart)

    def mark_held(self, item: QTreeWidgetItem | None) -> QDialog | None:
        chart = self.view.chart
        if item is None or chart is None or not chart.client.is_case:
            return None
        dialog = JointHeldDialog(self.view.controller, chart.client.client_id,
                                 str(item.data(0, Qt.ItemDataRole.UserRole)), privacy=self.view.privacy,
                                 parent=self.window())
        bind_to_chart(dialog, chart.client, self.tr("Held in confidence"), self.view.privacy)
        dialog.open()
        return dialog

    def _chosen(self, tree: QTreeWidget, none_yet: str, choose: str) -> QTreeWidgetItem | None:
        """The row a button acts on (widgets.chosen_row); else the status bar says why not."""
        item = chosen_row(tree)
        if item is None:
            self.asked = none_yet if tree.topLevelItemCount() == 0 else choose
            self.view.say(self.asked)
        return item

    def _open_note(self, item: QTreeWidgetItem | None, _col: int = 0) -> None:
        if item is not None:
            self.view.open_note(str(item.data(0, Qt.ItemDataRole.UserRole)))

    def edit_session(self, item: QTreeWidgetItem | None) -> QDialog | None:
        chart = self.view.chart
        if item is None or chart is None:
            return None
        session_id = str(item.data(0, Qt.ItemDataRole.UserRole))
        session = next((s for s in chart.sessions if s.session_id == session_id), None)
        if session is None:
            return None
        dialog = SessionDialog(self.view.controller, session, parent=self.window(),
                               provisional=self.states.get(session_id) == DRAFT_ONLY)
        bind_to_chart(dialog, chart.client, self.tr("Session details"), self.view.privacy)
        dialog.open()
        return dialog

    def clear(self) -> None:
        self.notes.clear()
        self.sessions.clear()
        self.held = frozenset()

