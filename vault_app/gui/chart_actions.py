"""What a chart opens from itself, held apart from the view (chart_view.py, past the ~400 lines
a file aims at): its note windows (one per note, a new one on a discharged chart offered the
discharge summary) and the windows it starts (the export wizard, the client's account, the
destruction wizard), with what the view does as a destruction runs and ends.

Mixed into ChartView (before QWidget); the view's widgets and state are the view's (set in its
__init__). Its words are said in its own translation context, ChartActions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget, QWizard

from vault_app.domain.note_templates import DISCHARGE
from vault_app.gui.account_dialog import AccountDialog
from vault_app.gui.chart_binding import bind_to_chart
from vault_app.gui.destruction_meanwhile import refuse
from vault_app.gui.note_editor import NoteEditor

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from vault_app.domain.clinical import Client
    from vault_app.gui.psychotherapy_tab import PsychotherapyTab
    from vault_app.gui.seam import App
    from vault_app.gui.sessions_tab import SessionsTab

    _View = QWidget  # what the mixin is mixed into, for the type checker
else:
    _View = object


class ChartActions(_View):
    """Mixed into ChartView: the note windows and the wizards a chart opens."""

    controller: App
    client_id: str | None
    privacy: bool
    editors: list[NoteEditor]
    sessions: SessionsTab
    psychotherapy: PsychotherapyTab
    said: SignalInstance
    unsaid: SignalInstance
    gone: SignalInstance

    # The view's own (it overrides them); not in a TYPE_CHECKING block, where lupdate would lose
    # this class's name as the context of its strings (as in destructions_jobs.py).
    def shown_client(self) -> Client | None:
        raise NotImplementedError

    def clear(self, *, editors_of: str | None = None) -> None:
        raise NotImplementedError

    def new_note(self) -> NoteEditor | None:
        return self.open_note(None)

    def open_note(self, note_id: str | None) -> NoteEditor | None:
        client = self.shown_client()
        if client is None:
            return None
        if note_id is not None:
            # One editor per note: a second one on the same draft would save its older text
            # over what was typed in the first.
            for open_editor in self.editors:
                if open_editor.note_id == note_id and open_editor.isVisible():
                    open_editor.raise_()
                    open_editor.activateWindow()
                    self._hint_answered()
                    return open_editor
        # A new note on a discharged chart is most likely its discharge summary: offered, not
        # imposed (the template box stays free until text is written).
        start = DISCHARGE if note_id is None and client.status == "discharged" else None
        editor = NoteEditor(self.controller, client.client_id, note_id, parent=self.window(), client=client,
                            privacy=self.privacy, template=start)
        if note_id is None and client.is_case:
            # Found on Xvfb: a couple's new note started "Individual", CPT 90837.
            editor.fields.start_modality(client.kind)
        editor.finished.connect(lambda _r: self.editors.remove(editor) if editor in self.editors else None)
        editor.discarded.connect(self.said.emit)
        self.editors.append(editor)
        editor.show()
        self._hint_answered()
        return editor

    def _hint_answered(self) -> None:
        """A note is open: "Choose a note in the list first, then Open." no longer holds (found
        on the real app: it stayed in the status bar under the note being written)."""
        asked, self.sessions.asked = self.sessions.asked, None
        if asked:
            self.unsaid.emit(asked)

    def open_note_at_risk(self, note_id: str | None) -> NoteEditor | None:
        """A note (None: a new one) opened at its risk screening: a flagged measure's next step."""
        editor = self.open_note(note_id)
        if editor is not None:
            editor.show_risk_screening()
        return editor

    def start_export(self) -> QWizard | None:
        client = self.shown_client()
        if client is None:
            return None
        # Lazy (memory): the export's code (~2 MB) is not resident while the unlock's KDF runs
        from vault_app.gui.export_wizard import ExportWizard

        wizard = ExportWizard(self.controller, client.client_id, parent=self.window())
        bind_to_chart(wizard, client, self.tr("Export or disclose"), self.privacy)
        wizard.open()
        return wizard

    def open_account(self) -> QDialog | None:
        """The client's account (fees, payments, balance, superbill or statement) from the chart:
        it opened only from the agenda, on one of the client's appointments in the week shown,
        so a check from a client last seen months ago meant paging back to find a session."""
        client = self.shown_client()
        if client is None:
            return None
        dialog = AccountDialog(self.controller, client.client_id, chart_number=client.chart_number,
                               privacy=self.privacy, parent=self.window())
        dialog.open()
        return dialog

    def say(self, text: str) -> None:
        self.said.emit(text)

    def start_destruction(self, notes: bool = False) -> QWizard | None:
        """The whole chart, or (`notes`) psychotherapy notes of it chosen in the wizard."""
        if self.client_id is None:
            return None
        if self.controller.destruction_running:
            # One at a time: the running one comes forward (not modal, it may be behind).
            for running in self.window().findChildren(QWizard, "destructionWizard"):
                if running.isVisible():
                    running.raise_()
            refuse(self, "again")
            return None
        # Lazy (memory): the destruction's code (certificates, backups, the content scan:
        # ~6 MB resident) is not loaded while the unlock's KDF runs (docs/benchmarks.md)
        from vault_app.gui.destruction_wizard import DestructionWizard

        wizard = DestructionWizard(self.controller, self.client_id, parent=self.window(), before_run=self.flush,
                                   notes=notes, privacy=self.privacy)
        wizard.destroyed_chart.connect(self._chart_destroyed)
        wizard.destroyed_notes.connect(self._notes_destroyed)
        wizard.destroying.connect(lambda client_id: self._being_destroyed(client_id, notes))
        wizard.open()
        return wizard

    def _being_destroyed(self, client_id: str, notes: bool) -> None:
        """The destruction's long part runs beside the worker, the wizard no longer modal: nothing
        of what it destroys stays on screen or open to typing meanwhile (its writes are refused)."""
        if notes:
            if client_id == self.client_id:
                self.psychotherapy.blank()
                self.psychotherapy.activate()
            return
        if client_id != self.client_id:
            self.clear_editors(client_id)
            return
        self.clear(editors_of=client_id)  # what its note windows held was saved before it began (flush)
        self.gone.emit()  # the main window shows Today, not an empty page of greyed tabs

    def _notes_destroyed(self, client_id: str, outcome: str) -> None:
        # The note the tab had open may be one of them: nothing of it stays on screen.
        if client_id == self.client_id:
            self.psychotherapy.blank()
            self.psychotherapy.activate()
        self.said.emit(outcome)

    def _chart_destroyed(self, client_id: str, outcome: str) -> None:
        # The client list hears the destruction's change notice itself.
        if client_id == self.client_id:
            self.clear(editors_of=client_id)
        self.said.emit(outcome)

    def flush(self) -> None:
        for editor in list(self.editors):
            editor.flush()
        self.psychotherapy.flush()

    def clear_editors(self, client_id: str | None = None) -> None:
        """The note windows closed, emptied first: every one, or only `client_id`'s."""
        for editor in list(self.editors):
            if client_id is not None and editor.client_id != client_id:
                continue
            editor.clear()
            editor.close()
            editor.deleteLater()
            if editor in self.editors:  # its close may have taken it off already
                self.editors.remove(editor)
