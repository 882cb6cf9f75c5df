"""The day of a psychotherapy note, in the Psychotherapy tab. Found by a walker: the note had no
date field and took the day it was written, not the session's. A note written for a session
(linked at the command line, `--session`) shows that session's day, which it took; any other
note has a date, as a progress note does, today unless changed (never a day to come: the
service refuses one). The date is saved with the text, by the autosave's save on the worker."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from vault_app.domain.clinical_notes import PsychotherapyNote
from vault_app.gui.date_field import date_picker
from vault_app.gui.dates import qt_date_format, show_date
from vault_app.services import psychotherapy_notes as psy
from vault_app.services.vault import Vault


@dataclass
class DayChoice:
    """The open note's day, as chosen on screen and as last saved. A plain value shared with
    the worker (written on the GUI thread, read by the save): no widget is read there."""

    chosen: date | None = None  # None: the service's own (the session's day, else today)
    stored: date | None = None


def save_day(vault: Vault, note_id: str | None, choice: DayChoice) -> None:
    """On the worker, after the text's save: the day chosen, when it is not the one stored."""
    chosen = choice.chosen
    if note_id is None or chosen is None or chosen == choice.stored:
        return
    psy.update_psychotherapy_note(vault, note_id, note_date=chosen)
    choice.stored = chosen


class NoteDay(QWidget):
    """Date: [picker], or the session's day for a note written for one."""

    picked = Signal()  # the therapist chose another day: the note saves it as it saves typing

    def __init__(self) -> None:
        super().__init__()
        self.choice = DayChoice()
        self.picker = date_picker(self.tr("Note date"))
        self.picker.setDisplayFormat(qt_date_format())
        self.label = QLabel(self.tr("Dat&e:"))
        self.label.setBuddy(self.picker)
        self.session_day = QLabel("")
        self.session_day.setObjectName("calmNote")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.picker)
        row.addWidget(self.session_day)
        row.addStretch(1)
        self._showing = False
        self.picker.dateChanged.connect(self._picked)

    def show_for(self, note: PsychotherapyNote | None, *, keep_picked: bool = False) -> DayChoice:
        """A new choice for the note now open (None: a new note, today's unless `keep_picked`:
        a day chosen before its first word was typed)."""
        today = date.today()
        self.picker.setMaximumDate(QDate(today.year, today.month, today.day))
        day = note.note_date if note is not None else (self._picked_day() if keep_picked else today)
        self.choice = DayChoice(chosen=None if note is None and day == today else day,
                                stored=note.note_date if note is not None else None)
        self._showing = True
        self.picker.setDate(QDate(day.year, day.month, day.day))
        self._showing = False
        for_session = note is not None and note.session_id is not None
        self.label.setVisible(not for_session)
        self.picker.setVisible(not for_session)
        self.session_day.setVisible(for_session)
        if note is not None and for_session:
            self.session_day.setText(self.tr("Written for the session of {0}").format(show_date(note.note_date)))
        self.picker.setEnabled(note is None or not note.signed)
        return self.choice

    def _picked_day(self) -> date:
        day = self.picker.date()
        return date(day.year(), day.month(), day.day())

    def _picked(self, _day: QDate) -> None:
        if self._showing:
            return
        self.choice.chosen = self._picked_day()
        self.picked.emit()


__all__ = ["DayChoice", "NoteDay", "save_day"]
