"""Psychotherapy notes: locked until their own unlock (note_lock_page.py), blanked the moment
they lock again. The list is this tab's; the note itself is written, saved, signed and
amended in the shared NoteForm (note_form.py) for the psychotherapy kind."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vault_app.domain.clinical_notes import PsychotherapyNote
from vault_app.domain.errors import NotFound
from vault_app.domain.note_kinds import PSYCHOTHERAPY
from vault_app.gui import dates, held_unwritten, psychotherapy_held, theme
from vault_app.gui import note_signing as signing
from vault_app.gui.announce import SAID_STYLES
from vault_app.gui.dates import show_date
from vault_app.gui.destruction_meanwhile import refuse
from vault_app.gui.flow_layout import FlowRow
from vault_app.gui.held import HELD_PAGE, HeldEntry, hold, saved_until, unheld
from vault_app.gui.held_open import KeptOpen
from vault_app.gui.note_form import BODY, NoteForm
from vault_app.gui.note_keys import bind_note_keys
from vault_app.gui.note_lock_page import NoteLockPage
from vault_app.gui.psychotherapy_day import DayChoice, NoteDay, save_day
from vault_app.gui.psychotherapy_tab_original import PsychotherapyOriginalParts
from vault_app.gui.psychotherapy_tab_parts import NoteOnlyWhenSaid, ShownWhenEnabled
from vault_app.gui.psychotherapy_tab_room import fit_list
from vault_app.gui.tab_pages import ask_for_shown_page_only
from vault_app.gui.widgets import add_row, aloud_label, empty_note, make_tree, masked_name, on_click_or_enter
from vault_app.services import psychotherapy_notes as psy
from vault_app.services import psychotherapy_originals as originals
from vault_app.services.changes import Changes, Kind

# The list's rows that are kept originals, not notes (their key is the original's id).
_KEPT_ROLE = Qt.ItemDataRole.UserRole + 1

if TYPE_CHECKING:

    from vault_app.domain.clinical_notes import Chart, NoteHistory, NoteSummary
    from vault_app.domain.psychotherapy_guard import GuardWarning
    from vault_app.gui.attachment_viewer import AttachmentViewer
    from vault_app.gui.seam import App, ChartHost
    from vault_app.services.notes import DraftState
    from vault_app.services.psychotherapy_originals import Original, OriginalChoice
    from vault_app.services.vault import Vault


def save_psychotherapy(vault: Vault, draft: DraftState, text: str, client_id: str,
                       day: DayChoice | None = None) -> Sequence[GuardWarning]:
    """Worker side of the autosave: the service's one action, and the note id kept for the next
    save; then the note's day, when another was chosen (psychotherapy_day.py)."""
    draft.note_id, warnings = psy.save_psychotherapy_text(vault, client_id, draft.note_id, text)
    if day is not None:
        save_day(vault, draft.note_id, day)
    return warnings


def _no_chart(_vault: Vault, _draft: DraftState, _text: str) -> Sequence[GuardWarning]:
    raise ValueError("a psychotherapy note is saved only after it was opened on a chart")


class PsychotherapyTab(PsychotherapyOriginalParts):
    def __init__(self, controller: App, view: ChartHost) -> None:
        super().__init__()
        self.setObjectName(HELD_PAGE)  # its open note is held over a lock (psychotherapy_held.py)
        self.controller = controller
        self.view = view
        self.form: NoteForm[str, Sequence[GuardWarning]] = NoteForm(
            controller, PSYCHOTHERAPY, lambda: self.form.texts().get(BODY, ""), _no_chart, self)
        self.form.build_sections(None, {})
        self.form.sign_button.setEnabled(False)
        self.form.summary = self.sign_summary
        bind_note_keys(self, save=self.flush, sign=self.sign, within=True)  # as in the progress-note editor
        self.lock_page = NoteLockPage(controller)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.lock_page)
        self.stack.addWidget(self._open_page())
        ask_for_shown_page_only(self.stack)  # the locked page asks for its own room (tab_pages.py)
        # Before the notes' own unlock, all that is said of the note that reopens then.
        # Said to a screen reader while it is red: words kept only in memory (_say_waits).
        self.held_waits = aloud_label(self.tr("A psychotherapy note you were writing will reopen when you "
                                              "unlock psychotherapy notes."), "calmNote", styles=SAID_STYLES)
        self.held_waits.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.held_waits)
        layout.addWidget(self.stack)
        self.restoring: tuple[str, HeldEntry] | None = None  # (note, held entry) to put back once read
        controller.psychotherapy_changed.connect(self._compartment_changed)
        controller.changed.connect(self._on_changes)
        # The note open at the last lock of the compartment, with the chart it was on: the
        # unlock goes back to it. Its draft state, not its id: a new note's id is set by its
        # first save, which the lock lets finish on the worker.
        self._was_open: tuple[str, DraftState] | None = None
        self.kept: dict[str, Original] = {}  # the chart's kept originals listed, by id
        self._reopening: tuple[str, str] | None = None  # (chart, note) being reopened after the unlock
        # The open note's original file (an imported note's PDF), and its window when shown.
        self.original: Original | None = None
        self.viewer: AttachmentViewer | None = None
        self._original_choice: OriginalChoice | None = None  # the answer of the discard under way
        self.kept_open = KeptOpen(controller, one_of_its_kind=True)  # the open note, for a crash (held_open.py)
        self._restored_after_crash: tuple[str, object] | None = None  # the last save of a note put back after a crash

    def _on_changes(self, changes: Changes) -> None:
        """The list follows psychotherapy-note notices for this chart, whoever wrote them."""
        client_id = self.view.client_id
        if client_id is not None and changes.touches_client(client_id, Kind.PSYCHOTHERAPY_NOTES):
            self.activate()

    # --- open --------------------------------------------------------------------------------
    def _open_page(self) -> QWidget:
        page = QWidget()
        self.list = make_tree([self.tr("Date"), self.tr("Status"), self.tr("Preview")],
                              self.tr("Psychotherapy notes"))
        on_click_or_enter(self.list, self._open_item)  # one logged note.viewed per gesture
        new = QPushButton(self.tr("New psychotherapy note"))
        new.clicked.connect(lambda: self.new_note())
        lock = QPushButton(theme.icon("lock"), self.tr("Lock now"))
        lock.clicked.connect(self.controller.lock_psychotherapy)
        # Selected notes, verifiably (the wizard asks which, on what basis, and certifies it).
        self.destroy_button = QPushButton(self.tr("Destroy notes…"))
        self.destroy_button.setAutoDefault(False)
        self.destroy_button.clicked.connect(lambda: self.view.start_destruction(notes=True))
        self.amend_button.clicked.connect(self.amend)
        ShownWhenEnabled(self.amend_button)  # a draft's buttons on one line (psychotherapy_tab_parts.py)
        # An imported note keeps the PDF it came from (a damaged one: all there is of its text).
        self.original_button = QPushButton(self.tr("Original PDF…"))
        self.original_button.setToolTip(self.tr("Show the PDF this note was imported from, here, without saving "
                                                "it anywhere"))
        self.original_button.setAutoDefault(False)
        self.original_button.setVisible(False)
        self.original_button.clicked.connect(lambda: self.view_original())
        # An imported draft's original PDF is not deleted with it unasked: this tab asks first.
        self.form.discard_button.clicked.disconnect(self.form.discard)
        self.form.discard_button.clicked.connect(lambda: self.discard())
        self.form.discarded.connect(self._discarded)
        self.form.edited.connect(self._typed)
        # Signed: the record kept for an unclean end goes at once (keep_open lets go of a signed
        # note). Left, a lock after signing read it back as a crash: "Restored: … may be missing"
        # over a signed note (found by a walker).
        self.form.signed_now.connect(lambda _h: psychotherapy_held.keep_open(self, self.kept_open))
        # Takes no room while it says nothing, and the lock's minutes are said under the list: the
        # note's text had the room (found by the day's walker, round 45: at 150 %, English and
        # Spanish, the text was about three lines high, the minutes wrapped on five lines beside
        # the buttons above it and an empty line under it).
        self.warnings = NoteOnlyWhenSaid()
        # Short words under the list, on two lines at most (psychotherapy_tab_room.py): "Unlocked."
        # went, the tab's open lock and the status bar say it (on six lines at 150 %, round 45).
        self.timer_note = empty_note("")
        # Wrapping, at the right: in one row they held the open tab about 420 pixels wide, and the
        # chart scrolled sideways beside a wide client list (150 %, found on Xvfb, round 46).
        top = FlowRow()
        top.addWidget(new)
        top.addWidget(self.destroy_button)
        top.addWidget(lock)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        self.note_day = NoteDay()
        self.note_day.picked.connect(self.form.changed)
        rl.addWidget(self.note_day)
        rl.addWidget(self.form, 1)
        rl.addWidget(self.warnings)
        # A line of its own, as the progress note's: beside the four buttons "Restored: …" and
        # the save status were a narrow column, a word or two a line (found by walkers).
        rl.addWidget(self.status)
        # Onto a second line when narrow: in one row, an imported draft's four buttons held this
        # column at about 520 pixels at 150 % and the list beside it got about 74 (round 45).
        bottom = FlowRow()
        # Its place kept while hidden: shown by the first key typed (a note starts), it put the
        # buttons on two lines where they had fitted on one, and the text lost a line mid-sentence
        # (found in the real app at 150 %).
        keep = self.form.discard_button.sizePolicy()
        keep.setRetainSizeWhenHidden(True)
        self.form.discard_button.setSizePolicy(keep)
        bottom.addWidget(self.original_button)
        bottom.addWidget(self.form.discard_button)
        bottom.addWidget(self.amend_button)
        bottom.addWidget(self.sign_button)
        rl.addLayout(bottom)
        self.list_pane = QWidget()
        ll = QVBoxLayout(self.list_pane)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.list, 1)
        ll.addWidget(self.timer_note)
        split = QSplitter()
        split.addWidget(self.list_pane)
        split.addWidget(right)
        split.setChildrenCollapsible(False)  # the list's dates stay whole however the handle is dragged
        split.setSizes([260, 640])
        self._say_minutes()
        dates.format_notice().changed.connect(self._fit_list)  # another date format, another width
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)  # the tab's own margins are around it already
        layout.addLayout(top)
        layout.addWidget(split, 1)
        return page

    def _say_minutes(self) -> None:
        minutes = self.controller.idle.psychotherapy_seconds / 60
        # One source per form (account_words.py): English has no translator for %n's plural.
        said = (self.tr("Locks again after 1 minute without activity.") if minutes == 1 else
                self.tr("Locks again after {0:g} minutes without activity.").format(minutes))
        self.timer_note.setText(said)
        self._fit_list()

    def _fit_list(self) -> None:
        fit_list(self.list_pane, self.list, (self.tr("signed"), self.tr("draft"), self.tr("original PDF")),
                 self.timer_note)

    @property
    def note_waits(self) -> bool:
        """A note held at a lock reopens at the notes' next unlock (psychotherapy_held.py)."""
        return self.held_waits.isVisibleTo(self)

    @note_waits.setter
    def note_waits(self, waits: bool) -> None:
        said = waits and not self.controller.psychotherapy_open
        if said:
            # Kept in the records while it is said: the vault's unlock took what they held, and
            # after a crash the tab said nothing before the notes' unlock that reopened the note.
            self.kept_open.keep([psychotherapy_held.waits_entry()])
        elif not waits and self.held_waits.isVisibleTo(self):
            self.kept_open.let_go()  # the notes' unlock: a note reopened is kept again once read
        self.held_waits.setVisible(said)
        self._say_waits()

    def _say_waits(self) -> None:
        """What waits for the notes' unlock: the note, and, when the disk refused its last words
        at the lock, that those are in this app's memory only (gui/held_unwritten.py), lost by a
        quit before that unlock. Found: they were thrown away by the lock, with no word."""
        vault = self.controller.vault
        in_memory = held_unwritten.words_kept(vault.folder if vault is not None else None, "psychotherapy")
        # In the problem colour while words are at risk (a quit loses them), calm otherwise.
        self.held_waits.setObjectName("verdictRefused" if in_memory else "calmNote")
        self.held_waits.style().unpolish(self.held_waits)
        self.held_waits.style().polish(self.held_waits)
        if in_memory:
            self.held_waits.setText(self.tr(
                "A psychotherapy note you were writing will reopen when you unlock psychotherapy notes. The disk had "
                "no room for its last words: until then they are kept only in this app's memory, not on the disk. "
                "Make room on the disk, then unlock psychotherapy notes; if you quit the app first, those words are "
                "lost."))
        else:
            self.held_waits.setText(self.tr("A psychotherapy note you were writing will reopen when you unlock "
                                            "psychotherapy notes."))

    def held_entries(self) -> list[HeldEntry]:
        """What the vault's lock or a quit holds of this tab (gui/held.py)."""
        return psychotherapy_held.entries(self)

    def saved_words(self) -> str:
        """Said after "Restored: …" (psychotherapy_held.put_back): a lock or a quit saved the text
        first; after a crash it is as last saved (_opened keeps which and when)."""
        if self._restored_after_crash is not None:
            return saved_until(*self._restored_after_crash)
        return self.tr("The note's text was saved as you typed; nothing was lost.")

    def _compartment_changed(self, unlocked: bool) -> None:
        if unlocked:
            self.note_waits = False
            self.stack.setCurrentIndex(1)
            self._say_minutes()
            self._no_note_said()
            self.activate()
            if self.view.tabs.currentWidget() is self:
                # The passphrase field just went: the keyboard went on to New psychotherapy
                # note, and the Space of the first sentence typed opened a note and lost the
                # words before it (found in the real app). Typing starts a note (_typed).
                self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
                self._back_to_the_note()
            self._was_open = None
        else:
            self.flush()
            # Held in the compartment before it locks (queued after the flush's save): a vault
            # lock before the notes' next unlock forgets the tab, not what reopens the note.
            entry = psychotherapy_held.held_now(self)
            hold(self.controller, entry, "psychotherapy", kept=self._say_waits)
            self.note_waits = self.note_waits or entry is not None
            autosave, client_id = self.form.autosave, self.view.client_id
            self._was_open = (client_id, autosave.draft) if autosave is not None and client_id else None
            self.blank()
            self.stack.setCurrentIndex(0)  # first: the page takes the keyboard only when shown
            self.lock_page.offer()

    def _back_to_the_note(self) -> None:
        """Unlocked again on the chart of the note that was open at the lock: that note opens
        again. Found in the real app: the 2-minute lock came while a note was being thought
        over, and the sentence typed after the unlock started a second note."""
        was_open = self._was_open
        if was_open is None or was_open[0] != self.view.client_id or not was_open[1].note_id:
            return
        self.reopen(was_open[0], was_open[1].note_id)

    @property
    def reopening_note(self) -> str | None:
        return self._reopening[1] if self._reopening is not None else None

    def reopen(self, client_id: str, note_id: str) -> None:
        """The note open at a lock, read again on this tab; what is typed meanwhile goes on at its end (_opened)."""
        self.view.tabs.setCurrentWidget(self)
        self._reopening = (client_id, note_id)
        self.controller.query(self, lambda v: psy.psychotherapy_note_history(v, note_id)).success(self._opened) \
            .failure(self._not_reopened).run()

    def _not_reopened(self, exc: BaseException) -> bool:
        self._reopening = self.restoring = None  # discarded or destroyed meanwhile: typing starts a note again
        return isinstance(exc, NotFound)

    def show_chart(self, chart: Chart) -> None:
        self.blank()
        self.stack.setCurrentIndex(1 if self.controller.psychotherapy_open else 0)
        if not self.controller.psychotherapy_open:
            self.lock_page.offer()
        if self.controller.psychotherapy_open and self.view.tabs.currentWidget() is self:
            self.activate()

    def activate(self) -> None:
        client_id = self.view.client_id
        if not self.controller.psychotherapy_open:
            self.lock_page.take_keyboard()
            return
        if client_id is None:
            return
        self.controller.query(self, lambda v: (psy.list_psychotherapy_notes(v, client_id),
                                               originals.kept_for_client(v, client_id))) \
            .success(lambda found: self._listed(*found)).run()

    def _listed(self, notes: list[NoteSummary], kept: Sequence[Original] = ()) -> None:
        if not self.controller.psychotherapy_open:
            return
        self.list.clear()
        going = self.controller.notes_being_destroyed  # deleted beside the worker: not listed
        for n in notes:
            if n.note_id in going:
                continue
            add_row(self.list, [show_date(n.note_date), self.tr("signed") if n.signed else self.tr("draft"),
                                masked_name(n.preview.replace("\n", " "), self.view.privacy)], n.note_id)
        # Originals kept when their imported drafts were discarded: records of their own, after
        # the notes (their file names stay unsaid: they may name the client).
        kept = [o for o in kept if o.kept_id not in going]  # chosen with the notes destroyed
        self.kept = {o.kept_id: o for o in kept}
        for o in kept:
            item = add_row(self.list, [show_date(o.note_date), self.tr("original PDF"),
                                       self.tr("Kept when its imported draft was discarded")], o.kept_id)
            item.setData(0, _KEPT_ROLE, True)
        self._fit_list()

    def _start_editor(self, note_id: str | None, text: str, note: PsychotherapyNote | None = None,
                      history: NoteHistory | None = None) -> None:
        client = self.view.shown_client()
        if client is None:
            return  # another chart is loading: the text would go to a chart not on screen
        client_id = client.client_id  # each note saves to the chart it was opened on
        self._no_original()
        self.kept_open.let_go()  # the note open before: kept again by this one's first save
        day = self.note_day.show_for(note, keep_picked=note is None and bool(text))
        autosave = self.form.start(note_id, saving=False,  # the last note's pending save goes first
                                   save=lambda v, d, t: save_psychotherapy(v, d, t, client_id, day))
        autosave.saved.connect(self._saved)
        self.editor.setPlainText(text)
        if note is None:
            self.form.new_draft()
        else:
            self.form.show_note(note, history)
        self.form.show_history(history)
        autosave.enabled = not self.signed
        self.warnings.setText("")
        if not self.signed:
            # A draft is opened to go on writing it: typing went in before its first word.
            self.editor.moveCursor(QTextCursor.MoveOperation.End)
        self.editor.setFocus()

    def _typed(self) -> None:
        """Text typed into the editor with no note open (after an unlock, a lock of the note, a
        discard) starts a new note with it: it sat there unsaved, with no word, and went at
        the next lock (found in the real app)."""
        if self.form.autosave is not None or not self.controller.psychotherapy_open or self._reopening:
            return  # (being reopened: what is typed meanwhile goes on at its end, _opened)
        text = self.editor.toPlainText()
        if not text.strip() or self.view.shown_client() is None:
            return
        at = self.editor.textCursor().position()
        self.new_note(text)
        cursor = self.editor.textCursor()
        cursor.setPosition(min(at, len(self.editor.toPlainText())))
        self.editor.setTextCursor(cursor)
        self.form.changed()  # saved as any typing is

    def new_note(self, text: str = "") -> None:
        self._start_editor(None, text)
        self.status.setText(self.tr("New note. It is saved as you type."))

    def new_note_with(self, text: str) -> None:
        """A new note on this tab holding `text`, saved as typing is (words a full disk refused
        at the lock before the note's first save: psychotherapy_held.reopen)."""
        self.view.tabs.setCurrentWidget(self)
        self.new_note(text)
        self.form.changed()

    def _open_item(self, item: QTreeWidgetItem, _col: int = 0) -> None:
        key = str(item.data(0, Qt.ItemDataRole.UserRole))
        if item.data(0, _KEPT_ROLE):
            self.view_original(self.kept.get(key))
            return
        self.open_note(key)

    def open_note(self, note_id: str) -> None:
        if note_id in self.controller.notes_being_destroyed:
            refuse(self, "open_note")
            return
        self.controller.query(self, lambda v: psy.psychotherapy_note_history(v, note_id)).success(self._opened).run()

    def _opened(self, history: NoteHistory) -> None:
        if not self.controller.psychotherapy_open:
            return  # locked while the note was loading: show nothing
        note = history.note
        if not isinstance(note, PsychotherapyNote):
            return  # not a psychotherapy note: nothing of this tab's to show
        typed = ""
        if self._reopening is not None and self._reopening[1] == note.note_id:
            chart, self._reopening = self._reopening[0], None
            if chart != self.view.client_id:
                return  # another chart was opened meanwhile
            typed = "" if note.signed or self.form.autosave is not None else self.editor.toPlainText()
        self._start_editor(note.note_id, note.body + typed, note, history)
        self._ask_original(note.note_id)
        self.status.setText(signing.signature_line(note, history.signature_valid))
        if typed:
            self.form.changed()
        restoring = self.restoring
        why = restoring[1].get("why") if restoring is not None else None
        crashed = restoring is not None and restoring[0] == note.note_id and not note.signed and unheld(why)
        self._restored_after_crash = (note.updated_at, why) if crashed else None
        psychotherapy_held.put_back(self)  # reopened after a lock: the caret where it was
        self._restored_after_crash = None
        psychotherapy_held.keep_open(self, self.kept_open)

    def _saved(self, warnings: Sequence[GuardWarning]) -> None:
        psychotherapy_held.keep_open(self, self.kept_open)
        # The list follows the first save's notice (a new draft); later saves change the body only.
        if warnings:
            self.warnings.setText(self.tr("Check: ") + " ".join(w.message for w in warnings))
        else:
            self.warnings.setText("")

    def sign_summary(self) -> list[str]:
        client = self.view.shown_client()
        words = len(self.editor.toPlainText().split())
        return ([self.tr("Chart {0}").format(client.chart_number)] if client is not None else []) + [
            self.tr("Psychotherapy note, %n word", "", words) if words == 1
            else self.tr("Psychotherapy note, %n words", "", words)]

    def sign(self) -> None:
        """The button: a summary first, signing only on "Sign"."""
        self.form.sign()

    def sign_now(self) -> None:
        self.form.sign_now()

    def amend(self) -> QDialog | None:
        note_id = self.form.note_id
        if note_id is None:
            return None
        return self.form.amend(self.view.shown_client(), self.view.privacy, lambda: self.open_note(note_id))

    def flush(self) -> None:
        self.form.flush()

    def blank(self) -> None:
        """Remove every trace of psychotherapy content from the widgets."""
        if self.controller.psychotherapy_open:  # (at a lock, its hold reopens the note)
            self.kept_open.let_go()
        self.form.blank()
        self._no_original()
        self.kept = {}
        self.form.sign_button.setEnabled(False)
        self.list.clear()
        self.warnings.setText("")
        self._no_note_said()

    def _no_note_said(self) -> None:
        """The save line's words while no note is open on the unlocked page: the first key typed
        starts one (_typed), and its line comes then without moving the text (note_status_line.py)."""
        if self.controller.psychotherapy_open and self.form.autosave is None:
            self.status.stand(self.tr("No note open: typing here starts a new one."), now=True)

    def clear(self) -> None:
        self._was_open = self._reopening = self.restoring = None
        self.blank()
        self.lock_page.clear()
        self.stack.setCurrentIndex(0)
