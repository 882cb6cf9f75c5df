"""Confidentiality decisions listed per chart or across the vault, and a signed record's view
with its addenda. Lines show ids, dates, chart numbers and choices: never names or reasoning."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vault_app.domain.decision_text import describe
from vault_app.domain.decisions import OUTCOME_LABELS, TRIGGERS
from vault_app.gui.dates import practice_locale, show_date
from vault_app.gui.decision_dialog import DecisionDialog
from vault_app.gui.decision_words import outcome_words, trigger_words
from vault_app.gui.escape_guard import GuardedDialog
from vault_app.gui.screen_fit import size_in_screen
from vault_app.gui.widgets import leaves_by_tab
from vault_app.services import clients, decisions
from vault_app.services.changes import Changes, Kind

if TYPE_CHECKING:
    from vault_app.domain.decisions import DecisionSummary
    from vault_app.gui.seam import Operations
    from vault_app.services.decisions import DecisionView
    from vault_app.services.vault import Vault


class DecisionList(QWidget):
    """The decisions of one chart (client_id given) or of the whole vault."""

    opened = Signal(str)

    def __init__(self, ops: Operations, client_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.client_id = client_id
        self.setObjectName("decisionList")
        self.tree = QTreeWidget()
        headers = [self.tr("Date"), self.tr("Situation"), self.tr("Decision"), self.tr("Status")]
        if not client_id:
            headers.insert(1, self.tr("Chart"))
        self.tree.setHeaderLabels(headers)
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAccessibleName(self.tr("Confidentiality decisions"))
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(lambda item, _c: self.open(str(item.data(0, Qt.ItemDataRole.UserRole))))
        self.trigger = QComboBox()
        self.trigger.setAccessibleName(self.tr("Filter by situation"))
        self.trigger.addItem(self.tr("All situations"), None)
        for key in TRIGGERS:
            self.trigger.addItem(trigger_words(key), key)
        # As wide as a short situation, not the longest (426 pixels in Spanish held the chart
        # wider than a 1000-pixel screen has beside the client list); its list shows each whole.
        self.trigger.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.trigger.setMinimumContentsLength(28)
        self.trigger.setToolTip(self.trigger.currentText())
        self.trigger.currentTextChanged.connect(self.trigger.setToolTip)  # whole, where the box cuts it
        self.drafts = QCheckBox(self.tr("Drafts only"))
        self.new_button = QPushButton(self.tr("New decision…"))
        self.new_button.setAccessibleName(self.tr("New confidentiality decision"))
        self.new_button.clicked.connect(lambda: self.start())
        self.empty = QLabel("")
        self.empty.setWordWrap(True)
        self.empty.setObjectName("calmNote")
        top = QHBoxLayout()
        top.addWidget(self.trigger, 1)  # the room there is, for the situation's whole name
        top.addWidget(self.drafts)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        # Shown only once in the layout: made visible while it had no parent, the button was a
        # window of its own for a moment, which took the keyboard from the main window (found
        # by test_chart_tabs_keyboard: after Alt+9, Decisions, Alt+0 went nowhere).
        self.new_button.setVisible(client_id is not None)
        self.trigger.currentIndexChanged.connect(lambda _i: self.refresh())
        self.drafts.toggled.connect(lambda _c: self.refresh())
        self.rows: list[DecisionSummary] = []
        self.dialog: QDialog | None = None
        ops.changed.connect(self._on_changes)
        self.refresh()

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches_client(self.client_id, Kind.DECISIONS):
            self.refresh()

    def refresh(self) -> None:
        client_id, trigger, drafts = self.client_id, self.trigger.currentData(), self.drafts.isChecked()
        self.ops.query(self, lambda v: decisions.list_decisions(v, client_id=client_id, trigger=trigger,
                                                                unsigned_only=drafts)).success(self._listed).run()

    def _listed(self, rows: list[DecisionSummary]) -> None:
        self.rows = rows
        self.tree.clear()
        for s in rows:
            values = [show_date(s.occurred_on)]
            if self.client_id is None:
                values.append(s.chart_number)
            outcome = outcome_words(s.outcome, s.trigger) if s.outcome in OUTCOME_LABELS else "-"
            values += [trigger_words(s.trigger), outcome,
                       (self.tr("signed") if s.signed else self.tr("draft"))
                       + (" · " + self.tr("disclosed") if s.disclosure_id else "")]
            item = QTreeWidgetItem(values)
            item.setData(0, Qt.ItemDataRole.UserRole, s.decision_id)
            self.tree.addTopLevelItem(item)
        self.empty.setText(self._empty_words())
        self.empty.setVisible(not rows)

    def _empty_words(self) -> str:
        """Why the list is empty, and where a decision is started: Records > Confidentiality
        decisions said only "No confidentiality decisions.", and has no New decision… itself."""
        if self.drafts.isChecked() or self.trigger.currentData() is not None:
            return self.tr("No confidentiality decisions match this filter.")
        if self.client_id is not None:
            return self.tr("No confidentiality decisions in this chart yet. Start one with New decision…")
        return self.tr("No confidentiality decisions yet. One is started in a chart's Decisions tab (New decision…).")

    def start(self, *, session_id: str | None = None, trigger: str | None = None) -> DecisionDialog:
        assert self.client_id is not None
        dialog = DecisionDialog(self.ops, self.client_id, session_id=session_id, trigger=trigger, parent=self)
        # Saving a draft's steps is not logged, so it sends no notice: the list reads again
        # when its own dialog closes.
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.show()
        self.dialog = dialog
        return dialog

    def open(self, decision_id: str) -> QDialog:
        """A draft reopens in the step-by-step dialog; a signed record opens read-only."""
        summary = next((s for s in self.rows if s.decision_id == decision_id), None)
        dialog: QDialog
        if summary is not None and not summary.signed:
            dialog = DecisionDialog(self.ops, summary.client_id, decision_id=decision_id, parent=self)
        else:
            dialog = DecisionRecordDialog(self.ops, decision_id, parent=self)
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.show()
        self.dialog = dialog
        self.opened.emit(decision_id)
        return dialog


class DecisionRecordDialog(GuardedDialog):
    """A signed decision as written, its addenda, and a box to add one."""

    def __init__(self, ops: Operations, decision_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.decision_id = decision_id
        self.setWindowTitle(self.tr("Confidentiality decision"))
        self.setObjectName("decisionRecord")
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("The decision as signed"))
        self.addendum = leaves_by_tab(QPlainTextEdit())
        self.addendum.setAccessibleName(self.tr("Addendum"))
        self.addendum.setPlaceholderText(
            self.tr("Later facts: the agency's answer, the court's ruling, a follow-up done…"))
        self.addendum.setMaximumHeight(90)
        self.add_button = QPushButton(self.tr("Add addendum"))
        self.add_button.clicked.connect(self.add)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.addendum)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(buttons)
        # Within the screen: 560 high put Close below a 1366x768 laptop's edge at 150 % (found
        # on Xvfb in Spanish); the decision's text gives up its height first.
        self.resize(size_in_screen(self, QSize(680, 560)))
        self.view: DecisionView | None = None
        self.reload()

    def typed(self) -> bool:
        """An addendum typed and not yet added: Escape or the title bar's × asks before losing it
        (gui/escape_guard.py)."""
        return bool(self.addendum.toPlainText().strip()) and self.addendum.isEnabled()

    def reload(self) -> None:
        decision_id = self.decision_id

        def job(v: Vault) -> tuple[DecisionView, str]:
            view = decisions.view(v, decision_id)
            return view, clients.get_client(v, view.decision.client_id).chart_number

        self.ops.query(self, job).success(self._shown).run()

    def _shown(self, found: tuple[DecisionView, str]) -> None:
        view, chart_number = found
        self.view = view
        self.text.setPlainText(describe(view.decision, view.addenda, signature_valid=view.signature_valid,
                                        chart_number=chart_number, locale=practice_locale(),
                                        must_not_tell_client=view.guide.must_not_tell_client))
        self.addendum.setEnabled(view.decision.signed)
        self.add_button.setEnabled(view.decision.signed)

    def add(self) -> None:
        decision_id, body = self.decision_id, self.addendum.toPlainText()
        if not body.strip():
            return

        def done(_result: object) -> None:
            self.addendum.clear()
            self.reload()

        self.ops.op(self, lambda v: decisions.add_addendum(v, decision_id, body),
                    label=self.tr("Adding…")).success(done).run()


__all__ = ["DecisionList", "DecisionRecordDialog"]
