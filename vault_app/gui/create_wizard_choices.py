"""The first-run wizard's first choices: where the vault lives (LocationPage), its passphrase
(PassphrasePage) and whether a keyring secret guards it too (KeyringPage). Apart from
gui/create_wizard.py, which makes the vault of them (CreatePage) and runs the wizard; the pages
after them are create_wizard_kit.py, create_wizard_about.py and create_wizard_backup.py."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from vault_app.gui import file_dialogs
from vault_app.gui.background import run_op
from vault_app.gui.backup_folder_problems import LOCATION_WORDS, expanded, path_problem
from vault_app.gui.passphrase import PassphraseField, StrengthMeter
from vault_app.gui.widgets import chooser_button
from vault_app.gui.widgets import wrapped_label as _label


class LocationPage(QWizardPage):
    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome"))
        self.setSubTitle(self.tr("Your notes are kept in an encrypted vault on this computer. Nothing is sent "
                                 "anywhere."))
        self.folder_edit = QLineEdit(str(folder))
        self.folder_edit.setAccessibleName(self.tr("Vault folder"))
        browse = chooser_button(self.tr("Choose…"))
        browse.setAccessibleName(self.tr("Choose vault folder"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addWidget(_label(
            self.tr("This wizard creates your vault in a few steps: a passphrase, an optional second "
                    "safeguard in this computer's keyring, and your Emergency Kit for when a passphrase is forgotten.")
        ))
        layout.addSpacing(12)
        layout.addWidget(_label(self.tr("Where should the vault live?"), "sectionTitle"))
        layout.addLayout(row)
        self.problem = _label(" ", "verdictRefused")
        layout.addWidget(self.problem)
        layout.addWidget(_label(
            self.tr("The default folder is fine for most people. Choose a folder on this computer's own disk, "
                    "not a synced cloud folder."), "calmNote"))
        # A new computer (the old one lost or dead): the vault comes back from its backup,
        # without a terminal (restore_dialog.py); the folder above is where it goes.
        self.restore_button = QPushButton(self.tr("&Restore from a backup (a new computer)…"))
        self.restore_button.setAccessibleName(self.tr("Restore from a backup"))
        restore_row = QHBoxLayout()
        restore_row.addWidget(self.restore_button)
        restore_row.addStretch(1)
        layout.addSpacing(12)
        layout.addWidget(_label(self.tr("Already have a vault?"), "sectionTitle"))
        layout.addWidget(_label(self.tr(
            "On a new computer, bring your vault back from its backup instead of creating a new one: a backup "
            "file, or a dated backup in your backup folder."), "calmNote"))
        layout.addLayout(restore_row)
        layout.addStretch(1)
        self.folder_edit.textChanged.connect(self._changed)

    def _browse(self) -> None:
        chosen = file_dialogs.existing_directory(self, self.tr("Choose a folder for the vault"),
                                                 self.folder_edit.text())
        if chosen:
            self.folder_edit.setText(str(Path(chosen) / "vault"))

    def folder(self) -> Path:
        """The folder typed, its ~ expanded (never raising: the backup page asks at each keystroke)."""
        return expanded(self.folder_edit.text().strip())

    def _problem(self) -> str | None:
        """What the Backups screen would refuse in the typed folder ("~someone" naming no user
        raised at each keystroke of the backup page; a name without its path put the vault in
        whatever folder the app was started from), before any disk is asked."""
        text = self.folder_edit.text().strip()
        return path_problem(text, LOCATION_WORDS) if text else None

    def _changed(self) -> None:
        said = self._problem()
        self.problem.setText(QCoreApplication.translate("BackupsDialog", said) if said else " ")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.folder_edit.text().strip()) and self._problem() is None


class PassphrasePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Choose a passphrase"))
        self.setSubTitle(self.tr("You will type it each time you open the vault. "
                                 "A short sentence is easier to remember than symbols."))
        self.first = PassphraseField(self.tr("Passphrase"), self.tr("New passphrase"))
        self.second = PassphraseField(self.tr("Type it again"), self.tr("Confirm passphrase"))
        self.meter = StrengthMeter()
        self.match = _label(" ", "calmNote")
        form = QFormLayout()
        form.addRow(self.tr("Passphrase:"), self.first)
        form.addRow("", self.meter)
        form.addRow(self.tr("Confirm:"), self.second)
        form.addRow("", self.match)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_label(
            self.tr("Nobody, including the makers of this app, can reset a forgotten passphrase. "
                    "The Emergency Kit you get at the end is the only way back in."), "calmNote"))
        layout.addStretch(1)
        self.first.textChanged.connect(self._changed)
        self.second.textChanged.connect(self._changed)

    def _changed(self) -> None:
        strength = self.meter.update_for(self.first.text())
        first, second = self.first.text(), self.second.text()
        if first and not strength.acceptable:
            # Next greyed under "Weak." without a word that it waits for a stronger one (walk-first
            # round 31): said beside the meter, with the strength check's own reason.
            rating, _, reason = self.meter.label.text().partition("</b>")  # "<b>Weak.</b> Easy to guess…"
            self.meter.label.setText(f"{rating}</b> " + self.tr("A stronger passphrase is needed: {0}")
                                     .format(reason.strip()))
        # A space at either end cannot be seen among the dots: without a word, Next stayed
        # greyed under "Excellent." and "The passphrases match." (found in the real app).
        if first and first != first.strip():
            self.match.setText(self.tr("Your passphrase starts or ends with a space. Remove it: a space "
                                       "nobody can see is easy to forget when unlocking."))
        elif not second:
            self.match.setText(" ")
        elif first == second:
            self.match.setText(self.tr("The passphrases match."))
        elif first == second.strip():
            self.match.setText(self.tr("The passphrases do not match: the second one starts or ends "
                                       "with a space."))
        else:
            self.match.setText(self.tr("The passphrases do not match yet."))
        self.completeChanged.emit()

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab goes between Passphrase and Confirm until they are done: with Next greyed, Tab from
        Confirm skipped it to < Back, and the passphrase typed on pressed Back with its space,
        the rest landing in Your name (found on Xvfb, first run). Done, Confirm's Tab goes to Next."""
        edits = (self.first.edit, self.second.edit)
        here = self.focusWidget()  # the page's child with the keyboard
        if not self.isComplete() and here in edits and (here is edits[1]) == next:
            reason = Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
            edits[0 if next else 1].setFocus(reason)
            return True
        return super().focusNextPrevChild(next)

    def passphrase(self) -> str:
        return self.first.text()

    def isComplete(self) -> bool:
        text = self.first.text()
        return self.meter.strength.acceptable and text == self.second.text() and text == text.strip()


class KeyringPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("A second safeguard"))
        self.setSubTitle(self.tr("Optional, and recommended on your own computer."))
        self.use_keyring = QCheckBox(self.tr("Also protect the vault with a secret kept in this computer's keyring"))
        self.use_keyring.setAccessibleName(self.tr("Use the system keyring"))
        self.use_keyring.setChecked(True)
        self.status = _label(self.tr("Checking this computer's keyring…"), "calmNote")
        layout = QVBoxLayout(self)
        self.about = _label(
            self.tr("Your operating system has a protected keyring (Keychain on a Mac, Credential Manager on "
                    "Windows, the Secret Service on Linux). If you allow it, the app keeps a random secret there. "
                    "A copy of your vault, for example a lost backup drive, is then useless without this computer "
                    "or your Emergency Kit, even if someone guesses your passphrase.")
        )
        layout.addWidget(self.about)
        layout.addSpacing(8)
        layout.addWidget(self.use_keyring)
        layout.addWidget(self.status)
        self.moving = _label(
            self.tr("If you move to a new computer, open the vault there with your Emergency Kit once."), "calmNote")
        layout.addWidget(self.moving)
        layout.addStretch(1)
        self._checked = False

    def initializePage(self) -> None:
        if self._checked:
            return
        # Lazy (start-up): the first-run window; services.vault ~90 ms, certificates ~200 ms to import
        from vault_app.services.device_secret import KeyringSecretStore

        run_op(self, lambda: KeyringSecretStore().available(), on_success=self._availability)

    def _availability(self, available: Any) -> None:
        self._checked = True
        if available:
            self.status.setText(self.tr("A keyring is available on this computer."))
        else:
            had_keyboard = self.use_keyring.hasFocus()
            self.use_keyring.setChecked(False)
            self.use_keyring.setEnabled(False)
            wizard = self.wizard()
            if had_keyboard and wizard is not None:
                # Qt hands the keyboard of a disabled box to the next in the chain, < Back, and
                # Enter then went back a page (found in the real app on a machine without a keyring).
                wizard.button(QWizard.WizardButton.NextButton).setFocus()
            self.status.setText(
                self.tr("No usable keyring was found, so the vault will be protected by your passphrase alone. "
                        "That is safe with a strong passphrase."))
            # Without a keyring, "Your operating system has a protected keyring" and "open the vault
            # there with your Emergency Kit once" were wrong (walk-first round 31): the passphrase
            # alone opens it on a new computer.
            self.about.setText(self.tr("A keyring would keep a second secret on this computer, so that a "
                                       "copy of your vault is useless without it."))
            self.moving.setText(self.tr("On a new computer, your passphrase alone opens the vault."))
