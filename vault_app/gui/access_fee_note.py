"""What may be charged for the client's copy, said where the copy is made (45 CFR 164.524(c)(4);
domain/access_fee holds the rule). Found by a walker (W15): nothing in the app said it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


class AccessFeeNote(QLabel):
    """One short line under the copy's fields; the app records no fee."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName("accessFeeNote")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(self.tr("What may be charged for the copy"))
        # The words of domain/access_fee.FEE_SENTENCE (tests/gui/test_access_fee_note.py keeps them equal).
        self.setText(self.tr(
            "A fee for this copy, if you charge one, may cover only the labor of copying, supplies, postage and a "
            "summary the client agreed to (45 CFR 164.524(c)(4))."))


__all__ = ["AccessFeeNote"]
