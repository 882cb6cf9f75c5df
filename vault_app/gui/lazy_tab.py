"""A chart tab that reads its rows when first shown for a chart, and again on a change notice of
its own kinds of record for that chart, whoever made the change. Shared by the disclosure side's
tabs (gui/disclosure_tabs.py) and the Requests tab (gui/requests_tab.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from vault_app.domain.clinical_notes import Chart
    from vault_app.gui.seam import App, ChartHost
    from vault_app.services.changes import Changes, Kind


class LazyTab(QWidget):
    """Loads when first shown for a chart, so opening a chart stays quick."""

    # The kinds of record the tab lists: a notice of one of them for this chart reloads it.
    kinds: ClassVar[tuple[Kind, ...]] = ()

    def __init__(self, controller: App, view: ChartHost) -> None:
        super().__init__()
        self.controller = controller
        self.view = view
        self._loaded_for: str | None = None
        controller.changed.connect(self._on_changes)

    def _on_changes(self, changes: Changes) -> None:
        client_id = self.view.client_id
        if client_id is not None and changes.touches_client(client_id, *self.kinds):
            self.reload()

    def show_chart(self, chart: Chart) -> None:
        self._loaded_for = None
        if self.view.tabs.currentWidget() is self:
            self.activate()

    def activate(self) -> None:
        client_id = self.view.client_id
        if client_id is None or client_id == self._loaded_for:
            return
        self._loaded_for = client_id
        self.load(client_id)

    def reload(self) -> None:
        """Read again now if on screen, else when next shown."""
        self._loaded_for = None
        if self.view.tabs.currentWidget() is self:
            self.activate()

    def load(self, client_id: str) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        self._loaded_for = None


__all__ = ["LazyTab"]
