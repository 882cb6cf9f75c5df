"""Every clinical editor says whose chart it writes to, and keeps saying it.

The window title carries the chart number only: titles reach task switchers, window
lists and screen-sharing pickers, so a client's name never goes there. The name and the
chart number go in a header label inside the dialog, the first thing in it.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QBoxLayout, QDialog, QLabel, QWidget, QWizard

from vault_app.gui.privacy_notice import privacy_notice
from vault_app.gui.widgets import masked_name

HEADER_NAME = "chartHeader"


class ChartOwner(Protocol):
    """What a header needs of a client (domain.clients.Client has it)."""

    @property
    def client_id(self) -> str: ...
    @property
    def chart_number(self) -> str: ...
    @property
    def display_name(self) -> str: ...


def chart_title(base: str, chart_number: str) -> str:
    return f"{base} · {chart_number}" if chart_number else base


def header_text(client: ChartOwner, privacy: bool = False) -> str:
    return _header_words(client.display_name, client.chart_number, privacy)


def _header_words(name: str, number: str, privacy: bool) -> str:
    # Found in the real app: a Spanish progress note was headed "… · chart DEMO-00001".
    return QCoreApplication.translate("ChartBinding", "{name}  ·  chart {number}").format(
        name=masked_name(name, privacy), number=number)


def _header(client: ChartOwner, privacy: bool) -> QLabel:
    return _header_saying(header_text(client, privacy))


def _header_saying(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(HEADER_NAME)
    # The client's name as typed: "<b>" or "<a href=...>" in it is text, not markup.
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAccessibleName(QCoreApplication.translate("ChartBinding", "Client and chart"))
    label.setStyleSheet("font-weight: 600; padding: 2px 0 6px 0;")
    return label


def _insert_first(host: QWidget, label: QLabel) -> bool:
    layout = host.layout()
    if isinstance(layout, QBoxLayout):
        layout.insertWidget(0, label)
        return True
    return False


class _HeaderFollows(QObject):
    """A bound window's headers follow privacy mode while it is open (found in the real app: a
    window opened with it off kept the name on screen after it was switched on). A child of the
    window, so the notice stops reaching it when the window goes."""

    def __init__(self, dialog: QDialog, name: str, number: str) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.name, self.number = name, number
        privacy_notice().changed.connect(self.follow)

    def follow(self, on: bool) -> None:
        self.dialog.setProperty("privacy", on)  # what the window shows later masks (or not) from now on
        text = _header_words(self.name, self.number, on)
        for label in chart_headers(self.dialog):
            if label.window() is self.dialog.window():  # its own, not a child window's (that one has its own)
                label.setText(text)


def bind_to_chart(dialog: QDialog, client: ChartOwner, base_title: str, privacy: bool = False) -> None:
    """Title with the chart number, header with name and chart number, and the client id
    kept on the dialog (property "client_id") so tests and callers can check the binding.
    For a wizard the header goes at the top of every page: the page is what is on screen."""
    dialog.setWindowTitle(chart_title(base_title, client.chart_number))
    dialog.setProperty("client_id", client.client_id)
    dialog.setProperty("chart_number", client.chart_number)
    dialog.setProperty("privacy", privacy)  # what the window shows later (a representative's name) masks too
    _HeaderFollows(dialog, client.display_name, client.chart_number)
    if isinstance(dialog, QWizard):
        for page_id in dialog.pageIds():
            page = dialog.page(page_id)
            if page is not None:
                _insert_first(page, _header(client, privacy))
        return
    if not _insert_first(dialog, _header(client, privacy)):
        raise TypeError("bind_to_chart needs a dialog with a box layout")


def bind_like(dialog: QDialog, bound: QWidget, base_title: str) -> None:
    """A window opened from a bound one (the copy given for an access request, from the
    request's window) says whose chart as that one does: found in the real app, "Provide the
    copy" named neither the client nor the chart. Its header is the same text (privacy mode
    included), its title carries the chart number."""
    chart_number = str(bound.property("chart_number") or "")
    dialog.setWindowTitle(chart_title(base_title, chart_number))
    dialog.setProperty("client_id", bound.property("client_id"))
    dialog.setProperty("chart_number", chart_number)
    dialog.setProperty("privacy", bool(bound.property("privacy")))
    headers = [h for h in chart_headers(bound) if h.window() is bound.window()]  # its own, not a child window's
    if headers:
        _insert_first(dialog, _header_saying(headers[0].text()))
    followed = bound.findChild(_HeaderFollows, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if followed is not None:
        _HeaderFollows(dialog, followed.name, followed.number)


def chart_headers(dialog: QWidget) -> list[QLabel]:
    return [w for w in dialog.findChildren(QLabel) if w.objectName() == HEADER_NAME]


__all__ = ["bind_like", "bind_to_chart", "chart_headers", "chart_title", "header_text"]
