"""The jurisdiction settings the confidentiality prompts use, editable where they are used.

Duty to warn (mandatory, permissive, none), elder-abuse reporting age and scope, age of
consent for treatment. A neutral baseline ships; the therapist sets their state's values.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vault_app.domain.decision_prompts import NOT_LEGAL_ADVICE
from vault_app.gui.widgets import QT_TRANSLATE_NOOP
from vault_app.services import decisions

if TYPE_CHECKING:
    from vault_app.domain.practice import Jurisdiction
    from vault_app.gui.seam import Operations

# Marked for translation here, translated where shown.
DUTY_TO_WARN = (
    ("mandatory", QT_TRANSLATE_NOOP("JurisdictionDialog", "Mandatory: the law requires protective action")),
    ("permissive", QT_TRANSLATE_NOOP("JurisdictionDialog", "Permissive: the law allows a warning")),
    ("none", QT_TRANSLATE_NOOP("JurisdictionDialog", "None: no duty-to-warn statute")),
)


class JurisdictionDialog(QDialog):
    saved = Signal(object)

    def __init__(self, ops: Operations, jurisdiction: Jurisdiction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setWindowTitle(self.tr("Jurisdiction settings"))
        self.name = QLineEdit(jurisdiction.name)
        self.name.setAccessibleName("Jurisdiction")
        self.duty = QComboBox()
        self.duty.setAccessibleName("Duty to warn")
        for key, text in DUTY_TO_WARN:
            self.duty.addItem(self.tr(text), key)
        self.duty.setCurrentIndex(max(0, self.duty.findData(jurisdiction.duty_to_warn)))
        self.elder_age = QSpinBox()
        self.elder_age.setRange(40, 100)
        self.elder_age.setValue(jurisdiction.elder_abuse_reporting_age)
        self.elder_age.setAccessibleName("Elder-abuse reporting age")
        self.elder_scope = QLineEdit(jurisdiction.elder_abuse_scope)
        self.elder_scope.setAccessibleName("What the elder-abuse duty covers")
        self.consent = QSpinBox()
        self.consent.setRange(1, 30)
        self.consent.setValue(jurisdiction.age_of_consent_for_treatment)
        self.consent.setAccessibleName("Age of consent for treatment")
        form = QFormLayout()
        form.addRow(self.tr("Jurisdiction:"), self.name)
        form.addRow(self.tr("Duty to warn:"), self.duty)
        form.addRow(self.tr("Elder abuse, from age:"), self.elder_age)
        form.addRow(self.tr("Elder abuse covers:"), self.elder_scope)
        form.addRow(self.tr("Age of consent for treatment:"), self.consent)
        note = QLabel(NOT_LEGAL_ADVICE)
        note.setWordWrap(True)
        note.setObjectName("calmNote")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text().strip(),
            "duty_to_warn": self.duty.currentData(),
            "elder_abuse_reporting_age": self.elder_age.value(),
            "elder_abuse_scope": self.elder_scope.text().strip(),
            "age_of_consent_for_treatment": self.consent.value(),
        }

    def save(self) -> None:
        values = self.values()
        self.ops.op(self, lambda v: decisions.update_jurisdiction(v, **values), label=self.tr("Saving settings…")) \
            .success(self._saved).run()

    def _saved(self, jurisdiction: Jurisdiction) -> None:
        self.saved.emit(jurisdiction)
        self.accept()


__all__ = ["JurisdictionDialog"]
