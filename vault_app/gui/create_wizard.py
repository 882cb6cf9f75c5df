"""First run: create a vault, show the Emergency Kit once, check it was kept."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from vault_app.gui import file_dialogs
from vault_app.gui.background import run_op
from vault_app.gui.backup_folder_problems import LOCATION_WORDS, expanded, path_problem
from vault_app.gui.confirm import ask_yes_no
from vault_app.gui.create_wizard_about import AboutYouPage
from vault_app.gui.create_wizard_backup import BackupPage
from vault_app.gui.create_wizard_kit import KitCheckPage, KitPage
from vault_app.gui.passphrase import PassphraseField, StrengthMeter
from vault_app.gui.screen_fit import size_in_screen
from vault_app.gui.widgets import chooser_button
from vault_app.gui.widgets import wrapped_label as _label
from vault_app.gui.wizard_letters import give_wizard_mnemonics

if TYPE_CHECKING:
    from vault_app.crypto.kdf import KdfParams
    from vault_app.services.vault import CreatedVault, Vault


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
            "file, or a snapshot in your backup folder."), "calmNote"))
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
        from PySide6.QtCore import Qt  # Lazy (start-up): the first-run window only

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


class CreatePage(QWizardPage):
    def __init__(self, params: KdfParams | None) -> None:
        super().__init__()
        self.setTitle(self.tr("Create the vault"))
        self.setSubTitle(self.tr("This takes a few seconds."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create vault"))
        self.params = params
        self.created: CreatedVault | None = None
        self.busy = False
        self.summary = _label("")
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Creation progress"))
        # Shown while the vault is being made; before, an empty bar read as a blank field to fill.
        policy = self.progress.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.progress.setSizePolicy(policy)
        self.progress.hide()
        self.status = _label(" ", "calmNote")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addSpacing(12)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def initializePage(self) -> None:
        wiz = self.wizard()
        assert isinstance(wiz, CreateVaultWizard)
        keyring = self.tr("with") if wiz.keyring_page.use_keyring.isChecked() else self.tr("without")
        self.summary.setText(
            self.tr("The vault will be created in <b>{0}</b>, {1} a keyring secret. First the app "
                    "measures how fast this computer is, so that guessing your passphrase is slow for "
                    "an attacker but unlocking stays quick for you.").format(wiz.location_page.folder(), keyring))
        target = wiz.backup_page.chosen()
        self.summary.setText(self.summary.text() + "<br><br>" + (
            self.tr("Backups will go into a backup folder with dated snapshots in <b>{0}</b>.").format(target)
            if target is not None else self.tr("No backup folder yet: choose one later under Vault > Backups…")))

    def isComplete(self) -> bool:
        return not self.busy

    def validatePage(self) -> bool:
        if self.created is not None:
            return True
        if not self.busy:
            self._start()
        return False

    def _set_busy(self, busy: bool, text: str = " ") -> None:
        self.busy = busy
        self.progress.setRange(0, 0 if busy else 1)
        self.progress.setVisible(busy)
        self.status.setText(text)
        self.completeChanged.emit()  # the wizard sets its buttons anew: Back's state comes after
        wizard = self.wizard()
        if wizard is not None:
            # Cancel while "Creating your vault…" quit the app, the vault made anyway on the worker
            # and its Emergency Kit never shown (found walking the first run): greyed until it is made.
            for which in (QWizard.WizardButton.CancelButton, QWizard.WizardButton.BackButton):
                wizard.button(which).setEnabled(not busy)

    def _start(self) -> None:
        if self.params is not None:
            self._create(self.params)
            return
        # Lazy (start-up): the first-run window; services.vault ~90 ms, certificates ~200 ms to import
        from vault_app.crypto.kdf import calibrate

        self._set_busy(True, self.tr("Measuring this computer's speed…"))
        run_op(self, calibrate, on_success=self._create, on_error=self._failed)

    def _create(self, params: Any) -> None:
        # Lazy (start-up): the first-run window; services.vault ~90 ms, certificates ~200 ms to import
        from vault_app.services import kit_kept
        from vault_app.services.vault import create_vault

        def create() -> Any:
            created = create_vault(folder, phrase, params=params, use_device_secret=use_keyring)
            kit_kept.not_kept_yet(created.vault)  # until the kit is checked (services/kit_kept.py)
            return created

        wiz = self.wizard()
        assert isinstance(wiz, CreateVaultWizard)
        folder = wiz.location_page.folder()
        phrase = wiz.passphrase_page.passphrase()
        use_keyring = wiz.keyring_page.use_keyring.isChecked()
        self._set_busy(True, self.tr("Creating your vault…"))
        run_op(
            self,
            create,
            on_success=self._created,
            on_error=self._failed,
        )

    def _created(self, created: Any) -> None:
        # Lazy (start-up): the first-run window; services.vault ~90 ms, certificates ~200 ms to import
        from vault_app.services import practice

        self.created = created
        wiz = self.wizard()
        if isinstance(wiz, CreateVaultWizard):
            about, vault = wiz.about_page.values(), created.vault
            tag = wiz.about_page.practice_locale()
            retention_key = wiz.about_page.retention_preset()
            minor_state = wiz.about_page.minor_consent_state()

            def save_details() -> None:
                practice.set_clinician(vault, **about)
                practice.update(vault, locale=tag)
                if retention_key is not None:  # the license state's rule, offered on About you
                    # Lazy (start-up): the first-run window; only when a state's preset was chosen
                    from vault_app.services import retention

                    retention.set_policy(vault, preset_key=retention_key)
                if minor_state:  # the state's minors' consent rule, ticked on About you
                    # Lazy (start-up): the first-run window; only when the rule was chosen
                    from vault_app.services import decisions

                    decisions.apply_minor_consent_preset(vault, minor_state)

            run_op(self, save_details, label=self.tr("Saving your details…"))
            target = wiz.backup_page.chosen()
            if target is not None:
                # After the details, on the same single worker. The vault stores snapshots as its
                # kind from its creation (services/vault.py); only the folder is added here.
                # Lazy (start-up): the first-run window; services.backup_registry pulls in
                # services.vault (~90 ms) and the backup archive, needed only once created.
                from vault_app.services import backup_registry

                run_op(self, lambda: backup_registry.configure(vault, target=str(target)),
                       label=self.tr("Saving the backup folder…"))
        self._set_busy(False, created.keyring_message)
        self.progress.setValue(1)
        wiz = self.wizard()
        if wiz is not None:
            wiz.next()

    def _failed(self, exc: BaseException) -> bool:
        self._set_busy(False, self.tr("The vault was not created."))
        return False  # the standard error dialog explains why


class CreateVaultWizard(QWizard):
    vault_ready = Signal(object)
    leave_box: QMessageBox | None = None  # the question before leaving what was typed, while it is asked
    _leaving = False  # that question answered "Close without saving"
    # A backup was restored instead (the first page): the folder, and what its unlock needs.
    restored = Signal(object, str)

    def __init__(self, folder: Path, *, kdf_params: KdfParams | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Create your vault"))
        self.setObjectName("createVaultWizard")
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.location_page = LocationPage(folder)
        self.passphrase_page = PassphrasePage()
        self.about_page = AboutYouPage(self.passphrase_page.passphrase)
        self.keyring_page = KeyringPage()
        self.backup_page = BackupPage(self.location_page.folder)
        self.create_page = CreatePage(kdf_params)
        self.kit_page = KitPage(lambda: self.create_page.created, self.about_page.practice_locale)
        self.check_page = KitCheckPage(lambda: self.create_page.created)
        for page in (self.location_page, self.about_page, self.passphrase_page, self.keyring_page, self.backup_page,
                     self.create_page, self.kit_page, self.check_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Open my vault"))
        # Qt's Cancel has no letter (Back and Next have theirs); set before the pages are
        # lettered, so none of them takes its letter.
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("&Cancel"))
        # An Alt letter for every page's labels and buttons, none a Back's or Next's: About you's
        # six labels, Choose… and the Kit's Save as PDF… and its box had none (found on Xvfb).
        # Not Show: out of the keyboard's reach from the start (the field says so on the event
        # loop's first turn, after this), it lost its letter at its first Hide anyway.
        from PySide6.QtCore import Qt  # Lazy (start-up): the first-run window only

        for field in (self.passphrase_page.first, self.passphrase_page.second):
            field.toggle.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        give_wizard_mnemonics(self)
        # Tab from Confirm went to < Back: the confirmation typed on, its first space pressed Back
        # and the rest of the passphrase went into Your name (found walking the real app).
        QWidget.setTabOrder(self.passphrase_page.second.edit, self.button(QWizard.WizardButton.NextButton))
        # Within the screen: 520 high put Next below a 1366x768 laptop's edge at 150 %.
        self.resize(size_in_screen(self, QSize(640, 520)))
        self.currentIdChanged.connect(self._page_changed)
        # About you grows by the state's rules when a state is chosen (after the page's own slots,
        # which show them): the wizard stayed 520 high, the fields were squashed and the minors'
        # rule drawn over the next line at 1366x768 (walker, round 33); it grows, within the screen.
        self.about_page.license_state.currentIndexChanged.connect(self._grow_to_page)
        self.about_page.credentials.textChanged.connect(self._grow_to_page)
        self.location_page.restore_button.clicked.connect(self.open_restore)

    def open_restore(self) -> None:
        # Lazy (start-up): only a restore needs the dialog
        from vault_app.gui.restore_dialog import RestoreFromBackupDialog

        dialog = RestoreFromBackupDialog(self.location_page.folder(), may_replace=False, parent=self)
        dialog.restored.connect(lambda folder: self._restored(folder, dialog.next_step))
        dialog.open()

    def _restored(self, folder: Path, next_step: str) -> None:
        # Closed as done, not rejected: a rejected wizard ends the app (AppController.show_wizard).
        QDialog.done(self, QDialog.DialogCode.Accepted)
        self.restored.emit(folder, next_step)

    def _grow_to_page(self, *_changed: object) -> None:
        page = self.currentPage()
        if page is None or not self.isVisible():
            return
        layout = page.layout()  # what the page needs at its width now, as the next page change would size it
        assert layout is not None
        extra = (layout.totalHeightForWidth(page.width()) if layout.hasHeightForWidth()
                 else layout.totalSizeHint().height()) - page.height()
        if extra > 0:
            self.resize(size_in_screen(self, QSize(self.width(), self.height() + extra)))

    def _page_changed(self, _id: int) -> None:
        # Once created, leaving without the kit would lose the only recovery path: no Cancel.
        created = self.create_page.created is not None
        self.button(QWizard.WizardButton.CancelButton).setVisible(not created)

    def created_vault(self) -> Vault | None:
        return self.create_page.created.vault if self.create_page.created else None

    def accept(self) -> None:
        vault = self.created_vault()
        super().accept()
        if vault is not None:
            # Lazy (start-up): the first-run window only
            from vault_app.services import kit_kept

            run_op(None, lambda: kit_kept.kept(vault))  # checked on its page: before anything else
            self.vault_ready.emit(vault)

    def _typed(self) -> bool:
        about, passphrase = self.about_page, self.passphrase_page
        return any(edit.text() for edit in (about.name, about.credentials, about.license_number, about.npi,
                                            passphrase.first, passphrase.second))

    def _leave_typed(self) -> None:
        self._leaving = True
        self.reject()

    def reject(self) -> None:
        if self.create_page.busy:
            # Escape or the window's close button while the vault is being made: it is finished
            # and its kit shown first (Cancel is greyed meanwhile); leaving then asks as below.
            return
        if self.create_page.created is None and self._typed() and not self._leaving:
            # Escape, Cancel or the window's close button with the details or the passphrase typed:
            # Escape closed the app with the typing gone, and Cancel still did (walk-first round 31).
            # Asked as a typed form asks (gui/escape_guard.py): Alt letters only, going back the default.
            # Lazy (start-up): the question is built only when leaving.
            from vault_app.gui.confirm import confirm

            words = QCoreApplication.translate
            self.leave_box = confirm(
                self, self.windowTitle(), words("GuardedDialog", "Close without saving what you typed?"),
                [words("GuardedDialog", "What you typed here is not saved.")],
                words("GuardedDialog", "Close without saving"), self._leave_typed,
                warnings=[words("GuardedDialog", "Enter or Escape goes back to the form.")])
            self.leave_box.finished.connect(self._question_gone)
            return
        if self.create_page.created is not None and not self._leaving:
            # No under Enter (ask_yes_no): Escape then Enter, a reflex, had left with Yes, the kit
            # gone for good and the app closed. Opened, not waited on (gui/confirm.py); asked once.
            if self.leave_box is None:
                asked = ask_yes_no(
                    self, self.tr("Leave without your Emergency Kit?"),
                    self.tr("Your vault was created, but the Emergency Kit will not be shown again. "
                            "Without it, a forgotten passphrase means the vault cannot be opened.\n\nLeave anyway?"),
                    self._leave_typed)
                if asked.isVisible():  # not answered already (a test's stand-in answers at once)
                    self.leave_box = asked
                    asked.finished.connect(self._question_gone)
            return
        if self.create_page.created is not None:
            vault = self.create_page.created.vault
            run_op(None, vault.lock)
        super().reject()

    def _question_gone(self) -> None:
        self.leave_box = None
