"""The import wizard's first page and what it chose: the source (a SimplePractice export,
a client-list CSV with its column mapping, or a folder of PDFs for one chart), and the
worker-side calls that plan and run each kind of import."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from vault_app.domain.errors import VaultError, WrongPassphrase
from vault_app.domain.names import neutralise
from vault_app.gui import file_dialogs
from vault_app.gui.background import show_inline
from vault_app.gui.chart_tabs import add_row, make_tree
from vault_app.gui.import_work import Choice, import_work, list_charts, make_plan, plan_work
from vault_app.gui.passphrase import PassphraseField
from vault_app.gui.refusal_words import refusal_text
from vault_app.gui.widgets import QT_TRANSLATE_NOOP, chooser_button, wrapped_label
from vault_app.services.importers.csv_clients import PRESETS, preview_csv
from vault_app.services.importers.simplepractice import check_folder

if TYPE_CHECKING:
    from vault_app.gui.seam import App

# Marked for translation here, translated where shown (SourcePage.tr).
SOURCES = (
    ("simplepractice", QT_TRANSLATE_NOOP("SourcePage", "SimplePractice “Export – Complete” (a folder)")),
    ("csv", QT_TRANSLATE_NOOP("SourcePage", "Client list (a CSV file)")),
    ("pdf-folder", QT_TRANSLATE_NOOP("SourcePage", "A folder of PDFs and scans, into one chart")),
)
DOCUMENT_KINDS = (
    ("stored_document", QT_TRANSLATE_NOOP("SourcePage", "Stored documents")),
    ("other", QT_TRANSLATE_NOOP("SourcePage", "Other")),
    ("consent", QT_TRANSLATE_NOOP("SourcePage", "Consent forms")),
    ("treatment_plan", QT_TRANSLATE_NOOP("SourcePage", "Treatment plans")),
    ("questionnaire", QT_TRANSLATE_NOOP("SourcePage", "Questionnaires")),
    ("billing", QT_TRANSLATE_NOOP("SourcePage", "Billing documents")),
)
CSV_PRESETS = (
    ("simplepractice", QT_TRANSLATE_NOOP("SourcePage", "SimplePractice client list")),
    ("therapynotes", QT_TRANSLATE_NOOP("SourcePage", "TherapyNotes patient list")),
    ("powerdiary", QT_TRANSLATE_NOOP("SourcePage", "Power Diary client export")),
    # Any other list, English or Spanish: its columns found by their names (importers/csv_headers.py).
    ("", QT_TRANSLATE_NOOP("SourcePage", "Another system (columns found by their names)")),
)
CSV_FIELDS = (
    ("name", QT_TRANSLATE_NOOP("SourcePage", "Full name")),
    ("first_name", QT_TRANSLATE_NOOP("SourcePage", "First name")),
    ("last_name", QT_TRANSLATE_NOOP("SourcePage", "Last name")),
    ("second_last_name", QT_TRANSLATE_NOOP("SourcePage", "Second last name")),
    ("date_of_birth", QT_TRANSLATE_NOOP("SourcePage", "Date of birth")),
    ("last_service", QT_TRANSLATE_NOOP("SourcePage", "Last date of service")),
    ("email", QT_TRANSLATE_NOOP("SourcePage", "E-mail")),
    ("phone", QT_TRANSLATE_NOOP("SourcePage", "Phone")),
    ("address", QT_TRANSLATE_NOOP("SourcePage", "Address")),
    ("id", QT_TRANSLATE_NOOP("SourcePage", "Id in the old system")),
)
# How the file writes dates like 03/04/1980: a preset's own order is chosen with it, and the
# therapist can say otherwise (a US system's list kept by a clinic abroad...).
DATE_ORDERS = (
    ("mdy", QT_TRANSLATE_NOOP("SourcePage", "Month/day/year (03/04/1980 is March 4)")),
    ("dmy", QT_TRANSLATE_NOOP("SourcePage", "Day/month/year (03/04/1980 is 3 April)")),
)
NOT_IN_FILE = QT_TRANSLATE_NOOP("SourcePage", "(not in the file)")
# The file's columns no field takes (a notes column, a second phone...): said, not left out unseen.
UNUSED = QT_TRANSLATE_NOOP("SourcePage", "Columns that go into no chart: {0}")
# Rows of the file the preview shows: more than a tall page holds (it read five, and a page
# given the room showed them over blank lines). The whole file is read for its columns anyway.
PREVIEW_ROWS = 60


def read_columns(path: str, preset: str) -> Any:
    """Worker side: the CSV's columns, the preset's picks and the first rows (no vault needed,
    but file reading stays off the GUI thread)."""

    return preview_csv(Path(path), preset=preset or None, rows=PREVIEW_ROWS, require_name=False)


def preset_order(preset: str, current: str) -> str:
    """The date order a preset's list writes; another system's: as chosen (`current`)."""
    return PRESETS[preset].date_order if preset in PRESETS else current


# How long after the last key the typed CSV path is read.
TYPING_PAUSE_MS = 400


def label(text: str = "", name: str = "") -> QLabel:
    return wrapped_label(text, name, selectable=True)


class ImportHost(Protocol):
    """What the source page uses of its wizard (gui/import_wizard.ImportWizard)."""

    controller: App
    choice: Choice


class SourcePage(QWizardPage):
    def __init__(self, wiz: ImportHost) -> None:
        super().__init__()
        self.wiz = wiz
        self.setTitle(self.tr("Bring a practice in"))
        self.setSubTitle(self.tr("Choose what to import. Nothing is written until you have reviewed a dry run."))
        self.source = QComboBox()
        self.source.setAccessibleName(self.tr("Import from"))
        for key, text in SOURCES:
            self.source.addItem(self.tr(text), key)
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Folder or file to import"))
        browse = chooser_button(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.preset = QComboBox()
        self.preset.setAccessibleName(self.tr("CSV preset"))
        for key, text in CSV_PRESETS:
            self.preset.addItem(self.tr(text), key)
        self.date_order = QComboBox()
        self.date_order.setAccessibleName(self.tr("Dates written as"))
        for key, text in DATE_ORDERS:
            self.date_order.addItem(self.tr(text), key)
        self.date_order.setCurrentIndex(self.date_order.findData(preset_order(str(self.preset.currentData()), "mdy")))
        self.mapping_box = QWidget()
        # Two columns of choices (names and dates, then contact details): nine rows of them
        # left the file's preview three rows tall on a 1000x750 screen (found in the real app).
        mapping_grid = QGridLayout(self.mapping_box)
        mapping_grid.setContentsMargins(0, 0, 0, 0)
        mapping_grid.setColumnStretch(1, 1)
        mapping_grid.setColumnStretch(3, 1)
        self.field_boxes: dict[str, QComboBox] = {}
        down = -(-len(CSV_FIELDS) // 2)
        for i, (key, title) in enumerate(CSV_FIELDS):
            box = QComboBox()
            box.setAccessibleName(self.tr("Column for: {0}").format(self.tr(title)))
            box.addItem(self.tr(NOT_IN_FILE), "")
            # A long column name in the file widens the list, not the page and the wizard.
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(12)
            self.field_boxes[key] = box
            caption = QLabel(self.tr("{0}:").format(self.tr(title)))
            caption.setBuddy(box)
            mapping_grid.addWidget(caption, i % down, 2 * (i // down))
            mapping_grid.addWidget(box, i % down, 2 * (i // down) + 1)
        self.csv_preview = make_tree([self.tr(t) for _k, t in CSV_FIELDS], self.tr("First rows, as mapped"))
        self.csv_error = label("", "errorText")
        self.csv_unused = label("", "calmNote")
        self.chart = QComboBox()
        self.chart.setAccessibleName(self.tr("Chart the documents go into"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of documents"))
        for key, text in DOCUMENT_KINDS:
            self.kind.addItem(self.tr(text), key)
        self.folder_box = QWidget()
        folder_form = QFormLayout(self.folder_box)
        folder_form.setContentsMargins(0, 0, 0, 0)
        folder_form.addRow(self.tr("Into the chart of:"), self.chart)
        folder_form.addRow(self.tr("As:"), self.kind)
        # Why Next stays greyed out: no chart is chosen until the therapist chooses one.
        self.chart_needed = label(self.tr("Choose the chart the documents go into: Next waits for it."), "errorText")
        folder_form.addRow(self.chart_needed)
        self.chart.currentIndexChanged.connect(lambda _i: self._chart_chosen())
        self.psy_note = label("", "calmNote")
        # The import asks for the psychotherapy unlock itself (their notes go only there).
        self.psy_passphrase = PassphraseField(self.tr("Passphrase"), self.tr("Passphrase for psychotherapy notes"))
        self.psy_button = QPushButton(self.tr("Unlock psychotherapy notes"))
        self.psy_button.clicked.connect(self._unlock_psychotherapy)
        self.psy_passphrase.on_enter(self._unlock_psychotherapy)
        self.psy_message = label("", "errorText")
        self.psy_row = QWidget()
        psy_layout = QHBoxLayout(self.psy_row)
        psy_layout.setContentsMargins(0, 0, 0, 0)
        psy_layout.addWidget(self.psy_passphrase, 1)
        psy_layout.addWidget(self.psy_button)
        form = QFormLayout()
        form.addRow(self.tr("Import from:"), self.source)
        # A label with its field as buddy: give_wizard_mnemonics gives it an Alt letter (a row
        # of field and button had none).
        location = QLabel(self.tr("Location:"))
        location.setBuddy(self.path)
        form.addRow(location, row)
        form.addRow(self.tr("Columns:"), self.preset)
        form.addRow(self.tr("Dates written as:"), self.date_order)
        # Why the chosen location is not an export (a ZIP not unzipped, a file, no such folder):
        # said here, where it is chosen, not on the review page over three empty lists (found
        # in Spanish on Xvfb, walk-move finding 12).
        self.path_error = label("", "errorText")
        form.addRow(self.path_error)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.psy_note)
        layout.addWidget(self.psy_row)
        layout.addWidget(self.psy_message)
        layout.addWidget(self.folder_box)
        layout.addWidget(self.mapping_box)
        # The preview takes the page's spare height (it was a fixed 120 pixels, and a stretch
        # under it took the rest); with another source it is hidden and the stretch takes it.
        layout.addWidget(self.csv_preview, 1)
        layout.addWidget(self.csv_unused)
        layout.addWidget(self.csv_error)
        layout.addStretch(0)
        wiz.controller.psychotherapy_changed.connect(lambda _open: self._source_changed())
        self.source.currentIndexChanged.connect(lambda _i: self._source_changed())
        self.path.textChanged.connect(self.completeChanged)
        self.path.textChanged.connect(lambda _text: self.path_error.setText(""))
        self.path.editingFinished.connect(self.read_columns)
        # A CSV is read as its path is typed (a short pause after the last key), as other path
        # fields check theirs: a file that cannot be read is said without leaving the field.
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.read_columns)
        self.path.textEdited.connect(lambda _text: self._typing.start())
        self.preset.currentIndexChanged.connect(lambda _i: self._preset_changed())
        for box in self.field_boxes.values():
            box.currentIndexChanged.connect(lambda _i: self._show_rows())
        self._rows: list[dict[str, str]] = []
        self._columns: tuple[str, ...] = ()
        self._source_changed()

    def _source_changed(self) -> None:
        csv = self.source.currentData() == "csv"
        self.preset.setEnabled(csv)
        self.date_order.setEnabled(csv)
        folder = self.source.currentData() == "pdf-folder"
        self.folder_box.setVisible(folder)
        self.chart_needed.setVisible(folder and not self.chart.currentData())
        if folder and not self.chart.count():
            self.wiz.controller.query(self, list_charts).success(self._charts_listed).run()
        self.psy_row.setVisible(self.source.currentData() == "simplepractice"
                                and not self.wiz.controller.psychotherapy_open)
        for widget in (self.mapping_box, self.csv_preview, self.csv_error):
            widget.setVisible(csv)
        self.csv_unused.setVisible(csv and bool(self.csv_unused.text()))
        if csv:
            self.read_columns()
        if folder:
            self.psy_note.setText(self.tr("Every PDF, PNG and JPEG in the folder (and its subfolders) becomes a "
                                          "document of the chart; dates come from the file names, else from the "
                                          "PDF. The text of PDFs is searchable."))
        elif csv:
            self.psy_note.setText(self.tr("A client list creates charts (name, date of birth, contact details and "
                                          "the last date of service, which starts the retention clock)."))
        elif self.wiz.controller.psychotherapy_open:
            self.psy_note.setText(self.tr("Psychotherapy notes will go into the psychotherapy compartment only."))
        else:
            self.psy_note.setText(self.tr("The psychotherapy notes are locked: psychotherapy notes in the export "
                                          "would be listed as skipped. Unlock them here to bring them in (running "
                                          "the import again later adds only what is missing)."))
        self.completeChanged.emit()

    def _charts_listed(self, charts: list[tuple[str, str]]) -> None:
        """The list starts on "Choose the chart…", nothing chosen, even with a chart open: it
        started on the first chart (or the last one opened), and sixty documents could go into
        the wrong chart unnoticed (found in the real app)."""
        self.chart.clear()
        self.chart.addItem(self.tr("Choose the chart…"), "")
        for client_id, text in charts:
            self.chart.addItem(text, client_id)
        self.chart.setCurrentIndex(0)
        self._chart_chosen()

    def _chart_chosen(self) -> None:
        self.chart_needed.setVisible(self.source.currentData() == "pdf-folder" and not self.chart.currentData())
        self.completeChanged.emit()

    # --- CSV: the column-mapping preview ------------------------------------------------
    def _preset_changed(self) -> None:
        order = preset_order(str(self.preset.currentData()), str(self.date_order.currentData()))
        self.date_order.setCurrentIndex(self.date_order.findData(order))
        self.read_columns()

    def read_columns(self) -> None:
        path = self.path.text().strip()
        if self.source.currentData() != "csv" or not path:
            return
        self.csv_error.setText("")
        # What the last file had is no longer this file's: Next waits for these columns.
        self._columns, self._rows = (), []
        self._show_rows()
        preset = str(self.preset.currentData())
        said = show_inline(self.csv_error)

        def read(preview: Any) -> None:
            if self.path.text().strip() == path:  # else typed on since: that file is read in turn
                self._columns_read(preview)

        def failed(exc: BaseException) -> bool:
            return self.path.text().strip() != path or said(exc)

        self.wiz.controller.query(self, lambda _v: read_columns(path, preset), label=self.tr("Reading the file…")) \
            .success(read).failure(failed).run()

    def _columns_read(self, preview: Any) -> None:
        self._columns, self._rows = tuple(preview.columns), [dict(r) for r in preview.raw_rows]
        for key, box in self.field_boxes.items():
            box.blockSignals(True)
            box.clear()
            box.addItem(self.tr(NOT_IN_FILE), "")
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
        chosen = set(self.mapping().values())
        unused = [neutralise(c, keep_line_breaks=False) for c in self._columns if c not in chosen]
        self.csv_unused.setText(self.tr(UNUSED).format(", ".join(unused)) if unused else "")
        self.csv_unused.setVisible(bool(unused) and self.source.currentData() == "csv")
        # Next stays greyed out until a name is mapped: said, not left to guess (found in the
        # real app with a file whose columns the preset did not know).
        if self._columns and not self._named():
            self.csv_error.setText(self.tr(
                "Choose the column that holds the client's full name, or the columns of the first and last "
                "names: without a name no chart can be made."))
        elif self._columns:
            self.csv_error.setText("")
        self.completeChanged.emit()

    def _named(self) -> bool:
        chosen = self.mapping()
        return "name" in chosen or {"first_name", "last_name"} <= set(chosen)

    def _unlock_psychotherapy(self) -> None:
        phrase = self.psy_passphrase.text()
        if not phrase:  # Enter on an empty field: say what is missing rather than nothing
            self.psy_message.setText(self.tr("Type your passphrase to unlock the psychotherapy notes."))
            return
        self.psy_message.setText("")

        def failed(exc: BaseException) -> bool:
            if isinstance(exc, WrongPassphrase):
                self.psy_message.setText(self.tr("That passphrase is not right."))
                return True
            return False

        self.wiz.controller.unlock_psychotherapy(self, phrase, on_error=failed)
        self.psy_passphrase.clear()

    def _browse(self) -> None:
        if self.source.currentData() == "csv":
            chosen = file_dialogs.open_file(self, self.tr("Choose the client list"), str(Path.home()),
                                            self.tr("CSV files (*.csv)"))
        else:
            chosen = file_dialogs.existing_directory(self, self.tr("Choose the folder"), str(Path.home()))
        if chosen:
            self.path.setText(chosen)

    def isComplete(self) -> bool:
        if self.source.currentData() == "csv":
            return bool(self.path.text().strip()) and bool(self._columns) and self._named()
        if self.source.currentData() == "pdf-folder":
            return bool(self.path.text().strip()) and bool(self.chart.currentData())
        return bool(self.path.text().strip())

    def _is_export(self) -> bool:
        """The location is an export's folder; else why not, under the field (a few file-system
        checks: the ZIP's is its last bytes, never unpacked)."""
        try:
            check_folder(Path(self.path.text().strip()))
        except VaultError as exc:
            self.path_error.setText(refusal_text(exc))  # by its code, in the screen's language
            self.path.setFocus()
            return False
        self.path_error.setText("")
        return True

    def validatePage(self) -> bool:
        if self.source.currentData() == "pdf-folder" and not self.chart.currentData():
            self._chart_chosen()  # said, and refused: no folder goes in without its chart chosen
            return False
        if self.source.currentData() == "simplepractice" and not self._is_export():
            return False
        preset = str(self.preset.currentData())
        csv = self.source.currentData() == "csv"
        self.wiz.choice = Choice(str(self.source.currentData()), self.path.text().strip(), preset,
                                 mapping=self.mapping() if csv else {}, date_order=str(self.date_order.currentData()),
                                 client_id=str(self.chart.currentData() or ""),
                                 kind=str(self.kind.currentData()))
        return True


__all__ = ["CSV_FIELDS", "DATE_ORDERS", "SOURCES", "Choice", "SourcePage", "import_work", "label", "make_plan",
           "plan_work"]
