"""The Backups window's word on a backup folder found deleted or emptied and made again
(services/backup_folder_lost.py), with the button that says it was read. The unlock says it
every time until then (the status bar), in the words `vault-app backup list` says it with; found:
said once, in a line the next notice replaced, so a therapist could miss that the backups made
before were gone."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from vault_app.gui import practice_clock, status_line
from vault_app.gui.status_words import lost_folder_words
from vault_app.gui.widgets import wrapped_label
from vault_app.services import backup_folder_lost

if TYPE_CHECKING:
    from vault_app.gui.seam import App


class LostFolders(QWidget):
    def __init__(self, controller: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.text = wrapped_label("", "verdictRefused")
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # it names a folder: text, not markup
        self.text.setAccessibleName(self.tr("Backup folder lost"))
        self.read_button = QPushButton(self.tr("I have read this"))
        self.read_button.setAutoDefault(False)
        self.read_button.setToolTip(self.tr("Stop saying this at each unlock. Backups… still lists the lost "
                                            "backups."))
        self.read_button.clicked.connect(self._read)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text, 1)
        row.addWidget(self.read_button, 0, Qt.AlignmentFlag.AlignTop)
        self._seqs: list[int] = []
        self.setVisible(False)

    def show_for(self, lost: list[dict[str, Any]]) -> None:
        """`lost`: services/backup_folder_lost.unread's folders (none: nothing shown)."""
        self._seqs = [int(f["seq"]) for f in lost]
        # When found, as this screen says moments (the ledger's UTC on this computer's clock, its
        # zone named where the practice's clock is another).
        self.text.setText("\n".join(lost_folder_words(str(f["folder"]), practice_clock.moment_here(str(f["at"])),
                                                      str(backup_folder_lost.lost_count(f))) for f in lost))
        self.setVisible(bool(lost))

    def _read(self) -> None:
        seqs = list(self._seqs)
        self.controller.op(self, lambda v: backup_folder_lost.mark_read(v, seqs)) \
            .success(lambda _none: self._was_read()).run()

    def _was_read(self) -> None:
        self.show_for([])
        status_line.answered(self)  # the status bar's sentence of it goes now, not at the next unlock


__all__ = ["LostFolders"]
