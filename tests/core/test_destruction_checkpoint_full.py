"""The destruction's WAL checkpoint (storage/destruction_delete.checkpoint) tells a full disk
from a journal held by another reader by SQLite's result: SQLITE_FULL fails the pragma and
says the disk is full, what to do and that nothing was lost; only SQLITE_BUSY (the pragma's
busy flag) says "in use by another program". After a full disk the destruction is left
started, and the next unlock finishes and verifies it with every other note still there.

The full disk is real: a small tmpfs (needs root, as in CI's container; skips elsewhere).
The checkpoint is made to need room by notes written after the last checkpoint that grow
records.db: their pages wait in the journal, and folding them in extends the file, which a
full file system refuses (overwriting pages in place would not need room on tmpfs)."""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.destruction_helpers import seed_chart
from tests.core.test_faults_diskfull import _fill, small_filesystem
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.domain.errors import DiskFull, EnvironmentProblem, VaultError
from vault_app.services import clients, destruction, notes
from vault_app.services.vault import Vault, create_vault, open_vault
from vault_app.storage import destruction_delete as deletion
from vault_app.storage.compartment import COMPARTMENT_FILES, open_query_only

JOURNAL_BYTES = 600 * 4120  # 600 frames of a 4096-byte page


def _vault_with_growth_in_the_journal(folder: Path) -> tuple[Vault, str, str, set[str], int]:
    """A vault with a chart to destroy and another chart whose latest notes are still only in
    records.db's journal, beyond the end of the file; and how many bytes folding them in adds
    to the file. The journal is emptied first and stays under SQLite's automatic checkpoint
    (1000 frames), so nothing folds them in before the destruction's own checkpoint."""
    vault = create_vault(folder, PASSPHRASE, params=OWASP_FLOOR, use_device_secret=False).vault
    vault.unlock_psychotherapy(PASSPHRASE)
    gone = seed_chart(vault, "K")
    kept = seed_chart(vault, "L")
    assert vault.records.checkpoint()
    records = folder / COMPARTMENT_FILES["records"]
    before = records.stat().st_size
    journal = Path(str(records) + "-wal")
    written = set()
    while journal.stat().st_size < JOURNAL_BYTES:
        text = f"later {len(written)} " + os.urandom(20_000).hex()
        written.add(notes.create_progress_note(vault, kept.client_id, text=text).note_id)
    assert records.stat().st_size == before, "an automatic checkpoint folded the journal in"
    growth = int(vault.records.scalar("PRAGMA page_count")) * 4096 - before
    return vault, gone.chart_number, kept.client_id, written, growth


def _outcome(vault: Vault) -> tuple[str, str]:
    """The destruction's state and its certificate's verification ("" when none)."""
    [listed] = destruction.list_destructions(vault)
    done = vault.ledger.entries(kinds=(destruction.COMPLETED,))
    return str(listed["state"]), str(done[-1].payload["verification"]) if done else ""


def test_a_full_disk_at_the_checkpoint_says_so_and_the_next_unlock_finishes(tmp_path: Path) -> None:
    failures: list[VaultError] = []
    with small_filesystem(tmp_path / "small", "16m") as mount:
        # Room for the deletion's own pages (a few hundred kB), not for the file's growth
        # (about 1.3 MB): a third and two thirds of it.
        for i, part in enumerate((3, 3 / 2)):
            folder = mount / f"vault-{i}"
            vault, chart_number, kept, written, growth = _vault_with_growth_in_the_journal(folder)
            gone = {c.client_id for c in clients.list_clients(vault)} - {kept}
            filler = _fill(mount, int(growth / part))
            try:
                destruction.destroy(vault, chart_number, basis="override", confirm=chart_number,
                                    override_reason="testing a full disk at the checkpoint")
            except VaultError as err:
                failures.append(err)
                assert "in use by another program" not in str(err), str(err)
            finally:
                with contextlib.suppress(DiskFull):  # its own last writes may not fit either
                    vault.lock()
                filler.unlink()
            with open_vault(folder, PASSPHRASE, with_psychotherapy=True) as again:  # resumes it
                assert _outcome(again) == ("completed", "passed")
                assert {c.client_id for c in clients.list_clients(again)} == {kept}
                present = {r["note_id"] for r in again.records.query("SELECT note_id FROM progress_notes")}
                assert written <= present, "a note written before the destruction was lost"
                assert not gone & {r["client_id"] for r in again.records.query("SELECT client_id FROM clients")}
                assert again.check_integrity() == {"records": [], "ledger": [], "psychotherapy": []}
                assert again.ledger.verify_full(again.header.ledger_anchor).ok
            shutil.rmtree(folder)
    at_checkpoint = [e for e in failures if "journal into its file" in e.message]
    assert at_checkpoint, [str(e) for e in failures]  # the case this test is about was reached
    for err in at_checkpoint:
        assert isinstance(err, DiskFull)
        assert err.message.startswith("The disk that holds the folder ") and err.message.endswith(
            " is full while folding the records compartment's journal into its file.")
        assert "Nothing already saved was lost. Free some space" in err.hint
        assert "will be finished at the next unlock" in err.hint  # what happens to the destruction


def test_a_reader_holding_the_journal_is_reported_as_in_use(vault: Vault) -> None:
    """The other cause, unchanged: a read transaction elsewhere keeps the journal from being
    emptied (SQLITE_BUSY after the busy timeout), which is neither a full disk nor a loss."""
    clients.create_client(vault, "Ottilie Brandt")
    path = vault.folder / COMPARTMENT_FILES["records"]
    other = open_query_only(path, vault.compartment_key("records"), "records", "reading")
    try:
        other.execute("BEGIN")
        other.execute("SELECT count(*) FROM clients").fetchone()  # a read transaction, held
        clients.create_client(vault, "Wendel Okafor")  # a frame the reader's snapshot predates
        # SQLITE_BUSY at once rather than after the connection's 5 s busy timeout: the same
        # answer from SQLite, the same path in the app, without the 5 s of waiting.
        vault.records.raw_connection.execute("PRAGMA busy_timeout = 0")
        with pytest.raises(EnvironmentProblem) as caught:
            deletion.checkpoint(vault.records)
        assert not isinstance(caught.value, DiskFull)
        assert "in use by another program" in caught.value.message
    finally:
        other.close()
    deletion.checkpoint(vault.records)  # the reader gone: it completes
    assert (vault.folder / (COMPARTMENT_FILES["records"] + "-wal")).stat().st_size == 0
