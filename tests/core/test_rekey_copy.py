"""storage/rekey_copy.py on real SQLCipher files: a copy re-encrypted page by page in
Python is what SQLCipher itself opens under the new key, page for page the same plaintext;
what cannot be proven whole is refused, and the copy never lingers."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest

from vault_app.domain.errors import VaultCorrupt
from vault_app.storage import rekey_copy
from vault_app.storage.compartment import Compartment
from vault_app.storage.destruction_pages import PAGE_SIZE, PageStats, plaintext_pages


def _filled(folder: Path, key: bytes, rows: int = 400) -> Compartment:
    comp = Compartment.open("records", folder / "records.db", key, create=True)
    comp.execute("CREATE TABLE t (x TEXT)")
    with comp.transaction():
        comp.executemany("INSERT INTO t VALUES (?)", [(f"row {i} " + "x" * 300,) for i in range(rows)])
    assert comp.checkpoint()
    return comp


def _plain(path: Path, key: bytes) -> tuple[bytes, PageStats]:
    stats = PageStats()
    return b"".join(plaintext_pages(path, key, stats)), stats


def test_a_copy_is_the_file_under_the_new_key_page_for_page(tmp_path: Path) -> None:
    old, new = os.urandom(32), os.urandom(32)
    comp = _filled(tmp_path, old)
    size = comp.path.stat().st_size
    copy = rekey_copy.write_copy(comp.path, size, old, new, "records")
    before, _ = _plain(comp.path, old)
    after, stats = _plain(copy, new)
    assert after == before and stats.unreadable == 0 and stats.pages == size // PAGE_SIZE
    assert _plain(copy, old)[1].authenticated == 0
    # Changes after the image: named from the -wal, folded in, re-encrypted into the copy.
    comp.execute("INSERT INTO t VALUES ('after the image')")
    comp.execute("DELETE FROM t WHERE rowid < 50")
    pages = rekey_copy.wal_pages(comp.path)
    assert pages and comp.checkpoint()
    rekey_copy.apply_changes(comp.path, copy, pages, old, new, "records", size)
    comp.swap_in(copy, new)
    assert not copy.exists()
    assert comp.scalar("SELECT count(*) FROM t WHERE x = 'after the image'") == 1
    assert comp.scalar("SELECT count(*) FROM t") == 352
    assert comp.integrity_problems() == []
    comp.close()
    # SQLCipher itself, fresh, under the new key: every page authenticates.
    again = Compartment.open("records", comp.path, new)
    assert again.integrity_problems() == [] and again.scalar("SELECT count(*) FROM t") == 352
    again.close()


def test_a_page_that_does_not_authenticate_is_refused_and_no_copy_left(tmp_path: Path) -> None:
    old, new = os.urandom(32), os.urandom(32)
    comp = _filled(tmp_path, old)
    comp.close()
    data = bytearray(comp.path.read_bytes())
    data[3 * PAGE_SIZE + 100] ^= 0x01  # page 4, one bit
    comp.path.write_bytes(bytes(data))
    with pytest.raises(VaultCorrupt, match="does not authenticate"):
        rekey_copy.write_copy(comp.path, len(data), old, new, "records")
    assert rekey_copy.strays(tmp_path) == []


def test_growth_the_journal_did_not_name_is_not_guessed(tmp_path: Path) -> None:
    old, new = os.urandom(32), os.urandom(32)
    comp = _filled(tmp_path, old)
    size = comp.path.stat().st_size
    copy = rekey_copy.write_copy(comp.path, size, old, new, "records")
    with comp.transaction():
        comp.executemany("INSERT INTO t VALUES (?)", [("y" * 1000,) for _ in range(50)])
    assert comp.checkpoint()
    with pytest.raises(rekey_copy.NotUsable):
        rekey_copy.apply_changes(comp.path, copy, {1}, old, new, "records", size)
    comp.close()


def test_a_journal_still_holding_frames_keeps_the_file_in_place(tmp_path: Path) -> None:
    old, new = os.urandom(32), os.urandom(32)
    comp = _filled(tmp_path, old)
    copy = rekey_copy.write_copy(comp.path, comp.path.stat().st_size, old, new, "records")
    comp.execute("INSERT INTO t VALUES ('in the journal')")
    wal = Path(str(comp.path) + "-wal")
    assert wal.stat().st_size > 0
    before = comp.path.read_bytes()
    with pytest.raises(VaultCorrupt, match="still held changes"):
        rekey_copy.put_in_place(copy, comp.path)
    assert comp.path.read_bytes() == before and copy.exists() and wal.stat().st_size > 0
    comp.close()


def test_strays_and_their_journals_are_scrubbed(tmp_path: Path) -> None:
    made: list[Any] = []
    for name in ("records.db.rekeyed", "psychotherapy.db.rekeyed-wal", "ledger.db.rekeyed-shm"):
        (tmp_path / name).write_bytes(b"\x01" * 5000)
        made.append(name)
    (tmp_path / "records.db").write_bytes(b"kept")
    assert sorted(rekey_copy.scrub_strays(tmp_path)) == ["ledger.db.rekeyed", "psychotherapy.db.rekeyed",
                                                         "records.db.rekeyed"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["records.db"]


def test_a_rekey_in_place_is_proven_by_a_fresh_connection_under_the_new_key(tmp_path: Path) -> None:
    """What destruction_delete.rekey checks before the header may name the new key."""
    from vault_app.storage import destruction_delete

    old, new = os.urandom(32), os.urandom(32)
    comp = _filled(tmp_path, old)
    assert comp.key_opens(old) and not comp.key_opens(new)
    destruction_delete.rekey(comp, new)
    assert comp.key_opens(new) and not comp.key_opens(old)
    assert comp.scalar("SELECT count(*) FROM t") == 400
    comp.close()


@pytest.mark.slow
def test_a_file_past_one_gib_is_copied_around_its_locking_page(tmp_path: Path) -> None:
    """SQLite never writes the page at offset 1 GiB (the locking bytes) and SQLCipher never
    encrypts it, so no key authenticates it: the copy keeps its bytes as they are and every
    other page, past it too, is re-encrypted. Before the fourteenth round such a file was
    refused by `fits` and rekeyed in place on the worker (a real 1.05 GiB SQLCipher file)."""
    # In memory where there is one (/dev/shm): 2.2 GB written, read and flushed three times over.
    shm = Path("/dev/shm")
    folder = Path(tempfile.mkdtemp(prefix="rekey-copy-gib-", dir=shm)) if shm.is_dir() else tmp_path
    try:
        _past_one_gib(folder)
    finally:
        if folder != tmp_path:
            shutil.rmtree(folder, ignore_errors=True)


def _past_one_gib(tmp_path: Path) -> None:
    old, new = os.urandom(32), os.urandom(32)
    comp = Compartment.open("records", tmp_path / "records.db", old, create=True)
    comp.execute("CREATE TABLE t (x BLOB)")
    # Made for the test: written once into the file (no -wal to fold in after), not flushed.
    comp.execute("PRAGMA journal_mode = DELETE")
    comp.execute("PRAGMA synchronous = OFF")
    with comp.transaction():
        for _ in range(5):  # SQLite's largest value is 1e9 bytes: five of them reach past 1 GiB
            comp.execute("INSERT INTO t VALUES (zeroblob(216000000))")
    comp.execute("PRAGMA journal_mode = WAL")  # as a compartment is: the change after the image goes there
    size = comp.path.stat().st_size
    assert size > 1 << 30
    assert rekey_copy.fits(size)
    copy = rekey_copy.write_copy(comp.path, size, old, new, "records")
    lock = 1 << 30
    with comp.path.open("rb") as a, copy.open("rb") as b:
        a.seek(lock)
        b.seek(lock)
        assert a.read(PAGE_SIZE) == b.read(PAGE_SIZE), "the locking page kept as it is"
    comp.execute("INSERT INTO t VALUES (x'5eed')")  # after the image: past 1 GiB
    pages = rekey_copy.wal_pages(comp.path)
    assert max(pages) > lock // PAGE_SIZE + 1 and comp.checkpoint()
    rekey_copy.apply_changes(comp.path, copy, pages, old, new, "records", size)
    comp.swap_in(copy, new)
    comp.close()
    again = Compartment.open("records", comp.path, new)  # SQLCipher itself, fresh, under the new key
    assert again.integrity_problems() == []
    assert again.scalar("SELECT count(*) FROM t") == 6
    assert again.scalar("SELECT hex(x) FROM t WHERE length(x) = 2") == "5EED"
    again.close()
    with pytest.raises(VaultCorrupt):
        Compartment.open("records", comp.path, old).close()
