"""First run, unlock and recovery, driven through the real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QWizard

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.passphrase import estimate
from vault_app.services.vault import open_vault
from vault_app.storage import header as header_io

pytestmark = pytest.mark.gui


def test_strength_meter_prefers_long_passphrases() -> None:
    assert estimate("short").score == 0
    assert not estimate("password1").acceptable
    assert not estimate("aaaaaaaaaaaa").acceptable
    assert estimate("correct horse battery staple").score >= 3
    assert estimate("Tr0ub4dor&3xyz").acceptable


def test_create_vault_wizard_shows_kit_and_checks_it(fresh_app: AppController, qtbot, app_folder: Path,
                                                    tmp_path: Path) -> None:
    wizard = fresh_app.wizard
    assert wizard is not None and wizard.isVisible()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert wizard.location_page.folder() == app_folder
    next_button.click()

    about = wizard.about_page  # who the therapist is (issue 17 item 6)
    assert not about.isComplete(), "the name is required"
    about.name.setText("Jordan Lee")
    about.credentials.setText("LCSW")
    assert about.isComplete()
    next_button.click()

    page = wizard.passphrase_page
    page.first.setText("weakpass")
    page.second.setText("weakpass")
    assert not page.isComplete(), "a weak passphrase must not pass"
    page.first.setText(PASSPHRASE)
    page.second.setText(PASSPHRASE + "x")
    assert not page.isComplete(), "mismatched confirmation must not pass"
    page.second.setText(PASSPHRASE)
    assert page.isComplete()
    next_button.click()

    wait_ops(qtbot)  # keyring availability check
    assert not wizard.keyring_page.use_keyring.isChecked(), "no usable keyring in tests: the box is off"
    next_button.click()

    backups = wizard.backup_page  # what the backup folder will hold, said before the vault exists
    assert wizard.currentPage() is backups and backups.isComplete(), "choosing a folder is optional"
    words = " ".join(label.text() for label in backups.findChildren(QLabel))
    assert "backup folder of dated backups" in words and "copy the whole folder" in words
    assert "single-file copy" in words
    backups.target.setText(str(app_folder / "backups"))
    assert not backups.isComplete() and "inside the vault folder" in backups.problem.text()
    usb = tmp_path / "usb" / "vault-backups"
    backups.target.setText(str(usb))
    assert backups.isComplete()
    next_button.click()  # the folder is looked at (a file is refused there)
    # On the vault's own disk (tmp_path): the warning is left to be read, Next again goes on.
    qtbot.waitUntil(lambda: "same disk" in backups.notes.text())
    next_button.click()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.create_page)
    assert str(usb) in wizard.create_page.summary.text()
    assert not wizard.create_page.progress.isVisible(), "no empty bar before anything runs"
    wizard.button(QWizard.WizardButton.CommitButton).click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.kit_page)
    created = wizard.create_page.created
    assert created is not None
    shown = wizard.kit_page.key_label.text().replace("\n", "-")
    assert shown == created.recovery_key
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()

    kit = tmp_path / "kit.pdf"
    wizard.kit_page.save_to(kit)
    wait_ops(qtbot)
    assert kit.read_bytes().startswith(b"%PDF")
    from pypdf import PdfReader

    text = PdfReader(str(kit)).pages[0].extract_text()
    assert created.recovery_key.split("-")[0] in text
    assert not wizard.kit_page.isComplete()
    wizard.kit_page.kept.setChecked(True)
    next_button.click()

    check = wizard.check_page
    check.answer.setText("WRONG")
    assert not check.isComplete()
    check.answer.setText(created.recovery_key.rsplit("-", 1)[1].lower())
    assert check.isComplete()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    wait_ops(qtbot)
    assert fresh_app.main_window is not None
    qtbot.waitUntil(fresh_app.main_window.isVisible)
    assert fresh_app.main_window.windowTitle() == "Therapy Vault"
    # The folder chosen on the backup page is in the header (plain settings, no keys needed),
    # with the snapshots the vault was created with.
    conf = header_io.read(app_folder).settings["backup"]
    assert conf["kind"] == "repo" and conf["target"] == str(usb.resolve()) and conf["auto"] is True


def test_unlock_wrong_then_right(locked_app: AppController, qtbot) -> None:
    window = locked_app.unlock_window
    assert window is not None
    window.passphrase.setText("not the passphrase")
    window.unlock_button.click()
    wait_ops(qtbot)
    assert "not right" in window.message.text()
    assert locked_app.main_window is None
    qtbot.waitUntil(lambda: "1 failed unlock attempt" in window.attempts_label.text())
    window.passphrase.setText(PASSPHRASE)
    window.try_unlock()
    wait_ops(qtbot)
    assert locked_app.main_window is not None
    assert locked_app.vault is not None and locked_app.vault.is_open


def test_unlock_explains_tampered_header(locked_app: AppController, qtbot, app_folder: Path) -> None:
    header = app_folder / "vault.header"
    header.write_text(header.read_text().replace('"kdf_iterations": 2', '"kdf_iterations": 3'))
    window = locked_app.unlock_window
    assert window is not None
    window.passphrase.setText(PASSPHRASE)
    window.try_unlock()
    wait_ops(qtbot)
    assert locked_app.main_window is None
    assert window.message.text(), "a tampered vault must be explained inline"


def test_unlock_explains_missing_keyring_item(qtbot, app_folder: Path, memory_keyring) -> None:
    from vault_app.crypto.kdf import OWASP_FLOOR
    from vault_app.gui.launcher import start
    from vault_app.services.vault import create_vault

    created = create_vault(app_folder, PASSPHRASE, params=OWASP_FLOOR)
    assert created.device_secret_used
    created.vault.lock()
    memory_keyring.items.clear()
    controller = start(app_folder, kdf_params=OWASP_FLOOR)
    try:
        window = controller.unlock_window
        assert window is not None
        window.passphrase.setText(PASSPHRASE)
        window.try_unlock()
        wait_ops(qtbot)
        assert "keyring" in window.message.text()
        assert "Emergency Kit" in window.message.text()
    finally:
        from tests.gui.conftest import _teardown

        _teardown(controller, qtbot)


def test_recover_with_emergency_kit(qtbot, app_folder: Path) -> None:
    from vault_app.crypto.kdf import OWASP_FLOOR
    from vault_app.gui.launcher import start
    from vault_app.services.vault import create_vault

    created = create_vault(app_folder, PASSPHRASE, params=OWASP_FLOOR)
    created.vault.lock()
    controller = start(app_folder, kdf_params=OWASP_FLOOR)
    try:
        window = controller.unlock_window
        assert window is not None
        window.open_recovery()
        from vault_app.gui.recover_dialog import RecoverDialog

        dialog = window.findChild(RecoverDialog)
        assert dialog is not None
        dialog.key.setText("AAAAA-BBBBB")
        dialog.first.setText("a brand new passphrase here")
        dialog.second.setText("a brand new passphrase here")
        dialog.try_recover()
        wait_ops(qtbot)
        assert dialog.message.text(), "a malformed key is explained inline"
        dialog.key.setText(created.recovery_key.lower().replace("-", " "))
        dialog.try_recover()
        wait_ops(qtbot)
        assert controller.main_window is not None
    finally:
        from tests.gui.conftest import _teardown

        _teardown(controller, qtbot)
    open_vault(app_folder, "a brand new passphrase here").lock()


def test_unlock_explains_rolled_back_ledger(qtbot, app_folder: Path, memory_keyring) -> None:
    from vault_app.crypto.kdf import OWASP_FLOOR
    from vault_app.gui.launcher import start
    from vault_app.services.device_secret import anchor_name
    from vault_app.services.vault import create_vault

    created = create_vault(app_folder, PASSPHRASE, params=OWASP_FLOOR)
    vault_id = created.vault.vault_id
    created.vault.lock()
    # The keyring remembers a later ledger entry than the folder holds: an old copy was put back.
    memory_keyring.items[("vault-app", anchor_name(vault_id))] = "9999:" + "00" * 32
    controller = start(app_folder, kdf_params=OWASP_FLOOR)
    try:
        window = controller.unlock_window
        assert window is not None
        window.passphrase.setText(PASSPHRASE)
        window.try_unlock()
        wait_ops(qtbot)
        assert controller.main_window is None
        assert "older" in window.message.text() and "rolled back" in window.message.text()
    finally:
        from tests.gui.conftest import _teardown

        _teardown(controller, qtbot)


def test_the_backup_page_says_what_a_chosen_folder_already_holds(qtbot, tmp_path: Path) -> None:
    from vault_app.gui.create_wizard_backup import BackupPage

    page = BackupPage(lambda: tmp_path / "vault")
    qtbot.addWidget(page)
    folder = tmp_path / "usb" / "backups"
    folder.mkdir(parents=True)
    (folder / "vault-backup-2025-11-30.vaultbackup").write_bytes(b"an older vault's backup")
    page.target.setText(str(folder))
    page._look_at_folder()  # what leaving the field or choosing with Choose… does
    wait_ops(qtbot)
    said = page.notes.text()
    assert "1 single-file backup. It is left as it is" in said
    assert (folder / "vault-backup-2025-11-30.vaultbackup").read_bytes() == b"an older vault's backup"
    assert not (folder / "snapshots").exists()  # looking makes nothing
    page.target.setText(str(tmp_path / "vault" / "backups"))
    assert not page.isComplete() and page.notes.text().strip() == ""


def test_enter_on_the_keyring_page_without_a_keyring_goes_forward(fresh_app: AppController, qtbot) -> None:
    """Found in the real app on a machine without a keyring: the box was disabled under the
    keyboard, Qt gave the keyboard to < Back, and Enter went back a page."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    wizard = fresh_app.wizard
    assert wizard is not None
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    next_button.click()
    wizard.about_page.name.setText("Jordan Lee")
    next_button.click()
    wizard.passphrase_page.first.setText(PASSPHRASE)
    wizard.passphrase_page.second.setText(PASSPHRASE)
    next_button.click()
    wait_ops(qtbot)  # the keyring check: none in tests
    assert wizard.currentPage() is wizard.keyring_page
    assert not wizard.keyring_page.use_keyring.isEnabled()
    focused = QApplication.focusWidget()
    assert focused is not wizard.button(QWizard.WizardButton.BackButton)
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.backup_page
