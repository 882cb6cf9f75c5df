"""About (version, the security model in brief) and the keyboard shortcuts list."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vault_app import PRODUCT_NAME, __version__
from vault_app.gui import shortcuts, theme
from vault_app.gui.widgets import QT_TRANSLATE_NOOP, give_form_mnemonics

# Marked here, translated where shown (the About window's context).
SECURITY_MODEL = QT_TRANSLATE_NOOP("AboutDialog", """
<p><b>How your records are protected</b></p>
<ul>
<li>Everything is stored on this computer only, in files encrypted with SQLCipher (AES-256).
Nothing is sent over the network.</li>
<li>Your passphrase is stretched with Argon2id; optionally a second secret in this computer's
keyring is needed too. The Emergency Kit is the only other way in.</li>
<li>Psychotherapy notes are kept in a separate compartment with their own unlock and a shorter
automatic lock.</li>
<li>Every disclosure, export, unlock and destruction is written to a tamper-evident ledger;
alterations and roll-backs to an old copy are detected when you unlock.</li>
<li>The vault locks itself after a few minutes without activity and when the computer sleeps.</li>
</ul>
<p><b>What it cannot protect against:</b> malicious software running on this computer while the
vault is unlocked, and copies you have given to others.</p>
                                                  """)


NOTICES_NAME = "THIRD-PARTY-NOTICES.txt"
# One call without inner parentheses: pyside6-lupdate did not see the string inside them.
NOT_GENERATED = QT_TRANSLATE_NOOP("LicencesDialog",
                                  "This copy of the app runs from its source code, so the licence notices of the "
                                  "components a release bundles have not been generated here. A release shows them "
                                  "in this window; from source, run: python scripts/licence_notices.py")


def notices_file() -> Path:
    """Where a release build keeps the notices (scripts/licence_notices.py writes them at build time)."""
    return Path(str(resources.files("vault_app") / NOTICES_NAME))


def licence_notices(path: Path | None = None) -> str | None:
    path = path or notices_file()
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return None


class LicencesDialog(QDialog):
    """The third-party licence notices, as bundled (Qt is LGPL, pikepdf MPL, …)."""

    def __init__(self, parent: QWidget | None = None, *, path: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Third-party licences"))
        text = licence_notices(path)
        self.text = QPlainTextEdit(text if text is not None else self.tr(NOT_GENERATED))
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Third-party licence notices"))
        if text is not None:
            self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(720, 560)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About {0}").format(PRODUCT_NAME))
        icon = QLabel()
        icon.setPixmap(theme.icon("app").pixmap(48, 48))
        title = QLabel(f"<b>{PRODUCT_NAME}</b> {__version__}")
        title.setObjectName("pageTitle")
        body = QLabel(self.tr(SECURITY_MODEL))
        body.setWordWrap(True)
        body.setTextFormat(Qt.TextFormat.RichText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.licences_button = QPushButton(self.tr("Third-party licences…"))
        buttons.addButton(self.licences_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.licences_button.clicked.connect(self.show_licences)
        self.licences: LicencesDialog | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(icon)
        layout.addWidget(title)
        layout.addWidget(body)
        layout.addWidget(buttons)
        self.resize(560, 460)
        # Alt letters for the buttons and field labels that had none, Qt's own Close among them
        # (found in Spanish on Xvfb: none underlined); none shared in the window.
        give_form_mnemonics(self, [self.licences_button])

    def show_licences(self) -> None:
        self.licences = LicencesDialog(self)
        self.licences.show()


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = [(shortcuts.DEFAULTS[k], text) for k, text in shortcuts.DESCRIPTIONS.items()
                if shortcuts.DEFAULTS.get(k)]
        table = QTableWidget(len(rows), 2)
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        table.setAccessibleName(self.tr("Keyboard shortcuts"))
        for i, (keys, text) in enumerate(rows):
            # As the menus write them, in the screen's language ("Control+Mayúsculas+A").
            table.setItem(i, 0, QTableWidgetItem(QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)))
            table.setItem(i, 1, QTableWidgetItem(self.tr(text)))  # marked in shortcuts.py
        table.verticalHeader().setVisible(False)
        # Each row as tall as its wrapped text, at any width: the chart tabs' line (longer in
        # Spanish) was cut off at the row's fixed height.
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.resizeColumnToContents(0)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(620, 460)
        give_form_mnemonics(self, [])  # Qt's Close had no letter
