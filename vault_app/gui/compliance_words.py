"""What each kind of compliance record is called on screen: one list for the Destructions
dialog's compliance box and the dashboard, translated in the box's context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vault_app.gui.i18n import QT_TRANSLATE_NOOP

KIND_WORDS: dict[str, str] = {
    "client_identity": QT_TRANSLATE_NOOP("ComplianceBox", "the client's name and chart number"),
    "authorization": QT_TRANSLATE_NOOP("ComplianceBox", "authorization"),
    "disclosure_evidence": QT_TRANSLATE_NOOP("ComplianceBox", "disclosure evidence"),
    "request": QT_TRANSLATE_NOOP("ComplianceBox", "client request"),
    "letter": QT_TRANSLATE_NOOP("ComplianceBox", "letter"),
    "review": QT_TRANSLATE_NOOP("ComplianceBox", "review"),
    "restriction": QT_TRANSLATE_NOOP("ComplianceBox", "restriction"),
    "accounting_suspension": QT_TRANSLATE_NOOP("ComplianceBox", "accounting suspension"),
}


def kind_words(kind: str) -> str:
    """The record's kind in the screen's language; an unknown (later) kind as stored."""
    return QCoreApplication.translate("ComplianceBox", KIND_WORDS[kind]) if kind in KIND_WORDS else kind


__all__ = ["KIND_WORDS", "kind_words"]
