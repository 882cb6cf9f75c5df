"""Issue 17 item 12, quick unlock: after a full unlock in this run, a PIN reopens an idle
lock; three wrong PINs, sleep and the OS's own screen lock fall back to the passphrase.
Real vault files, real Argon2id (OWASP floor), real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.gui.conftest import unlock, wait_ops
from vault_app.domain.errors import InvalidInput
from vault_app.gui.controller import AppController
from vault_app.services import quick_unlock
from vault_app.services.quick_unlock import MAX_TRIES, QuickUnlockUnavailable, Sealed, WrongPin, seal, unseal

pytestmark = pytest.mark.gui

PIN = "2468"


# --- the core, no Qt --------------------------------------------------------------------
def test_sealed_passphrase_comes_back_only_for_the_pin() -> None:
    with pytest.raises(QuickUnlockUnavailable):
        unseal(None, PIN)
    sealed = seal(PASSPHRASE, PIN)
    assert sealed.tries_left == MAX_TRIES
    assert PASSPHRASE.encode() not in sealed.blob
    assert unseal(sealed, PIN) == PASSPHRASE
    with pytest.raises(WrongPin, match="not right"):
        unseal(sealed, "1357")
    assert sealed.tries_left == MAX_TRIES - 1
    assert unseal(sealed, PIN) == PASSPHRASE, "the right PIN still works before the third miss"
    assert sealed.tries_left == MAX_TRIES


def test_third_wrong_pin_spends_the_seal() -> None:
    sealed = seal(PASSPHRASE, PIN)
    for _ in range(MAX_TRIES - 1):
        with pytest.raises(WrongPin):
            unseal(sealed, "0000")
    with pytest.raises(WrongPin, match="only the passphrase"):
        unseal(sealed, "0000")
    assert sealed.spent and sealed.blob == b"" and sealed.pepper == b""
    with pytest.raises(QuickUnlockUnavailable):
        unseal(sealed, PIN)  # even the right PIN: the blob is gone


def test_a_pepper_per_seal() -> None:
    """Two seals of the same passphrase under the same PIN share nothing an attacker could
    reuse: fresh salt and pepper each time, so a different key and ciphertext."""
    a, b = seal(PASSPHRASE, PIN), seal(PASSPHRASE, PIN)
    assert a.pepper != b.pepper and a.salt != b.salt and a.blob != b.blob
    swapped = Sealed(a.blob, a.salt, b.pepper)
    with pytest.raises(WrongPin):
        unseal(swapped, PIN)  # the right PIN with another seal's pepper opens nothing


@pytest.mark.parametrize(("pin", "ok"), [("123", False), ("1234", True), (" 1234 ", True), ("x" * 33, False)])
def test_pin_length(pin: str, ok: bool) -> None:
    if ok:
        assert quick_unlock.check_pin(pin) == pin.strip()
    else:
        with pytest.raises(InvalidInput):
            quick_unlock.check_pin(pin)


# --- through the app -----------------------------------------------------------------------
def _turn_on(app: AppController, qtbot, pin: str = PIN, phrase: str = PASSPHRASE) -> None:
    from vault_app.gui.settings_dialog import SettingsDialog

    window = app.main_window
    assert window is not None
    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    wait_ops(qtbot)
    box = dialog.quick_unlock
    assert not box.enabled.isChecked(), "quick unlock is off until the therapist chooses a PIN"
    box.enabled.setChecked(True)
    box.pin.setText(pin)
    box.pin_again.setText(pin)
    box.passphrase.setText(phrase)
    dialog.save()
    wait_ops(qtbot)


def _idle_lock(app: AppController, qtbot) -> None:
    app.idle.idle_lock.emit()
    wait_ops(qtbot)
    assert app.vault is None and app.unlock_window is not None


def test_pin_reopens_an_idle_lock(unlocked_app: AppController, qtbot, app_folder: Path) -> None:
    _turn_on(unlocked_app, qtbot)
    assert unlocked_app.quick_ready
    vault = unlocked_app.vault
    assert vault is not None and quick_unlock.load_pin(vault) == PIN
    for path in app_folder.rglob("*"):
        if path.is_file():
            assert PASSPHRASE.encode() not in path.read_bytes()

    _idle_lock(unlocked_app, qtbot)
    window = unlocked_app.unlock_window
    assert window is not None
    assert window.pin_row.isVisibleTo(window) and not window.passphrase.isVisibleTo(window)
    window.pin_row.pin.setText("1357")
    window.pin_row.unlock_button.click()
    wait_ops(qtbot)
    assert "not right" in window.message.text() and "2 tries left" in window.message.text()
    assert unlocked_app.vault is None
    window.pin_row.pin.setText(PIN)
    window.pin_row.unlock_button.click()
    wait_ops(qtbot)
    assert unlocked_app.vault is not None and unlocked_app.main_window is not None
    qtbot.waitUntil(unlocked_app.main_window.isVisible)
    assert unlocked_app.quick_ready and unlocked_app.sealed is not None and unlocked_app.sealed.tries_left == MAX_TRIES


def test_three_wrong_pins_fall_back_to_the_passphrase(unlocked_app: AppController, qtbot) -> None:
    _turn_on(unlocked_app, qtbot)
    _idle_lock(unlocked_app, qtbot)
    window = unlocked_app.unlock_window
    assert window is not None
    for _ in range(MAX_TRIES):
        window.pin_row.pin.setText("9999")
        window.pin_row.unlock_button.click()
        wait_ops(qtbot)
    assert not unlocked_app.quick_ready
    assert window.passphrase.isVisibleTo(window) and not window.pin_row.isVisibleTo(window)
    assert "passphrase" in window.message.text()
    unlock(unlocked_app, qtbot)
    wait_ops(qtbot)
    # A full unlock seals the passphrase again for the next idle lock.
    assert unlocked_app.quick_ready


@pytest.mark.parametrize("how", ["sleep", "os screen lock", "suspend"])
def test_sleep_and_the_os_lock_always_ask_for_the_passphrase(unlocked_app: AppController, qtbot, how: str) -> None:
    _turn_on(unlocked_app, qtbot)
    assert unlocked_app.quick_ready
    if how == "sleep":
        unlocked_app.idle.slept.emit()
    elif how == "os screen lock":
        unlocked_app.os_events.on_screensaver(True)
    else:
        unlocked_app.os_events.lock_requested.emit("suspended")
    wait_ops(qtbot)
    window = unlocked_app.unlock_window
    assert window is not None and unlocked_app.vault is None
    assert not unlocked_app.quick_ready
    assert not window.pin_row.isVisibleTo(window) and window.passphrase.isVisibleTo(window)


def test_a_new_run_of_the_app_starts_without_quick_unlock(unlocked_app: AppController, qtbot) -> None:
    """The PIN is stored (encrypted) in the vault, but the pepper lived only in the old
    process: a new controller (a restart) has nothing to unlock with."""
    _turn_on(unlocked_app, qtbot)
    fresh = AppController(unlocked_app.folder)
    try:
        assert fresh.sealed is None and not fresh.quick_ready
    finally:
        fresh.idle.unwatch()
        fresh.deleteLater()


def test_wrong_passphrase_does_not_turn_it_on(unlocked_app: AppController, qtbot) -> None:
    _turn_on(unlocked_app, qtbot, phrase="not the passphrase at all")
    assert not unlocked_app.quick_ready
    window = unlocked_app.main_window
    assert window is not None
    from vault_app.gui.settings_dialog import SettingsDialog

    dialog = next(d for d in window.findChildren(SettingsDialog) if d.isVisible())
    assert "does not unlock" in dialog.quick_unlock.message.text()
    vault = unlocked_app.vault
    assert vault is not None and quick_unlock.load_pin(vault) is None


def test_turning_it_off_drops_the_pin(unlocked_app: AppController, qtbot) -> None:
    from vault_app.gui.settings_dialog import SettingsDialog

    _turn_on(unlocked_app, qtbot)
    window = unlocked_app.main_window
    assert window is not None
    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    wait_ops(qtbot)
    assert dialog.quick_unlock.enabled.isChecked()
    dialog.quick_unlock.enabled.setChecked(False)
    dialog.save()
    wait_ops(qtbot)
    assert not unlocked_app.quick_ready
    vault = unlocked_app.vault
    assert vault is not None and quick_unlock.load_pin(vault) is None
    _idle_lock(unlocked_app, qtbot)
    unlock_window = unlocked_app.unlock_window
    assert unlock_window is not None and not unlock_window.pin_row.isVisibleTo(unlock_window)
