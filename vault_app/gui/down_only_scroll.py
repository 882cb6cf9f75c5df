"""A scroll area that scrolls down only, and is as wide as what it holds needs. Apart from the
account dialog (account_dialog.py, its first user) because it is a widget of its own: a plain
QScrollArea lets a dialog grow narrower than what scrolls in it, and cuts it at the right edge."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QScrollArea, QWidget

from vault_app.gui.focus_in_view import FocusInView
from vault_app.gui.settings_wheel import guard_wheel


class DownOnlyScrollArea(QScrollArea):
    """Scrolls down only: as wide as what it holds needs (a plain one let the dialog narrower
    than its Spanish buttons, cut at its right edge; found on Xvfb at 150 %)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Never a stop of its own for the keyboard, as widgets.scrolled's areas: Qt gives a scroll
        # area strong focus, and Tab stopped once on the account's, where a key typed went nowhere.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        FocusInView(self)  # a field an Alt letter reaches is scrolled to, as one Tab reaches

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.installEventFilter(self)
        # The wheel scrolls the page; a choice it passes over turns only once clicked or tabbed to
        # (as in Settings). Found in the real app: scrolling a duty-to-warn decision's Reasoning step
        # turned "Plan" and "Identifiable victim" from "Not assessed" to "No", unseen, saved in the draft.
        guard_wheel(widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # What it holds grew wider (the account's lines came in): so does this, and the dialog
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:
        least = super().minimumSizeHint()
        held = self.widget()
        if held is None:
            return least
        width = held.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()
        return QSize(max(least.width(), width), least.height())
