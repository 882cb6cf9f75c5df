"""The highlighter's per-key work is incremental: one paragraph, and only the words around
the edit, however long the note; and what it underlines is what a full check would."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from vault_app.gui.spellcheck import SpellHighlighter, changed_span, guard_spelling, spell_source

PARAGRAPH = ("Client reported increased anxeity this week related to work stress and poor sleep. "
             "We practised paced breathing and reviewed the thougt record. ")


def _loaded(qtbot: object) -> None:
    source = spell_source()
    source.load("en")
    qtbot.waitUntil(lambda: source.speller is not None, timeout=60_000)  # type: ignore[attr-defined]


def _editor(qtbot: object) -> tuple[QPlainTextEdit, SpellHighlighter]:
    _loaded(qtbot)
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)  # type: ignore[attr-defined]
    guard_spelling().install(edit)
    [highlighter] = edit.document().findChildren(SpellHighlighter)
    return edit, highlighter


def _underlined(edit: QPlainTextEdit) -> list[tuple[int, int, int]]:
    """(paragraph, start, length) of every spelling underline in the document."""
    out = []
    block = edit.document().firstBlock()
    while block.isValid():
        out += [(block.blockNumber(), r.start, r.length) for r in block.layout().formats()
                if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline]
        block = block.next()
    return sorted(out)


def _full_check(edit: QPlainTextEdit) -> list[tuple[int, int, int]]:
    """What checking every paragraph from scratch underlines."""
    speller = spell_source().speller
    assert speller is not None
    lines = edit.toPlainText().split("\n")
    return sorted((n, m.start, m.length) for n, line in enumerate(lines) for m in speller.misspellings(line))


@pytest.mark.parametrize(("old", "new", "span"), [
    ("", "a", (0, 1)),
    ("the cat", "the cats", (4, 8)),  # typing at the end re-checks the last word only
    ("the cat sat", "the bat sat", (4, 7)),  # a change inside a word: that word
    ("the cat sat", "the cat  sat", (8, 12)),  # a space typed between words: the word after it
    ("the cat sat", "the catsat", (4, 10)),  # a space deleted: the two words become one
    ("one two three", "one three", (4, 9)),  # a word deleted: the words now meeting
    ("same", "same", (4, 4)),  # nothing changed: nothing to check
    ("abc abc abc", "abc abcabc abc", (4, 10)),  # repeated text: still the smallest honest span
])
def test_changed_span_is_the_edit_widened_to_whitespace(old: str, new: str, span: tuple[int, int]) -> None:
    assert changed_span(old, new) == span


def test_a_key_press_rechecks_one_paragraph_and_one_word(qtbot: object) -> None:
    edit, highlighter = _editor(qtbot)
    edit.setPlainText("\n".join([PARAGRAPH * 8] * 30))  # 30 paragraphs of about 1,200 characters
    assert _underlined(edit) == _full_check(edit) != []
    cursor = edit.textCursor()
    cursor.setPosition(edit.document().findBlockByNumber(14).position() + 39)  # mid-paragraph, mid-note
    edit.setTextCursor(cursor)
    for ch in "anxeity calm":
        blocks, chars = highlighter.blocks_checked, highlighter.chars_checked
        qtbot.keyClick(edit, Qt.Key.Key_Space if ch == " " else ch)  # type: ignore[attr-defined]
        assert highlighter.blocks_checked - blocks == 1
        # The word being typed and the word it was typed in front of ("week", column 39).
        assert 0 < highlighter.chars_checked - chars <= len("anxeityweek") + 1
    assert _underlined(edit) == _full_check(edit)
    assert {(14, 39, len("anxeity")), (14, 47, len("calmweek"))} <= set(_underlined(edit))


def test_random_edits_underline_exactly_what_a_full_check_does(qtbot: object) -> None:
    edit, _highlighter = _editor(qtbot)
    edit.setPlainText(PARAGRAPH * 3 + "\n" + PARAGRAPH)
    rng = random.Random(19)
    pieces = ["a", "e", " ", "anxeity", "thougt", "calm ", "'s", "-", "\n", "9", "Okonkwo"]
    for _ in range(300):
        cursor = edit.textCursor()
        length = len(edit.toPlainText())
        at = rng.randrange(length + 1)
        cursor.setPosition(at)
        action = rng.random()
        if action < 0.3 and at < length:
            cursor.setPosition(min(length, at + rng.randrange(1, 12)), QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
        elif action < 0.45 and at < length:
            cursor.setPosition(min(length, at + rng.randrange(1, 6)), QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(rng.choice(pieces))
        else:
            cursor.insertText(rng.choice(pieces))
        assert _underlined(edit) == _full_check(edit), edit.toPlainText()


def test_a_new_word_list_or_personal_word_rechecks_everything(qtbot: object) -> None:
    edit, highlighter = _editor(qtbot)
    source = spell_source()
    edit.setPlainText("Met with Zyxwvut today.\nZyxwvut again.")
    assert [u[0] for u in _underlined(edit)] == [0, 1]
    chars = highlighter.chars_checked
    source.set_personal(["Zyxwvut"])  # the unlock's personal words: every paragraph afresh
    assert _underlined(edit) == []
    assert highlighter.chars_checked - chars == len(edit.toPlainText()) - 1  # both paragraphs, whole
    source.forget_personal()  # the lock: cached answers are not reused
    edit.textCursor().insertText(" ")
    source.set_personal([])
    assert [u[0] for u in _underlined(edit)] == [0, 1]
