"""Quit asks first when a note's words could not be saved. Found walking the real app with the
vault on a full disk: the note said "Not saved: The disk is full…", Ctrl+Q ended the app at once
(its backup had nothing to make), and the words typed since the disk filled were gone. A lock
keeps them until the unlock (gui/held_unwritten.py); an ending app cannot. So Quit, once its
backup is settled, asks: don't quit yet (the default: free some space, the note saves at its
next try), or quit anyway and lose them. The words keep the MainWindow context."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from vault_app.gui import held_unwritten, run_end
from vault_app.gui.autosave import Autosaver
from vault_app.gui.held import HELD_PAGE
from vault_app.gui.lose_or_keep import ask_before_losing

NAME = "quitNoteNotSaved"


def _unsaved(window: QWidget) -> list[QWidget]:
    """The open windows (and the Psychotherapy tab) whose autosave holds words its last save did not store."""
    found: list[QWidget] = []
    for page in [*window.findChildren(QDialog), *window.findChildren(QWidget, HELD_PAGE)]:
        autosave = getattr(page, "autosave", None)
        if (page.isVisible() or not isinstance(page, QDialog)) and isinstance(autosave, Autosaver) and autosave.unsaved:
            found.append(page)
    return found


def _kept_in_memory(window: QWidget) -> bool:
    """Words a lock's hold could not write (a full disk), kept in memory until their unlock
    (gui/held_unwritten.py): the psychotherapy notes' lock, a form's. An ending app loses them."""
    controller = getattr(window, "controller", None)
    vault = getattr(controller, "vault", None)
    return held_unwritten.words_kept(getattr(vault, "folder", None))


def unless_unsaved(window: QWidget, quit_now: Callable[[], None]) -> None:
    """`quit_now` at once when every open note is saved; else the question, and `quit_now` only
    if the therapist chooses to lose the words."""
    unsaved = _unsaved(window)
    in_memory = _kept_in_memory(window)
    if not unsaved and not in_memory:
        quit_now()
        return
    status = getattr(unsaved[0], "status", None) if unsaved else None
    _ask(window, status.text() if isinstance(status, QLabel) else "", in_memory, quit_now)


_ANSWERED = "quitUnsavedAnswered"


def held_back(window: QWidget) -> bool:
    """Closing `window` (the unlock window: the vault locked) would end the app while a lock keeps
    words in memory (gui/held_unwritten.py): the same question first. True while the close waits
    for the answer; Quit anyway closes it again. Found: after the vault's lock on a full disk, its
    close lost them without a word."""
    folder = getattr(window, "folder", None)  # its vault's: what another vault's window keeps is its own
    if not held_unwritten.words_kept(folder if isinstance(folder, Path) else None) or window.property(_ANSWERED):
        return False

    def close_again() -> None:
        window.setProperty(_ANSWERED, True)
        window.close()

    _ask(window, "", True, close_again)
    return True


def _ask(window: QWidget, said: str, in_memory: bool, quit_now: Callable[[], None]) -> None:
    if in_memory:
        said = "\n\n".join(t for t in (said, QCoreApplication.translate(
            "MainWindow", "The disk had no room for words typed before a lock: they are kept only in this app's "
                          "memory until you unlock (the psychotherapy notes, or the form they were in).")) if t)
    ask_before_losing(
        window, NAME, QCoreApplication.translate("MainWindow", "Note not saved"),
        QCoreApplication.translate(
            "MainWindow", "A note could not be saved: if you quit now, what was typed in it since its last save "
                          "is lost."),
        "\n\n".join(t for t in (said, QCoreApplication.translate(
            "MainWindow", "Don't quit yet, make room (or copy the text), then quit again.")) if t),
        QCoreApplication.translate("MainWindow", "&Don't quit yet"),
        QCoreApplication.translate("MainWindow", "&Quit anyway"), lambda: _lose(quit_now))


def _lose(quit_now: Callable[[], None]) -> None:
    run_end.chose_to_lose()  # the next start says the words typed after the last save were lost
    quit_now()


__all__ = ["NAME", "held_back", "unless_unsaved"]
