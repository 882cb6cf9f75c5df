"""The worklist: what is owed, by section; Enter or a double click opens the thing itself."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from vault_app.domain import locale_format
from vault_app.domain.worklist import SECTIONS
from vault_app.gui import request_review_words
from vault_app.gui.change_watch import touches
from vault_app.gui.dates import practice_locale, show_date, show_deadline, show_due
from vault_app.gui.i18n import QT_TRANSLATE_NOOP
from vault_app.services.changes import Changes, Kind

if TYPE_CHECKING:
    from vault_app.domain.worklist import WorkItem
    from vault_app.gui.seam import App
    from vault_app.services.vault import Vault

ITEM_ROLE = Qt.ItemDataRole.UserRole
WATCHED = (Kind.NOTES, Kind.SESSIONS, Kind.APPOINTMENTS, Kind.REQUESTS, Kind.AUTHORIZATIONS, Kind.CLIENTS,
           Kind.MEASURES)


def sections(vault: Vault) -> dict[str, list[WorkItem]]:
    """On the worker thread: the worklist by section (the dashboard counts these too)."""
    # Lazy (memory): the worklist's services (requests, retention, export, attachments: ~3 MB
    # with the dashboard's) load on the worker at the first count, after the unlock's KDF,
    # not with the window's code before it (tests/gui/test_unlock_memory_imports.py)
    from vault_app.services import worklist

    return worklist.build(vault).by_section()


@dataclass(frozen=True)
class Shown:
    """The worklist and its rows already in words, made on the worker: a walker's 4,651 rows
    said on the GUI thread stopped the window 0.26-0.6 s at each showing."""

    data: dict[str, list[WorkItem]]
    rows: dict[str, list[list[str]]]


def sections_shown(vault: Vault) -> Shown:
    """On the worker thread: `sections` with each item's columns (`describe`), each day said once."""
    data = sections(vault)
    days_said: dict[tuple[str, str], str] = {}
    return Shown(data, {key: [describe(item, days_said) for item in items] for key, items in data.items()})


def describe(item: WorkItem, days_said: dict[tuple[str, str], str] | None = None) -> list[str]:
    """Columns: what, chart, date, how long. Chart numbers only, never names: the
    worklist is the screen most likely to be open when someone walks in. `days_said`: the
    dates already said for this list, by how and which day (a walker's 4,651 rows took
    0.26-0.6 s of the window's time, a locale's date formatting for each row; a list of
    twelve years has a few thousand days at most, most rows sharing a few)."""
    # QCoreApplication.translate spelt out: pyside6-lupdate finds no string passed through a helper
    # (the worklist's rows stayed English in a Spanish app while they went through one), nor a
    # translate() whose count is an attribute (item.days): the count is a plain name.
    days = item.days
    if item.section == "measures_due":
        when = QCoreApplication.translate("WorklistPage", "due today") if days == 0 else _overdue(-days)
    elif item.section in ("requests_due", "authorizations_expiring") and days < 0:
        when = _overdue(-days)
    elif item.section in ("requests_due", "authorizations_expiring"):
        when = (QCoreApplication.translate("WorklistPage", "%n day left", "", 1) if days == 1
                else QCoreApplication.translate("WorklistPage", "%n days left", "", days))
    elif days == 0:
        when = QCoreApplication.translate("WorklistPage", "today")
    else:
        when = (QCoreApplication.translate("WorklistPage", "%n day ago", "", 1) if days == 1
                else QCoreApplication.translate("WorklistPage", "%n days ago", "", days))
    if item.kind == "note":
        what = QCoreApplication.translate("WorklistPage", "{kind} note to sign").format(kind=item.detail)
    elif item.kind == "session":
        what = QCoreApplication.translate("WorklistPage", "session without a progress note")
    elif item.kind == "session_day":
        # Listed only while something tells no visit apart (same_day_sessions.day_to_review).
        what = QCoreApplication.translate(
            "WorklistPage", "{count} sessions on one day: a note and time for each, or correct a duplicate"
        ).format(count=item.detail)
    elif item.kind == "appointment":
        what = QCoreApplication.translate("WorklistPage", "record attended, no-show or cancellation")
    elif item.kind == "request":
        what = (QCoreApplication.translate("WorklistPage", REQUEST_WORDS[item.detail])
                if item.detail in REQUEST_WORDS else item.detail)
        if item.review:  # its requester's standing changed since it was made: said, and why (listed first)
            what = QCoreApplication.translate("WorklistPage", "{request}, {status}").format(
                request=what, status=request_review_words.status(item.review))
    elif item.kind == "authorization":
        what = QCoreApplication.translate("WorklistPage", "authorization expires")
    elif item.kind == "measure":
        what = QCoreApplication.translate("WorklistPage", "{measure} due again").format(measure=item.detail)
    else:
        what = item.kind
    return [what, QCoreApplication.translate("WorklistPage", "chart {number}").format(number=item.chart_number),
            _day(item, {} if days_said is None else days_said), when]


def _day(item: WorkItem, days_said: dict[tuple[str, str], str]) -> str:
    """A due date or an expiry said as a deadline (its month in words; a request's weekday on a
    closed day), where a short one reads two ways ("01/03/2027"); the day a thing happened, the
    practice's date."""
    how = ("due" if item.section == "requests_due"
           else "deadline" if item.section in ("authorizations_expiring", "measures_due") else "date")
    said = days_said.get((how, item.on))
    if said is None:
        said = (show_due(item.on) if how == "due"
                else show_deadline(item.on) if how == "deadline" else show_date(item.on))
        days_said[(how, item.on)] = said
    return said


# The sections' and the requests' words in the screen's language (domain.worklist and
# services.worklist say them in English for the CLI).
SECTION_WORDS = {
    "unsigned_notes": QT_TRANSLATE_NOOP("WorklistPage", "Unsigned notes"),
    "sessions_without_notes": QT_TRANSLATE_NOOP("WorklistPage", "Sessions without a note"),
    "sessions_same_day": QT_TRANSLATE_NOOP("WorklistPage", "Days with two sessions to bill"),
    "appointments_unrecorded": QT_TRANSLATE_NOOP("WorklistPage", "Appointments to record"),
    "requests_due": QT_TRANSLATE_NOOP("WorklistPage", "Requests due"),
    "authorizations_expiring": QT_TRANSLATE_NOOP("WorklistPage", "Authorizations expiring"),
    "measures_due": QT_TRANSLATE_NOOP("WorklistPage", "Measures due"),
}
REQUEST_WORDS = {
    "access request": QT_TRANSLATE_NOOP("WorklistPage", "access request"),
    "amendment request": QT_TRANSLATE_NOOP("WorklistPage", "amendment request"),
    "accounting request": QT_TRANSLATE_NOOP("WorklistPage", "accounting request"),
}


def section_words(key: str, heading: str) -> str:
    """A section's heading in the screen's language (the domain's English for one added later)."""
    return QCoreApplication.translate("WorklistPage", SECTION_WORDS[key]) if key in SECTION_WORDS else heading


def count_words(n: int) -> str:
    """A count as the practice writes numbers (12,345 in the US, 12.345 in Spain), as the client
    list's are: the worklist's and the dashboard's totals said "12345"."""
    return locale_format.count_text(n, practice_locale())


def _overdue(days: int) -> str:
    # One source per form: "(s)" showed as typed (English has no translator to pick a form).
    return (QCoreApplication.translate("WorklistPage", "%n day overdue", "", 1) if days == 1
            else QCoreApplication.translate("WorklistPage", "%n days overdue", "", days))


class WorklistPage(QWidget):
    def __init__(self, controller: App, parent: QWidget | None = None, *, privacy: bool = False) -> None:
        super().__init__(parent)
        self.controller = controller
        self.privacy = privacy  # nothing here shows a name; kept for the window's set_privacy
        self.setObjectName("worklistPage")
        title = QLabel(self.tr("Worklist"))
        title.setObjectName("pageTitle")
        note = QLabel(self.tr("What is owed, oldest first; a request needing your review first. Enter opens the "
                              "note, session, request, authorization or the chart's measures."))
        note.setObjectName("calmNote")
        note.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("worklistTree")
        self.tree.setAccessibleName(self.tr("Worklist"))
        self.tree.setHeaderLabels([self.tr("What"), self.tr("Chart"), self.tr("Date"), self.tr("When")])
        self.tree.setRootIsDecorated(True)
        self.tree.itemActivated.connect(lambda item, _col: self.open_item(item))
        self.sections: dict[str, QTreeWidgetItem] = {}
        self.data: dict[str, list[WorkItem]] | None = None
        self._focus = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(title)
        layout.addWidget(note)
        layout.addWidget(self.tree, 1)
        controller.changed.connect(self._on_changes)

    def refresh(self) -> None:
        self.controller.query(self, sections_shown).success(self._show).run()

    def _show(self, shown: Shown) -> None:
        data = self.data = shown.data
        self.tree.clear()
        self.sections = {}
        review_tip = request_review_words.what_to_do()
        for key, heading in SECTIONS:
            items = data.get(key, [])
            top = QTreeWidgetItem([f"{section_words(key, heading)} ({count_words(len(items))})", "", "", ""])
            top.setFirstColumnSpanned(True)
            self.tree.addTopLevelItem(top)
            self.sections[key] = top
            children = []
            for item, columns in zip(items, shown.rows.get(key, []), strict=True):
                child = QTreeWidgetItem(columns)
                child.setData(0, ITEM_ROLE, item)
                if item.review:  # what settles it, as the Requests window's tip says; Enter opens its window
                    child.setToolTip(0, f"{columns[0]}\n{review_tip}")
                children.append(child)
            top.addChildren(children)
            top.setExpanded(True)
        for col in range(4):
            self.tree.resizeColumnToContents(col)
        # The date and "when" in view: a request's reason ("…, requiere revisión: se rechazó al solicitante
        # como representante") held What as wide as itself and pushed When out of a 1440-pixel window
        # (found on Xvfb in Spanish); cut with "…" instead, said whole on hover.
        room = self.tree.viewport().width() - sum(self.tree.columnWidth(c) for c in range(1, 4))
        if room >= 240 and self.tree.columnWidth(0) > room:
            self.tree.setColumnWidth(0, room)
        self.focus_section(self._focus)

    def focus_section(self, key: str) -> None:
        """Select a section's first item (the dashboard's counts lead here)."""
        self._focus = key
        self.tree.setFocus()
        top = self.sections.get(key) if key else None
        if top is None and self.sections:
            top = next(iter(self.sections.values()))
        if top is not None:
            first = top.child(0) if top.childCount() else None
            self.tree.setCurrentItem(first if first is not None else top)

    def _on_changes(self, changes: Changes) -> None:
        if self.isVisible() and touches(changes, *WATCHED):
            self.refresh()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.refresh()

    def set_privacy(self, on: bool) -> None:
        self.privacy = on

    def open_item(self, widget_item: QTreeWidgetItem | None) -> None:
        item = widget_item.data(0, ITEM_ROLE) if widget_item is not None else None
        if item is None:
            return
        window: Any = self.window()
        if item.kind == "appointment" and hasattr(window, "show_agenda"):
            window.show_agenda()
            window.agenda.show_day(date.fromisoformat(item.on))
            return
        if not hasattr(window, "open_chart"):
            return
        window.open_chart(item.client_id)
        chart = window.chart
        if item.kind == "note":
            chart.when_shown(item.client_id, lambda: chart.open_note(item.item_id))
        elif item.kind in ("session", "session_day"):
            chart.when_shown(item.client_id, lambda: chart.tabs.setCurrentWidget(chart.sessions))
        elif item.kind == "request" and item.review:
            # Its own window, over the chart's requests: there it says why and what settles it.
            def review() -> None:
                from vault_app.gui.worklist_open import open_request  # Lazy (start-up)

                chart.tabs.setCurrentWidget(chart.requests)
                open_request(self, self.controller, item.item_id, item.chart_number)
            chart.when_shown(item.client_id, review)
        elif item.kind == "request":
            chart.when_shown(item.client_id, lambda: chart.tabs.setCurrentWidget(chart.requests))
        elif item.kind == "authorization":
            chart.when_shown(item.client_id, lambda: chart.tabs.setCurrentWidget(chart.authorizations))
        elif item.kind == "measure":
            chart.when_shown(item.client_id, lambda: chart.tabs.setCurrentWidget(chart.measures))

    def clear(self) -> None:
        self.data = None
        self.tree.clear()
        self.sections = {}


__all__ = ["Shown", "WorklistPage", "count_words", "describe", "section_words", "sections_shown"]
