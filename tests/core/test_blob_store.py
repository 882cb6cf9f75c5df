"""Attachment bodies in the blob store: real files, real AES-GCM, real records.db."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest

from tests.conftest import reopen
from tests.core.clinical_helpers import PDF
from vault_app.domain.errors import VaultCorrupt
from vault_app.services import attachment_blobs, attachments, clients, document_search
from vault_app.services.vault import Vault
from vault_app.storage import blob_store, chart_keys, clinical_attachments, imports


def big_pdf(size: int) -> bytes:
    """A body that passes the PDF sniff, random after its magic (so no segment repeats)."""
    return (PDF + os.urandom(max(0, size - len(PDF))))[:size]


def _client(vault: Vault, name: str = "Ash Fictional") -> str:
    return clients.create_client(vault, name, date_of_birth="1980-02-03").client_id


def _blob_path(vault: Vault, attachment_id: str) -> Path:
    ref = clinical_attachments.body_ref(vault.records, attachment_id)
    assert ref is not None and ref[1] is not None
    return blob_store.path_for(vault.folder, ref[1])


def test_a_big_attachment_round_trips_through_a_private_blob_and_not_records_db(vault: Vault) -> None:
    client = _client(vault)
    data = big_pdf(3 * (1 << 20) + 12345)  # four segments, the last one short
    scan = attachments.add_attachment(vault, client, data, kind="consent", filename="big.pdf")
    path = _blob_path(vault, scan.attachment_id)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(blob_store.root(vault.folder).stat().st_mode) == 0o700
    assert path.stat().st_size == 4 + len(data) + 4 * 16
    assert data[:4096] not in path.read_bytes()  # sealed, not stored
    assert attachments.read_attachment(vault, scan.attachment_id)[1] == data
    # records.db keeps the metadata and the blob's name, not the body.
    assert clinical_attachments.inline_data(vault.records, scan.attachment_id) is None
    segments = list(attachment_blobs.stream(vault, scan.attachment_id) or [])
    assert [len(s) for s in segments] == [1 << 20] * 3 + [12345]  # bounded memory: a segment at a time


def test_an_empty_blob_and_an_exact_segment_round_trip(vault: Vault) -> None:
    client = _client(vault)
    key = chart_keys.get_or_create(vault.records, client, "2026-01-01T00:00:00+00:00")
    for size in (0, 1 << 20, 2 << 20):
        blob_id = blob_store.new_blob_id()
        body = os.urandom(size)
        assert blob_store.write(vault.folder, blob_id, client, key, [body[: size // 3], body[size // 3:]]) == size
        assert blob_store.read_all(vault.folder, blob_id, client, key) == body
        assert blob_store.check(vault.folder, blob_id, client, key) == size


def test_one_key_per_chart_made_on_first_need(vault: Vault) -> None:
    a, b = _client(vault, "Ash Fictional"), _client(vault, "Bo Madeup")
    assert chart_keys.get(vault.records, a) is None
    attachments.add_attachment(vault, a, PDF, kind="consent")
    attachments.add_attachment(vault, a, PDF, kind="other")
    attachments.add_attachment(vault, b, PDF, kind="consent")
    ka, kb = chart_keys.get(vault.records, a), chart_keys.get(vault.records, b)
    assert ka is not None and kb is not None and ka != kb and len(ka) == 32


@pytest.mark.parametrize("damage", ["flip", "truncate_mid", "truncate_segment", "append", "magic"])
def test_a_damaged_blob_is_a_clear_vault_corrupt(vault: Vault, damage: str) -> None:
    client = _client(vault)
    scan = attachments.add_attachment(vault, client, big_pdf(2 * (1 << 20) + 10), kind="consent")
    path = _blob_path(vault, scan.attachment_id)
    raw = bytearray(path.read_bytes())
    if damage == "flip":
        raw[len(raw) // 2] ^= 0x01
    elif damage == "truncate_mid":
        del raw[-5:]
    elif damage == "truncate_segment":
        del raw[4 + 2 * ((1 << 20) + 16):]  # cut exactly after two whole segments
    elif damage == "append":
        raw += raw[4 : 4 + (1 << 20) + 16]
    else:
        raw[0] ^= 0xFF
    path.chmod(0o600)
    path.write_bytes(bytes(raw))
    with pytest.raises(VaultCorrupt) as caught:
        attachments.read_attachment(vault, scan.attachment_id)
    assert "damaged or does not belong to this chart" in caught.value.message
    key = chart_keys.get(vault.records, client)
    assert key is not None and key.hex() not in str(caught.value) and key.hex() not in caught.value.hint


def test_a_blob_swapped_between_charts_or_renamed_does_not_open(vault: Vault) -> None:
    a, b = _client(vault, "Ash Fictional"), _client(vault, "Bo Madeup")
    sa = attachments.add_attachment(vault, a, PDF, kind="consent")
    sb = attachments.add_attachment(vault, b, PDF + b"%b", kind="consent")
    pa, pb = _blob_path(vault, sa.attachment_id), _blob_path(vault, sb.attachment_id)
    body_a = pa.read_bytes()
    shutil.copyfile(pb, pa)  # chart B's blob under chart A's attachment
    with pytest.raises(VaultCorrupt):
        attachments.read_attachment(vault, sa.attachment_id)
    # The same bytes renamed to another blob id of the same chart: the key is per blob id.
    pa.write_bytes(body_a)
    other = blob_store.new_blob_id()
    target = blob_store.path_for(vault.folder, other)
    target.parent.mkdir(mode=0o700, exist_ok=True)
    shutil.copyfile(pa, target)
    key = chart_keys.get(vault.records, a)
    assert key is not None
    with pytest.raises(VaultCorrupt):
        blob_store.read_all(vault.folder, other, a, key)
    assert blob_store.read_all(vault.folder, _blob_path(vault, sa.attachment_id).name, a, key) == PDF


def test_a_missing_blob_is_a_clear_error(vault: Vault) -> None:
    client = _client(vault)
    scan = attachments.add_attachment(vault, client, PDF, kind="consent")
    _blob_path(vault, scan.attachment_id).unlink()
    with pytest.raises(VaultCorrupt, match="missing"):
        attachments.read_attachment(vault, scan.attachment_id)


def _inline(vault: Vault, client: str, data: bytes) -> str:
    """An attachment stored as vaults before the blob store stored them."""
    from dataclasses import replace

    meta = attachments.add_attachment(vault, client, data, kind="consent", filename="old.pdf")
    old = replace(meta, attachment_id=meta.attachment_id[:-1] + ("0" if meta.attachment_id[-1] != "0" else "1"))
    with vault.records.transaction():
        clinical_attachments.insert_inline(vault.records, old, data)
    return old.attachment_id


def test_inline_attachments_move_into_the_blob_store_at_unlock(vault: Vault) -> None:
    a, b = _client(vault, "Ash Fictional"), _client(vault, "Bo Madeup")
    old_a = _inline(vault, a, PDF + b"%inline-a")
    old_b = _inline(vault, b, PDF + b"%inline-b")
    assert clinical_attachments.inline_data(vault.records, old_a) == PDF + b"%inline-a"
    assert attachments.read_attachment(vault, old_a)[1] == PDF + b"%inline-a"  # readable before the move
    big = big_pdf(3 * (1 << 20))
    old_big = _inline(vault, a, big)
    folder = vault.folder
    vault.lock()
    size_before = (folder / "records.db").stat().st_size
    again = reopen(folder)
    try:
        assert attachments.read_attachment(again, old_big)[1] == big
        again.records.checkpoint()
        assert (folder / "records.db").stat().st_size < size_before - 2 * (1 << 20)  # the space is given back
        assert clinical_attachments.charts_with_inline(again.records) == []
        assert clinical_attachments.inline_data(again.records, old_a) is None
        assert attachments.read_attachment(again, old_a)[1] == PDF + b"%inline-a"
        assert attachments.read_attachment(again, old_b)[1] == PDF + b"%inline-b"
        assert [e.payload for e in again.ledger.entries(kinds=(attachment_blobs.MOVED,))] == [
            {"attachments": 3, "charts": 2}]
        assert attachment_blobs.check_all(again.folder, again.records) == []
    finally:
        again.lock()


def test_an_orphan_blob_is_swept_at_unlock_and_a_referenced_one_kept(vault: Vault) -> None:
    client = _client(vault)
    kept = attachments.add_attachment(vault, client, PDF, kind="consent")
    orphan = attachment_blobs.store(vault, client, PDF + b"%never-named").blob_id  # a save killed before its row
    tmp = blob_store.root(vault.folder) / orphan[:2] / f".{orphan}.tmp-999999"
    tmp.write_bytes(b"half")
    folder = vault.folder
    vault.lock()
    again = reopen(folder)
    try:
        assert blob_store.stored_ids(folder) == [_blob_path(again, kept.attachment_id).name]
        assert not tmp.exists()
        assert attachments.read_attachment(again, kept.attachment_id)[1] == PDF
    finally:
        again.lock()


def test_document_search_still_finds_the_extracted_text_of_a_blob_attachment(vault: Vault) -> None:
    client = _client(vault)
    with vault.records.transaction():
        doc = attachments.import_attachment(vault, client, PDF + b"%imported", kind="imported_note")
        imports.insert_attachment_text(vault.records, doc.attachment_id, client, "zyxwombat session summary")
    assert clinical_attachments.inline_data(vault.records, doc.attachment_id) is None  # body in the blob store
    hits = document_search.search_documents(vault, "zyxwombat")
    assert [h.attachment_id for h in hits] == [doc.attachment_id]
    assert document_search.search_documents(vault, "nosuchword") == []
