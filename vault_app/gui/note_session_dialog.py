"""The session a progress note saved with "no session" documents, chosen later from the note:
one of its day's sessions without a note, or one recorded now. The rule (one visit, one
session; a second visit only when chosen) is domain/same_day_sessions.link_choice, the
change services/note_sessions.py; a signed note is refused there, and said here."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vault_app.domain.errors import VaultError
from vault_app.domain.same_day_sessions import ATTACH, SEPARATE, Choice, SessionChoice, link_choice, signed_link_refusal
from vault_app.gui.background import show_inline
from vault_app.gui.chart_binding import ChartOwner, bind_to_chart
from vault_app.gui.dates import read_time, show_date, show_time
from vault_app.gui.escape_guard import GuardedDialog, typed_into
from vault_app.gui.forms import action_buttons, error_label, hbox, line_edit
from vault_app.gui.i18n import QT_TRANSLATE_NOOP
from vault_app.gui.number_field import MINUTES, TypedNumber, refused_number, said
from vault_app.gui.refusal_words import refusal_text
from vault_app.gui.shown_in_place import show_in_place
from vault_app.gui.widgets import wrapped_label
from vault_app.services import note_sessions

if TYPE_CHECKING:
    from vault_app.domain.clinical_notes import ProgressNote
    from vault_app.gui.seam import App
    from vault_app.services.note_sessions import LinkOptions


# The note editor's line: in its context, which is in Spanish (es.ts); the dialog is not yet.
LINK = QT_TRANSLATE_NOOP("NoteEditor", "Link to a session…")
LINK_TIP = QT_TRANSLATE_NOOP("NoteEditor", "Choose the session of the note's day it documents, or record it now")
NO_SESSION_YET = QT_TRANSLATE_NOOP("NoteEditor", "This note documents no session.")


def _editor_said(text: str) -> str:
    return QCoreApplication.translate("NoteEditor", text)


class SessionLink(QObject):
    """Under the note editor's session box, for a saved note without a session: "This note
    documents no session. [Link to a session…]". Ticking Session on such a note asks the
    same (found: the box could be ticked and typed in, and nothing of it was ever saved).
    `linked` carries the note id once it has its session."""

    linked = Signal(str)

    def __init__(self, controller: App, session_box: QGroupBox, save_first: Callable[[], None], parent: QWidget,
                 *, client: ChartOwner | None = None, privacy: bool = False) -> None:
        super().__init__(parent)
        self.controller, self.session_box, self.save_first = controller, session_box, save_first
        self.client, self.privacy, self._parent = client, privacy, parent
        self.note_id: str | None = None
        self.signed = False
        self.dialog: NoteSessionDialog | None = None
        self.button = QPushButton(_editor_said(LINK))
        self.button.setToolTip(_editor_said(LINK_TIP))
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.open)
        self.row = QWidget()
        layout = QHBoxLayout(self.row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(_editor_said(NO_SESSION_YET)))
        layout.addWidget(self.button)
        layout.addStretch(1)
        self.row.setVisible(False)
        session_box.toggled.connect(self._ticked)

    def show_for(self, note_id: str | None, signed: bool) -> None:
        """The saved note without a session (None: the line goes). Its Session box is unticked:
        saved with "No session" it stayed ticked, and what was typed in it was never saved."""
        self.note_id, self.signed = note_id, signed
        show_in_place(self.row, note_id is not None)  # above the sections: the text read stays put
        if note_id is not None and self.session_box.isChecked():
            self.session_box.blockSignals(True)
            self.session_box.setChecked(False)
            self.session_box.blockSignals(False)

    def open(self) -> NoteSessionDialog | None:
        note_id = self.note_id
        if note_id is None:
            return None
        self.save_first()  # the dialog's reads queue behind the save
        self.dialog = NoteSessionDialog(self.controller, note_id, parent=self._parent)
        if self.client is not None:
            bind_to_chart(self.dialog, self.client, self.dialog.windowTitle(), self.privacy)
        self.dialog.linked.connect(lambda _session_id: self._linked(note_id))
        self.dialog.open()
        return self.dialog

    def _linked(self, note_id: str) -> None:
        self.show_for(None, self.signed)
        self.linked.emit(note_id)

    def _ticked(self, on: bool) -> None:
        if on and self.note_id is not None and not self.signed:
            self.session_box.blockSignals(True)
            self.session_box.setChecked(False)
            self.session_box.blockSignals(False)
            self.open()


class NoteSessionDialog(GuardedDialog):
    """Opened from the note editor; `linked` carries the session id once the note has it."""

    linked = Signal(str)

    def __init__(self, controller: App, note_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.note_id = note_id
        self.setWindowTitle(self.tr("Session for this note"))
        self.intro = wrapped_label("", "calmNote")
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Session the note documents"))
        self.start = line_edit("", self.tr("Start time"), self.tr("e.g. {time}").format(time=show_time(time(14, 30))))
        self.start.setMaximumWidth(90)
        self.duration = TypedNumber(1, 600, 53, range_said=said(MINUTES))
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setAccessibleName(self.tr("Length"))
        self.message = error_label()
        form = QFormLayout()
        form.addRow(self.tr("Session:"), self.choice)
        self.new_row = QWidget()  # a widget, to be enabled as one with the choice to record
        row = hbox(self.tr("Start:"), self.start, self.tr("Length:"), self.duration)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        self.new_row.setLayout(row)
        form.addRow(self.tr("Recorded now:"), self.new_row)
        buttons, self.save_button = action_buttons(self, self.tr("Link"), self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.choice.currentIndexChanged.connect(self._chosen)
        self.save_button.setEnabled(False)  # until the day's sessions are known
        self.resize(560, 240)
        controller.query(self, lambda v: note_sessions.link_options(v, note_id)).success(self.show_options) \
            .failure(show_inline(self.message)).run()

    def typed(self) -> bool:
        """A start time typed: Escape or the title bar's × asks before losing it (gui/escape_guard.py)."""
        return typed_into(self)

    def show_options(self, options: LinkOptions) -> None:
        day = show_date(options.note_date)
        if options.signed:
            self.intro.setText(refusal_text(signed_link_refusal()))
            self.choice.setEnabled(False)
            self._chosen()
            return
        if options.session_id is not None:
            self.intro.setText(self.tr("This note already documents a session."))
            self._chosen()
            return
        documented = sum(1 for s in options.sessions if s.note_id is not None)
        self.choice.blockSignals(True)
        for s in options.sessions:
            if s.note_id is None:
                self.choice.addItem(self.tr("The session at {time} ({minutes} min, CPT {cpt})").format(
                    time=show_time(s.start_time) or self.tr("time not recorded"), minutes=s.duration_minutes,
                    cpt=s.cpt_code or "-"), f"{ATTACH}:{s.session_id}")
        self.choice.addItem(self.tr("Record a separate session (a second visit that day)") if options.sessions
                            else self.tr("Record the session now"), f"{SEPARATE}:")
        try:
            default = link_choice(options.sessions)
            self.choice.setCurrentIndex(self.choice.findData(f"{ATTACH}:{default.session_id}"))
        except VaultError:
            if options.sessions:  # a second visit, or one of several: the therapist's choice
                self.choice.insertItem(0, self.tr("Choose…"), "")
            self.choice.setCurrentIndex(0)
        self.choice.blockSignals(False)
        if not options.sessions:
            said = self.tr("No session is recorded on {day}: record the one this note documents.")
        elif all(s.provisional for s in options.sessions if s.note_id is not None) and documented == len(
                options.sessions):
            # Another draft's session, no visit yet (found: it read as a visit with its note).
            said = self.tr("The session recorded on {day} is another note's, still an unsigned draft: not a visit "
                           "until that note is signed. If that draft was started for this same visit, discard one "
                           "of the two. Record a separate session only if this note documents a second visit: "
                           "each session is billed.")
        elif documented == len(options.sessions):
            said = self.tr("Every session on {day} has a note already. If another note was started for this "
                           "same visit (marking the appointment attended starts one), discard that draft first. "
                           "Record a separate session only if this note documents a second visit: each session "
                           "is billed.")
        else:
            said = self.tr("This note documents no session yet. Choose the session of {day} it documents.")
        self.intro.setText(said.format(day=day))
        self._chosen()

    def _wanted(self) -> SessionChoice | None:
        data = str(self.choice.currentData() or "")
        if not data:
            return None
        choice, _, session_id = data.partition(":")
        return SessionChoice(cast("Choice", choice), session_id or None)

    def _chosen(self, *_args: object) -> None:
        wanted = self._wanted()
        self.new_row.setEnabled(wanted is not None and wanted.choice == SEPARATE)
        self.save_button.setEnabled(wanted is not None)

    def save(self) -> None:
        wanted = self._wanted()
        if wanted is not None and wanted.choice == SEPARATE and refused_number(self.duration):
            return
        if wanted is None:
            self.message.setText(self.tr("Choose the session this note documents."))
            return
        typed = self.start.text().strip()
        # As the practice writes it, or 24-hour; what is not a time goes as typed, for the
        # service to say so (nothing is saved).
        new = {"duration_minutes": self.duration.value(), "start_time": (read_time(typed) or typed) or None}
        note_id = self.note_id
        self.message.setText("")
        self.save_button.setEnabled(False)
        self.controller.op(self, lambda v: note_sessions.link_session(v, note_id, wanted, new),
                           label=self.tr("Linking…")).success(self._linked) \
            .failure(show_inline(self.message)).finally_(lambda: self.save_button.setEnabled(True)).run()

    def _linked(self, note: ProgressNote) -> None:
        self.accept()
        self.linked.emit(note.session_id or "")


__all__ = ["NoteSessionDialog", "SessionLink"]
