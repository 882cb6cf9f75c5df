"""The dashboard: what needs attention today, in plain words."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vault_app.domain.worklist import SECTIONS, WorkItem
from vault_app.gui import dashboard_requests, practice_clock
from vault_app.gui.announce import AloudLabel
from vault_app.gui.backup_changed_words import changed_words
from vault_app.gui.change_watch import only_views
from vault_app.gui.compliance_words import kind_words
from vault_app.gui.dashboard_card import Card
from vault_app.gui.dashboard_grid import CardGrid
from vault_app.gui.dates import show_date, show_deadline
from vault_app.gui.day_watch import DayWatch, local_now
from vault_app.gui.focus_in_view import keep_focus_in_view
from vault_app.gui.privacy_notice import privacy_notice
from vault_app.gui.seam import App
from vault_app.gui.status_words import backup_reminder, gap_words, news_words
from vault_app.gui.widgets import masked_name
from vault_app.gui.worklist import count_words, section_words, sections
from vault_app.services import reminders
from vault_app.services.changes import Changes

if TYPE_CHECKING:
    from vault_app.services.ledger import VerifyReport
    from vault_app.services.today import BackupState, LedgerState, Today
    from vault_app.services.vault import Vault


def _today(vault: Vault) -> Today:
    """On the worker thread: the dashboard's figures."""
    # Lazy (memory): the dashboard's services (backups, requests, retention, export: ~3 MB)
    # load on the worker at the first refresh, after the unlock's KDF, not with the window's
    # code before it (tests/gui/test_unlock_memory_imports.py)
    from vault_app.services import today

    return today.today(vault)


MAX_LINKS = 5
# The standing gaps Today's page says on a line of its own: an unfinished Replace every key, in
# its swap or in its copies (reminders.standing_gap); the others the status bar says.
REKEY_GAPS = (reminders.REKEY_UNFINISHED, reminders.REKEY_NOT_DONE)
# Marked for translation here, translated when the cards are built (context: DashboardPage).
CARDS = (
    ("requests", QT_TRANSLATE_NOOP("DashboardPage", "Requests due")),
    ("authorizations", QT_TRANSLATE_NOOP("DashboardPage", "Authorizations expiring")),
    ("unsigned", QT_TRANSLATE_NOOP("DashboardPage", "Unsigned notes")),
    ("eligible", QT_TRANSLATE_NOOP("DashboardPage", "Eligible for destruction")),
    ("backup", QT_TRANSLATE_NOOP("DashboardPage", "Last verified backup")),
    ("ledger", QT_TRANSLATE_NOOP("DashboardPage", "Audit ledger")),
    ("worklist", QT_TRANSLATE_NOOP("DashboardPage", "Worklist")),
    # Shown only while there are some (services/coming_of_age.py): a parent's authority ends that day.
    ("coming_of_age", QT_TRANSLATE_NOOP("DashboardPage", "Coming of age")),
    # Shown only while there are some: most practices never destroy a chart.
    ("compliance", QT_TRANSLATE_NOOP("DashboardPage", "Compliance records past their date")),
)
# Cards whose count is also a worklist section: the number leads to the list.
WORKLIST_OF_CARD = {"requests": "requests_due", "authorizations": "authorizations_expiring",
                    "unsigned": "unsigned_notes"}


class DashboardPage(QScrollArea):
    # A section of the worklist to open (the main window shows it): navigation, not a refresh.
    worklist_requested = Signal(str)
    # Records > Destructions and certificates, where the compliance records due are listed and destroyed.
    destructions_requested = Signal()

    def __init__(self, controller: App, parent: QWidget | None = None, *,
                 clock: Callable[[], datetime] = local_now) -> None:
        super().__init__(parent)
        self.controller = controller
        # Past midnight the cards are read again (the agenda's day_watch.py): left open overnight,
        # "Requests due" and the backup's "today" kept yesterday's figures (found in review).
        self.day_watch = DayWatch(self, clock)
        self.day_watch.day_changed.connect(self._new_day)
        self._day_turned_unseen = False
        self._older_copy: tuple[str, str] | None = None  # mark_older_copy's words
        self._coming_of_age: Today | None = None  # the last figures, said again when privacy mode switches
        # The Requests card's links, from two reads: to each request needing review (the day's figures),
        # then to the worklist's section (the worklist's).
        self._review_links: list[tuple[str, Callable[[], None]]] = []
        self._all_requests: list[tuple[str, Callable[[], None]]] = []
        self._replaced_by: str | None = None  # the copy that replaced this vault: no link to work here
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # No Tab stop of its own (Qt gives a scroll area one): Tab from the client list stopped on
        # the page, nothing drawn and no name for a screen reader (found at 200 %, keyboard only).
        # A link or button Tab reaches below the fold is scrolled to.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        keep_focus_in_view(self)
        # The body in its place before its cards (as the main window, built from the top down):
        # the cards adopted into a body that the scroll area then adopted were walked twice by
        # the style sheet, at every unlock.
        body = QWidget()
        self.setWidget(body)
        title = QLabel(self.tr("Today"))
        title.setObjectName("pageTitle")
        self.cards = {key: Card(QCoreApplication.translate("DashboardPage", str(text))) for key, text in CARDS}
        grid = QGridLayout()
        grid.setSpacing(12)
        for key, _text in CARDS:
            self.cards[key].links_set.connect(self._order_tabs)
        self.cards["compliance"].setVisible(False)
        self.cards["coming_of_age"].setVisible(False)
        # Where the links go in the Tab order (_order_tabs): made before the button, never shown
        # (Tab passes over it). Not found by walking back from the page through Qt's Tab chain:
        # with that walk the main window's C++ object was deleted under the tests (PySide's
        # wrapper of the window, returned by previousInFocusChain, taken as owned by the page's).
        self._links_start = QWidget(body)
        self._links_start.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._links_start.hide()
        self.verify_button = QPushButton(self.tr("Verify the whole ledger now"))
        self.verify_button.setAccessibleName(self.tr("Verify the whole ledger"))
        self.verify_button.clicked.connect(self.verify_ledger)
        layout = QVBoxLayout(body)
        # 12 at the sides, not 20: in two columns beside a 420-pixel client list (Spanish, a
        # 1000x750 window) the page is taller than the window, and with its scroll bar the cards
        # were 7 pixels short of the Unsigned notes links on one line (they wrapped).
        layout.setContentsMargins(12, 16, 12, 16)
        layout.addWidget(title)
        # A security gap to close (an interrupted Replace every key) on a line of its own: joined
        # with the unlock's news the status bar cut it off (found by a walker).
        # Said to a screen reader as it comes, once (AloudLabel): seen in amber, never heard (found in review).
        self.gap_line = AloudLabel()
        self.gap_line.setObjectName("warningNote")
        self.gap_line.setVisible(False)
        layout.addWidget(self.gap_line)
        layout.addLayout(grid)
        # Three in a row where they fit, else two or one: a 667-pixel window (1000x750 at 150 %)
        # scrolled Today sideways (dashboard_grid.py).
        margins = layout.contentsMargins()
        self.card_grid = CardGrid(grid, [self.cards[key] for key, _text in CARDS], self.viewport(),
                                  margins.left() + margins.right())
        layout.addWidget(self.verify_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        controller.changed.connect(self._on_changes)
        privacy_notice().changed.connect(self._privacy_switched)

    def _order_tabs(self) -> None:
        """Tab from the client list: the cards' links as they are seen (card by card, each top to
        bottom), then Verify the whole ledger now. The links are made after the button, at each
        refresh, so Qt's order (the order things are made) put the button at the page's foot
        first and the links above it after it (found at 200 %, keyboard only)."""
        before = self._links_start
        for widget in [b for key, _text in CARDS for b in self.cards[key].link_buttons()] + [self.verify_button]:
            QWidget.setTabOrder(before, widget)
            before = widget

    def _privacy_switched(self, _on: bool) -> None:
        if self._coming_of_age is not None:
            self._show_coming_of_age(self._coming_of_age)

    def _new_day(self, _was: date, _now: date) -> None:
        """On screen, read at once; off it (a chart over it, the window minimized), when next shown."""
        if self.controller.vault is None:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._day_turned_unseen = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._day_turned_unseen and self.controller.vault is not None:
            self._day_turned_unseen = False
            self.refresh()

    def _on_changes(self, changes: Changes) -> None:
        """Counts follow what changed (a note signed, an appointment recorded) while on screen."""
        if self.isVisible() and not only_views(changes):
            self.refresh()

    def open_note(self, client_id: str, note_id: str) -> None:
        self.controller.open_chart(client_id, note_id)

    def refresh(self) -> None:
        from vault_app.services import destruction_finishing  # Lazy (start-up): standard library only

        if destruction_finishing.now():  # the worker finishes an interrupted destruction before these
            self.cards["worklist"].show_value("…", self.tr("Finishing an interrupted destruction…"))
        self.controller.query(self, reminders.standing_gap).success(self._show_gap).run()
        self.controller.query(self, _today).success(self._show).run()
        self.controller.query(self, sections).success(self._show_worklist).run()

    def _show_gap(self, gap: str | None) -> None:
        """Said until it is closed (asked again at each refresh: gone once every key is replaced).
        A replacement killed in its swap, or while its copies were written (the old keys still in
        use): only the status bar said the latter, where later news replaces it (found by a walker)."""
        self.gap_line.setText(gap_words(gap) if gap in REKEY_GAPS else "")
        self.gap_line.setVisible(bool(self.gap_line.text()))

    def open_worklist(self, section: str) -> None:
        self.worklist_requested.emit(section)

    def _to_note(self, client_id: str, note_id: str) -> Callable[[], None]:
        def go(*_checked: object) -> None:
            self.open_note(client_id, note_id)
        return go

    def _to_worklist(self, section: str) -> Callable[[], None]:
        def go(*_checked: object) -> None:
            self.open_worklist(section)
        return go

    def _show_worklist(self, work: dict[str, list[WorkItem]]) -> None:
        counts = {key: len(work.get(key, [])) for key, _title in SECTIONS}
        total = sum(counts.values())
        # Paperwork, not money ("Nothing is owed." read as no balances due: round 45's walker).
        self.cards["worklist"].show_value(
            count_words(total), self.tr("Everything pending, oldest first; open a section:") if total
            else self.tr("Nothing is pending."))
        self.cards["worklist"].set_links([
            (self.tr("{section}: {count}").format(section=section_words(key, title), count=count_words(counts[key])),
             self._to_worklist(key))
            for key, title in SECTIONS if counts[key]])
        for card, section in WORKLIST_OF_CARD.items():
            self.cards[card].value.setToolTip(self.tr("Click the worklist link below to see them all"))
            all_of = self.tr("All {count} in the worklist").format(count=count_words(counts.get(section, 0)))
            if card == "requests":  # after the links to those needing review, whichever is read first
                self._all_requests = [(all_of, self._to_worklist(section))] if counts.get(section) else []
                self._set_request_links()
            elif counts.get(section) and card != "unsigned":
                self.cards[card].set_links([(all_of, self._to_worklist(section))])
        self._leave_to_copy()

    def _set_request_links(self) -> None:
        self.cards["requests"].set_links(self._review_links + self._all_requests)

    def _to_request(self, request_id: str, chart: str) -> Callable[[], None]:
        def go(*_checked: object) -> None:
            from vault_app.gui.worklist_open import open_request  # Lazy (start-up)

            open_request(self, self.controller, request_id, chart)
        return go

    def _show(self, d: Today) -> None:
        # Those needing review first, each with a link to its window (gui/dashboard_requests.py).
        self.cards["requests"].show_value(dashboard_requests.figure(d), dashboard_requests.lines(d))
        self._review_links = [(dashboard_requests.review_link(d.charts.get(r.client_id, "?")),
                               self._to_request(r.request_id, d.charts.get(r.client_id, "")))
                              for r in d.requests_needing_review[:MAX_LINKS]]
        self._set_request_links()
        auths = d.authorizations_expiring
        self.cards["authorizations"].show_value(
            count_words(len(auths)), "\n".join(self.tr("chart {chart}: expires {day}").format(
                chart=d.chart_of(a.client_id), day=show_date(a.expires_on)) for a in auths[:4])
            or self.tr("None expires in the next 30 days."))
        self._show_unsigned(d)
        eligible = d.eligible
        self.cards["eligible"].show_value(
            count_words(eligible), self.tr("Charts past their retention period (Records > Charts eligible…).")
            if eligible else self._held_words(d.held_past))
        self._show_backup(d)
        self._show_compliance(d)
        self._show_coming_of_age(d)
        self._show_ledger(d.ledger)
        self._replaced_by = d.backup.replaced_by[0] if d.backup.replaced_by else None
        self._leave_to_copy()

    def _leave_to_copy(self) -> None:
        """In a vault a copy replaced, the work is said to belong in that copy (after each of the two reads)."""
        if self._replaced_by is not None:
            from vault_app.gui.dashboard_replaced import leave_to_copy  # Lazy (start-up): a replaced vault's only

            leave_to_copy(self.cards, self._replaced_by)

    def _held_words(self, held: int) -> str:
        """No chart eligible: none past its period, or those past it all under a legal hold (said:
        "No chart has reached the end" read as if none had, of a chart a hold keeps)."""
        if not held:
            return self.tr("No chart has reached the end of its retention period.")
        if held == 1:
            return self.tr("1 chart past its retention period is under a legal hold: it cannot be destroyed until "
                           "the hold is released.")
        return self.tr("%n charts past their retention period are under a legal hold: none can be destroyed until "
                       "the holds are released.", "", held)

    def _show_unsigned(self, d: Today) -> None:
        """Every unsigned note, the worklist's number (both read services/unsigned_notes.py),
        and of them the late ones. Found: the card counted only the late ones, "2" beside the
        worklist's "Unsigned notes: 5", and said "Every note is signed on time" beside 8 drafts."""
        owed, late = d.unsigned.notes, d.unsigned.late
        card = self.cards["unsigned"]
        if not owed:
            card.show_value("0", self.tr("Every progress note is signed."))
        elif late:
            card.show_value(count_words(len(owed)),
                            self.tr("{late} of them unsigned past the set number of days; open one:")
                            .format(late=count_words(len(late))))
        else:
            card.show_value(count_words(len(owed)), self.tr("None past the set number of days; open one:"))
        # The late ones first, each oldest first, ordered on the worker (services/unsigned_notes.py):
        # compared here note by note, 1,491 unsigned notes froze the window for a second.
        first = d.unsigned.late_first
        links: list[tuple[str, Callable[[], None]]] = [
            # The dict, not Today.chart_of: a service's method called here runs on the GUI thread
            # (tests/gui/test_agenda.py watches for that), and with every note listed it always is.
            (self.tr("chart {chart}: {day}").format(chart=d.charts.get(n.client_id, "?"), day=show_date(n.note_date)),
             self._to_note(n.client_id, n.note_id))
            for n in first[:MAX_LINKS]]
        if len(owed) > MAX_LINKS:
            links.append((self.tr("All {count} in the worklist").format(count=count_words(len(owed))),
                          self._to_worklist("unsigned_notes")))
        card.set_links(links)

    def _days_ago(self, age: int) -> str:
        if age < 0:
            # Dated after today: this computer's clock is behind (the status bar says so, services/clock_behind.py);
            # it read "-9469 days ago" (found by a walker).
            return self.tr("dated after today")
        return self.tr("today") if age == 0 else (
            self.tr("1 day ago") if age == 1 else self.tr("{n} days ago").format(n=age))

    def mark_older_copy(self, value: str, detail: str) -> None:
        """This vault is the older of two copies (gui/older_copy.py): the backup card says so, in
        the warning's colour, at every refresh, not the age of a backup the other copy went on from."""
        self._older_copy = (value, detail)
        self.cards["backup"].show_value(value, detail)
        self.cards["backup"].detail.setObjectName("warningNote")
        self.cards["backup"].detail.style().polish(self.cards["backup"].detail)

    def unmark_older_copy(self) -> None:
        """No longer the older copy (kept: another backup folder chosen for it): the card as usual."""
        self._older_copy = None
        self.refresh()

    def _show_backup(self, d: Today) -> None:
        if self._older_copy is not None:
            self.cards["backup"].show_value(*self._older_copy)
            return
        detail_label = self.cards["backup"].detail
        # A copy made by hand sharing the default vault's backup folder: the backups there are
        # that vault's, this copy has none and makes none (found by a walker: "today" on it).
        copy_of = d.backup.copy_of
        value, detail = ((self.tr("None of its own"), news_words(reminders.News(reminders.COPY_HOME, "", copy_of)))
                         if copy_of else self._backup_words(d.backup))
        replaced = d.backup.replaced_by
        if replaced is not None and not copy_of:
            # A vault a copy replaced: "work in that copy", not "Make a backup now" (a walker, round 44).
            detail = news_words(reminders.News(reminders.REPLACED_BY_COPY, "", replaced[0],
                                               params=(("when", replaced[1]),)))
        detail_label.setObjectName("warningNote" if copy_of or replaced else "calmNote")
        detail_label.style().polish(detail_label)
        self.cards["backup"].show_value(value, self._with_failure(d.backup, detail))
        name = d.backup.checked_copy
        detail_label.setToolTip(self.tr("The backup's file: {name}").format(name=name) if name and not copy_of else "")

    def _backup_words(self, state: BackupState) -> tuple[str, str]:
        """The backup card's value and detail, before a failed automatic backup is said."""
        age, away = state.age_days, state.away_age_days
        if away is None:
            if age is None:
                return self.tr("Never"), self.tr("Make a backup now: Vault > Backups (Ctrl+Shift+B).")
            # In the screen's language: the services' English sentence stood under a Spanish "hace 9 días".
            return self._days_ago(age), backup_reminder(age) if state.reminder else self._checked_copy(state)
        if state.away_removed:
            # Its folder is here: another copy's rotation deleted it. Said as the Backups window says
            # it (found: "connect its drive" with the drive connected).
            detail = self.tr("The newest verified backup was {what} Make a new backup (Vault > Backups).").format(
                what=changed_words(state.away_removed))
        elif state.away_gone:
            # Its folder is here, its file is not: the Backups window's "missing" (found: "connect its
            # drive" with the folder there).
            detail = self.tr("The newest verified backup, {name}, is no longer in {folder}, which is reachable: "
                             "deleted or moved. Make a new backup (Vault > Backups).").format(
                                 name=state.away_name or "?", folder=state.away_folder)
        else:
            # Found in the real app: with the backups' folder unmounted, "Never" after a restart,
            # in a vault with verified backups. The newest is dated, and where it is not reachable.
            detail = self.tr("It is in {folder}, which is not reachable now: connect its drive, or make a new "
                             "backup (Vault > Backups).").format(folder=state.away_folder)
        if age is not None:
            detail += " " + self.tr("The newest reachable one: {when}.").format(when=self._days_ago(age))
        return self._days_ago(away), detail

    def _checked_copy(self, state: BackupState) -> str:
        """Which backup was checked: one of the backup folder's snapshots, or a single-file backup
        (found in the real app: a single-file copy saved elsewhere read as the series' last backup)."""
        if not state.checked_copy:
            return ""
        # Named by when it was made; its file name ("snap-2026-12-06T071356Z.vrs", found by a walker
        # on this everyday screen) is the line's tooltip (_show_backup).
        when = practice_clock.moment_here(state.checked_made) if state.checked_made else state.checked_copy
        if state.checked_kind == "snapshot":
            return self.tr("Checked: the backup of {when}, in {folder}").format(when=when,
                                                                                  folder=state.checked_folder)
        return self.tr("Checked: the single-file backup of {when}, in {folder}").format(when=when,
                                                                                       folder=state.checked_folder)

    @staticmethod
    def _with_failure(state: BackupState, detail: str) -> str:
        """The failed automatic backup first: found in the real app, "Last verified backup: today"
        after a backup refused at Quit."""
        if state.failure is None:
            return detail
        # On a line of its own: two sentences about two backups (found by a walker: read as one file).
        return "\n".join(t for t in (news_words(state.failure), detail) if t)

    def _show_compliance(self, d: Today) -> None:
        """Found in the real app: `vault-app dashboard` counted these and the app's screens showed
        no count and no list; now each is named, and the link leads to where they are destroyed."""
        due = d.compliance_due
        card = self.cards["compliance"]
        card.setVisible(bool(due))
        lines = [self.tr("chart {chart}: {what}, kept until {day}").format(
                     chart=c.chart_number, what=kind_words(c.kind), day=show_deadline(c.keep_until)) for c in due[:4]]
        if len(due) > 4:
            lines.append(self.tr("and {n} more").format(n=count_words(len(due) - 4)))
        card.show_value(count_words(len(due)), "\n".join(lines))
        card.set_links([(self.tr("Review and destroy them (Records > Destructions and certificates)"),
                         self._to_destructions)] if due else [])

    def _show_coming_of_age(self, d: Today) -> None:
        """A minor turning 18 within 30 days (the parent's authority ends that day, 45 CFR
        164.502(g)(2)-(3)), and a client of age lately with a form their parent signed still in
        force (walk-teen round 33: nothing said either)."""
        self._coming_of_age = d
        items = d.coming_of_age
        card = self.cards["coming_of_age"]
        card.setVisible(bool(items))
        # The birthday is the date of birth in another year, next to the chart number: masked in
        # privacy mode, as the Overview and the Authorizations tab mask it (walker, round 33).
        privacy = privacy_notice().on
        lines = [self.tr("chart {chart}: turned {age} on {day}; forms the parent signed still in force: {n}. Ask "
                         "the client to sign their own.").format(
                             chart=d.chart_of(i.client_id), age=i.age_of_majority,
                             day=masked_name(show_deadline(i.majority_on), privacy), n=i.parent_forms)
                 if i.came else
                 (self.tr("chart {chart}: turns {age} on {day}; the parent's authority ends then.") if i.parent_acts
                  else self.tr("chart {chart}: turns {age} on {day}; no parent or guardian acts for the client "
                               "now.")).format(
                     chart=d.chart_of(i.client_id), age=i.age_of_majority,
                     day=masked_name(show_deadline(i.majority_on), privacy))
                 for i in items[:4]]
        if len(items) > 4:
            lines.append(self.tr("and {n} more").format(n=count_words(len(items) - 4)))
        card.show_value(count_words(len(items)), "\n".join(lines))
        card.set_links([(self.tr("Open chart {chart}").format(chart=d.chart_of(i.client_id)),
                         self._to_chart(i.client_id)) for i in items[:4]])

    def _to_chart(self, client_id: str) -> Callable[[], None]:
        def go(*_checked: object) -> None:
            self.controller.open_chart(client_id)
        return go

    def _to_destructions(self, *_checked: object) -> None:
        self.destructions_requested.emit()

    def _show_ledger(self, state: LedgerState) -> None:
        self.cards["ledger"].show_value(
            self.tr("{n} entries").format(n=count_words(state.entries)),
            self.tr("Checked when the vault was unlocked: no entry was changed."))
        # How it was checked, for whoever asks (a walker found "checkpoint" on this everyday screen).
        self.cards["ledger"].detail.setToolTip(self.tr(
            "Each entry is checked against the last checkpoint: a signed summary of the entries before it."))

    def verify_ledger(self) -> None:
        self.controller.query(self, lambda v: v.verify_ledger(), label=self.tr("Verifying every ledger entry…")) \
            .success(self._verified).run()

    def _verified(self, report: VerifyReport) -> None:
        if report.ok:
            self.cards["ledger"].show_value(self.tr("{n} entries").format(n=count_words(report.entries_checked)),
                                            self.tr("Fully verified just now: intact."))
        else:
            self.cards["ledger"].show_value(self.tr("Problem found"), "; ".join(report.problems[:3]))

    def clear(self) -> None:
        self._coming_of_age = None
        self._review_links, self._all_requests = [], []
        self.gap_line.setVisible(False)
        for card in self.cards.values():
            card.clear()
