"""The session box's line for a day that has a session already: attach the new note to it
(the default), record a separate session (a second visit), or record none (a phone call,
a collateral contact, a letter). Said in the form before the first save writes anything;
the rule is domain/same_day_sessions.py, the save services/notes.py."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from vault_app.domain.same_day_sessions import ATTACH, NO_SESSION, SEPARATE, Choice, default_choice
from vault_app.gui import dates
from vault_app.gui.dates import show_date, show_time
from vault_app.gui.i18n import QT_TRANSLATE_NOOP
from vault_app.gui.widgets import wrapped_label

if TYPE_CHECKING:
    from datetime import date

    from vault_app.domain.clinical import Session
    from vault_app.domain.same_day_sessions import SameDaySession


NO_TIME = QT_TRANSLATE_NOOP("ProgressFields", "time not recorded")
ATTACH_TO = QT_TRANSLATE_NOOP(
    "ProgressFields", "Attach to the session already recorded ({when}, {minutes} min, CPT {cpt})"
)
NONE_ITEM = QT_TRANSLATE_NOOP("ProgressFields", "No session (a phone call, a collateral contact, a letter)")
SEPARATE_ITEM = QT_TRANSLATE_NOOP("ProgressFields", "Record a separate session (a second visit that day)")
ONE_ALREADY = QT_TRANSLATE_NOOP("ProgressFields", "This client already has a session on {day}.")
MANY_ALREADY = QT_TRANSLATE_NOOP("ProgressFields", "This client already has {count} sessions on {day}.")
ONE_NOTED = QT_TRANSLATE_NOOP("ProgressFields", "It has a note already.")
SOME_NOTED = QT_TRANSLATE_NOOP("ProgressFields", "{count} of them have a note already.")
ONE_DRAFT = QT_TRANSLATE_NOOP("ProgressFields", "It was recorded for another note, still an unsigned draft: not a "
                                                "visit until that note is signed.")
ONE_OF_DRAFT = QT_TRANSLATE_NOOP("ProgressFields", "One of them was recorded for another note, still an unsigned "
                                                   "draft: not a visit until that note is signed.")
SOME_DRAFT = QT_TRANSLATE_NOOP("ProgressFields", "{count} of them were recorded for notes still unsigned: not visits "
                                                 "until those notes are signed.")
THEN_ATTACH = QT_TRANSLATE_NOOP("ProgressFields", "This note documents that session: the visit is billed once.")
THEN_SEPARATE = QT_TRANSLATE_NOOP("ProgressFields", "A second session is recorded and billed: set its time and length.")
THEN_NONE = QT_TRANSLATE_NOOP("ProgressFields", "The note is saved without a session: nothing is billed for it.")


def key(choice: Choice, session_id: str | None = None) -> str:
    """An item's data: plain text (a tuple did not survive Qt's findData)."""
    return f"{choice}:{session_id or ''}"


def _said(text: str) -> str:
    # The session box's context: its Spanish is with the rest of the box's (es.ts).
    return QCoreApplication.translate("ProgressFields", text)


def _attach_words(s: SameDaySession) -> str:
    when = show_time(s.start_time) or _said(NO_TIME)
    return _said(ATTACH_TO).format(when=when, minutes=s.duration_minutes, cpt=s.cpt_code or "-")


def _intro(day: date, found: list[tuple[SameDaySession, Session]]) -> str:
    # Another draft's session is said as what it is, not as a visit with its note: found, a note
    # written ahead made the day read "already has a session. It has a note already."
    drafts = sum(1 for s, _full in found if s.provisional and s.note_id is not None)
    documented = sum(1 for s, _full in found if s.note_id is not None) - drafts
    intro = (_said(ONE_ALREADY) if len(found) == 1 else _said(MANY_ALREADY)).format(
        day=show_date(day), count=len(found))
    if documented:
        intro += " " + (_said(ONE_NOTED) if documented == 1 else _said(SOME_NOTED).format(count=documented))
    if drafts:
        if drafts == 1:
            intro += " " + (_said(ONE_DRAFT) if len(found) == 1 else _said(ONE_OF_DRAFT))
        else:
            intro += " " + _said(SOME_DRAFT).format(count=drafts)
    return intro


class SameDayChoice(QObject):
    """Hidden until the note's day turns out to have a session; `attached` shows the chosen
    session's details in the box (later edits then correct that session), None when the
    choice moves away from it (its start time is not the new session's)."""

    def __init__(self, edited: Callable[..., None], attached: Callable[[Session | None], None]) -> None:
        super().__init__()
        self._attached = attached
        self._showing_attached = False
        self._sessions: dict[str, Session] = {}
        self._intro = ""
        self._looked_up = False
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Session already recorded that day"))
        self.said = wrapped_label("", "calmNote")
        self.row = QWidget()
        layout = QVBoxLayout(self.row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addWidget(self.said)
        self.row.setVisible(False)
        self.combo.currentIndexChanged.connect(self._chosen)
        self.combo.currentIndexChanged.connect(edited)
        # The day and its sessions as last shown: their date and times written again in the
        # practice's new format when Settings changes it (dates.format_notice).
        self._shown: tuple[date, list[tuple[SameDaySession, Session]]] | None = None
        dates.follow_format(self.row, self._practice_format_changed)

    def show_day(self, day: date, found: list[tuple[SameDaySession, Session]]) -> None:
        """The sessions already on `day` (none: the line goes away, the note records its own)."""
        self.combo.blockSignals(True)
        self.combo.clear()
        self._looked_up = True
        self._sessions = {s.session_id: full for s, full in found}
        self._shown = (day, found) if found else None
        if not found:
            self.combo.blockSignals(False)
            self.row.setVisible(False)
            return
        for s, _full in found:
            if s.note_id is None:
                self.combo.addItem(_attach_words(s), key(ATTACH, s.session_id))
        self.combo.addItem(_said(NONE_ITEM), key(NO_SESSION))
        self.combo.addItem(_said(SEPARATE_ITEM), key(SEPARATE))
        chosen = default_choice([s for s, _full in found])
        self.combo.setCurrentIndex(max(0, self.combo.findData(key(chosen.choice, chosen.session_id))))
        self.combo.blockSignals(False)
        self._intro = _intro(day, found)
        self.row.setVisible(True)
        self._chosen()

    def _practice_format_changed(self) -> None:
        """The day and the sessions' times in the new format; the choice made stays as it is."""
        if self._shown is None:
            return
        day, found = self._shown
        for s, _full in found:
            at = self.combo.findData(key(ATTACH, s.session_id))
            if at >= 0:
                self.combo.setItemText(at, _attach_words(s))
        self._intro = _intro(day, found)
        self._say_then()

    def choice(self) -> tuple[Choice | None, str | None]:
        """None (the service's safe default) while the day was not looked up yet."""
        if not self._looked_up:
            return None, None
        data = self.combo.currentData()
        if not data:
            return SEPARATE, None  # no session that day: the note records its own
        choice, _, session_id = str(data).partition(":")
        return cast("Choice", choice), session_id or None

    def clear(self) -> None:
        """The day changed: unknown until looked up again."""
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.blockSignals(False)
        self._sessions = {}
        self._shown = None
        self._looked_up = False
        self.row.setVisible(False)

    def fix(self) -> None:
        """The first save made the choice; later changes of date do not undo it."""
        self.combo.setEnabled(False)

    def _chosen(self, *_args: object) -> None:
        choice, session_id = self.choice()
        if self._showing_attached and choice != ATTACH:
            self._attached(None)
        self._showing_attached = choice == ATTACH and session_id in self._sessions
        if choice == ATTACH and session_id in self._sessions:
            self._attached(self._sessions[session_id])
        self._say_then()

    def _say_then(self) -> None:
        choice, session_id = self.choice()
        if choice == ATTACH and session_id in self._sessions:
            then = _said(THEN_ATTACH)
        elif choice == SEPARATE:
            then = _said(THEN_SEPARATE)
        else:
            then = _said(THEN_NONE)
        self.said.setText(f"{self._intro} {then}".strip())


__all__ = ["SameDayChoice", "key"]
