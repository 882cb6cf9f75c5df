"""Property-based fuzzing of verify and restore with malformed backup files and headers.

Whatever the bytes, the only outcome besides success is a VaultError with a
message, and a failed restore writes nothing: the target folder is not created
and no staging folder is left behind.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import secrets
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import PASSPHRASE
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.domain.errors import VaultError
from vault_app.services import backup, backup_keys, clients, notes
from vault_app.services import vault as vault_service
from vault_app.services.backup_archive import PARTS, Part, write_raw_container
from vault_app.services.device_secret import NoSecretStore
from vault_app.services.vault import Vault, create_vault
from vault_app.storage import backup_format
from vault_app.storage import header as header_io

FUZZ = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


class Sample:
    def __init__(self, root: Path, vault: Vault, path: Path) -> None:
        self.root = root
        self.vault = vault
        self.raw = path.read_bytes()
        self.master = backup_keys.master_of(vault)
        self.header_bytes = (vault.folder / "vault.header").read_bytes()
        # The valid plaintext of the real backup, part by part, for structured mutations.
        with tempfile.TemporaryDirectory(dir=root) as tmp:
            from vault_app.services.backup_archive import unpack

            u = unpack(path, lambda s: self.master, Path(tmp))
            self.manifest: dict[str, Any] = u.manifest
            self.parts = {name: (Path(tmp) / name).read_bytes() for name in PARTS}


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sample]:
    root = tmp_path_factory.mktemp("fuzz")
    # No keyring at all: module fixtures run outside the per-test keyring isolation.
    made = create_vault(root / "vault", PASSPHRASE, params=OWASP_FLOOR, use_device_secret=False,
                        secrets_store=NoSecretStore())
    client = clients.create_client(made.vault, "Rowan Kettleby")
    notes.create_progress_note(made.vault, client.client_id, text="A short note.")
    info = backup.create_backup(made.vault, root / "backups")
    yield Sample(root, made.vault, Path(info.path))
    made.vault.lock()


def _attempt(sample: Sample, data: bytes, *, with_passphrase: bool = False) -> None:
    """verify and restore `data`; each must succeed or raise a VaultError, writing nothing."""
    with tempfile.TemporaryDirectory(dir=sample.root) as tmp:
        work = Path(tmp)
        file = work / "candidate.vaultbackup"
        file.write_bytes(data)
        kwargs: dict[str, Any] = {"passphrase": PASSPHRASE} if with_passphrase else {"current": sample.vault}
        for action in ("verify", "restore"):
            try:
                if action == "verify":
                    backup.verify_backup(
                        file, passphrase=PASSPHRASE if with_passphrase else None,
                        vault=None if with_passphrase else sample.vault, work_dir=work,
                    )
                else:
                    backup.restore_backup(file, work / "restored", secrets_store=NoSecretStore(), **kwargs)
            except VaultError as err:
                assert err.message and "Traceback" not in err.message
                assert sorted(p.name for p in work.iterdir()) == ["candidate.vaultbackup"], action
                continue
            if action == "restore":
                shutil.rmtree(work / "restored")


def _with_trailer(body: bytes) -> bytes:
    return body + hashlib.sha256(body).digest()


# --- raw bytes -------------------------------------------------------------------------------------
mutations = st.lists(st.tuples(st.integers(min_value=0), st.integers(min_value=1, max_value=255)), min_size=1,
                     max_size=4)


@FUZZ
@given(mutations=mutations, fix_checksum=st.booleans())
def test_flipped_bytes(sample: Sample, mutations: list[tuple[int, int]], fix_checksum: bool) -> None:
    data = bytearray(sample.raw)
    for offset, xor in mutations:
        data[offset % len(data)] ^= xor
    body = bytes(data)
    _attempt(sample, _with_trailer(body[: -backup_format.TRAILER_LEN]) if fix_checksum else body)


@FUZZ
@given(cut=st.integers(min_value=0), extra=st.binary(max_size=64), fix_checksum=st.booleans())
def test_truncated_or_extended(sample: Sample, cut: int, extra: bytes, fix_checksum: bool) -> None:
    body = sample.raw[: cut % len(sample.raw)] + extra
    _attempt(sample, _with_trailer(body) if fix_checksum else body)


@settings(max_examples=8, deadline=None)
@given(data=st.binary(max_size=2048))
def test_random_files_with_the_passphrase(sample: Sample, data: bytes) -> None:
    _attempt(sample, _with_trailer(data), with_passphrase=True)
    _attempt(sample, data, with_passphrase=True)


# --- authenticated containers with malformed contents (only the key holder could make these) -----------
def _container(sample: Sample, manifest: bytes, parts: dict[str, bytes]) -> bytes:
    with tempfile.TemporaryDirectory(dir=sample.root) as tmp:
        folder = Path(tmp)
        part_list = []
        for name, content in parts.items():
            (folder / name).write_bytes(content)
            part_list.append(Part(name, folder / name, len(content), hashlib.sha256(content).hexdigest()))
        key = secrets.token_bytes(32)
        slots = backup_keys.slots_for(sample.vault.header, sample.master, key)
        write_raw_container(folder / "out", slots, key, manifest, part_list)
        return (folder / "out").read_bytes()


def _manifest_for(sample: Sample, parts: dict[str, bytes]) -> dict[str, Any]:
    manifest = json.loads(json.dumps(sample.manifest))
    manifest["parts"] = [{"name": n, "size": len(c), "sha256": hashlib.sha256(c).hexdigest()} for n, c in parts.items()]
    return manifest


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)


@FUZZ
@given(key=st.sampled_from(["format", "format_version", "vault_id", "created", "ledger_head", "parts"]),
       value=json_values, drop=st.booleans())
def test_malformed_manifest(sample: Sample, key: str, value: object, drop: bool) -> None:
    manifest = _manifest_for(sample, sample.parts)
    if drop:
        manifest.pop(key)
    else:
        manifest[key] = value
    _attempt(sample, _container(sample, json.dumps(manifest).encode(), sample.parts))


@FUZZ
@given(raw=st.binary(max_size=300))
def test_manifest_that_is_not_json(sample: Sample, raw: bytes) -> None:
    _attempt(sample, _container(sample, raw or b"x", sample.parts))


@FUZZ
@given(part=st.sampled_from(PARTS), mutations=mutations, cut=st.none() | st.integers(min_value=0))
def test_malformed_parts_with_matching_hashes(
    sample: Sample, part: str, mutations: list[tuple[int, int]], cut: int | None
) -> None:
    """The table of contents vouches for a damaged header or compartment copy."""
    parts = dict(sample.parts)
    data = bytearray(parts[part])
    for offset, xor in mutations:
        data[offset % len(data)] ^= xor
    parts[part] = bytes(data[: cut % (len(data) + 1)] if cut is not None else data)
    _attempt(sample, _container(sample, json.dumps(_manifest_for(sample, parts)).encode(), parts))


header_fields = st.sampled_from(["vault_id", "kdf_salt", "kdf_memory_kib", "wrapped", "ledger_anchor", "mac",
                                 "format_version", "settings", "signing_public_key", "uses_device_secret"])


anchors = st.fixed_dictionaries({
    "seq": st.integers(min_value=-2, max_value=12) | st.integers(),
    "mac_hex": st.text(alphabet="0123456789abcdefz", max_size=66) | st.just("0" * 64),
})


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(field=header_fields, value=json_values | anchors, in_backup=st.booleans(), remac=st.booleans())
def test_malformed_headers(sample: Sample, field: str, value: object, in_backup: bool, remac: bool) -> None:
    """Well-formed checksum, hostile fields: decoding and unwrapping fail cleanly.
    (Outside a backup, the header is unwrapped through the backup code's checks.)"""
    text = sample.header_bytes.decode()
    body = json.loads(text[: text.rindex("\nchecksum ")])
    body[field] = value
    new_text = json.dumps(body, sort_keys=True, indent=1)
    raw = (new_text + "\nchecksum " + hashlib.sha256(new_text.encode()).hexdigest() + "\n").encode()
    if remac:  # as only the key holder could: a correctly authenticated hostile header
        try:
            decoded = header_io.decode(raw)
            raw = header_io.encode(decoded.with_changes(mac=vault_service._header_mac(sample.master, decoded)))
        except (VaultError, TypeError, ValueError, AttributeError):
            pass
    if not in_backup:
        try:
            header = header_io.decode(raw)
            backup_keys.unwrap_header(header, sample.master)
        except VaultError:
            pass
        return
    parts = dict(sample.parts)
    parts["vault.header"] = raw
    _attempt(sample, _container(sample, json.dumps(_manifest_for(sample, parts)).encode(), parts))


@FUZZ
@given(raw=st.binary(max_size=400))
def test_header_bytes(raw: bytes) -> None:
    with contextlib.suppress(VaultError):
        header_io.decode(raw)
