"""No search file from before a restore is used after it, and no older copy of a search file
put back is ever searched (storage/search_index.py, docs/scaling.md "Twenty-second round").

A search file is kept when its `index_state (generation, counter)` equals its compartment's
`search_state` and it opens under the key derived from the compartment's. Within one time line
the counter only grows, so an older copy is behind; a destruction rekeys, so a copy from before
it no longer opens. A restore starts another time line from an older counter under the same
keys: the restore writes a fresh generation into the restored compartments, so a search file of
the line it left (copied back by hand, by an old backup tool, from the folder restored from)
can never match, even when the new line's counter reaches the old copy's. A restore that cannot
reach the psychotherapy key (the services' `current=` an open vault whose psychotherapy notes
were never unlocked) cannot renew that compartment's generation; the psychotherapy search file
carries the records compartment's generation too, which every restore renews.

Real vaults in tmp_path, real backups, snapshots and restores, files copied back with shutil."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, reopen
from tests.core.destruction_helpers import vault_keys
from tests.independent_reader import decrypt_file
from vault_app.domain.errors import VaultError
from vault_app.domain.search import SearchResults
from vault_app.services import backup, backup_repo, clients, destruction, notes, psychotherapy_notes, search
from vault_app.services.backup_repo_restore import restore_snapshot
from vault_app.services.backup_restore import restore_backup
from vault_app.services.fault_injection import CRASH_ENV
from vault_app.services.search_rebuild import rebuilt_beside, wait_for_rebuild
from vault_app.services.vault import CreatedVault, Vault, open_vault
from vault_app.storage import compartment_connect, search_index
from vault_app.storage.compartment import open_query_only
from vault_app.storage.layout import SEARCH_FILES, SIDE_SUFFIXES

KEPT = "marshwren"  # in the backup
LATER = "quillfeather"  # written after the backup: in the old search files, never in the restored vault
DOOMED = "thornbramble"  # the destroyed chart's word
COMMON = "session"  # in every note: its hits' snippets show what the index holds of each row
NAMES = ("records", "psychotherapy")
NEW_PASSPHRASE = "a restored vault gets another passphrase 7"

Made = tuple[Path, Callable[..., object]]


def _write_pair(vault: Vault, client_id: str, word: str) -> None:
    """One progress note and one psychotherapy note: the same writes, so the same count."""
    notes.create_progress_note(vault, client_id, template="free", text=f"The {COMMON} spoke of {word}.")
    psychotherapy_notes.create_psychotherapy_note(vault, client_id, f"In {COMMON}: {word}.")


def _results(vault: Vault, word: str) -> SearchResults:
    return search.search(vault, word, psychotherapy=True, include_documents=False, limit=200)


def _snippets(vault: Vault) -> str:
    found = _results(vault, COMMON)
    return " ".join(h.snippet for h in (*found.notes, *(found.psychotherapy_notes or ())))


def _hits(vault: Vault, word: str) -> int:
    found = _results(vault, word)
    return len(found.notes) + len(found.psychotherapy_notes or ())


def _copy_search_files(folder: Path, to: Path) -> None:
    """What an old backup tool or an attacker keeps: the search files as they lie (locked vault)."""
    to.mkdir()
    for filename in SEARCH_FILES.values():
        for suffix in ("", *SIDE_SUFFIXES):
            src = folder / (filename + suffix)
            if src.exists():
                shutil.copy2(src, to / src.name)
    assert sorted(p.name for p in to.iterdir() if p.name in SEARCH_FILES.values()) == sorted(SEARCH_FILES.values())


def _put_back(kept: Path, folder: Path) -> None:
    for filename in SEARCH_FILES.values():
        search_index.remove_files(folder / filename)
    for part in kept.iterdir():
        shutil.copy2(part, folder / part.name)


def _state(path: Path, key: bytes, table: str) -> tuple[str, int]:
    conn = open_query_only(path, key, "search", "reading")
    try:
        row = conn.execute(f"SELECT generation, counter FROM {table} WHERE id = 1").fetchone()
        return str(row["generation"]), int(row["counter"])
    finally:
        conn.close()


def _states(folder: Path, kept: Path, keys: dict[str, bytes]) -> dict[str, tuple[tuple[str, int], tuple[str, int]]]:
    """Per compartment: (its search_state, the kept search file's index_state), read apart."""
    return {name: (_state(folder / f"{name}.db", keys[name], "search_state"),
                   _state(kept / SEARCH_FILES[name], keys[f"search-{name}"], "index_state")) for name in NAMES}


def _plain_search_files(folder: Path, keys: dict[str, bytes], work: Path) -> bytes:
    """Every byte of both search files decrypted with their keys (an independent reader)."""
    found = b""
    for name in NAMES:
        plain = work / f"plain-{name}-{len(list(work.iterdir()))}.sqlite"
        decrypt_file(folder / SEARCH_FILES[name], keys[f"search-{name}"].hex(), plain)
        found += plain.read_bytes()
    return found


def _make_copy(vault: Vault, kind: str, tmp_path: Path) -> Made:
    if kind == "backup":
        return backup.create_backup(vault, tmp_path / "files").path, restore_backup
    return backup_repo.create_incremental(vault, tmp_path / "repo").path, restore_snapshot


def _target(place: str, vault_dir: Path, tmp_path: Path) -> Path:
    return vault_dir if place == "in place" else tmp_path / "restored"


@pytest.mark.parametrize("place", ["in place", "new folder"])
@pytest.mark.parametrize("kind", ["backup", "snapshot"])
def test_no_search_file_from_before_a_restore_is_used_after_it(psy_vault: Vault, vault_dir: Path, tmp_path: Path,
                                                               kind: str, place: str) -> None:
    client = clients.create_client(psy_vault, "Araminta Fieldfare")
    _write_pair(psy_vault, client.client_id, KEPT)
    source, restore = _make_copy(psy_vault, kind, tmp_path)
    keys = vault_keys(psy_vault)
    psy_vault.lock()
    _copy_search_files(vault_dir, tmp_path / "at-the-backup")  # the backup's own moment: the same count
    with reopen(vault_dir, psychotherapy=True) as later:
        _write_pair(later, client.client_id, LATER)
        assert _hits(later, LATER) == 2
    _copy_search_files(vault_dir, tmp_path / "after-the-backup")
    to = _target(place, vault_dir, tmp_path)
    restore(source, to, passphrase=PASSPHRASE, overwrite=place == "in place")

    # The search files of the moment the backup was made, put back beside the restored vault:
    # they count as many writes as the restored compartments, under the same keys; not kept.
    states = _states(to, tmp_path / "at-the-backup", keys)
    for name, (compartment, kept) in states.items():
        assert compartment[1] == kept[1], name  # the counter alone cannot tell them apart
        assert compartment[0] != kept[0], name  # the restore started a time line of its own
    _put_back(tmp_path / "at-the-backup", to)
    with reopen(to, psychotherapy=True) as restored:
        assert restored.records.search_rebuilt and restored.psychotherapy.search_rebuilt
        assert _hits(restored, KEPT) == 2 and _hits(restored, LATER) == 0
        # The restored line goes on: as many indexed writes as the line it left made after it.
        _write_pair(restored, client.client_id, "nothing remarkable")

    # The search files of the line the restore left, put back: the same count again, now with
    # words this vault never had at the rows they name. Rebuilt, never searched.
    states = _states(to, tmp_path / "after-the-backup", keys)
    for name, (compartment, kept) in states.items():
        assert compartment[1] == kept[1], name
        assert compartment[0] != kept[0], name
    _put_back(tmp_path / "after-the-backup", to)
    with reopen(to, psychotherapy=True) as restored:
        assert restored.records.search_rebuilt and restored.psychotherapy.search_rebuilt
        assert _hits(restored, LATER) == 0
        assert _hits(restored, "remarkable") == 2
        assert LATER not in _snippets(restored) and KEPT in _snippets(restored)
    work = tmp_path / "plain"
    work.mkdir()
    assert LATER.encode() not in _plain_search_files(to, keys, work)


def test_an_old_search_file_is_not_used_by_the_rebuild_beside_the_unlock_either(
        psy_vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    """The app's unlock (search rebuilt beside the work) decides by the same match."""
    client = clients.create_client(psy_vault, "Bartholomew Linnet")
    _write_pair(psy_vault, client.client_id, KEPT)
    source = backup.create_backup(psy_vault, tmp_path / "files").path
    psy_vault.lock()
    _copy_search_files(vault_dir, tmp_path / "at-the-backup")
    restore_backup(source, vault_dir, passphrase=PASSPHRASE, overwrite=True)
    _put_back(tmp_path / "at-the-backup", vault_dir)
    with rebuilt_beside(), open_vault(vault_dir, PASSPHRASE, with_psychotherapy=True) as restored:
        assert restored.records.search_rebuilt and restored.psychotherapy.search_rebuilt
        wait_for_rebuild(restored, lambda: None, psychotherapy=True)
        assert _hits(restored, KEPT) == 2


@pytest.mark.parametrize("restored_by", ["no restore", "backup into a new folder", "snapshot in place"])
def test_an_older_copy_put_back_after_a_destruction_is_rebuilt_never_searched(
        psy_vault: Vault, vault_dir: Path, tmp_path: Path, restored_by: str) -> None:
    """A copy of the search files taken while a chart was there (with a backup of that moment,
    or without one), put back after the chart was destroyed: its words never come back in a
    result or a snippet, and no byte of them is left in the search files."""
    doomed, other = (clients.create_client(psy_vault, n) for n in ("Cordelia Nightjar", "Dorian Wheatear"))
    _write_pair(psy_vault, doomed.client_id, DOOMED)
    _write_pair(psy_vault, other.client_id, KEPT)
    made: Made | None = None
    if restored_by != "no restore":
        made = _make_copy(psy_vault, "backup" if "backup" in restored_by else "snapshot", tmp_path)
    psy_vault.lock()
    _copy_search_files(vault_dir, tmp_path / "before")
    with reopen(vault_dir, psychotherapy=True) as again:
        assert _hits(again, DOOMED) == 2
        cert = destruction.destroy(again, doomed.chart_number, basis="override", confirm=doomed.chart_number,
                                   override_reason="a test of old search files put back")
        assert cert["verification"]["result"] == "passed"
        keys_before_restore = vault_keys(again)
    to = vault_dir
    if made is not None:
        source, restore = made
        if "new folder" in restored_by:
            to = tmp_path / "restored"
            restore(source, to, passphrase=PASSPHRASE, known_copies=(vault_dir,))
        else:
            restore(source, to, passphrase=PASSPHRASE, overwrite=True)
    _put_back(tmp_path / "before", to)
    with reopen(to, psychotherapy=True) as after:
        assert after.records.search_rebuilt and after.psychotherapy.search_rebuilt
        assert _hits(after, DOOMED) == 0
        assert _hits(after, KEPT) == 2
        assert DOOMED not in _snippets(after)
        keys = vault_keys(after)
    if made is None:
        assert keys == keys_before_restore
        # What already kept it out: the destruction rekeyed, and the old copy's key is not the new one's.
        for name in NAMES:
            with pytest.raises(VaultError):
                open_query_only(tmp_path / "before" / SEARCH_FILES[name], keys[f"search-{name}"], "search", "reading")
    work = tmp_path / "plain"
    work.mkdir()
    assert DOOMED.encode() not in _plain_search_files(to, keys, work)


@pytest.mark.parametrize("way_in", ["passphrase", "recovery key", "the open vault"])
def test_every_way_into_a_restore_gives_both_compartments_a_new_time_line(created: CreatedVault, vault_dir: Path,
                                                                         tmp_path: Path, way_in: str) -> None:
    """The Restore window and `vault-app restore` give the passphrase or the Emergency Kit's
    recovery key; the services also take the open vault. Each reaches the psychotherapy
    compartment, whose generation is renewed as the records compartment's is."""
    vault = created.vault
    vault.unlock_psychotherapy(PASSPHRASE)
    client = clients.create_client(vault, "Evangeline Stonechat")
    _write_pair(vault, client.client_id, KEPT)
    source = backup.create_backup(vault, tmp_path / "files").path
    keys = vault_keys(vault)
    before = {name: _state(vault_dir / f"{name}.db", keys[name], "search_state") for name in NAMES}
    to = tmp_path / "restored"
    if way_in == "passphrase":
        restore_backup(source, to, passphrase=PASSPHRASE)
    elif way_in == "recovery key":
        restore_backup(source, to, recovery_key=created.recovery_key, new_passphrase=NEW_PASSPHRASE)
    else:
        restore_backup(source, to, current=vault)
    after = {name: _state(to / f"{name}.db", keys[name], "search_state") for name in NAMES}
    for name in NAMES:
        assert after[name][1] == before[name][1], name  # the count is the compartment's own, kept
        assert after[name][0] != before[name][0], name
    assert after["records"][0] != after["psychotherapy"][0]


@pytest.mark.parametrize("place", ["in place", "new folder"])
def test_a_restore_that_never_reaches_the_psychotherapy_key_still_leaves_no_old_search_file_usable(
        psy_vault: Vault, vault_dir: Path, tmp_path: Path, place: str) -> None:
    """The services' restore from the open vault (`current=`) whose psychotherapy notes were
    never unlocked: the restore cannot write the psychotherapy compartment, so its generation
    stays the backup's. The psychotherapy search file's match is bound to the records
    compartment's generation too, which every restore renews: the old copies are rebuilt."""
    client = clients.create_client(psy_vault, "Florizel Dunnock")
    _write_pair(psy_vault, client.client_id, KEPT)
    source = backup.create_backup(psy_vault, tmp_path / "files").path
    keys = vault_keys(psy_vault)
    psy_vault.lock()
    _copy_search_files(vault_dir, tmp_path / "at-the-backup")
    with reopen(vault_dir, psychotherapy=True) as later:
        _write_pair(later, client.client_id, LATER)
    _copy_search_files(vault_dir, tmp_path / "after-the-backup")
    to = _target(place, vault_dir, tmp_path)
    left = {name: _state(vault_dir / f"{name}.db", keys[name], "search_state")[0] for name in NAMES}
    current = reopen(vault_dir)  # records only: the psychotherapy notes stay locked throughout
    try:
        assert not current.psychotherapy_open
        restore_backup(source, to, current=current, overwrite=place == "in place")
    finally:
        current.lock()

    restored_line = {name: _state(to / f"{name}.db", keys[name], "search_state") for name in NAMES}
    assert restored_line["psychotherapy"][0] == left["psychotherapy"]  # the gap: not reached, not renewed
    assert restored_line["records"][0] != left["records"]  # always reached, always renewed
    states = _states(to, tmp_path / "at-the-backup", keys)
    assert states["psychotherapy"][0][1] == states["psychotherapy"][1][1]  # the same count
    _put_back(tmp_path / "at-the-backup", to)
    with reopen(to, psychotherapy=True) as restored:
        assert restored.records.search_rebuilt and restored.psychotherapy.search_rebuilt
        assert _hits(restored, KEPT) == 2 and _hits(restored, LATER) == 0
        _write_pair(restored, client.client_id, "nothing remarkable")

    states = _states(to, tmp_path / "after-the-backup", keys)
    assert states["psychotherapy"][0][1] == states["psychotherapy"][1][1]  # the counts met again
    _put_back(tmp_path / "after-the-backup", to)
    with rebuilt_beside(), open_vault(to, PASSPHRASE, with_psychotherapy=True) as restored:
        assert restored.records.search_rebuilt and restored.psychotherapy.search_rebuilt
        wait_for_rebuild(restored, lambda: None, psychotherapy=True)
        assert _hits(restored, LATER) == 0
        assert _hits(restored, "remarkable") == 2
        assert LATER not in _snippets(restored) and KEPT in _snippets(restored)
        keys = vault_keys(restored)
    # The file the rebuild beside the unlock swapped in carries both generations: kept from now on.
    with reopen(to, psychotherapy=True) as again:
        assert not again.records.search_rebuilt and not again.psychotherapy.search_rebuilt
        assert _hits(again, "remarkable") == 2
    work = tmp_path / "plain"
    work.mkdir()
    assert LATER.encode() not in _plain_search_files(to, keys, work)


# A restore from the open vault (records only), run in a process of its own so it can be killed.
_RESTORE_FROM_OPEN_VAULT = """
import sys
from pathlib import Path
from vault_app.services.backup_restore import restore_backup
from vault_app.services.vault import open_vault
folder, source, passphrase = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
current = open_vault(folder, passphrase)
restore_backup(source, folder, current=current, overwrite=True)
"""


@pytest.mark.slow
@pytest.mark.parametrize("point", ["restore:moved:records.db", "restore:moved:psychotherapy.db",
                                   "restore:moved:vault.header"])
def test_a_killed_restore_finished_at_the_next_open_keeps_the_old_psychotherapy_search_file_out(
        psy_vault: Vault, vault_dir: Path, tmp_path: Path, point: str) -> None:
    """The same restore (the psychotherapy key never reached), killed (SIGKILL, as a power cut)
    while it puts the files in place, and finished by the next open: the records compartment
    it rolls forward carries the renewed generation (written in the staged copy before the
    journal), so the psychotherapy search file of the backup's moment, put back, is rebuilt."""
    client = clients.create_client(psy_vault, "Gwendolen Redpoll")
    _write_pair(psy_vault, client.client_id, KEPT)
    source = backup.create_backup(psy_vault, tmp_path / "files").path
    psy_vault.lock()
    _copy_search_files(vault_dir, tmp_path / "at-the-backup")
    with reopen(vault_dir, psychotherapy=True) as later:
        _write_pair(later, client.client_id, LATER)
    repo = Path(__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONPATH=str(repo), **{CRASH_ENV: point})
    killed = subprocess.run([sys.executable, "-c", _RESTORE_FROM_OPEN_VAULT, str(vault_dir), str(source), PASSPHRASE],
                            capture_output=True, text=True, env=env, timeout=300, check=False, cwd=repo)
    assert killed.returncode == -signal.SIGKILL, killed.stderr[-2000:]
    with reopen(vault_dir) as finished:  # finishes the restore; the psychotherapy notes stay locked
        assert any("interrupted" in note for note in finished.opening_notes), finished.opening_notes
    _put_back(tmp_path / "at-the-backup", vault_dir)
    with reopen(vault_dir, psychotherapy=True) as restored:
        assert restored.records.search_rebuilt and restored.psychotherapy.search_rebuilt
        assert _hits(restored, KEPT) == 2 and _hits(restored, LATER) == 0


def test_a_psychotherapy_search_file_of_the_version_before_the_binding_is_rebuilt_once(
        psy_vault: Vault, vault_dir: Path) -> None:
    """A psychotherapy search file carrying its compartment's generation alone (as the version
    before this binding wrote it) is rebuilt at the first unlock, then kept: derived data,
    rebuilt once; the records search file is not touched."""
    client = clients.create_client(psy_vault, "Hermione Bunting")
    _write_pair(psy_vault, client.client_id, KEPT)
    keys = vault_keys(psy_vault)
    psy_vault.lock()
    own = _state(vault_dir / "psychotherapy.db", keys["psychotherapy"], "search_state")
    assert _state(vault_dir / SEARCH_FILES["psychotherapy"], keys["search-psychotherapy"], "index_state") == (
        search_index.bound_line(own[0], _state(vault_dir / "records.db", keys["records"], "search_state")[0]),
        own[1])
    conn = compartment_connect.connect_keyed(vault_dir / SEARCH_FILES["psychotherapy"], keys["search-psychotherapy"])
    try:
        conn.execute("UPDATE index_state SET generation = ? WHERE id = 1", (own[0],))
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    with reopen(vault_dir, psychotherapy=True) as upgraded:
        assert not upgraded.records.search_rebuilt and upgraded.psychotherapy.search_rebuilt
        assert _hits(upgraded, KEPT) == 2
    with reopen(vault_dir, psychotherapy=True) as again:
        assert not again.records.search_rebuilt and not again.psychotherapy.search_rebuilt
        assert _hits(again, KEPT) == 2
