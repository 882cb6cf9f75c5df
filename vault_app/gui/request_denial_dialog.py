"""Denying an access request, all of it or a part: the ground, what is denied, and what is
released anyway.

45 CFR 164.524(d)(1): having grounds to deny part of what was asked, the practice must still
give access to the rest. The request window offered one ground and then closed the whole
request as denied, every button greyed, the copy of the rest with them (found in the real
app). A part denied records the request as partially granted (services.requests.deny_request
with what is released), its letter says what is given, and the copy of the rest can be given
after.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from vault_app.gui.widgets import give_form_mnemonics


class DenialDialog(QDialog):
    """Emits `chosen` (ground code, what is denied, what is released: "" for a whole denial)."""

    chosen = Signal(str, str, str)

    def __init__(self, choices: list[tuple[str, str]], ground: str = "", parent: QWidget | None = None,
                 *, denied: str = "", granted: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("requestDenialDialog")
        self.setWindowTitle(self.tr("Deny"))
        self.codes = [code for code, _label in choices]
        intro = QLabel(self.tr("Whatever is not denied on a ground is still released: deny only the part the "
                               "ground covers, and give the copy of the rest (45 CFR 164.524(d)(1))."))
        intro.setWordWrap(True)
        self.ground = QComboBox()
        self.ground.setAccessibleName(self.tr("Ground for the denial"))
        self.ground.addItems([label for _code, label in choices])
        if ground in self.codes:
            self.ground.setCurrentIndex(self.codes.index(ground))
        self.whole = QRadioButton(self.tr("Deny the whole request"))
        self.part = QRadioButton(self.tr("Deny a part only: the rest is released"))
        self.part.setChecked(True)  # the rule's default: release what the ground does not cover
        scope = QButtonGroup(self)
        scope.addButton(self.part)
        scope.addButton(self.whole)
        self.denied = QLineEdit()
        self.denied.setAccessibleName(self.tr("What is denied"))
        self.denied.setText(denied)
        self.denied.setPlaceholderText(self.tr("e.g. the notes naming the client's brother"))
        self.granted = QLineEdit()
        self.granted.setAccessibleName(self.tr("What is released anyway"))
        self.granted.setText(granted)
        self.granted.setPlaceholderText(self.tr("e.g. the other progress notes and the billing information"))
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setObjectName("fieldProblem")
        self.message.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Ground:"), self.ground)
        form.addRow("", self.part)
        form.addRow("", self.whole)
        form.addRow(self.tr("What is &denied:"), self.denied)
        self.granted_label = QLabel(self.tr("What is &released anyway:"))
        self.granted_label.setBuddy(self.granted)
        form.addRow(self.granted_label, self.granted)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.record_button = buttons.addButton(self.tr("Record the denial"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._record)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.whole.toggled.connect(self._scope)
        self._scope()
        give_form_mnemonics(self, [self.record_button])
        self.ground.setFocus()

    def _scope(self) -> None:
        partial = self.part.isChecked()
        self.granted.setEnabled(partial)
        self.granted_label.setEnabled(partial)
        self.message.hide()

    def _record(self) -> None:
        denied, granted = self.denied.text().strip(), self.granted.text().strip()
        if self.part.isChecked() and not (denied and granted):
            # Both halves go into the letter: "We are giving you access to …", "We are denying access to …".
            self.message.setText(self.tr("Say what is denied and what is released, or choose to deny the whole "
                                         "request."))
            self.message.show()
            (self.denied if not denied else self.granted).setFocus()
            return
        self.chosen.emit(self.codes[self.ground.currentIndex()], denied, granted if self.part.isChecked() else "")
        self.accept()


__all__ = ["DenialDialog"]
