"""Personal snippets in any plain-text field: type the trigger (";ms"), then Space or Tab,
and the trigger is replaced in place by the snippet's text. The snippets are read once
through the worker and again whenever a change notice says they changed (Kind.SETTINGS);
the rule for what counts as a trigger is domain/faster_notes.expand_at."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from vault_app.domain.faster_notes import expand_at
from vault_app.services import faster_notes
from vault_app.services.changes import Changes, Kind

if TYPE_CHECKING:
    from vault_app.gui.seam import Operations

_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Tab)
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


class SnippetExpander(QObject):
    def __init__(self, controller: Operations, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.snippets: dict[str, str] = {}
        self.expanded = 0
        controller.changed.connect(self._on_changes)
        self.reload()

    def reload(self) -> None:
        # Snippets are a convenience: if they cannot be read (the vault is locking), typing goes on.
        self.controller.query(None, faster_notes.snippet_map).success(self._loaded).failure(lambda _e: True).run()

    def _loaded(self, snippets: dict[str, str]) -> None:
        self.snippets = snippets

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(Kind.SETTINGS):
            self.reload()

    def attach(self, edit: QPlainTextEdit) -> None:
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() != QEvent.Type.KeyPress or not isinstance(watched, QPlainTextEdit) or not self.snippets
                or watched.isReadOnly()):
            return False
        key = event if isinstance(event, QKeyEvent) else None
        if key is None or key.key() not in _KEYS or key.modifiers() not in _PLAIN:
            return False
        cursor = watched.textCursor()
        if cursor.hasSelection():
            return False
        block = cursor.block()
        at = cursor.position() - block.position()
        found = expand_at(block.text(), at, self.snippets)
        if found is None:
            return False
        new_text, new_at = found
        text = block.text()
        start = at  # the trigger: back from the cursor to the previous space, as expand_at reads it
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        cursor.setPosition(block.position() + start)
        cursor.setPosition(block.position() + at, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(new_text[start:new_at] + " ")
        watched.setTextCursor(cursor)
        self.expanded += 1
        return True
