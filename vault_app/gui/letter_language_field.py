"""The client's letter language on the client's forms, and said where a letter is made.

The letters about a client's requests (denials, extensions, the amendment and review letters) are
written in the client's letter language (domain/letter_language), whatever the screen's: chosen on
the client's forms, shown on the chart, and said in the windows where a letter is made, so the
therapist writes what goes into it in that language and is not surprised by the letter.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from vault_app.gui.document_language import english_only_label
from vault_app.gui.i18n import QT_TRANSLATE_NOOP, current_language
from vault_app.gui.screen_fit import size_in_screen

if TYPE_CHECKING:
    from vault_app.gui.seam import App

CONTEXT = "LetterLanguage"
# The code -> its name, in the screen's language.
LANGUAGES = (("en", QT_TRANSLATE_NOOP("LetterLanguage", "English")),
             ("es", QT_TRANSLATE_NOOP("LetterLanguage", "Spanish")))
# Said where a letter is made (the request's window) and where its words are typed (the denial's).
SAID = {
    "en": QT_TRANSLATE_NOOP("LetterLanguage", "Letter in English: the letters to this client are written in English "
                            "(set in the client's details)."),
    "es": QT_TRANSLATE_NOOP("LetterLanguage", "Letter in Spanish: the letters to this client are written in Spanish "
                            "(set in the client's details)."),
}
TYPED = {
    "en": QT_TRANSLATE_NOOP("LetterLanguage", "Letter in English: what you type here goes into it as you type it, "
                            "so write it in English."),
    "es": QT_TRANSLATE_NOOP("LetterLanguage", "Letter in Spanish: what you type here goes into it as you type it, "
                            "so write it in Spanish."),
}

# The examples in the Deny window's fields, for a Spanish letter: in the letter's language, since
# the words go into it as typed (the Spanish screen's said "en inglés, p. ej., «the notes…»").
SPANISH_EXAMPLES = (
    QT_TRANSLATE_NOOP("LetterLanguage", "in Spanish, e.g. «las notas que nombran al hermano del cliente»"),
    QT_TRANSLATE_NOOP("LetterLanguage", "in Spanish, e.g. «las demás notas de evolución y la información de "
                      "facturación»"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def letter_language_box(current: str = "en") -> QComboBox:
    """The client's letter language to choose: its code is the item's data."""
    box = QComboBox()
    box.setAccessibleName(QCoreApplication.translate("LetterLanguage", "Language of the client's letters"))
    for code, name in LANGUAGES:
        box.addItem(_tr(name), code)
    box.setCurrentIndex(max(0, box.findData(current)))
    box.setToolTip(QCoreApplication.translate(
        "LetterLanguage", "The letters about the client's requests (denials, extensions, the amendment and review "
        "letters) are written in this language, whatever the screen's."))
    return box


class LetterLanguageNote(QLabel):
    """The language of the letters a request's window makes, read from its client. Said on every
    screen for a Spanish letter; an English one only on a screen in another language (an English
    screen making an English letter has nothing to be surprised by)."""

    def __init__(self, controller: App, request_id: str, parent: QWidget, *, typed: bool = False,
                 examples: tuple[QLineEdit, ...] = ()) -> None:
        super().__init__("", parent)
        self.setObjectName("calmNote")
        self.setWordWrap(True)
        self.setAccessibleName(QCoreApplication.translate("LetterLanguage", "The letter's language"))
        self.typed = typed
        self.examples = examples  # the fields whose examples follow a Spanish letter (SPANISH_EXAMPLES' order)
        self.language = ""
        self.hide()
        # Lazy (start-up): services.requests brings services.export and the disclosure scan, kept out of
        # memory while the unlock's KDF runs (tests/gui/test_unlock_memory_imports.py); a request's window comes later.
        from vault_app.services import letter_language

        controller.query(self, lambda v: letter_language.for_request(v, request_id)).success(self._read).run()

    def typed_words(self) -> str:
        """What to say where words going into the letter are typed (TYPED), once the language is
        read: "" before, and for an English letter on an English screen."""
        said = TYPED.get(self.language, "")
        return _tr(said) if said and (self.language != "en" or current_language() != "en") else ""

    def _read(self, code: str) -> None:
        self.language = code
        said = (TYPED if self.typed else SAID).get(code, "")
        self.setText(_tr(said) if said and (code != "en" or current_language() != "en") else "")
        self.setVisible(bool(self.text()))
        self._window_holds_it()
        if code == "es":
            for field, example in zip(self.examples, SPANISH_EXAMPLES, strict=False):
                field.setPlaceholderText(_tr(example))


    def _window_holds_it(self) -> None:
        """The window open already grows to hold the line, read after it was laid out: the Deny
        window kept its first height and its first paragraph was clipped above and below until a
        ground was chosen (the Spanish day's walker, round 46, 150 %). Never made smaller."""
        window = self.window()
        layout = window.layout()
        if window is self or layout is None or not window.isVisible():
            return
        layout.activate()
        needed = layout.totalHeightForWidth(window.width()) if layout.hasHeightForWidth() \
            else layout.totalSizeHint().height()
        if needed > window.height():
            window.resize(size_in_screen(window, QSize(window.width(), needed)))  # within the screen


def letter_words_note(controller: App | None, request_id: str, parent: QWidget,
                      examples: tuple[QLineEdit, ...] = ()) -> QLabel:
    """Where the words of a letter are typed: its language once read, and the `examples` of the
    fields in it (a window made without the request says what it said before)."""
    if controller is None or not request_id:
        return english_only_label("letter_words")
    return LetterLanguageNote(controller, request_id, parent, typed=True, examples=examples)


__all__ = ["LANGUAGES", "LetterLanguageNote", "letter_language_box", "letter_words_note"]
