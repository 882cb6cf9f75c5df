"""The unlock's orphan sweep costs what was interrupted, not every attachment (issue 21):
an intent is committed before a blob is written and cleared with the row that names it;
the unlock scrubs only the blobs of leftover intents, the full sweep stays for a
destruction, an import's end and an explicit FULL_SWEEP intent. Kills between the steps
leave no orphan and lose nothing committed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, reopen
from tests.core.clinical_helpers import PDF
from vault_app.services import attachment_blobs, attachments, clients
from vault_app.services.fault_injection import CRASH_ENV
from vault_app.services.vault import Vault
from vault_app.storage import blob_intents, blob_store, clinical_attachments


def _env(**extra: str) -> dict[str, str]:
    return dict(os.environ, VAULT_APP_PASSPHRASE=PASSPHRASE, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
                **extra)


def _client(vault: Vault) -> str:
    return clients.create_client(vault, "Ash Fictional", date_of_birth="1980-02-03").client_id


def _settled(vault: Vault) -> None:
    """Run the unlock's sweep once so the FULL_SWEEP a new vault starts with is gone."""
    attachment_blobs.sweep_intents(vault)
    assert blob_intents.leftover(vault.records) == []


def test_a_new_or_upgraded_vault_starts_with_one_full_sweep(vault: Vault) -> None:
    # Orphans left before intents existed are named by none: the migration asks for one full sweep.
    assert blob_intents.leftover(vault.records) == [blob_intents.FULL_SWEEP]
    client = _client(vault)
    planted = blob_store.new_blob_id()
    blob_store.write(vault.folder, planted, client, attachment_blobs.chart_key(vault, client).key, [PDF])
    assert attachment_blobs.sweep_intents(vault) == [planted]
    assert blob_intents.leftover(vault.records) == []


def test_a_saved_attachment_leaves_no_intent_and_a_clean_unlock_lists_no_folder(vault: Vault) -> None:
    _settled(vault)
    client = _client(vault)
    kept = attachments.add_attachment(vault, client, PDF + b"%kept", kind="consent")
    assert blob_intents.leftover(vault.records) == []
    # A blob no intent names (written by hand here) is not looked for by the unlock: it does
    # not list the folder. The full sweep (destruction, import, maintenance) finds it.
    stray = blob_store.new_blob_id()
    blob_store.write(vault.folder, stray, client, attachment_blobs.chart_key(vault, client).key, [PDF])
    folder = vault.folder
    vault.lock()
    with reopen(folder) as again:
        assert stray in blob_store.stored_ids(folder)
        assert attachments.read_attachment(again, kept.attachment_id)[1] == PDF + b"%kept"
        assert attachment_blobs.sweep_orphans(again) == [stray]
        assert blob_store.stored_ids(folder) == sorted(clinical_attachments.blob_ids(again.records))


def test_an_intent_whose_row_was_committed_keeps_its_blob(vault: Vault) -> None:
    _settled(vault)
    client = _client(vault)
    data = PDF + b"%named"
    blob_id, generation = attachment_blobs.store(vault, client, data)
    meta = replace(attachments.add_attachment(vault, client, PDF, kind="other"), attachment_id=os.urandom(8).hex())
    # A caller that inserted the row but forgot row_committed: the unlock keeps the blob.
    with vault.records.transaction():
        clinical_attachments.insert(vault.records, meta, blob_id, generation)
    assert blob_intents.leftover(vault.records) == [blob_id]
    assert attachment_blobs.sweep_intents(vault) == []
    assert blob_intents.leftover(vault.records) == []
    assert attachment_blobs.body(vault, meta.attachment_id) == data


def test_an_intent_of_a_blob_never_written_is_just_cleared(vault: Vault) -> None:
    _settled(vault)
    with vault.records.transaction():
        blob_intents.add(vault.records, blob_store.new_blob_id(), "2026-01-01T00:00:00Z")
        blob_intents.add(vault.records, "not-a-blob-id", "2026-01-01T00:00:00Z")  # hostile: never a path
    assert attachment_blobs.sweep_intents(vault) == []
    assert blob_intents.leftover(vault.records) == []


ADD_ONE = """
import os, sys
from pathlib import Path
from vault_app.services import attachments
from vault_app.services.vault import open_vault
vault = open_vault(Path(sys.argv[1]), os.environ["VAULT_APP_PASSPHRASE"])
attachments.add_attachment(vault, sys.argv[2], b"%PDF-1.4\\n" + os.urandom(3 << 20), kind="other")
"""


@pytest.mark.parametrize("point", ["blob_intent_committed", "attachment_blob_written"])
def test_a_kill_between_the_blob_and_its_row_leaves_no_orphan_after_unlock(vault: Vault, vault_dir: Path,
                                                                          point: str) -> None:
    client = _client(vault)
    kept = attachments.add_attachment(vault, client, PDF + b"%before", kind="consent")
    _settled(vault)
    before = set(blob_store.stored_ids(vault_dir))
    vault.lock()
    done = subprocess.run([sys.executable, "-c", ADD_ONE, str(vault_dir), client], env=_env(**{CRASH_ENV: point}),
                          capture_output=True, timeout=120, check=False)
    assert done.returncode == -9, done.stderr.decode()[-500:]
    left = set(blob_store.stored_ids(vault_dir)) - before
    assert len(left) == (1 if point == "attachment_blob_written" else 0)  # the orphan, whole on disk
    with reopen(vault_dir) as again:
        assert blob_intents.leftover(again.records) == []
        assert set(blob_store.stored_ids(vault_dir)) == before == set(clinical_attachments.blob_ids(again.records))
        assert blob_store.stale_temp_files(vault_dir) == []
        (meta,) = attachments.list_attachments(again, client)
        assert meta.attachment_id == kept.attachment_id
        assert attachments.read_attachment(again, kept.attachment_id)[1] == PDF + b"%before"


SWEEP_KILLED = """
import os, sys
from pathlib import Path
from vault_app.services.vault import open_vault
open_vault(Path(sys.argv[1]), os.environ["VAULT_APP_PASSPHRASE"])
"""


def test_a_kill_during_the_unlock_sweep_is_finished_by_the_next_unlock(vault: Vault, vault_dir: Path) -> None:
    client = _client(vault)
    _settled(vault)
    kept = attachments.add_attachment(vault, client, PDF + b"%kept", kind="consent")
    orphan = attachment_blobs.store(vault, client, PDF + b"%orphan").blob_id  # its row never comes
    vault.lock()
    done = subprocess.run([sys.executable, "-c", SWEEP_KILLED, str(vault_dir)],
                          env=_env(**{CRASH_ENV: "blob_intents_swept"}), capture_output=True, timeout=120,
                          check=False)
    assert done.returncode == -9
    assert not blob_store.exists(vault_dir, orphan)  # scrubbed before the kill; its intent still there
    with reopen(vault_dir) as again:
        assert blob_intents.leftover(again.records) == []
        assert attachments.read_attachment(again, kept.attachment_id)[1] == PDF + b"%kept"


def test_blobs_of_a_rolled_back_transaction_are_swept_when_the_batch_ends(vault: Vault) -> None:
    _settled(vault)
    client = _client(vault)
    with attachment_blobs.writes_in_transaction(vault):
        assert blob_intents.leftover(vault.records) == [blob_intents.FULL_SWEEP]
        with pytest.raises(RuntimeError), vault.records.transaction():
            attachments.import_attachment(vault, client, PDF + b"%rolled back", kind="imported_note")
            raise RuntimeError("one chart's bad data")
        with vault.records.transaction():
            doc = attachments.import_attachment(vault, client, PDF + b"%kept", kind="imported_note")
        assert len(blob_store.stored_ids(vault.folder)) == 2
    assert blob_store.stored_ids(vault.folder) == sorted(clinical_attachments.blob_ids(vault.records))
    assert blob_intents.leftover(vault.records) == []
    assert attachment_blobs.body(vault, doc.attachment_id) == PDF + b"%kept"


def test_a_batch_killed_midway_leaves_a_full_sweep_for_the_next_unlock(vault: Vault) -> None:
    _settled(vault)
    client = _client(vault)
    with pytest.raises(KeyboardInterrupt), attachment_blobs.writes_in_transaction(vault), \
            vault.records.transaction():
        attachments.import_attachment(vault, client, PDF + b"%lost", kind="imported_note")
        raise KeyboardInterrupt  # stands for the kill: the transaction never commits
    assert blob_intents.leftover(vault.records) == [blob_intents.FULL_SWEEP]
    assert len(blob_store.stored_ids(vault.folder)) == 1
    attachment_blobs.after_unlock(vault)
    assert blob_store.stored_ids(vault.folder) == []
    assert blob_intents.leftover(vault.records) == []


def test_an_older_records_db_put_back_hides_newer_blobs_from_the_unlock_only(vault: Vault, tmp_path: Path) -> None:
    """What the normal unlock cannot see: an older copy of the vault's files (records.db
    alone is refused as rolled back: the ledger saw later changes) put back beside a newer
    blob folder. The newer blob is ciphertext under the chart's key; it stays on disk until
    a full sweep (the chart's destruction runs one), and no backup carries it (backups
    take the blobs records.db names)."""
    client = _client(vault)
    _settled(vault)
    folder = vault.folder
    vault.lock()
    old = tmp_path / "old"
    old.mkdir()
    kept = [p for p in folder.iterdir() if p.is_file()]
    for path in kept:
        shutil.copy2(path, old / path.name)
    with reopen(folder) as again:
        newer = attachments.add_attachment(again, client, PDF + b"%newer", kind="consent")
        ref = clinical_attachments.body_ref(again.records, newer.attachment_id)
    assert ref is not None and ref[1] is not None
    for path in folder.iterdir():
        if path.is_file():
            path.unlink()
    for path in kept:
        shutil.copy2(old / path.name, path)
    with reopen(folder) as again:
        assert attachments.list_attachments(again, client) == []
        assert blob_store.exists(folder, ref[1])  # the unlock did not look for it
        assert attachment_blobs.referenced(again) == []
        assert attachment_blobs.sweep_orphans(again) == [ref[1]]


def test_unlock_check_runs_the_full_sweep(vault: Vault, vault_dir: Path, capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.core.cli_helpers import cli

    client = _client(vault)
    _settled(vault)
    kept = attachments.add_attachment(vault, client, PDF + b"%kept", kind="consent")
    stray = blob_store.new_blob_id()  # named by no intent: the normal unlock leaves it
    blob_store.write(vault.folder, stray, client, attachment_blobs.chart_key(vault, client).key, [PDF])
    vault.lock()
    result = cli(capsys, monkeypatch, "--json", "unlock-check", "--vault", str(vault_dir))
    assert result.code == 0 and result.json()["attachment_files_removed"] == 1
    assert not blob_store.exists(vault_dir, stray)
    with reopen(vault_dir) as again:
        assert attachments.read_attachment(again, kept.attachment_id)[1] == PDF + b"%kept"
