"""First run: create a vault, show the Emergency Kit once, check it was kept. The wizard and the
page that makes the vault (CreatePage); the pages before it are create_wizard_choices.py (folder,
passphrase, keyring) and create_wizard_about.py, create_wizard_backup.py; after it, create_wizard_kit.py."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, Signal
from PySide6.QtWidgets import (
    QDialog,
    QMessageBox,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from vault_app.gui.background import run_op
from vault_app.gui.confirm import ask_yes_no
from vault_app.gui.create_wizard_about import AboutYouPage
from vault_app.gui.create_wizard_backup import BackupPage
from vault_app.gui.create_wizard_choices import KeyringPage, LocationPage, PassphrasePage
from vault_app.gui.create_wizard_kit import KitCheckPage, KitPage
from vault_app.gui.screen_fit import size_in_screen
from vault_app.gui.widgets import wrapped_label as _label
from vault_app.gui.wizard_letters import give_wizard_mnemonics

if TYPE_CHECKING:
    from vault_app.crypto.kdf import KdfParams
    from vault_app.services.vault import CreatedVault, Vault


class CreatePage(QWizardPage):
    def __init__(self, params: KdfParams | None) -> None:
        super().__init__()
        self.setTitle(self.tr("Create the vault"))
        self.setSubTitle(self.tr("This takes a few seconds."))
        self.setCommitPage(True)
        # With an Alt letter, as Back, Next and Cancel (found without one on Xvfb, round 44).
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create &vault"))
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
            self.tr("Backups will go into a backup folder of dated backups in <b>{0}</b>.").format(target)
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
            # Not kept from the header's first write until the kit is checked (services/kit_kept.py)
            return create_vault(folder, phrase, params=params, use_device_secret=use_keyring,
                                first_settings=kit_kept.SHOWN_LATER)

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
            duty_state = wiz.about_page.duty_to_protect_state()

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
                if duty_state:  # the state's duty to warn or protect, ticked on About you
                    # Lazy (start-up): the first-run window; only when the duty was chosen
                    from vault_app.services import decisions

                    decisions.apply_duty_to_protect(vault, duty_state)

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
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Open my vault"))  # its Alt letter too
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
        # What the page's lines need at its width now, as the next page change would size it; About
        # you holds them in a scroll area (create_wizard_about.py), which scrolls past the screen's room.
        scroll = page.findChild(QScrollArea)
        inner = scroll.widget() if scroll is not None else None
        holder, width, height = ((inner, scroll.viewport().width(), scroll.viewport().height())
                                 if scroll is not None and inner is not None else (page, page.width(), page.height()))
        layout = holder.layout()
        assert layout is not None
        extra = (layout.totalHeightForWidth(width) if layout.hasHeightForWidth()
                 else layout.totalSizeHint().height()) - height
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
