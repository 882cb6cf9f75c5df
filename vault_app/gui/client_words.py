"""A client's status and kind of case in the screen's language, for the client list and the
chart's heading. What is stored and searched stays the key ("discharged", "couple"); a value
added to the domain later shows as stored until it has words here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vault_app.domain.list_names import Words
from vault_app.gui.i18n import QT_TRANSLATE_NOOP

STATUS_WORDS = {
    "active": QT_TRANSLATE_NOOP("ClientWords", "active"),
    "inactive": QT_TRANSLATE_NOOP("ClientWords", "inactive"),
    "discharged": QT_TRANSLATE_NOOP("ClientWords", "discharged"),
}
# Whole phrases, not "{kind} case": Spanish puts the kind after the noun (caso de pareja).
CASE_WORDS = {
    "couple": QT_TRANSLATE_NOOP("ClientWords", "couple case"),
    "family": QT_TRANSLATE_NOOP("ClientWords", "family case"),
}


def status_words(status: str) -> str:
    return QCoreApplication.translate("ClientWords", STATUS_WORDS[status]) if status in STATUS_WORDS else status


def case_words(kind: str) -> str:
    """"couple case" for a couple's chart (an individual's chart is not called a case)."""
    return QCoreApplication.translate("ClientWords", CASE_WORDS[kind]) if kind in CASE_WORDS else kind


def letters_flag(code: str) -> list[str]:
    """The chart's heading says a letter language other than English (domain/letter_language):
    the letters about the client's requests are written in it, whatever the screen's."""
    return [] if code == "en" else [QCoreApplication.translate("ClientWords", "letters in Spanish")]


def list_words() -> Words:
    """How a chart is named where charts are listed (domain/list_names.py), in the screen's
    language: the client list, and the search's hits, so that a hit reads as the row it opens."""
    return Words(
        beside=lambda preferred, legal: QCoreApplication.translate("ClientListPanel", "{preferred} ({legal})").format(
            preferred=preferred, legal=legal),
        born=lambda name, year: QCoreApplication.translate("ClientListPanel", "{name}, born {year}").format(
            name=name, year=year),
        kind=lambda name, kind: QCoreApplication.translate("ClientListPanel", "{name} ({kind})").format(
            name=name, kind=case_words(kind)))


__all__ = ["CASE_WORDS", "STATUS_WORDS", "case_words", "letters_flag", "list_words", "status_words"]
