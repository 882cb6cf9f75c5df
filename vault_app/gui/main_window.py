"""The main window: client list on the left, dashboard or chart on the right. Its menus and
toolbar are main_menus.py's; the windows its menus open, main_window_workflows.py's (its base);
what it shows while a lock or quit waits for a destruction, destruction_wait.py's."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QWidget,
)

from vault_app.gui import held_unwritten, older_copy, prefs, quit_backup, theme
from vault_app.gui.client_list import ClientListPanel
from vault_app.gui.dashboard import DashboardPage
from vault_app.gui.destruction_wait import ask_quit_when_finished, cover_window
from vault_app.gui.held import HeldEntry, Why, hold_open_dialogs, unheld_why
from vault_app.gui.held_restore import Restorer
from vault_app.gui.list_first_width import FirstWidth
from vault_app.gui.list_gives_back import GivesBack
from vault_app.gui.main_menus import build_menus
from vault_app.gui.main_window_workflows import WorkflowWindows
from vault_app.gui.page_pane import PageStack, page_pane
from vault_app.gui.privacy_notice import privacy_notice
from vault_app.gui.screen_fit import fitted_sizes, place_in_screen, splitter_sizes
from vault_app.gui.search_rebuild_status import SearchRebuildStatus
from vault_app.gui.status_line import OneLineLabel, StatusLine
from vault_app.gui.status_words import status_words
from vault_app.gui.widgets import give_button_mnemonics, give_every_button_a_letter, mnemonic_of
from vault_app.gui.window_keys import WindowKeysFirst
from vault_app.gui.worklist import WorklistPage
from vault_app.services import held_text, reminders
from vault_app.services.changes import Changes, Kind

if TYPE_CHECKING:
    from vault_app.gui.agenda import AgendaPage
    from vault_app.gui.chart_view import ChartView
    from vault_app.gui.navigation import ChartRequest
    from vault_app.gui.seam import App
    from vault_app.services.held_text import Where
    from vault_app.services.vault import Vault


def _backup_reminder(vault: Vault) -> reminders.StatusLine:
    """On the worker thread: the status bar's line about backups, unless a security gap
    (reminders.standing) keeps the line; the same as after the unlock (reminders.backups_line)."""
    return reminders.status_line(vault)


PREFERRED_SIZE = QSize(1200, 760)  # where the screen has room for it
WINDOW_TITLE = "Therapy Vault"  # never a client's name: titles end up in task switchers and logs


class MainWindow(WorkflowWindows):
    def __init__(self, controller: App) -> None:
        super().__init__()
        self.controller = controller
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Therapy Vault"))  # the product name, as WINDOW_TITLE
        self.setWindowIcon(theme.icon("app"))
        saved = prefs.settings()  # one opening of the file for the three keys read below
        self.privacy_mode = bool(prefs.get("privacy_mode", False, saved) in (True, "true"))
        self._closing_for_lock = False
        self._unlocked_at = datetime.now(UTC)  # a window each unlock: a backup checked before is said with its day
        self._covered = False
        self._quit_box: QMessageBox | None = None
        # Quit's backup made (or the therapist chose to quit without it): the close goes on.
        self._quit_backup_settled = False

        # Built from the window down, each part made inside its final place: with the app's
        # style sheet, every widget given a new parent has its whole subtree polished again, and
        # built bottom-up the dashboard's cards were polished once per level they were adopted
        # into (stack, pane, splitter, window: about a third of this constructor's time).
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.setCentralWidget(self.splitter)
        self.client_list = ClientListPanel(controller, self.splitter)
        self.splitter.addWidget(self.client_list)
        self.stack = PageStack()
        self.splitter.addWidget(page_pane(self.stack))
        self.dashboard = DashboardPage(controller, self.stack)
        self.stack.addWidget(self.dashboard)
        self._chart: ChartView | None = None  # built when first needed: keeps unlock snappy
        self._agenda: AgendaPage | None = None  # the agenda and worklist too
        self._worklist: WorklistPage | None = None
        # The page shown before a chart was asked for: a refused opening goes back to it (_chart_not_opened).
        self._before_chart: QWidget | None = None
        # Neither side dragged away to nothing: a pane collapsed by a slip of the mouse looked
        # like a vault with no clients (or no chart) to a therapist who never saw the handle.
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.client_list.client_chosen.connect(self.open_chart)
        self.client_list.shown_chart = self._shown_client
        self.dashboard.worklist_requested.connect(self.show_worklist)
        self.dashboard.destructions_requested.connect(self.open_destructions)
        controller.chart_requested.connect(self._chart_requested)
        controller.changed.connect(self._on_changes)

        # One line, cut with "…" and whole in its tooltip: a second line took the page's room
        # (status_line.OneLineLabel).
        self.status_label = OneLineLabel(self.tr("Unlocked"))
        self.status_label.setAccessibleName(self.tr("Vault status"))
        self.psy_label = QLabel("")
        self.psy_label.setAccessibleName(self.tr("Psychotherapy notes status"))
        self.statusBar().addWidget(self.status_label, 1)
        self.status_line = StatusLine(self.status_label, self)
        self.status_line.read_again = self.backups_changed  # its news answered elsewhere (status_line.answered)
        self.search_status = SearchRebuildStatus.on(self.statusBar())
        self.statusBar().addPermanentWidget(self.psy_label)
        controller.psychotherapy_changed.connect(self._psychotherapy_changed)
        self._psychotherapy_changed(controller.psychotherapy_open)
        controller.backup_folder_waits.connect(self._backup_folder_waits)

        self.menu_actions: dict[str, QAction] = build_menus(self, self)
        # New client and Show more had no Alt letter (found in the real app): theirs, clear of the
        # menu bar's. The chart's buttons keep clear of both (chart, below).
        give_button_mnemonics([self.client_list.new_button, self.client_list.more_button],
                              {mnemonic_of(a.text()) for a in self.menuBar().actions()} - {""})
        WindowKeysFirst(self, lambda: [a.shortcut() for a in self.menu_actions.values() if not a.shortcut().isEmpty()])
        # At most the screen's room (screen_fit.py): at 1200x760 on a 1000-pixel laptop screen its
        # right side was out of reach; a size saved on a larger monitor only where it still fits.
        scale = place_in_screen(self, PREFERRED_SIZE, prefs.get_bytes("geometry/main", saved))
        # The list a quarter of the window (330 of 1280), the chart the rest: on a 1000-pixel
        # screen the list kept its 330 and the chart beside it scrolled sideways.
        list_width = max(self.client_list.minimumWidth(), self.width() * 330 // 1280)
        self.splitter.setSizes([list_width, self.width() - list_width])
        # The client list's width as the therapist left it: the names are cut ("Juniper
        # Sparrow…") at the first width, and the width dragged wider was forgotten at each start.
        splitter = prefs.get_bytes("splitter/main", saved)
        restored = splitter is not None and self.splitter.restoreState(splitter)
        if restored and splitter is not None and (sizes := splitter_sizes(splitter)) is not None:
            # Scaled as the window was, and within it (screen_fit.fitted_sizes): the chart keeps
            # half the window at least, where it reads without scrolling sideways.
            self.splitter.setSizes(fitted_sizes(sizes, scale, self.width(), self.width() // 2))
        # Made smaller, the window takes the list's extra width before the page scrolls sideways.
        GivesBack(self.splitter, self.client_list)
        if not restored:  # none saved: the list widens to its names once they come (list_first_width.py)
            FirstWidth(self.splitter, self.client_list, self.client_list.tree)
        self.stack.setCurrentWidget(self.dashboard)
        self.stack.currentChanged.connect(self._chart_hint_answered)
        self.stack.currentChanged.connect(lambda _i: self.client_list.mark_shown())
        self.client_list.set_privacy(self.privacy_mode)
        # The saved mode is the one in force: windows bound to a chart (chart_binding) follow it.
        privacy_notice().set(self.privacy_mode)
        privacy_notice().changed.connect(self._privacy_switched)

    def load_data(self) -> None:
        # The client list first: it is what the therapist reaches for after an unlock, and
        # its first page is a fixed cost; the dashboard's cards follow on the same worker.
        from vault_app.services import destruction_finishing  # Lazy (start-up): standard library only

        if destruction_finishing.now():  # said until the unlock's line replaces it (_reminder)
            self.status_line.lasting(self.tr("Unlocked. Finishing an interrupted destruction…"))
        self.client_list.refresh()
        self.dashboard.refresh()
        self.controller.query(self, reminders.status_line).success(self._reminder).run()
        older_copy.check(self, self.controller, self.dashboard)  # the older of two copies of this vault says so at once
        self.take_held("records")

    def take_held(self, where: Where) -> None:
        """Reopen the dialogs whose text was held at the last lock of this compartment."""
        if not hasattr(self, "restorer"):
            self.restorer = Restorer(self)
        vault = self.controller.vault
        # With those the vault had no room for at the lock (gui/held_unwritten.py).
        kept = held_unwritten.take(vault.folder, where) if vault is not None else []
        def unread(_exc: BaseException) -> bool:
            self.restorer.add(kept)  # those in memory come back all the same; the refusal is said
            return False

        def take(v: Vault) -> list[HeldEntry]:
            # Those kept while their window was open say how the last run ended (gui/run_end.py).
            from vault_app.gui import run_end  # Lazy (start-up): read after the unlock

            return unheld_why(held_text.take(v, where), run_end.begin(v.folder, where))

        self.controller.op(self, take).success(lambda held: self.restorer.add([*held, *kept])).failure(unread).run()

    def _reminder(self, line: reminders.StatusLine) -> None:
        text = status_words(line, older_copy.status_words_of(self))
        if line.gap == reminders.KIT_NOT_KEPT:
            from vault_app.gui.kit_offer import offer_new_kit  # Lazy (start-up): only for a vault without its kit

            offer_new_kit(self, self.open_rekey)
        self.status_line.lasting(self.tr("Unlocked. {reminder}").format(reminder=text) if text
                                 else self.tr("Unlocked."))

    def _backup_folder_waits(self, folder: str) -> None:
        self.status_line.lasting(self.tr(
            "Waiting: another copy of the app is writing into the backup folder {0}. The backup goes on "
            "when it has finished (at most two minutes).").format(folder))

    def backups_changed(self) -> None:
        self.dashboard.refresh()
        self.controller.query(self, _backup_reminder).success(self._say_backups).run()

    def _say_backups(self, line: reminders.StatusLine) -> None:
        # Nothing due and no verified backup reachable (its folder unplugged): nothing was
        # checked, and Today's card says where it is; the line says nothing rather than a falsehood.
        self.status_line.lasting(status_words(line, older_copy.status_words_of(self)) or self._backup_checked(line))

    def _backup_checked(self, line: reminders.StatusLine) -> str:
        """"Backup checked." for a check made since this unlock; an earlier one says when (found
        by a walker: right after a restart it said "Backup checked." though nothing was checked)."""
        if not line.backup_here:
            return ""
        at = line.backup_checked_at
        if at and datetime.fromisoformat(at) < self._unlocked_at:
            from vault_app.gui.dates import one_stop  # Lazy (start-up): read after the unlock
            from vault_app.gui.practice_clock import moment_here

            # One stop after an es_US "1:23 p.m." (it read "p.m..": walker, round 37).
            return one_stop(self.tr("Backup checked on {0}.").format(moment_here(at)))
        return self.tr("Backup checked.")

    @property
    def chart(self) -> ChartView:
        if self._chart is None:
            # Lazy (memory): the chart's code (~4 MB) is loaded after the unlock's KDF, by the
            # unlock's operation (warmup.AFTER_KDF), not with this module before the unlock
            from vault_app.gui.chart_view import ChartView

            self._chart = ChartView(self.controller, self.stack)  # in its place at once: see __init__
            self._chart.said.connect(self.status_line.passing)
            self._chart.unsaid.connect(self.status_line.withdraw)
            # A destroyed chart left an empty page of greyed tabs behind the certificate: Today instead.
            self._chart.gone.connect(self._chart_gone)
            # Refused: the page shown before back (first), then the list on the chart shown, if any.
            self._chart.not_opened.connect(self._chart_not_opened)
            self._chart.not_opened.connect(self.client_list.mark_shown)
            self._chart.set_privacy(self.privacy_mode)
            menus = {mnemonic_of(a.text()) for a in self.menuBar().actions()}
            beside = {mnemonic_of(b.text()) for b in self.client_list.findChildren(QPushButton)}
            self._chart.give_letters((menus | beside) - {""})
            self.stack.addWidget(self._chart)
        return self._chart

    # --- the menus' chart actions (main_menus.py) ----------------------------------------
    def act_on_chart(self, act: Callable[[ChartView], object]) -> None:
        """A chart's action (new note, export, destruction) for the chart on screen. Found in
        the real app: with none on screen Ctrl+E did nothing, without a word; and with the
        dashboard showing it acted on the chart last opened, out of sight."""
        chart = self._chart
        if chart is None or self.stack.currentWidget() is not chart or chart.shown_client() is None:
            self.status_line.passing(self.tr("Open a client's chart first (Ctrl+F finds a client)."))
            return
        act(chart)

    def _chart_hint_answered(self, _index: int) -> None:
        """A chart on screen answers "Open a client's chart first": left in the status bar, it
        contradicted the chart open above it until some other message came."""
        if self.stack.currentWidget() is self._chart and \
                self.status_line.saying() == self.tr("Open a client's chart first (Ctrl+F finds a client)."):
            self.status_line.settle()

    # --- navigation ------------------------------------------------------------------
    def _chart_gone(self) -> None:
        if self.stack.currentWidget() is self._chart:
            self.show_dashboard()

    def show_dashboard(self) -> None:
        self.stack.setCurrentWidget(self.dashboard)
        self.dashboard.refresh()

    @property
    def agenda(self) -> AgendaPage:
        if self._agenda is None:
            from vault_app.gui.agenda import AgendaPage  # Lazy (start-up): ~11 ms to import, built on first use

            self._agenda = AgendaPage(self.controller, self.stack, privacy=self.privacy_mode)
            # Its buttons had no Alt letter (walk M): theirs, clear of the menu bar's and the
            # client list's beside it, as the chart's (chart, below).
            menus = {mnemonic_of(a.text()) for a in self.menuBar().actions()}
            beside = {mnemonic_of(b.text()) for b in self.client_list.findChildren(QPushButton)}
            # And the page's own field labels' ("Ir al &día:", Go to day): "Otro esta&do…" took its
            # D in Spanish, and Alt+D only moved between the two (a walker, round 44).
            beside |= {mnemonic_of(lab.text()) for lab in self._agenda.findChildren(QLabel) if lab.buddy() is not None}
            # The day's actions choose first (Attended lost every letter of its word to the days'
            # buttons), then the moves through the days.
            a = self._agenda
            first = [a.attend_button, a.new_button, a.status_button, a.move_button, a.account_button, a.fees_button]
            rest = [b for b in a.findChildren(QPushButton) if b.text() and b not in first]
            give_every_button_a_letter([*first, *rest], (menus | beside) - {""})
            self.stack.addWidget(self._agenda)
        return self._agenda

    def show_agenda(self) -> None:
        self.stack.setCurrentWidget(self.agenda)
        self.agenda.table.setFocus()

    @property
    def worklist(self) -> WorklistPage:
        if self._worklist is None:
            self._worklist = WorklistPage(self.controller, self.stack, privacy=self.privacy_mode)
            self.stack.addWidget(self._worklist)
        return self._worklist

    def show_worklist(self, section: str = "") -> None:
        self.stack.setCurrentWidget(self.worklist)
        self.worklist.focus_section(section)

    def open_chart(self, client_id: str) -> None:
        self.status_line.settle()  # what was said of the chart before is not about this one
        shown = self.stack.currentWidget()
        if not self.chart.load(client_id):
            return  # being destroyed: refused, the screen stays as it was
        self._show_chart(shown)
        self.client_list.mark_shown()

    def _chart_requested(self, request: ChartRequest) -> None:
        self.status_line.settle()
        shown = self.stack.currentWidget()
        if not self.chart.go_to(request):
            return
        self._show_chart(shown)
        self.client_list.mark_shown()  # a link opened it: the list's highlight follows

    def _show_chart(self, shown: QWidget | None) -> None:
        """The chart page on screen while the chart asked for is read; `shown`, the page before, kept
        for a refused opening (_chart_not_opened)."""
        self._before_chart = None if shown is self._chart else shown
        self.stack.setCurrentWidget(self.chart)

    def _chart_not_opened(self) -> None:
        """The chart asked for was refused (its opening not recorded on a full disk; the refusal says
        so). The page shown before it was asked for comes back (Today, the agenda, the worklist), not
        the chart page: found in the real app (round 45), the first opening after the unlock refused
        left an empty page of greyed tabs. A chart that was on screen stays, usable (ChartView)."""
        before, self._before_chart = self._before_chart, None
        if before is None or self._chart is None or self.stack.currentWidget() is not self._chart:
            return  # a chart was on screen (open again), or another page is shown already
        self.stack.setCurrentWidget(before if self.stack.indexOf(before) >= 0 else self.dashboard)

    def _on_changes(self, changes: Changes) -> None:
        self.status_line.records_changed(changes)
        # The status bar and the dashboard speak about backups. A destruction's own backup entries
        # are its purge of the registered backups, not a backup checked: the dashboard follows, and
        # the status bar says what the destruction did (ChartView.said).
        # So are a running destruction's purges of each backup, appended one by one beside the worker
        # (found on Xvfb: "Backup checked." in the status bar while the wizard purged them).
        if changes.touches(Kind.BACKUPS) and (Kind.DESTRUCTION in changes.kinds or self.controller.destruction_running):
            self.dashboard.refresh()
        elif changes.touches(Kind.BACKUPS):
            self.backups_changed()

    def toggle_privacy(self) -> None:
        self.privacy_mode = not self.privacy_mode
        self.menu_actions["privacy"].setChecked(self.privacy_mode)
        prefs.put("privacy_mode", self.privacy_mode)
        privacy_notice().set(self.privacy_mode)

    def _privacy_switched(self, on: bool) -> None:
        """The pages of this window follow the notice, as the windows open over it do."""
        self.privacy_mode = on
        self.client_list.set_privacy(on)
        if self._chart is not None:
            self._chart.set_privacy(on)
        for page in (self._agenda, self._worklist):
            if page is not None:
                page.set_privacy(on)

    def set_theme(self, name: str) -> None:
        prefs.put("theme", name)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, name)

    def _psychotherapy_changed(self, unlocked: bool) -> None:
        self.psy_label.setText(self.tr("Psychotherapy notes: unlocked") if unlocked
                               else self.tr("Psychotherapy notes: locked"))
        if unlocked:
            self.take_held("psychotherapy")

    def _shown_client(self) -> str | None:
        """The client whose chart is on screen now (the client list highlights its row)."""
        return self._current_client() if self._chart is not None and self.stack.currentWidget() is self._chart else None

    # --- locking ---------------------------------------------------------------------
    def prepare_lock(self, why: Why = "lock") -> None:
        """Queue every pending autosave, and the text of every open dialog, so it reaches
        the disk before the vault closes (`why` is what the form says when it is back)."""
        if self._chart is not None:
            self._chart.flush()
        hold_open_dialogs(self.controller, self, why=why)

    def close_for_lock(self) -> None:
        self._closing_for_lock = True
        self._save_geometry()
        if self._chart is not None:
            self._chart.clear()  # first: it empties the open note editors before they are closed
        self.client_list.clear()
        self.dashboard.clear()
        for page in (self._agenda, self._worklist):
            if page is not None:
                page.clear()
        self._close_dialogs()
        self.hide()
        self.close()
        self.deleteLater()

    def _close_dialogs(self) -> None:
        """Every form and question of the window, once `prepare_lock` has held their typing."""
        for child in self.findChildren(QDialog):
            child.reject()
            child.deleteLater()

    def cover_until_locked(self, keep: QWidget | None, why: str = "lock") -> None:
        """A lock or quit waits for a running destruction (controller.py): nothing of the vault
        stays readable meanwhile. Typed text is held now, as a lock holds it; then the content
        and every other window are hidden, and only `keep` (the wizard's progress) stays."""
        if self._covered:
            return
        self._covered = True
        self.prepare_lock("quit" if why == "quit" else "lock")
        cover_window(self, keep, why)

    def _ask_quit_during_destruction(self) -> None:
        if self._quit_box is not None and (self._quit_box.isVisible() or self._quit_box.property("chosen")):
            return  # asked already, or "Quit when finished" chosen: the app is on its way out
        self._quit_box = ask_quit_when_finished(self, self.controller)

    def _save_geometry(self) -> None:
        prefs.put("geometry/main", self.saveGeometry())
        prefs.put("splitter/main", self.splitter.saveState())

    def quit_backup_running(self) -> bool:
        """Quit was asked and its backup runs (gui/quit_backup.py)."""
        return bool(self.property(quit_backup.RUNNING))

    def quit_now(self) -> None:
        """Quit without Quit's backup question: its backup made, the therapist chose to quit
        without it, or the system ends the app (a question then could outlast the session)."""
        self._quit_backup_settled = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing_for_lock and self.controller.destruction_running:
            event.ignore()
            self._ask_quit_during_destruction()
            return
        if not self._closing_for_lock and not self._quit_backup_settled:
            event.ignore()  # Quit's backup first, while the window is up to ask (gui/quit_backup.py)
            if self._chart is not None:
                # The note's pending autosave queued ahead of the backup (one worker, in order):
                # else Quit's backup missed the last words typed.
                self._chart.flush()
            quit_backup.backup_then_quit(self, self.controller, self.quit_now)
            return
        if not self._closing_for_lock:
            self._save_geometry()
            self.prepare_lock("quit")
            # Held, so closed, as a lock closes them: a form left up (with its "Close without
            # saving?" question) until the app ended kept taking keys the held copy never had.
            self._close_dialogs()
            self.controller.quit_by_user()
        event.accept()


__all__ = ["WINDOW_TITLE", "MainWindow", "QWidget"]
