"""The backup file reveals nothing but its size, and its framing catches every cut."""

from __future__ import annotations

import io
import json
import secrets
import zlib
from datetime import date
from pathlib import Path

import pytest

from vault_app.crypto import keys
from vault_app.domain.errors import VaultCorrupt, VaultTampered
from vault_app.services import backup, clients, notes
from vault_app.services.vault import Vault
from vault_app.storage import backup_format
from vault_app.storage.backup_format import CHUNK, ContainerWriter, PlainReader, Slots
from vault_app.storage.header import unb64


def _slots() -> Slots:
    blob = secrets.token_bytes(backup_format.WRAPPED_LEN)
    return Slots(True, 19456, 2, 1, secrets.token_bytes(16), secrets.token_bytes(16), blob, blob, blob)


def _container(tmp_path: Path, payload: bytes) -> tuple[Path, bytes]:
    key = keys.random_key()
    out = io.BytesIO()
    writer = ContainerWriter(out, _slots(), key)
    writer.write(payload)
    writer.finish()
    path = tmp_path / "c.bin"
    path.write_bytes(out.getvalue())
    return path, key


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK])
def test_chunk_boundaries_round_trip(tmp_path: Path, size: int) -> None:
    payload = secrets.token_bytes(size)
    path, key = _container(tmp_path, payload)
    backup_format.check_trailer(path)
    assert b"".join(backup_format.iter_plaintext(path, key)) == payload


@pytest.mark.parametrize("cut", ["last-chunk", "whole-chunk"])
def test_dropping_the_end_is_detected_even_with_a_fixed_checksum(tmp_path: Path, cut: str) -> None:
    """An attacker who recomputes the unkeyed trailer still cannot shorten the stream."""
    import hashlib

    path, key = _container(tmp_path, secrets.token_bytes(2 * CHUNK + 10))
    raw = path.read_bytes()[: -backup_format.TRAILER_LEN]
    body_start = backup_format.NONCE_LEN + backup_format.SLOT_LEN
    keep = len(raw) - (10 + 16) if cut == "last-chunk" else body_start + (CHUNK + 16)
    forged = raw[:keep]
    path.write_bytes(forged + hashlib.sha256(forged).digest())
    backup_format.check_trailer(path)
    with pytest.raises(VaultTampered, match="failed authentication"):
        b"".join(backup_format.iter_plaintext(path, key))


def test_plain_reader_reports_a_short_stream() -> None:
    reader = PlainReader(iter([b"abc", b"de"]))
    assert reader.read_exact(4) == b"abcd"
    with pytest.raises(VaultCorrupt, match="end early"):
        reader.read_exact(2)


def _longest_common_run(a: bytes, b: bytes, n: int = 8) -> bool:
    grams = {a[i : i + n] for i in range(len(a) - n + 1)}
    return any(b[i : i + n] in grams for i in range(len(b) - n + 1))


def test_backup_file_reveals_nothing_but_its_size(vault: Vault, tmp_path: Path) -> None:
    client = clients.create_client(vault, "Quillon Ashgrove")
    notes.create_progress_note(vault, client.client_id, text="Canary sentence about the garden shed.")
    before = date.today()
    first = Path(backup.create_backup(vault, tmp_path / "b", rotate_old=False).path)
    # The days the app may have named it on: today's, or (a run crossing midnight) the next.
    days = sorted({before, date.today()})
    second = Path(backup.create_backup(vault, tmp_path / "b", rotate_old=False).path)
    data = first.read_bytes()

    # The name holds the date only.
    assert first.name in {f"vault-backup-{day.isoformat()}.vaultbackup" for day in days}
    # No identifier, KDF setting, date, format name or known key blob appears in the clear.
    header = vault.header
    needles = [
        bytes.fromhex(header.vault_id), header.vault_id.encode(), unb64(header.kdf_salt),
        unb64(header.wrapped["master_by_unlock"]), unb64(header.wrapped["master_by_recovery"]),
        b"vault", b"Quillon", b"garden", b"SQLite format", b"argon", *(day.isoformat().encode() for day in days),
        json.dumps(header.vault_id).encode(),
    ]
    for needle in needles:
        assert needle not in data, needle
    # Short needles would match random bytes somewhere in a large file; where a
    # format would put them in the clear is the start.
    for needle in (header.kdf_memory_kib.to_bytes(4, "big"), header.kdf_memory_kib.to_bytes(4, "little"),
                   backup_format.FORMAT_TAG, b'{"vault'):
        assert needle not in data[:1024], needle
    # Looks random: incompressible, and two backups of the same vault share no 8-byte run.
    assert len(zlib.compress(data, 9)) > len(data) * 0.99
    assert not _longest_common_run(data[:4096], second.read_bytes()[:4096])
    assert first.stat().st_mode & 0o777 == 0o600


def test_not_a_backup_and_future_version(tmp_path: Path) -> None:
    import hashlib

    junk = tmp_path / "junk.vaultbackup"
    body = secrets.token_bytes(4000)
    junk.write_bytes(body + hashlib.sha256(body).digest())
    backup_format.check_trailer(junk)
    with pytest.raises(VaultCorrupt, match="not a backup made by this app"):
        backup_format.read_slots(junk)

    key = keys.random_key()
    out = io.BytesIO()
    writer = ContainerWriter(out, _slots(), key)
    writer.finish()
    raw = bytearray(out.getvalue())
    raw[backup_format.NONCE_LEN + 3] ^= backup_format.FORMAT_TAG[3] ^ ord("2")  # under the mask: "VAB2"
    newer = tmp_path / "newer.vaultbackup"
    newer.write_bytes(bytes(raw))
    with pytest.raises(VaultCorrupt, match="newer version"):
        backup_format.read_slots(newer)
