"""A request's letter saved as a PDF to print and mail, from the request's window.

The letters (extension notice, denial, amendment letters) were only shown as text there: the
PDF was written by the command line's --letter-out alone. Here the same writer
(services/requests.save_kept_letter_pdf): password-protected, written only where the user
chose (no temporary copy), the saving logged by the service. Then it can be opened.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vault_app.domain import export_file_names
from vault_app.domain.errors import VaultError
from vault_app.domain.letter_language import DEFAULT_LETTERS_IN
from vault_app.gui.confidential_note import ConfidentialNote
from vault_app.gui.document_language import english_only_label
from vault_app.gui.escape_guard import GuardedDialog
from vault_app.gui.file_dialogs import save_file
from vault_app.gui.forms import PasswordPair
from vault_app.gui.output_folder import last_folder, remember
from vault_app.gui.refusal_words import refusal_text
from vault_app.gui.screen_fit import size_in_screen
from vault_app.gui.seam import App
from vault_app.gui.widgets import chooser_button, chooser_row, give_form_mnemonics
from vault_app.services import requests


class LetterSaveDialog(GuardedDialog):
    def __init__(self, controller: App, request_id: str, letters: list[tuple[str, str]],
                 parent: QWidget | None = None, *, language: str = DEFAULT_LETTERS_IN) -> None:
        """`letters`: (letter id, how it reads in the window's list), newest last; `language`: the
        letters' (domain/letter_language), which names the file offered."""
        super().__init__(parent)
        self.controller = controller
        self.request_id = request_id
        self.saved: Path | None = None
        self.setWindowTitle(self.tr("Save a letter as PDF"))
        self.setObjectName("letterSaveDialog")
        self.letter = QComboBox()
        self.letter.setAccessibleName(self.tr("Letter"))
        for letter_id, said in letters:
            self.letter.addItem(said, letter_id)
        self.letter.setCurrentIndex(self.letter.count() - 1)
        self.passwords = PasswordPair()
        self.password, self.password_again = self.passwords.password, self.passwords.again
        # The file's name is the user's: a default would carry nothing of the client's either.
        # In the folder of the last letter or copy saved (gui/output_folder.py), not always HOME.
        # Named in the letters' language, as the access copy and the notices of closure are
        # (domain/export_file_names): "carta-R-….pdf" for a Spanish-lettered client.
        self.path = QLineEdit(str(last_folder() / export_file_names.request_letter(request_id, language)))
        self.path.setAccessibleName(self.tr("Save the PDF as"))
        browse = chooser_button(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = chooser_row(self.path, browse)
        form = QFormLayout()
        form.addRow(self.tr("Letter:"), self.letter)
        self.confidential = ConfidentialNote(controller, request_id, self)  # where it may be mailed (164.522(b))
        form.addRow("", self.confidential)
        self.passwords.add_rows(form, self.tr("Password:"), self.tr("Password again:"))
        form.addRow(self.tr("File:"), row)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("What happened"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.save_button = QPushButton(self.tr("Save the PDF"))
        self.save_button.clicked.connect(self.save)
        self.open_button = QPushButton(self.tr("Open the PDF"))
        self.open_button.clicked.connect(self.open_saved)
        self.open_button.setEnabled(False)
        for b in (self.save_button, self.open_button):
            buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        self.in_english = english_only_label("letters")  # gui/document_language
        layout.addWidget(self.in_english)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        give_form_mnemonics(self, [])
        # Found in the real app: drawn at its form's least width, the title and a path cut off.
        self.resize(size_in_screen(self, QSize(600, self.sizeHint().height())))

    def _browse(self) -> None:
        chosen = save_file(self, self.tr("Save the PDF"), self.path.text(), self.tr("PDF (*.pdf)"))
        if chosen:
            self.path.setText(chosen)

    def save(self) -> None:
        differ = self.passwords.differ()
        if differ:
            self.message.setText(differ)
            return
        rid, lid, password = self.request_id, str(self.letter.currentData()), self.passwords.text()
        out = Path(self.path.text().strip()).expanduser()
        self.controller.op(self, lambda v: requests.save_kept_letter_pdf(v, rid, lid, out, password=password),
                           label=self.tr("Saving the letter…")).success(self._saved).failure(self._failed).run()

    def _saved(self, path: Path) -> None:
        self.saved = path
        remember(path.parent)
        self.passwords.clear()
        self.message.setText(self.tr("Saved in {path} (password-protected).").format(path=path))
        self.open_button.setEnabled(True)

    def _failed(self, exc: BaseException) -> bool:
        if isinstance(exc, VaultError):
            self.message.setText(refusal_text(exc))
            return True
        return False

    def open_saved(self) -> None:
        """In the system's PDF viewer, which asks for the password."""
        if self.saved is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved)))


__all__ = ["LetterSaveDialog"]
