"""The Guardians window's choice of the basis on which one who may not sign still has the client's
records (domain/guardian_records_access.BASES: the custody order, another court order, the state's law,
or another in the therapist's words), in the window's language, each with its citation as its tip; the
words beside it say which order or statute. It was a line of free text alone."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox

from vault_app.domain.guardian_records_access import BASES, BY_CODE
from vault_app.gui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "GuardiansDialog"
# Each basis as the choice reads, and what the words beside it should say.
CHOICES: Mapping[str, str] = {
    "": QT_TRANSLATE_NOOP("GuardiansDialog", "none recorded"),
    "custody_order": QT_TRANSLATE_NOOP("GuardiansDialog", "the custody order or parenting plan gives them the records"),
    "court_order": QT_TRANSLATE_NOOP("GuardiansDialog", "another court order gives them the records"),
    "state_law": QT_TRANSLATE_NOOP("GuardiansDialog", "the state's law gives a parent the records"),
    "other": QT_TRANSLATE_NOOP("GuardiansDialog", "another basis (say which)"),
}
DETAILS: Mapping[str, str] = {
    "": QT_TRANSLATE_NOOP("GuardiansDialog", "if the order or the law gives them the records: which, e.g. custody "
                                             "order of 03/02/2026, section 4"),
    "custody_order": QT_TRANSLATE_NOOP("GuardiansDialog", "its date and section, e.g. order of 03/02/2026, "
                                                          "section 4"),
    "court_order": QT_TRANSLATE_NOOP("GuardiansDialog", "which order, its date and section"),
    "state_law": QT_TRANSLATE_NOOP("GuardiansDialog", "which law: needed"),
    "other": QT_TRANSLATE_NOOP("GuardiansDialog", "the basis, in your words: needed"),
}
assert set(CHOICES) == {"", *BY_CODE} == set(DETAILS), "a basis without its words"


def basis_box() -> QComboBox:
    """The choice, none first; each basis's citation is its tip (a screen reader reads it too)."""
    box = QComboBox()
    box.setAccessibleName(QCoreApplication.translate("GuardiansDialog", "Basis for having the records"))
    box.addItem(QCoreApplication.translate(CONTEXT, CHOICES[""]), "")
    for basis in BASES:
        box.addItem(QCoreApplication.translate(CONTEXT, CHOICES[basis.code]), basis.code)
        box.setItemData(box.count() - 1, basis.citation, Qt.ItemDataRole.ToolTipRole)
    return box


def detail_words(code: str) -> str:
    """What the words beside the choice should say, as their placeholder."""
    return QCoreApplication.translate(CONTEXT, DETAILS.get(code, DETAILS[""]))


__all__ = ["CHOICES", "DETAILS", "basis_box", "detail_words"]
