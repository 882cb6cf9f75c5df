"""A killed backup's staging and a killed check's work folder are found wherever they were begun
(services/staging_journal.py): nothing unpacked is left on the backup drive when the vault's own
disk has room; the next unlock sweeps a journaled leftover it can reach and says the folder it
cannot; a destruction sweeps it, or names it beyond reach on its certificate. Real vaults, real
processes killed (os._exit in the middle of the work: no clean-up runs, as with kill -9).

Found by a walker: a "Save a single-file copy" killed 1.5 s in left a 139 MB unpacked vault in a
folder that never held a registered backup; the next start said nothing, and a later destruction
never reached it. A kill during Back up now's check left `.vault-verify-PID-…` on the drive.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, reopen
from tests.core.cli_helpers import _process_env
from vault_app.services import backup_registry, clients, destruction
from vault_app.services.beside_job import SerialWorker
from vault_app.services.vault import Vault

# The vault's own disk said to have no room (a margin beyond any disk) where the module exists.
_NO_ROOM = """
try:
    from vault_app.services import staging_journal
    staging_journal._MARGIN_BYTES = 1 << 62
except ImportError:
    pass
"""

_KILLED_COPY = """
import os, sys
from pathlib import Path
from vault_app.services import backup
from vault_app.services.vault import open_vault
if sys.argv[4] == "no-room":
    exec(sys.argv[5])
vault = open_vault(Path(sys.argv[1]), sys.argv[2])
def killed(*args, **kwargs):
    os._exit(9)
backup.pack_folder = killed  # the staging copy written, killed before packing it
backup.create_backup(vault, Path(sys.argv[3]), verify=True)
"""

_KILLED_CHECK = """
import os, sys
from pathlib import Path
from vault_app.services import backup, backup_repo
from vault_app.services.vault import open_vault
vault = open_vault(Path(sys.argv[1]), sys.argv[2])
original = backup_repo.materialize
def killed(*args, **kwargs):
    original(*args, **kwargs)
    os._exit(9)  # the snapshot unpacked for its check, killed before the check ends
backup_repo.materialize = killed
backup.create_to_target(vault, Path(sys.argv[3]))
"""


_KILLED_ON_LOCK = """
import os, sys
from pathlib import Path
from vault_app.services import backup_beside, backup_beside_build
from vault_app.services.vault import open_vault
vault = open_vault(Path(sys.argv[1]), sys.argv[2])
def killed(*args, **kwargs):
    os._exit(9)  # every compartment copied into the staging, killed before packing it
# Where the single file is built since backup_beside was split (backup_beside_build): patched on
# backup_beside, the kill never came and the backup finished (ci122).
backup_beside_build.pack_folder = killed
assert backup_beside.lock_with_backup(vault)
backup_beside.runner().wait(300)
"""


def _run(script: str, *args: str) -> None:
    done = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, timeout=300,
                          env=_process_env(None, None))
    assert done.returncode == 9, done.stderr


def _unpacked(folder: Path) -> list[Path]:
    """Hidden work folders under `folder` holding a vault header (what opens with the passphrase)."""
    return sorted(p.parent for p in folder.rglob("vault.header") if p.parent.name.startswith(".vault-"))


def _killed_copy(vault: Vault, target: Path, *, room: bool = True) -> None:
    target.mkdir(parents=True, exist_ok=True)
    clients.create_client(vault, "Nell Reach")
    vault.lock()
    _run(_KILLED_COPY, str(vault.folder), PASSPHRASE, str(target), "room" if room else "no-room", _NO_ROOM)


def test_a_killed_single_file_copy_leaves_nothing_unpacked_on_the_drive(vault: Vault, tmp_path: Path) -> None:
    copyto, folder = tmp_path / "usb" / "copyto", vault.folder
    _killed_copy(vault, copyto)
    assert _unpacked(copyto) == []  # staged on the vault's own disk (before: a whole vault in copyto)
    from vault_app.services import staging_journal

    # The work folder (and the partial file's entry, journaled before it was begun: none here).
    [left] = [e for e in staging_journal.leftovers(folder) if e.path.is_dir()]
    assert left.path.parent == folder and (left.path / "vault.header").is_file()
    with reopen(folder):
        assert staging_journal.wait(120)
    assert staging_journal.entries(folder) == [] and _unpacked(folder) == []


def test_a_leftover_on_a_drive_taken_away_is_said_then_swept_when_it_is_back(vault: Vault, tmp_path: Path) -> None:
    from vault_app.services import reminders, staging_journal

    drive, folder = tmp_path / "usb", vault.folder
    copyto = drive / "copyto"
    _killed_copy(vault, copyto, room=False)
    [left] = _unpacked(copyto)  # no room on the vault's disk: staged beside the copy, journaled
    drive.rename(tmp_path / "usb-away")
    with reopen(folder) as again:
        assert staging_journal.wait(120)
        news = [n for n in reminders.status_line(again).news if n.kind == reminders.UNFINISHED_COPY]
        assert [n.value for n in news] == [str(copyto)]
        assert "connect that drive" in news[0].english
    (tmp_path / "usb-away").rename(drive)
    assert left.is_dir()
    with reopen(folder) as again:
        assert staging_journal.wait(120)
        assert not [n for n in reminders.status_line(again).news if n.kind == reminders.UNFINISHED_COPY]
    assert _unpacked(copyto) == [] and staging_journal.entries(folder) == []


def _no_unlock_sweep(monkeypatch: pytest.MonkeyPatch) -> None:
    """The destruction's own sweep is what these tests are about, not the unlock's."""
    try:
        from vault_app.services import staging_journal
    except ImportError:
        return
    monkeypatch.setattr(staging_journal, "after_unlock", lambda _vault: None)


def test_a_destruction_sweeps_a_killed_copy_in_a_folder_with_no_registered_backup(
        vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copyto, folder = tmp_path / "usb" / "copyto", vault.folder
    _killed_copy(vault, copyto, room=False)
    [left] = _unpacked(copyto)
    _no_unlock_sweep(monkeypatch)
    with reopen(folder, psychotherapy=True) as again:
        assert left.is_dir()
        number = clients.list_clients(again)[0].chart_number
        destruction.destroy(again, number, basis="override", confirm=number,
                            override_reason="Client asked for deletion; no retention duty applies.")
    assert not left.exists(), "the destroyed chart's unpacked copy survived the destruction"
    assert _unpacked(copyto) == []


def test_the_apps_destruction_beside_the_window_finds_it_too(
        vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The GUI purges backups from a thread of its own through a stand-in of the vault
    (destruction_beside.LiveView): it carries the work journal's folder, nothing else of it."""
    from vault_app.services import destruction_backups, destruction_beside, staging_journal

    copyto, folder = tmp_path / "usb" / "copyto", vault.folder
    _killed_copy(vault, copyto, room=False)
    [left] = _unpacked(copyto)
    monkeypatch.setattr(staging_journal, "after_unlock", lambda _vault: None)
    worker = SerialWorker(reopen(folder))
    try:
        live = worker.call(lambda v: destruction_beside.LiveView.capture(v, worker.submit)).as_vault()
        assert destruction_backups.stale_work(live) == [left]
        destruction_backups.sweep(live)
    finally:
        worker.call(lambda v: v.lock())
        worker.close()
    assert not left.exists() and staging_journal.entries(folder) == []


def test_a_destruction_names_a_leftover_beyond_reach_on_its_certificate(vault: Vault, tmp_path: Path) -> None:
    drive, folder = tmp_path / "usb", vault.folder
    copyto = drive / "copyto"
    _killed_copy(vault, copyto, room=False)
    drive.rename(tmp_path / "usb-away")
    with reopen(folder, psychotherapy=True) as again:
        number = clients.list_clients(again)[0].chart_number
        cert = destruction.destroy(again, number, basis="override", confirm=number,
                                   override_reason="Client asked for deletion; no retention duty applies.")
    found = cert["verification"].get("unfinished_copies_beyond_reach")
    assert [(e["path"], e["status"]) for e in found or []] == [(str(copyto), "beyond reach")]


def test_a_killed_backup_on_lock_leaves_nothing_unpacked_on_the_drive(vault: Vault, tmp_path: Path) -> None:
    """The backup on lock and at Quit (services/backup_beside.py) copies every compartment into
    its staging on a thread of its own: killed there, before, a whole vault stayed on the drive."""
    usb, folder = tmp_path / "usb" / "backups", vault.folder
    usb.mkdir(parents=True)
    backup_registry.configure(vault, target=str(usb), kind="file")
    clients.create_client(vault, "Nell Lock")
    vault.lock()
    _run(_KILLED_ON_LOCK, str(folder), PASSPHRASE)
    assert _unpacked(usb) == []
    from vault_app.services import staging_journal

    [left] = staging_journal.leftovers(folder)
    assert (left.path / "records.db").is_file() and left.path.parent == folder
    with reopen(folder):
        assert staging_journal.wait(120)
    assert _unpacked(folder) == [] and staging_journal.entries(folder) == []


def test_a_killed_snapshot_check_leaves_nothing_unpacked_on_the_drive(vault: Vault, tmp_path: Path) -> None:
    bk, folder = tmp_path / "usb" / "bk", vault.folder
    bk.mkdir(parents=True)
    backup_registry.configure(vault, target=str(bk), kind="repo")
    clients.create_client(vault, "Nell Check")
    vault.lock()
    _run(_KILLED_CHECK, str(folder), PASSPHRASE, str(bk))
    assert _unpacked(bk) == []  # before: bk/.vault-verify-PID-… with its plain-JSON vault.header
    from vault_app.services import staging_journal

    assert [e.path.parent for e in staging_journal.leftovers(folder)] == [folder]
    with reopen(folder):
        assert staging_journal.wait(120)
    assert _unpacked(folder) == [] and staging_journal.entries(folder) == []
