"""The Psychotherapy tab's imported notes' original PDFs: shown beside the note, asked about when
its draft is discarded (psychotherapy_discard.py), listed when kept on their own. Held apart
from the tab (psychotherapy_tab.py), which was at the ~500 lines a file keeps to."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from vault_app.gui.chart_binding import bind_to_chart
from vault_app.gui.note_form import discard_said
from vault_app.gui.psychotherapy_discard import discard_question
from vault_app.gui.psychotherapy_tab_parts import PsychotherapyFormParts
from vault_app.services import psychotherapy_originals as originals

if TYPE_CHECKING:
    from collections.abc import Sequence

    from PySide6.QtWidgets import QMessageBox, QPushButton

    from vault_app.domain.psychotherapy_guard import GuardWarning
    from vault_app.gui.attachment_viewer import AttachmentViewer
    from vault_app.gui.note_form import NoteForm
    from vault_app.gui.seam import App, ChartHost
    from vault_app.services.psychotherapy_originals import Original, OriginalChoice


class PsychotherapyOriginalParts(PsychotherapyFormParts, QWidget):
    """PsychotherapyTab's base: no state of its own (set in the tab's __init__). Its words keep
    the tab's context (PsychotherapyTab), where they were before the split."""

    controller: App
    view: ChartHost
    form: NoteForm[str, Sequence[GuardWarning]]
    original: Original | None
    viewer: AttachmentViewer | None
    original_button: QPushButton
    _original_choice: OriginalChoice | None

    if TYPE_CHECKING:
        def blank(self) -> None: ...
        def activate(self) -> None: ...

    def _ask_original(self, note_id: str) -> None:
        self.controller.query(self, lambda v: originals.about(v, note_id)) \
            .success(lambda found: self._original_known(note_id, found)).run()

    def _original_known(self, note_id: str, found: Original | None) -> None:
        if not self.controller.psychotherapy_open or self.form.note_id != note_id:
            return  # locked, or another note opened, meanwhile
        self.original = found
        self.original_button.setVisible(found is not None)

    def _no_original(self) -> None:
        self.original = None
        self.original_button.setVisible(False)
        if self.viewer is not None:
            self.viewer.reject()  # its bytes go with the note it belongs to
            self.viewer = None

    def view_original(self, kept: Original | None = None) -> AttachmentViewer | None:
        """The open note's original PDF (or `kept`, one kept on its own) in the document viewer,
        read into memory on the worker."""
        original, client = kept or self.original, self.view.shown_client()
        if original is None or client is None or not self.controller.psychotherapy_open:
            return None
        # Lazy (start-up): the viewer brings pypdf, paid at the first document shown.
        from vault_app.gui.psychotherapy_original import original_viewer

        if self.viewer is not None:
            self.viewer.reject()  # one at a time: its bytes go before the next one's come
        viewer = self.viewer = original_viewer(self.controller, original, self.window())
        viewer.finished.connect(lambda _r: self._viewer_closed(viewer))
        bind_to_chart(viewer, client, QCoreApplication.translate("PsychotherapyTab", "Original PDF"), self.view.privacy)
        viewer.show()
        viewer.load()
        return viewer

    def _viewer_closed(self, viewer: AttachmentViewer) -> None:
        if self.viewer is viewer:
            self.viewer = None

    def discard(self) -> QMessageBox | None:
        """Discard draft…: a draft that keeps the original PDF it was imported from asks what
        becomes of that PDF (the only copy of what the previous system held); any other, the
        form's question."""
        original = self.original
        if original is None or original.kept_id or original.note_id != self.form.note_id:
            self._original_choice = None
            return self.form.discard()
        if self.signed or self.form.autosave is None:
            return None
        return discard_question(self)

    def choose_original(self, choice: OriginalChoice) -> None:
        """The answer to the question of discard_question: the draft discarded, the PDF as chosen."""
        self._original_choice = choice
        self.form.discard_now(choice)

    def _discarded(self, session: str | None) -> None:
        choice, self._original_choice = self._original_choice, None
        self.blank()
        self.activate()  # a kept original is listed at once
        said = discard_said(session)
        if choice == originals.KEEP:
            said += " " + QCoreApplication.translate("PsychotherapyTab",
                                                     "Its original PDF is kept: it is listed with the notes.")
        elif choice == originals.DISCARD:
            said += " " + QCoreApplication.translate("PsychotherapyTab", "Its original PDF was deleted with it.")
        self.status.setText(said)

