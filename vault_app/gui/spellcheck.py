"""Spell checking in every free-text field: underlines as you type, suggestions on right-click.

Like the copy guard (clipboard.py), it is installed once for the whole application rather
than per widget: the first time an editable QPlainTextEdit or QTextEdit gets the focus it
gets a highlighter and the spelling context menu, so editors added later are covered too.
A widget opts out with the dynamic property `spellcheck=False` (passphrase-like fields are
QLineEdits and never affected).

Why it does not slow typing: QSyntaxHighlighter re-runs only for the paragraph that
changed, and within it the highlighter re-checks only the words around the edit: each
paragraph keeps the text and misspellings of its last check (`Checked`), and a key press
re-checks the span between the unchanged start and end of the paragraph, widened to the
surrounding whitespace; the misspellings on either side are kept (shifted past the edit).
A note typed as one long paragraph therefore costs a word or two per key, not the whole
paragraph. Checking a word is a dictionary lookup cached per word (domain/spelling.py).
The word list itself (about a second to load) is loaded on a plain thread after unlock,
never on the GUI thread and never on the vault's worker (it would hold up autosaves).

The personal dictionary holds client names: it is read from the vault after unlock and
dropped from memory at every lock.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QPoint, Qt, Signal, SignalInstance
from PySide6.QtGui import (
    QAction,
    QColor,
    QSyntaxHighlighter,
    QTextBlockUserData,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit, QWidget

from vault_app.domain.spelling import Misspelling, Speller
from vault_app.gui.focus_watch import follow_focus
from vault_app.gui.i18n import current_language
from vault_app.gui.seam import App
from vault_app.services import spelling

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

log = logging.getLogger(__name__)

TextEdit = QPlainTextEdit | QTextEdit


class SpellingApp(App, Protocol):
    """What spell checking needs of the application (the AppController is one): the seam's
    operations, plus hearing the unlock (personal words in) and the lock (out of memory)."""

    @property
    def unlocked(self) -> SignalInstance: ...
    @property
    def locked(self) -> SignalInstance: ...


# A practice writing in Spanish in the United States writes in English too (notes for a payer, a
# colleague, a quoted word): on Spanish screens "Client reports improved sleep" had Client, improved
# and weekly underlined (walker wes, round 37). English screens keep English alone.
ALSO: dict[str, tuple[str, ...]] = {"es": ("en",)}


class SpellSource(QObject):
    """The application's speller: loaded off the GUI thread, personal words while unlocked."""

    ready = Signal()  # the word list is loaded (or the personal words changed): re-underline
    _handover = Signal(object)  # from the loading thread to the GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.speller: Speller | None = None
        self.enabled = True
        # Bumped whenever an answer may change (word list, personal words, on/off): the
        # highlighters' per-paragraph results of an older generation are checked afresh.
        self.generation = 0
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
                # personal words added on the GUI thread; a Spanish speller knows English too
                speller: Speller | None = Speller(language, also=ALSO.get(language, ()))
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
            self._changed()

    def set_personal(self, words: list[str]) -> None:
        self._personal = list(words)
        if self.speller is not None:
            self.speller.set_personal(words)
            self._changed()

    def forget_personal(self) -> None:
        self._personal = []
        if self.speller is not None:
            self.speller.forget_personal()
            self.generation += 1  # the next check of each paragraph starts afresh

    def add_personal(self, word: str) -> None:
        self._personal.append(word)
        if self.speller is not None:
            self.speller.add_personal(word)
            self._changed()

    def set_enabled(self, on: bool) -> None:
        if on != self.enabled:
            self.enabled = on
            self._changed()

    def _changed(self) -> None:
        self.generation += 1
        self.ready.emit()

    def misspellings(self, text: str) -> list[Misspelling]:
        if not self.enabled or self.speller is None:
            return []
        return self.speller.misspellings(text)

    def attach(self, controller: SpellingApp) -> None:
        """Personal words come in with the unlock and leave with the lock."""
        controller.unlocked.connect(lambda: self._load_personal(controller))
        controller.locked.connect(lambda _why: self.forget_personal())

    def _load_personal(self, controller: SpellingApp) -> None:
        self.load(self.speller.language if self.speller else default_language())
        controller.query(None, spelling.personal_words).success(self.set_personal).run()


def default_language() -> str:
    """The screens' language when it is Spanish (the computer's, or VAULT_APP_LANGUAGE=es on
    an English one: every Spanish word of a note was underlined there, found on Xvfb); else
    Spanish for a Spanish-speaking computer, else English (US)."""
    if current_language() == "es":
        return "es"
    return "es" if QLocale.system().language() == QLocale.Language.Spanish else "en"


class Checked(QTextBlockUserData):
    """A paragraph's last check: its text and misspellings, and the speller's generation."""

    def __init__(self, text: str, misses: Sequence[Misspelling], generation: int) -> None:
        super().__init__()
        self.text = text
        self.misses = tuple(misses)
        self.generation = generation


class SpellHighlighter(QSyntaxHighlighter):
    """Underlines a paragraph's misspellings, re-checking only the words an edit touched.

    `blocks_checked` and `chars_checked` count the work done (paragraphs highlighted,
    characters handed to the speller): tests read them to show a key press costs one
    paragraph and a word or two, whatever the length of the note."""

    def __init__(self, document: QTextDocument, source: SpellSource, edit: TextEdit | None = None) -> None:
        super().__init__(document)  # owned by the document, as Qt's own constructor does
        self._source = source
        # The widget showing the document: while it is read-only (a note signed in its open
        # editor) nothing is underlined, since nothing there can be corrected any more.
        self._edit = edit
        self._format = QTextCharFormat()
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self._format.setUnderlineColor(QColor("#d0312d"))
        self.blocks_checked = 0
        self.chars_checked = 0
        # Now, not on Qt's next turn (its delayed pass would report itself as typing).
        self.refresh()
        source.ready.connect(self.refresh)

    def refresh(self) -> None:
        """Underline the whole document again (attached, new word lists, a word added).

        Qt reports a highlighter's pass as a change of the text (textChanged), and an
        autosave would take underlining for typing ("Editing…", a save of unchanged text).
        So the pass runs with the document's signals held; the layout still learns of the
        new underlines (it is told directly, not by signal)."""
        document = self.document()
        held = document.signalsBlocked()
        document.blockSignals(True)
        try:
            self.rehighlight()
        finally:
            document.blockSignals(held)

    def highlightBlock(self, text: str) -> None:
        self.blocks_checked += 1
        source = self._source
        if not source.enabled or source.speller is None:
            return
        if self._edit is not None and self._edit.isReadOnly():
            # The paragraph's last check (Checked) is kept: it pairs text and misspellings,
            # so the next edit after the field opens again still diffs against it correctly.
            return
        last = self.currentBlockUserData()
        if isinstance(last, Checked):
            # Updated in place: a new user-data object per key would cost a C++ object and
            # its wrapper, and the old one's deletion, on every key press.
            if last.generation == source.generation:
                misses = self._recheck(last, text)
            else:
                self.chars_checked += len(text)
                misses = source.misspellings(text)
            last.text, last.misses, last.generation = text, tuple(misses), source.generation
        else:
            self.chars_checked += len(text)
            misses = source.misspellings(text)
            self.setCurrentBlockUserData(Checked(text, misses, source.generation))  # Qt owns it
        for miss in misses:
            self.setFormat(miss.start, miss.length, self._format)

    def _recheck(self, last: Checked, text: str) -> list[Misspelling]:
        old = last.text
        if old == text:  # re-highlighted for a neighbour's sake, or a format-only change
            return list(last.misses)
        start, end = changed_span(old, text)
        shift = len(text) - len(old)
        window = self._source.misspellings(text[start:end])
        self.chars_checked += end - start
        kept_before = [m for m in last.misses if m.start + m.length <= start]
        kept_after = [Misspelling(m.start + shift, m.length, m.word) for m in last.misses if m.start >= end - shift]
        return [*kept_before, *(Misspelling(m.start + start, m.length, m.word) for m in window), *kept_after]


def changed_span(old: str, new: str) -> tuple[int, int]:
    """The part of `new` to re-check after `old` became `new`: from the whitespace before the
    first changed character to the whitespace after the last one (a word never spans
    whitespace, so the words outside are the same words as before, at shifted places)."""
    if old == new:
        return len(new), len(new)
    limit = min(len(old), len(new))
    prefix = _common_length(old, new, limit, lambda n: old[:n] == new[:n])
    limit -= prefix
    suffix = _common_length(old, new, limit, lambda n: old[len(old) - n:] == new[len(new) - n:])
    start, end = prefix, len(new) - suffix
    while start > 0 and not new[start - 1].isspace():
        start -= 1
    while end < len(new) and not new[end].isspace():
        end += 1
    return start, end


def _common_length(old: str, new: str, limit: int, same: Callable[[int], bool]) -> int:
    """The longest n <= limit with same(n), by bisection (slices compare in C, not char by char)."""
    low, high = 0, limit
    while low < high:
        mid = (low + high + 1) // 2
        if same(mid):
            low = mid
        else:
            high = mid - 1
    return low


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


def spelling_menu(edit: TextEdit, pos: QPoint, controller: App | None) -> QMenu:
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
        # translate() spelled out (here and below): pyside6-lupdate does not see strings passed
        # through a helper, and the menu read English inside the Spanish note editors.
        none = QAction(QCoreApplication.translate("SpellingMenu", "No suggestions"), menu)
        none.setEnabled(False)
        top.append(none)
    add = QAction(QCoreApplication.translate("SpellingMenu", "Add “{0}” to dictionary").format(miss.word), menu)
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


def _add_word(edit: QWidget, word: str, controller: App | None) -> None:
    source = spell_source()
    source.add_personal(word)
    if controller is not None:
        controller.op(edit, lambda v: spelling.add_personal_word(v, word),
                      label=QCoreApplication.translate("SpellingMenu", "Saving…")).run()


class SpellGuard(QObject):
    """Gives every editable free-text widget a highlighter and the spelling menu on first focus."""

    def __init__(self, controller: App | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        follow_focus(self._focused)

    def _focused(self, _old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, (QPlainTextEdit, QTextEdit)):
            self.install(new)

    def install(self, edit: TextEdit) -> None:
        if edit.isReadOnly() or edit.property("spellcheck") is False or edit.property("_spelling_on"):
            return
        edit.setProperty("_spelling_on", True)
        highlighter = SpellHighlighter(edit.document(), spell_source(), edit)
        edit.installEventFilter(_ReadOnlyWatch(highlighter, edit))
        edit.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        edit.customContextMenuRequested.connect(lambda pos: self._menu(edit, pos))

    def _menu(self, edit: TextEdit, pos: QPoint) -> None:
        menu = spelling_menu(edit, pos, self.controller)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(edit.viewport().mapToGlobal(pos))


class _ReadOnlyWatch(QObject):
    """Re-underlines when the field turns read-only or editable (Qt sends ReadOnlyChange;
    there is no signal): a signed note loses its squiggles at once."""

    def __init__(self, highlighter: SpellHighlighter, parent: QObject) -> None:
        super().__init__(parent)
        self._highlighter = highlighter

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ReadOnlyChange:
            self._highlighter.refresh()
        return False


_SOURCE: SpellSource | None = None
_GUARD: SpellGuard | None = None


def spell_source() -> SpellSource:
    global _SOURCE
    if _SOURCE is None:
        _SOURCE = SpellSource()
    return _SOURCE


def guard_spelling(controller: SpellingApp | None = None) -> SpellGuard:
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


__all__ = ["Checked", "SpellGuard", "SpellHighlighter", "SpellSource", "SpellingApp", "changed_span",
           "guard_spelling", "misspelling_at", "spell_source", "spelling_menu"]
