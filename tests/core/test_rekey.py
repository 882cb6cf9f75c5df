"""Rotation: after `vault-app rekey` (the copies beside the files, then the short swap:
vault_rekey_runners.replace_here, the GUI's path on one thread), an old header with the old
passphrase, the old recovery key and an old backup's keys no longer open the live vault;
everything in it is still there; older backups stay usable. The command line itself, as a
real process (tests/core/test_rekey_cli.py): a kill at each step, Ctrl-C during the copies,
another process holding the vault, a full disk."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from vault_app.crypto.kdf import OWASP_FLOOR, KdfParams
from vault_app.domain.errors import VaultCorrupt, VaultError, VaultTampered, WrongPassphrase, WrongRecoveryKey
from vault_app.services import backup, clients, vault_rekey_beside, vault_rekey_runners
from vault_app.services.device_secret import KeyringSecretStore
from vault_app.services.vault import create_vault, open_vault, recover_vault
from vault_app.services.vault_keys import unwrap_header_keys
from vault_app.services.vault_master_key import unwrap_master
from vault_app.services.vault_rekey_runners import replace_here
from vault_app.storage import header as header_io
from vault_app.storage.backup_snapshot import close_without_waiting
from vault_app.storage.compartment import Compartment

NEW_PASSPHRASE = "after the suspected leak 7"


def _vault_with_a_client(tmp_path: Path, kdf_params: KdfParams) -> tuple[Path, str]:
    folder = tmp_path / "vault"
    made = create_vault(folder, PASSPHRASE, params=kdf_params, use_device_secret=False)
    clients.create_client(made.vault, "Cordelia Abernathy-Osei")
    made.vault.lock()
    return folder, made.recovery_key


def test_old_header_and_old_passphrase_do_not_open_the_rekeyed_vault(tmp_path: Path, kdf_params: KdfParams) -> None:
    folder, old_recovery = _vault_with_a_client(tmp_path, kdf_params)
    old_header = header_io.read(folder)
    with open_vault(folder, PASSPHRASE) as vault:
        old_records_key = vault.compartment_key("records")
        result = replace_here(vault, PASSPHRASE, NEW_PASSPHRASE)
        clients.create_client(vault, "Severin Achterberg")  # a client made after the rotation
    # The old header still yields the old master key...
    old_master = unwrap_master(folder, old_header, PASSPHRASE, KeyringSecretStore())
    # ...which unwraps nothing in the live header and opens no live compartment.
    with pytest.raises(VaultTampered):
        unwrap_header_keys(header_io.read(folder), old_master)
    with pytest.raises(VaultCorrupt):
        Compartment.open("records", folder / "records.db", old_records_key)
    # Nor does the old header put back in place, nor the old passphrase, nor the old Emergency Kit.
    with pytest.raises(WrongPassphrase):
        open_vault(folder, PASSPHRASE)
    with pytest.raises(WrongRecoveryKey):
        recover_vault(folder, old_recovery, "yet another passphrase", params=OWASP_FLOOR)
    live_header = (folder / "vault.header").read_bytes()
    header_io.write(folder, old_header)
    with pytest.raises(VaultError):
        open_vault(folder, PASSPHRASE).lock()
    (folder / "vault.header").write_bytes(live_header)
    # The live vault: new passphrase, new Emergency Kit, every change kept.
    with open_vault(folder, NEW_PASSPHRASE, with_psychotherapy=True, check_every_page=True) as vault:
        names = sorted(c.legal_name for c in clients.list_clients(vault))
        assert names == ["Cordelia Abernathy-Osei", "Severin Achterberg"]
        assert vault.verify_ledger().ok
        assert [e.kind for e in vault.ledger.entries(kinds=("vault.rekeyed",))] == ["vault.rekeyed"]
    recover_vault(folder, result.recovery_key, "recovered after the rekey", params=OWASP_FLOOR).lock()


def test_older_backups_stay_usable_after_a_rekey(tmp_path: Path, kdf_params: KdfParams) -> None:
    folder, _ = _vault_with_a_client(tmp_path, kdf_params)
    with open_vault(folder, PASSPHRASE) as vault:
        info = backup.create_backup(vault, tmp_path / "backups")
        replace_here(vault, PASSPHRASE, NEW_PASSPHRASE)
        assert backup.verify_backup(Path(info.path), vault=vault)["ok"]  # the vault keeps its old master
    # The old backup opens with the passphrase it was made under, restored elsewhere.
    backup.restore_backup(Path(info.path), tmp_path / "restored", passphrase=PASSPHRASE)
    with open_vault(tmp_path / "restored", PASSPHRASE) as old:
        assert [c.legal_name for c in clients.list_clients(old)] == ["Cordelia Abernathy-Osei"]


def test_the_steps_are_reported_in_order_up_to_done(tmp_path: Path, kdf_params: KdfParams) -> None:
    """What `vault-app rekey` prints on stderr: the proof, the copies' share up to 95%, the swap, done."""
    folder, _ = _vault_with_a_client(tmp_path, kdf_params)
    seen: list[tuple[float, str]] = []
    with open_vault(folder, PASSPHRASE) as vault:
        replace_here(vault, PASSPHRASE, progress=lambda f, t: seen.append((f, t)))
    assert seen[0] == (0.0, "Proving the passphrase…")
    assert seen[-2:] == [(0.95, vault_rekey_runners.SWAPPING), (1.0, "Done")]
    copying = [f for f, t in seen if t == vault_rekey_runners.COPYING]
    assert copying and max(copying) == pytest.approx(0.95) and min(copying) > 0.0
    with open_vault(folder, PASSPHRASE) as vault:
        [entry] = vault.ledger.entries(kinds=("vault.rekeyed",))
        assert entry.payload["how"] == {n: vault_rekey_beside.BESIDE for n in vault_rekey_beside.ORDER}


def test_a_reader_holding_the_journal_refuses_the_rekey_before_anything_changes(tmp_path: Path,
                                                                                kdf_params: KdfParams) -> None:
    """A read transaction elsewhere (a read-only command beside the window) keeps the WAL from
    being folded in: the rekey is refused at its start, before any copy or key is written,
    with a message that says so, and the vault still opens with its old passphrase and holds
    its client."""
    from vault_app.domain.errors import VaultBusy
    from vault_app.storage.compartment import COMPARTMENT_FILES, open_query_only

    folder, _ = _vault_with_a_client(tmp_path, kdf_params)
    with open_vault(folder, PASSPHRASE) as vault:
        old_key = vault.compartment_key("records")
        other = open_query_only(folder / COMPARTMENT_FILES["records"], old_key, "records", "reading")
        try:
            other.execute("BEGIN")
            other.execute("SELECT count(*) FROM clients").fetchone()  # a read transaction, held
            clients.create_client(vault, "Wendel Okafor")  # a frame the reader's snapshot predates
            # The refusal without the connections' 5 s busy timeout first (the same busy
            # checkpoint, at once); test_rekey_cli's reader test waits it out in a real process.
            close_without_waiting(vault.open_compartments())
            with pytest.raises(VaultBusy) as caught:
                replace_here(vault, PASSPHRASE, NEW_PASSPHRASE)
            assert "being read by another program" in caught.value.message
            assert vault_rekey_beside.NOTHING_CHANGED in caught.value.message
            assert vault.compartment_key("records") == old_key
            assert not [e for e in vault.ledger.entries() if e.kind.startswith("vault.rekey")]
        finally:
            other.close()
    with open_vault(folder, PASSPHRASE) as vault:
        names = {c.legal_name for c in clients.list_clients(vault)}
        assert {"Cordelia Abernathy-Osei", "Wendel Okafor"} <= names
