"""Where a document the app writes in English only is made, a screen in another language says so.

The superbill, the client's access copy and accounting, and a disclosure's PDF are
English pages (their wording is fixed legal English: services/pdf_export.py); the screens are
translated. A therapist working in Spanish made them for a Spanish-speaking client and learned
only from the PDF (found by a walker on Spanish screens). Said
until they can be made in Spanish; nothing is said on an English screen. The request letters are
written in the client's letter language (domain/letter_language; gui/letter_language_field.py says it
where a letter is made); saving a kept one says it prints as it was written.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from vault_app.gui.i18n import QT_TRANSLATE_NOOP, current_language
from vault_app.gui.widgets import wrapped_label

ENGLISH_ONLY: dict[str, str] = {
    # The statement is written in the client's letter language (services/superbill_pdf.bill_words);
    # this said both were English, over a Spanish statement (walker, round 44).
    "bills": QT_TRANSLATE_NOOP(
        "DocumentLanguage",
        "The superbill is made in English (a health plan reads it); the statement, in the language of the client's "
        "letters (set in the client's details)."),
    # A kept letter prints as it was written, in its language (the client's letter language then).
    "letters": QT_TRANSLATE_NOOP(
        "DocumentLanguage",
        "Each letter is saved as it was written: in English, or in Spanish for a client whose letters are set to "
        "Spanish in the client's details."),
    # Where the words of a letter are typed (the Deny window): a Spanish screen's examples drew Spanish
    # into the English letter, "We are giving you access to: las notas de evolución…" (walker wspanish).
    "letter_words": QT_TRANSLATE_NOOP(
        "DocumentLanguage",
        "The letter is written in English and carries what you type here as you type it: write it in English. "
        "The app cannot make the letter in your screen's language yet."),
    "access_copy": QT_TRANSLATE_NOOP(
        "DocumentLanguage",
        "The copy of the records is made in English: the app cannot make it in your screen's language yet."),
    # The accounting of disclosures, the client's (164.528): said nothing either (walker wes, round 37).
    "accounting": QT_TRANSLATE_NOOP(
        "DocumentLanguage",
        "The accounting of disclosures is made in English: the app cannot make it in your screen's language yet."),
    # Export or disclose: a disclosure PDF for a Spanish-speaking client or provider (walker wes, round 37).
    "disclosure": QT_TRANSLATE_NOOP(
        "DocumentLanguage",
        "The PDF is made in English (its headings and notices; the notes go as they were written): the app "
        "cannot make it in your screen's language yet."),
}


def english_only_words(document: str) -> str:
    """What to say where `document` is made: nothing on an English screen."""
    if current_language() == "en":
        return ""
    return QCoreApplication.translate("DocumentLanguage", ENGLISH_ONLY[document])


def english_only_label(document: str) -> QLabel:
    """A calm note with those words, hidden when there are none."""
    label = wrapped_label(english_only_words(document), "calmNote")
    label.setAccessibleName(QCoreApplication.translate("DocumentLanguage", "The document's language"))
    # Hidden only: shown here, before any layout gives it a parent, it was a window of its own for
    # a moment (tests/gui/parentless.py); unhidden, it shows with the window it is placed in.
    if not label.text():
        label.hide()
    return label


__all__ = ["ENGLISH_ONLY", "english_only_label", "english_only_words"]
