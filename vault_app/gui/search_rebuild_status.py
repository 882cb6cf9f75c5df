"""The main window's quiet word while a search index is rebuilt beside the work (after a
restore's first unlock, a lost or damaged search file, a psychotherapy unlock that found its
index missing): "Search index being rebuilt…" at the status bar's right, gone when it is done.
It names no client and no note: only that the index is not ready yet (gui/search_rebuild_running.py
says when)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar

from vault_app.gui import search_rebuild_running


class SearchRebuildStatus(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("calmNote")
        self.setText(self.tr("Search index being rebuilt…"))
        self.setAccessibleName(self.tr("Search index status"))
        self.setToolTip(self.tr("Search will be ready in a moment; everything else works as usual."))
        self.setVisible(False)
        # A Qt connection: it goes with the label, and the main window of the next unlock has its own.
        search_rebuild_running.notice().running.connect(self.setVisible)

    @classmethod
    def on(cls, bar: QStatusBar) -> SearchRebuildStatus:
        label = cls()
        bar.addPermanentWidget(label)
        return label


__all__ = ["SearchRebuildStatus"]
