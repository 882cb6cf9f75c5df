"""Records > Notices of closure to clients…: a retiring therapist enters once the day the practice
closes, who keeps the records and how to reach them, and her referrals, and the app writes every
active client's notice (services/closure_notice.write_all): one password-protected PDF each in the
folder chosen, in the client's letter language, to whoever receives the client's mail, each recorded
on its chart's History. Written on the worker thread, with its progress: a caseload of a hundred
letters never holds the window.

Found by a walker: a discharge cancels the later appointments and says "Let the client know", but a
practice that closes had no letter to give its clients (docs/closing-a-practice.md)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vault_app.domain.closure_notice import REFERRALS_MAX, checked_details
from vault_app.domain.errors import VaultError
from vault_app.gui.closure_notice_told import skipped, told_first
from vault_app.gui.date_field import date_picker, unfinished_date
from vault_app.gui.down_only_scroll import DownOnlyScrollArea
from vault_app.gui.escape_guard import GuardedDialog
from vault_app.gui.file_dialogs import existing_directory
from vault_app.gui.forms import PasswordPair
from vault_app.gui.output_folder import last_folder, remember
from vault_app.gui.refusal_words import refusal_text
from vault_app.gui.screen_fit import size_in_screen
from vault_app.gui.widgets import chooser_button, chooser_row, give_form_mnemonics, leaves_by_tab
from vault_app.gui.window_once import brought_forward
from vault_app.services import closure_notice
from vault_app.services.closure_notice import Preview

if TYPE_CHECKING:
    from vault_app.gui.background import Progress
    from vault_app.gui.seam import App
    from vault_app.services.closure_notice import Run, ToTell
    from vault_app.services.vault import Vault


class ClosureNoticeDialog(GuardedDialog):
    def __init__(self, controller: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.folder_written: Path | None = None
        # The letters that go otherwise than by mail, as the window listed them (services/closure_notice.to_tell).
        self.told: ToTell = frozenset()
        self.setWindowTitle(self.tr("Notices of closure to clients"))
        self.setObjectName("closureNoticeDialog")
        intro = QLabel(self.tr(
            "One letter for each active client, in the client's letter language, to whoever receives the client's "
            "mail (a minor's parent or guardian, a deceased client's executor). Each says the day the practice "
            "closes, the last session, who keeps the records and until when, how to ask for a copy (45 CFR "
            "164.524) and your referrals, and is recorded on the chart's History."))
        intro.setObjectName("calmNote")
        intro.setWordWrap(True)
        self.closes_on = date_picker(self.tr("The practice closes on"), QDate.currentDate().addMonths(1))
        self.custodian_name = QLineEdit()
        self.custodian_name.setAccessibleName(self.tr("Who keeps the records"))
        self.custodian_name.setPlaceholderText(self.tr("e.g. Dr. Sam Rivera, PsyD"))
        self.custodian_contact = QLineEdit()
        self.custodian_contact.setAccessibleName(self.tr("How clients reach them"))
        self.custodian_contact.setPlaceholderText(self.tr("telephone, address or e-mail, on one line"))
        self.referrals = leaves_by_tab(QPlainTextEdit())
        self.referrals.setAccessibleName(self.tr("Referrals"))
        self.referrals.setPlaceholderText(self.tr("Clinicians or services clients may go on with, one a line "
                                                  "(optional)"))
        self.referrals.setFixedHeight(self.referrals.fontMetrics().lineSpacing() * 5 + 12)
        self.passwords = PasswordPair()
        # The folder's letters are named by chart number, never by a client's name.
        self.folder = QLineEdit(str(last_folder()))
        self.folder.setAccessibleName(self.tr("Folder for the letters"))
        browse = chooser_button(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        # A second run skips the clients already sent a notice of the closing day: a run stopped half way resumes.
        self.again = QCheckBox(self.tr("Make them again: also the clients already sent a notice of this closing day"))
        # A letter sent, printed again as it was into the folder (the chart keeps its words).
        self.reprint_chart = QLineEdit()
        self.reprint_chart.setAccessibleName(self.tr("Chart number of the letter to print again"))
        self.reprint_chart.setPlaceholderText(self.tr("chart number, e.g. C00001"))
        self.reprint_button = QPushButton(self.tr("Print the letter sent again"))
        self.reprint_button.setAutoDefault(False)
        self.reprint_button.clicked.connect(self.reprint)
        reprint_row = QHBoxLayout()
        reprint_row.addWidget(self.reprint_chart, 1)
        reprint_row.addWidget(self.reprint_button)
        form = QFormLayout()
        form.addRow(self.tr("The practice closes on:"), self.closes_on)
        form.addRow(self.tr("Records kept by:"), self.custodian_name)
        form.addRow(self.tr("Their contact:"), self.custodian_contact)
        form.addRow(self.tr("Referrals:"), self.referrals)
        form.addRow(self.tr("Folder:"), chooser_row(self.folder, browse))
        self.passwords.add_rows(form, self.tr("PDF password:"), self.tr("Password again:"))
        form.addRow("", self.again)
        form.addRow(self.tr("Reprint:"), reprint_row)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAccessibleName(self.tr("What happened"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.write_button = QPushButton(self.tr("Write the letters"))
        self.write_button.clicked.connect(self.write)
        self.open_button = QPushButton(self.tr("Open the folder"))
        self.open_button.setAutoDefault(False)
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_folder)
        for b in (self.write_button, self.open_button):
            buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
        # What is typed and what is said scroll, above the buttons: on a 1366x768 laptop at 150 % the
        # list of letters not by mail made the window taller than the screen, and the window manager's
        # smaller window squeezed the Referrals box to one line (found by the Spanish walker).
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(intro)
        inner.addLayout(form)
        inner.addWidget(self.message)
        inner.addStretch(1)
        self.body_area = DownOnlyScrollArea()
        self.body_area.setWidget(body)
        self.body_area.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(self.body_area, 1)
        layout.addWidget(buttons)
        give_form_mnemonics(self, [])
        self.write_label = self.write_button.text()  # with its mnemonic, given back after "Write them as listed"
        self.fields = {"closes_on": self.closes_on, "custodian_name": self.custodian_name,
                       "custodian_contact": self.custodian_contact, "referrals": self.referrals}
        # As tall as all it holds, where the screen has the room (it scrolls otherwise).
        margins = layout.contentsMargins()
        whole = (body.sizeHint().height() + buttons.sizeHint().height() + layout.spacing() + margins.top()
                 + margins.bottom())
        self.resize(size_in_screen(self, QSize(640, whole)))
        self.custodian_name.setFocus()

    def _browse(self) -> None:
        chosen = existing_directory(self, self.tr("Folder for the letters"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def _say(self, text: str) -> None:
        """The result or the refusal, the window grown to hold it (found: five lines of result squeezed the
        referrals' box to one line)."""
        self.message.setText(text)
        body = self.body_area.widget()
        assert body is not None  # set once, in __init__
        body.adjustSize()
        chrome = self.height() - self.body_area.viewport().height()
        needed = body.sizeHint().height() + chrome
        if needed > self.height():
            self.resize(size_in_screen(self, QSize(self.width(), needed)))
        self.body_area.ensureWidgetVisible(self.message)  # what happened is read where it is

    def _refused(self, exc: VaultError) -> None:
        self._say(refusal_text(exc))
        field = self.fields.get(exc.field or "")
        if field is not None:
            field.setFocus()

    def write(self) -> None:
        if unfinished_date(self.closes_on):
            return
        differ = self.passwords.differ()
        if differ:
            self._say(differ)
            return
        day = self.closes_on.date().toPython()
        try:
            details = checked_details(day if isinstance(day, date) else None, self.custodian_name.text(),
                                      self.custodian_contact.text(), self.referrals.toPlainText()[:REFERRALS_MAX + 1],
                                      on=date.today())
        except VaultError as exc:
            self._refused(exc)
            return
        folder, password = Path(self.folder.text().strip()).expanduser(), self.passwords.text()
        again, told = self.again.isChecked(), self.told

        def work(vault: Vault, progress: Progress) -> Preview | Run:
            found = closure_notice.preview(vault, details, again=again)
            if not found.to_tell <= told:  # told first, nothing written
                return found
            return closure_notice.write_all(vault, details, folder, password=password, progress=progress, again=again,
                                            told=told)

        self.message.setText("")
        self.write_button.setEnabled(False)
        self.controller.op(self, work, label=self.tr("Writing the letters…"), progress=True) \
            .success(self._done).failure(self._failed).finally_(lambda: self.write_button.setEnabled(True)).run()

    def _done(self, result: Preview | Run) -> None:
        if isinstance(result, Preview):
            self.told = result.to_tell
            self.write_button.setText(self.tr("Write them as listed"))
            give_form_mnemonics(self, [self.write_button])  # its Alt letter again, one no other has
            self.write_button.setFocus()  # Enter writes them as listed (it was left on Close)
            self._say(told_first(result.planned, len(result.already)))
            return
        self.write_button.setText(self.write_label)
        self._written(result)

    def _written(self, run: Run) -> None:
        written = run.written
        self.passwords.clear()
        folder = written[0].path.parent if written else None
        self.folder_written = folder
        if folder is not None:
            remember(folder)
        self.open_button.setEnabled(folder is not None)
        spanish = sum(1 for w in written if w.language == "es")
        to_others = sum(1 for w in written if w.to != "client")
        # Counts said as "Letters written: 12" (no plural forms to get wrong in either language).
        lines = [self.tr("Letters written: {n}, in {folder} (password-protected). Each is kept in and recorded on its "
                         "chart.").format(n=len(written), folder=folder) if written
                 else self.tr("Letters written: {n}.").format(n=0)]
        if spanish:
            lines.append(self.tr("In Spanish: {n}.").format(n=spanish))
        if to_others:
            lines.append(self.tr("To a parent, guardian or executor: {n}.").format(n=to_others))
        safe = sum(1 for w in written if w.delivery.how == "safe_address")
        if safe:
            lines.append(self.tr("To the safe address the client asked for: {n}.").format(n=safe))
        not_mailed = sum(1 for w in written if w.delivery.how == "not_by_mail")
        if not_mailed:
            lines.append(self.tr("Not by mail: {n}. Give those letters (their files end in “-not-by-mail”, or "
                                 "“-no-por-correo” for a letter in Spanish) the way each client asked.")
                         .format(n=not_mailed))
        booked = [w.chart_number for w in written if w.booked_after]
        if booked:
            lines.append(self.tr("Still booked after the closing day: {charts}. Cancel those appointments.")
                         .format(charts=", ".join(booked)))
        if run.already:
            lines.append(skipped(len(run.already)))
        if written:
            lines.append(self.tr("Print the letters and mail them; the PDFs open with the password you chose."))
        self._say("\n".join(lines))

    def reprint(self) -> None:
        """The letter the chart typed was sent, printed again into the folder, as it was."""
        differ = self.passwords.differ()
        if differ:
            self._say(differ)
            return
        ref, password = self.reprint_chart.text().strip(), self.passwords.text()
        folder = Path(self.folder.text().strip()).expanduser()

        def work(vault: Vault) -> Path:
            return closure_notice.reprint_into(vault, ref, folder, password=password)

        self.message.setText("")
        self.reprint_button.setEnabled(False)
        self.controller.op(self, work, label=self.tr("Printing the letter again…")) \
            .success(self._reprinted).failure(self._failed) \
            .finally_(lambda: self.reprint_button.setEnabled(True)).run()

    def _reprinted(self, path: Path) -> None:
        self.passwords.clear()
        self.folder_written = path.parent
        self.open_button.setEnabled(True)
        self._say(self.tr("The letter sent, printed again as it was: {file} (password-protected).").format(file=path))

    def _failed(self, exc: BaseException) -> bool:
        if isinstance(exc, VaultError):
            self._refused(exc)
            return True
        return False

    def open_folder(self) -> None:
        if self.folder_written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder_written)))


def open_closure_notices(controller: App, parent: QWidget) -> ClosureNoticeDialog:
    """The window of `parent` (the main window), brought forward when it is open already."""
    if (found := brought_forward(parent, ClosureNoticeDialog)) is not None:
        return found
    dialog = ClosureNoticeDialog(controller, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()  # window-modal, as the Records menu's other windows: it takes the keyboard at once
    return dialog


__all__ = ["ClosureNoticeDialog", "open_closure_notices"]
