"""A legal hold's reason in the screen's language, for the Legal holds window and the
destruction wizard that names the holds a chart is under."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vault_app.gui.i18n import QT_TRANSLATE_NOOP

# A hold's reason, stored by key (domain/retention.HOLD_REASONS): found in the real app, the
# Reason box and the list said "Subpoena", "Litigation" on Spanish screens.
REASONS = {
    "subpoena": QT_TRANSLATE_NOOP("HoldsDialog", "Subpoena"),
    "litigation": QT_TRANSLATE_NOOP("HoldsDialog", "Litigation"),
    "complaint": QT_TRANSLATE_NOOP("HoldsDialog", "Complaint"),
    "audit": QT_TRANSLATE_NOOP("HoldsDialog", "Audit"),
    "investigation": QT_TRANSLATE_NOOP("HoldsDialog", "Investigation"),
    "other": QT_TRANSLATE_NOOP("HoldsDialog", "Other"),
}


def reason_words(reason: str) -> str:
    """A hold's reason in the screen's language; one added to the domain later as stored, capitalised."""
    return QCoreApplication.translate("HoldsDialog", REASONS[reason]) if reason in REASONS else reason.capitalize()


__all__ = ["REASONS", "reason_words"]
