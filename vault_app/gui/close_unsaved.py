"""Closing a note window asks first when its last save was refused. Found walking the real app
with the vault on a full disk: the note said "Not saved: The disk is full…", Close (or Escape,
or the window's ×) closed it at once; the words typed since the disk filled were kept by
nothing, and a Quit afterwards did not ask either (gui/quit_unsaved.py looks at the windows
still open). So the close waits for an answer: keep the note open (the default: make room, the
note saves at its next try), or close it and lose those words.

Only a close the therapist asks for: a lock, a discard or another chart empties the window
first, which stops its autosave (NoteForm.blank_text), and then nothing is asked. The words
keep the NoteEditor context."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from vault_app.gui.autosave import Autosaver
from vault_app.gui.lose_or_keep import ask_before_losing

NAME = "closeNoteNotSaved"
_ANSWERED = "closeUnsavedAnswered"


def refused_words(autosave: Autosaver[Any, Any] | None) -> bool:
    """True when `autosave` holds words its last save refused (a full disk): closing loses them."""
    return autosave is not None and autosave.enabled and bool(autosave.refused) and autosave.unsaved


def held_back(window: QWidget, autosave: Autosaver[Any, Any] | None, close_again: Callable[[], object]) -> bool:
    """True when closing `window` must wait: the question is open (or opened now). "Close
    anyway" marks the window answered and runs `close_again`; the next close goes through."""
    if window.property(_ANSWERED) or not refused_words(autosave):
        return False
    if any(b.objectName() == NAME and b.isVisible() for b in window.findChildren(QMessageBox)):
        return True

    def lose() -> None:
        window.setProperty(_ANSWERED, True)
        close_again()

    assert autosave is not None  # refused_words said so
    _ask(window, QCoreApplication.translate("Autosave", "Not saved: {reason}").format(reason=autosave.refused), lose)
    return True


def _ask(window: QWidget, said: str, lose: Callable[[], None]) -> None:
    ask_before_losing(
        window, NAME, QCoreApplication.translate("NoteEditor", "Note not saved"),
        QCoreApplication.translate(
            "NoteEditor", "This note could not be saved: if you close it now, what was typed in it since its last "
                          "save is lost."),
        "\n\n".join(t for t in (said, QCoreApplication.translate(
            "NoteEditor", "Keep it open and make room (or copy the text): the note saves at its next try.")) if t),
        QCoreApplication.translate("NoteEditor", "&Keep it open"),
        QCoreApplication.translate("NoteEditor", "Close and l&ose it"), lose)


__all__ = ["NAME", "held_back", "refused_words"]
