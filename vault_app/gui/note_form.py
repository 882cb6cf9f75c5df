"""The writing part of every note screen, once for both kinds of note (issue 16 item 3).

The progress-note window (note_editor.py) and the psychotherapy tab (psychotherapy_tab.py)
each hold one NoteForm for their kind: its text boxes (a template's sections for a
structured kind, one free-text box otherwise), autosave, snippets, the addenda and
amendments, the signature line, and signing and amending (gui/note_signing.py). What
differs between the kinds is read from their NoteKindSpec (domain/note_kinds.py); the
words on screen that differ are in `_WORDS` below. The screens add only what is theirs:
the progress note's session, risk screening and plan goals; the psychotherapy notes'
lock and list.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QMessageBox, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from vault_app.domain.clinical_notes import NoteHistory, ProgressNote, PsychotherapyNote
from vault_app.domain.errors import InvalidInput
from vault_app.domain.note_kinds import PROGRESS, PSYCHOTHERAPY, NoteKindSpec
from vault_app.domain.note_templates import get_template
from vault_app.gui import dates, theme
from vault_app.gui import note_signing as signing
from vault_app.gui.amend_dialog import AmendDialog, amendment_text
from vault_app.gui.autosave import Autosaver, R, S
from vault_app.gui.background import show_error
from vault_app.gui.confirm import confirm
from vault_app.gui.i18n import QT_TRANSLATE_NOOP
from vault_app.gui.note_status_line import StatusLine
from vault_app.gui.snippet_expander import SnippetExpander
from vault_app.gui.template_words import shown
from vault_app.gui.widgets import leaves_by_tab, wrapped_label
from vault_app.services import notes, sessions

if TYPE_CHECKING:
    from vault_app.gui.chart_binding import ChartOwner
    from vault_app.gui.seam import App
    from vault_app.services.notes import DraftState
    from vault_app.services.psychotherapy_originals import OriginalChoice
    from vault_app.services.vault import Vault

BODY = "body"  # the one section of a kind without a template


@dataclass(frozen=True)
class _KindWords:
    """The accessible names and hints that differ on screen (the e2e suite finds them)."""

    history_name: str
    body_name: str  # the one text box of a kind without a template
    body_hint: str


# Marked for the NoteForm context (pyside6-lupdate does not see a tr() of a variable): the
# psychotherapy editor's hint was English on Spanish screens.
_WORDS: Mapping[str, _KindWords] = {
    PROGRESS.key: _KindWords(QT_TRANSLATE_NOOP("NoteForm", "Addenda and amendments"),
                             QT_TRANSLATE_NOOP("NoteForm", "Note"), ""),
    PSYCHOTHERAPY.key: _KindWords(
        QT_TRANSLATE_NOOP("NoteForm", "Addenda and amendments to this psychotherapy note"),
        QT_TRANSLATE_NOOP("NoteForm", "Psychotherapy note text"),
        QT_TRANSLATE_NOOP(
            "NoteForm", "Process notes for this session. Diagnoses, medication, test results, session times and "
                        "treatment plans belong in the progress note.")),
}


class NoteForm(QWidget, Generic[S, R]):
    """One note being written or read. The screen gives the snapshot and the save (its
    kind's one service call) and lays out the buttons; the form does the rest."""

    # The text changed by the therapist (not by loading): the screen may react (the
    # progress note fixes its template once text exists).
    edited = Signal()
    # After signing, with the signed note's history.
    signed_now = Signal(object)
    # After "Discard draft…": the session the draft documented ("" none, None never saved).
    discarded = Signal(object)

    def __init__(self, controller: App, kind: NoteKindSpec, snapshot: Callable[[], S],
                 save: Callable[[Vault, DraftState, S], R], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.kind = kind
        self.words = _WORDS[kind.key]
        self._snapshot, self._save = snapshot, save
        self.signed = False
        self.autosave: Autosaver[S, R] | None = None
        self.sign_confirm: QMessageBox | None = None
        self.section_edits: dict[str, QPlainTextEdit] = {}
        self.snippets = SnippetExpander(controller, self)  # ";ms" + Space expands a personal snippet

        self.sections_host = QWidget()
        self.sections_layout = QVBoxLayout(self.sections_host)
        self.sections_layout.setContentsMargins(0, 0, 0, 0)
        self.below_text = QVBoxLayout()  # the screen's own boxes between the text and the history
        # The screen's last field above the text (the progress note's ICD-10): Tab goes from it
        # through the sections, then on to the boxes below them.
        self.text_follows: QWidget | None = None
        self.history = QPlainTextEdit()
        self.history.setReadOnly(True)
        self.history.setAccessibleName(QCoreApplication.translate("NoteForm", self.words.history_name))
        self.history.setVisible(False)
        self.history.setMaximumHeight(160)
        self.status = StatusLine()  # no empty line while it has nothing to say (note_status_line.py)
        self.status.setAccessibleName(self.tr("Save status"))
        self.signature_label = wrapped_label("", "calmNote")
        # What the signature line and the addenda were written from: written again in the
        # practice's new date format when Settings changes it (dates.format_notice), as the
        # open form's date fields are; they kept the old one until the note was reopened.
        self._signature: tuple[ProgressNote | PsychotherapyNote, bool | None] | None = None
        self._amendments: NoteHistory | None = None
        dates.format_notice().changed.connect(self._practice_format_changed)
        # Its Alt letter set here, one for the progress note window and the Psychotherapy tab
        # alike: chosen in each from what was free there, Spanish "Firmar y sellar" was Alt+Y in
        # one and Alt+F in the other (found by a walker). K and F: free in both windows.
        self.sign_button = QPushButton(theme.icon("sign"), self.tr("Sign and loc&k"))
        self.sign_button.setAccessibleName(self.tr("Sign and lock"))
        self.sign_button.clicked.connect(self.sign_clicked)
        self.amend_button = QPushButton(self.tr("Addendum or amendment…"))
        self.amend_button.setToolTip(
            self.tr("A signed note never changes; corrections are added after it, with a reason"))
        self.amend_button.setEnabled(False)
        self.discard_button = QPushButton(self.tr("Discard draft…"))
        self.discard_button.setToolTip(self.tr("Delete this unsigned draft (written by mistake); signed notes stay"))
        self.discard_button.clicked.connect(self.discard)
        for b in (self.sign_button, self.amend_button, self.discard_button):
            b.setAutoDefault(False)  # Enter in a field must not sign, amend or discard
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sections_host, 1)
        layout.addLayout(self.below_text)
        layout.addWidget(self.history)
        # Set by the screen: what the summary before signing lists, and what to do for
        # the sign button (the progress note checks its risk screening first).
        self.summary: Callable[[], list[str]] = lambda: []
        self.sign_clicked_hook: Callable[[], None] | None = None

    # --- the text ---------------------------------------------------------------------------------
    def build_sections(self, template: str | None, values: Mapping[str, str]) -> None:
        """The text boxes: a labelled box per section of `template` for a structured kind
        (progress notes), else the kind's one free-text box (psychotherapy notes are free
        text by their definition, 45 CFR 164.501)."""
        headed = shown(get_template(template or "")) if self.kind.structured else None
        sections = headed.sections if headed is not None else None
        while self.sections_layout.count():
            item = self.sections_layout.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()  # type: ignore[union-attr]
        self.section_edits = {}
        if sections is None:
            edit = leaves_by_tab(QPlainTextEdit(values.get(BODY, "")))
            edit.setAccessibleName(QCoreApplication.translate("NoteForm", self.words.body_name))
            edit.setPlaceholderText(
                QCoreApplication.translate("NoteForm", self.words.body_hint) if self.words.body_hint else "")
            self._add_edit(BODY, edit)
            self.sections_layout.addWidget(edit, 1)
        else:
            for key, heading in sections:
                label = QLabel(heading)
                label.setObjectName("sectionTitle")
                edit = leaves_by_tab(QPlainTextEdit(values.get(key, "")))
                edit.setAccessibleName(heading)
                if headed is not None and headed.hint(key):
                    edit.setPlaceholderText(headed.hint(key))
                edit.setMinimumHeight(90 if len(sections) > 1 else 300)
                label.setBuddy(edit)
                self._add_edit(key, edit)
                self.sections_layout.addWidget(label)
                self.sections_layout.addWidget(edit, 1)
        self._order_sections()
        self.set_read_only(self.signed)

    def _order_sections(self) -> None:
        """Qt's Tab order is the order widgets were made, and the sections are made last (and
        again for another template): Tab from the last section went back up to the template
        and the session, and the plan goals and risk screening below came only after them
        (found in the real app). Each section is put after the one above it."""
        previous = self.text_follows
        for edit in self.section_edits.values():
            if previous is not None:
                QWidget.setTabOrder(previous, edit)
            previous = edit

    def _add_edit(self, key: str, edit: QPlainTextEdit) -> None:
        edit.textChanged.connect(self._text_changed)
        self.snippets.attach(edit)
        self.section_edits[key] = edit

    def texts(self) -> dict[str, str]:
        return {k: e.toPlainText() for k, e in self.section_edits.items()}

    def set_texts(self, values: Mapping[str, str]) -> None:
        """Replace the text of the boxes named in `values` (saved again like typing)."""
        for key, text in values.items():
            edit = self.section_edits.get(key)
            if edit is not None and edit.toPlainText() != text:
                edit.setPlainText(text)

    def _text_changed(self) -> None:
        if not self.signed:
            self.edited.emit()
            self.changed()

    def changed(self) -> None:
        """Something of the note changed (the text, or a field of the screen's): autosave."""
        if not self.signed and self.autosave is not None:
            self.autosave.changed()

    def set_read_only(self, read_only: bool) -> None:
        for edit in self.section_edits.values():
            edit.setReadOnly(read_only)

    def focus_first_empty(self) -> None:
        edits = list(self.section_edits.values())
        target = next((e for e in edits if not e.toPlainText().strip()), edits[0] if edits else None)
        if target is not None:
            # At the end of what is there: with every section written, typing went in
            # before the first word of the note.
            target.moveCursor(QTextCursor.MoveOperation.End)
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- saving -----------------------------------------------------------------------------------
    @property
    def note_id(self) -> str | None:
        return self.autosave.draft.note_id if self.autosave is not None else None

    def start(self, note_id: str | None, *, saving: bool = True,
              save: Callable[[Vault, DraftState, S], R] | None = None) -> Autosaver[S, R]:
        """A new autosave for the note `note_id` (None: not created yet); the last one's
        pending save is queued first, with its own save function. `save` replaces the
        save for this note on (a screen that moves between charts binds each note to its own)."""
        if save is not None:
            self._save = save
        if self.autosave is not None:
            # Stopped, not deleted: its queued save still reports back to it.
            self.autosave.flush()
            self.autosave.stop()
        self.autosave = Autosaver(self.controller, self, self._snapshot, self._save)
        self.autosave.draft.note_id = note_id
        self.autosave.status_changed.connect(self.status.setText)
        # Where the note stands, from the moment it is open: a stored note's once it is read (show_note).
        self.status.stand(self.tr("New note. It is saved as you type.") if note_id is None else "", now=True)
        self.autosave.enabled = saving
        return self.autosave

    def flush(self) -> None:
        if self.autosave is not None:
            self.autosave.flush()

    def stop(self) -> None:
        if self.autosave is not None:
            self.autosave.stop()

    # --- a note as stored -------------------------------------------------------------------------
    def show_note(self, note: ProgressNote | PsychotherapyNote, history: NoteHistory | None) -> None:
        """The signed state, the signature line and the addenda of `note`."""
        self.signed = note.signed
        self.set_read_only(self.signed)
        self.sign_button.setEnabled(not self.signed)
        self.amend_button.setEnabled(self.signed)
        self.discard_button.setVisible(not self.signed)  # a signed note is part of the record
        self._signature = (note, history.signature_valid if history else None) if note.signature else None
        self.status.stand("" if self.signed else signing.signature_line(note, None))  # "Draft"
        self._show_signature()
        if history is not None:
            self.show_history(history)

    def _show_signature(self) -> None:
        self.signature_label.setText(signing.signature_line(*self._signature) if self._signature else "")

    def show_history(self, history: NoteHistory | None) -> None:
        self._amendments = history
        amendments = history.amendments if history is not None else ()
        self.history.setPlainText(amendment_text(amendments))
        self.history.setVisible(bool(amendments))

    def _practice_format_changed(self) -> None:
        """The signed-at line and the addenda's dates in the practice's new format, at once
        (only what is on screen now: a blanked form has neither kept)."""
        self._show_signature()
        if self._amendments is not None and self._amendments.amendments:
            bar = self.history.verticalScrollBar()
            at = bar.value()  # where the therapist was reading in the addenda
            self.history.setPlainText(amendment_text(self._amendments.amendments))
            bar.setValue(at)

    def new_draft(self) -> None:
        self.signed = False
        self.set_read_only(False)
        self.sign_button.setEnabled(True)
        self.amend_button.setEnabled(False)
        self.discard_button.setVisible(True)
        self._signature = None
        self.status.stand(self.tr("New note. It is saved as you type."))
        self.signature_label.setText("")
        self.show_history(None)

    # --- signing and amending ---------------------------------------------------------------------
    def sign_clicked(self) -> None:
        if self.sign_clicked_hook is not None:
            self.sign_clicked_hook()
        else:
            self.sign()

    def sign(self) -> None:
        """Ctrl+Shift+S and the button: a summary first, signing only on "Sign"."""
        if self.signed or self.autosave is None:
            return
        # Said before the question, not after "Sign" (the question offered "0 words" with Sign
        # as its default, then came the refusal): the service's own check and words.
        if not any(text.strip() for text in self.texts().values()):
            show_error(self.window(), InvalidInput("An empty note cannot be signed.",
                                                   hint="Write something before signing.", code="note.sign_empty"))
            return
        self.sign_confirm = signing.ask_to_sign(self.window(), self.kind, self.summary(), self.sign_now)

    def sign_now(self) -> None:
        if not self.signed and self.autosave is not None:
            signing.sign(self.controller, self, self.kind, self.autosave.when_saved, self.autosave.draft,
                         self._signed, self._not_signed)

    def _not_signed(self, reason: str) -> None:
        self.status.setText(QCoreApplication.translate("NoteSigning", signing.NOT_SIGNED).format(reason=reason))

    def _signed(self, history: NoteHistory) -> None:
        self.stop()
        self.show_note(history.note, history)
        self.status.setText(QCoreApplication.translate("NoteSigning", signing.SIGNED))
        if self.amend_button.isVisible() and self.amend_button.isEnabled():
            # What a signed note offers next. The signature disabled the fields one after the other
            # and Qt walked the keyboard past each to "Confidentiality decision…" (found walking by
            # keyboard: the next Space would have opened a decision nobody asked for).
            self.amend_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.signed_now.emit(history)

    def discard(self) -> QMessageBox | None:
        """The button, for a draft written by mistake (the wrong chart, a test, a passphrase
        typed into it): asked first; then deleted, and `discarded` says so. Without it such a
        draft stayed in the chart for good: listed as unsigned, offered for export, searchable."""
        if self.signed or self.autosave is None:
            return None
        # Spelled out, not through a local alias: pyside6-lupdate only sees translate() by its name,
        # and missed these five (the confirmation read English over a Spanish note).
        return confirm(
            self.window(), QCoreApplication.translate("NoteDiscard", "Discard draft"),
            QCoreApplication.translate("NoteDiscard", "Discard this draft note?"),
            [QCoreApplication.translate("NoteDiscard", "Its text is deleted and cannot be brought back."),
             QCoreApplication.translate("NoteDiscard", "The audit ledger keeps that a draft was discarded, not its "
                                                       "text.")],
            QCoreApplication.translate("NoteDiscard", "Discard draft"), self.discard_now,
            warnings=[QCoreApplication.translate("NoteDiscard", "This cannot be undone.")])

    def discard_now(self, original: OriginalChoice | None = None) -> None:
        """`original`: an imported psychotherapy draft's original PDF, kept or deleted (asked first)."""
        autosave = self.autosave
        if autosave is None or self.signed:
            return  # locked, or signed, while the question was up
        autosave.flush()  # a save still waiting goes first, so the discard sees the note it made
        self.stop()  # and nothing is saved after it
        draft, kind = autosave.draft, self.kind
        self.controller.op(self, lambda v: _discard(v, kind, draft, original),
                           label=QCoreApplication.translate("NoteDiscard", "Discarding…")) \
            .success(self.discarded.emit).run()

    def amend(self, client: ChartOwner | None, privacy: bool, done: Callable[[], None]) -> AmendDialog | None:
        note_id = self.note_id
        if note_id is None or not self.signed:
            return None
        return signing.amend(self.controller, self.window(), self.kind, note_id, client, privacy, done)

    def blank_text(self) -> None:
        """The text and the addenda out of the widgets; the autosave stops (nothing is saved)."""
        self.stop()
        for edit in self.section_edits.values():
            edit.blockSignals(True)
            edit.clear()
            edit.blockSignals(False)
        self._amendments = None  # a format change must not write the addenda back in
        self.history.clear()

    def blank(self) -> None:
        """Every trace of the note out of the widgets (a lock, another chart)."""
        self.blank_text()
        self.autosave = None
        self.history.setVisible(False)
        self.amend_button.setEnabled(False)
        self.discard_button.setVisible(False)
        self._signature = self._amendments = None
        self.signature_label.setText("")
        self.status.stand("", now=True)  # no note: no line


def _discard(vault: Vault, kind: NoteKindSpec, draft: DraftState, original: OriginalChoice | None) -> str | None:
    """On the worker, after the saves queued before it: the draft as they left it."""
    if draft.note_id is None:
        return None  # never saved: nothing to delete
    # A session recorded only for this draft goes with it (services/note_lifecycle.discard): the
    # bar said it stayed under Sessions & notes, where there was none (walker, round 37).
    stays = bool(draft.session_id) and not sessions.draft_only(vault, draft.session_id or "")
    notes.discard(vault, draft.note_id, kind, original=original)
    return draft.session_id if stays else ""


def discard_said(session: str | None) -> str:
    """What the status bar says after a progress note's draft was discarded."""
    if session:
        return QCoreApplication.translate(
            "NoteDiscard", "Draft discarded. Its session stays under Sessions & notes: if it did not take place, "
            "remove it there (Correct session details…).")
    return QCoreApplication.translate("NoteDiscard", "Draft discarded.")


__all__ = ["BODY", "NoteForm", "discard_said"]
