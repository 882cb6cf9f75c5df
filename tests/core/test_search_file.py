"""The full-text index in its own files beside the compartments (storage/search_index.py):
kept in step with every write, rebuilt when missing, damaged, behind or ahead of its
compartment (a kill between the two files' commits), carried by no backup or snapshot,
rebuilt after a restore, and built from an older vault's compartments by the migration."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from tests.conftest import PASSPHRASE, reopen
from tests.core.destruction_helpers import decrypt_file, vault_keys
from vault_app.domain.errors import VaultError
from vault_app.services import (
    backup,
    backup_repo,
    clients,
    destruction,
    notes,
    psychotherapy_notes,
    search,
    vault_rekey,
    vault_rekey_beside,
)
from vault_app.services.backup_repo_restore import restore_snapshot
from vault_app.services.backup_restore import restore_backup
from vault_app.services.vault import Vault, open_vault
from vault_app.storage import search_index
from vault_app.storage.compartment import Compartment, key_pragma, open_query_only
from vault_app.storage.layout import SEARCH_FILES

WORD = "kestrelwing"  # a word no other test text has: what the index must (or must not) hold


def _found(vault: Vault, word: str, *, psychotherapy: bool = False) -> list[str]:
    found = search.search(vault, word, psychotherapy=psychotherapy, include_documents=False)
    hits = [h.note_id for h in found.notes]
    if psychotherapy:
        assert found.psychotherapy_notes is not None
        hits += [h.note_id for h in found.psychotherapy_notes]
    return hits


def _counts(folder: Path, keys: dict[str, bytes]) -> tuple[int, int]:
    """(records.db's count of indexed writes, search-records.db's), read apart from the vault."""
    main = open_query_only(folder / "records.db", keys["records"], "records", "reading")
    ix = open_query_only(folder / SEARCH_FILES["records"], keys["search-records"], "search", "reading")
    try:
        return (int(main.execute("SELECT counter FROM search_state").fetchone()[0]),
                int(ix.execute("SELECT counter FROM index_state").fetchone()[0]))
    finally:
        main.close()
        ix.close()


def test_the_index_is_a_file_of_its_own_under_a_key_of_its_own(psy_vault: Vault, vault_dir: Path) -> None:
    client = clients.create_client(psy_vault, "Ottoline Brackwater")
    note = notes.create_progress_note(psy_vault, client.client_id, template="free", text=f"The {WORD} dream again.")
    psy = psychotherapy_notes.create_psychotherapy_note(psy_vault, client.client_id, f"Process: {WORD}.")
    assert _found(psy_vault, WORD, psychotherapy=True) == [note.note_id, psy.note.note_id]
    keys = vault_keys(psy_vault)
    for name in ("records", "psychotherapy"):
        assert (vault_dir / SEARCH_FILES[name]).is_file()
        assert keys[f"search-{name}"] != keys[name]
        tables = {r["name"] for r in psy_vault.compartment(name).query("SELECT name FROM main.sqlite_master")}
        assert not [t for t in tables if "_fts" in t]
    psy_vault.lock()
    # Neither compartment key opens a search file: each has its own derived key.
    for name in ("records", "psychotherapy"):
        with pytest.raises(VaultError):
            open_query_only(vault_dir / SEARCH_FILES[name], keys[name], "search", "reading")
    assert _counts(vault_dir, keys)[0] == _counts(vault_dir, keys)[1] > 0


def test_every_kind_of_write_reaches_the_index(vault: Vault) -> None:
    client = clients.create_client(vault, "Perpetua Windlass")
    note = notes.create_progress_note(vault, client.client_id, template="free", text=f"Before {WORD}.")
    assert _found(vault, WORD) == [note.note_id]
    notes.save_draft(vault, note.note_id, {"text": "Nothing of the word now."})
    assert _found(vault, WORD) == []
    clients.update_client(vault, client.client_id, legal_name="Perpetua Gallowglass")
    names = search.search(vault, "Gallowglass").clients
    assert [c.client_id for c in names] == [client.client_id]
    assert search.search(vault, "Windlass").clients == ()
    assert search.check_indexes(vault) == {"records": []}


def _note_in_child(folder: Path, client_id: str, kill_at: str, shim: Path) -> subprocess.CompletedProcess[str]:
    child = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from vault_app.services import notes\n"
        "from vault_app.services.vault import open_vault\n"
        "vault = open_vault(Path(sys.argv[1]), sys.argv[2])\n"
        "os.environ['VAULT_TEST_KILL_AT_WAL'] = sys.argv[4]\n"
        f"notes.create_progress_note(vault, sys.argv[3], template='free', text='Written once: {WORD}.')\n"
        "print('not killed', flush=True)\n"
    )
    env = dict(os.environ, LD_PRELOAD=str(shim))
    return subprocess.run([sys.executable, "-c", child, str(folder), PASSPHRASE, client_id, kill_at],
                          capture_output=True, text=True, timeout=300, check=False, env=env)


SHIM = r"""
#define _GNU_SOURCE
#include <dlfcn.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>
/* SIGKILL at the first write to the file whose path ends with $VAULT_TEST_KILL_AT_WAL. */
static int armed_for(int fd) {
    const char *want = getenv("VAULT_TEST_KILL_AT_WAL");
    if (!want || !*want) return 0;
    char link[64], path[4096];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t n = readlink(link, path, sizeof path - 1);
    if (n <= 0) return 0;
    path[n] = 0;
    size_t lw = strlen(want);
    return (size_t)n >= lw && strcmp(path + n - lw, want) == 0;
}
#define WRAP(name, sig, args) \
    ssize_t name sig { \
        static ssize_t (*real) sig; \
        if (!real) real = dlsym(RTLD_NEXT, #name); \
        if (armed_for(fd)) kill(getpid(), SIGKILL); \
        return real args; }
WRAP(pwrite64, (int fd, const void *buf, size_t count, off_t offset), (fd, buf, count, offset))
WRAP(pwrite, (int fd, const void *buf, size_t count, off_t offset), (fd, buf, count, offset))
WRAP(write, (int fd, const void *buf, size_t count), (fd, buf, count))
"""


@pytest.fixture
def kill_shim(tmp_path: Path) -> Path:
    """A real kill between two writes of SQLite's own commit: a preloaded library that sends
    SIGKILL to the process at its first write to a named file."""
    cc = shutil.which("cc") or shutil.which("gcc")
    if cc is None or sys.platform != "linux":
        pytest.skip("needs a C compiler and /proc (Linux)")
    source = tmp_path / "kill_at_wal.c"
    source.write_text(SHIM)
    out = tmp_path / "kill_at_wal.so"
    subprocess.run([cc, "-shared", "-fPIC", "-O2", "-o", str(out), str(source), "-ldl"], check=True, timeout=120)
    return out


def test_a_kill_between_the_two_commits_is_rebuilt_at_the_next_open(vault: Vault, vault_dir: Path,
                                                                   kill_shim: Path) -> None:
    """records.db's transaction commits into its -wal first, then the search file's: a SIGKILL
    at the search file's first write of that commit leaves the note committed and the index
    without it. The counts say so, and the next open rebuilds the index."""
    client = clients.create_client(vault, "Quintus Harrowgate")
    keys = vault_keys(vault)
    vault.lock()
    done = _note_in_child(vault_dir, client.client_id, "/" + SEARCH_FILES["records"] + "-wal", kill_shim)
    assert done.returncode == -signal.SIGKILL, done.stderr[-2000:]
    main, ix = _counts(vault_dir, keys)
    assert main > ix  # records.db has the note, the index does not
    with reopen(vault_dir) as again:
        assert again.records.search_rebuilt
        (row,) = notes.list_notes(again, client.client_id)
        assert _found(again, WORD) == [row.note_id]
        assert search.check_indexes(again) == {"records": []}


def test_a_kill_while_the_index_is_built_is_built_again(vault: Vault, vault_dir: Path, kill_shim: Path) -> None:
    """The build is one transaction in the search file: a SIGKILL at its first write leaves a
    file without the count, and the next open builds it whole."""
    client = clients.create_client(vault, "Yolanda Fernsby")
    note = notes.create_progress_note(vault, client.client_id, template="free", text=f"Built from {WORD}.")
    vault.lock()
    search_index.remove_files(vault_dir / SEARCH_FILES["records"])
    child = "import sys\nfrom pathlib import Path\nfrom vault_app.services.vault import open_vault\n" \
            "open_vault(Path(sys.argv[1]), sys.argv[2]).lock()\n"
    env = dict(os.environ, LD_PRELOAD=str(kill_shim), VAULT_TEST_KILL_AT_WAL="/" + SEARCH_FILES["records"] + "-wal")
    done = subprocess.run([sys.executable, "-c", child, str(vault_dir), PASSPHRASE], capture_output=True, text=True,
                          timeout=300, check=False, env=env)
    assert done.returncode == -signal.SIGKILL, done.stderr[-2000:]
    assert (vault_dir / SEARCH_FILES["records"]).exists()
    with reopen(vault_dir) as again:
        assert again.records.search_rebuilt
        assert _found(again, WORD) == [note.note_id]


def test_a_kill_before_either_commit_keeps_both_files_in_step(vault: Vault, vault_dir: Path,
                                                               kill_shim: Path) -> None:
    client = clients.create_client(vault, "Quintus Harrowgate")
    keys = vault_keys(vault)
    vault.lock()
    done = _note_in_child(vault_dir, client.client_id, "/records.db-wal", kill_shim)
    assert done.returncode == -signal.SIGKILL, done.stderr[-2000:]
    main, ix = _counts(vault_dir, keys)
    assert main == ix
    with reopen(vault_dir) as again:
        assert not again.records.search_rebuilt
        assert notes.list_notes(again, client.client_id) == []
        assert _found(again, WORD) == []


def test_an_index_behind_its_compartment_is_rebuilt(vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    """The state a lost commit of the search file leaves: an older search file beside a newer
    compartment (put back by hand here)."""
    client = clients.create_client(vault, "Rosamund Tillery")
    vault.lock()
    old = tmp_path / "old-index"
    old.mkdir()
    shutil.copy2(vault_dir / SEARCH_FILES["records"], old / SEARCH_FILES["records"])
    with reopen(vault_dir) as again:
        note = notes.create_progress_note(again, client.client_id, template="free", text=f"Later: {WORD}.")
    search_index.remove_files(vault_dir / SEARCH_FILES["records"])
    shutil.copy2(old / SEARCH_FILES["records"], vault_dir / SEARCH_FILES["records"])
    with reopen(vault_dir) as again:
        assert again.records.search_rebuilt
        assert _found(again, WORD) == [note.note_id]


def test_an_index_ahead_of_its_compartment_is_rebuilt(vault: Vault, vault_dir: Path) -> None:
    """The other order: the search file committed a write its compartment does not have."""
    client = clients.create_client(vault, "Rosamund Tillery")
    note = notes.create_progress_note(vault, client.client_id, template="free", text="An ordinary note.")
    keys = vault_keys(vault)
    seq = vault.records.scalar("SELECT seq FROM progress_notes WHERE note_id = ?", (note.note_id,))
    vault.lock()
    with contextlib.closing(sqlcipher.connect(str(vault_dir / SEARCH_FILES["records"]))) as ix:
        ix.execute(key_pragma(keys["search-records"]))
        ix.execute("DELETE FROM progress_notes_fts WHERE rowid = ?", (seq,))
        ix.execute("INSERT INTO progress_notes_fts(rowid, search_text, client_id) VALUES (?, ?, ?)",
                   (seq, f"a ghost {WORD}", client.client_id))
        ix.execute("UPDATE index_state SET counter = counter + 1")
        ix.commit()
    with reopen(vault_dir) as again:
        assert again.records.search_rebuilt
        assert _found(again, WORD) == []
        assert _found(again, "ordinary") == [note.note_id]


@pytest.mark.parametrize("damage", ["missing", "garbage", "cut", "other key"])
def test_a_missing_or_damaged_index_is_rebuilt(psy_vault: Vault, vault_dir: Path, damage: str) -> None:
    client = clients.create_client(psy_vault, "Sebastiana Oakhurst")
    note = notes.create_progress_note(psy_vault, client.client_id, template="free", text=f"Seen {WORD}.")
    psy = psychotherapy_notes.create_psychotherapy_note(psy_vault, client.client_id, f"Felt {WORD}.")
    psy_vault.lock()
    for name in ("records", "psychotherapy"):
        path = vault_dir / SEARCH_FILES[name]
        if damage == "missing":
            search_index.remove_files(path)
        elif damage == "garbage":
            path.write_bytes(os.urandom(path.stat().st_size))
        elif damage == "cut":
            with open(path, "r+b") as fh:
                fh.truncate(path.stat().st_size // 2)
        else:  # a file another vault left, say
            search_index.remove_files(path)
            with contextlib.closing(sqlcipher.connect(str(path))) as other:
                other.execute(key_pragma(os.urandom(32)))
                other.execute("CREATE TABLE index_state (id INTEGER PRIMARY KEY, counter INTEGER)")
                other.commit()
    with reopen(vault_dir, psychotherapy=True) as again:
        assert again.records.search_rebuilt and again.psychotherapy.search_rebuilt
        assert _found(again, WORD, psychotherapy=True) == [note.note_id, psy.note.note_id]
    with reopen(vault_dir, psychotherapy=True) as again:
        assert not again.records.search_rebuilt and not again.psychotherapy.search_rebuilt


def _files_below(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def test_backups_and_snapshots_carry_no_index_and_a_restore_rebuilds_it(psy_vault: Vault, vault_dir: Path,
                                                                        tmp_path: Path) -> None:
    client = clients.create_client(psy_vault, "Tiberia Mossgiel")
    note = notes.create_progress_note(psy_vault, client.client_id, template="free", text=f"Kept: {WORD}.")
    single = backup.create_backup(psy_vault, tmp_path / "files")
    snap = backup_repo.create_incremental(psy_vault, tmp_path / "repo")
    for part in _files_below(tmp_path / "files") + _files_below(tmp_path / "repo"):
        assert not part.name.startswith("search-")
        assert WORD.encode() not in part.read_bytes()
    for restore, source in ((restore_backup, single.path), (restore_snapshot, snap.path)):
        to = tmp_path / f"restored-{uuid.uuid4().hex[:6]}"
        restore(source, to, passphrase=PASSPHRASE)
        assert not [p for p in to.iterdir() if p.name.startswith("search-")]
        # No full-text table inside the restored compartments either: the index was never in them.
        keys = vault_keys(psy_vault)
        plain = tmp_path / f"plain-{uuid.uuid4().hex[:6]}.sqlite"
        decrypt_file(to / "records.db", keys["records"].hex(), plain)
        with contextlib.closing(sqlite3.connect(plain)) as db:
            names = [r[0] for r in db.execute("SELECT name FROM sqlite_master")]
        assert not [n for n in names if "_fts" in n]
        with open_vault(to, PASSPHRASE) as restored:
            assert restored.records.search_rebuilt
            assert _found(restored, WORD) == [note.note_id]


def test_a_restore_over_the_vault_drops_its_index(psy_vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    client = clients.create_client(psy_vault, "Ursula Penhallow")
    info = backup.create_backup(psy_vault, tmp_path / "files")
    later = notes.create_progress_note(psy_vault, client.client_id, template="free", text=f"After: {WORD}.")
    assert _found(psy_vault, WORD) == [later.note_id]
    psy_vault.lock()
    restore_backup(info.path, vault_dir, passphrase=PASSPHRASE, overwrite=True)
    assert not (vault_dir / SEARCH_FILES["records"]).exists()
    with reopen(vault_dir) as again:
        assert again.records.search_rebuilt
        assert _found(again, WORD) == []


DATA = Path(__file__).resolve().parents[1] / "data"
FORMATS = sorted(DATA.glob("vault-format-*"))


@pytest.mark.parametrize("fixture", FORMATS, ids=[p.name for p in FORMATS])
def test_an_older_vault_moves_its_index_out_and_keeps_no_page_of_it(fixture: Path, tmp_path: Path) -> None:
    """The committed older vaults kept the index in records.db and psychotherapy.db. The first
    open builds the search files from the compartments, drops the old tables and VACUUMs once:
    the decrypted compartments then hold no page of the old index (its table names and its
    lowercased terms were there before, as a positive control)."""
    passphrase = (fixture / "PASSPHRASE.txt").read_text().strip()
    before = tmp_path / "before"
    shutil.copytree(fixture, before)
    folder = tmp_path / "vault"
    shutil.copytree(fixture, folder)
    with open_vault(folder, passphrase, with_psychotherapy=True) as vault:
        keys = vault_keys(vault)
        (client,) = clients.list_clients(vault)
        (row,) = notes.list_notes(vault, client.client_id)
        assert _found(vault, "fixture") == [row.note_id]
        assert vault.records.search_rebuilt
        for comp in (vault.records, vault.psychotherapy):
            assert comp.scalar("SELECT compacted FROM search_state") == 1
            assert comp.scalar("PRAGMA freelist_count") == 0
    for name in ("records", "psychotherapy"):
        old_plain, new_plain = tmp_path / f"{name}-old.sqlite", tmp_path / f"{name}-new.sqlite"
        decrypt_file(before / f"{name}.db", keys[name].hex(), old_plain)
        decrypt_file(folder / f"{name}.db", keys[name].hex(), new_plain)
        old, new = old_plain.read_bytes(), new_plain.read_bytes()
        assert b"_fts_data" in old and b"fixture" in old  # the index's table and a term of it
        assert b"_fts" not in new and b"fixture" not in new
    with open_vault(folder, passphrase, with_psychotherapy=True) as vault:
        assert not vault.records.search_rebuilt


def test_a_kill_after_the_migration_before_the_vacuum_finishes_at_the_next_open(
        vault: Vault, vault_dir: Path) -> None:
    """The migration's drop commits with the version; the VACUUM and the build follow at the
    same open. A kill between (the flag not set, no search file) is finished by the next."""
    keys = vault_keys(vault)
    vault.lock()
    search_index.remove_files(vault_dir / SEARCH_FILES["records"])
    comp = Compartment.open("records", vault_dir / "records.db", keys["records"])
    comp.execute("UPDATE search_state SET compacted = 0")
    comp.close()
    with reopen(vault_dir) as again:
        assert again.records.search_rebuilt
        assert again.records.scalar("SELECT compacted FROM search_state") == 1


def test_a_destruction_tells_another_charts_copy_in_the_index_from_a_residue(psy_vault: Vault) -> None:
    """The search file keeps each progress note's sections joined by newlines (search_text),
    with quotes as typed, not as the JSON of the sections stores them. Another chart's note with
    the same wording is found there by the destruction's search of the destroyed chart, and
    must be explained by that chart's rows (its search_text), not taken for a residue; the
    destroyed chart's own text must be gone from the index."""
    sections = {"subjective": 'Said "I can\u2019t sleep" again; ni\u00f1a at home.',
                "objective": "Flat affect, tearful at times.", "assessment": "Low mood persists this week.",
                "plan": "Sleep diary; return next week."}
    target, other = (clients.create_client(psy_vault, n) for n in ("Wilhelmina Crake", "Xanthe Dunmore"))
    for client in (target, other):
        notes.create_progress_note(psy_vault, client.client_id, template="soap", sections=sections)
    cert = destruction.destroy(psy_vault, target.chart_number, basis="override", confirm=target.chart_number,
                               override_reason="a test of the search file's explanation")
    assert cert["verification"]["result"] == "passed"
    assert psy_vault.records.scalar("SELECT count(*) FROM search.progress_notes_fts WHERE client_id = ?",
                                    (target.client_id,)) == 0
    assert [h.client_id for h in search.search(psy_vault, "tearful").notes] == [other.client_id]


VACUUM_CHILD = """
import os, signal, sys
from pathlib import Path
from vault_app.storage import search_index
from vault_app.services.vault import open_vault

kill_after, real = int(sys.argv[2]), search_index._compact_once
steps = 0

def tick():
    global steps
    steps += 1
    if kill_after and steps >= kill_after:
        os.kill(os.getpid(), signal.SIGKILL)
    return 0

def compact_once(conn):
    conn.set_progress_handler(tick, 100)
    real(conn)
    conn.set_progress_handler(None, 100)
    print("steps", steps, flush=True)

search_index._compact_once = compact_once
open_vault(Path(sys.argv[1]), sys.argv[3]).lock()
"""


def test_a_kill_inside_the_upgrades_vacuum_is_finished_by_the_next_open(tmp_path: Path) -> None:
    """The committed format-3 vault, upgraded in a real child process killed by a progress
    handler inside the one-time VACUUM (after 0095 dropped the index): the next open VACUUMs
    again, builds the search file, and finds the note; SQLite's checks pass."""
    fixture = DATA / "vault-format-3"
    passphrase = (fixture / "PASSPHRASE.txt").read_text().strip()

    def child(folder: Path, kill_after: int) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-c", VACUUM_CHILD, str(folder), str(kill_after), passphrase],
                              capture_output=True, text=True, timeout=300, check=False)

    counted = tmp_path / "counted"
    shutil.copytree(fixture, counted)
    done = child(counted, 0)
    assert done.returncode == 0, done.stderr[-2000:]
    total = int(done.stdout.split("steps")[1].split()[0])  # records.db's VACUUM (the first open)
    assert total >= 4, total
    for fraction in (0.25, 0.75):
        folder = tmp_path / f"vault-{fraction}"
        shutil.copytree(fixture, folder)
        killed = child(folder, max(1, int(total * fraction)))
        assert killed.returncode == -signal.SIGKILL, (fraction, killed.stderr[-2000:])
        assert not (folder / SEARCH_FILES["records"]).exists()  # killed before the build
        with open_vault(folder, passphrase, with_psychotherapy=True) as vault:
            assert vault.records.scalar("SELECT compacted FROM search_state") == 1
            (client,) = clients.list_clients(vault)
            (row,) = notes.list_notes(vault, client.client_id)
            assert _found(vault, "fixture") == [row.note_id]
            assert vault.check_integrity() == {"records": [], "ledger": [], "psychotherapy": []}


@pytest.mark.parametrize("how", ["in place", "beside"])
def test_the_index_follows_its_compartment_to_a_new_key(psy_vault: Vault, vault_dir: Path, how: str) -> None:
    """A compartment's new key (Replace every key, a destruction) gives its search file the key
    derived from the new one, in place or before the rekeyed copy is swapped in: the old
    derived key no longer opens it, the new one does, and no rebuild was needed."""
    client = clients.create_client(psy_vault, "Zenobia Harrowfield")
    note = notes.create_progress_note(psy_vault, client.client_id, template="free", text=f"Kept {WORD}.")
    old = vault_keys(psy_vault)
    if how == "in place":
        vault_rekey.rekey_in_place(psy_vault, psy_vault.records)
    else:
        replacing = vault_rekey_beside.begin(psy_vault, PASSPHRASE, None)
        vault_rekey_beside.copy(replacing)
        vault_rekey_beside.finish(psy_vault, replacing)
    assert _found(psy_vault, WORD) == [note.note_id]
    new = vault_keys(psy_vault)
    assert new["search-records"] != old["search-records"]
    psy_vault.lock()
    with pytest.raises(VaultError):
        open_query_only(vault_dir / SEARCH_FILES["records"], old["search-records"], "search", "reading")
    open_query_only(vault_dir / SEARCH_FILES["records"], new["search-records"], "search", "reading").close()
    with reopen(vault_dir) as again:
        assert not again.records.search_rebuilt
        assert _found(again, WORD) == [note.note_id]
