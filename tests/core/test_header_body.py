"""The header written at every ledger append, made cheaper (storage/header.py body() built field
by field instead of a deep copy through dataclasses.asdict; services/vault_session.py decoding
the file it re-reads only when its bytes are not the ones it wrote last) without changing what
it guarantees: the MAC's input byte for byte, the file byte for byte, and the refusal of a
header changed underneath an open vault."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import reopen
from vault_app.crypto import kdf, keys
from vault_app.domain.errors import VaultTampered
from vault_app.services.vault import Vault
from vault_app.services.vault_header_keys import header_mac
from vault_app.storage import header as header_io
from vault_app.storage.header import Header, LedgerAnchor, b64, unb64

DATA = Path(__file__).resolve().parents[1] / "data"
COMMITTED = ["vault-format-1", "vault-format-2", "vault-format-3", "practice-profile-0087"]


def _old_body(header: Header) -> dict[str, Any]:
    """body() as it was up to the thirty-third round, word for word."""
    data = dataclasses.asdict(header)
    data.pop("mac")
    if header.format_version < 2:
        for name in ("generation",):
            data.pop(name)
    data["format"] = header_io.FORMAT_NAME
    return data


def _header(format_version: int, settings: dict[str, Any]) -> Header:
    return Header(
        vault_id="ab" * 16, created="2026-12-06T01:00:00+00:00", kdf_salt=b64(b"s" * 16), kdf_memory_kib=19456,
        kdf_iterations=2, kdf_parallelism=1, uses_device_secret=format_version == 3,
        wrapped={"master_by_unlock": b64(b"u" * 60), "master_by_recovery": b64(b"r" * 60)},
        signing_public_key=b64(b"k" * 32), ledger_anchor=LedgerAnchor(41, "c" * 64), format_version=format_version,
        settings=settings, generation=0 if format_version == 1 else 17, mac="d" * 64,
    )


SETTINGS = [
    {},
    {"auto_lock_minutes": 10},
    {"backup": {"target": "/media/usb/Backups ñ", "auto": True, "keep": [7, 4, 12], "kind": None},
     "keys_replaced_on": "2026-11-30", "nested": {"a": [{"b": 1.5}, ["c", False]]}},
]


@pytest.mark.parametrize("format_version", [1, 2, 3])
@pytest.mark.parametrize("settings", SETTINGS, ids=["none", "flat", "nested"])
def test_body_is_the_old_asdict_body_for_every_format(format_version: int, settings: dict[str, Any]) -> None:
    header = _header(format_version, settings)
    assert header.body() == _old_body(header)
    old_mac_input = json.dumps(_old_body(header), sort_keys=True, separators=(",", ":")).encode()
    assert header.mac_input() == old_mac_input
    assert ("generation" in header.body()) == (format_version >= 2)


@pytest.mark.parametrize("name", COMMITTED)
def test_a_committed_vaults_header_still_verifies_and_encodes_to_its_own_bytes(name: str) -> None:
    folder = DATA / name
    raw = (folder / header_io.HEADER_NAME).read_bytes()
    header = header_io.decode(raw)
    assert not header.uses_device_secret
    passphrase = (folder / "PASSPHRASE.txt").read_text().strip()
    derived = kdf.derive(passphrase, unb64(header.kdf_salt),
                         kdf.KdfParams(header.kdf_memory_kib, header.kdf_iterations, header.kdf_parallelism))
    unlock = keys.unlock_key(derived, None, header.vault_id_bytes)
    master = keys.unwrap(unlock, unb64(header.wrapped["master_by_unlock"]), purpose="master",
                         vault_id=header.vault_id_bytes)
    assert header_mac(master, header) == header.mac
    assert header_io.encode(header) == raw


def test_a_header_changed_underneath_is_still_refused_after_appends(vault: Vault, vault_dir: Path,
                                                                   tmp_path: Path) -> None:
    vault.ledger.append("test.entry", {"n": 1})
    vault.ledger.append("test.entry", {"n": 2})  # written over the bytes it wrote itself
    vault.ledger.append("test.entry", {"n": 3})
    # Another writer's newer header (an older copy of the vault's own is put back instead:
    # test_header_put_back_while_open.py).
    newer = vault.header.with_changes(generation=vault.header.generation + 5)
    (vault_dir / header_io.HEADER_NAME).write_bytes(header_io.encode(newer))
    with pytest.raises(VaultTampered) as refused:
        vault.ledger.append("test.entry", {"n": 4})
    assert refused.value.code == "header.changed_meanwhile"


def test_the_same_header_written_again_in_other_bytes_is_accepted_as_before(vault: Vault, vault_dir: Path) -> None:
    """The check compares generation and MAC, not bytes: a header the same but laid out
    otherwise (another writer's whitespace) is the same header, as it always was."""
    vault.ledger.append("test.entry", {"n": 1})
    path = vault_dir / header_io.HEADER_NAME
    body = vault.header.body() | {"mac": vault.header.mac}
    text = json.dumps(body, sort_keys=True, indent=2)
    path.write_bytes((text + "\nchecksum " + hashlib.sha256(text.encode()).hexdigest() + "\n").encode())
    assert header_io.read(vault_dir) == vault.header
    vault.ledger.append("test.entry", {"n": 2})
    assert header_io.read(vault_dir).ledger_anchor.seq == vault.ledger.head().seq
    vault.lock()
    with reopen(vault_dir) as again:
        assert again.verify_ledger().ok
