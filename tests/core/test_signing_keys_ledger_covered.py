"""Why `certificate verify` reads the retired signing keys from the unlocked header and not from the
ledger too (task of the 44th round; docs/retention.md): in every vault that unlocks, each key a ledger
entry records as retired (vault.rekeyed, backup.restored: restore_signing.recorded) is also in the
header's MAC-covered list, because the header write that retires a key comes before the entry that
records it (vault_rekey_beside.finish: rotate_master, then REKEYED; backup_restore: restore_signing.keep,
then RESTORED), and a header older than its ledger is refused at the unlock. If either order were ever
turned round, this fails, and the verification must then read the ledger's list as well.
Real vaults, a real Replace every key and a real restore."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import PASSPHRASE
from vault_app.services import backup, restore_signing, signing_keys
from vault_app.services.vault import Vault, open_vault
from vault_app.services.vault_rekey_runners import replace_here


def _ledger_retired(vault: Vault) -> set[str]:
    return {fp for fp, _when in restore_signing.recorded(vault.ledger.entries(kinds=restore_signing.RECORD_KINDS))}


def _header_retired(vault: Vault) -> set[str]:
    return {k.fingerprint for k in signing_keys.retired(vault.header)}


def test_every_key_a_ledger_records_as_retired_is_in_the_unlocked_header(
        vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    made = Path(backup.create_backup(vault, tmp_path / "usb").path)
    replace_here(vault, PASSPHRASE)
    assert _ledger_retired(vault) and _ledger_retired(vault) <= _header_retired(vault)
    replace_here(vault, PASSPHRASE)
    assert len(_ledger_retired(vault)) == 2 and _ledger_retired(vault) <= _header_retired(vault)
    vault.lock()
    backup.restore_backup(made, vault_dir, passphrase=PASSPHRASE, overwrite=True)
    with open_vault(vault_dir, PASSPHRASE) as restored:
        assert _ledger_retired(restored) and _ledger_retired(restored) <= _header_retired(restored)
