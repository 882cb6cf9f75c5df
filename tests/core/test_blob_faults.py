"""A kill or a full disk while an attachment's blob is written, and while old inline
attachments are moved into the blob store: no half blob is ever readable, no row
points at a missing blob, nothing saved before is lost, and the vault opens."""

from __future__ import annotations

import errno
import hashlib
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, reopen
from tests.core.clinical_helpers import PDF
from tests.core.test_faults_diskfull import _fill, small_filesystem
from vault_app.crypto.kdf import KdfParams
from vault_app.domain.errors import DiskFull
from vault_app.services import attachment_blobs, attachments, clients
from vault_app.services.destruction_steps import CRASH_ENV
from vault_app.services.vault import Vault, create_vault
from vault_app.storage import blob_intents, blob_store, clinical_attachments

MIB = 1 << 20


def _body(size: int) -> bytes:
    return (PDF + os.urandom(size))[:size]


def _env(**extra: str) -> dict[str, str]:
    return dict(os.environ, VAULT_APP_PASSPHRASE=PASSPHRASE, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
                **extra)


def _assert_every_row_reads(vault: Vault, client_id: str, expected: dict[str, str]) -> None:
    """Every attachment row's body is whole (its sha256 matches), and every blob file is named by a row."""
    listed = attachments.list_attachments(vault, client_id)
    assert {m.attachment_id for m in listed} >= set(expected)
    for meta in listed:
        data = attachments.read_attachment(vault, meta.attachment_id)[1]
        assert hashlib.sha256(data).hexdigest() == meta.sha256
        if meta.attachment_id in expected:
            assert meta.sha256 == expected[meta.attachment_id]
    assert set(blob_store.stored_ids(vault.folder)) == set(clinical_attachments.referenced_blobs(vault.records))
    assert blob_store.stale_temp_files(vault.folder) == []


KILL_MID_WRITE = """
import os, signal, sys
from pathlib import Path
from vault_app.services import attachment_blobs
from vault_app.services.vault import open_vault
vault = open_vault(Path(sys.argv[1]), os.environ["VAULT_APP_PASSPHRASE"])
client = sys.argv[2]
def body():
    for i in range(6):
        if i == 3:
            print("half written", flush=True)
            os.kill(os.getpid(), signal.SIGKILL)  # a power cut in the middle of the blob
        yield os.urandom(1 << 20)
attachment_blobs.store_chunks(vault, client, body())  # its intent is committed before the first byte
"""


def test_a_kill_in_the_middle_of_a_blob_leaves_no_readable_half_and_is_swept(vault: Vault, vault_dir: Path) -> None:
    client = clients.create_client(vault, "Ash Fictional", date_of_birth="1980-02-03").client_id
    kept = attachments.add_attachment(vault, client, _body(2 * MIB), kind="consent")
    before = set(blob_store.stored_ids(vault_dir))
    vault.lock()
    done = subprocess.run([sys.executable, "-c", KILL_MID_WRITE, str(vault_dir), client], env=_env(),
                          capture_output=True, timeout=120, check=False)
    assert done.returncode == -9 and b"half written" in done.stdout
    (half,) = blob_store.stale_temp_files(vault_dir)  # the partial file is under its temporary name only
    assert half.stat().st_size > 2 * MIB
    assert set(blob_store.stored_ids(vault_dir)) == before  # no blob id names it: nothing can read it
    with reopen(vault_dir) as again:
        _assert_every_row_reads(again, client, {kept.attachment_id: kept.sha256})
    assert not half.exists()


ADD_LOOP = """
import os, sys
from pathlib import Path
from vault_app.services import attachments
from vault_app.services.vault import open_vault
PDF = b"%PDF-1.4\\n"
vault = open_vault(Path(sys.argv[1]), os.environ["VAULT_APP_PASSPHRASE"])
while True:
    meta = attachments.add_attachment(vault, sys.argv[2], (PDF + os.urandom(6 << 20)), kind="other")
    print(meta.attachment_id, meta.sha256, flush=True)
"""


def test_kills_while_attachments_are_saved_never_leave_a_row_without_its_blob(vault: Vault, vault_dir: Path) -> None:
    from tests.core.kill_helpers import read_all, read_line

    client = clients.create_client(vault, "Ash Fictional", date_of_birth="1980-02-03").client_id
    vault.lock()
    saved: dict[str, str] = {}
    for cycle in range(4):
        child = subprocess.Popen([sys.executable, "-c", ADD_LOOP, str(vault_dir), client], env=_env(),
                                 stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        assert child.stdout is not None
        fd = child.stdout.fileno()
        first = read_line(fd)  # one attachment saved, the next one being written
        if cycle % 2:
            os.sched_yield()
        child.kill()
        child.wait(timeout=60)
        for line in read_all(fd, first):
            attachment_id, sha = line.split()
            saved[attachment_id] = sha
        child.stdout.close()
        with reopen(vault_dir) as again:
            _assert_every_row_reads(again, client, saved)
    assert len(saved) >= 4


def test_disk_full_while_writing_a_blob_on_a_real_small_filesystem(tmp_path: Path, kdf_params: KdfParams) -> None:
    with small_filesystem(tmp_path / "small", "24m") as mount:
        folder = mount / "vault"
        vault = create_vault(folder, PASSPHRASE, params=kdf_params).vault
        try:
            client = clients.create_client(vault, "Ash Fictional", date_of_birth="1980-02-03").client_id
            kept = attachments.add_attachment(vault, client, _body(MIB), kind="consent")
            filler = _fill(mount, 3 * MIB)
            with pytest.raises(DiskFull):
                attachments.add_attachment(vault, client, _body(8 * MIB), kind="other")
            filler.unlink()
            _assert_every_row_reads(vault, client, {kept.attachment_id: kept.sha256})
            assert len(attachments.list_attachments(vault, client)) == 1
        finally:
            vault.lock()
        with reopen(folder) as again:
            _assert_every_row_reads(again, client, {kept.attachment_id: kept.sha256})


def test_disk_full_while_writing_a_blob_injected(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    client = clients.create_client(vault, "Ash Fictional", date_of_birth="1980-02-03").client_id
    kept = attachments.add_attachment(vault, client, _body(MIB), kind="consent")
    attachment_blobs.sweep_intents(vault)  # the new vault's one full sweep, done
    original = blob_store._write_all
    budget = {"left": 2 * MIB}

    def write_all(fd: int, data: bytes) -> None:
        budget["left"] -= len(data)
        if budget["left"] < 0:
            raise OSError(errno.ENOSPC, "No space left on device")
        original(fd, data)

    monkeypatch.setattr(blob_store, "_write_all", write_all)
    with pytest.raises(DiskFull):
        attachments.add_attachment(vault, client, _body(5 * MIB), kind="other")
    monkeypatch.setattr(blob_store, "_write_all", original)
    _assert_every_row_reads(vault, client, {kept.attachment_id: kept.sha256})
    assert len(attachments.list_attachments(vault, client)) == 1
    # The failed blob's intent was committed before it: the next unlock looks there, finds
    # nothing to scrub (the write removed its temporary file), and clears it.
    (left,) = blob_intents.leftover(vault.records)
    assert blob_store.is_blob_id(left) and not blob_store.exists(vault.folder, left)
    assert attachment_blobs.sweep_intents(vault) == []
    assert blob_intents.leftover(vault.records) == []
    _assert_every_row_reads(vault, client, {kept.attachment_id: kept.sha256})


# --- moving inline attachments, killed -----------------------------------------------------------
MOVE = """
import os, sys
from pathlib import Path
from vault_app.services.vault import open_vault
open_vault(Path(sys.argv[1]), os.environ["VAULT_APP_PASSPHRASE"]).lock()
"""


def _old_vault(vault: Vault) -> dict[str, dict[str, bytes]]:
    """Two charts whose attachments are inline, as a vault before the blob store kept them."""
    out: dict[str, dict[str, bytes]] = {}
    for name in ("Ash Fictional", "Bo Madeup"):
        client = clients.create_client(vault, name, date_of_birth="1980-02-03").client_id
        out[client] = {}
        for k in range(3):
            data = _body(MIB + k)
            meta = attachments.add_attachment(vault, client, PDF, kind="other")
            old = replace(meta, attachment_id=os.urandom(8).hex(), size=len(data),
                          sha256=hashlib.sha256(data).hexdigest())
            with vault.records.transaction():
                clinical_attachments.insert_inline(vault.records, old, data)
            out[client][old.attachment_id] = data
    return out


@pytest.mark.parametrize("point", ["inline_blob_written", "inline_chart_moved"])
def test_the_move_of_inline_attachments_resumes_after_a_kill(vault: Vault, vault_dir: Path, point: str) -> None:
    bodies = _old_vault(vault)
    vault.lock()
    done = subprocess.run([sys.executable, "-c", MOVE, str(vault_dir)], env=_env(**{CRASH_ENV: point}),
                          capture_output=True, timeout=120, check=False)
    assert done.returncode == -9
    with reopen(vault_dir) as again:
        assert clinical_attachments.charts_with_inline(again.records) == []
        for client, expected in bodies.items():
            for attachment_id, data in expected.items():
                assert attachments.read_attachment(again, attachment_id)[1] == data
                assert clinical_attachments.inline_data(again.records, attachment_id) is None
            _assert_every_row_reads(again, client, {})
        # The summary is logged once the whole move is done: by the unlock that finished it.
        moved = [e.payload["attachments"] for e in again.ledger.entries(kinds=(attachment_blobs.MOVED,))]
        assert moved == [6 if point == "inline_blob_written" else 3]
    assert all(p.stat().st_mode & 0o077 == 0 for p in blob_store.files(vault_dir))
