"""Vault > Replace every key… beside the worker (services/vault_rekey_beside.py): the three
compartments re-encrypted into copies while the therapist goes on writing, then swapped in
on the worker with the new master key. The autosaves of those seconds land and are read
after it under the new keys; a kill at each step leaves a vault that opens with all the
old keys (the old passphrase and Emergency Kit) or all the new ones; a full disk during
the copies, or another process reading the vault, leaves every key as it was."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.destruction_helpers import vault_keys
from tests.core.test_faults_diskfull import _fill, small_filesystem
from vault_app.crypto.kdf import OWASP_FLOOR, KdfParams
from vault_app.domain.errors import DiskFull, VaultBusy, WrongPassphrase, WrongRecoveryKey
from vault_app.services import (
    notes,
    psychotherapy_notes,
    reminders,
    vault_rekey,
    vault_rekey_beside,
    vault_rekey_runners,
)
from vault_app.services.beside_job import SerialWorker
from vault_app.services.fault_injection import CRASH_ENV
from vault_app.services.vault import CreatedVault, Vault, create_vault, open_vault, recover_vault
from vault_app.storage import header as header_io
from vault_app.storage import rekey_copy
from vault_app.storage.backup_snapshot import close_without_waiting
from vault_app.storage.compartment import COMPARTMENT_FILES
from vault_app.storage.destruction_pages import PageStats, plaintext_pages

NEW = "after the suspected leak, a new long passphrase 7"
_BIG = "A longer paragraph the therapist typed while every key was replaced. " * 40


def _copies(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if rekey_copy.SUFFIX in p.name)


def _master(folder: Path, passphrase: str) -> bytes:
    with open_vault(folder, passphrase) as vault:
        return vault.master_key()


def test_autosaves_during_the_copies_land_and_are_read_under_the_new_keys(created: CreatedVault, vault_dir: Path,
                                                                          tmp_path: Path) -> None:
    vault = created.vault
    vault.unlock_psychotherapy(PASSPHRASE)
    client = notes_client(vault)
    draft = notes.create_progress_note(vault, client, text="Draft before.", template="free")
    keys_before = vault_keys(vault)
    master_before = vault.master_key()
    size_before = (vault_dir / COMPARTMENT_FILES["records"]).stat().st_size
    worker = SerialWorker(vault)
    written: list[str] = []
    copying = threading.Event()

    def autosaves() -> None:
        # Beside the copies, on the worker, as the app's autosaves: the draft, 60 long notes
        # (records.db grows past the image's end), a process note; each appends to the ledger.
        copying.wait()
        worker.call(lambda v: notes.save_draft(v, draft.note_id, {"text": "Typed during the copies."}))
        for i in range(60):
            text = f"Note {i} written while every key was replaced. {_BIG}"
            worker.call(lambda v, t=text: notes.create_progress_note(v, client, text=t, template="free"))
            written.append(text.strip())
        worker.call(lambda v: psychotherapy_notes.create_psychotherapy_note(v, client, "Process note meanwhile."))

    saver = threading.Thread(target=autosaves)
    saver.start()
    original = rekey_copy.write_copy

    def watched(*args: object, **kwargs: object) -> Path:
        copying.set()
        return original(*args, **kwargs)  # type: ignore[arg-type]

    try:
        rekey_copy.write_copy = watched  # type: ignore[assignment]
        result = vault_rekey_runners.replace_beside(worker.call, PASSPHRASE, NEW, during=saver.join)
    finally:
        rekey_copy.write_copy = original  # type: ignore[assignment]
        worker.close()
    assert _copies(vault_dir) == []
    assert (vault_dir / COMPARTMENT_FILES["records"]).stat().st_size > size_before
    assert notes.get_note(vault, draft.note_id).sections["text"] == "Typed during the copies."
    keys_after = vault_keys(vault)
    assert all(keys_after[n] != keys_before[n] for n in COMPARTMENT_FILES), "every compartment has a fresh key"
    assert vault.master_key() != master_before
    [entry] = [e for e in vault.ledger.entries() if e.kind == "vault.rekeyed"]
    assert entry.payload["how"] == {n: vault_rekey_beside.BESIDE for n in vault_rekey_beside.ORDER}
    vault.lock()
    with pytest.raises(WrongPassphrase):
        open_vault(vault_dir, PASSPHRASE)
    with open_vault(vault_dir, NEW, with_psychotherapy=True, check_every_page=True) as reopened:
        texts = {notes.get_note(reopened, n.note_id).sections["text"] for n in notes.list_notes(reopened, client)}
        assert set(written) <= texts and "Typed during the copies." in texts
        bodies = [psychotherapy_notes.get_psychotherapy_note(reopened, n.note_id).body
                  for n in psychotherapy_notes.list_psychotherapy_notes(reopened, client)]
        assert "Process note meanwhile." in bodies
        assert reopened.verify_ledger().ok
        assert not vault_rekey.unfinished(reopened)
    for name in COMPARTMENT_FILES:  # the old keys open no page of any file
        stats = PageStats()
        assert list(plaintext_pages(vault_dir / COMPARTMENT_FILES[name], keys_before[name], stats)) == []
        assert stats.pages > 0 and stats.authenticated == 0, (name, stats)
    with pytest.raises(WrongRecoveryKey):
        recover_vault(vault_dir, created.recovery_key, "from the old kit, a long one 1", params=OWASP_FLOOR)
    recover_vault(vault_dir, result.recovery_key, "from the new kit, a long one 1", params=OWASP_FLOOR).lock()


def notes_client(vault: Vault) -> str:
    from vault_app.services import clients

    return clients.create_client(vault, "Imogen Castellanos-Reyes").client_id


CHILD = """
import os, sys
from pathlib import Path
from vault_app.services import notes, vault_rekey_runners
from vault_app.services.beside_job import SerialWorker
from vault_app.services.vault import open_vault
folder, draft, text, new = Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
vault = open_vault(folder, os.environ["VAULT_APP_PASSPHRASE"], with_psychotherapy=True)
worker = SerialWorker(vault)

def autosave():
    # After the copies, before the swap: an autosave lands in records' -wal, then the kill.
    worker.call(lambda v: notes.save_draft(v, draft, {"text": text}))
    print("saved", flush=True)

vault_rekey_runners.replace_beside(worker.call, os.environ["VAULT_APP_PASSPHRASE"], new, during=autosave)
print("finished", flush=True)
"""

# Before the swap (the copies written), in it (each compartment: staged, its pages spliced,
# its -wal removed before the rename, renamed, its key replaced), after it (the new master
# key written, the journal's "vault.rekeyed" not yet).
CRASH_POINTS = ["copied:ledger", "released", "staged:records", "spliced:records", "unjournaled:records",
                "swapped:records", "replaced:records", "unjournaled:ledger", "swapped:ledger",
                "replaced:psychotherapy", "chart_keys_rotated", "rekey:header-written", "rotated"]
# The new master key's header write is the one between "chart_keys_rotated" and "rekey:header-written"
# (a kill inside it leaves .vault.header.tmp beside the header in use: the one before it).
ROTATED = ("rekey:header-written", "rotated")


@pytest.mark.slow
@pytest.mark.parametrize("point", CRASH_POINTS)
def test_a_kill_at_each_step_opens_with_all_old_or_all_new_keys(created: CreatedVault, vault_dir: Path,
                                                                point: str) -> None:
    vault = created.vault
    vault.unlock_psychotherapy(PASSPHRASE)
    client = notes_client(vault)
    kept = [notes.create_progress_note(vault, client, text=f"Kept {i}. {_BIG}", template="free").note_id
            for i in range(5)]
    draft = notes.create_progress_note(vault, client, text="Draft before.", template="free")
    psychotherapy_notes.create_psychotherapy_note(vault, client, "A process note before.")
    keys_before = vault_keys(vault)
    master_before = vault.master_key()
    vault.lock()
    env = dict(os.environ, VAULT_APP_PASSPHRASE=PASSPHRASE, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    env[CRASH_ENV] = point
    done = subprocess.run([sys.executable, "-c", CHILD, str(vault_dir), draft.note_id, "Typed before the kill.", NEW],
                          env=env, capture_output=True, timeout=300, check=False)
    assert done.returncode == -signal.SIGKILL, done.stderr.decode(errors="replace")[-2000:]
    expected_out = [] if point.startswith("copied") else ["saved"]
    assert done.stdout.decode().split() == expected_out
    rotated = point in ROTATED
    if point.startswith(("copied", "released", "staged", "spliced", "unjournaled")):
        assert _copies(vault_dir), "the kill came before that copy was put in place"

    # The passphrase that opens it: the old one until the new master key is written, then the new.
    opens, refused = (NEW, PASSPHRASE) if rotated else (PASSPHRASE, NEW)
    with pytest.raises(WrongPassphrase):
        open_vault(vault_dir, refused)
    with open_vault(vault_dir, opens, with_psychotherapy=True, check_every_page=True) as reopened:
        assert _copies(vault_dir) == []
        for note_id in kept:
            assert notes.get_note(reopened, note_id).sections["text"].startswith("Kept ")
        saved = notes.get_note(reopened, draft.note_id).sections["text"]
        assert saved == ("Draft before." if point.startswith("copied") else "Typed before the kill.")
        bodies = [psychotherapy_notes.get_psychotherapy_note(reopened, n.note_id).body
                  for n in psychotherapy_notes.list_psychotherapy_notes(reopened, client)]
        assert bodies == ["A process note before."]
        assert reopened.verify_ledger().ok
        keys_after = vault_keys(reopened)
        assert (reopened.master_key() != master_before) == rotated
        # Once the swap began the replacement is unfinished until one ends. After the new master key
        # was written the therapist is told, after every unlock, that the kit may not work (the new
        # one was never shown); before it, that the old keys are still in use (the old kit opens it,
        # below: found by a walker, round 46, told the kit may not work after a kill before it).
        unfinished = not point.startswith("copied")
        assert vault_rekey.unfinished(reopened) == unfinished
        assert (reminders.REKEY_UNFINISHED_REMINDER in (reminders.after_unlock(reopened) or "")) == rotated
        assert (reminders.backups_line(reopened) == reminders.REKEY_UNFINISHED_REMINDER) == rotated
        # Killed while the copies were written, or in the swap: the old keys are in use, and the
        # therapist is told so (found by a walker: nothing was said, and a replacement started after
        # a suspected leak read as done).
        assert (reminders.after_unlock(reopened) == reminders.REKEY_NOT_DONE_REMINDER) == (not rotated)
        assert (reminders.backups_line(reopened) == reminders.REKEY_NOT_DONE_REMINDER) == (not rotated)
    if rotated:
        assert all(keys_after[n] != keys_before[n] for n in COMPARTMENT_FILES)
    if point in ("copied:ledger", "released", "staged:records", "spliced:records", "unjournaled:records"):
        assert keys_after == keys_before, "no file was renamed: every compartment keeps its key"
    # The old Emergency Kit opens the vault until the new master key is written, and not after.
    if rotated:
        with pytest.raises(WrongRecoveryKey):
            recover_vault(vault_dir, created.recovery_key, "from the old kit, a long one 2", params=OWASP_FLOOR)
    else:
        recover_vault(vault_dir, created.recovery_key, "from the old kit, a long one 2", params=OWASP_FLOOR).lock()


def test_a_full_disk_during_the_copies_leaves_every_key_and_says_so(tmp_path: Path, kdf_params: KdfParams) -> None:
    """A real small tmpfs, filled to 64 KiB as the copies begin: they do not fit;
    they are scrubbed, the error says nothing changed, and the vault keeps its keys."""
    with small_filesystem(tmp_path / "disk", "24m") as disk:
        folder = disk / "vault"
        made = create_vault(folder, PASSPHRASE, params=kdf_params, use_device_secret=False)
        vault = made.vault
        client = notes_client(vault)
        for i in range(150):
            notes.create_progress_note(vault, client, text=f"Filler {i}. {_BIG}", template="free")
        draft = notes.create_progress_note(vault, client, text="Draft before.", template="free")
        keys_before = vault_keys(vault)
        wrapped = header_io.read(folder).wrapped
        worker = SerialWorker(vault)
        try:
            worker.call(lambda v: notes.save_draft(v, draft.note_id, {"text": "Typed before the disk filled."}))
            replacing = worker.call(lambda v: vault_rekey_beside.begin(v, PASSPHRASE, NEW))
            filler = _fill(disk, 64 * 1024)
            with pytest.raises(DiskFull) as caught:
                vault_rekey_beside.copy(replacing)
        finally:
            worker.close()
        assert vault_rekey_beside.NOTHING_CHANGED in caught.value.message
        assert _copies(folder) == []
        assert vault_keys(vault) == keys_before
        after = header_io.read(folder)
        assert after.wrapped == wrapped, "no key in the header changed"
        # Only begin's mark was written (cleared by whoever says the refusal: replace_beside, the app).
        assert vault_rekey_beside.copies_interrupted(after.settings)
        assert not [e for e in vault.ledger.entries() if e.kind.startswith("vault.rekey")]
        filler.unlink()
        vault.lock()
        with pytest.raises(WrongPassphrase):
            open_vault(folder, NEW)
        with open_vault(folder, PASSPHRASE, check_every_page=True) as reopened:
            assert notes.get_note(reopened, draft.note_id).sections["text"] == "Typed before the disk filled."
        recover_vault(folder, made.recovery_key, "from the old kit, a long one 3", params=OWASP_FLOOR).lock()


HOLDER = """
import sys
from pathlib import Path
from vault_app.storage.compartment import open_query_only
conn = open_query_only(Path(sys.argv[1]), bytes.fromhex(sys.stdin.readline().strip()), "records", "reading")
conn.execute("BEGIN")
conn.execute("SELECT count(*) FROM clients").fetchone()
print("held", flush=True)
sys.stdin.readline()
"""


def test_another_process_reading_the_vault_is_refused_before_anything_changes(vault: Vault, vault_dir: Path) -> None:
    """A read-only command beside the window holds a read transaction on records.db: the -wal
    cannot be emptied, so the replacement is refused at its start, with nothing written."""
    client = notes_client(vault)
    keys_before = vault_keys(vault)
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(vault_dir / COMPARTMENT_FILES["records"])],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdin is not None and child.stdout is not None
        child.stdin.write(keys_before["records"].hex() + "\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == "held"
        notes.create_progress_note(vault, client, text="A frame the reader's snapshot predates.", template="free")
        generation = header_io.read(vault_dir).generation  # each save moves the ledger's anchor in it
        # The refusal without the connections' 5 s busy timeout first (the same busy
        # checkpoint, at once); test_rekey_cli's reader test waits it out in a real process.
        close_without_waiting(vault.open_compartments())
        worker = SerialWorker(vault)
        try:
            with pytest.raises(VaultBusy) as caught:
                vault_rekey_runners.replace_beside(worker.call, PASSPHRASE, NEW)
        finally:
            worker.close()
        assert "being read by another program" in caught.value.message
        assert vault_rekey_beside.NOTHING_CHANGED in caught.value.message
    finally:
        for pipe in (child.stdin, child.stdout):
            if pipe is not None:
                pipe.close()
        child.wait(timeout=60)
    assert _copies(vault_dir) == []
    assert vault_keys(vault) == keys_before
    assert header_io.read(vault_dir).generation == generation
    assert not [e for e in vault.ledger.entries() if e.kind.startswith("vault.rekey")]


def test_a_stop_during_the_copies_scrubs_them_and_changes_nothing(vault: Vault, vault_dir: Path) -> None:
    """The lock's stop: the copies end at their next block, are scrubbed, every key stays."""
    notes_client(vault)
    keys_before = vault_keys(vault)
    worker = SerialWorker(vault)
    try:
        replacing = worker.call(lambda v: vault_rekey_beside.begin(v, PASSPHRASE, None))
        with pytest.raises(vault_rekey_beside.ReplacementStopped):
            vault_rekey_beside.copy(replacing, stop=lambda: True)
    finally:
        worker.close()
    assert _copies(vault_dir) == []
    assert vault_keys(vault) == keys_before
    # The reads were let go: the vault's own checkpoint empties each -wal again.
    assert all(comp.checkpoint() for comp in vault.open_compartments())


@pytest.mark.real_kdf
def test_no_argon2_derivation_runs_on_the_worker(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    """The proof of the passphrase and the new wrap's derivation are made beside (kdf.Ahead):
    at the default settings each is seconds the worker would hold."""
    from vault_app.crypto import kdf

    notes_client(vault)
    threads: list[str] = []
    real = kdf.hash_secret_raw

    def counted(*args: object, **kwargs: object) -> bytes:
        threads.append(threading.current_thread().name)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(kdf, "hash_secret_raw", counted)
    worker = SerialWorker(vault)
    try:
        vault_rekey_runners.replace_beside(worker.call, PASSPHRASE, NEW)
    finally:
        worker.close()
    assert len(threads) == 2 and "vault-worker" not in threads, threads
    vault.lock()
    open_vault(vault.folder, NEW).lock()


def test_a_stop_during_the_copies_is_said_then_and_not_at_the_next_unlock(created: CreatedVault) -> None:
    """begin's mark (COPIES_SETTING) is for a kill: a stop said at once leaves nothing to say later."""
    vault = created.vault
    with pytest.raises(vault_rekey_beside.ReplacementStopped):
        vault_rekey_runners.replace_here(vault, PASSPHRASE, stop=lambda: True)
    assert not vault_rekey_beside.copies_interrupted(vault.header.settings)
    assert reminders.standing_gap(vault) != reminders.REKEY_NOT_DONE
