"""Spell checking in every free-text field: underlines as you type, suggestions on right-click.

Like the copy guard (clipboard.py), it is installed once for the whole application rather
than per widget: the first time an editable QPlainTextEdit or QTextEdit gets the focus it
gets a highlighter and the spelling context menu, so editors added later are covered too.
A widget opts out with the dynamic property `spellcheck=False` (passphrase-like fields are
QLineEdits and never affected).

Why it does not slow typing: QSyntaxHighlighter re-checks only the paragraph that changed,
and checking a word is a dictionary lookup cached per word (services/spelling.py). The word
list itself (about a second to load) is loaded on a plain thread after unlock, never on the
GUI thread and never on the vault's worker (it would hold up autosaves).

The personal dictionary holds client names: it is read from the vault after unlock and
dropped from memory at every lock.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QColor, QSyntaxHighlighter, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QMenu, QPlainTextEdit, QTextEdit, QWidget

from vault_app.domain.spelling import Misspelling, Speller
from vault_app.services import spelling

if TYPE_CHECKING:
    from vault_app.gui.controller import AppController

log = logging.getLogger(__name__)

TextEdit = QPlainTextEdit | QTextEdit


class SpellSource(QObject):
    """The application's speller: loaded off the GUI thread, personal words while unlocked."""

    ready = Signal()  # the word list is loaded (or the personal words changed): re-underline
    _handover = Signal(object)  # from the loading thread to the GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.speller: Speller | None = None
        self.enabled = True
        self._loading = False
        self._personal: list[str] = []
        self._handover.connect(self._install, Qt.ConnectionType.QueuedConnection)

    def load(self, language: str = "en") -> None:
        """Load the word list on a plain thread; `ready` fires on the GUI thread."""
        if self._loading or (self.speller is not None and self.speller.language == language):
            return
        self._loading = True

        def work() -> None:
            try:
                speller: Speller | None = Speller(language)  # personal words added on the GUI thread
            except Exception as exc:  # a broken install must not take the editor down
                log.warning("Spell checking unavailable: %s", type(exc).__name__)
                speller = None
            self._handover.emit(speller)  # to the GUI thread (queued)

        threading.Thread(target=work, name="spelling-load", daemon=True).start()

    def _install(self, speller: object) -> None:
        self._loading = False
        if isinstance(speller, Speller):
            speller.set_personal(self._personal)
            self.speller = speller
            self.ready.emit()

    def set_personal(self, words: list[str]) -> None:
        self._personal = list(words)
        if self.speller is not None:
            self.speller.set_personal(words)
            self.ready.emit()

    def forget_personal(self) -> None:
        self._personal = []
        if self.speller is not None:
            self.speller.forget_personal()

    def add_personal(self, word: str) -> None:
        self._personal.append(word)
        if self.speller is not None:
            self.speller.add_personal(word)
            self.ready.emit()

    def misspellings(self, text: str) -> list[Misspelling]:
        if not self.enabled or self.speller is None:
            return []
        return self.speller.misspellings(text)

    def attach(self, controller: AppController) -> None:
        """Personal words come in with the unlock and leave with the lock."""
        controller.unlocked.connect(lambda: self._load_personal(controller))
        controller.locked.connect(lambda _why: self.forget_personal())

    def _load_personal(self, controller: AppController) -> None:
        self.load(self.speller.language if self.speller else default_language())
        controller.query(None, spelling.personal_words).success(self.set_personal).run()


def default_language() -> str:
    """Spanish for a Spanish-speaking computer, else English (US)."""
    return "es" if QLocale.system().language() == QLocale.Language.Spanish else "en"


class SpellHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, source: SpellSource) -> None:
        super().__init__(document)
        self._source = source
        self._format = QTextCharFormat()
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self._format.setUnderlineColor(QColor("#d0312d"))
        source.ready.connect(self.rehighlight)

    def highlightBlock(self, text: str) -> None:
        for miss in self._source.misspellings(text):
            self.setFormat(miss.start, miss.length, self._format)


def misspelling_at(edit: TextEdit, pos: QPoint) -> tuple[QTextCursor, Misspelling] | None:
    """The misspelled word under a point of the widget, with a cursor selecting it."""
    source = spell_source()
    cursor = edit.cursorForPosition(pos)
    block = cursor.block()
    column = cursor.position() - block.position()
    for miss in source.misspellings(block.text()):
        if miss.start <= column <= miss.start + miss.length:
            selecting = QTextCursor(block)
            selecting.setPosition(block.position() + miss.start)
            selecting.setPosition(block.position() + miss.start + miss.length, QTextCursor.MoveMode.KeepAnchor)
            return selecting, miss
    return None


def spelling_menu(edit: TextEdit, pos: QPoint, controller: AppController | None) -> QMenu:
    """The standard menu with suggestions and "Add to dictionary" on top for a misspelling."""
    menu = edit.createStandardContextMenu(pos)
    found = misspelling_at(edit, pos) if not edit.isReadOnly() else None
    source = spell_source()
    if found is None or source.speller is None:
        return menu
    cursor, miss = found
    top: list[QAction] = []
    suggestions = source.speller.suggestions(miss.word)
    for suggestion in suggestions:
        action = QAction(suggestion, menu)
        action.setObjectName("spellSuggestion")
        action.triggered.connect(lambda _=False, s=suggestion: _replace(cursor, s))
        top.append(action)
    if not suggestions:
        none = QAction("No suggestions", menu)
        none.setEnabled(False)
        top.append(none)
    add = QAction(f"Add “{miss.word}” to dictionary", menu)
    add.setObjectName("spellAddWord")
    add.triggered.connect(lambda _=False: _add_word(edit, miss.word, controller))
    top.append(add)
    separator = QAction(menu)
    separator.setSeparator(True)
    top.append(separator)
    actions = menu.actions()
    if actions:
        menu.insertActions(actions[0], top)
    else:
        menu.addActions(top)
    return menu


def _replace(cursor: QTextCursor, word: str) -> None:
    cursor.beginEditBlock()
    cursor.insertText(word)
    cursor.endEditBlock()


def _add_word(edit: QWidget, word: str, controller: AppController | None) -> None:
    source = spell_source()
    source.add_personal(word)
    if controller is not None:
        controller.op(edit, lambda v: spelling.add_personal_word(v, word), label="Saving…").run()


class SpellGuard(QObject):
    """Gives every editable free-text widget a highlighter and the spelling menu on first focus."""

    def __init__(self, controller: AppController | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focused)

    def _focused(self, _old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, (QPlainTextEdit, QTextEdit)):
            self.install(new)

    def install(self, edit: TextEdit) -> None:
        if edit.isReadOnly() or edit.property("spellcheck") is False or edit.property("_spelling_on"):
            return
        edit.setProperty("_spelling_on", True)
        SpellHighlighter(edit.document(), spell_source())
        edit.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        edit.customContextMenuRequested.connect(lambda pos: self._menu(edit, pos))

    def _menu(self, edit: TextEdit, pos: QPoint) -> None:
        menu = spelling_menu(edit, pos, self.controller)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(edit.viewport().mapToGlobal(pos))


_SOURCE: SpellSource | None = None
_GUARD: SpellGuard | None = None


def spell_source() -> SpellSource:
    global _SOURCE
    if _SOURCE is None:
        _SOURCE = SpellSource()
    return _SOURCE


def guard_spelling(controller: AppController | None = None) -> SpellGuard:
    """Install spell checking application-wide (once); `controller` saves added words."""
    global _GUARD
    if _GUARD is None:
        _GUARD = SpellGuard(controller)
        if controller is not None:
            spell_source().attach(controller)
    elif controller is not None and _GUARD.controller is not controller:
        _GUARD.controller = controller
        spell_source().attach(controller)
    return _GUARD


__all__ = ["SpellGuard", "SpellHighlighter", "SpellSource", "guard_spelling", "misspelling_at", "spell_source",
           "spelling_menu"]
