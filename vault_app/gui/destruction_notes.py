"""The destruction wizard's page for selected psychotherapy notes: which of the chart's notes go
(the rest of the chart stays). Found in the real app: `vault-app destroy --notes` could destroy
selected psychotherapy notes, the app only the whole chart.

The original PDFs kept when imported drafts were discarded are listed too, after the notes, as
on the Psychotherapy tab: found, the notes went and their PDFs stayed, unoffered."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWizardPage

from vault_app.gui.dates import show_date
from vault_app.gui.destruction_texts import destroyed_words
from vault_app.gui.privacy_notice import privacy_notice
from vault_app.gui.widgets import add_row, make_tree, masked_name, wrapped_label
from vault_app.services import psychotherapy_notes as psy
from vault_app.services import psychotherapy_originals as originals

if TYPE_CHECKING:
    from collections.abc import Sequence

    from vault_app.domain.clinical_notes import NoteSummary
    from vault_app.gui.seam import App


# The rows that are kept original PDFs, not notes (their key is the original's id).
_KEPT_ROLE = Qt.ItemDataRole.UserRole + 1


class NotesPage(QWizardPage):
    def __init__(self, controller: App, client_id: str, *, privacy: bool = False) -> None:
        super().__init__()
        self.controller = controller
        self.client_id = client_id
        self.privacy = privacy
        # What the list shows, for a redraw when privacy mode is switched; gone with the notes' lock.
        self._shown: tuple[Sequence[NoteSummary], Sequence[originals.Original]] = ((), ())
        self.setTitle(self.tr("Which psychotherapy notes?"))
        self.note = wrapped_label(self.tr("Tick the notes to destroy (Space ticks the one chosen). The rest of the "
                                          "chart stays."), selectable=True)
        self.list = make_tree([self.tr("Date"), self.tr("Status"), self.tr("Preview")],
                              self.tr("Psychotherapy notes to destroy"))
        self.list.itemChanged.connect(lambda *_a: self.completeChanged.emit())
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.list, 1)
        # A bound method (Qt drops it with the page): the notes' own lock blanks the list.
        controller.psychotherapy_changed.connect(self._psy_changed)
        # The wizard is not modal: privacy mode may be switched while the list is on screen.
        privacy_notice().changed.connect(self._privacy_switched)

    def _privacy_switched(self, on: bool) -> None:
        """Drawn again from what was read, ticks kept: not read again, as a destruction past this
        page may be running on the worker (and Back returns here without a new reading)."""
        self.privacy = on
        if self.list.topLevelItemCount():
            self._show(*self._shown)

    def _psy_changed(self, unlocked: bool) -> None:
        if unlocked:
            wiz = self.wizard()
            if wiz is not None and wiz.currentPage() is self:
                self.initializePage()
            return
        # Their previews are psychotherapy content: gone the moment the notes lock, as on
        # the Psychotherapy tab; Back leads to the unlock.
        self.list.clear()
        self._shown = ((), ())
        self.note.setText(self.tr("The psychotherapy notes locked: go Back to unlock them."))
        self.completeChanged.emit()

    def initializePage(self) -> None:
        client_id = self.client_id
        self.controller.query(self, lambda v: (psy.list_psychotherapy_notes(v, client_id),
                                               originals.kept_for_client(v, client_id))) \
            .success(lambda found: self._show(*found)).run()

    def _show(self, notes: Sequence[NoteSummary], kept: Sequence[originals.Original] = ()) -> None:
        if not self.controller.psychotherapy_open:
            return  # locked while the list was read: nothing of it is shown
        self._shown = (notes, kept)
        ticked = set(self.chosen())
        self.list.clear()
        self.note.setText(self.tr("Tick the notes to destroy (Space ticks the one chosen). The rest of the "
                                  "chart stays."))
        for n in notes:
            item = add_row(self.list, [show_date(n.note_date), self.tr("signed") if n.signed else self.tr("draft"),
                                       masked_name(n.preview.replace("\n", " "), self.privacy)], n.note_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked if n.note_id in ticked else Qt.CheckState.Unchecked)
        # Their file names stay unsaid (they may name the client), as on the Psychotherapy tab.
        for o in kept:
            item = add_row(self.list, [show_date(o.note_date), self.tr("original PDF"),
                                       self.tr("Kept when its imported draft was discarded")], o.kept_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked if o.kept_id in ticked else Qt.CheckState.Unchecked)
            item.setData(0, _KEPT_ROLE, True)
        first = self.list.topLevelItem(0)
        if first is None:
            self.note.setText(self.tr("This chart has no psychotherapy notes."))
        else:
            self.list.setCurrentItem(first)
            self.list.setFocus()
        self.completeChanged.emit()

    def chosen(self) -> list[str]:
        items = (self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount()))
        return [str(item.data(0, Qt.ItemDataRole.UserRole)) for item in items
                if item is not None and item.checkState(0) == Qt.CheckState.Checked]

    def what(self) -> str:
        """What the ticked rows are, in words: "2 psychotherapy notes, 1 original PDF kept ..."."""
        items = [self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount())]
        ticked = [i for i in items if i is not None and i.checkState(0) == Qt.CheckState.Checked]
        pdfs = sum(1 for i in ticked if i.data(0, _KEPT_ROLE))
        return destroyed_words(len(ticked) - pdfs, pdfs)

    def isComplete(self) -> bool:
        return self.controller.psychotherapy_open and bool(self.chosen())
