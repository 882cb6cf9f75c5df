"""The restore's checks run side by side (storage/backup_snapshot.copies_checked_beside):
every page of every compartment beside the ledger chain, with the same verdicts and the
same precedence as one after another. Real vaults, real SQLCipher files."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

import pytest

from vault_app.domain.errors import VaultCorrupt, VaultTampered
from vault_app.services import backup, backup_keys, backup_repo, clients, notes
from vault_app.services.backup_repo_read import Materialized, check_pages, materialize
from vault_app.services.ledger import Ledger
from vault_app.services.vault import Vault
from vault_app.storage import backup_snapshot
from vault_app.storage.compartment import COMPARTMENT_FILES, Compartment

PAGE = 4096


def _materialized(vault: Vault, tmp_path: Path) -> Materialized:
    client_id = clients.create_client(vault, "Ottoline Brackenbury").client_id
    for i in range(40):
        notes.create_progress_note(vault, client_id, text=f"Session {i}: " + os.urandom(700).hex())
    info = backup_repo.create_incremental(vault, tmp_path / "repo", rotate_old=False)
    folder = tmp_path / "copy"
    folder.mkdir(mode=0o700)
    return materialize(Path(info.path), backup_keys.vault_source(vault), folder, deep=False)


def _flip(path: Path, page: int) -> None:
    data = bytearray(path.read_bytes())
    data[page * PAGE + 500] ^= 0x01
    path.write_bytes(bytes(data))


def test_side_by_side_checks_name_exactly_the_damaged_copy(vault: Vault, tmp_path: Path) -> None:
    m = _materialized(vault, tmp_path)
    copies = [(name, m.folder / COMPARTMENT_FILES[name], m.keys[name]) for name in ("records", "ledger")]
    with backup_snapshot.copies_checked_beside(copies) as results:
        assert results() == {"records": [], "ledger": []}
    _flip(m.folder / COMPARTMENT_FILES["records"], 2)
    with backup_snapshot.copies_checked_beside(copies) as results:
        found = results()
    assert found["records"] and not found["ledger"]
    assert list(found) == ["records", "ledger"]  # the order given, whichever ended first


def test_a_damaged_page_is_reported_before_a_broken_chain(vault: Vault, tmp_path: Path) -> None:
    m = _materialized(vault, tmp_path)
    check_pages(m)  # intact: passes
    ledger_file = m.folder / COMPARTMENT_FILES["ledger"]
    pages = ledger_file.stat().st_size // PAGE
    _flip(ledger_file, pages - 1)  # the ledger's last page: the chain check fails too
    with pytest.raises(VaultCorrupt, match="ledger compartment is damaged"):
        check_pages(m)
    _flip(m.folder / COMPARTMENT_FILES["records"], 1)
    with pytest.raises(VaultCorrupt, match="records compartment is damaged") as caught:
        check_pages(m)
    assert not isinstance(caught.value, VaultTampered)


def _pragma(path: Path, key: bytes, statements: list[str]) -> list[int]:
    from sqlcipher3 import dbapi2 as sqlcipher

    from vault_app.storage.compartment import key_pragma

    conn = sqlcipher.connect(str(path), isolation_level=None)
    try:
        conn.execute(key_pragma(key))
        conn.execute("PRAGMA cipher_compatibility = 4")
        return [int(v[0]) for s in statements if (v := conn.execute(s).fetchone()) is not None]
    finally:
        conn.close()


def _every_flipped_page_is_found(path: Path, key: bytes) -> int:
    original = path.read_bytes()
    pages = len(original) // PAGE
    for page in range(pages):
        damaged = bytearray(original)
        damaged[page * PAGE + (page * 97) % PAGE] ^= 0x01  # content, IV or MAC, page by page
        path.write_bytes(bytes(damaged))
        assert backup_snapshot.check_copy("records", path, key), f"a flipped byte in page {page + 1} went unseen"
    path.write_bytes(original)
    assert backup_snapshot.check_copy("records", path, key) == []
    return pages


def test_every_page_is_authenticated_with_or_without_the_separate_page_pass(vault: Vault, tmp_path: Path) -> None:
    """With an empty freelist the structure check alone reads (and so authenticates) every
    page, and the separate page pass is skipped; with free pages it runs. Either way a
    flipped byte in any page of the file is found."""
    m = _materialized(vault, tmp_path)
    path, key = m.folder / COMPARTMENT_FILES["records"], m.keys["records"]
    assert _pragma(path, key, ["PRAGMA freelist_count", "PRAGMA auto_vacuum"]) == [0, 0]
    assert _every_flipped_page_is_found(path, key) > 20
    # Free pages (never read by the structure check): the page pass runs and finds them too.
    _pragma(path, key, ["CREATE TABLE scratch(b BLOB)", "INSERT INTO scratch VALUES (zeroblob(60000))",
                        "DROP TABLE scratch"])
    assert _pragma(path, key, ["PRAGMA freelist_count"])[0] > 5
    _every_flipped_page_is_found(path, key)


def test_a_page_check_still_reading_the_ledger_does_not_make_the_chain_check_busy(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a large copy the ledger's page check is still reading when the chain check
    starts. Opening the ledger switches the copy's journal mode, which needs the file to
    itself: it failed "busy" (a 4x upgrade backup, a backup on lock under load). Here the
    ledger's page check holds a read until the chain check has run, for a single-file
    backup's verify and a snapshot's, which must both pass."""
    client_id = clients.create_client(vault, "Ottoline Brackenbury").client_id
    for i in range(20):
        notes.create_progress_note(vault, client_id, text=f"Session {i}: " + os.urandom(700).hex())
    original_check = backup_snapshot.check_copy
    original_verify = Ledger.verify_full
    chain_ran = threading.Event()

    def reading_check(name: str, path: Path, key: bytes) -> list[str]:
        if name != "ledger":
            return original_check(name, path, key)
        held = backup_snapshot.HeldSnapshot()
        held.hold(name, path, key)  # a read transaction on the ledger copy, as a long page check has
        try:
            chain_ran.wait(60)
        finally:
            held.release()
        return original_check(name, path, key)

    def verify_full(self: Ledger, *args: Any, **kwargs: Any) -> Any:
        try:
            return original_verify(self, *args, **kwargs)
        finally:
            chain_ran.set()

    # The invariant that makes this safe: the ledger copy is open before the page checks
    # start (whichever thread then wins the race, nothing needs the file to itself).
    ledger_open = threading.Event()
    opened_first: list[bool] = []
    original_open = Compartment.open.__func__  # type: ignore[attr-defined]
    original_beside = backup_snapshot.copies_checked_beside

    def open_compartment(cls: type[Compartment], name: str, *args: Any, **kwargs: Any) -> Compartment:
        comp = original_open(cls, name, *args, **kwargs)
        if name == "ledger":
            ledger_open.set()
        return comp

    def beside(copies: Any) -> Any:
        opened_first.append(ledger_open.is_set())
        return original_beside(copies)

    monkeypatch.setattr(backup_snapshot, "check_copy", reading_check)
    monkeypatch.setattr(Ledger, "verify_full", verify_full)
    monkeypatch.setattr(Compartment, "open", classmethod(open_compartment))
    monkeypatch.setattr(backup_snapshot, "copies_checked_beside", beside)
    made = backup.create_backup(vault, tmp_path / "files")
    snap = backup_repo.create_incremental(vault, tmp_path / "repo", rotate_old=False)
    opened_first.clear()
    for verify in (lambda: backup.verify_backup(Path(made.path), vault=vault),
                   lambda: backup_repo.verify_snapshot(Path(snap.path), vault=vault)):
        chain_ran.clear()
        ledger_open.clear()
        assert verify()["ok"]
    assert opened_first == [True, True]
