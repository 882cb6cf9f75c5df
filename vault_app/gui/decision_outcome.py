"""The decision page: disclose, do not disclose, or seek an order; and, for a disclosure,
exactly what goes out (the minimum, chosen explicitly), to whom, how and when."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vault_app.domain.decisions import METHOD_LABELS
from vault_app.domain.disclosure_basis import SPECS
from vault_app.gui.basis_words import basis_title, evidence_label
from vault_app.gui.chart_words import ATTACHMENT_KIND
from vault_app.gui.chart_words import shown as chart_shown
from vault_app.gui.dates import show_date
from vault_app.gui.decision_pages import StepPage, date_edit, iso, label, set_iso, text_box
from vault_app.gui.decision_prompt_words import kept, prompt_words, shown
from vault_app.gui.decision_words import method_words, outcome_words
from vault_app.gui.export_checks import OthersTick, mark_words
from vault_app.gui.widgets import QT_TRANSLATE_NOOP, ticks_with_space

if TYPE_CHECKING:
    from vault_app.domain.decision_guide import TriggerGuide
    from vault_app.domain.decisions import Decision
    from vault_app.gui.decision_pages import DecisionSteps

# Marked for translation here, translated where shown.
KINDS = (("progress", QT_TRANSLATE_NOOP("OutcomePage", "Progress notes")),
         ("billing", QT_TRANSLATE_NOOP("OutcomePage", "Billing (sessions)")))
STATES = {"signed": QT_TRANSLATE_NOOP("OutcomePage", "signed"), "draft": QT_TRANSLATE_NOOP("OutcomePage", "draft"),
          "session": QT_TRANSLATE_NOOP("OutcomePage", "session")}
OTHER_BASES = ("health_oversight", "coroner", "legal_defense", "required_by_law")
ORDER_FIELDS = (("judge", QT_TRANSLATE_NOOP("OutcomePage", "Judge:")),
                ("court", QT_TRANSLATE_NOOP("OutcomePage", "Court:")),
                ("case_number", QT_TRANSLATE_NOOP("OutcomePage", "Case number:")))


class OutcomePage(StepPage):
    step = "decision"

    def __init__(self, dialog: DecisionSteps) -> None:
        super().__init__(dialog)
        self.outcome_box = QWidget()
        self.outcome_layout = QVBoxLayout(self.outcome_box)
        self.outcome_layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.outcomes: dict[str, QRadioButton] = {}
        self.body.addWidget(self.outcome_box)
        self.disclosure = QGroupBox(self.tr("What goes out"))
        self.disclosure.setAccessibleName(self.tr("What goes out"))
        # Scrolled: a court order's details make the page taller than a 750-pixel-high window,
        # and the wizard would otherwise grow past the screen, its buttons out of reach.
        self.disclosure_scroll = QScrollArea()
        self.disclosure_scroll.setWidgetResizable(True)
        self.disclosure_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.disclosure_scroll.setWidget(self.disclosure)
        self.body.addWidget(self.disclosure_scroll, 1)
        self._build_disclosure()
        self._records: dict[str, list[tuple[str, str, str, str]]] = {"progress": [], "billing": []}
        self._shared: dict[str, str] = {}  # note id -> why it may hold others' words (its session's modality)
        self._preset: dict[str, Any] = {}
        self.group.buttonToggled.connect(lambda *_a: self._toggle())

    def _build_disclosure(self) -> None:
        form = QFormLayout(self.disclosure)
        self.prompt = label("", "calmNote")
        self.what = text_box(self.tr("Exactly what was disclosed"), 70)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Records it draws on"))
        for key, text in KINDS:
            self.kind.addItem(self.tr(text), key)
        self.kind.currentIndexChanged.connect(lambda _i: self._fill_items())
        self.items = QTreeWidget()
        self.items.setHeaderLabels([self.tr("Date"), self.tr("Record")])
        self.items.setRootIsDecorated(False)
        self.items.setAccessibleName(self.tr("Records the disclosure draws on"))
        self.items.setMaximumHeight(110)
        ticks_with_space(self.items)
        # The notes of couple, family or group sessions ticked: reviewed for what other people said,
        # or left out, as an export's (domain/disclosure_parts.py; the gate refuses them otherwise).
        self.others = OthersTick()
        self.items.itemChanged.connect(lambda *_a: self._others())
        # A warning phoned right after the session, before its note is written, draws on what was said: the
        # event's day as the records' dates (walker wfamily: nothing to tick, and Review said "Still needed:
        # which records the disclosure draws on"; the command line took --records-from/--records-to).
        self.said_in_session = QCheckBox(self.tr("What was said in session, on the day it happened (nothing "
                                                 "stored yet)"))
        self.said_in_session.setAccessibleName(self.tr("Drawn from what was said in session"))
        self.recipient = QComboBox()
        self.recipient.setEditable(True)
        self.recipient.setAccessibleName(self.tr("Recipient"))
        self.address = QLineEdit()
        self.address.setAccessibleName(self.tr("Recipient's address or phone"))
        self.method = QComboBox()
        self.method.setAccessibleName(self.tr("How"))
        self.on = date_edit(self.tr("When it was disclosed"))
        self.reference = QLineEdit()
        self.reference.setAccessibleName(self.tr("Report or reference number"))
        self.minimum = QCheckBox(self.tr("Only the minimum necessary goes out"))
        self.minimum.setAccessibleName(self.tr("Minimum necessary confirmed"))
        form.addRow(self.prompt)
        form.addRow(self.tr("Exactly what:"), self.what)
        form.addRow(self.tr("Drawing on:"), self.kind)
        form.addRow("", self.items)
        form.addRow("", self.others)
        form.addRow("", self.said_in_session)
        form.addRow(self.tr("To whom:"), self.recipient)
        form.addRow(self.tr("Address:"), self.address)
        form.addRow(self.tr("How:"), self.method)
        form.addRow(self.tr("When:"), self.on)
        form.addRow(self.tr("Reference:"), self.reference)
        form.addRow("", self.minimum)
        self.order = QGroupBox(self.tr("The court order"))
        order = QFormLayout(self.order)
        self.judge, self.court, self.case_number = QLineEdit(), QLineEdit(), QLineEdit()
        edits = {"judge": self.judge, "court": self.court, "case_number": self.case_number}
        for key, row_label in ORDER_FIELDS:
            edits[key].setAccessibleName(self.tr(row_label).rstrip(":"))  # the row's words: "Judge"
            order.addRow(self.tr(row_label), edits[key])
        self.order_date = date_edit(self.tr("Date of the order"))
        self.order_file = QComboBox()
        self.order_file.setAccessibleName(self.tr("Attached copy of the signed order"))
        order.addRow(self.tr("Dated:"), self.order_date)
        order.addRow(self.tr("Signed copy:"), self.order_file)
        order.addRow(label(self.tr("Attach the scanned order to the chart first (Attachments tab)."), "calmNote"))
        form.addRow(self.order)
        self.basis_box = QGroupBox(self.tr("Legal basis"))
        basis = QFormLayout(self.basis_box)
        self.basis = QComboBox()
        self.basis.setAccessibleName(self.tr("Legal basis"))
        for key in OTHER_BASES:
            if key in SPECS:
                self.basis.addItem(basis_title(key), key)
        self.basis.currentIndexChanged.connect(lambda _i: self._basis_fields())
        basis.addRow(self.tr("Basis:"), self.basis)
        self.evidence: dict[str, QLineEdit | QCheckBox] = {}
        self.basis_form = basis
        form.addRow(self.basis_box)

    # --- records ---------------------------------------------------------------------------
    def set_records(self, progress: list[tuple[str, str, str, str]], sessions: list[tuple[str, str]],
                    attachments: list[tuple[str, str, str]], shared: dict[str, str] | None = None) -> None:
        """Progress notes as (id, date, state, session id); sessions as (id, date); attachments as
        (id, kind, file name), the kind said in the screen's language; `shared`: the notes that may
        hold what other people said (gui/export_checks.shared_notes)."""
        self._records = {"progress": progress, "billing": [(s, day, "session", s) for s, day in sessions]}
        self._shared = dict(shared or {})
        self.order_file.clear()
        self.order_file.addItem(self.tr("(none attached)"), "")
        for attachment_id, kind, filename in attachments:
            self.order_file.addItem(f"{chart_shown(ATTACHMENT_KIND, kind)}: {filename}", attachment_id)
        self._fill_items()

    def _fill_items(self) -> None:
        self.items.clear()
        session_id = self.dialog.trigger_page.session.currentData()
        for item_id, day, state, of_session in self._records.get(str(self.kind.currentData()), []):
            said = self.tr(STATES.get(state, state))
            if item_id in self._shared:
                said = f"{said} · {mark_words(self._shared[item_id])}"
            item = QTreeWidgetItem([show_date(day), said])
            item.setData(0, Qt.ItemDataRole.UserRole, item_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            # The record of the session it came up in is the usual (and minimum) choice.
            chosen = bool(session_id) and of_session == session_id
            item.setCheckState(0, Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
            self.items.addTopLevelItem(item)
        self._others()

    def _others(self) -> None:
        self.others.show_for(self._shared[i] for i in self.selected() if i in self._shared)

    def selected(self) -> list[str]:
        out = []
        for i in range(self.items.topLevelItemCount()):
            item = self.items.topLevelItem(i)
            if item is not None and item.checkState(0) == Qt.CheckState.Checked:
                out.append(str(item.data(0, Qt.ItemDataRole.UserRole)))
        return out

    def check_items(self, ids: list[str]) -> None:
        for i in range(self.items.topLevelItemCount()):
            item = self.items.topLevelItem(i)
            if item is not None:
                wanted = str(item.data(0, Qt.ItemDataRole.UserRole)) in ids
                item.setCheckState(0, Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    # --- per trigger -------------------------------------------------------------------------
    def adapt(self, guide: TriggerGuide) -> None:
        chosen = self.outcome()
        for button in self.outcomes.values():
            self.group.removeButton(button)
            button.deleteLater()
        self.outcomes = {}
        for key in guide.outcomes:
            button = QRadioButton(outcome_words(key, guide.trigger))
            button.setAccessibleName(self.tr("Decision: {0}").format(outcome_words(key, guide.trigger)))
            self.group.addButton(button)
            self.outcome_layout.addWidget(button)
            self.outcomes[key] = button
        preset = chosen or self._preset.get("outcome") or guide.default_outcome
        if preset in self.outcomes:
            self.outcomes[preset].setChecked(True)
        self.prompt.setText(prompt_words(guide.prompt("disclosure").explanation))
        current = self.recipient.currentText()
        self.recipient.clear()
        # In the screen's language; one left as shown is kept in the domain's English (values()).
        self.recipient.addItems([prompt_words(r) for r in guide.recipients])
        self.recipient.setEditText(current if current else (prompt_words(guide.recipients[0])
                                                            if guide.recipients else ""))
        method = self.method.currentData() or self._preset.get("method")
        self.method.clear()
        for method_key in [*guide.methods, *(m for m in METHOD_LABELS if m not in guide.methods)]:
            self.method.addItem(method_words(method_key), method_key)
        if method:
            self.method.setCurrentIndex(self.method.findData(method))
        self.order.setVisible(guide.trigger == "court_order")
        self.basis_box.setVisible(guide.trigger == "other")
        self._basis_fields()
        self._toggle()

    def _basis_fields(self) -> None:
        for old in self.evidence.values():
            self.basis_form.removeRow(old)
        self.evidence = {}
        spec = SPECS.get(str(self.basis.currentData()))
        if spec is None:
            return
        for f in spec.fields:
            widget: QLineEdit | QCheckBox
            said = evidence_label(spec.kind, f.name)
            if f.type == "bool":
                widget = QCheckBox(said)
            else:
                widget = QLineEdit()
                widget.setPlaceholderText(said + ("" if f.required else self.tr(" (optional)")))
            widget.setAccessibleName(said)
            self.basis_form.addRow(widget)
            self.evidence[f.name] = widget

    def outcome(self) -> str | None:
        for key, button in self.outcomes.items():
            if button.isChecked():
                return key
        return None

    def _toggle(self) -> None:
        discloses = self.outcome() == "disclose"
        self.disclosure_scroll.setVisible(discloses)
        self.disclosure.setVisible(discloses)

    # --- values ------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        if not self.outcomes:
            # Not shown yet (its choices are made for the trigger when it is): a draft reopened and
            # left before this step keeps its decision and disclosure as saved. Found in the real app:
            # closing it at step 1 saved "no decision", a warning given by phone erased from its record.
            return {}
        outcome = self.outcome()
        if outcome != "disclose":
            return {"outcome": outcome, "disclosure": None}
        details: dict[str, Any] = {
            "what": self.what.toPlainText(), "info_kind": self.kind.currentData(), "item_ids": self.selected(),
            "recipient": kept(self.recipient.currentText(), self._recipients()),
            "recipient_address": self.address.text(),
            "method": self.method.currentData(), "on": iso(self.on), "reference": self.reference.text(),
            "minimum_necessary": self.minimum.isChecked(),
            "others_reviewed": self.others.reviewed(),
        }
        if self.said_in_session.isChecked():
            day = iso(self.dialog.trigger_page.when)
            details.update(date_from=day, date_to=day)
        guide = self.dialog.guide
        if guide is not None and guide.trigger == "court_order":
            details["order"] = {"judge": self.judge.text(), "court": self.court.text(),
                                "case_number": self.case_number.text(), "order_date": iso(self.order_date),
                                "attachment_id": self.order_file.currentData() or "",
                                "covers": [self.kind.currentData()]}
        if guide is not None and guide.trigger == "other":
            details["basis_kind"] = self.basis.currentData() or ""
            details["basis_evidence"] = {
                name: (w.isChecked() if isinstance(w, QCheckBox) else w.text())
                for name, w in self.evidence.items()
                if (w.isChecked() if isinstance(w, QCheckBox) else w.text().strip())
            }
        return {"outcome": outcome, "disclosure": details}

    def _recipients(self) -> tuple[str, ...]:
        guide = self.dialog.guide
        return guide.recipients if guide else ()

    def load(self, decision: Decision) -> None:
        self._preset = {"outcome": decision.outcome}
        x = decision.disclosure
        if x is None:
            return
        self.said_in_session.setChecked(x.date_from is not None and x.date_from == x.date_to == decision.occurred_on)
        self.what.setPlainText(x.what)
        self.kind.setCurrentIndex(max(0, self.kind.findData(x.info_kind)))
        self.check_items(list(x.item_ids))
        self._others()
        self.others.box.setChecked(x.others_reviewed and not self.others.isHidden())
        self.recipient.setEditText(shown(x.recipient, self._recipients()))
        self.address.setText(x.recipient_address)
        self._preset["method"] = x.method
        set_iso(self.on, x.on)
        self.reference.setText(x.reference)
        self.minimum.setChecked(x.minimum_necessary)
        if x.order is not None:
            self.judge.setText(x.order.judge)
            self.court.setText(x.order.court)
            self.case_number.setText(x.order.case_number)
            set_iso(self.order_date, x.order.order_date)
            self.order_file.setCurrentIndex(max(0, self.order_file.findData(x.order.attachment_id)))


__all__ = ["OutcomePage"]
