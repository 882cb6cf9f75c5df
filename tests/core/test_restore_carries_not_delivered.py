"""A "not delivered" follow-up recorded after a backup, of a disclosure the backup holds, carried
by a restore of that backup (45 CFR 164.528: the accounting must still say the copy was not
delivered). Found by the last round's reader: services/restore_carried.py carried disclosures and
accounting suspensions beyond the backup, but a follow-up of a disclosure the backup held was
neither carried nor counted, so the restored accounting said it was given.

A follow-up is taken only from a ledger that verifies under this vault's key, and only for a
disclosure both ledgers hold as the same entry: a tampered ledger, or one naming a disclosure the
restored vault does not hold, marks nothing."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import PASSPHRASE, reopen
from tests.core import disclosure_fixtures as fx
from tests.core.test_restore_carries_disclosures import _court_order
from vault_app.cli import restore_ask_words
from vault_app.services import backup, backup_restore, export, restore_ask
from vault_app.services.export_delivery import NOT_DELIVERED, not_delivered
from vault_app.services.restore_carried import CARRIED
from vault_app.services.vault import Vault
from vault_app.storage.compartment import Compartment


def _held_then_not_delivered(vault: Vault, vault_dir: Path, tmp_path: Path, *,
                             named: str = "") -> tuple[str, str, Path]:
    """A disclosure; a backup holding it; then, in the vault, a "not delivered" follow-up naming it
    (or `named`). (client id, the disclosure's id, the backup)."""
    chart = fx.make_chart(vault, n=1)
    disclosure_id = _court_order(vault, chart.client_id)
    seq = vault.ledger.entries(kinds=("disclosure",))[-1].seq
    info = backup.create_backup(vault, tmp_path / "usb")
    vault.lock()
    with reopen(vault_dir) as again:
        not_delivered(again, named or disclosure_id, seq, "the courier returned it unopened")
    return chart.client_id, disclosure_id, Path(info.path)


def _delivered(vault_dir: Path, client_id: str) -> list[bool]:
    with reopen(vault_dir) as again:
        return [d.delivered for d in export.disclosures(again, client_id)]


def test_the_follow_up_is_carried_and_counted(vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    client_id, _disclosure_id, path = _held_then_not_delivered(vault, vault_dir, tmp_path)
    asked = restore_ask.ahead(path, vault_dir, passphrase=PASSPHRASE)
    assert asked is not None and asked.read and asked.beyond["not_delivered"] == 1  # named in the question
    assert "1 copy recorded as not delivered (it will be carried over)" in " ".join(restore_ask_words.lines(asked))

    report = backup_restore.restore_backup(path, vault_dir, passphrase=PASSPHRASE, overwrite=True)
    said = report.replaced_ledger
    assert said is not None and said["read"] is True
    assert said["not_delivered_carried"] == 1 and said["beyond"]["not_delivered"] == 1
    assert _delivered(vault_dir, client_id) == [False]
    with reopen(vault_dir) as again:
        (entry,) = again.ledger.entries(kinds=(NOT_DELIVERED,))
        assert entry.payload[CARRIED]["safety_copy"] == report.safety_copy

    # Restored again over the restored vault: carried once, not twice.
    again_report = backup_restore.restore_backup(path, vault_dir, passphrase=PASSPHRASE, overwrite=True)
    assert again_report.replaced_ledger is not None and again_report.replaced_ledger["not_delivered_carried"] == 1
    assert _delivered(vault_dir, client_id) == [False]
    with reopen(vault_dir) as again:
        assert len(again.ledger.entries(kinds=(NOT_DELIVERED,))) == 1


def test_a_follow_up_naming_a_disclosure_the_backup_does_not_hold_marks_nothing(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    client_id, _disclosure_id, path = _held_then_not_delivered(vault, vault_dir, tmp_path, named="D-" + "0" * 16)
    report = backup_restore.restore_backup(path, vault_dir, passphrase=PASSPHRASE, overwrite=True)
    said = report.replaced_ledger
    assert said is not None and said["read"] is True
    assert said["not_delivered_carried"] == 0 and "not_delivered" not in said["beyond"]
    assert _delivered(vault_dir, client_id) == [True]
    with reopen(vault_dir) as again:
        assert again.ledger.entries(kinds=(NOT_DELIVERED,)) == []


def test_a_tampered_ledger_injects_no_follow_up(vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    """An attacker with the ledger's key rewrites a harmless follow-up to name the held disclosure:
    the chain no longer verifies, and nothing is carried from it."""
    key = bytes.fromhex(vault.reveal_key("ledger"))
    bogus = "D-" + "0" * 16
    client_id, disclosure_id, path = _held_then_not_delivered(vault, vault_dir, tmp_path, named=bogus)
    comp = Compartment.open("ledger", vault_dir / "ledger.db", key)
    comp.execute("DROP TRIGGER IF EXISTS ledger_no_update")
    seq = comp.query_one("SELECT max(seq) FROM ledger WHERE kind = ?", (NOT_DELIVERED,))[0]
    row = comp.query_one("SELECT payload FROM ledger WHERE seq = ?", (seq,))
    comp.execute("UPDATE ledger SET payload = ? WHERE seq = ?",
                 (bytes(row[0]).replace(bogus.encode(), disclosure_id.encode()), seq))
    comp.close()
    report = backup_restore.restore_backup(path, vault_dir, passphrase=PASSPHRASE, overwrite=True)
    said = report.replaced_ledger
    assert said is not None and said["read"] is False and said.get("not_delivered_carried", 0) == 0
    assert _delivered(vault_dir, client_id) == [True]
