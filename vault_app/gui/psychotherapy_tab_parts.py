"""The Psychotherapy tab's parts of the shared form (note_form.py) and of its lock page
(note_lock_page.py), under the names the screens, tests and the e2e suite use (`tab.editor`,
`tab.passphrase`…): held apart from the tab (psychotherapy_tab.py), which was past the ~500
lines a file keeps to. Read through `form` and `lock_page` only."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QWidget

from vault_app.gui.note_form import BODY

if TYPE_CHECKING:
    from PySide6.QtWidgets import QPlainTextEdit, QPushButton

    from vault_app.domain.psychotherapy_guard import GuardWarning
    from vault_app.gui.autosave import Autosaver
    from vault_app.gui.note_form import NoteForm
    from vault_app.gui.note_lock_page import NoteLockPage
    from vault_app.gui.note_status_line import StatusLine
    from vault_app.gui.passphrase import PassphraseField


class NoteOnlyWhenSaid(QLabel):
    """A calm note (the guard's "Check: …" under the text) that takes no room while it says
    nothing: shown empty, it kept a line under the note's text at every size."""

    def __init__(self) -> None:
        super().__init__("")
        self.setObjectName("calmNote")
        self.setWordWrap(True)
        self.setVisible(False)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text))


class PsychotherapyFormParts:
    """Mixed into PsychotherapyTab (before QWidget): properties and the unlock, no state of its own."""

    form: NoteForm[str, Sequence[GuardWarning]]
    lock_page: NoteLockPage

    @property
    def editor(self) -> QPlainTextEdit:
        return self.form.section_edits[BODY]

    @property
    def autosave(self) -> Autosaver[str, Sequence[GuardWarning]] | None:
        return self.form.autosave

    @property
    def signed(self) -> bool:
        return self.form.signed

    @property
    def history(self) -> QPlainTextEdit:
        return self.form.history

    @property
    def status(self) -> StatusLine:
        return self.form.status

    @property
    def sign_button(self) -> QPushButton:
        return self.form.sign_button

    @property
    def amend_button(self) -> QPushButton:
        return self.form.amend_button

    # The lock page's fields, reachable as the tab's own (tests and the e2e suite use them).
    @property
    def passphrase(self) -> PassphraseField:
        return self.lock_page.passphrase

    @property
    def unlock_message(self) -> QLabel:
        return self.lock_page.message

    def unlock(self) -> None:
        self.lock_page.unlock()


class ShownWhenEnabled(QObject):
    """`widget` in sight only while it can be used. An open draft's "Addendum or amendment…"
    (usable once the note is signed) took the room of a button, greyed: at 150 % the draft's
    three buttons went onto two lines under about 427 pixels of the tab's width (round 45). The
    draft now shows the two it can use, on one line; signed, the note shows Addendum or
    amendment (Discard draft then goes, as before)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        widget.installEventFilter(self)
        if not widget.isEnabled():
            widget.hide()  # never shown here: not yet in its row, it would open as a window


    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.EnabledChange and isinstance(watched, QWidget) \
                and watched.parentWidget() is not None:
            watched.setVisible(watched.isEnabled())
        return False


__all__ = ["NoteOnlyWhenSaid", "PsychotherapyFormParts", "ShownWhenEnabled"]
