"""Issue 17 item 11 and issue 14 item 3: passphrase change, key rotation and opening another
vault from the Vault menu, through the same services as the CLI, on real vault files."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.gui.conftest import unlock, wait_ops
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.domain.errors import WrongPassphrase
from vault_app.gui.controller import AppController
from vault_app.services.vault import create_vault, open_vault, recover_vault

pytestmark = pytest.mark.gui

NEW = "seven purple otters juggle quietly at dawn"


def _judged(qtbot, meter, text: str) -> None:
    qtbot.waitUntil(lambda: meter.judged == text, timeout=20_000)
    wait_ops(qtbot)


def _locked(app: AppController, qtbot) -> None:
    app.lock("test")
    wait_ops(qtbot)


def test_menu_offers_the_three_actions_side_by_side(unlocked_app: AppController) -> None:
    window = unlocked_app.main_window
    assert window is not None
    vault_menu = window.menuBar().actions()[0].menu()
    texts = [a.text().replace("&", "") for a in vault_menu.actions() if not a.isSeparator()]
    i = texts.index("Change passphrase…")
    assert texts[i:i + 4] == ["Change passphrase…", "Replace every key…", "Check the Emergency Kit…",
                              "Open another vault…"]


def test_change_passphrase_with_strength_meter(unlocked_app: AppController, qtbot, app_folder: Path) -> None:
    from vault_app.gui.vault_keys_dialogs import ChangePassphraseDialog

    window = unlocked_app.main_window
    assert window is not None
    dialog = window.open_change_passphrase()
    assert isinstance(dialog, ChangePassphraseDialog)
    dialog.current.setText(PASSPHRASE)
    dialog.new.first.setText("password123")
    dialog.new.second.setText("password123")
    _judged(qtbot, dialog.new.meter, "password123")
    assert dialog.new.meter.score < 2 and not dialog.change_button.isEnabled(), "zxcvbn refuses a common one"
    assert "weak" in dialog.new.meter.label.text().lower()

    dialog.new.first.setText(NEW)
    dialog.new.second.setText(NEW)
    _judged(qtbot, dialog.new.meter, NEW)
    assert dialog.change_button.isEnabled()
    dialog.current.setText("not my passphrase at all")
    dialog.change_button.click()
    wait_ops(qtbot)
    assert "does not unlock" in dialog.message.text(), "a wrong current passphrase is explained inline"
    assert dialog.isVisible()

    # The current passphrase again as the new one: said inline, nothing changed.
    dialog.current.setText(PASSPHRASE)
    for field in (dialog.new.first, dialog.new.second):
        field.setText(PASSPHRASE)
    _judged(qtbot, dialog.new.meter, PASSPHRASE)
    dialog.change_button.click()
    wait_ops(qtbot)
    assert "same as the current one" in dialog.message.text() and dialog.isVisible()
    dialog.new.first.setText(NEW)
    dialog.new.second.setText(NEW)
    _judged(qtbot, dialog.new.meter, NEW)
    dialog.change_button.click()
    wait_ops(qtbot)
    assert not dialog.isVisible()
    _locked(unlocked_app, qtbot)
    with pytest.raises(WrongPassphrase):
        open_vault(app_folder, PASSPHRASE)
    open_vault(app_folder, NEW).lock()


def test_rekey_shows_progress_and_a_new_kit_with_fingerprint(unlocked_app: AppController, qtbot,
                                                             app_folder: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from vault_app.gui.vault_keys_dialogs import EmergencyKitDialog, RekeyDialog

    window = unlocked_app.main_window
    assert window is not None
    dialog = window.open_rekey()
    assert isinstance(dialog, RekeyDialog)
    assert not dialog.rekey_button.isEnabled()
    dialog.current.setText(PASSPHRASE)
    assert dialog.rekey_button.isEnabled()
    dialog.rekey_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: bool(window.findChildren(EmergencyKitDialog)))
    kit_dialog = window.findChildren(EmergencyKitDialog)[0]
    kit = kit_dialog.kit
    assert kit.key_fingerprint and kit.key_fingerprint in kit_dialog.fingerprint.text()
    assert kit_dialog.key_label.text().replace("\n", "-") == kit.recovery_key
    assert not kit_dialog.done_button.isEnabled()
    pdf = tmp_path / "new kit.pdf"
    kit_dialog.save_to(pdf)
    wait_ops(qtbot)
    text = PdfReader(str(pdf)).pages[0].extract_text()
    assert kit.recovery_key.split("-")[0] in text
    assert kit.key_fingerprint in text.replace("\n", "")
    kit_dialog.kept.setChecked(True)
    kit_dialog.done_button.click()
    _locked(unlocked_app, qtbot)
    # The new kit is the one that opens the vault now.
    recover_vault(app_folder, kit.recovery_key, NEW, params=OWASP_FLOOR, use_device_secret=False).lock()


def test_kit_fingerprint_matches_certificate_verification(unlocked_app: AppController, qtbot) -> None:
    from vault_app.services.certificates import public_key_fingerprint
    from vault_app.services.key_replacement import kit_for

    vault = unlocked_app.vault
    assert vault is not None
    assert kit_for(vault, "X").key_fingerprint == public_key_fingerprint(vault.public_key)


def test_open_another_vault_locks_and_unlocks_the_other_folder(unlocked_app: AppController, qtbot,
                                                               tmp_path: Path, app_folder: Path) -> None:
    from vault_app.gui import app_settings
    from vault_app.gui.vault_keys_dialogs import switch_to

    other = tmp_path / "restored-copy"
    other_phrase = "another vault with its own long passphrase"
    create_vault(other, other_phrase, params=OWASP_FLOOR).vault.lock()
    window = unlocked_app.main_window
    assert window is not None
    assert switch_to(unlocked_app, window, tmp_path / "nothing-here") is None  # no vault there: explained
    assert unlocked_app.vault is not None

    switch_to(unlocked_app, window, other)
    wait_ops(qtbot)
    assert unlocked_app.vault is None and unlocked_app.main_window is None
    unlock_window = unlocked_app.unlock_window
    assert unlock_window is not None and unlock_window.folder == other.resolve()
    unlock_window.passphrase.setText(other_phrase)
    unlock_window.unlock_button.click()
    wait_ops(qtbot)
    assert unlocked_app.vault is not None and unlocked_app.vault.folder == other.resolve()
    assert app_settings.last_vault_folder() == other.resolve()
    path = app_settings.settings_path()
    assert path.exists() and "QtProject" not in str(path)
    assert "Trolltech" not in path.read_text() and set(__import__("json").loads(path.read_text())) <= \
        app_settings.ALLOWED

    switch_to(unlocked_app, unlocked_app.main_window, app_folder)
    wait_ops(qtbot)
    main = unlock(unlocked_app, qtbot)
    assert main is not None and unlocked_app.vault is not None and unlocked_app.vault.folder == app_folder.resolve()
