"""Create, unlock, change passphrase, recover, keyring paths, psychotherapy unlock."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest

from tests.conftest import PASSPHRASE, reopen
from tests.fakes import MemoryKeyring, RaisingKeyring
from vault_app.crypto import kdf
from vault_app.crypto.kdf import OWASP_FLOOR, KdfParams
from vault_app.domain.errors import (
    CompartmentLocked,
    EnvironmentProblem,
    InvalidInput,
    KeyringProblem,
    WrongPassphrase,
    WrongRecoveryKey,
)
from vault_app.services.device_secret import device_secret_name
from vault_app.services.vault import (
    CreatedVault,
    Vault,
    create_vault,
    failed_attempts,
    open_vault,
    recover_vault,
)
from vault_app.services.vault_folder import read_info

COMPARTMENTS = ("records.db", "psychotherapy.db", "ledger.db")


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_create_then_unlock_records_events(created: CreatedVault, vault_dir: Path) -> None:
    kinds = [e.kind for e in created.vault.ledger.entries()]
    assert kinds[0] == "vault.created"
    created.vault.lock()
    with reopen(vault_dir) as vault:
        # The first unlock also seals the new ledger (services/ledger_sealing.py), after it.
        assert [e.kind for e in vault.ledger.entries()][-2:] == ["vault.unlocked", "ledger.sealing_started"]
        assert not vault.psychotherapy_open


def test_files_are_private(created: CreatedVault, vault_dir: Path) -> None:
    created.vault.lock()
    assert vault_dir.stat().st_mode & 0o077 == 0
    assert (vault_dir / "vault.header").stat().st_mode & 0o077 == 0


def test_create_refuses_existing_vault(created: CreatedVault, vault_dir: Path, kdf_params: KdfParams) -> None:
    with pytest.raises(EnvironmentProblem, match="already exists"):
        create_vault(vault_dir, PASSPHRASE, params=kdf_params)


def test_short_passphrase_refused(tmp_path: Path, kdf_params: KdfParams) -> None:
    with pytest.raises(InvalidInput):
        create_vault(tmp_path / "v", "short", params=kdf_params)
    assert not (tmp_path / "v").exists()


def test_kdf_below_owasp_floor_refused(tmp_path: Path) -> None:
    weak = KdfParams(memory_kib=18 * 1024, iterations=2, parallelism=1)
    with pytest.raises(InvalidInput, match="OWASP"):
        create_vault(tmp_path / "v", PASSPHRASE, params=weak)
    with pytest.raises(InvalidInput):
        create_vault(tmp_path / "v", PASSPHRASE, params=KdfParams(19 * 1024, 1, 1))


def test_calibration_never_goes_below_the_default_floor() -> None:
    params = kdf.calibrate(target_seconds=0.05)
    assert params.memory_kib >= 256 * 1024
    assert params.iterations >= 3
    assert params.parallelism >= 4


def test_wrong_passphrase_changes_nothing_but_the_counter(created: CreatedVault, vault_dir: Path) -> None:
    created.vault.lock()
    before = snapshot(vault_dir)
    with pytest.raises(WrongPassphrase):
        open_vault(vault_dir, "not the passphrase")
    after = snapshot(vault_dir)
    assert after.pop("vault.failures")
    assert after == before
    assert failed_attempts(vault_dir) == 1
    with pytest.raises(WrongPassphrase):
        open_vault(vault_dir, "still not it!")
    assert failed_attempts(vault_dir) == 2
    with reopen(vault_dir) as vault:
        [*_, unlocked] = vault.ledger.entries(kinds=("vault.unlocked",))
        assert unlocked.payload == {"failed_attempts_since_last_unlock": 2}
    assert failed_attempts(vault_dir) == 0


def test_passphrase_change_rewraps_only(created: CreatedVault, vault_dir: Path) -> None:
    vault = created.vault
    vault.lock()
    vault = reopen(vault_dir)
    # Flush pending WAL content so the compartment files are at rest before comparing.
    for comp in vault.open_compartments():
        comp.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    records_before = (vault_dir / "records.db").read_bytes()
    psy_before = (vault_dir / "psychotherapy.db").read_bytes()
    vault.change_passphrase(PASSPHRASE, "a brand new passphrase", OWASP_FLOOR)
    vault.lock()
    assert (vault_dir / "records.db").read_bytes() == records_before
    assert (vault_dir / "psychotherapy.db").read_bytes() == psy_before
    with pytest.raises(WrongPassphrase):
        open_vault(vault_dir, PASSPHRASE)
    with open_vault(vault_dir, "a brand new passphrase", with_psychotherapy=True) as vault:
        assert vault.psychotherapy_open
        assert "passphrase.changed" in [e.kind for e in vault.ledger.entries()]


def test_passphrase_change_needs_the_current_one(vault: Vault) -> None:
    with pytest.raises(WrongPassphrase):
        vault.change_passphrase("wrong current one", "a brand new passphrase")


def test_the_same_passphrase_is_not_a_change(vault: Vault, vault_dir: Path) -> None:
    header = (vault_dir / "vault.header").read_bytes()
    entries = len(vault.ledger.entries())
    with pytest.raises(InvalidInput, match="same as the current one"):
        vault.change_passphrase(PASSPHRASE, PASSPHRASE)
    assert (vault_dir / "vault.header").read_bytes() == header
    assert len(vault.ledger.entries()) == entries


def test_recovery_with_emergency_kit(created: CreatedVault, vault_dir: Path) -> None:
    created.vault.lock()
    with recover_vault(vault_dir, created.recovery_key, "recovered passphrase!", params=OWASP_FLOOR) as vault:
        assert vault.ledger.entries()[-1].kind == "vault.recovered"
    with pytest.raises(WrongPassphrase):
        open_vault(vault_dir, PASSPHRASE)
    open_vault(vault_dir, "recovered passphrase!").lock()


def test_recovery_key_typo_and_wrong_key(
    created: CreatedVault, vault_dir: Path, tmp_path: Path, kdf_params: KdfParams
) -> None:
    created.vault.lock()
    # Change a character in the middle: the last one carries padding bits only.
    key = created.recovery_key
    typo = key[:10] + ("A" if key[10] != "A" else "B") + key[11:]
    with pytest.raises(WrongRecoveryKey, match=r"typo|length|characters"):
        recover_vault(vault_dir, typo, "recovered passphrase!", params=OWASP_FLOOR)
    other = create_vault(tmp_path / "other", PASSPHRASE, params=kdf_params)
    other.vault.lock()
    before = snapshot(vault_dir)
    with pytest.raises(WrongRecoveryKey, match="does not open this vault"):
        recover_vault(vault_dir, other.recovery_key, "recovered passphrase!", params=OWASP_FLOOR)
    assert snapshot(vault_dir) == before


def test_device_secret_path_with_memory_keyring(
    memory_keyring: MemoryKeyring, vault_dir: Path, kdf_params: KdfParams
) -> None:
    created = create_vault(vault_dir, PASSPHRASE, params=kdf_params)
    assert created.device_secret_used
    vault_id = created.vault.vault_id
    created.vault.lock()
    assert read_info(vault_dir)["device_secret_in_keyring"] is True
    assert ("vault-app", device_secret_name(vault_id)) in memory_keyring.items
    reopen(vault_dir).lock()

    # Losing the keyring item: the passphrase alone no longer opens, the Emergency Kit does.
    memory_keyring.delete_password("vault-app", device_secret_name(vault_id))
    with pytest.raises(KeyringProblem, match="missing"):
        reopen(vault_dir)
    recover_vault(vault_dir, created.recovery_key, "after keyring loss", params=OWASP_FLOOR).lock()
    open_vault(vault_dir, "after keyring loss").lock()


def test_device_secret_is_really_needed(memory_keyring: MemoryKeyring, vault_dir: Path, kdf_params: KdfParams) -> None:
    created = create_vault(vault_dir, PASSPHRASE, params=kdf_params)
    created.vault.lock()
    name = device_secret_name(created.vault.vault_id)
    memory_keyring.set_password("vault-app", name, "A" * 43 + "=")  # a different 32-byte secret
    with pytest.raises(WrongPassphrase):
        reopen(vault_dir)


def test_keyring_that_raises_falls_back_to_passphrase(vault_dir: Path, kdf_params: KdfParams) -> None:
    keyring.set_keyring(RaisingKeyring())
    created = create_vault(vault_dir, PASSPHRASE, params=kdf_params)
    assert not created.device_secret_used
    assert "passphrase alone" in created.keyring_message
    created.vault.lock()
    reopen(vault_dir).lock()


def test_keyring_absent_falls_back_to_passphrase(vault_dir: Path, kdf_params: KdfParams) -> None:
    created = create_vault(vault_dir, PASSPHRASE, params=kdf_params)  # conftest installs fail.Keyring
    assert not created.device_secret_used
    created.vault.lock()
    reopen(vault_dir).lock()


def test_keyring_vanishing_after_creation(
    memory_keyring: MemoryKeyring, vault_dir: Path, kdf_params: KdfParams
) -> None:
    created = create_vault(vault_dir, PASSPHRASE, params=kdf_params)
    created.vault.lock()
    keyring.set_keyring(RaisingKeyring())
    with pytest.raises(KeyringProblem, match=r"no keyring is available|missing"):
        reopen(vault_dir)


def test_psychotherapy_needs_its_own_unlock(vault: Vault) -> None:
    assert not vault.psychotherapy_open
    with pytest.raises(CompartmentLocked):
        _ = vault.psychotherapy
    with pytest.raises(WrongPassphrase):
        vault.unlock_psychotherapy("wrong passphrase!")
    vault.unlock_psychotherapy(PASSPHRASE)
    assert vault.psychotherapy.query_one("SELECT count(*) FROM meta")[0] == 0
    vault.lock_psychotherapy()
    with pytest.raises(CompartmentLocked):
        _ = vault.psychotherapy
    kinds = [e.kind for e in vault.ledger.entries()]
    assert kinds[-2:] == ["psychotherapy.unlocked", "psychotherapy.locked"]


def test_a_passphrase_typo_inside_the_open_vault_is_not_a_failed_unlock(
        vault: Vault, vault_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Found in the real app: a typo in the destruction wizard's psychotherapy unlock counted
    toward the unlock window's back-off and was logged at the next unlock as a failed unlock.
    Guessing inside the open vault is still slowed, by that session's own count."""
    from vault_app.services import vault_master_key

    waits: list[float] = []
    monkeypatch.setattr(vault_master_key, "_sleep", waits.append)
    for _ in range(vault_master_key.FREE_ATTEMPTS + 1):
        with pytest.raises(WrongPassphrase, match="does not unlock this vault"):
            vault.unlock_psychotherapy("wrong passphrase!")
    with pytest.raises(WrongPassphrase, match="does not unlock this vault"):
        vault.require_passphrase("still the wrong one")
    assert failed_attempts(vault_dir) == 0 and not (vault_dir / "vault.failures").exists()
    assert waits == [1.0, 2.0], "the session's own refusals slow the next try"
    refused = vault.ledger.entries(kinds=("psychotherapy.unlock_refused",))
    assert len(refused) == vault_master_key.FREE_ATTEMPTS + 1, "each refused try at the notes is in the ledger"
    assert len(vault.ledger.entries(kinds=("passphrase.reask_refused",))) == 1, "and the confirmation's too"
    vault.unlock_psychotherapy(PASSPHRASE)
    assert waits == [1.0, 2.0, 4.0]
    vault.lock_psychotherapy()
    vault.unlock_psychotherapy(PASSPHRASE)
    vault.lock()
    with reopen(vault_dir) as again:
        [*_, unlocked] = again.ledger.entries(kinds=("vault.unlocked",))
        # not failed unlocks, but named: the four refused tries at the notes and the confirmation
        assert unlocked.payload == {"failed_attempts_since_last_unlock": 0,
                                    "refused_passphrases_in_open_vault_since_last_unlock": 5}
    assert waits == [1.0, 2.0, 4.0], "a right passphrase starts the count again; the unlock never waited"


def test_reveal_key_is_logged_and_psychotherapy_needs_unlock(vault: Vault) -> None:
    key = vault.reveal_key("records")
    assert len(bytes.fromhex(key)) == 32
    assert vault.ledger.entries()[-1].payload == {"compartment": "records"}
    with pytest.raises(CompartmentLocked):
        vault.reveal_key("psychotherapy")
    with pytest.raises(InvalidInput):
        vault.reveal_key("everything")


def test_info_reveals_no_secrets(created: CreatedVault, vault_dir: Path) -> None:
    created.vault.lock()
    info = read_info(vault_dir)
    text = repr(info)
    assert created.recovery_key not in text
    assert info["kdf"]["memory_mib"] == 19
    assert set(info["compartments"]) == {"records", "psychotherapy", "ledger"}


def test_interrupted_rekey_recovers_with_staged_key(vault: Vault, vault_dir: Path) -> None:
    """A crash after PRAGMA rekey but before the header update must not lose data."""
    from vault_app.crypto.keys import random_key

    vault.records.execute("INSERT INTO meta VALUES ('k', 'v')")
    new = random_key()
    vault.stage_compartment_key("records", new)
    vault.records.rekey(new)
    vault.lock()  # "crash": header still names the old key as current
    with reopen(vault_dir) as again:
        assert again.records.query_one("SELECT value FROM meta WHERE key = 'k'")[0] == "v"
        assert "records.staged" not in again.header.wrapped
        assert again.ledger.entries(kinds=("key.rekey_completed_after_interruption",))
    reopen(vault_dir).lock()
