"""Spell checking in the real widgets: underline, suggestions, add to dictionary, lock."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QPlainTextEdit

from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.spellcheck import guard_spelling, spell_source, spelling_menu
from vault_app.services import spelling


def _underlined(edit: QPlainTextEdit) -> list[str]:
    block = edit.document().firstBlock()
    text = block.text()
    return [text[r.start:r.start + r.length] for r in block.layout().formats()
            if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline]


def _loaded(qtbot: object) -> None:
    source = spell_source()
    source.load("en")
    qtbot.waitUntil(lambda: source.speller is not None, timeout=60_000)  # type: ignore[attr-defined]


def test_a_misspelling_is_underlined_and_corrected_from_the_menu(qtbot: object) -> None:
    _loaded(qtbot)
    guard = guard_spelling()
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)  # type: ignore[attr-defined]
    guard.install(edit)
    edit.setPlainText("Client reported anxeity at work.")
    assert _underlined(edit) == ["anxeity"]

    cursor = edit.textCursor()
    cursor.setPosition(len("Client reported an"))
    pos = edit.cursorRect(cursor).center()
    menu = spelling_menu(edit, pos, None)
    suggestions = [a for a in menu.actions() if a.objectName() == "spellSuggestion"]
    assert suggestions and suggestions[0].text() == "anxiety"
    suggestions[0].trigger()
    assert edit.toPlainText() == "Client reported anxiety at work."
    assert _underlined(edit) == []


def test_read_only_and_opted_out_fields_are_left_alone(qtbot: object) -> None:
    _loaded(qtbot)
    guard = guard_spelling()
    shown, opted_out = QPlainTextEdit(), QPlainTextEdit()
    for edit in (shown, opted_out):
        qtbot.addWidget(edit)  # type: ignore[attr-defined]
    shown.setReadOnly(True)
    opted_out.setProperty("spellcheck", False)
    for edit in (shown, opted_out):
        guard.install(edit)
        edit.setPlainText("anxeity")
        assert _underlined(edit) == []


def test_a_word_added_is_kept_in_the_vault_and_leaves_memory_at_lock(
    unlocked_app: AppController, qtbot: object
) -> None:
    _loaded(qtbot)
    guard = guard_spelling(unlocked_app)
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)  # type: ignore[attr-defined]
    guard.install(edit)
    edit.setPlainText("Met with Okonkwo today.")
    assert _underlined(edit) == ["Okonkwo"]
    cursor = edit.textCursor()
    cursor.setPosition(len("Met with Oko"))
    menu = spelling_menu(edit, edit.cursorRect(cursor).center(), unlocked_app)
    [add] = [a for a in menu.actions() if a.objectName() == "spellAddWord"]
    add.trigger()
    wait_ops(qtbot)
    assert _underlined(edit) == []
    words: list[list[str]] = []
    unlocked_app.query(None, spelling.personal_words).success(words.append).run()
    wait_ops(qtbot)
    assert words == [["okonkwo"]]

    unlocked_app.lock("test")
    wait_ops(qtbot)
    speller = spell_source().speller
    assert speller is not None and speller.personal_words == frozenset()


def test_the_real_note_editor_underlines_what_is_typed(unlocked_app: AppController, qtbot: object) -> None:
    from tests.gui.test_chart import add_client

    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot)
    qtbot.waitUntil(lambda: spell_source().speller is not None, timeout=60_000)  # type: ignore[attr-defined]
    editor = window.chart.new_note()
    assert editor is not None
    first = editor.section_edits["subjective"]
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)  # type: ignore[attr-defined]
    qtbot.keyClicks(first, "Client reported anxeity")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: _underlined(first) == ["anxeity"])  # type: ignore[attr-defined, arg-type]
    editor.close()
    wait_ops(qtbot)


def test_underlining_is_not_typing(unlocked_app: AppController, qtbot: object) -> None:
    """Qt reports a highlighter's pass as a text change; the note's autosave must not take the
    underlines (first focus, a word list arriving, a word added) for an edit."""
    from tests.gui.test_chart import add_client

    _loaded(qtbot)
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot)
    editor = window.chart.new_note()
    assert editor is not None
    wait_ops(qtbot)
    edit = next(iter(editor.section_edits.values()))
    edit.setFocus()
    qtbot.keyClicks(edit, "Reported anxeity")  # type: ignore[attr-defined]
    editor.form.flush()
    wait_ops(qtbot)
    saver = editor.autosave
    version = saver.version
    assert "anxeity" in _underlined(edit)
    spell_source().ready.emit()  # e.g. the word lists arrive, or a word is added
    guard_spelling(unlocked_app).install(edit)  # attached again: a first pass of its own
    qtbot.wait(50)  # type: ignore[attr-defined]
    assert saver.version == version and not saver.dirty, "underlining was counted as typing"
    assert "anxeity" in _underlined(edit)


def test_a_field_made_read_only_loses_its_underlines_and_gets_them_back(qtbot: object) -> None:
    """A note signed in its open editor becomes read-only: the squiggles stayed on the sealed
    text (walk of the Spanish screens, "ideación" underlined on a signed note)."""
    _loaded(qtbot)
    guard = guard_spelling()
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)  # type: ignore[attr-defined]
    guard.install(edit)
    edit.setPlainText("Client reported anxeity at work.")
    assert _underlined(edit) == ["anxeity"]
    edit.setReadOnly(True)
    qtbot.waitUntil(lambda: _underlined(edit) == [])  # type: ignore[attr-defined]
    edit.setReadOnly(False)
    qtbot.waitUntil(lambda: _underlined(edit) == ["anxeity"])  # type: ignore[attr-defined]
