"""The kinds of information an authorization's description names (domain/disclosure_parts.py),
ticked on the authorization form beside the client's words (45 CFR 164.508(c)(1)(i)). The app
cannot read the free text; the therapist's own reading of the signed form's words is what the
export is then held to. None ticked: the export asks, each time, that they confirm the parts
sent against the words (an authorization recorded before the kinds were asked is the same)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGridLayout, QVBoxLayout, QWidget

from vault_app.domain.disclosure_parts import PARTS
from vault_app.gui.i18n import QT_TRANSLATE_NOOP
from vault_app.gui.widgets import wrapped_label

CONTEXT = "AuthorizationParts"
# Each kind's tick, in PARTS order (the gate's words for them: refusal_words_gate.PARTS).
TICKS: dict[str, str] = {
    "attendance": QT_TRANSLATE_NOOP("AuthorizationParts", "Dates of attendance"),
    "diagnosis": QT_TRANSLATE_NOOP("AuthorizationParts", "Diagnosis"),
    "summary": QT_TRANSLATE_NOOP("AuthorizationParts", "A treatment summary or letter"),
    "progress_notes": QT_TRANSLATE_NOOP("AuthorizationParts", "Full progress notes"),
    "measures": QT_TRANSLATE_NOOP("AuthorizationParts", "Assessments and measures"),
}


class DescribedParts(QWidget):
    """Five ticks, none by default, and a line saying what they do."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ticks = {key: QCheckBox(QCoreApplication.translate(CONTEXT, TICKS[key])) for key in PARTS}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for n, key in enumerate(PARTS):
            name = QCoreApplication.translate("AuthorizationParts", "Describes: {kind}")
            self.ticks[key].setAccessibleName(name.format(kind=QCoreApplication.translate(CONTEXT, TICKS[key])))
            grid.addWidget(self.ticks[key], n // 3, n % 3)
        words = QCoreApplication.translate(
            "AuthorizationParts", "Tick what the form's words name: an export sends nothing else under it. "
                                  "None ticked: each export asks you to confirm its parts against the words.")
        self.note = wrapped_label(words, "calmNote")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.note)

    def place(self, form: QFormLayout) -> None:
        form.addRow(QCoreApplication.translate("AuthorizationParts", "Describes:"), self)

    def parts(self) -> list[str]:
        return [key for key in PARTS if self.ticks[key].isChecked()]

    def boxes(self) -> dict[str, QCheckBox]:
        """Held over a lock with the form's other ticks (gui/auth_dialog._boxes)."""
        return {f"describes_{key}": box for key, box in self.ticks.items()}


__all__ = ["CONTEXT", "TICKS", "DescribedParts"]
