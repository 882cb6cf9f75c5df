"""A legal hold's reason in the screen's language. The vault stores the reason's key
("subpoena", domain/retention.HOLD_REASONS), which the ledger and the command line show as it
is; the Legal holds window, the destruction wizard and a refusal about a hold say it here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vault_app.gui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "HoldWords"

# The reason as a noun that names the hold: "Subpoena" in a list, "citación judicial" in a line.
REASONS = {
    "subpoena": QT_TRANSLATE_NOOP("HoldWords", "Subpoena"),
    "litigation": QT_TRANSLATE_NOOP("HoldWords", "Litigation"),
    "complaint": QT_TRANSLATE_NOOP("HoldWords", "Complaint"),
    "audit": QT_TRANSLATE_NOOP("HoldWords", "Audit"),
    "investigation": QT_TRANSLATE_NOOP("HoldWords", "Investigation"),
    "other": QT_TRANSLATE_NOOP("HoldWords", "Other"),
}


def reason_words(reason: str) -> str:
    """"Subpoena" for "subpoena"; a reason this version does not know (a newer vault's) as stored."""
    source = REASONS.get(reason)
    return QCoreApplication.translate(CONTEXT, source) if source else reason.capitalize()


def reason_in_line(reason: str) -> str:
    """The reason inside a sentence: "subpoena" (lower case, but an acronym stays as it is)."""
    word = reason_words(reason)
    return word[:1].lower() + word[1:] if word[1:2].islower() else word


def reasons_in_line(reasons: list[str] | tuple[str, ...]) -> str:
    """Several reasons inside a sentence: "subpoena, audit"."""
    return ", ".join(reason_in_line(r) for r in reasons)
