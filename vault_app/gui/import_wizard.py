"""Import a practice: choose the source -> review the dry run (created / ambiguous / skipped)
-> run with progress counts and Cancel (honoured between charts) -> report.

Every vault call goes through the controller (a query for the dry run, an op for the
import), on the worker thread. Progress comes back through a Qt signal (queued onto the GUI
thread) so the page shows it inline and its Cancel button stays usable.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from vault_app.domain.errors import VaultError
from vault_app.domain.names import neutralise
from vault_app.gui import import_ambiguous, import_running
from vault_app.gui.background import show_error, show_inline
from vault_app.gui.chart_tabs import add_row, make_tree
from vault_app.gui.dates import show_date
from vault_app.gui.down_only_scroll import DownOnlyScrollArea
from vault_app.gui.import_source import Choice, SourcePage, import_work, label, make_plan, plan_work
from vault_app.gui.import_words import count_said, words_of
from vault_app.gui.refusal_words import refusal_text
from vault_app.gui.screen_fit import size_in_screen
from vault_app.gui.wizard_letters import give_wizard_mnemonics
from vault_app.services.importers.apply import PSYCHOTHERAPY_LOCKED
from vault_app.services.importers.plan import Issue

if TYPE_CHECKING:
    from vault_app.gui.import_running import ImportRunning, PlanRunning
    from vault_app.gui.seam import App
    from vault_app.services.importers.plan import ImportPlan, ImportReport


# The widest a column sized to its contents may grow: a long path or name (found in the real
# app: a 240-letter name refused by the import) pushed the reason out of sight to the right.
# The whole text is in the row's tooltip and, on the review page, under the list.
WIDEST_COLUMN = 320


def _capped(tree: QTreeWidget) -> QTreeWidget:
    tree.header().setMaximumSectionSize(WIDEST_COLUMN)
    return tree


def _scrolled_list(tree: QTreeWidget) -> QTreeWidget:
    """A list on a scrolled page (`_scrolled`): it asks for three rows and takes the page's spare
    height, not its own preferred height, which made the page scroll on a screen with room for
    all of it (found on Xvfb at 125 %)."""
    policy = tree.sizePolicy()
    policy.setVerticalPolicy(QSizePolicy.Policy.Ignored)
    tree.setSizePolicy(policy)
    tree.setMinimumHeight(tree.header().sizeHint().height() + 3 * (tree.fontMetrics().height() + 6)
                          + 2 * tree.frameWidth())
    return tree


def _scrolled(page: QWizardPage) -> QVBoxLayout:
    """The page's layout inside a scroll area that scrolls down only: its three lists and their
    lines needed 484 pixels, more than a 1366x768 laptop at 150 % leaves between the wizard's
    title and its buttons (found on Xvfb); where the room is short the page scrolls, and Back,
    Next, Import and Cancel stay on the screen."""
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    area = DownOnlyScrollArea()
    area.setFrameShape(QFrame.Shape.NoFrame)
    body = QWidget()
    area.setWidget(body)
    outer.addWidget(area)
    return QVBoxLayout(body)


def _fill_issues(tree: QTreeWidget, issues: list[Any], charts: dict[str, str] | None = None) -> None:
    """`charts`: a chart's name by its source key. A chart the import could not bring in is
    reported by that key ("custom:...", "sp:..."), the importer's own: the therapist reads the
    chart's name in its place."""
    tree.clear()
    for issue in issues:
        # A name's newline, tab or direction override shown escaped, on one line (domain/names.neutralise).
        where = (charts or {}).get(issue.path) or neutralise(words_of(issue.path), keep_line_breaks=False)
        # The core's English with a code (services/importers/plan.reason): said in the screen's language.
        item = add_row(tree, [where, words_of(issue.reason)], issue.path)
        if where != (charts or {}).get(issue.path) and "/" in where:
            import_ambiguous.mark_file_name(item, where)  # its name, whose end tells files apart
        for column in (0, 1):  # long paths and reasons: the whole text on hover
            item.setToolTip(column, item.text(column))


class ReviewPage(QWizardPage):
    def __init__(self, wiz: ImportWizard) -> None:
        super().__init__()
        self.wiz = wiz
        self.setTitle(self.tr("Review the dry run"))
        self.setSubTitle(self.tr("This is what the import will do. Nothing has been written yet."))
        self.summary = label(self.tr("Reading…"), "summary")
        self.error = label("", "errorText")
        self.created = _scrolled_list(_capped(make_tree([self.tr("Chart"), self.tr("Born"), self.tr("Progress notes"),
                                  self.tr("Psychotherapy notes"), self.tr("Documents")],
                                 self.tr("Will be created"))))
        self.ambiguous = _scrolled_list(_capped(make_tree(
            [self.tr("File"), self.tr("File it under"), self.tr("Why")], self.tr("Ambiguous files"))))
        import_ambiguous.keep_file_names(self.ambiguous, folder_first=False)
        # The file itself, to see whose it is (import_ambiguous.open_in_viewer).
        self.open_button = QPushButton(self.tr("Open…"))
        self.open_button.setToolTip(self.tr("Open the file with your computer's viewer, from the export folder"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self._open_ambiguous)
        self.ambiguous.currentItemChanged.connect(lambda item, _old: self.open_button.setEnabled(item is not None))
        self.skipped = _scrolled_list(_capped(make_tree([self.tr("File, row or chart"), self.tr("Why")],
                                                        self.tr("Will be skipped"))))
        # A long file's name keeps its end in sight ("... 100032.pdf"): the folder and the name's
        # start were kept and the id cut, alike in every row (found at 1366x768).
        import_ambiguous.keep_file_names(self.skipped)
        layout = self._layout = _scrolled(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(label(self.tr("Will be created:")))
        layout.addWidget(self.created, 2)
        layout.addWidget(label(self.tr("Ambiguous (choose the chart, or leave it out):")))
        layout.addWidget(self.ambiguous, 1)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(label(self.tr("Will be skipped, or to know:")))
        layout.addWidget(self.skipped, 1)
        # The reason of the row under the keyboard, whole: the column cuts it, and its
        # tooltip needs a mouse.
        self.detail = label("", "issueDetail")
        layout.addWidget(self.detail)
        for tree, why in ((self.ambiguous, 2), (self.skipped, 1)):
            tree.currentItemChanged.connect(lambda item, _old, why=why: self._show_detail(item, why))
        self.plan: ImportPlan | None = None
        self._reading: PlanRunning | None = None
        self._pickers: dict[str, QComboBox] = {}
        self.setCommitPage(True)  # past this page the import runs; there is no going back
        # An Alt letter as Back and Next have, one that shows: the I's underline does not.
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("I&mport"))
        # ...and Alt+I as well, the letter the button's word starts with: the therapist tries it
        # first (found in the real app, where it did nothing). Active only while this page shows.
        QShortcut(QKeySequence("Alt+I"), self).activated.connect(
            lambda: self.wiz.button(QWizard.WizardButton.CommitButton).click())

    def initializePage(self) -> None:
        self.plan = None
        self.error.setText("")
        self.summary.setText(self.tr("Reading the export (nothing is written)…"))
        for tree in (self.created, self.ambiguous, self.skipped):
            tree.clear()
        self.detail.setText("")
        self._reading = import_running.plan(self.wiz.controller, plan_work(self.wiz.choice))
        self._reading.done.connect(self._read)
        self._reading.progressed.connect(self._reading_progressed)
        self.completeChanged.emit()

    def _reading_progressed(self, read: int, total: int) -> None:
        if self._reading is not None:  # not a count that arrives after Cancel or Back
            self.summary.setText(self.tr("Reading the export (nothing is written): {0} of {1} files read…")
                                 .format(count_said(read), count_said(total)))

    def stop_reading(self) -> None:
        """Back or Cancel during the dry run: it stops at the next file (it went on reading a
        folder of large scans for twenty seconds after Cancel, found in the real app)."""
        if self._reading is not None:
            self._reading.stop()
            self._reading = None

    def cleanupPage(self) -> None:
        self.stop_reading()
        super().cleanupPage()

    def _read(self, reading: PlanRunning, plan: ImportPlan | None, error: BaseException | None) -> None:
        if reading is not self._reading:
            return  # an earlier dry run (Back, then Next again)
        self._reading = None
        if error is not None:
            if not show_inline(self.error)(error):
                show_error(self, error)
            self.summary.setText("")
        elif plan is not None:
            self._planned(plan)

    def _planned(self, plan: ImportPlan) -> None:
        self.plan = plan
        data = plan.as_dict()["will_create"]
        self.summary.setText(
            self.tr("Will create {0} charts, {1} progress notes, {2} psychotherapy notes and {3} "
                    "documents. {4} ambiguous, {5} skipped, {6} already imported.")
                .format(*(count_said(n) for n in (data["charts"], data["progress_notes"], data["psychotherapy_notes"],
                                                  data["documents"], len(plan.ambiguous), len(plan.skipped),
                                                  plan.already_imported))))
        for chart in plan.charts:
            name = chart.name if chart.existing_client_id is None \
                else self.tr("{0} (existing chart)").format(chart.name)
            add_row(self.created, [name,
                                   show_date(chart.date_of_birth),
                                   str(chart.count("progress_note")), str(chart.count("psychotherapy_note")),
                                   str(chart.count("document"))], chart.source_key)
        births = {c.source_key.split(":", 1)[-1]: c for c in plan.charts}
        self._pickers = {}
        self.ambiguous.clear()
        for issue in plan.ambiguous:
            why = words_of(issue.reason)
            shown = neutralise(issue.path, keep_line_breaks=False)
            item = add_row(self.ambiguous, [shown, "", why], issue.path)
            import_ambiguous.mark_file_name(item, shown)
            item.setToolTip(0, shown)
            item.setToolTip(2, why)
            picker = QComboBox()
            picker.setAccessibleName(self.tr("File it under"))
            picker.addItem(self.tr("Leave it out"), "")
            for cand in issue.candidates:
                known = births.get(cand)
                born = show_date(known.date_of_birth) if known and known.date_of_birth else self.tr("no date of birth")
                name = known.name if known else self.tr("Contact")
                picker.addItem(self.tr("{0} (born {1}, id {2})").format(name, born, cand), cand)
            self.ambiguous.setItemWidget(item, 1, picker)
            self._pickers[issue.path] = picker
        _fill_issues(self.skipped, plan.skipped + plan.notices)
        row = max([p.sizeHint().height() for p in self._pickers.values()] + [self.fontMetrics().height() + 6])
        import_ambiguous.share_room(self._layout, self.created, self.ambiguous, self.skipped, row)
        self.completeChanged.emit()

    def _open_ambiguous(self) -> None:
        item = self.ambiguous.currentItem()
        if item is None or self.plan is None:
            return
        if not import_ambiguous.open_in_viewer(self.plan.root, str(item.data(0, Qt.ItemDataRole.UserRole))):
            self.detail.setText(self.tr("{0}: it could not be opened (moved or deleted since the dry run, or no "
                                        "program opens it).").format(item.text(0)))

    def _show_detail(self, item: QTreeWidgetItem | None, why: int) -> None:
        self.detail.setText("" if item is None else self.tr("{0}: {1}").format(item.text(0), item.text(why)))

    def assignments(self) -> dict[str, str]:
        return {path: str(p.currentData()) for path, p in self._pickers.items() if p.currentData()}

    def isComplete(self) -> bool:
        return self.plan is not None and (bool(self.plan.charts) or bool(self.assignments()))

    def validatePage(self) -> bool:
        self.wiz.choice.assignments = self.assignments()
        return True


class RunPage(QWizardPage):
    def __init__(self, wiz: ImportWizard) -> None:
        super().__init__()
        self.wiz = wiz
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(self.tr("Each chart is imported whole or not at all. Cancel stops after the current chart."))
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setAccessibleName(self.tr("Import progress"))
        self.counts = label("", "progressText")
        self.beside = label(QCoreApplication.translate(
            "ImportWizard",
            "You can go on working meanwhile: open charts and write notes; the new charts appear in the "
            "client list as they come in. Locking the vault stops the import between charts; running the "
            "same import again continues."), "calmNote")
        self.cancel_button = QPushButton(self.tr("Cancel import"))
        self.cancel_button.clicked.connect(self.cancel)
        self.error = label("", "errorText")
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.counts)
        layout.addWidget(self.beside)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.job: ImportRunning | None = None
        self.running = False

    def initializePage(self) -> None:
        self.bar.setValue(0)
        self.counts.setText(self.tr("Starting…"))
        self.error.setText("")
        self.cancel_button.setEnabled(True)
        choice = self.wiz.choice
        # The folder it reads (a CSV is one file, read whole before the first chart): should it
        # go (renamed, unplugged), the import ends with a report that says so, not the apology.
        folder = Path(choice.path) if choice.source != "csv" else None
        try:
            job = import_running.start(self.wiz.controller, import_work(choice), choice.source, folder)
        except VaultError as exc:
            self.error.setText(refusal_text(exc))  # by its code, in the screen's language
            return
        self.job = job
        self.running = True
        job.progressed.connect(self._progressed)
        job.ended.connect(self._ended)
        self.wiz.work_beside()

    def cancel(self) -> None:
        if self.job is None or not self.running:
            return
        self.job.job.cancel()
        self.cancel_button.setEnabled(False)
        # One sentence with a placeholder: a translation words the addition its own way.
        self.counts.setText(self.tr("{0} — cancelling after this chart…").format(self.counts.text()))

    def _progressed(self, fraction: float, text: str) -> None:
        self.bar.setValue(int(fraction * 1000))
        self.counts.setText(words_of(text))

    def _ended(self, report: ImportReport, error: BaseException | None) -> None:
        self.running = False
        self.cancel_button.setEnabled(False)
        if error is not None:
            self._stopped(report, error)
            self.completeChanged.emit()
            return
        self.wiz.report = report
        self.bar.setValue(1000)
        self.completeChanged.emit()
        self.wiz.next()

    def _stopped(self, report: ImportReport, error: BaseException) -> None:
        """An import that ended on an error: said on this page, not in a box over it (found:
        the page left at "Starting…" under "Something went wrong inside the app"). What stopped
        it (a refusal's own words; a bug's words never: they could quote the export), what is
        filed (whole charts: each is one transaction) and how to go on; Close ends the wizard."""
        why = refusal_text(error) if isinstance(error, VaultError) else self.tr(
            "Something unexpected went wrong inside the app.")
        # "Importing" and "Cancel stops after the current chart" no longer hold.
        self.setTitle(self.tr("Import stopped"))
        self.setSubTitle(self.tr("Each chart is imported whole or not at all."))
        self.counts.setText(self.tr("The import stopped. {0}").format(why))
        self.beside.setText(f"{import_running.came_in(report)} {import_running.run_again()}")
        self.cancel_button.hide()
        self.error.setText("")
        self.wiz.setButtonText(QWizard.WizardButton.CancelButton, self.tr("&Close"))

    def isComplete(self) -> bool:
        return not self.running and self.wiz.report is not None


class ReportPage(QWizardPage):
    def __init__(self, wiz: ImportWizard) -> None:
        super().__init__()
        self.wiz = wiz
        self.setTitle(self.tr("Import report"))
        self.summary = label("", "summary")
        self.issues = _scrolled_list(_capped(make_tree([self.tr("File, row or chart"), self.tr("What happened")],
                                                       self.tr("Not imported, or to know"))))
        import_ambiguous.keep_file_names(self.issues)  # as the review's skipped files (_fill_issues)
        self.reminder = label("", "calmNote")
        # How to go on after an import that stopped before its end (Cancel, the folder gone).
        self.next_step = label("", "nextStep")
        # What happened to the row under the keyboard, whole: the column cuts a long reason (a
        # refused chart's, in Spanish) and its tooltip needs a mouse. Its row says which one.
        self.detail = label("", "issueDetail")
        self.issues.currentItemChanged.connect(
            lambda item, _old: self.detail.setText("" if item is None else item.text(1)))
        layout = _scrolled(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.next_step)
        layout.addWidget(self.issues, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.reminder)

    def initializePage(self) -> None:
        report = self.wiz.report
        if report is None:
            return
        if report.source_gone:
            # How to go on is the line below (next_step), said once.
            head = self.tr("The import stopped: the export folder can no longer be read. Put it back; what came in "
                           "is kept whole.")
        elif report.cancelled:
            # Not "the charts below": the list below is what was NOT imported (found in the real app).
            head = self.tr("Cancelled between charts: the charts counted here came in whole.")
        else:
            head = self.tr("The import is done.")
        self.summary.setText(
            self.tr("{0} {1} charts created, {2} updated; {3} progress notes, {4} psychotherapy "
                    "notes, {5} documents. Each chart has one entry in the audit log.")
                .format(head, *(count_said(n) for n in (report.charts_created, report.charts_updated,
                                                        report.progress_notes, report.psychotherapy_notes,
                                                        report.documents))))
        self.detail.setText("")
        plan = self.wiz.review_page.plan
        charts = {c.source_key: c.name for c in plan.charts} if plan is not None else {}
        stopped = report.cancelled or report.source_gone
        self.next_step.setText(import_running.run_again() if stopped else "")
        self.next_step.setVisible(stopped)
        _fill_issues(self.issues, report.ambiguous + [_after_the_import(i) for i in report.skipped] + report.notices,
                     charts)
        # The services' PLAINTEXT_REMINDER (the command line says it), here in the screen's language.
        self.reminder.setText(self.tr(
            "The source folder still holds your records in plain text. Once you have checked the import, "
            "delete it and empty the trash; on an SSD or a synced folder deleted files can linger, so "
            "prefer keeping such exports only on an encrypted disk (FileVault, BitLocker, LUKS) and "
            "remove the copy in your downloads folder and any cloud sync too.") if self.wiz.choice.source != "csv"
            else self.tr("The CSV file still holds client names in plain text: delete it when you are done."))


def _after_the_import(issue: Issue) -> Issue:
    """The dry run's line for psychotherapy notes locked ("go Back to the first page and unlock
    them") is carried into the report, whose page has only Finish (found in the real app): there
    it says what is true, run the import again and unlock them on its first page."""
    if getattr(issue.reason, "code", "") != "import.psychotherapy_locked_export":
        return issue
    return Issue(issue.path, PSYCHOTHERAPY_LOCKED, issue.candidates)


class ImportWizard(QWizard):
    def __init__(self, controller: App, current_client: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        # The chart open when the wizard opened; a folder of PDFs' chart is still chosen by the therapist
        # (gui/import_source.SourcePage._charts_listed).
        self.current_client = current_client
        self.choice = Choice()
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Import — Therapy Vault"))
        self.setAccessibleName(self.tr("Import wizard"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        # The report comes after the import: nothing is left to cancel there (it offered Cancel).
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.source_page = SourcePage(self)
        self.review_page = ReviewPage(self)
        self.run_page = RunPage(self)
        self.report_page = ReportPage(self)
        for page in (self.source_page, self.review_page, self.run_page, self.report_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        # Browse…, the source's field labels and Unlock had no Alt letter (found in Spanish on Xvfb).
        give_wizard_mnemonics(self)
        # Bounded by the screen's room: 820x620 put Back, Next and Cancel below the edge of a
        # 1366x768 laptop at 125 % (found on Xvfb). 700 high: room for the ambiguous files'
        # rows on the review page at 1366x768 (it showed three).
        self.resize(size_in_screen(self, QSize(880, 700)))

    def work_beside(self) -> None:
        """The import runs beside the therapist's work: the wizard stops holding the main
        window (a window-modal dialog until now), so charts and notes stay usable."""
        if self.windowModality() != Qt.WindowModality.NonModal:
            self.hide()  # modality changes only when the window is shown again
            self.setWindowModality(Qt.WindowModality.NonModal)
            self.show()

    def reject(self) -> None:
        if self.run_page.running:  # closing mid-import: stop between charts, keep what is whole
            self.run_page.cancel()
            return
        self.review_page.stop_reading()
        super().reject()


__all__ = ["Choice", "ImportWizard", "import_work", "make_plan"]
