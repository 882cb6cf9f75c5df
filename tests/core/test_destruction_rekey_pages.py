"""The destruction rekeys without a VACUUM first (services/destruction_steps.erase): this
holds only if SQLCipher's `PRAGMA rekey` rewrites every page of the file, free pages
included, and secure_delete zeroed what the deletion freed. Both are checked here on
the raw file, page by page, with a reader that shares no code with the app: no page
must still authenticate under the old key, and the new key must show no trace.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import struct
import threading
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from tests.conftest import reopen
from tests.core.destruction_helpers import SeededChart, decrypted_hits, seed_chart, vault_keys
from tests.independent_reader import HMAC_LEN, PAGE_SIZE, RESERVE, SALT_LEN
from vault_app.domain.errors import EnvironmentProblem
from vault_app.services import destruction
from vault_app.services.destruction_steps import side_by_side
from vault_app.services.vault import Vault
from vault_app.storage import destruction_delete as deletion
from vault_app.storage.compartment import COMPARTMENT_FILES, Compartment


def _pages(path: Path, key: bytes) -> tuple[int, int, bytes]:
    """(pages in the file, pages whose HMAC verifies under `key`, their plaintext joined)."""
    data = path.read_bytes()
    hmac_key = hashlib.pbkdf2_hmac("sha512", key, bytes(b ^ 0x3A for b in data[:SALT_LEN]), 2, 32)
    total, good, plain = len(data) // PAGE_SIZE, 0, bytearray()
    for index in range(total):
        page, pgno = data[index * PAGE_SIZE : (index + 1) * PAGE_SIZE], index + 1
        body = page[SALT_LEN if pgno == 1 else 0 : PAGE_SIZE - RESERVE]
        iv = page[PAGE_SIZE - RESERVE : PAGE_SIZE - HMAC_LEN]
        tag = hmac.new(hmac_key, body + iv + struct.pack("<I", pgno), hashlib.sha512).digest()
        if hmac.compare_digest(tag, page[PAGE_SIZE - HMAC_LEN :]):
            good += 1
            decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
            plain += decryptor.update(body) + decryptor.finalize()
    return total, good, bytes(plain)


def _filled(path: Path, key: bytes) -> tuple[Compartment, list[bytes]]:
    """A compartment with kept rows and rows to delete: short texts in table pages and
    long ones in overflow chains, so the deletion frees whole pages and cells in pages."""
    comp = Compartment.open("records", path, key, create=True)
    comp.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, gone INTEGER, body TEXT)")
    canaries = []
    with comp.transaction():
        for i in range(300):
            gone = i % 2
            text = f"qzcanary{os.urandom(6).hex()}" if gone else f"kept{i}"
            if gone:
                canaries.append(text.encode())
            comp.execute("INSERT INTO t (gone, body) VALUES (?, ?)", (gone, text + " x" * (3000 if i % 10 == 1 else 5)))
    deletion.checkpoint(comp)
    return comp, canaries


@pytest.mark.parametrize("secure_delete", [True, False])
def test_rekey_rewrites_every_page_free_pages_included(tmp_path: Path, secure_delete: bool) -> None:
    old, new = os.urandom(32), os.urandom(32)
    path = tmp_path / "records.db"
    comp, canaries = _filled(path, old)
    if not secure_delete:
        comp.execute("PRAGMA secure_delete = OFF")
    with comp.transaction():
        comp.execute("DELETE FROM t WHERE gone = 1")
    deletion.checkpoint(comp)
    free = int(comp.scalar("PRAGMA freelist_count"))
    deletion.rekey(comp, new)
    pages = int(comp.scalar("PRAGMA page_count"))
    comp.close()
    assert free > 10  # the deleted overflow chains are free pages still in the file (no VACUUM)

    total, under_old, _ = _pages(path, old)
    assert total == pages and under_old == 0  # no page image written under the old key is left
    total, under_new, plain = _pages(path, new)
    assert under_new == total  # free pages too: the rekey wrote every page of the file
    found = [c for c in canaries if c in plain]
    if secure_delete:
        assert found == []  # zeroed by secure_delete, then re-encrypted as zeros
    else:
        # Without secure_delete the freed content survives in the free pages, now under the
        # new key: the proof that the rekey rewrote them rather than leaving old images.
        assert found


def test_a_destroyed_chart_leaves_no_page_under_the_old_keys(psy_vault: Vault, vault_dir: Path,
                                                              tmp_path: Path) -> None:
    target: SeededChart = seed_chart(psy_vault, "R", psychotherapy=3)
    other = seed_chart(psy_vault, "O")
    before = {name: key for name, key in vault_keys(psy_vault).items() if name in ("records", "psychotherapy")}
    destruction.destroy(psy_vault, target.chart_number, basis="override", confirm=target.chart_number,
                        override_reason="test of the rekey without VACUUM")
    psy_vault.lock()
    with reopen(vault_dir, psychotherapy=True) as vault:
        after = vault_keys(vault)
        assert vault.records.scalar("SELECT count(*) FROM clients WHERE client_id = ?", (other.client_id,)) == 1
    for name, key in before.items():
        path = vault_dir / COMPARTMENT_FILES[name]
        total, under_old, _ = _pages(path, key)
        assert total > 0 and under_old == 0, name
        total, under_new, _ = _pages(path, after[name])
        assert under_new == total, name
    assert decrypted_hits(vault_dir, after, target.needles(), tmp_path / "plain") == []


def test_side_by_side_finishes_both_before_an_error_is_raised(tmp_path: Path) -> None:
    """One compartment's failure (a full disk, say) is raised only once the other's work has
    ended: no thread is still writing a file when the destruction reports the error."""
    comps = [Compartment.open(name, tmp_path / f"{name}.db", os.urandom(32), create=True)
             for name in ("records", "psychotherapy")]
    failed = threading.Event()
    finished: list[str] = []

    def work(comp: Compartment) -> str:
        if comp.name == "records":
            failed.set()
            raise EnvironmentProblem("The disk is full.")
        failed.wait()  # the other job has failed already: this one must still be waited for
        comp.execute("CREATE TABLE t (x)")
        with comp.transaction():
            comp.executemany("INSERT INTO t VALUES (?)", [(i,) for i in range(5000)])
        finished.append(comp.name)
        return comp.name

    with pytest.raises(EnvironmentProblem):
        side_by_side(comps, work)
    assert finished == ["psychotherapy"]
    assert comps[1].scalar("SELECT count(*) FROM t") == 5000
    assert side_by_side(comps[1:], lambda c: c.name) == ["psychotherapy"]
    for comp in comps:
        comp.close()
