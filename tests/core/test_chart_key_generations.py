"""Replace every key gives every chart a new chart key (twenty-fifth round, docs/scaling.md).

The threat: an old copy of records.db and vault.header, and the old passphrase, after a leak.
The therapist replaced every key; a document attached afterwards to a chart that existed
before must not open under any key that old copy holds, while the live vault opens it and
every document from before (under the chart's earlier generation). Real vaults, real
Argon2 (the OWASP floor), real blobs; the old copy is read as an attacker would, through
the old header's key wrapping.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from functools import partial
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from fpdf import FPDF

from tests.conftest import PASSPHRASE
from tests.core.clinical_helpers import PDF
from vault_app.crypto.kdf import KdfParams
from vault_app.domain.errors import VaultCorrupt
from vault_app.services import attachment_blobs, attachments, clients, vault_rekey
from vault_app.services.device_secret import KeyringSecretStore
from vault_app.services.fault_injection import CRASH_ENV
from vault_app.services.importers import chart_commit  # the chart's commit, run where the vault is used
from vault_app.services.importers.pdf_folder import import_pdf_folder_beside
from vault_app.services.vault import Vault, create_vault, open_vault
from vault_app.services.vault_header_keys import unwrap_header_keys
from vault_app.services.vault_master_key import unwrap_master
from vault_app.services.vault_rekey_runners import replace_here
from vault_app.storage import backup_snapshot, blob_store, chart_keys, clinical_attachments
from vault_app.storage import header as header_io
from vault_app.storage.compartment import open_query_only

NEW = "after the suspected leak, a new long passphrase 25"


def _new_vault(tmp_path: Path, kdf_params: KdfParams) -> tuple[Path, Vault]:
    folder = tmp_path / "vault"
    return folder, create_vault(folder, PASSPHRASE, params=kdf_params, use_device_secret=False).vault


def _doc(tag: str) -> bytes:
    return PDF + f"%{tag}-{os.urandom(8).hex()}".encode() + os.urandom(512)


def _blob(vault: Vault, attachment_id: str) -> tuple[str, str, int]:
    ref = clinical_attachments.sealed_ref(vault.records, attachment_id)
    assert ref is not None and ref[1] is not None
    return ref[0], ref[1], ref[2]


def _generation(vault: Vault, client_id: str) -> int:
    current = chart_keys.current(vault.records, client_id)
    assert current is not None
    return current.generation


def _keys_in_copy(records: Path, header: header_io.Header, passphrase: str) -> list[tuple[str, bytes]]:
    """What an attacker with an old records.db, its vault.header and the passphrase of then
    reads: every chart key of every generation in it."""
    master = unwrap_master(records.parent, header, passphrase, KeyringSecretStore())
    records_key = unwrap_header_keys(header, master)["records"]
    conn = open_query_only(records, records_key, "records", "reading an old copy")
    try:
        found = [(str(r[0]), bytes(r[1])) for r in conn.execute("SELECT client_id, chart_key FROM chart_keys")]
        found += [(str(r[0]), bytes(r[1]))
                  for r in conn.execute("SELECT client_id, chart_key FROM chart_key_generations")]
    finally:
        conn.close()
    return found


def test_an_old_copy_and_the_old_passphrase_open_no_document_attached_after_the_rekey(
        tmp_path: Path, kdf_params: KdfParams) -> None:
    folder, vault = _new_vault(tmp_path, kdf_params)
    chart = clients.create_client(vault, "Leontyne Marchbanks").client_id
    before_data = _doc("before")
    before = attachments.add_attachment(vault, chart, before_data, kind="consent")
    vault.lock()
    old = tmp_path / "old-copy"  # what leaked: records.db and vault.header as they were
    old.mkdir()
    shutil.copy2(folder / "records.db", old / "records.db")
    assert not (folder / "records.db-wal").exists(), "the lock folded the -wal into the file"
    old_header = header_io.read(folder)

    with open_vault(folder, PASSPHRASE) as live:
        replace_here(live, PASSPHRASE, NEW)
        after_data = _doc("after")
        after = attachments.add_attachment(live, chart, after_data, kind="other")
        newcomer = clients.create_client(live, "Rosalind Quarterman").client_id  # a chart made after it
        attachments.add_attachment(live, newcomer, _doc("newcomer"), kind="other")
        assert _blob(live, before.attachment_id)[2] == 0
        assert _blob(live, after.attachment_id)[2] == 1
        assert _generation(live, chart) == 1 and _generation(live, newcomer) == 0
        _client, after_blob, _gen = _blob(live, after.attachment_id)
        _client, before_blob, _gen = _blob(live, before.attachment_id)
        assert attachments.read_attachment(live, after.attachment_id)[1] == after_data
        assert attachments.read_attachment(live, before.attachment_id)[1] == before_data  # its earlier generation
        assert attachment_blobs.check_all(live.folder, live.records) == []
        [rekeyed] = live.ledger.entries(kinds=(vault_rekey.REKEYED,))
        assert rekeyed.payload["chart_keys"] == 1

    leaked = _keys_in_copy(old / "records.db", old_header, PASSPHRASE)
    assert [c for c, _k in leaked] == [chart]
    for client_id, key in leaked:
        with pytest.raises(VaultCorrupt):
            blob_store.read_all(folder, after_blob, client_id, key)
    # What the old copy reached before reaches it still (the same exposure as the old notes):
    # the document attached before the rekey, never sealed again.
    assert blob_store.read_all(folder, before_blob, chart, leaked[0][1]) == before_data
    with open_vault(folder, NEW, check_every_page=True) as again:
        assert attachments.read_attachment(again, after.attachment_id)[1] == after_data
        assert attachments.read_attachment(again, before.attachment_id)[1] == before_data


def test_each_rekey_is_a_generation_and_every_earlier_document_still_opens(vault: Vault) -> None:
    chart = clients.create_client(vault, "Benedikta Thorne-Ashby").client_id
    bodies = {}
    for round_ in range(3):
        data = _doc(f"round{round_}")
        bodies[attachments.add_attachment(vault, chart, data, kind="other").attachment_id] = (data, round_)
        replace_here(vault, PASSPHRASE)
    current = chart_keys.current(vault.records, chart)
    assert current is not None and current.generation == 3
    every = chart_keys.every_generation(vault.records, chart)
    assert len(every) == len(set(every)) == 4 and every[-1] == current.key
    for attachment_id, (data, round_) in bodies.items():
        assert _blob(vault, attachment_id)[2] == round_
        assert attachments.read_attachment(vault, attachment_id)[1] == data
    assert attachment_blobs.check_all(vault.folder, vault.records) == []


def test_a_rekey_of_a_vault_without_chart_keys_rotates_nothing_and_says_so(vault: Vault) -> None:
    clients.create_client(vault, "Hieronymus Vale")
    replace_here(vault, PASSPHRASE)
    [rekeyed] = vault.ledger.entries(kinds=(vault_rekey.REKEYED,))
    assert rekeyed.payload["chart_keys"] == 0
    assert int(vault.records.scalar("SELECT count(*) FROM chart_key_generations")) == 0


def _scan(name: str) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text=f"{name} {os.urandom(6).hex()}")
    out = BytesIO()
    pdf.output(out)
    return out.getvalue()


def test_an_import_sealed_before_a_rekey_records_the_generation_it_was_sealed_under(
        vault: Vault, tmp_path: Path) -> None:
    """The import seals a chart's documents on its own thread, then commits them where the
    vault is used: a Replace every key in between (here, run just before the commit) leaves
    them under the generation they were sealed with, and the rows say so."""
    chart = clients.create_client(vault, "Octavia Penhallow").client_id
    attachments.add_attachment(vault, chart, _doc("first"), kind="other")  # the chart has its key
    scans = tmp_path / "scans"
    scans.mkdir()
    (scans / "intake 2021-05-04.pdf").write_bytes(_scan("Intake"))
    rekeyed: list[bool] = []

    def on_vault(fn: Any, /) -> Any:
        if isinstance(fn, partial) and fn.func is chart_commit.commit and not rekeyed:
            replace_here(vault, PASSPHRASE)
            rekeyed.append(True)
        return fn(vault)

    report = import_pdf_folder_beside(on_vault, scans, chart, kind="stored_document")
    assert rekeyed and report.documents == 1
    [imported] = attachments.list_attachments(vault, chart, kind="stored_document")
    assert _blob(vault, imported.attachment_id)[2] == 0, "sealed under generation 0, before the rekey"
    assert _generation(vault, chart) == 1
    intake = (scans / "intake 2021-05-04.pdf").read_bytes()
    assert attachments.read_attachment(vault, imported.attachment_id)[1] == intake
    assert attachment_blobs.check_all(vault.folder, vault.records) == []
    (scans / "letter 2022-01-02.pdf").write_bytes(_scan("Letter"))  # after the rekey: generation 1
    assert import_pdf_folder_beside(lambda fn: fn(vault), scans, chart, kind="stored_document").documents == 1
    generations = sorted(_blob(vault, a.attachment_id)[2]
                         for a in attachments.list_attachments(vault, chart, kind="stored_document"))
    assert generations == [0, 1]


def _as_before_0097(vault: Vault) -> None:
    """records.db as the release before the key generations left it (0096)."""
    with vault.records.transaction():
        vault.records.execute("DROP TABLE chart_key_generations")
        vault.records.execute("ALTER TABLE chart_keys DROP COLUMN generation")
        vault.records.execute("ALTER TABLE attachments DROP COLUMN key_generation")
        vault.records.execute("DROP TABLE joint_held_notes")  # 0098, later: the upgrade makes it again
        vault.records.execute("ALTER TABLE client_requests DROP COLUMN given")  # 0101, later: added again
        vault.records.execute("DROP TABLE draft_only_sessions")  # 0104, later: the upgrade makes it again
        vault.records.execute("ALTER TABLE authorizations DROP COLUMN described_parts")  # 0105, later
        vault.records.execute("ALTER TABLE client_requests DROP COLUMN requester_name")  # 0106, later
        vault.records.execute("ALTER TABLE client_requests DROP COLUMN requester_claim")  # 0106
        vault.records.execute("ALTER TABLE clients DROP COLUMN care_consented_by")  # 0107, later
        vault.records.execute("ALTER TABLE clients DROP COLUMN confidentiality_agreed_on")  # 0108, later
        vault.records.execute("ALTER TABLE clients DROP COLUMN confidentiality_agreed_by")  # 0108
        vault.records.execute("ALTER TABLE client_requests DROP COLUMN asked")  # 0110, later
        vault.records.execute("ALTER TABLE client_requests DROP COLUMN refused_rule")  # 0111, later
        vault.records.execute("ALTER TABLE client_requests DROP COLUMN include_asked_on")  # 0113, later
        vault.records.execute("DROP INDEX clients_list_by_last_name")  # 0114's, on sort_as: made again
        vault.records.execute("ALTER TABLE clients DROP COLUMN sort_as")  # 0114, later
        vault.records.execute("ALTER TABLE clients DROP COLUMN died_on")  # 0115, later
        vault.records.execute("ALTER TABLE client_requests DROP COLUMN member_id")  # 0116, later
        vault.records.execute("ALTER TABLE guardians DROP COLUMN records_access_basis")  # 0118, later
        vault.records.execute("DROP TABLE complaints")  # 0119, later: the upgrade makes it again
        vault.records.execute("ALTER TABLE clients DROP COLUMN letters_in")  # 0120, later
        vault.records.execute("ALTER TABLE request_letters DROP COLUMN language")  # 0120, later
        vault.records.execute("ALTER TABLE guardians DROP COLUMN records_access_code")  # 0121, later
        vault.records.execute("DROP TABLE closure_letters")  # 0122, later: the upgrade makes it again
        vault.records.execute("DROP TABLE closure_letters_writing")  # 0123, later: the upgrade makes it again
    vault.records.execute("PRAGMA user_version = 96")


def test_a_vault_from_before_the_generations_is_upgraded_and_reads_its_attachments(
        vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    chart = clients.create_client(vault, "Wilhelmina Farrowdale").client_id
    data = _doc("old-format")
    kept = attachments.add_attachment(vault, chart, data, kind="consent")
    records_key = vault.compartment_key("records")
    _as_before_0097(vault)
    vault.lock()
    # The closed copy's blob references (backups, the upgrade's staging) read without migrating it.
    (blob_id, client_id, key), = backup_snapshot.blob_refs_closed(vault_dir / "records.db", records_key)
    assert client_id == chart and key is not None
    assert blob_store.read_all(vault_dir, blob_id, client_id, key) == data
    with open_vault(vault_dir, PASSPHRASE, check_every_page=True) as upgraded:
        assert attachments.read_attachment(upgraded, kept.attachment_id)[1] == data
        assert _blob(upgraded, kept.attachment_id)[2] == 0
        assert _generation(upgraded, chart) == 0
        replace_here(upgraded, PASSPHRASE)
        later = attachments.add_attachment(upgraded, chart, _doc("later"), kind="other")
        assert _blob(upgraded, later.attachment_id)[2] == 1
        assert attachments.read_attachment(upgraded, kept.attachment_id)[1] == data
        refs = backup_snapshot.blob_refs_closed  # a copy with generations: each blob's own key
        records_key = upgraded.compartment_key("records")
        upgraded.lock()
    assert attachment_blobs.check_refs(vault_dir, refs(vault_dir / "records.db", records_key)) == []


def test_the_committed_format_3_vault_upgrades_rekeys_and_reads_its_documents(tmp_path: Path) -> None:
    fixture = Path(__file__).resolve().parents[1] / "data" / "vault-format-3"
    folder = tmp_path / "vault"
    shutil.copytree(fixture, folder)  # never write into the committed fixture
    passphrase = (fixture / "PASSPHRASE.txt").read_text().strip()
    with open_vault(folder, passphrase) as vault:
        chart = clients.list_clients(vault)[0].client_id
        data = _doc("format-3")
        first = attachments.add_attachment(vault, chart, data, kind="other")
        replace_here(vault, passphrase)
        second = attachments.add_attachment(vault, chart, _doc("format-3-after"), kind="other")
        assert [_blob(vault, a.attachment_id)[2] for a in (first, second)] == [0, 1]
    with open_vault(folder, passphrase, check_every_page=True) as vault:
        assert attachments.read_attachment(vault, first.attachment_id)[1] == data
        assert attachment_blobs.check_all(vault.folder, vault.records) == []


def test_the_destruction_fingerprint_covers_every_generation_and_a_single_one_reads_as_before(vault: Vault) -> None:
    from vault_app.services.destruction_steps import Target, chart_key_fingerprint, key_fingerprint

    chart = clients.create_client(vault, "Cassius Wintergreen").client_id
    attachments.add_attachment(vault, chart, _doc("fp"), kind="other")
    only = chart_keys.get(vault.records, chart)
    assert only is not None
    assert chart_key_fingerprint(vault, Target(chart)) == key_fingerprint(only)  # as certificates before
    replace_here(vault, PASSPHRASE)
    newer = chart_keys.get(vault.records, chart)
    assert newer is not None and newer != only
    assert chart_key_fingerprint(vault, Target(chart)) == key_fingerprint(only + newer)


CHILD = """
import os, sys
from pathlib import Path
from vault_app.services.vault import open_vault
from vault_app.services.vault_rekey_runners import replace_here
vault = open_vault(Path(sys.argv[1]), os.environ["VAULT_APP_PASSPHRASE"])
replace_here(vault, os.environ["VAULT_APP_PASSPHRASE"])
print("finished", flush=True)
"""


@pytest.mark.slow
@pytest.mark.parametrize(("point", "generation"), [("chart_keys_rotating", 0), ("chart_keys_rotated", 1),
                                                   ("rotated", 1)])
def test_a_kill_at_the_rotation_leaves_every_document_readable_and_the_redo_rotates(
        vault: Vault, vault_dir: Path, point: str, generation: int) -> None:
    """Killed before the rotation commits: no chart has a new key, the replacement is
    unfinished (the app asks for it again) and the redo rotates. Killed after: every chart
    has its new key, every blob opens under the generation its row records."""
    chart = clients.create_client(vault, "Aurelio Brightwater").client_id
    data = _doc("before-kill")
    before = attachments.add_attachment(vault, chart, data, kind="consent")
    key_before = chart_keys.get(vault.records, chart)
    vault.lock()
    env = dict(os.environ, VAULT_APP_PASSPHRASE=PASSPHRASE, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    env[CRASH_ENV] = point
    done = subprocess.run([sys.executable, "-c", CHILD, str(vault_dir)], env=env, capture_output=True, timeout=300,
                          check=False)
    assert done.returncode == -signal.SIGKILL, done.stderr.decode(errors="replace")[-2000:]
    with open_vault(vault_dir, PASSPHRASE, check_every_page=True) as reopened:
        assert vault_rekey.unfinished(reopened)
        assert _generation(reopened, chart) == generation
        assert (chart_keys.get(reopened.records, chart) == key_before) == (generation == 0)
        assert chart_keys.every_generation(reopened.records, chart)[0] == key_before
        assert attachments.read_attachment(reopened, before.attachment_id)[1] == data
        assert attachment_blobs.check_all(reopened.folder, reopened.records) == []
        replace_here(reopened, PASSPHRASE)  # what the app asks for after an unfinished one
        assert not vault_rekey.unfinished(reopened)
        assert _generation(reopened, chart) == generation + 1
        later_data = _doc("after-redo")
        later = attachments.add_attachment(reopened, chart, later_data, kind="other")
        assert _blob(reopened, later.attachment_id)[2] == generation + 1
        assert attachments.read_attachment(reopened, later.attachment_id)[1] == later_data
        assert attachments.read_attachment(reopened, before.attachment_id)[1] == data
        assert attachment_blobs.check_all(reopened.folder, reopened.records) == []


def test_the_rekey_in_place_fallback_also_ends_with_the_rotation(vault: Vault, vault_dir: Path) -> None:
    """Copies that could not be used (here: thrown away as write_copies does on a failure)
    make the swap rekey each compartment in place; the rotation comes after that loop, so
    it runs on this path too, under records.db's fresh key."""
    from vault_app.services import vault_rekey_beside
    from vault_app.storage.destruction_pages import PageStats, plaintext_pages

    chart = clients.create_client(vault, "Peregrine Ashcombe").client_id
    data = _doc("in-place")
    before = attachments.add_attachment(vault, chart, data, kind="consent")
    old_records_key = vault.compartment_key("records")
    replacing = vault_rekey_beside.begin(vault, PASSPHRASE, None)
    vault_rekey_beside.copy(replacing)
    for path in replacing.pending.copies.values():
        path.unlink()
    replacing.pending.copies.clear()
    replacing.pending.trouble = "the copies could not be used"
    vault_rekey_beside.finish(vault, replacing)
    [rekeyed] = vault.ledger.entries(kinds=(vault_rekey.REKEYED,))
    assert rekeyed.payload["how"]["records"].startswith("in place") and rekeyed.payload["chart_keys"] == 1
    assert _generation(vault, chart) == 1
    later = attachments.add_attachment(vault, chart, _doc("after-in-place"), kind="other")
    assert _blob(vault, later.attachment_id)[2] == 1
    assert attachments.read_attachment(vault, before.attachment_id)[1] == data
    vault.lock()
    stats = PageStats()  # no page of records.db opens under its old key, the new chart key's least of all
    assert list(plaintext_pages(vault_dir / "records.db", old_records_key, stats)) == []
    assert stats.pages > 0 and stats.authenticated == 0
