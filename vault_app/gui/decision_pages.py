"""The step pages of the confidentiality-decision dialog: one question per page.

Each page shows the question and a plain explanation from the prompts for the chosen
trigger, in the screen's language by their codes (gui/decision_prompt_words.py), takes the
answer, and gives it back as the step's mapping (`values()`), the shape the service's `update`
takes. `load()` fills a page from a saved draft.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from vault_app.domain.decision_guide import STEP_TITLES
from vault_app.gui.date_field import DateField, date_picker, unfinished_date
from vault_app.gui.dates import qt_date_format, show_date
from vault_app.gui.decision_prompt_words import (
    kept,
    kind_words,
    prompt_words,
    recorded_name_words,
    setting_words,
    shown,
)
from vault_app.gui.decision_words import trigger_words
from vault_app.gui.widgets import QT_TRANSLATE_NOOP, leaves_by_tab
from vault_app.gui.widgets import wrapped_label as label

if TYPE_CHECKING:
    from vault_app.domain.decision_guide import TriggerGuide
    from vault_app.domain.decisions import Decision
    from vault_app.domain.practice import Jurisdiction

# Marked for translation here, translated where shown (under the "StepPage" context).
TRISTATE = (("", QT_TRANSLATE_NOOP("StepPage", "Not assessed")), ("yes", QT_TRANSLATE_NOOP("StepPage", "Yes")),
            ("no", QT_TRANSLATE_NOOP("StepPage", "No")))
# The risk factors weighed (domain/decisions.RISK_FACTORS), as the Reasoning step labels them.
RISK_LABELS = {
    "plan": QT_TRANSLATE_NOOP("StepPage", "Plan:"),
    "intent": QT_TRANSLATE_NOOP("StepPage", "Intent:"),
    "means": QT_TRANSLATE_NOOP("StepPage", "Means:"),
    "identifiable_victim": QT_TRANSLATE_NOOP("StepPage", "Identifiable victim:"),
    "history": QT_TRANSLATE_NOOP("StepPage", "History:"),
}


class _TriggerStep(Protocol):
    @property
    def session(self) -> QComboBox: ...

    @property
    def when(self) -> QDateEdit: ...


class _OutcomeStep(Protocol):
    def outcome(self) -> str | None: ...


class DecisionSteps(Protocol):
    """What a step page uses of the dialog that holds it (decision_dialog.DecisionDialog is
    one): the steps are built by the dialog and must not import it back."""

    @property
    def guide(self) -> TriggerGuide | None: ...
    @property
    def jurisdiction(self) -> Jurisdiction | None: ...
    @property
    def license_state(self) -> str: ...
    @property
    def loaded(self) -> bool: ...
    @property
    def trigger_page(self) -> _TriggerStep: ...
    @property
    def outcome_page(self) -> _OutcomeStep: ...

    def step_number(self, page: StepPage) -> int: ...
    def step_count(self) -> int: ...
    def edit_settings(self) -> object: ...


def date_edit(name: str) -> QDateEdit:
    edit = date_picker(name)
    edit.setDisplayFormat(qt_date_format())  # the practice's way of writing a date
    return edit


def iso(edit: QDateEdit) -> str:
    return edit.date().toString("yyyy-MM-dd")


def consultation_row(on: str, who: str, advice: str) -> QTreeWidgetItem:
    """The date as the practice writes it; the ISO date the record keeps rides along."""
    item = QTreeWidgetItem([show_date(on), who, advice])
    item.setData(0, Qt.ItemDataRole.UserRole, on)
    return item


def set_iso(edit: QDateEdit, value: date | str | None) -> None:
    if value:
        edit.setDate(QDate.fromString(str(value)[:10], "yyyy-MM-dd"))


def text_box(name: str, height: int = 90) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setAccessibleName(name)
    leaves_by_tab(box)
    box.setMinimumHeight(height)
    return box


def settings_button(dialog: DecisionSteps) -> QPushButton:
    button = QPushButton(QCoreApplication.translate("decision_pages", "Jurisdiction settings…"))
    button.setAccessibleName(QCoreApplication.translate("decision_pages", "Edit the jurisdiction settings"))
    button.clicked.connect(dialog.edit_settings)
    return button


class StepPage(QWizardPage):
    """A page for one DEAL step: the question, its explanation, then the answer widgets."""

    step = ""

    def __init__(self, dialog: DecisionSteps) -> None:
        super().__init__()
        self.dialog = dialog
        self.setTitle(prompt_words(STEP_TITLES[self.step]))
        self.question = label("", "sectionTitle")
        self.explanation = label("", "calmNote")
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.question)
        self.body.addWidget(self.explanation)
        self.body.addSpacing(8)

    def validatePage(self) -> bool:
        """Next holds on a half-typed date of the page (said under it): the signed record
        would carry the last whole date Qt kept, a day nobody typed."""
        return not unfinished_date(*(f for f in self.findChildren(DateField) if f.isVisibleTo(self)))

    def initializePage(self) -> None:
        guide = self.dialog.guide
        if guide is None:
            return
        prompt = guide.prompt(self.step)
        self.question.setText(prompt_words(prompt.question))
        self.explanation.setText(prompt_words(prompt.explanation))
        self.setSubTitle(self.tr("{0}. Step {1} of {2}.")
                             .format(trigger_words(guide.trigger), self.dialog.step_number(self),
                                     self.dialog.step_count()))
        self.adapt(guide)

    def adapt(self, guide: TriggerGuide) -> None:
        """Show what this trigger needs (override)."""

    def values(self) -> dict[str, Any]:
        return {}

    def load(self, decision: Decision) -> None:
        """Fill from a saved draft (override)."""


def radio_row(options: list[tuple[str, str]], name: str) -> tuple[QWidget, QButtonGroup, dict[str, QRadioButton]]:
    box = QWidget()
    row = QVBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    group = QButtonGroup(box)
    buttons = {}
    for key, text in options:
        button = QRadioButton(QCoreApplication.translate("StepPage", text))
        button.setAccessibleName(f"{name}: {button.text()}")
        group.addButton(button)
        row.addWidget(button)
        buttons[key] = button
    return box, group, buttons


def checked(buttons: dict[str, QRadioButton]) -> str | None:
    for key, button in buttons.items():
        if button.isChecked():
            return key
    return None


def check(buttons: dict[str, QRadioButton], key: str | None) -> None:
    if key in buttons:
        buttons[key].setChecked(True)


class DutyPage(StepPage):
    step = "duty"

    def __init__(self, dialog: DecisionSteps) -> None:
        super().__init__(dialog)
        box, self.group, self.answers = radio_row(
            [("yes", QT_TRANSLATE_NOOP("StepPage", "Yes, it is confidential")),
             ("no", QT_TRANSLATE_NOOP("StepPage", "No, it is not confidential"))], self.tr("Confidential"))
        self.notes = QLineEdit()
        self.notes.setAccessibleName(self.tr("Where the information came from"))
        self.notes.setPlaceholderText(self.tr("Where it came from (e.g. said in today's session)"))
        self.body.addWidget(box)
        self.body.addWidget(self.notes)
        self.body.addStretch(1)
        self.group.buttonToggled.connect(lambda *_a: self.completeChanged.emit())

    def values(self) -> dict[str, Any]:
        answer = checked(self.answers)
        return {"duty": {"confidential": None if answer is None else answer == "yes", "notes": self.notes.text()}}

    def load(self, decision: Decision) -> None:
        if decision.duty.confidential is not None:
            check(self.answers, "yes" if decision.duty.confidential else "no")
        self.notes.setText(decision.duty.notes)


class ExceptionPage(StepPage):
    step = "exception"

    def __init__(self, dialog: DecisionSteps) -> None:
        super().__init__(dialog)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Exception"))
        box, _, self.kinds = radio_row(
            [("mandatory", QT_TRANSLATE_NOOP("StepPage", "Mandatory: the law requires it")),
             ("permissive", QT_TRANSLATE_NOOP("StepPage", "Permissive: the law allows it")),
             ("none", QT_TRANSLATE_NOOP("StepPage", "None applies"))], self.tr("Exception type"))
        self.setting = QLineEdit()
        self.setting.setAccessibleName(self.tr("Jurisdiction setting that makes it so"))
        form = QFormLayout()
        form.addRow(self.tr("Exception:"), self.name)
        form.addRow(self.tr("Type:"), box)
        form.addRow(self.tr("Because of:"), self.setting)
        self.body.addLayout(form)
        self.body.addWidget(label(self.tr("Suggested from your jurisdiction settings; change anything that does not "
                                          "fit."),
                                  "calmNote"))
        self.settings_button = settings_button(dialog)
        self.body.addWidget(self.settings_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.body.addStretch(1)
        self._filled_for = ""

    def resuggest(self, old: TriggerGuide, new: TriggerGuide) -> None:
        """After the settings change, replace the suggestion, unless the therapist already edited it."""
        untouched = (self.name.text() == prompt_words(old.exception_name)
                     and self.setting.text() == prompt_words(old.jurisdiction_setting)
                     and checked(self.kinds) in (old.exception_kind, None))
        if untouched:
            self._suggest(new)

    def _suggest(self, guide: TriggerGuide) -> None:
        # In the screen's language; left as shown, the record keeps the domain's English (values()).
        self.name.setText(prompt_words(guide.exception_name))
        check(self.kinds, guide.exception_kind if guide.exception_name else None)
        self.setting.setText(prompt_words(guide.jurisdiction_setting))
        # From its beginning: set into the line, a long setting (a state's privilege and citation)
        # showed only its end, the state's name out of sight.
        self.name.setCursorPosition(0)
        self.setting.setCursorPosition(0)

    def adapt(self, guide: TriggerGuide) -> None:
        if self._filled_for != guide.trigger and not self.dialog.loaded:
            self._suggest(guide)
            self._filled_for = guide.trigger

    def _suggestions(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        guide = self.dialog.guide
        return ((guide.exception_name,), (guide.jurisdiction_setting,)) if guide else ((), ())

    def values(self) -> dict[str, Any]:
        names, settings = self._suggestions()
        return {"exception": {"name": kept(self.name.text(), names), "kind": checked(self.kinds),
                              "setting": kept(self.setting.text(), settings)}}

    def load(self, decision: Decision) -> None:
        names, settings = self._suggestions()
        self.name.setText(shown(decision.exception.name, names))
        check(self.kinds, decision.exception.kind)
        self.setting.setText(shown(decision.exception.setting, settings))


class AskPage(StepPage):
    step = "ask"

    def __init__(self, dialog: DecisionSteps) -> None:
        super().__init__(dialog)
        self.list = QTreeWidget()
        self.list.setHeaderLabels([self.tr("Date"), self.tr("With whom"), self.tr("Advice")])
        self.list.setRootIsDecorated(False)
        self.list.setAccessibleName(self.tr("Consultations"))
        self.list.setMinimumHeight(110)
        self.who = QLineEdit()
        self.who.setAccessibleName(self.tr("Consulted whom"))
        self.who.setPlaceholderText(self.tr("e.g. clinical supervisor, insurer's risk line"))
        self.on = date_edit(self.tr("Consultation date"))
        self.advice = QLineEdit()
        self.advice.setAccessibleName(self.tr("What they advised"))
        self.add_button = QPushButton(self.tr("Add consultation"))
        self.add_button.clicked.connect(self.add_current)
        row = QHBoxLayout()
        row.addWidget(self.on)
        row.addWidget(self.who, 1)
        form = QFormLayout()
        form.addRow(self.tr("When, with whom:"), row)
        form.addRow(self.tr("What they advised:"), self.advice)
        self.body.addWidget(self.list)
        self.body.addLayout(form)
        self.body.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignRight)
        self.body.addWidget(label(self.tr("No time to consult? Go on; you can add it later."), "calmNote"))

    def add_current(self) -> None:
        who, advice = self.who.text().strip(), self.advice.text().strip()
        if not who or not advice:
            self.advice.setPlaceholderText(self.tr("Name who you consulted and what they advised."))
            return
        if unfinished_date(self.on):
            return
        item = consultation_row(iso(self.on), who, advice)
        self.list.addTopLevelItem(item)
        self.who.clear()
        self.advice.clear()

    def values(self) -> dict[str, Any]:
        if self.who.text().strip() and self.advice.text().strip():
            self.add_current()  # typed but not added: keep it rather than lose it
        rows = []
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            if item is not None:
                rows.append({"on": item.data(0, Qt.ItemDataRole.UserRole), "with_whom": item.text(1),
                             "advice": item.text(2)})
        return {"consultations": rows}

    def load(self, decision: Decision) -> None:
        self.list.clear()
        for c in decision.consultations:
            self.list.addTopLevelItem(consultation_row(c.on.isoformat(), c.with_whom, c.advice))


class LawPage(StepPage):
    step = "law"

    def __init__(self, dialog: DecisionSteps) -> None:
        super().__init__(dialog)
        self.statute = QLineEdit()
        self.statute.setAccessibleName(self.tr("Statute or rule relied on"))
        self.snapshot = label("", "calmNote")
        self.snapshot.setAccessibleName(self.tr("Jurisdiction settings recorded"))
        self.body.addWidget(self.statute)
        self.body.addWidget(label(self.tr("Recorded with the decision:"), "sectionTitle"))
        self.body.addWidget(self.snapshot)
        self.body.addWidget(settings_button(dialog), 0, Qt.AlignmentFlag.AlignLeft)
        self.body.addStretch(1)

    def adapt(self, guide: TriggerGuide) -> None:
        self.statute.setPlaceholderText(prompt_words(guide.statute_hint))
        self.show_settings()

    def show_settings(self) -> None:
        j = self.dialog.jurisdiction
        if j is not None:
            self.snapshot.setText(
                self.tr("{0}. Duty to warn: {1}. Elder-abuse reporting from age {2} ({3}). Age of consent "
                        "for treatment: {4}; age of majority: {5}. Change them if they do not match your "
                        "state.")
                    .format(recorded_name_words(j, self.dialog.license_state),
                            kind_words(j.duty_to_warn),
                            j.elder_abuse_reporting_age, setting_words("elder_abuse_scope", j.elder_abuse_scope),
                            j.age_of_consent_for_treatment, j.age_of_majority)
            )

    def values(self) -> dict[str, Any]:
        return {"law": {"statute": self.statute.text()}}

    def load(self, decision: Decision) -> None:
        self.statute.setText(decision.law.statute)


class ReasoningPage(StepPage):
    step = "reasoning"

    def __init__(self, dialog: DecisionSteps) -> None:
        super().__init__(dialog)
        self.reasoning = text_box(self.tr("Clinical reasoning"), 140)
        self.body.addWidget(self.reasoning)
        self.risk_box = QGroupBox(self.tr("Risk factors weighed"))
        form = QFormLayout(self.risk_box)
        self.factors: dict[str, QComboBox] = {}
        for name, row_label in RISK_LABELS.items():
            combo = QComboBox()
            said = QCoreApplication.translate("StepPage", row_label).rstrip(":")  # "Identifiable victim"
            combo.setAccessibleName(self.tr("Risk factor: {0}").format(said[:1].lower() + said[1:]))
            for key, text in TRISTATE:
                combo.addItem(QCoreApplication.translate("StepPage", text), key)
            self.factors[name] = combo
            form.addRow(QCoreApplication.translate("StepPage", row_label), combo)
        self.threat = QLineEdit()
        self.threat.setAccessibleName(self.tr("The threat, in a few words"))
        self.person = QLineEdit()
        self.person.setAccessibleName(self.tr("Who is at risk"))
        form.addRow(self.tr("The threat:"), self.threat)
        form.addRow(self.tr("Who is at risk:"), self.person)
        self.body.addWidget(self.risk_box)
        self.reasoning.textChanged.connect(self.completeChanged)

    def adapt(self, guide: TriggerGuide) -> None:
        layout = self.risk_box.layout()
        assert isinstance(layout, QFormLayout)
        for name, combo in self.factors.items():
            layout.setRowVisible(combo, name in guide.risk_factors)
        threat = guide.trigger in ("duty_to_warn", "self_harm", "other")
        layout.setRowVisible(self.threat, threat)
        layout.setRowVisible(self.person, threat)
        self.risk_box.setVisible(bool(guide.risk_factors) or threat)

    def values(self) -> dict[str, Any]:
        risk: dict[str, Any] = {name: combo.currentData() or None for name, combo in self.factors.items()}
        risk.update(threat=self.threat.text(), person_at_risk=self.person.text())
        return {"reasoning": self.reasoning.toPlainText(), "risk": risk}

    def load(self, decision: Decision) -> None:
        self.reasoning.setPlainText(decision.reasoning)
        for name, combo in self.factors.items():
            value = getattr(decision.risk, name)
            combo.setCurrentIndex(combo.findData("" if value is None else ("yes" if value else "no")))
        self.threat.setText(decision.risk.threat)
        self.person.setText(decision.risk.person_at_risk)


__all__ = [
    "AskPage",
    "DutyPage",
    "ExceptionPage",
    "LawPage",
    "ReasoningPage",
    "StepPage",
    "check",
    "checked",
    "date_edit",
    "iso",
    "label",
    "radio_row",
    "set_iso",
    "text_box",
]
