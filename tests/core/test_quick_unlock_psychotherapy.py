"""Issue 17 item 12 for the psychotherapy lock, core side: the PIN reopens the compartment
only through its ordinary passphrase unlock, and a wrong PIN opens nothing. Real vault
files, real Argon2id at the OWASP floor."""

from __future__ import annotations

import pytest

from tests.conftest import PASSPHRASE
from vault_app.domain.errors import WrongPassphrase
from vault_app.services import quick_unlock
from vault_app.services.quick_unlock import MAX_TRIES, QuickUnlockUnavailable, WrongPin
from vault_app.services.vault import Vault

PIN = "8642"


def test_the_pin_reopens_the_psychotherapy_compartment(vault: Vault) -> None:
    sealed = quick_unlock.seal(PASSPHRASE, PIN)
    with pytest.raises(WrongPin):
        quick_unlock.unlock_psychotherapy_with_pin(vault, sealed, "0000")
    assert not vault.psychotherapy_open
    quick_unlock.unlock_psychotherapy_with_pin(vault, sealed, PIN)
    assert vault.psychotherapy_open
    assert sealed.tries_left == MAX_TRIES, "a right PIN restores the tries"


def test_three_wrong_pins_leave_only_the_passphrase(vault: Vault) -> None:
    sealed = quick_unlock.seal(PASSPHRASE, PIN)
    for _ in range(MAX_TRIES):
        with pytest.raises(WrongPin):
            quick_unlock.unlock_psychotherapy_with_pin(vault, sealed, "0000")
    with pytest.raises(QuickUnlockUnavailable):
        quick_unlock.unlock_psychotherapy_with_pin(vault, sealed, PIN)
    assert not vault.psychotherapy_open
    vault.unlock_psychotherapy(PASSPHRASE)
    assert vault.psychotherapy_open


def test_no_seal_opens_nothing(vault: Vault) -> None:
    with pytest.raises(QuickUnlockUnavailable):
        quick_unlock.unlock_psychotherapy_with_pin(vault, None, PIN)
    assert not vault.psychotherapy_open


def test_a_seal_of_the_wrong_passphrase_is_refused_by_the_vault(vault: Vault) -> None:
    """The PIN yields a passphrase; the vault still checks it like a typed one."""
    sealed = quick_unlock.seal("not this vault's passphrase", PIN)
    with pytest.raises(WrongPassphrase):
        quick_unlock.unlock_psychotherapy_with_pin(vault, sealed, PIN)
    assert not vault.psychotherapy_open
