"""Psychotherapy notes: locked until their own unlock, blanked the moment they lock again."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vault_app.domain.clinical_notes import PsychotherapyNote
from vault_app.domain.note_kinds import PSYCHOTHERAPY
from vault_app.gui import note_signing as signing
from vault_app.gui import theme
from vault_app.gui.amend_dialog import amendment_text
from vault_app.gui.autosave import Autosaver
from vault_app.gui.note_lock_page import NoteLockPage
from vault_app.gui.widgets import add_row, empty_note, iso, make_tree, masked_name
from vault_app.services import psychotherapy_notes as psy
from vault_app.services.changes import Changes, Kind

if TYPE_CHECKING:
    from vault_app.domain.clinical_notes import Chart, NoteHistory, NoteSummary
    from vault_app.domain.psychotherapy_guard import GuardWarning
    from vault_app.gui.passphrase import PassphraseField
    from vault_app.gui.seam import App, ChartHost
    from vault_app.services.notes import DraftState
    from vault_app.services.vault import Vault


def save_psychotherapy(vault: Vault, draft: DraftState, text: str, client_id: str) -> Sequence[GuardWarning]:
    """Worker side of the autosave: the service's one action, and the note id kept for the next save."""
    draft.note_id, warnings = psy.save_psychotherapy_text(vault, client_id, draft.note_id, text)
    return warnings


class PsychotherapyTab(QWidget):
    def __init__(self, controller: App, view: ChartHost) -> None:
        super().__init__()
        self.controller = controller
        self.view = view
        self.stack = QStackedWidget()
        self.lock_page = NoteLockPage(controller)
        self.stack.addWidget(self.lock_page)
        self.stack.addWidget(self._open_page())
        QVBoxLayout(self).addWidget(self.stack)
        controller.psychotherapy_changed.connect(self._compartment_changed)
        self.autosave: Autosaver[str, Sequence[GuardWarning]] | None = None
        self.signed = False
        controller.changed.connect(self._on_changes)

    def _on_changes(self, changes: Changes) -> None:
        """The list follows psychotherapy-note notices for this chart, whoever wrote them."""
        client_id = self.view.client_id
        if client_id is not None and changes.touches_client(client_id, Kind.PSYCHOTHERAPY_NOTES):
            self.activate()

    # The lock page's fields, reachable as the tab's own (tests and the e2e suite use them).
    @property
    def passphrase(self) -> PassphraseField:
        return self.lock_page.passphrase

    @property
    def unlock_message(self) -> QLabel:
        return self.lock_page.message

    def unlock(self) -> None:
        self.lock_page.unlock()

    # --- open --------------------------------------------------------------------------------
    def _open_page(self) -> QWidget:
        page = QWidget()
        self.list = make_tree(["Date", "Status", "Preview"], "Psychotherapy notes")
        self.list.itemActivated.connect(self._open_item)
        self.list.itemClicked.connect(self._open_item)
        new = QPushButton("New psychotherapy note")
        new.clicked.connect(self.new_note)
        lock = QPushButton(theme.icon("lock"), "Lock now")
        lock.clicked.connect(self.controller.lock_psychotherapy)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName("Psychotherapy note text")
        self.editor.setPlaceholderText("Process notes for this session. Diagnoses, medication, test results, "
                                       "session times and treatment plans belong in the progress note.")
        self.editor.textChanged.connect(self._edited)
        self.warnings = empty_note("")
        self.status = empty_note(" ")
        self.sign_button = QPushButton(theme.icon("sign"), "Sign and lock")
        self.sign_button.clicked.connect(self.sign)
        self.sign_button.setEnabled(False)
        self.amend_button = QPushButton("Addendum or amendment…")
        self.amend_button.setToolTip("A signed note never changes; corrections are added after it, with a reason")
        self.amend_button.setEnabled(False)
        self.amend_button.clicked.connect(self.amend)
        self.history = QPlainTextEdit()
        self.history.setReadOnly(True)
        self.history.setAccessibleName("Addenda and amendments to this psychotherapy note")
        self.history.setMaximumHeight(160)
        self.history.setVisible(False)
        self.timer_note = empty_note("Locks after 2 minutes without activity.")
        top = QHBoxLayout()
        top.addWidget(self.timer_note, 1)
        top.addWidget(new)
        top.addWidget(lock)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.editor, 1)
        rl.addWidget(self.history)
        rl.addWidget(self.warnings)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.amend_button)
        bottom.addWidget(self.sign_button)
        rl.addLayout(bottom)
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(right)
        split.setSizes([260, 640])
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        return page

    def _compartment_changed(self, unlocked: bool) -> None:
        if unlocked:
            self.stack.setCurrentIndex(1)
            minutes = self.controller.idle.psychotherapy_seconds / 60
            self.timer_note.setText(f"Unlocked. Locks again after {minutes:g} minutes without activity.")
            self.activate()
        else:
            self.flush()
            self.blank()
            self.lock_page.offer()
            self.stack.setCurrentIndex(0)

    def show_chart(self, chart: Chart) -> None:
        self.blank()
        self.stack.setCurrentIndex(1 if self.controller.psychotherapy_open else 0)
        if not self.controller.psychotherapy_open:
            self.lock_page.offer()
        if self.controller.psychotherapy_open and self.view.tabs.currentWidget() is self:
            self.activate()

    def activate(self) -> None:
        client_id = self.view.client_id
        if not self.controller.psychotherapy_open or client_id is None:
            return
        self.controller.query(self, lambda v: psy.list_psychotherapy_notes(v, client_id)).success(self._listed).run()

    def _listed(self, notes: list[NoteSummary]) -> None:
        if not self.controller.psychotherapy_open:
            return
        self.list.clear()
        for n in notes:
            add_row(self.list, [iso(n.note_date), "signed" if n.signed else "draft",
                                masked_name(n.preview.replace("\n", " "), self.view.privacy)], n.note_id)

    def _start_editor(self, note_id: str | None, text: str, signed: bool, history: NoteHistory | None = None) -> None:
        client = self.view.shown_client()
        if client is None:
            return  # another chart is loading: the text would go to a chart not on screen
        client_id = client.client_id
        if self.autosave is not None:
            self.autosave.flush()
            self.autosave.stop()
        self.autosave = Autosaver(self.controller, self, lambda: self.editor.toPlainText(),
                                  lambda v, d, t: save_psychotherapy(v, d, t, client_id))
        self.autosave.draft.note_id = note_id
        self.autosave.status_changed.connect(self.status.setText)
        self.autosave.saved.connect(self._saved)
        self.autosave.enabled = False
        self.editor.setPlainText(text)
        self.editor.setReadOnly(signed)
        self.signed = signed
        self.autosave.enabled = not signed
        self.sign_button.setEnabled(not signed)
        self.amend_button.setEnabled(signed)
        self._show_history(history)
        self.warnings.setText("")
        self.editor.setFocus()

    def _show_history(self, history: NoteHistory | None) -> None:
        amendments = history.amendments if history is not None else ()
        self.history.setPlainText(amendment_text(amendments))
        self.history.setVisible(bool(amendments))

    def new_note(self) -> None:
        self._start_editor(None, "", False)
        self.status.setText("New note. It is saved as you type.")

    def _open_item(self, item: QTreeWidgetItem, _col: int = 0) -> None:
        self.open_note(str(item.data(0, Qt.ItemDataRole.UserRole)))

    def open_note(self, note_id: str) -> None:
        self.controller.query(self, lambda v: psy.psychotherapy_note_history(v, note_id)).success(self._opened).run()

    def _opened(self, history: NoteHistory) -> None:
        if not self.controller.psychotherapy_open:
            return  # locked while the note was loading: show nothing
        note = history.note
        if not isinstance(note, PsychotherapyNote):
            return  # not a psychotherapy note: nothing of this tab's to show
        self._start_editor(note.note_id, note.body, note.signed, history)
        self.status.setText(signing.signature_line(note, history.signature_valid))

    def _edited(self) -> None:
        if self.autosave is not None and not self.signed:
            self.autosave.changed()

    def _saved(self, warnings: Sequence[GuardWarning]) -> None:
        # The list follows the first save's notice (a new draft); later saves change the body only.
        if warnings:
            self.warnings.setText("Check: " + " ".join(w.message for w in warnings))
        else:
            self.warnings.setText("")

    def sign(self) -> None:
        """The button: a summary first, signing only on "Sign"."""
        if self.autosave is None or self.signed:
            return
        client = self.view.shown_client()
        words = len(self.editor.toPlainText().split())
        summary = ([f"Chart {client.chart_number}"] if client is not None else []) + [
            f"Psychotherapy note, {words} word(s)"]
        self.sign_confirm = signing.ask_to_sign(self, PSYCHOTHERAPY, summary, self.sign_now)

    def sign_now(self) -> None:
        if self.autosave is not None:
            signing.sign(self.controller, self, PSYCHOTHERAPY, self.autosave.flush, self.autosave.draft,
                         self._signed)

    def _signed(self, _history: NoteHistory) -> None:
        if self.autosave is not None:
            self.autosave.stop()
        self.signed = True
        self.editor.setReadOnly(True)
        self.sign_button.setEnabled(False)
        self.amend_button.setEnabled(True)
        self.status.setText(signing.SIGNED)

    def amend(self) -> QDialog | None:
        note_id = self.autosave.draft.note_id if self.autosave is not None else None
        if note_id is None or not self.signed:
            return None
        return signing.amend(self.controller, self.window(), PSYCHOTHERAPY, note_id, self.view.shown_client(),
                             self.view.privacy, lambda: self.open_note(note_id))

    def flush(self) -> None:
        if self.autosave is not None:
            self.autosave.flush()

    def blank(self) -> None:
        """Remove every trace of psychotherapy content from the widgets."""
        if self.autosave is not None:
            self.autosave.stop()
            self.autosave = None
        self.editor.blockSignals(True)
        self.editor.clear()
        self.editor.blockSignals(False)
        self.history.clear()
        self.history.setVisible(False)
        self.amend_button.setEnabled(False)
        self.list.clear()
        self.warnings.setText("")
        self.status.setText(" ")

    def clear(self) -> None:
        self.blank()
        self.lock_page.clear()
        self.stack.setCurrentIndex(0)
