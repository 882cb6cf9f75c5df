"""`vault-app rekey` as a user runs it, a real process each time: the copies beside the files,
then the short swap (vault_rekey_runners.replace_here, the GUI's path on one thread).

End to end (old passphrase and old Emergency Kit refused after, the new ones work, every note
there, every page authenticates); SIGKILL at each step of the path (the vault opens with all
the old keys or all the new ones, never a mix); Ctrl-C during the copies (nothing changed,
said); another process holding the vault (refused before anything changes); a full disk
during the copies (the old keys kept, said)."""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import cli_in_process
from tests.core.destruction_helpers import vault_keys
from tests.core.test_faults_diskfull import _fill, small_filesystem
from tests.core.test_vault_rekey_beside import HOLDER
from tests.core.test_writer_lock import _session, _tell
from vault_app.crypto import signing
from vault_app.crypto.kdf import OWASP_FLOOR, KdfParams
from vault_app.domain.errors import ExitCode, WrongPassphrase, WrongRecoveryKey
from vault_app.services import clients, notes, psychotherapy_notes, vault_rekey, vault_rekey_beside, vault_rekey_runners
from vault_app.services.fault_injection import CRASH_ENV, PAUSE_ENV
from vault_app.services.vault import Vault, create_vault, open_vault, recover_vault
from vault_app.storage import header as header_io
from vault_app.storage import rekey_copy
from vault_app.storage.backup_snapshot import close_without_waiting
from vault_app.storage.compartment import COMPARTMENT_FILES

NEW = "after the suspected leak, a new long passphrase 8"
RECOVERED = "from the old kit, a long one 4"
_LONG = "A paragraph of the session, long enough that the copies take several blocks. " * 30


@dataclass
class Practice:
    folder: Path
    recovery_key: str
    progress: dict[str, str]  # note id -> its text
    process_note: str
    keys: dict[str, bytes]
    master: bytes


def _practice(folder: Path, kdf_params: KdfParams, notes_count: int = 8) -> Practice:
    made = create_vault(folder, PASSPHRASE, params=kdf_params, use_device_secret=False)
    vault = made.vault
    vault.unlock_psychotherapy(PASSPHRASE)
    client = clients.create_client(vault, "Philippa Oyelaran-Whitcombe").client_id
    texts = {notes.create_progress_note(vault, client, text=f"Note {i}. {_LONG}", template="free").note_id:
             f"Note {i}. {_LONG}".strip() for i in range(notes_count)}
    psychotherapy_notes.create_psychotherapy_note(vault, client, "A process note before the rekey.")
    practice = Practice(folder, made.recovery_key, texts, "A process note before the rekey.", vault_keys(vault),
                        vault.master_key())
    vault.lock()
    return practice


Practices = Callable[[Path, int], Practice]


@pytest.fixture(scope="module")
def practices(tmp_path_factory: pytest.TempPathFactory) -> Practices:
    """`_practice` made once per note count in this process and copied for each test (a copy is
    a vault of its own: its folder, the same keys and kit, which each test changes only in its
    copy). Each made afresh cost ~0.15 CPU-s (its Argon2 run at a new salt, its notes), ~18 tests."""
    made: dict[int, Practice] = {}
    root = tmp_path_factory.mktemp("practices")

    def practice(folder: Path, notes_count: int) -> Practice:
        if notes_count not in made:
            made[notes_count] = _practice(root / f"notes-{notes_count}", OWASP_FLOOR, notes_count)
        shutil.copytree(made[notes_count].folder, folder)
        # Its own lists too: a test adds the notes it writes to its practice's.
        return dataclasses.replace(copy.deepcopy(made[notes_count]), folder=folder)

    return practice


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ, VAULT_APP_PASSPHRASE=PASSPHRASE, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    env.pop(CRASH_ENV, None)
    env.pop(PAUSE_ENV, None)
    env.update(extra)
    return env


# `python -m vault_app` whose compartment connections answer SQLITE_BUSY without waiting.
BUSY_AT_ONCE = """
import sys
from vault_app.storage import compartment_connect
compartment_connect.BUSY_TIMEOUT_SECONDS = 0
from vault_app.app import main
raise SystemExit(main())
"""


def _new_file(tmp_path: Path) -> Path:
    path = tmp_path / "new-passphrase.txt"
    path.write_text(NEW + "\n")
    return path


def _rekey_args(folder: Path, new_file: Path, *more: str) -> list[str]:
    return [sys.executable, "-m", "vault_app", "rekey", "--vault", str(folder), "--new-passphrase-file",
            str(new_file), *more]


def _copies(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if rekey_copy.SUFFIX in p.name)


def _everything_there(vault: Vault, practice: Practice) -> None:
    for note_id, text in practice.progress.items():
        assert notes.get_note(vault, note_id).sections["text"] == text
    [client] = clients.list_clients(vault)
    bodies = [psychotherapy_notes.get_psychotherapy_note(vault, n.note_id).body
              for n in psychotherapy_notes.list_psychotherapy_notes(vault, client.client_id)]
    assert bodies == [practice.process_note]
    assert vault.verify_ledger().ok


def _wraps(folder: Path) -> tuple[str, dict[str, str]]:
    """What the header holds of the keys (the passphrase's salt, every wrapped key, staged
    ones too); the unlock and the lock of the command move only its ledger anchor."""
    header = header_io.read(folder)
    return header.kdf_salt, dict(header.wrapped)


def _unchanged(practice: Practice, wraps: tuple[str, dict[str, str]]) -> None:
    """Nothing was changed: no copy left, no key written in the header, the old keys, the old kit."""
    folder = practice.folder
    assert _copies(folder) == []
    assert _wraps(folder) == wraps, "no key was written in the header"
    with pytest.raises(WrongPassphrase):
        open_vault(folder, NEW)
    with open_vault(folder, PASSPHRASE, with_psychotherapy=True, check_every_page=True) as vault:
        assert vault_keys(vault) == practice.keys and vault.master_key() == practice.master
        assert not [e for e in vault.ledger.entries() if e.kind.startswith("vault.rekey")]
        _everything_there(vault, practice)
    recover_vault(folder, practice.recovery_key, RECOVERED, params=OWASP_FLOOR).lock()


def test_cli_rekey_end_to_end(tmp_path: Path, practices: Practices) -> None:
    practice = practices(tmp_path / "vault", 8)
    kit_file = tmp_path / "new-kit.txt"
    done = subprocess.run(_rekey_args(practice.folder, _new_file(tmp_path), "--recovery-key-out", str(kit_file)),
                          env=_env(), capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    assert "NEW EMERGENCY KIT" in done.stdout
    # The steps on stderr (stdout keeps the kit), in order, up to done.
    steps = [line.split("%", 1)[1].strip() for line in done.stderr.splitlines() if "%" in line]
    assert steps[0] == "Proving the passphrase…" and steps[-2:] == [vault_rekey_runners.SWAPPING, "Done"]
    assert vault_rekey_runners.COPYING in steps
    new_kit = kit_file.read_text().strip().splitlines()[-1].strip()
    assert new_kit in done.stdout and new_kit != practice.recovery_key
    assert _copies(practice.folder) == []
    with pytest.raises(WrongPassphrase):
        open_vault(practice.folder, PASSPHRASE)
    with open_vault(practice.folder, NEW, with_psychotherapy=True, check_every_page=True) as vault:
        _everything_there(vault, practice)
        keys = vault_keys(vault)
        assert all(keys[n] != practice.keys[n] for n in COMPARTMENT_FILES)
        assert vault.master_key() != practice.master
        [entry] = vault.ledger.entries(kinds=(vault_rekey.REKEYED,))
        assert entry.payload["how"] == {n: vault_rekey_beside.BESIDE for n in vault_rekey_beside.ORDER}
        assert entry.payload["new_passphrase"] is True
        assert not vault_rekey.unfinished(vault)
    with pytest.raises(WrongRecoveryKey):
        recover_vault(practice.folder, practice.recovery_key, "from the old kit, a long one 5", params=OWASP_FLOOR)
    recover_vault(practice.folder, new_kit, "from the new kit, a long one 5", params=OWASP_FLOOR).lock()


# Every step of the path a kill can land between: the copies written (before the swap), the
# reads let go, then each compartment staged, its pages spliced into the copy, its -wal
# removed (not yet renamed), renamed, its fresh key made the key; the new master key written
# ("vault.rekeyed" not yet). The rekey in place's four points (before records, ledger,
# psychotherapy, the master key) are staged:records, replaced:records, replaced:ledger and
# replaced:psychotherapy here.
KILL_POINTS = ["copied:records", "copied:psychotherapy", "released", "staged:records", "spliced:records",
               "unjournaled:records", "swapped:records", "replaced:records", "staged:ledger", "replaced:ledger",
               "unjournaled:psychotherapy", "swapped:psychotherapy", "replaced:psychotherapy", "rotated"]
_NO_RENAME_YET = ("copied:", "released", "staged:records", "spliced:records", "unjournaled:records")


@pytest.mark.slow
@pytest.mark.parametrize("point", KILL_POINTS)
def test_a_kill_of_the_cli_at_each_step_opens_with_all_old_or_all_new_keys(tmp_path: Path, practices: Practices,
                                                                          point: str) -> None:
    practice = practices(tmp_path / "vault", 4)
    old_public = header_io.read(practice.folder).signing_public_key
    done = subprocess.run(_rekey_args(practice.folder, _new_file(tmp_path)), env=_env(**{CRASH_ENV: point}),
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == -signal.SIGKILL, done.stderr[-2000:]
    assert "EMERGENCY KIT" not in done.stdout
    rotated = point == "rotated"
    if point.startswith(_NO_RENAME_YET):
        assert _copies(practice.folder), "the kill came before that copy was put in place"
    # The master key, the passphrase and the recovery key change in one header write: the old
    # ones open the vault until it, the new ones after, never a mix.
    opens, refused = (NEW, PASSPHRASE) if rotated else (PASSPHRASE, NEW)
    with pytest.raises(WrongPassphrase):
        open_vault(practice.folder, refused)
    with open_vault(practice.folder, opens, with_psychotherapy=True, check_every_page=True) as vault:
        assert _copies(practice.folder) == []
        _everything_there(vault, practice)
        keys = vault_keys(vault)
        assert (vault.master_key() != practice.master) == rotated
        assert vault_rekey.unfinished(vault) == (not point.startswith("copied:"))
        # The signing key too: the old one or the new one, whole (its private half is the one the
        # header's public key names), and the old public key kept for what it signed before.
        assert signing.verify(vault.public_key, b"whole", vault.sign(b"whole"))
        assert (vault.header.signing_public_key != old_public) == rotated
        assert header_io.unb64(old_public) in vault.known_public_keys
    if point.startswith(_NO_RENAME_YET):
        assert keys == practice.keys, "no file was renamed: every compartment keeps its key"
    if rotated:
        assert all(keys[n] != practice.keys[n] for n in COMPARTMENT_FILES)
        with pytest.raises(WrongRecoveryKey):
            recover_vault(practice.folder, practice.recovery_key, "from the old kit, a long one 6", params=OWASP_FLOOR)
    else:
        recover_vault(
            practice.folder, practice.recovery_key, "from the old kit, a long one 6", params=OWASP_FLOOR
        ).lock()


@contextlib.contextmanager
def _paused_in_the_copies(args: list[str], env: dict[str, str]) -> Iterator[subprocess.Popen[str]]:
    """The CLI started with its pause point at the copies' first block: yielded once it has
    stopped itself there (SIGSTOP), so the test acts at exactly that moment."""
    proc = subprocess.Popen(args, env={**env, PAUSE_ENV: "rekey-copying"}, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        _pid, status = os.waitpid(proc.pid, os.WUNTRACED)
        assert os.WIFSTOPPED(status), status
        yield proc
    finally:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGCONT)


def test_ctrl_c_during_the_copies_stops_with_nothing_changed(tmp_path: Path, practices: Practices) -> None:
    practice = practices(tmp_path / "vault", 8)
    wraps = _wraps(practice.folder)
    with _paused_in_the_copies(_rekey_args(practice.folder, _new_file(tmp_path)), _env()) as proc:
        os.kill(proc.pid, signal.SIGINT)  # as the terminal's Ctrl-C, while the copies are under way
        os.kill(proc.pid, signal.SIGCONT)
        out, err = proc.communicate(timeout=300)
    assert proc.returncode == 130, err
    assert "Replacing every key stopped. " + vault_rekey_beside.NOTHING_CHANGED in err
    assert "vault-app rekey' again" in err and "Traceback" not in err
    assert "EMERGENCY KIT" not in out
    _unchanged(practice, wraps)


def test_a_session_holding_the_vault_refuses_the_rekey_before_anything_changes(tmp_path: Path,
                                                                                 practices: Practices) -> None:
    """The app (or any process) with the vault open: refused at the unlock (the writer lock)."""
    practice = practices(tmp_path / "vault", 8)
    wraps = _wraps(practice.folder)
    with _session(practice.folder) as session:
        done = subprocess.run(_rekey_args(practice.folder, _new_file(tmp_path)), env=_env(), capture_output=True,
                              text=True, timeout=300, check=False)
        assert done.returncode == ExitCode.ENVIRONMENT, done.stderr
        assert "in use by a vault-app command" in done.stderr and "Traceback" not in done.stderr
        assert _tell(session, "lock") == "locked"
        session.wait()
    _unchanged(practice, wraps)


def test_a_reader_in_another_process_refuses_the_rekey_before_anything_changes(tmp_path: Path,
                                                                               practices: Practices) -> None:
    """A read-only command holding a read on records.db over a frame it predates: its -wal
    cannot be emptied, so the rekey is refused at its start, nothing written."""
    practice = practices(tmp_path / "vault", 8)
    with open_vault(practice.folder, PASSPHRASE) as vault:
        note = notes.create_progress_note(vault, next(iter(clients.list_clients(vault))).client_id,
                                          text="Written before the reader's read.", template="free")
    practice.progress[note.note_id] = "Written before the reader's read."
    reader = subprocess.Popen([sys.executable, "-c", HOLDER, str(practice.folder / COMPARTMENT_FILES["records"])],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert reader.stdin is not None and reader.stdout is not None
        reader.stdin.write(practice.keys["records"].hex() + "\n")
        reader.stdin.flush()
        assert reader.stdout.readline().strip() == "held"
        with open_vault(practice.folder, PASSPHRASE) as vault:  # a frame the reader's snapshot predates
            note = notes.create_progress_note(vault, next(iter(clients.list_clients(vault))).client_id,
                                              text="Written while the reader reads.", template="free")
            # This set-up session's closing checkpoint would wait out the 5 s busy timeout for
            # the reader, then leave the frame in the -wal anyway: the same files, without the wait.
            close_without_waiting(vault.open_compartments())
        practice.progress[note.note_id] = "Written while the reader reads."
        wraps = _wraps(practice.folder)
        # The rekey's process gets SQLITE_BUSY from the reader at once, not after the 5 s busy
        # timeout of each checkpoint (at the hold, and again at the close): the same answer
        # from SQLite, the same path in the app, without 10 s of waiting.
        args = _rekey_args(practice.folder, _new_file(tmp_path))
        args[1:3] = ["-c", BUSY_AT_ONCE]
        done = subprocess.run(args, env=_env(), capture_output=True, text=True, timeout=300, check=False)
    finally:
        for pipe in (reader.stdin, reader.stdout):
            if pipe is not None:
                pipe.close()
        reader.wait(timeout=60)
    assert done.returncode == ExitCode.ENVIRONMENT, done.stderr
    assert "being read by another program" in done.stderr
    assert vault_rekey_beside.NOTHING_CHANGED in done.stderr and "Traceback" not in done.stderr
    _unchanged(practice, wraps)


def test_a_full_disk_during_the_copies_keeps_the_old_keys_and_says_so(tmp_path: Path, kdf_params: KdfParams) -> None:
    """A real small tmpfs, filled to 64 KiB while the CLI is held at its copies' first block."""
    with small_filesystem(tmp_path / "disk", "24m") as disk:
        practice = _practice(disk / "vault", kdf_params, notes_count=400)
        assert (practice.folder / COMPARTMENT_FILES["records"]).stat().st_size > 2 * 2**20  # blocks after the 1st
        wraps = _wraps(practice.folder)
        with _paused_in_the_copies(_rekey_args(practice.folder, _new_file(tmp_path)), _env()) as proc:
            filler = _fill(disk, 64 * 1024)
            os.kill(proc.pid, signal.SIGCONT)
            out, err = proc.communicate(timeout=300)
        assert proc.returncode == ExitCode.ENVIRONMENT, err
        assert vault_rekey_beside.NOTHING_CHANGED in err and "Traceback" not in err
        assert "EMERGENCY KIT" not in out
        assert _copies(practice.folder) == []
        filler.unlink()
        _unchanged(practice, wraps)


def test_a_drive_without_room_for_the_copies_is_refused_before_anything_changes(tmp_path: Path,
                                                                                practices: Practices) -> None:
    """A real small tmpfs: with 2 MiB less free than the copies and their margin need
    (room_needed of the files' sizes), refused at the start with both figures, nothing
    written; with 2 MiB more, the same command replaces every key (the CLI's own `run`: the
    refusal is the command's, its output and exit code the console script's)."""
    with small_filesystem(tmp_path / "disk", "32m") as disk:
        practice = practices(disk / "vault", 8)
        need = vault_rekey_beside.room_needed(sum((practice.folder / f).stat().st_size
                                                  for f in COMPARTMENT_FILES.values()))
        wraps = _wraps(practice.folder)
        filler = _fill(disk, need - 2 * 2**20)
        done = cli_in_process(*_rekey_args(practice.folder, _new_file(tmp_path))[3:])
        assert done.code == ExitCode.ENVIRONMENT, done.err
        assert f"needs about {-(-need // 2**20)} MB free" in done.err
        assert vault_rekey_beside.NOTHING_CHANGED in done.err and "Traceback" not in done.err
        assert "Re-encrypting" not in done.err, "refused before any copy was begun"
        _unchanged(practice, wraps)
        filler.unlink()
        filler = _fill(disk, need + 2 * 2**20)
        # The passphrase _unchanged's recovery with the old kit set.
        done = cli_in_process(*_rekey_args(practice.folder, _new_file(tmp_path))[3:], passphrase=RECOVERED)
        assert done.code == 0, done.err
        filler.unlink()
        with open_vault(practice.folder, NEW, with_psychotherapy=True, check_every_page=True) as vault:
            _everything_there(vault, practice)
