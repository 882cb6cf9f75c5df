"""About (version, the security model in brief) and the keyboard shortcuts list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from vault_app import __version__
from vault_app.gui import shortcuts, theme

SECURITY_MODEL = """
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
"""


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("About Therapy Vault")
        icon = QLabel()
        icon.setPixmap(theme.icon("app").pixmap(48, 48))
        title = QLabel(f"<b>Therapy Vault</b> {__version__}")
        title.setObjectName("pageTitle")
        body = QLabel(SECURITY_MODEL)
        body.setWordWrap(True)
        body.setTextFormat(Qt.TextFormat.RichText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(icon)
        layout.addWidget(title)
        layout.addWidget(body)
        layout.addWidget(buttons)
        self.resize(560, 460)


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        rows = [(shortcuts.DEFAULTS[k], text) for k, text in shortcuts.DESCRIPTIONS.items()
                if shortcuts.DEFAULTS.get(k)]
        table = QTableWidget(len(rows), 2)
        table.setHorizontalHeaderLabels(["Keys", "Action"])
        table.setAccessibleName("Keyboard shortcuts")
        for i, (keys, text) in enumerate(rows):
            table.setItem(i, 0, QTableWidgetItem(keys))
            table.setItem(i, 1, QTableWidgetItem(text))
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(True)
        table.resizeColumnToContents(0)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(620, 460)
