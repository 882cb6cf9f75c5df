"""The psychotherapy notes' PIN after another program changed the vault's passphrase while
the window was locked (`vault-app passphrase change`, a real second process). The idle lock's
own PIN learns of it (test_quick_unlock_changed_beside.py); but when the therapist took "Use
my passphrase instead" and typed the new passphrase, the notes' 2-minute lock still offered
the PIN sealed over the OLD passphrase: the right PIN said "That passphrase does not unlock
this vault." and was counted as a wrong passphrase typed inside the open vault (the back-off,
and the unlock window's warning that someone may have been guessing). Real vault files, real
Argon2id (OWASP floor), real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import cli_process
from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from tests.gui.test_quick_unlock import PIN, _idle_lock, _turn_on
from tests.gui.test_quick_unlock_changed_beside import NEW, _change_in_a_terminal
from tests.gui.test_quick_unlock_psychotherapy import _pin_offered, _tab, _try_pin
from vault_app.gui.controller import AppController
from vault_app.services import quick_unlock
from vault_app.services.quick_unlock import QuickUnlockUnavailable
from vault_app.services.vault import Vault, open_vault
from vault_app.services.vault_passphrase import read_failures, reasked_refusals, unseen_reasked_refusals

pytestmark = pytest.mark.gui


def _open_notes(app: AppController, qtbot, phrase: str) -> None:
    tab = _tab(app)
    tab.passphrase.setText(phrase)
    tab.unlock()
    wait_ops(qtbot)
    assert app.psychotherapy_open


def test_the_notes_pin_after_a_passphrase_changed_meanwhile_and_typed_at_the_unlock(
        unlocked_app: AppController, qtbot, app_folder: Path, tmp_path: Path) -> None:
    _turn_on(unlocked_app, qtbot)
    add_client(unlocked_app, qtbot)
    _open_notes(unlocked_app, qtbot, PASSPHRASE)
    qtbot.waitUntil(lambda: unlocked_app.psychotherapy_quick_ready)

    _idle_lock(unlocked_app, qtbot)
    _change_in_a_terminal(app_folder, tmp_path)
    window = unlocked_app.unlock_window
    assert window is not None and window.pin_row.isVisibleTo(window)
    window.pin_row.passphrase_button.click()  # "Use my passphrase instead"
    window.passphrase.setText(NEW)
    window.unlock_button.click()
    wait_ops(qtbot)
    assert unlocked_app.vault is not None and unlocked_app.main_window is not None
    qtbot.waitUntil(lambda: unlocked_app.quick_ready)

    tab = _tab(unlocked_app)
    # The seal of the notes held the old passphrase: only the passphrase is asked.
    assert not _pin_offered(tab)
    assert not unlocked_app.psychotherapy_quick_ready
    _open_notes(unlocked_app, qtbot, NEW)
    assert reasked_refusals(app_folder) == 0 and unseen_reasked_refusals(app_folder) == 0
    assert read_failures(app_folder) == 0

    # And after it, the notes' own 2-minute lock offers the PIN of the new passphrase.
    qtbot.waitUntil(lambda: unlocked_app.psychotherapy_quick_ready)
    unlocked_app.lock_psychotherapy()
    wait_ops(qtbot)
    assert _pin_offered(tab)
    _try_pin(qtbot, tab, PIN)
    assert unlocked_app.psychotherapy_open, tab.unlock_message.text()
    assert reasked_refusals(app_folder) == 0


def test_the_notes_pin_sealed_before_a_passphrase_change_is_refused_in_words_and_counts_nothing(
        vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    """The service's own guard, whatever the window offers: the old passphrase sealed for the
    notes is spent and said, never tried as a passphrase typed inside the open vault."""
    vault.unlock_psychotherapy(PASSPHRASE)
    sealed = quick_unlock.seal(PASSPHRASE, PIN, kdf_settings=quick_unlock.kdf_settings_of(vault))
    vault.lock()
    _change_in_a_terminal(vault_dir, tmp_path)
    reopened = open_vault(vault_dir, NEW)
    try:
        with pytest.raises(QuickUnlockUnavailable) as refused:
            quick_unlock.unlock_psychotherapy_with_pin(reopened, sealed, PIN)
        assert refused.value.code == "quick_unlock.passphrase_changed"
        assert sealed.spent and not reopened.psychotherapy_open
        assert reasked_refusals(vault_dir) == 0 and unseen_reasked_refusals(vault_dir) == 0
    finally:
        reopened.lock()


def test_the_notes_pin_after_a_rekey_that_kept_the_passphrase_is_dropped(
        vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    vault.unlock_psychotherapy(PASSPHRASE)
    sealed = quick_unlock.seal(PASSPHRASE, PIN, kdf_settings=quick_unlock.kdf_settings_of(vault))
    vault.lock()
    done = cli_process("rekey", "--vault", str(vault_dir), "--recovery-key-out", str(tmp_path / "kit.txt"))
    assert done.code == 0, done.err
    reopened = open_vault(vault_dir, PASSPHRASE)
    try:
        # Replacing every key drops the PIN (docs/SECURITY.md), the passphrase kept or not.
        with pytest.raises(QuickUnlockUnavailable) as refused:
            quick_unlock.unlock_psychotherapy_with_pin(reopened, sealed, PIN)
        assert refused.value.code == "quick_unlock.passphrase_changed"
        assert not reopened.psychotherapy_open and sealed.spent
        reopened.unlock_psychotherapy(PASSPHRASE)  # the passphrase still opens them
        assert reopened.psychotherapy_open
        assert reasked_refusals(vault_dir) == 0
    finally:
        reopened.lock()
