"""A tab widget (or a stacked widget) asking for the room its shown page needs, not the largest of all its pages.

Qt's tab widget keeps its pages in a stacked layout whose least size is the largest of every
page's: the chart asked for the height of its tallest tab whichever tab was shown. Found by a
walker at 1366x768 at 125 %: on the Psychotherapy tab the chart was as tall as another tab
needed, the main window's page pane scrolled, and Sign and lock sat below its lower edge, out
of sight. A page not shown now asks for nothing (Qt's stacked layout leaves out a page whose size
policy is Ignored); the page shown asks for its own least size, as the main window's pages do
(gui/page_pane.PageStack)."""

from __future__ import annotations

from PySide6.QtWidgets import QSizePolicy, QStackedWidget, QTabWidget

IGNORED = QSizePolicy.Policy.Ignored


def ask_for_shown_page_only(tabs: QTabWidget | QStackedWidget) -> None:
    """From now on, for the pages `tabs` holds now (call once they are added). A stacked widget
    too: the Psychotherapy tab's locked page asked for the width of the open notes' page hidden
    behind it (list, note and buttons), and the chart scrolled sideways by 7 pixels in a
    1000x720 window at 150 % while the notes were locked."""
    pages = [(page, page.sizePolicy()) for i in range(tabs.count()) if (page := tabs.widget(i)) is not None]

    def shown(index: int) -> None:
        current = tabs.widget(index)
        for page, own in pages:
            page.setSizePolicy(own if page is current else QSizePolicy(IGNORED, IGNORED))
        tabs.updateGeometry()

    tabs.currentChanged.connect(shown)
    shown(tabs.currentIndex())


__all__ = ["ask_for_shown_page_only"]
