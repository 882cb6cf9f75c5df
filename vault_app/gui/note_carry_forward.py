"""A new progress note started from the chart's last one (services/faster_notes.py): its plan
and active goals carried into the empty note, each carried section marked, and the first
marker line selected so that what the therapist types first replaces it. The note editor
shows the button (Alt+F) and loads the carried note; the words keep its translations
(context NoteEditor), where they were written first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPushButton

from vault_app.gui.background import show_inline
from vault_app.gui.dates import show_date
from vault_app.gui.focus_in_view import keep_shown
from vault_app.gui.i18n import current_language
from vault_app.services import faster_notes

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

    from vault_app.gui.seam import App
    from vault_app.services.faster_notes import CarriedNote
    from vault_app.services.notes import DraftState, ProgressDraft


class CarryForward(QObject):
    """`draft` is the editor's draft as its autosave holds it; `form` what its form holds now
    (the session, the risk screening); `load` opens a note in the editor."""

    def __init__(self, controller: App, client_id: str, draft: Callable[[], DraftState],
                 form: Callable[[], ProgressDraft], status: QLabel, load: Callable[[str], None],
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.controller = controller
        self.client_id = client_id
        self._draft = draft
        self._form = form
        self._status = status
        self._load = load
        self._parent = parent
        self.mark: str | None = None  # the carried section whose marker line gets the keyboard
        # The carried text under each mark, and the note it came from: the question before the
        # signature says how many of its words are still as carried (sign_summary).
        self.carried: dict[str, str] = {}
        self.carried_from: str = ""
        self.button = QPushButton(QCoreApplication.translate("NoteEditor", "Start &from last note"))  # Alt+F
        self.button.setToolTip(QCoreApplication.translate(
            "NoteEditor", "Carry the last signed note's plan and active goals into this note, marked to edit"))
        self.button.clicked.connect(self.start)

    def start(self) -> None:
        """Only before the editor has a note of its own: the carried note replaces the empty form."""
        if self._draft().note_id is not None:
            self._status.setText(QCoreApplication.translate(
                "NoteEditor", "This note is already started; carry forward starts a new one."))
            return
        cid = self.client_id
        self.button.setEnabled(False)
        language = current_language()  # the carried text's mark, in the screen's language
        # The carried note replaces the form: the visit typed there goes with it (found: Ctrl+N,
        # start and length typed, Alt+F, and the note was signed with no session).
        form = self._form()
        carrying = self.controller.op(
            self._parent, lambda v: faster_notes.start_from_last(v, cid, language=language, form=form),
            label=QCoreApplication.translate("NoteEditor", "Carrying forward…"))
        carrying.success(self._carried).failure(show_inline(self._status)).finally_(
            lambda: self.button.setEnabled(True)).run()

    def _carried(self, carried: CarriedNote) -> None:
        self._draft().note_id = carried.note.note_id
        self.button.setVisible(False)
        # One focus decision after the load (the editor's), not two racing each other.
        self.mark = carried.carried_sections[0] if carried.carried_sections else ""
        self.carried = {key: carried.note.sections.get(key, "").partition("\n")[2]
                        for key in carried.carried_sections}
        self.carried_from = show_date(carried.from_date)
        self._load(carried.note.note_id)
        self._status.setText(_said_of(carried))

    def take_mark(self) -> str:
        """The section to select once the carried note is shown (asked only while `mark` is set)."""
        key, self.mark = self.mark or "", None
        return key


def _said_of(carried: CarriedNote) -> str:
    """Which note the text came from, and a newer draft passed over: a draft is not the record,
    so the therapist is told the words are older than the newest note on the chart."""
    source = show_date(carried.from_date)
    if carried.passed_draft_date is not None:
        said = QCoreApplication.translate(
            "NoteEditor", "The newest note, of {0}, is a draft: carried from the signed note of {1}. "
                          "Edit the marked text before signing.").format(show_date(carried.passed_draft_date), source)
    else:
        said = QCoreApplication.translate(
            "NoteEditor", "Carried from the note of {0}: edit the marked text before signing.").format(source)
    if carried.source_amendments:
        said += " " + QCoreApplication.translate(
            "NoteEditor", "Its addenda and amendments ({0}) were not carried: read them in the chart.").format(
            carried.source_amendments)
    return said


def select_mark(edit: QPlainTextEdit | None) -> None:
    """The marker line at the top of a carried section, selected and given the keyboard."""
    if edit is None:
        return
    cursor = edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    edit.setFocus()
    # The plan, last of the sections, stayed below the visible part and the therapist typed
    # where nobody could see it.
    keep_shown(edit)

__all__ = ["CarryForward", "select_mark"]
