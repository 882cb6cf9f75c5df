"""A passphrase asked again inside an open vault (the psychotherapy notes, a passphrase change,
quick unlock's set-up) is not a failed unlock, but guessing there stays slow across sessions
and is named at the next unlock."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, reopen
from vault_app.domain.errors import WrongPassphrase
from vault_app.services import vault_master_key
from vault_app.services.vault import Vault
from vault_app.services.vault_folder import failed_attempts, refused_reasks


def test_a_new_session_does_not_give_a_guesser_three_free_tries_again(
        vault: Vault, vault_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Found by review: the refusals were counted by the session's VaultKeys only, so each new
    session (a PIN's quick unlock after the idle lock, the app started again) began at 0: three
    free guesses at the passphrase every time, and the unlock window said nothing."""
    waits: list[float] = []
    monkeypatch.setattr(vault_master_key, "_sleep", waits.append)
    for _ in range(vault_master_key.FREE_ATTEMPTS):
        with pytest.raises(WrongPassphrase):
            vault.unlock_psychotherapy("a guess at the passphrase")
    assert waits == []
    vault.lock()
    assert refused_reasks(vault_dir) == vault_master_key.FREE_ATTEMPTS  # what the unlock window names
    assert failed_attempts(vault_dir) == 0  # still not failed unlocks
    again = reopen(vault_dir)  # a new session: what a quick unlock opens too
    unlocked = again.ledger.entries(kinds=("vault.unlocked",))[-1]
    assert unlocked.payload["refused_passphrases_in_open_vault_since_last_unlock"] == vault_master_key.FREE_ATTEMPTS
    assert refused_reasks(vault_dir) == 0  # named once
    with pytest.raises(WrongPassphrase):
        again.require_passphrase("another guess")  # a passphrase change's confirmation
    assert waits == [1.0], "the fourth guess waits, whichever session makes it"
    with pytest.raises(WrongPassphrase):
        again.unlock_psychotherapy("and another")
    assert waits == [1.0, 2.0]
    assert len(again.ledger.entries(kinds=("passphrase.reask_refused",))) == 1
    # typed right inside the open vault, the back-off starts again
    again.unlock_psychotherapy(PASSPHRASE)
    assert waits == [1.0, 2.0, 4.0]
    again.lock_psychotherapy()
    with pytest.raises(WrongPassphrase):
        again.unlock_psychotherapy("a typo")
    assert waits == [1.0, 2.0, 4.0]
    again.lock()
    assert refused_reasks(vault_dir) == 3  # the two guesses and the typo, since the last unlock
    reopen(vault_dir).lock()
    assert not (vault_dir / "vault.reasked").exists() or refused_reasks(vault_dir) == 0
