"""A snapshot manifest read once per opening, its chunk ids checked in one pass
(backup_repo_read.open_snapshot, snapshot_manifest.are_ids): a purged snapshot's manifest is
opened twice per purge (before, and its replacement read back), 26,000 ids at 4x. Every
malformed id is still refused, with the same message as before. Real snapshots of a real
vault, real AES-GCM; the forged manifests are sealed with the snapshot's own content key,
so only the checks below can refuse them."""

from __future__ import annotations

import json
import secrets
import struct
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from vault_app.domain.errors import VaultCorrupt, VaultTampered
from vault_app.services import backup_keys, backup_repo, clients, notes
from vault_app.services.backup_repo_read import open_snapshot
from vault_app.services.vault import Vault
from vault_app.storage import snapshot_manifest


def _snapshot(vault: Vault, tmp_path: Path) -> tuple[bytes, Any]:
    client_id = clients.create_client(vault, "Ottoline Brackenbury").client_id
    notes.create_progress_note(vault, client_id, text="A note so that the snapshot has a few chunks.")
    info = backup_repo.create_incremental(vault, tmp_path / "repo", rotate_old=False)
    return Path(info.path).read_bytes(), backup_keys.vault_source(vault)


def _sealed(raw: bytes, source: Any, clear_ids: list[Any], body_change: Any = None) -> bytes:
    """The manifest again, with this clear list (and its body changed by `body_change`),
    sealed under its own content key: authentic, so only the format checks can refuse it."""
    slots, master, body = open_snapshot(raw, source)
    if body_change is not None:
        body_change(body)
    content_key = backup_keys.content_key(slots, master)
    clear = json.dumps({"chunks": clear_ids}, separators=(",", ":")).encode()
    head = snapshot_manifest.MANIFEST_MAGIC + struct.pack(">I", len(clear)) + clear + slots.encode()
    nonce = secrets.token_bytes(snapshot_manifest.NONCE_LEN)
    key = snapshot_manifest._manifest_key(content_key)
    return head + nonce + AESGCM(key).encrypt(nonce, json.dumps(body).encode(), head)


def test_a_manifest_is_parsed_once_per_opening(vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    raw, source = _snapshot(vault, tmp_path)
    calls = []
    split = snapshot_manifest._split

    def counted(data: bytes) -> Any:
        calls.append(len(data))
        return split(data)

    monkeypatch.setattr(snapshot_manifest, "_split", counted)
    slots, _master, body = open_snapshot(raw, source)
    assert calls == [len(raw)]  # the slots are read beside the clear list, not by parsing it again
    assert slots.vault_id.hex() == vault.vault_id and body["parts"]


def test_a_well_formed_manifest_resealed_still_opens(vault: Vault, tmp_path: Path) -> None:
    raw, source = _snapshot(vault, tmp_path)
    ids = json.loads(raw[8 : 8 + struct.unpack_from(">I", raw, 4)[0]])["chunks"]
    _slots, _master, body = open_snapshot(_sealed(raw, source, ids), source)
    assert {c for p in body["parts"] for c in p["chunks"]} == set(ids)


@pytest.mark.parametrize("bad", ["upper", "short", "newline", "number", "space"])
def test_a_malformed_id_in_the_clear_list_is_refused(vault: Vault, tmp_path: Path, bad: str) -> None:
    raw, source = _snapshot(vault, tmp_path)
    ids: list[Any] = json.loads(raw[8 : 8 + struct.unpack_from(">I", raw, 4)[0]])["chunks"]
    first = ids[0]
    ids[0] = {"upper": first.upper(), "short": first[:-1], "newline": first + "\n", "number": 7,
              "space": first[:-1] + " "}[bad]
    if bad == "upper" and first.upper() == first:  # an id of digits only: make one letter upper case
        ids[0] = "A" + first[1:]
    with pytest.raises(VaultCorrupt, match="chunk list is malformed"):
        open_snapshot(_sealed(raw, source, ids), source)


@pytest.mark.parametrize("bad", ["upper", "newline", "number", "list", "not a list"])
def test_a_malformed_id_in_a_part_is_refused_as_before(vault: Vault, tmp_path: Path, bad: str) -> None:
    raw, source = _snapshot(vault, tmp_path)
    ids = json.loads(raw[8 : 8 + struct.unpack_from(">I", raw, 4)[0]])["chunks"]

    def change(body: dict[str, Any]) -> None:
        part = next(p for p in body["parts"] if p["chunks"])
        first = part["chunks"][0]
        if bad == "not a list":
            part["chunks"] = first
        else:
            part["chunks"][0] = {"upper": "A" + first[1:].upper(), "newline": first + "\n", "number": 7,
                                 "list": [first]}[bad]

    with pytest.raises(VaultCorrupt, match="table of contents is malformed") as caught:
        open_snapshot(_sealed(raw, source, ids, change), source)
    assert not isinstance(caught.value, VaultTampered)


def test_a_part_naming_a_chunk_the_clear_list_lacks_is_tampering(vault: Vault, tmp_path: Path) -> None:
    raw, source = _snapshot(vault, tmp_path)
    ids = json.loads(raw[8 : 8 + struct.unpack_from(">I", raw, 4)[0]])["chunks"]

    def change(body: dict[str, Any]) -> None:
        next(p for p in body["parts"] if p["chunks"])["chunks"].append("0" * 64)

    with pytest.raises(VaultTampered, match="does not match"):
        open_snapshot(_sealed(raw, source, ids, change), source)
    with pytest.raises(VaultTampered, match="does not match"):
        open_snapshot(_sealed(raw, source, ids[1:]), source)  # the clear list lacks one a part names


def test_are_ids() -> None:
    good = [secrets.token_hex(32) for _ in range(50)]
    assert snapshot_manifest.are_ids(good) and snapshot_manifest.are_ids([])
    for bad in (good[0].upper(), good[0][:-1], good[0] + "0", good[0][:-1] + "\n", good[0][:-1] + "g", 5, None):
        assert not snapshot_manifest.are_ids([*good, bad])
    # Two malformed ids whose lengths add up to two well-formed ones are still refused.
    assert not snapshot_manifest.are_ids([good[0][:-1], good[1] + "0"])
