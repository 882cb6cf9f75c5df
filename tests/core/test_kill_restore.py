"""Must show: `backup restore --overwrite` killed (SIGKILL, as a power cut) at any point while
it puts the restored files in place leaves a folder the next open makes whole: the restored
vault (rolled forward from its journal, said on stderr) or the old one, never a mix; the
ledger verifies; the safety copy stays. And the journal never does harm: damaged, with its
work folder gone, put back after the restore finished, or while another process holds the
vault. Found: a kill between two renames left compartments of both vaults, refused at the
next unlock as rolled back, with the safety copy to be found by hand.

The restore runs in a real CLI process with VAULT_APP_TEST_CRASH_AT naming the step; the
code SIGKILLs itself there (services/fault_injection.py). Every process shares one keyring
file (tests/fakes.FileKeyring), so the ledger anchor a killed restore wrote, or did not, is
what the next open checks. The process is the point where a kill ends it (the restore, an open
killed as it rolls forward) or where a second process meets one holding the vault; every other
command (the open that meets what a kill left, the checks that the folder is whole after it,
a restore that is not killed) is the same CLI command run in this process (cli_helpers.cli), on
the same keyring file: each cost a Python start (~0.35 CPU-s) as a process of its own."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.backup_folder_files import backup_folder_entries
from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import FAST_KDF, Result, cli
from vault_app.services.fault_injection import CRASH_ENV
from vault_app.storage import folder_lock
from vault_app.storage.layout import RESTORE_JOURNAL_NAME

# Kill and fault-injection tests run in CI (pyproject's marker); locally the app's own test
# (tests/gui/test_restore_interrupted.py) kills one restore.
pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
COMPLETED = "A restore into this folder was interrupted; it has been completed"
# Each kill point, and which vault the next open must find whole.
POINTS = {
    "restore:anchor-widened": "old",  # the keyring accepts either head, no journal yet
    "restore:journal-flushed": "old",  # the journal's temp file written, not yet renamed
    "restore:journal-written": "new",
    "restore:moved:records.db": "new",
    "restore:moved:psychotherapy.db": "new",
    "restore:moved:ledger.db": "new",
    "restore:moved:blobs": "new",
    "restore:moved:vault.header": "new",  # every file in place, the keyring's anchor not yet moved
    "restore:anchor-set": "new",
}
PDF = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"


class Place:
    """A copy of the template: a vault, its backup, the keyring file they share."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.vault = root / "v"
        self.env = dict(os.environ, VAULT_APP_PASSPHRASE=PASSPHRASE, PYTHONPATH=str(REPO),
                        PYTHON_KEYRING_BACKEND="tests.fakes.FileKeyring",
                        VAULT_TEST_KEYRING_FILE=str(root / "keyring.json"))
        self.env.pop(CRASH_ENV, None)
        self.in_process: Callable[..., Result] | None = None  # set by the `place` fixture

    @property
    def backup(self) -> Path:
        (made,) = backup_folder_entries(self.root / "backups")  # the one backup, not the folder's mark
        return made

    def run(self, *args: str, crash_at: str | None = None) -> Result:
        """A command in a fresh process: for the runs a kill ends, and beside this process."""
        env = dict(self.env, **({CRASH_ENV: crash_at} if crash_at else {}))
        proc = subprocess.run([sys.executable, "-m", "vault_app", *args], capture_output=True, text=True, env=env,
                              timeout=300, check=False, cwd=REPO)
        return Result(proc.returncode, proc.stdout, proc.stderr)

    def restore(self, *, crash_at: str | None = None, to: Path | None = None, overwrite: bool = True) -> Result:
        """In a process of its own when it is to be killed, in this process otherwise."""
        to = to or self.vault
        args = ("backup", "restore", str(self.backup), "--to", str(to), "--vault", str(to),
                *(["--overwrite"] if overwrite else []))
        return self.run(*args, crash_at=crash_at) if crash_at else self.check(*args)

    def names(self, folder: Path | None = None) -> Result:
        """The open that meets what a kill left (a roll-forward, a refusal), listing the charts."""
        return self.check("client", "list", "--vault", str(folder or self.vault), "--json")

    def check(self, *args: str, passphrase: str = PASSPHRASE) -> Result:
        """A command run by the CLI's own `run` in this process."""
        assert self.in_process is not None, "only a test's place runs commands in its process"
        return self.in_process(*args, passphrase=passphrase)

    def safety_copies(self) -> list[Path]:
        return sorted(self.root.glob("v-before-restore-*"))

    def journal(self) -> Path:
        return self.vault / RESTORE_JOURNAL_NAME

    def staging(self) -> list[Path]:
        return sorted(self.vault.glob(".vault-restore-*"))


def _blobs(folder: Path) -> list[str]:
    return sorted(p.name for p in (folder / "blobs").rglob("*") if p.is_file()) if (folder / "blobs").exists() else []


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, list[str], list[str]]]:
    """A vault with a client and an attachment in its backup, and a client and an attachment
    added after it; the blob files of the backup's state and of the vault's."""
    root = tmp_path_factory.mktemp("restore-template")
    (root / "backups").mkdir()
    place = Place(root)
    scan = root / "consent.pdf"
    scan.write_bytes(PDF)
    v = str(place.vault)
    assert place.run("init", "--vault", v, "--no-keyring", *FAST_KDF).code == 0
    for name in ("Before Backup", "After Backup"):
        added = place.run("client", "add", name, "--vault", v, "--json")
        assert added.code == 0, added.err
        chart = json.loads(added.out)["client"]["client_id"]
        updated = place.run("client", "update", chart, "--vault", v, "--consent-signed", "2026-11-01",
                            "--consent-file", str(scan))
        assert updated.code == 0, updated.err
        if name == "Before Backup":
            made = place.run("backup", "create", "--vault", v, "--to", str(root / "backups"), "--json")
            assert made.code == 0, made.err
            in_backup = _blobs(place.vault)
    scan.unlink()
    yield root, in_backup, _blobs(place.vault)


@pytest.fixture
def place(template: tuple[Path, list[str], list[str]], tmp_path: Path,
          capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Place:
    shutil.copytree(template[0], tmp_path / "p", symlinks=True)
    here = Place(tmp_path / "p")
    _shared_keyring(here, monkeypatch)
    here.in_process = lambda *args, **kwargs: cli(capsys, monkeypatch, *args, **kwargs)
    # The keyring's anchor for this folder (it is per path): a rollback here is caught.
    assert here.check("client", "list", "--vault", str(here.vault), "--json").code == 0
    return here


def _whole(place: Place, folder: Path, *, restored: bool) -> None:
    listed = place.check("client", "list", "--vault", str(folder), "--json")
    assert listed.code == 0, listed.err
    assert "Before Backup" in listed.out and ("After Backup" in listed.out) is not restored
    checked = place.check("unlock-check", "--vault", str(folder))
    assert checked.code == 0, checked.err
    verified = place.check("audit", "verify", "--vault", str(folder))
    assert verified.code == 0, verified.err


@pytest.mark.parametrize("point", sorted(POINTS))
def test_a_restore_killed_while_putting_files_in_place_is_whole_at_the_next_open(
        point: str, place: Place, template: tuple[Path, list[str], list[str]]) -> None:
    _root, in_backup, in_vault = template
    killed = place.restore(crash_at=point)
    assert killed.code == -signal.SIGKILL, killed.err[-2000:]
    (safety,) = place.safety_copies()  # kept before the first rename, still there
    assert place.journal().exists() is (POINTS[point] == "new")

    opened = place.names()
    assert opened.code == 0, opened.err
    assert (COMPLETED in opened.err) is (POINTS[point] == "new"), opened.err
    assert not place.journal().exists()
    # Killed before its journal, its work folder (a whole vault's size) is removed by the open too.
    assert place.staging() == []
    _whole(place, place.vault, restored=POINTS[point] == "new")
    assert _blobs(place.vault) == (in_backup if POINTS[point] == "new" else in_vault)
    # The vault as it was, whole in its safety copy (its attachment files moved there with the renames).
    assert place.safety_copies() == [safety]
    _whole(place, safety, restored=False)
    if POINTS[point] == "new":
        assert _blobs(safety) == in_vault


def test_a_damaged_journal_is_refused_naming_the_safety_copy(place: Place) -> None:
    assert place.restore(crash_at="restore:moved:records.db").code == -signal.SIGKILL
    (safety,) = place.safety_copies()
    place.journal().write_text('{"format": 1, "staging": "../../elsewhere"')
    before = _files(place.vault)
    refused = place.names()
    assert refused.code == 4, refused.err
    assert "interrupted and cannot be finished safely" in refused.err and str(safety) in refused.err
    assert _files(place.vault) == before
    # The way out it names: the backup restored again, what the folder holds kept as another copy.
    again = place.restore()
    assert again.code == 0, again.err
    assert "cannot be finished safely" in again.out
    assert len(place.safety_copies()) == 2 and safety.exists()
    _whole(place, place.vault, restored=True)


def _files(folder: Path) -> list[tuple[str, int, int]]:
    return sorted((p.name, p.stat().st_ino, p.stat().st_mtime_ns) for p in folder.iterdir()
                  if p.name != "vault.lock.owner")


@pytest.mark.parametrize("change", ["staging outside", "staging absolute", "safety copy elsewhere",
                                    "a file not a vault's"])
def test_a_journal_pointing_outside_the_folder_moves_nothing(place: Place, change: str) -> None:
    assert place.restore(crash_at="restore:moved:records.db").code == -signal.SIGKILL
    (staging,) = place.staging()
    body = json.loads(place.journal().read_text())
    if change == "staging outside":  # the real work folder, moved beside the vault folder
        staging = staging.rename(place.root / staging.name)
        body["staging"] = f"../{staging.name}"
    elif change == "staging absolute":
        body["staging"] = str(staging)
    elif change == "safety copy elsewhere":
        body["safety_copy"] = "/etc"
    else:
        body["items"]["../../somewhere"] = body["items"].pop("ledger.db")
    place.journal().write_text(json.dumps(body))
    before = _files(place.vault), sorted(p.name for p in staging.iterdir())
    refused = place.names()
    assert refused.code == 4 and "is damaged" in refused.err, refused.err
    assert (_files(place.vault), sorted(p.name for p in staging.iterdir())) == before


@pytest.mark.parametrize("journal_text", ["not a journal", "", '{"format": 1}'])
def test_a_torn_journal_in_a_vault_never_restored_moves_nothing(place: Place, journal_text: str) -> None:
    place.journal().write_text(journal_text)
    before = _files(place.vault)
    refused = place.names()
    assert refused.code == 4 and "is damaged" in refused.err, refused.err
    assert _files(place.vault) == before
    place.journal().unlink()
    _whole(place, place.vault, restored=False)


def test_a_journal_whose_work_folder_is_gone_is_refused(place: Place) -> None:
    assert place.restore(crash_at="restore:moved:psychotherapy.db").code == -signal.SIGKILL
    (safety,) = place.safety_copies()
    (staging,) = place.staging()
    shutil.rmtree(staging)
    refused = place.names()
    assert refused.code == 4, refused.err
    assert "restored files are gone" in refused.err and str(safety) in refused.err
    assert place.journal().exists()
    _whole(place, safety, restored=False)


@pytest.mark.parametrize("number", ["its own", "the work folder's, reused"])
def test_an_old_journal_put_back_never_replaces_the_vault(place: Place, tmp_path: Path, number: str) -> None:
    """`number`: the inode number the copy of the work folder put back gets. The filesystem
    gives a new folder the number of one removed a moment before when it likes (ext4 does,
    more often with other processes creating files: this test failed once under load, the
    open refusing the vault as "cannot be finished safely"); the copy then looks, by its
    number, like the restore's own work folder. Written into the journal here, so that the
    case is met on every run."""
    assert place.restore(crash_at="restore:moved:records.db").code == -signal.SIGKILL
    kept = tmp_path / "kept"
    kept.mkdir()
    shutil.copy2(place.journal(), kept / RESTORE_JOURNAL_NAME)
    (staging,) = place.staging()
    shutil.copytree(staging, kept / staging.name)
    finished = place.names()
    assert finished.code == 0 and COMPLETED in finished.err
    assert place.check("client", "add", "After Restore", "--vault", str(place.vault)).code == 0
    # The journal and (a copy of) its work folder put back, as a sync tool or a hand might.
    shutil.copy2(kept / RESTORE_JOURNAL_NAME, place.journal())
    shutil.copytree(kept / staging.name, staging)
    if number != "its own":
        body = json.loads(place.journal().read_text())
        body["staging_ino"] = staging.stat().st_ino
        place.journal().write_text(json.dumps(body))
    opened = place.names()
    assert opened.code == 0, opened.err
    assert COMPLETED not in opened.err and "After Restore" in opened.out
    assert not place.journal().exists()
    _whole(place, place.vault, restored=True)


def test_an_older_copy_put_in_with_a_journal_of_its_own_is_still_a_rollback(place: Place) -> None:
    """The open finishes a restore before any passphrase, from what lies in the folder: it
    must never move the keyring's anchor. Found reviewing the first version, which wrote the
    journal's head to the keyring when it finished: an older copy of the vault put into the
    folder as a "work folder", with a journal naming it, was moved in and accepted as current,
    the rollback check defeated. Now it is moved in (as any file put there could be) and
    refused as rolled back; the anchor is as the vault's last lock left it."""
    from vault_app.storage import header as header_io
    from vault_app.storage import restore_journal

    older = place.root / "older"
    shutil.copytree(place.vault, older)
    assert place.check("client", "add", "Newest Chart", "--vault", str(place.vault)).code == 0
    anchor = json.loads(Path(place.env["VAULT_TEST_KEYRING_FILE"]).read_text())
    staging = place.vault / ".vault-restore-4242-planted"
    staging.mkdir()
    for name in ("records.db", "psychotherapy.db", "ledger.db", "vault.header", "blobs"):
        (older / name).rename(staging / name)
    head = header_io.read(staging).ledger_anchor
    assert head is not None
    journal = restore_journal.describe(place.vault, staging, None, header_io.read(staging).vault_id,
                                       head.seq, head.mac_hex, False)
    restore_journal.write(place.vault, journal)
    opened = place.names()
    assert opened.code == 5, opened.err
    assert "rolled back" in opened.err or "was replaced" in opened.err, opened.err
    assert json.loads(Path(place.env["VAULT_TEST_KEYRING_FILE"]).read_text()) == anchor


def test_another_process_holding_the_vault_keeps_the_journal_waiting(place: Place) -> None:
    assert place.restore(crash_at="restore:moved:ledger.db").code == -signal.SIGKILL
    (staging,) = place.staging()
    waiting = sorted(p.name for p in staging.iterdir())
    held = folder_lock.acquire(place.vault)
    try:
        # A process of its own: this one holds the vault.
        busy = place.run("client", "list", "--vault", str(place.vault), "--json")
        # The holder is this test's process: a window or a command by whether Qt's widgets are
        # loaded here (storage/folder_lock.py); either is named.
        assert busy.code == 7, busy.err
        assert "open in another window" in busy.err or "in use by a vault-app command" in busy.err, busy.err
        info = place.run("info", "--vault", str(place.vault), "--json")  # a reader: moves nothing
        assert info.code == 0, info.err
        assert place.journal().exists() and sorted(p.name for p in staging.iterdir()) == waiting
    finally:
        held.release()
    finished = place.names()
    assert finished.code == 0 and COMPLETED in finished.err
    _whole(place, place.vault, restored=True)


def test_a_restore_started_over_a_killed_one_finishes_it_first(place: Place) -> None:
    assert place.restore(crash_at="restore:moved:ledger.db").code == -signal.SIGKILL
    again = place.restore()
    assert again.code == 0, again.err
    assert COMPLETED in again.out
    assert len(place.safety_copies()) == 2  # the old vault's, and the first restore's result
    _whole(place, place.vault, restored=True)


def test_a_restore_into_a_new_folder_killed_is_finished_at_the_next_open(place: Place) -> None:
    fresh = place.root / "fresh"
    assert place.restore(crash_at="restore:moved:psychotherapy.db", to=fresh, overwrite=False).code == -signal.SIGKILL
    assert (fresh / RESTORE_JOURNAL_NAME).exists()
    opened = place.names(fresh)
    assert opened.code == 0 and COMPLETED in opened.err, opened.err
    _whole(place, fresh, restored=True)
    assert not list(place.root.glob("fresh-before-restore-*"))


def test_the_app_says_it_until_the_lock(place: Place) -> None:
    """The app's unlock goes through open_vault too; its status bar takes the reminder, and
    keeps it when a vault-wide notice replaces the line (tests/gui/test_restore_interrupted.py)."""
    from vault_app.services import reminders
    from vault_app.services.vault import open_vault

    assert place.restore(crash_at="restore:moved:blobs").code == -signal.SIGKILL
    with open_vault(place.vault, PASSPHRASE) as vault:
        said = reminders.after_unlock(vault) or ""
        assert said.startswith(COMPLETED), said
        assert (reminders.backups_line(vault) or "").startswith(COMPLETED)
    with open_vault(place.vault, PASSPHRASE) as vault:
        assert COMPLETED not in (reminders.after_unlock(vault) or "")
    _whole(place, place.vault, restored=True)


def _shared_keyring(place: Place, monkeypatch: pytest.MonkeyPatch) -> None:
    """This process uses the processes' keyring file (the conftest puts its own back after):
    every test's `place` does, for its in-process commands and opens."""
    import keyring

    from tests.fakes import FileKeyring

    monkeypatch.setenv("VAULT_TEST_KEYRING_FILE", place.env["VAULT_TEST_KEYRING_FILE"])
    keyring.set_keyring(FileKeyring())


def test_a_rename_refused_half_way_keeps_the_journal_and_its_work_folder(
        place: Place, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Not a kill: the drive refuses the ledger's rename (EIO). The restore says so; the work
    folder stays with the journal (it used to be removed on the way out), and the next open
    finishes the restore."""
    import errno

    real = os.replace

    def replace(src: object, dst: object) -> None:
        if Path(str(dst)) == place.vault / "ledger.db":
            raise OSError(errno.EIO, "Input/output error")
        real(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", replace)
    failed = cli(capsys, monkeypatch, "backup", "restore", str(place.backup), "--to", str(place.vault),
                 "--overwrite", "--vault", str(place.vault))
    monkeypatch.setattr(os, "replace", real)
    assert failed.code == 7, failed.err
    assert "I/O error" in failed.err and "finished the next time this vault is opened" in failed.err
    (safety,) = place.safety_copies()
    assert str(safety) in failed.err
    assert place.journal().exists() and (place.staging()[0] / "ledger.db").exists()
    opened = place.names()
    assert opened.code == 0 and COMPLETED in opened.err, opened.err
    _whole(place, place.vault, restored=True)


def test_a_snapshot_restore_killed_is_finished_too(place: Place) -> None:
    repo = place.root / "repo"
    made = place.check("backup", "create", "--incremental", str(repo), "--vault", str(place.vault), "--json")
    assert made.code == 0, made.err
    (snapshot,) = (repo / "snapshots").glob("*.vrs")
    assert place.check("client", "add", "After Snapshot", "--vault", str(place.vault)).code == 0
    killed = place.run("backup", "restore", str(snapshot), "--to", str(place.vault), "--overwrite",
                       "--vault", str(place.vault), crash_at="restore:moved:psychotherapy.db")
    assert killed.code == -signal.SIGKILL, killed.err[-2000:]
    opened = place.names()
    assert opened.code == 0 and COMPLETED in opened.err, opened.err
    assert "After Backup" in opened.out and "After Snapshot" not in opened.out
    assert place.check("unlock-check", "--vault", str(place.vault)).code == 0
    (safety,) = place.safety_copies()
    assert "After Snapshot" in place.names(safety).out


def test_an_open_killed_while_it_rolls_forward_is_finished_by_the_next(place: Place) -> None:
    """The roll-forward is the restore's own steps run again: killed in them, the next open
    does what is left."""
    assert place.restore(crash_at="restore:moved:records.db").code == -signal.SIGKILL
    assert place.run("client", "list", "--vault", str(place.vault),
                     crash_at="restore:moved:ledger.db").code == -signal.SIGKILL
    assert place.journal().exists()
    opened = place.names()
    assert opened.code == 0 and COMPLETED in opened.err, opened.err
    _whole(place, place.vault, restored=True)
    (safety,) = place.safety_copies()
    _whole(place, safety, restored=False)


def test_a_mistyped_passphrase_at_the_open_that_finishes_it_still_says_so(place: Place) -> None:
    """The open finishes the restore before the passphrase is checked: refused for a typo, it
    said nothing of the restore it had finished, and the next open had nothing left to say
    (found reviewing h-rollforward's report). The refusal now says it too."""
    assert place.restore(crash_at="restore:moved:records.db").code == -signal.SIGKILL
    mistyped = place.check("client", "list", "--vault", str(place.vault), passphrase=PASSPHRASE + "x")
    assert mistyped.code == 3, mistyped.err
    assert COMPLETED in mistyped.err, mistyped.err
    assert not place.journal().exists()
    _whole(place, place.vault, restored=True)
