"""The chart's Attachments tab: scans and documents kept encrypted in the chart, to attach,
view (in memory, gui/attachment_viewer.py), rename or date (gui/attachment_edit_dialog.py)
and save a copy of."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from vault_app.gui import file_dialogs, offered_file_names
from vault_app.gui.attachment_edit_dialog import AttachmentEditDialog
from vault_app.gui.chart_binding import bind_to_chart
from vault_app.gui.chart_words import ATTACHMENT_CHOICE, ATTACHMENT_KIND, shown
from vault_app.gui.confirm import ask_yes_no
from vault_app.gui.dates import show_date
from vault_app.gui.original_kept import OriginalKeptNote
from vault_app.gui.outside_names import MARK, disguised, shown_name
from vault_app.gui.widgets import add_row, chooser_button, chosen_row, empty_note, make_tree, on_open, reselect
from vault_app.services import attachments

if TYPE_CHECKING:
    from vault_app.domain.clinical_documents import Attachment
    from vault_app.domain.clinical_notes import Chart
    from vault_app.gui.attachment_viewer import AttachmentViewer
    from vault_app.gui.seam import App, ChartHost
    from vault_app.services.vault import Vault


class AttachmentsTab(QWidget):
    KINDS = ("consent", "authorization", "court_order", "custody_order", "other")

    def __init__(self, controller: App, view: ChartHost) -> None:
        super().__init__()
        self.controller = controller
        self.view = view
        self.chart: Chart | None = None
        self.viewer: AttachmentViewer | None = None
        # The largest document shown in the app (None: the viewer's own limit, the size of any scan).
        self.view_limit: int | None = None
        self.tree = make_tree([self.tr("Kind"), self.tr("Title"), self.tr("Size"), self.tr("Document date"),
                               self.tr("Added")], self.tr("Attachments"))
        on_open(self.tree, lambda _item: self.view_chosen())
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Attachment kind"))
        for k in self.KINDS:
            self.kind.addItem(shown(ATTACHMENT_CHOICE, k), k)
        add = chooser_button(self.tr("Attach a scan…"))
        add.clicked.connect(self._choose)
        view_button = QPushButton(self.tr("View"))
        view_button.setToolTip(self.tr("Show the document here, without saving it anywhere"))
        view_button.clicked.connect(self.view_chosen)
        edit = QPushButton(self.tr("Rename or date…"))
        edit.setToolTip(self.tr("Change the document's title or its own date (the earlier ones are kept)"))
        edit.clicked.connect(self.edit_chosen)
        save = QPushButton(self.tr("Save a copy…"))
        save.clicked.connect(self._save_copy)
        row = QHBoxLayout()
        row.addWidget(empty_note(self.tr("PDF, PNG or JPEG scans are stored encrypted inside the chart.")), 1)
        row.addWidget(self.kind)
        row.addWidget(add)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(view_button)
        actions.addWidget(edit)
        actions.addWidget(save)
        self.original_note = OriginalKeptNote()
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.original_note)
        layout.addWidget(self.tree)
        layout.addLayout(actions)

    def activate(self) -> None:
        """Drawn from the chart: nothing of its own to load."""

    def show_chart(self, chart: Chart) -> None:
        # The document chosen stays chosen when the chart is read again (a copy saved is
        # recorded, and the list was redrawn with nothing selected: found in the real app).
        current = self.tree.currentItem()
        chosen = current.data(0, Qt.ItemDataRole.UserRole) if current is not None and current.isSelected() else None
        self.chart = chart
        self.original_note.chart_shown(chart.client.client_id)
        self.tree.clear()
        for a in chart.attachments:
            # The title given (or brought by an import), else the file name it came with.
            # A name from outside in a clinician's look: a character that can disguise it one mark
            # (gui/outside_names.py; a walker saw "evil\u202egnp").
            title = a.description or a.filename
            item = add_row(self.tree, [shown(ATTACHMENT_KIND, a.kind), shown_name(title),
                                       self.tr("{0} KiB").format(a.size // 1024 + 1), show_date(a.document_date),
                                       show_date(a.created_at)], a.attachment_id)
            tip = [shown_name(a.filename)] if a.description and a.filename and a.description != a.filename else []
            if disguised(title) or disguised(a.filename):
                tip.append(self.tr("A character that can disguise a file's name is shown as {mark}.").format(
                    mark=MARK))
            if tip:
                item.setToolTip(1, "\n".join(tip))
        if chosen is not None:
            reselect(self.tree, chosen)

    def select(self, attachment_id: str) -> None:
        reselect(self.tree, attachment_id)

    def _choose(self) -> None:
        path = file_dialogs.open_file(self, self.tr("Attach a scan"), str(Path.home()),
                                     self.tr("Scans (*.pdf *.png *.jpg *.jpeg)"))
        if path:
            self.attach(Path(path), str(self.kind.currentData()))

    def attach(self, path: Path, kind: str) -> None:
        """The chart redraws from the attachment's change notice."""
        client_id = self.view.client_id
        if client_id is None:
            return

        def job(v: Vault) -> Attachment:
            # Read within the size limit: a film or a disk image chosen by mistake was read whole
            # into memory before it was refused.
            data = attachments.read_document(path)
            return attachments.add_attachment(v, client_id, data, kind=kind, filename=path.name)

        self.controller.op(self, job, label=self.tr("Attaching…")).success(
            lambda _a: self.original_note.show_for(client_id, path)).run()

    def _chosen(self, then: str) -> Attachment | None:
        """The document a button acts on (widgets.chosen_row); else the status bar says why not."""
        item = chosen_row(self.tree)
        if item is None:
            self.view.say(self.tr("No documents attached to this chart yet.") if self.tree.topLevelItemCount() == 0
                          else then)
            return None
        key = item.data(0, Qt.ItemDataRole.UserRole)
        chart = self.chart
        return next((a for a in chart.attachments if a.attachment_id == key), None) if chart is not None else None

    def view_chosen(self) -> AttachmentViewer | None:
        """The document in a window of its own, read into memory on the worker."""
        chosen = self._chosen(self.tr("Choose a document in the list first, then View."))
        if chosen is None or self.chart is None:
            return None
        # Lazy (start-up): the viewer brings pypdf, ~200 ms of imports, paid at the first document shown.
        from vault_app.gui.attachment_viewer import AttachmentViewer

        if self.viewer is not None:
            self.viewer.reject()  # one document at a time: its bytes go before the next one's come
        viewer = self.viewer = AttachmentViewer(
            self.controller, chosen, self.window(),
            save_copy=lambda: self.save_copy_of(chosen.attachment_id, chosen.filename), limit=self.view_limit)
        viewer.finished.connect(lambda _r: self._viewer_closed(viewer))
        bind_to_chart(viewer, self.chart.client, self.tr("Document"), self.view.privacy)
        viewer.show()
        viewer.load()
        return viewer

    def _viewer_closed(self, viewer: AttachmentViewer) -> None:
        if self.viewer is viewer:
            self.viewer = None

    def edit_chosen(self) -> AttachmentEditDialog | None:
        chosen = self._chosen(self.tr("Choose a document in the list first, then Rename or date…"))
        if chosen is None or self.chart is None:
            return None
        dialog = AttachmentEditDialog(self.controller, chosen, self.window())
        bind_to_chart(dialog, self.chart.client, self.tr("Rename or date a document"), self.view.privacy)
        dialog.saved.connect(lambda _a: self.view.say(self.tr("Document title and date saved.")))
        dialog.open()
        return dialog

    def _save_copy(self) -> None:
        chosen = self._chosen(self.tr("Choose a document in the list first, then Save a copy…"))
        if chosen is not None:
            self.save_copy_of(chosen.attachment_id, chosen.filename)

    def save_copy_of(self, attachment_id: str, filename: str) -> None:
        ask_yes_no(
            self,
            self.tr("Save an unencrypted copy?"),
            self.tr("The copy is saved outside the vault, unencrypted, and the copy is recorded in the "
            "chart's history.\n\nIf it is given to anyone outside your practice, record that as a "
            "disclosure (Disclosures tab → Record a disclosure made outside the app)."),
            lambda: self._choose_copy_file(attachment_id, filename))

    def _choose_copy_file(self, attachment_id: str, filename: str) -> None:
        # The file's own name, not the title: the title may not end in .pdf.
        offered = str(Path.home() / offered_file_names.document_copy(filename))
        path = file_dialogs.save_file(self, self.tr("Save a copy"), offered)
        if path:
            self.save_copy_to(attachment_id, Path(path))

    def save_copy_to(self, attachment_id: str, target: Path) -> None:
        """Saved, and where, said in the status bar: nothing said it before (found in the real app)."""
        self.controller.op(self, lambda v: attachments.save_copy(v, attachment_id, target),
                           label=self.tr("Saving a copy…")).success(
            lambda saved: self.view.say(self.tr("Unencrypted copy saved: {0}").format(saved))).run()

    def clear(self) -> None:
        """The chart closes (another one opens, or the vault locks): its document's window goes too."""
        if self.viewer is not None:
            self.viewer.reject()
            self.viewer = None
        self.chart = None
        self.tree.clear()


__all__ = ["AttachmentsTab"]
