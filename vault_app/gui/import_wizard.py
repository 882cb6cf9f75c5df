"""Import a practice: choose the source -> review the dry run (created / ambiguous / skipped)
-> run with progress counts and Cancel (honoured between charts) -> report.

Every vault call goes through the controller (a query for the dry run, an op for the
import), on the worker thread. Progress comes back through a Qt signal (queued onto the GUI
thread) so the page shows it inline and its Cancel button stays usable.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from vault_app.gui import file_dialogs
from vault_app.gui.background import show_inline
from vault_app.gui.chart_tabs import add_row, make_tree
from vault_app.gui.passphrase import PassphraseField

if TYPE_CHECKING:
    from vault_app.gui.controller import AppController
    from vault_app.services.importers.plan import ImportPlan, ImportReport
    from vault_app.services.vault import Vault

SOURCES = (("simplepractice", "SimplePractice “Export – Complete” (a folder)"), ("csv", "Client list (a CSV file)"))
CSV_PRESETS = (("simplepractice", "SimplePractice client list"), ("therapynotes", "TherapyNotes patient list"),
               ("powerdiary", "Power Diary client export"))
CSV_FIELDS = (("name", "Full name"), ("first_name", "First name"), ("last_name", "Last name"),
              ("date_of_birth", "Date of birth"), ("last_service", "Last date of service"), ("email", "E-mail"),
              ("phone", "Phone"), ("address", "Address"), ("id", "Id in the old system"))
NOT_IN_FILE = "(not in the file)"


def read_columns(path: str, preset: str) -> Any:
    """Worker side: the CSV's columns, the preset's picks and the first rows (no vault needed,
    but file reading stays off the GUI thread)."""
    from vault_app.services.importers.csv_clients import preview_csv

    return preview_csv(Path(path), preset=preset, require_name=False)


@dataclass
class Choice:
    """What the first page chose; the later pages read it."""

    source: str = "simplepractice"
    path: str = ""
    preset: str = "simplepractice"
    assignments: dict[str, str] = field(default_factory=dict)
    mapping: dict[str, str] = field(default_factory=dict)  # CSV: field -> column, as the therapist set it
    date_order: str = "mdy"


def make_plan(vault: Vault, choice: Choice) -> ImportPlan:
    """Worker side: the dry run for the chosen source."""
    if choice.source == "csv":
        from vault_app.services.importers.csv_clients import plan_csv

        if choice.mapping:  # the mapping screen's choice is complete: no preset on top of it
            return plan_csv(vault, Path(choice.path), mapping=choice.mapping, date_order=choice.date_order)
        return plan_csv(vault, Path(choice.path), preset=choice.preset)
    from vault_app.services.importers.simplepractice import plan_simplepractice

    return plan_simplepractice(vault, Path(choice.path), assignments=choice.assignments)


def run_import(vault: Vault, choice: Choice, progress: Any, cancelled: Any) -> ImportReport:
    """Worker side: the import itself (one chart per transaction; cancel between charts)."""
    if choice.source == "csv":
        from vault_app.services.importers.csv_clients import import_csv

        if choice.mapping:
            return import_csv(vault, Path(choice.path), mapping=choice.mapping, date_order=choice.date_order,
                              progress=progress, cancelled=cancelled)
        return import_csv(vault, Path(choice.path), preset=choice.preset, progress=progress, cancelled=cancelled)
    from vault_app.services.importers.simplepractice import import_simplepractice

    return import_simplepractice(vault, Path(choice.path), assignments=choice.assignments, progress=progress,
                                 cancelled=cancelled)


def _label(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


def _fill_issues(tree: QTreeWidget, issues: list[Any]) -> None:
    tree.clear()
    for issue in issues:
        item = add_row(tree, [issue.path, issue.reason], issue.path)
        for column in (0, 1):  # long paths and reasons: the whole text on hover
            item.setToolTip(column, item.text(column))


class SourcePage(QWizardPage):
    def __init__(self, wiz: ImportWizard) -> None:
        super().__init__()
        self.wiz = wiz
        self.setTitle("Bring a practice in")
        self.setSubTitle("Choose what to import. Nothing is written until you have reviewed a dry run.")
        self.source = QComboBox()
        self.source.setAccessibleName("Import from")
        for key, text in SOURCES:
            self.source.addItem(text, key)
        self.path = QLineEdit()
        self.path.setAccessibleName("Folder or file to import")
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.preset = QComboBox()
        self.preset.setAccessibleName("CSV preset")
        for key, text in CSV_PRESETS:
            self.preset.addItem(text, key)
        self.mapping_box = QWidget()
        mapping_form = QFormLayout(self.mapping_box)
        mapping_form.setContentsMargins(0, 0, 0, 0)
        self.field_boxes: dict[str, QComboBox] = {}
        for key, title in CSV_FIELDS:
            box = QComboBox()
            box.setAccessibleName(f"Column for {title.lower()}")
            box.addItem(NOT_IN_FILE, "")
            self.field_boxes[key] = box
            mapping_form.addRow(f"{title}:", box)
        self.csv_preview = make_tree([t for _k, t in CSV_FIELDS], "First rows, as mapped")
        self.csv_preview.setMaximumHeight(120)
        self.csv_error = _label("", "errorText")
        self.psy_note = _label("", "calmNote")
        # The import asks for the psychotherapy unlock itself (their notes go only there).
        self.psy_passphrase = PassphraseField("Passphrase", "Passphrase for psychotherapy notes")
        self.psy_button = QPushButton("Unlock psychotherapy notes")
        self.psy_button.clicked.connect(self._unlock_psychotherapy)
        self.psy_message = _label("", "errorText")
        self.psy_row = QWidget()
        psy_layout = QHBoxLayout(self.psy_row)
        psy_layout.setContentsMargins(0, 0, 0, 0)
        psy_layout.addWidget(self.psy_passphrase, 1)
        psy_layout.addWidget(self.psy_button)
        form = QFormLayout()
        form.addRow("Import from:", self.source)
        form.addRow("Location:", row)
        form.addRow("Columns:", self.preset)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.psy_note)
        layout.addWidget(self.psy_row)
        layout.addWidget(self.psy_message)
        layout.addWidget(self.mapping_box)
        layout.addWidget(self.csv_preview)
        layout.addWidget(self.csv_error)
        layout.addStretch(1)
        wiz.controller.psychotherapy_changed.connect(lambda _open: self._source_changed())
        self.source.currentIndexChanged.connect(lambda _i: self._source_changed())
        self.path.textChanged.connect(self.completeChanged)
        self.path.editingFinished.connect(self.read_columns)
        self.preset.currentIndexChanged.connect(lambda _i: self.read_columns())
        for box in self.field_boxes.values():
            box.currentIndexChanged.connect(lambda _i: self._show_rows())
        self._rows: list[dict[str, str]] = []
        self._columns: tuple[str, ...] = ()
        self._source_changed()

    def _source_changed(self) -> None:
        csv = self.source.currentData() == "csv"
        self.preset.setEnabled(csv)
        self.psy_row.setVisible(not csv and not self.wiz.controller.psychotherapy_open)
        for widget in (self.mapping_box, self.csv_preview, self.csv_error):
            widget.setVisible(csv)
        if csv:
            self.read_columns()
        if csv:
            self.psy_note.setText("A client list creates charts (name, date of birth, contact details and the last "
                                  "date of service, which starts the retention clock).")
        elif self.wiz.controller.psychotherapy_open:
            self.psy_note.setText("Psychotherapy notes will go into the psychotherapy compartment only.")
        else:
            self.psy_note.setText("The psychotherapy notes are locked: psychotherapy notes in the export would be "
                                  "listed as skipped. Unlock them here to bring them in (running the import again "
                                  "later adds only what is missing).")
        self.completeChanged.emit()

    # --- CSV: the column-mapping preview ------------------------------------------------
    def read_columns(self) -> None:
        path = self.path.text().strip()
        if self.source.currentData() != "csv" or not path:
            return
        self.csv_error.setText("")
        preset = str(self.preset.currentData())
        self.wiz.controller.query(self, lambda _v: read_columns(path, preset), label="Reading the file…") \
            .success(self._columns_read).failure(show_inline(self.csv_error)).run()

    def _columns_read(self, preview: Any) -> None:
        self._columns, self._rows = tuple(preview.columns), [dict(r) for r in preview.raw_rows]
        for key, box in self.field_boxes.items():
            box.blockSignals(True)
            box.clear()
            box.addItem(NOT_IN_FILE, "")
            for column in self._columns:
                box.addItem(column, column)
            box.setCurrentIndex(max(0, box.findData(preview.mapping.get(key, ""))))
            box.blockSignals(False)
        self._show_rows()
        self.completeChanged.emit()

    def mapping(self) -> dict[str, str]:
        return {key: str(box.currentData()) for key, box in self.field_boxes.items() if box.currentData()}

    def _show_rows(self) -> None:
        """The file's first rows under the fields, as the chosen columns map them."""
        self.csv_preview.clear()
        for row in self._rows:
            add_row(self.csv_preview, [row.get(str(self.field_boxes[key].currentData()), "")
                                       for key, _title in CSV_FIELDS])
        self.completeChanged.emit()

    def _unlock_psychotherapy(self) -> None:
        phrase = self.psy_passphrase.text()
        if not phrase:
            return
        self.psy_message.setText("")

        def failed(exc: BaseException) -> bool:
            from vault_app.domain.errors import WrongPassphrase

            if isinstance(exc, WrongPassphrase):
                self.psy_message.setText("That passphrase is not right.")
                return True
            return False

        self.wiz.controller.unlock_psychotherapy(self, phrase, on_error=failed)
        self.psy_passphrase.clear()

    def _browse(self) -> None:
        if self.source.currentData() == "csv":
            chosen = file_dialogs.open_file(self, "Choose the client list", str(Path.home()), "CSV files (*.csv)")
        else:
            chosen = file_dialogs.existing_directory(self, "Choose the unzipped export folder", str(Path.home()))
        if chosen:
            self.path.setText(chosen)

    def isComplete(self) -> bool:
        if self.source.currentData() == "csv":
            chosen = self.mapping()
            named = "name" in chosen or {"first_name", "last_name"} <= set(chosen)
            return bool(self.path.text().strip()) and bool(self._columns) and named
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:
        from vault_app.services.importers.csv_clients import PRESETS

        preset = str(self.preset.currentData())
        csv = self.source.currentData() == "csv"
        self.wiz.choice = Choice(str(self.source.currentData()), self.path.text().strip(), preset,
                                 mapping=self.mapping() if csv else {}, date_order=PRESETS[preset].date_order)
        return True


class ReviewPage(QWizardPage):
    def __init__(self, wiz: ImportWizard) -> None:
        super().__init__()
        self.wiz = wiz
        self.setTitle("Review the dry run")
        self.setSubTitle("This is what the import will do. Nothing has been written yet.")
        self.summary = _label("Reading…", "summary")
        self.error = _label("", "errorText")
        self.created = make_tree(["Chart", "Born", "Progress notes", "Psychotherapy notes", "Documents"],
                                 "Will be created")
        self.ambiguous = make_tree(["File", "File it under", "Why"], "Ambiguous files")
        self.skipped = make_tree(["File", "Why"], "Will be skipped")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(_label("Will be created:"))
        layout.addWidget(self.created, 2)
        layout.addWidget(_label("Ambiguous (choose the chart, or leave it out):"))
        layout.addWidget(self.ambiguous, 1)
        layout.addWidget(_label("Will be skipped, or to know:"))
        layout.addWidget(self.skipped, 1)
        self.plan: ImportPlan | None = None
        self._pickers: dict[str, QComboBox] = {}
        self.setCommitPage(True)  # past this page the import runs; there is no going back
        self.setButtonText(QWizard.WizardButton.CommitButton, "Import")

    def initializePage(self) -> None:
        self.plan = None
        self.error.setText("")
        self.summary.setText("Reading the export (nothing is written)…")
        for tree in (self.created, self.ambiguous, self.skipped):
            tree.clear()
        choice = self.wiz.choice
        self.wiz.controller.query(self, lambda v: make_plan(v, choice), label="Reading the export…") \
            .success(self._planned).failure(show_inline(self.error)).run()
        self.completeChanged.emit()

    def _planned(self, plan: ImportPlan) -> None:
        self.plan = plan
        data = plan.as_dict()["will_create"]
        self.summary.setText(
            f"Will create {data['charts']} charts, {data['progress_notes']} progress notes, "
            f"{data['psychotherapy_notes']} psychotherapy notes and {data['documents']} documents. "
            f"{len(plan.ambiguous)} ambiguous, {len(plan.skipped)} skipped, "
            f"{plan.already_imported} already imported.")
        for chart in plan.charts:
            add_row(self.created, [chart.name + ("" if chart.existing_client_id is None else " (existing chart)"),
                                   chart.date_of_birth.isoformat() if chart.date_of_birth else "",
                                   str(chart.count("progress_note")), str(chart.count("psychotherapy_note")),
                                   str(chart.count("document"))], chart.source_key)
        births = {c.source_key.split(":", 1)[-1]: c for c in plan.charts}
        self._pickers = {}
        self.ambiguous.clear()
        for issue in plan.ambiguous:
            item = add_row(self.ambiguous, [issue.path, "", issue.reason], issue.path)
            item.setToolTip(0, issue.path)
            item.setToolTip(2, issue.reason)
            picker = QComboBox()
            picker.setAccessibleName("File it under")
            picker.addItem("Leave it out", "")
            for cand in issue.candidates:
                chart = births.get(cand)
                born = chart.date_of_birth.isoformat() if chart and chart.date_of_birth else "no date of birth"
                picker.addItem(f"{chart.name if chart else 'Contact'} (born {born}, id {cand})", cand)
            self.ambiguous.setItemWidget(item, 1, picker)
            self._pickers[issue.path] = picker
        _fill_issues(self.skipped, plan.skipped + plan.notices)
        self.completeChanged.emit()

    def assignments(self) -> dict[str, str]:
        return {path: str(p.currentData()) for path, p in self._pickers.items() if p.currentData()}

    def isComplete(self) -> bool:
        return self.plan is not None and (bool(self.plan.charts) or bool(self.assignments()))

    def validatePage(self) -> bool:
        self.wiz.choice.assignments = self.assignments()
        return True


class _Relay(QObject):
    """Carries progress from the worker thread to the page (a queued signal)."""

    progressed = Signal(float, str)


class RunPage(QWizardPage):
    def __init__(self, wiz: ImportWizard) -> None:
        super().__init__()
        self.wiz = wiz
        self.setTitle("Importing")
        self.setSubTitle("Each chart is imported whole or not at all. Cancel stops after the current chart.")
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setAccessibleName("Import progress")
        self.counts = _label("", "progressText")
        self.cancel_button = QPushButton("Cancel import")
        self.cancel_button.clicked.connect(self.cancel)
        self.error = _label("", "errorText")
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.counts)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.relay = _Relay(self)
        self.relay.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        self._cancel = threading.Event()
        self.running = False

    def initializePage(self) -> None:
        self._cancel = threading.Event()
        self.bar.setValue(0)
        self.counts.setText("Starting…")
        self.error.setText("")
        self.cancel_button.setEnabled(True)
        self.running = True
        choice, relay, event = self.wiz.choice, self.relay, self._cancel
        self.wiz.controller.op(self, lambda v: run_import(v, choice, relay.progressed.emit, event.is_set)) \
            .success(self._done).failure(show_inline(self.error)).finally_(self._stopped).run()

    def cancel(self) -> None:
        self._cancel.set()
        self.cancel_button.setEnabled(False)
        self.counts.setText(self.counts.text() + " — cancelling after this chart…")

    def _progressed(self, fraction: float, text: str) -> None:
        self.bar.setValue(int(fraction * 1000))
        self.counts.setText(text)

    def _stopped(self) -> None:
        self.running = False
        self.cancel_button.setEnabled(False)
        self.completeChanged.emit()

    def _done(self, report: ImportReport) -> None:
        self.wiz.report = report
        self.bar.setValue(1000)
        self.running = False
        self.completeChanged.emit()
        self.wiz.next()

    def isComplete(self) -> bool:
        return not self.running and self.wiz.report is not None


class ReportPage(QWizardPage):
    def __init__(self, wiz: ImportWizard) -> None:
        super().__init__()
        self.wiz = wiz
        self.setTitle("Import report")
        self.summary = _label("", "summary")
        self.issues = make_tree(["File", "What happened"], "Not imported, or to know")
        self.reminder = _label("", "calmNote")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.issues, 1)
        layout.addWidget(self.reminder)

    def initializePage(self) -> None:
        from vault_app.services.importers.plan import PLAINTEXT_REMINDER

        report = self.wiz.report
        if report is None:
            return
        head = "Cancelled between charts: the charts below were imported whole." if report.cancelled else \
            "The import is done."
        self.summary.setText(
            f"{head} {report.charts_created} charts created, {report.charts_updated} updated; "
            f"{report.progress_notes} progress notes, {report.psychotherapy_notes} psychotherapy notes, "
            f"{report.documents} documents. Each chart has one entry in the audit log.")
        _fill_issues(self.issues, report.ambiguous + report.skipped + report.notices)
        self.reminder.setText(PLAINTEXT_REMINDER if self.wiz.choice.source != "csv" else
                              "The CSV file still holds client names in plain text: delete it when you are done.")


class ImportWizard(QWizard):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.choice = Choice()
        self.report: ImportReport | None = None
        self.setWindowTitle("Import — Therapy Vault")
        self.setAccessibleName("Import wizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.source_page = SourcePage(self)
        self.review_page = ReviewPage(self)
        self.run_page = RunPage(self)
        self.report_page = ReportPage(self)
        for page in (self.source_page, self.review_page, self.run_page, self.report_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.NextButton, "Next >")
        self.resize(820, 620)

    def reject(self) -> None:
        if self.run_page.running:  # closing mid-import: stop between charts, keep what is whole
            self.run_page.cancel()
            return
        super().reject()


__all__ = ["Choice", "ImportWizard", "make_plan", "run_import"]
