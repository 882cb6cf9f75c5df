"""Putting back an older copy of any file of the vault, alone or with others (short of
the whole folder), is refused at unlock as rolled back (exit 5, naming a file), with or
without a keyring. The older copies are real earlier states of the same vault."""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import cli_in_process
from tests.fakes import MemoryKeyring
from vault_app.crypto.kdf import OWASP_FLOOR, KdfParams
from vault_app.domain.errors import ExitCode, LedgerRollback
from vault_app.services import clients, notes
from vault_app.services.vault import create_vault, open_vault

NEW_PASSPHRASE = "the passphrase after the change"
FILES = ("records.db", "psychotherapy.db", "ledger.db", "vault.header")
SUBSETS = [s for n in range(1, len(FILES)) for s in itertools.combinations(FILES, n)]


def _copy(src: Path, dest: Path, names: tuple[str, ...]) -> None:
    dest.mkdir(exist_ok=True)
    for name in names:
        for suffix in ("-wal", "-shm"):
            (dest / (name + suffix)).unlink(missing_ok=True)
        shutil.copy2(src / name, dest / name)


def _history(tmp_path: Path, kdf_params: KdfParams, *, keyring: bool) -> tuple[Path, Path]:
    """A vault folder now, and a copy of its files from before a records change, a signed
    psychotherapy note and a passphrase change."""
    folder = tmp_path / "vault"
    made = create_vault(folder, PASSPHRASE, params=kdf_params, use_device_secret=keyring)
    client_id = clients.create_client(made.vault, "Philippa Oyelaran-Schmidt").client_id
    made.vault.unlock_psychotherapy(PASSPHRASE)
    first = notes.create_psychotherapy_note(made.vault, client_id, "First.").note
    notes.sign_psychotherapy_note(made.vault, first.note_id)
    made.vault.lock()
    old = tmp_path / "old"
    _copy(folder, old, FILES)
    with open_vault(folder, PASSPHRASE, with_psychotherapy=True) as vault:
        clients.create_client(vault, "Bartholomew Nwachukwu")
        note = notes.create_psychotherapy_note(vault, client_id, "Second, signed after the copy.").note
        notes.sign_psychotherapy_note(vault, note.note_id)
        vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE, OWASP_FLOOR)
    return folder, old


def _assert_refused(folder: Path, old: Path, subset: tuple[str, ...], tmp_path: Path) -> None:
    target = tmp_path / ("mixed-" + "-".join(n.split(".")[0] for n in subset))
    _copy(folder, target, FILES)
    _copy(old, target, subset)
    # The attacker's best try: the passphrase that the header in place accepts.
    phrase = PASSPHRASE if "vault.header" in subset else NEW_PASSPHRASE
    with pytest.raises(LedgerRollback) as caught:
        open_vault(target, phrase, with_psychotherapy=True).lock()
    err = caught.value
    assert err.exit_code == ExitCode.TAMPERED
    assert "rolled back" in err.message or "older than the audit ledger" in err.message
    assert any(name in err.message for name in subset), (subset, err.message)


@pytest.mark.parametrize("keyring", [False, True], ids=["no-keyring", "keyring"])
def test_every_older_file_or_combination_is_refused(
    keyring: bool, tmp_path: Path, kdf_params: KdfParams, request: pytest.FixtureRequest
) -> None:
    if keyring:
        request.getfixturevalue("memory_keyring")
    folder, old = _history(tmp_path, kdf_params, keyring=keyring)
    for subset in SUBSETS:
        _assert_refused(folder, old, subset, tmp_path)
    # The untouched vault still opens: no false alarm.
    with open_vault(folder, NEW_PASSPHRASE, with_psychotherapy=True) as vault:
        assert vault.verify_ledger().ok


def test_unlock_check_covers_the_psychotherapy_compartment(tmp_path: Path, kdf_params: KdfParams) -> None:
    folder, old = _history(tmp_path, kdf_params, keyring=False)
    _copy(old, folder, ("psychotherapy.db",))
    result = cli_in_process("unlock-check", "--vault", str(folder), passphrase=NEW_PASSPHRASE)
    assert result.code == ExitCode.TAMPERED, result
    assert "psychotherapy.db" in result.err and "older than the audit ledger" in result.err


def test_a_rewritten_ledger_of_the_same_length_fails_the_keyring_anchor(
    memory_keyring: MemoryKeyring, tmp_path: Path, kdf_params: KdfParams
) -> None:
    """The anchor holds the entry's MAC, not only its number: another ledger of the same
    vault padded to the same length is caught."""
    folder = tmp_path / "vault"
    made = create_vault(folder, PASSPHRASE, params=kdf_params)
    made.vault.lock()
    fork = tmp_path / "fork"
    _copy(folder, fork, FILES)
    with open_vault(folder, PASSPHRASE) as vault:
        vault.ledger.append("test.real", {"n": 1})
    with open_vault(fork, PASSPHRASE) as copy:  # the fork's own anchor is kept apart
        copy.ledger.append("test.forged", {"n": 2})
        while copy.ledger.head().seq < 50:
            copy.ledger.append("test.padding")
    with open_vault(folder, PASSPHRASE) as vault:
        while vault.ledger.head().seq < 49:
            vault.ledger.append("test.later")
    # Whole forked folder put in place of the live one: same vault, same passphrase.
    _copy(fork, folder, FILES)
    with pytest.raises(LedgerRollback, match="differs from the one the system keyring recorded"):
        open_vault(folder, PASSPHRASE)


def test_a_kill_between_a_change_and_its_ledger_entry_is_no_alarm(tmp_path: Path, kdf_params: KdfParams) -> None:
    """Crash safety: a compartment one commit ahead of the ledger is a crash, not a rollback."""
    folder = tmp_path / "vault"
    made = create_vault(folder, PASSPHRASE, params=kdf_params, use_device_secret=False)
    with made.vault.records.transaction():
        made.vault.records.execute("INSERT INTO meta (key, value) VALUES ('k', 'v')")
    made.vault.close_without_logging()  # as if killed before the ledger entry
    with open_vault(folder, PASSPHRASE, with_psychotherapy=True) as vault:
        assert vault.verify_ledger().ok
