"""A registered backup's ledger is searched once, in the live vault, when the chain proves
it is the live ledger's first entries (issue 21: half of every backup's bytes were
decrypted and searched again per backup); otherwise it is decrypted and searched as before.
The purged backup is then checked by the independent reader, every page included."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import PASSPHRASE, reopen
from tests.core.destruction_helpers import decrypted_hits, raw_hits, seed_chart, vault_keys
from vault_app.services import backup, destruction
from vault_app.services.snapshot_purge import ledger_is_live_prefix as _is_live_prefix
from vault_app.services.vault import Vault
from vault_app.storage.header import LedgerAnchor


def test_backup_ledger_matching_the_live_chain_is_not_searched_twice(psy_vault: Vault, tmp_path: Path) -> None:
    target = seed_chart(psy_vault, "T")
    seed_chart(psy_vault, "O")
    made = backup.create_backup(psy_vault, tmp_path / "usb", verify=True)
    cert = destruction.destroy(psy_vault, target.chart_number, basis="retention", confirm=target.chart_number)
    content = cert["verification"]["content_search"]
    assert cert["verification"]["result"] == "passed"
    assert content["backup_ledgers_identical_to_live_prefix"] == 1
    # Live: records, psychotherapy, ledger and the two search files; the backup: records and
    # psychotherapy (a backup carries no search file).
    assert content["compartment_files_decrypted"] == 5 + 2
    assert raw_hits(tmp_path / "usb", target.needles()) == []
    psy_vault.lock()
    restored = tmp_path / "restored"
    backup.restore_backup(Path(made.path), restored, passphrase=PASSPHRASE)
    with reopen(restored, psychotherapy=True) as copy:
        assert copy.verify_ledger().ok
        keys = vault_keys(copy)
    assert decrypted_hits(restored, keys, target.needles(), tmp_path / "scan") == []


def test_only_a_copy_ending_on_a_live_entry_counts_as_the_live_prefix(vault: Vault) -> None:
    head = vault.ledger.head()
    earlier = vault.ledger.get(head.seq - 1)
    assert earlier is not None
    assert _is_live_prefix(vault, head)
    assert _is_live_prefix(vault, LedgerAnchor(earlier.seq, earlier.mac_hex))
    assert not _is_live_prefix(vault, LedgerAnchor(head.seq, earlier.mac_hex))  # another chain
    assert not _is_live_prefix(vault, LedgerAnchor(head.seq + 1, head.mac_hex))  # longer than the live ledger
    assert not _is_live_prefix(vault, LedgerAnchor(0, "00" * 32))


def test_a_backup_ledger_not_on_the_live_chain_is_searched(psy_vault: Vault, tmp_path: Path) -> None:
    """A registered backup whose ledger is not the live chain's prefix (here: a backup of a
    copy that went its own way, registered in the live ledger) is decrypted and searched
    in full, its ledger included."""
    target = seed_chart(psy_vault, "T")
    made = backup.create_backup(psy_vault, tmp_path / "usb", verify=True)
    folder = psy_vault.folder
    psy_vault.lock()
    # Another timeline: the vault restored from that backup elsewhere, then changed there.
    other = tmp_path / "other"
    backup.restore_backup(Path(made.path), other, passphrase=PASSPHRASE)
    with reopen(other, psychotherapy=True) as fork:
        fork.ledger.append("fork.entry", {})
        forked = backup.create_backup(fork, tmp_path / "usb2")
    with reopen(folder, psychotherapy=True) as vault:
        vault.ledger.append("backup.created", {**vault.ledger.entries(kinds=("backup.created",))[0].payload,
                                               "path": forked.path, "sha256": forked.sha256,
                                               "bytes": forked.bytes, "ledger_seq": forked.ledger_seq})
        vault.ledger.append("live.entry", {})  # the live chain moves on differently
        cert = destruction.destroy(vault, target.chart_number, basis="retention", confirm=target.chart_number)
    content = cert["verification"]["content_search"]
    assert cert["verification"]["result"] == "passed"
    purged = [b for b in cert["verification"]["backups"] if b.get("status") == "purged"]
    assert len(purged) == 2
    # The first backup is on the live chain; the forked one is not and had its ledger searched.
    assert content["backup_ledgers_identical_to_live_prefix"] == 1
    assert content["compartment_files_decrypted"] == 5 + 2 + 3  # live: the search files too
