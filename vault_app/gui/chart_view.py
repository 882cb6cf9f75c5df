"""One client's chart, in tabs. Every tab loads through the worker and clears on lock."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vault_app.domain.errors import NotFound
from vault_app.gui import shortcuts, theme
from vault_app.gui.attachments_tab import AttachmentsTab
from vault_app.gui.chart_actions import ChartActions
from vault_app.gui.chart_fit import reflow
from vault_app.gui.chart_heading import ChartHeading
from vault_app.gui.chart_letters import header_letters, page_letters
from vault_app.gui.chart_tabs import OverviewTab
from vault_app.gui.client_words import case_words, letters_flag, status_words
from vault_app.gui.dates import show_date
from vault_app.gui.destruction_meanwhile import refuse
from vault_app.gui.disclosure_tabs import AuthorizationsTab, DecisionsTab, DisclosuresTab
from vault_app.gui.flow_layout import FlowRow
from vault_app.gui.history_tab import HistoryTab
from vault_app.gui.measures_tab import MeasuresTab
from vault_app.gui.navigation import ChartRequest
from vault_app.gui.note_editor import NoteEditor
from vault_app.gui.note_lock_page import NoteLockPage
from vault_app.gui.psychotherapy_tab import PsychotherapyTab
from vault_app.gui.requests_tab import RequestsTab
from vault_app.gui.sessions_tab import SessionsTab
from vault_app.gui.tab_pages import ask_for_shown_page_only
from vault_app.gui.widgets import masked_name
from vault_app.services import clients
from vault_app.services.changes import Changes, Kind

if TYPE_CHECKING:
    from vault_app.domain.clinical import Client
    from vault_app.domain.clinical_notes import Chart
    from vault_app.gui.seam import App

# Marked for translation here, translated when the tabs are built (context: ChartView).
TAB_TITLES = (QT_TRANSLATE_NOOP("ChartView", "Overview"), QT_TRANSLATE_NOOP("ChartView", "Sessions && notes"),
              QT_TRANSLATE_NOOP("ChartView", "Psychotherapy"), QT_TRANSLATE_NOOP("ChartView", "Authorizations"),
              QT_TRANSLATE_NOOP("ChartView", "Disclosures"), QT_TRANSLATE_NOOP("ChartView", "Requests"),
              QT_TRANSLATE_NOOP("ChartView", "Attachments"), QT_TRANSLATE_NOOP("ChartView", "History"),
              QT_TRANSLATE_NOOP("ChartView", "Decisions"), QT_TRANSLATE_NOOP("ChartView", "Measures"))


# What `read_chart` gathers: a change to any of these for the chart on screen redraws the
# tabs drawn from it (overview, sessions and notes, attachments). The other tabs load
# their own records and follow their own kinds (disclosure_tabs.py, psychotherapy_tab.py).
CHART_KINDS = (Kind.CLIENTS, Kind.GUARDIANS, Kind.SESSIONS, Kind.NOTES, Kind.PLANS, Kind.ATTACHMENTS,
               Kind.AMENDMENTS, Kind.RETENTION, Kind.HOLDS, Kind.DESTRUCTION)


# Every page shows a chart, loads what it lists when it comes on screen, and clears on lock.
ChartPage = (OverviewTab | SessionsTab | PsychotherapyTab | AuthorizationsTab | DisclosuresTab | RequestsTab
             | AttachmentsTab | HistoryTab | DecisionsTab | MeasuresTab)


class ChartView(ChartActions, QWidget):
    """The chart's header and tabs, loaded and cleared here; what it opens is ChartActions'."""

    said = Signal(str)  # a sentence for the main window's status bar (what a wizard of the chart did)
    unsaid = Signal(str)  # a sentence said before that no longer holds: gone from the status bar, if still there
    gone = Signal()  # the chart on screen no longer exists (destroyed): nothing of it is left to show
    not_opened = Signal()  # a chart asked for was refused (a full disk): the one still shown stays (_not_opened)

    def __init__(self, controller: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.client_id: str | None = None
        self.chart: Chart | None = None
        self.privacy = False
        self.editors: list[NoteEditor] = []
        self._when_shown: tuple[str, Callable[[], None]] | None = None
        self._letters_taken: set[str] | None = None  # Alt letters its buttons must not use (give_letters)
        # The tab each chart was left on since the unlock (a lock replaces the view): random ids
        # and tab numbers only, in memory.
        self._tab_left: dict[str, int] = {}
        # Wraps: on one line a long name held the window wider than 1000 pixels (1039 in Spanish,
        # whatever the window was set to; found on Xvfb).
        # Its "·" never starts or ends a line (chart_heading.py).
        self.header = ChartHeading()
        self.header.setObjectName("pageTitle")
        # The client's name as typed, never read as markup (a name "<b>…" drew bold, a link clickable).
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.setAccessibleName(self.tr("Chart heading"))
        self.subheader = QLabel("")
        self.subheader.setTextFormat(Qt.TextFormat.PlainText)
        self.subheader.setObjectName("calmNote")
        self.export_button = QPushButton(theme.icon("export"), self.tr("Export or disclose…"))
        self.export_button.clicked.connect(self.start_export)
        self.note_button = QPushButton(theme.icon("note"), self.tr("New note"))
        self.note_button.clicked.connect(self.new_note)
        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.header)
        titles.addWidget(self.subheader)
        top.addLayout(titles, 1)
        # The two buttons one under the other where the pane is narrow: side by side always, they
        # held the chart wider than its pane (Spanish, 150 %, 1000x720: "Exportar o divulgar…" cut).
        buttons = FlowRow()
        buttons.addWidget(self.note_button)
        buttons.addWidget(self.export_button)
        top.addLayout(buttons)

        # The tab widget in its place before its pages (as the main window, built from the top
        # down): adopted with its ten pages inside, the whole chart was walked once more by the
        # style sheet, about a quarter of a chart's first opening. The tab order is the same
        # (buttons, tab bar, each page in turn: a page joins the chain when the tabs adopt it).
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Chart sections"))
        self.tabs.setUsesScrollButtons(True)  # nine tabs overflow the default window size (issue 17 item 9)
        layout = QVBoxLayout(self)
        # 6 at the sides, not 12: "Registrar una divulgación hecha fuera de la aplicación…", one
        # button, held the Spanish Disclosures tab 10 pixels wider than its pane (150 %, 1000x720).
        layout.setContentsMargins(6, 8, 6, 8)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

        self.overview = OverviewTab(self)
        self.sessions = SessionsTab(self)
        self.psychotherapy = PsychotherapyTab(controller, self)
        self.authorizations = AuthorizationsTab(controller, self)
        self.disclosures = DisclosuresTab(controller, self)
        self.requests = RequestsTab(controller, self)
        self.attachments = AttachmentsTab(controller, self)
        self.history = HistoryTab(controller, self)
        self.decisions = DecisionsTab(controller, self)
        self.measures = MeasuresTab(controller, self)
        # Drawn again from each re-read of the chart; the others only when another chart opens.
        self.chart_fed: tuple[ChartPage, ...] = (self.overview, self.sessions, self.attachments)
        self.tab_pages: list[ChartPage] = [self.overview, self.sessions, self.psychotherapy, self.authorizations,
                                     self.disclosures, self.requests, self.attachments, self.history,
                                     self.decisions, self.measures]
        for page, title in zip(self.tab_pages, TAB_TITLES, strict=True):
            self.tabs.addTab(page, QCoreApplication.translate("ChartView", str(title)))
            # Its rows of buttons wrap in a narrow pane (chart_fit.py); the Overview lays itself out.
            if page is not self.overview:  # the Overview lays itself out (chart_side_by_side.py)
                self._reflow(page)
        self.tabs.setTabIcon(2, theme.icon("lock"))
        ask_for_shown_page_only(self.tabs)  # Sign and lock in sight at 125 % (tab_pages.py)
        self.tabs.currentChanged.connect(self._tab_changed)
        # A method, not a lambda: the connection ends with this view (a lock replaces it), so a
        # later unlock does not reach a deleted tab widget.
        controller.psychotherapy_changed.connect(self._psychotherapy_icon)
        for i in range(len(TAB_TITLES)):
            keys = QKeySequence(shortcuts.DEFAULTS[f"tab_{i + 1}"])
            QShortcut(keys, self, lambda i=i: self.tabs.setCurrentIndex(i))
            # Its key on the tab: at 1280x720/150 % the last tabs hide behind the arrows (a walker).
            self.tabs.setTabToolTip(i, self.tr("{tab} ({keys})").format(tab=self.tabs.tabText(i).replace(
                "&&", "&"), keys=keys.toString(QKeySequence.SequenceFormat.NativeText)))
        self._set_enabled(False)
        controller.changed.connect(self._on_changes)

    def _reflow(self, page: QWidget) -> None:
        """The page's rows wrapping (chart_fit.py). Of Psychotherapy, its locked page only (its title
        and unlock row, 533 pixels in Spanish): the open note's rows wrapped took the height that
        keeps Sign and lock in sight on a 1024x600 screen (test_psychotherapy_sign_in_sight)."""
        for part in page.findChildren(NoteLockPage) if page is self.psychotherapy else [page]:
            reflow(part)

    def give_letters(self, taken: set[str]) -> None:
        """Alt letters for the chart's buttons, none of them one of `taken` (the window's menu
        bar and client list): the two always shown first, then each tab's (gui/chart_letters)."""
        self._letters_taken = header_letters(self.note_button, self.export_button, self.tab_pages,
                                             self.overview.field_labels, taken)
        for page in self.tab_pages:
            self._give_page_letters(page)

    def _give_page_letters(self, page: QWidget) -> None:
        """Again as a tab is shown: some make their buttons when they load (the decisions list)."""
        if self._letters_taken is not None:
            page_letters(page, self.overview.field_labels if page is self.overview else [], self._letters_taken)

    def shown_client(self) -> Client | None:
        """The client whose chart is on screen, or None while another one is loading.
        Editors bind to this, never to the chart being loaded: what the header shows is
        where the text goes."""
        if self.chart is None or self.chart.client.client_id != self.client_id:
            return None
        return self.chart.client

    def _set_enabled(self, on: bool) -> None:
        self.export_button.setEnabled(on)
        self.note_button.setEnabled(on)
        self.tabs.setEnabled(on)

    # --- loading ---------------------------------------------------------------------------
    def load(self, client_id: str) -> bool:
        """The user opens a chart: the one read that the ledger records as chart.opened. False:
        refused, it is being destroyed (from search, a dashboard or agenda link, the list)."""
        if client_id == self.controller.chart_being_destroyed:
            refuse(self, "open")
            return False
        self.flush()
        self.client_id = client_id
        if self.chart is not None and self.chart.client.client_id != client_id:
            self._tab_left[self.chart.client.client_id] = self.tabs.currentIndex()
            self._set_enabled(False)  # no new note or export until the header names the new chart
        self.controller.query(self, lambda v: clients.open_chart(v, client_id)).success(self._loaded) \
            .failure(lambda _exc: self._not_opened(client_id)).run()
        return True

    def _not_opened(self, client_id: str) -> bool:
        """The opening refused (its chart.opened entry not written on a full disk): the chart still
        on screen is the one open again, usable, and the list highlights it (found by a walker:
        the new client highlighted beside the old chart greyed out). False: the dialog says why."""
        if self.client_id == client_id:
            self.client_id = None if self.chart is None else self.chart.client.client_id
            if self.chart is not None:
                self._set_enabled(True)
            self.not_opened.emit()
        return False

    def go_to(self, request: ChartRequest) -> bool:
        """Open the requested chart, then the requested note once the header names its chart
        (False: refused, as `load`)."""
        if not self.load(request.client_id):
            return False
        attachment_id = request.attachment_id
        if attachment_id is not None:
            self.when_shown(request.client_id, lambda: self.show_attachment(attachment_id))
        note_id = request.note_id
        if note_id is None:
            return True
        if request.psychotherapy:
            self.when_shown(request.client_id, lambda: self.open_psychotherapy_note(note_id))
        else:
            self.when_shown(request.client_id, lambda: self._open_note_quietly(note_id))
        return True

    def _open_note_quietly(self, note_id: str) -> None:
        self.open_note(note_id)

    def _on_changes(self, changes: Changes) -> None:
        """A change notice from any operation (this screen's, a dialog's, another path's)."""
        if self.client_id is not None and changes.touches_client(self.client_id, *CHART_KINDS):
            self.reload()

    def reload(self) -> None:
        """Show what changed in the chart already open; not a new opening, so not logged."""
        client_id = self.client_id
        if client_id is not None:
            self.controller.query(self, lambda v: clients.read_chart(v, client_id)) \
                .success(self._refreshed).failure(lambda exc: self._gone(exc, client_id)).run()

    def _gone(self, exc: BaseException, client_id: str) -> bool:
        """The chart was destroyed (by the wizard or another path): nothing is left to show."""
        if not isinstance(exc, NotFound):
            return False
        if client_id != self.client_id:
            # Another chart is on screen by now (or none): only the gone one's note windows go.
            self.clear_editors(client_id)
            return True
        self.clear(editors_of=client_id)
        self.gone.emit()
        return True

    def _loaded(self, chart: Chart) -> None:
        if chart.client.client_id != self.client_id:
            return  # the user already moved to another chart
        another = self.chart is None or self.chart.client.client_id != chart.client.client_id
        self.chart = chart
        self._set_enabled(True)
        self._show_header()
        for page in self.tab_pages:
            page.show_chart(chart)
        tab = self._first_tab(chart.client.client_id) if another else self.tabs.currentIndex()
        if tab != self.tabs.currentIndex():
            self.tabs.setCurrentIndex(tab)  # shows the page's records (_tab_changed)
        else:
            self._tab_changed(tab)
        pending, self._when_shown = self._when_shown, None
        if pending is not None and pending[0] == chart.client.client_id:
            pending[1]()

    def _refreshed(self, chart: Chart) -> None:
        if chart.client.client_id != self.client_id:
            return
        if self.chart is None or self.chart.client.client_id != chart.client.client_id:
            self._loaded(chart)  # the first read of this chart had not come back yet
            return
        self.chart = chart
        self._show_header()
        for page in self.chart_fed:
            page.show_chart(chart)

    def _first_tab(self, client_id: str) -> int:
        """The tab a chart opens on: the one it was left on since the unlock, else its Overview.
        Never the tab another client's chart was left on (found in the real app: B's chart, with
        B in the room, opened on B's Psychotherapy tab because A's had been), and never
        Psychotherapy by itself: its notes are opened on purpose, by a click or a link."""
        tab = self._tab_left.get(client_id, 0)
        return tab if 0 <= tab < len(self.tab_pages) and self.tab_pages[tab] is not self.psychotherapy else 0

    def when_shown(self, client_id: str, action: Callable[[], None]) -> None:
        """Run `action` once this client's chart is on screen (now, if it already is): a note
        opened from elsewhere (search, dashboard) waits for its chart's header."""
        shown = self.shown_client()
        if shown is not None and shown.client_id == client_id:
            action()
        else:
            self._when_shown = (client_id, action)

    def show_attachment(self, attachment_id: str) -> None:
        """The attachments tab, with this document selected (a document search hit)."""
        self.tabs.setCurrentWidget(self.attachments)
        self.attachments.select(attachment_id)

    def open_psychotherapy_note(self, note_id: str) -> None:
        self.tabs.setCurrentWidget(self.psychotherapy)
        if self.controller.psychotherapy_open:
            self.psychotherapy.open_note(note_id)

    def _show_header(self) -> None:
        if self.chart is None:
            return
        client = self.chart.client
        self.header.say(masked_name(client.display_name, self.privacy), client.chart_number)
        flags: list[str] = [status_words(client.status)]
        if client.died_on is not None:
            flags.append(self.tr("died on {day}").format(day=show_date(client.died_on)))
        if client.part2:
            flags.append(self.tr("Part 2 records"))
        flags += letters_flag(client.letters_in)  # the letters' language, when not English
        if client.kind != "individual":
            flags.append(case_words(client.kind))
        self.subheader.setText(", ".join(flags))

    def _psychotherapy_icon(self, unlocked: bool) -> None:
        self.tabs.setTabIcon(2, theme.icon("unlock" if unlocked else "lock"))

    def _tab_changed(self, index: int) -> None:
        page = self.tab_pages[index] if 0 <= index < len(self.tab_pages) else None
        if page is not None and self.chart is not None:
            page.activate()
            if page is not self.overview:
                self._reflow(page)  # rows a page made as it loaded wrap too (chart_fit.py)
            self._give_page_letters(page)

    def set_privacy(self, on: bool) -> None:
        self.privacy = on
        self._show_header()
        self.overview.set_privacy(on)
        self.requests.restrictions.show_rows()  # the client's words and recipients
        self.requests.show_rows()  # who made each request is named
        self.disclosures.show_rows()  # a representative who received a copy is named
        self.authorizations.show_rows()  # a case member who signed is named (found in the real app)
        self.history.set_privacy(on)
        # Note previews are clinical text: privacy mode hides them as it hides names.
        if self.chart is not None:
            self.sessions.show_chart(self.chart)
            if self.tabs.currentWidget() is self.psychotherapy:
                self.psychotherapy.activate()

    def clear(self, *, editors_of: str | None = None) -> None:
        """Nothing of the chart left on screen; its note windows closed: every one (a lock), or
        (`editors_of`) only that client's, as when its chart is destroyed (found on Xvfb: another
        client's note, open for typing beside the destruction, closed with it)."""
        self.clear_editors(editors_of)
        self.client_id = None
        self.chart = None
        self.header.setText("")
        self.subheader.setText("")
        for page in self.tab_pages:
            page.clear()
        self._set_enabled(False)
