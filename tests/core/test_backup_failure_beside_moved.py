"""The failure of a backup on lock kept beside the locked vault (vault.backup-failed) is moved into
the header at the next unlock, the app's or a command's (services/backup_beside_control.py,
`move_into_header`, an after-unlock hook).

Before, the file beside stayed until a backup was made: plain JSON anyone could replace, read
again at every status line. Now the unlock writes it into the sealed header, then removes the
file, in that order (a kill between leaves both, the same failure, said once). The file beside is
hostile ground: huge, a pipe, a link, garbage, another vault's, a time without a zone; none of it
may break an unlock, it is moved or ignored. Real vault, real backups on lock, real processes.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, reopen
from tests.core.cli_helpers import _process_env
from vault_app.domain.errors import EnvironmentProblem
from vault_app.services import backup, backup_beside, backup_beside_control, backup_registry, clients, reminders
from vault_app.services.backup_beside_control import BESIDE_NAME, KEPT_KEY
from vault_app.services.vault import Vault

_UNLOCK_WITH = """
import os, sys
from pathlib import Path
from vault_app.services import backup_beside_control as control
from vault_app.services.vault import open_vault
unchanged = control._forget_beside_if_unchanged
def between(folder, raw):
    {between}
control._forget_beside_if_unchanged = between
open_vault(Path(sys.argv[1]), sys.argv[2]).lock()
"""

# An unlock killed after the unusable file was renamed aside, before its removal.
_UNLOCK_DROP_KILLED = """
import os, sys
from pathlib import Path
from vault_app.services import backup_beside_control as control
from vault_app.services.vault import open_vault
control._drop = lambda aside: os._exit(9)
open_vault(Path(sys.argv[1]), sys.argv[2]).lock()
"""


def _unlock_in_process(folder: Path, between: str) -> subprocess.CompletedProcess[str]:
    """A real process's unlock with `between` run after the header was written, before the removal."""
    return subprocess.run([sys.executable, "-c", _UNLOCK_WITH.format(between=between), str(folder), PASSPHRASE],
                          capture_output=True, text=True, timeout=300, env=_process_env(None, None))


def _cli(folder: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "vault_app", "--vault", str(folder), *args],
                          capture_output=True, text=True, timeout=300, env=_process_env(PASSPHRASE, env))


def _failed_while_locked(vault: Vault, tmp_path: Path) -> tuple[Path, Path]:
    """A backup on lock refused at the lock (its drive unplugged), the app then quit: kept beside."""
    target = tmp_path / "drive" / "vault-backups"
    backup_registry.configure(vault, target=str(target), kind="file")
    clients.create_client(vault, "Ilse Beside")
    folder = vault.folder
    backup_beside_control.take_last_failure()
    shutil.rmtree(tmp_path / "drive")
    backup_beside.lock_with_backup(vault)
    assert backup_beside.runner().wait(120)
    backup_beside_control.take_last_failure()  # Quit from the lock screen
    assert (folder / BESIDE_NAME).is_file()
    return folder, target


def _failed_news(vault: Vault) -> list[reminders.News]:
    return [n for n in reminders.status_line(vault).news if n.kind == reminders.FAILED_BACKUP]


def test_a_commands_unlock_moves_it_into_the_header_and_the_app_says_it(vault: Vault, tmp_path: Path) -> None:
    folder, target = _failed_while_locked(vault, tmp_path)
    done = _cli(folder, "client", "list")
    assert done.returncode == 0, done.stderr
    assert not (folder / BESIDE_NAME).exists()
    with reopen(folder) as again:
        kept = again.header.settings[KEPT_KEY]
        assert kept["code"] == "backup.target_missing" and kept["params"] == {"folder": str(target.resolve())}
        assert isinstance(kept["seq"], int)
        said = _failed_news(again)
        assert [(n.code, dict(n.params)) for n in said] == [("backup.target_missing",
                                                           {"folder": str(target.resolve())})]
        # Still forgotten by a backup made since (its seq came along).
        target.mkdir(parents=True)
        backup.create_to_target(again, target)
        assert _failed_news(again) == []
    with reopen(folder) as again:
        assert again.header.settings.get(KEPT_KEY) is None and _failed_news(again) == []


def test_the_apps_unlock_moves_it_too(vault: Vault, tmp_path: Path) -> None:
    folder, _target = _failed_while_locked(vault, tmp_path)
    with reopen(folder) as again:
        assert not (folder / BESIDE_NAME).exists()
        assert again.header.settings[KEPT_KEY]["code"] == "backup.target_missing"
        assert [n.code for n in _failed_news(again)] == ["backup.target_missing"]


def test_killed_between_the_header_and_the_removal_it_is_said_once(vault: Vault, tmp_path: Path) -> None:
    folder, _target = _failed_while_locked(vault, tmp_path)
    killed = _unlock_in_process(folder, "os._exit(9)")
    assert killed.returncode == 9, killed.stderr  # the header was written; the file not yet removed
    assert (folder / BESIDE_NAME).is_file()
    with reopen(folder) as again:
        assert not (folder / BESIDE_NAME).exists()
        assert [n.code for n in _failed_news(again)] == ["backup.target_missing"]
        kept = again.header.settings[KEPT_KEY]
    with reopen(folder) as again:
        assert again.header.settings[KEPT_KEY] == kept
        assert [n.code for n in _failed_news(again)] == ["backup.target_missing"]


def test_a_newer_failure_written_beside_meanwhile_stays_for_the_next_unlock(vault: Vault, tmp_path: Path) -> None:
    """The window's job, the vault locked there, wrote a newer failure between this unlock's
    header and its removal: that one is not removed unsaid."""
    folder, _target = _failed_while_locked(vault, tmp_path)
    newer = json.loads((folder / BESIDE_NAME).read_text())
    newer.update(code="backup-outdated", at="2099-01-01T00:00:00+00:00")
    write = f"(folder / {BESIDE_NAME!r}).write_text({json.dumps(newer)!r}); unchanged(folder, raw)"
    done = _unlock_in_process(folder, write)
    assert done.returncode == 0, done.stderr
    assert json.loads((folder / BESIDE_NAME).read_text())["code"] == "backup-outdated"
    with reopen(folder) as again:
        assert not (folder / BESIDE_NAME).exists()
        assert again.header.settings[KEPT_KEY]["code"] == "backup-outdated"


def test_an_older_file_beside_than_the_headers_failure_is_dropped(vault: Vault, tmp_path: Path) -> None:
    folder, _target = _failed_while_locked(vault, tmp_path)
    older = json.loads((folder / BESIDE_NAME).read_text())
    with reopen(folder) as again:
        backup_beside_control.failed(EnvironmentProblem("refused at Quit", code="backup.quit_refused"),
                                     seq=again.ledger.head().seq)
        backup_beside_control.keep(again)
        backup_beside_control.take_last_failure()
    older["at"] = "2001-01-01T00:00:00+00:00"
    (folder / BESIDE_NAME).write_text(json.dumps(older))
    with reopen(folder) as again:
        assert not (folder / BESIDE_NAME).exists()
        assert [n.code for n in _failed_news(again)] == ["backup.quit_refused"]


def test_an_older_copy_put_back_after_a_backup_says_nothing(vault: Vault, tmp_path: Path) -> None:
    folder, target = _failed_while_locked(vault, tmp_path)
    old = (folder / BESIDE_NAME).read_bytes()
    with reopen(folder) as again:
        target.mkdir(parents=True)
        backup.create_to_target(again, target)
        assert _failed_news(again) == []
    (folder / BESIDE_NAME).write_bytes(old)
    done = _cli(folder, "client", "list")
    assert done.returncode == 0, done.stderr
    with reopen(folder) as again:
        assert _failed_news(again) == []
        assert not (folder / BESIDE_NAME).exists()


def _hostile(folder: Path, tmp_path: Path, kind: str, vault_id: str) -> None:
    path = folder / BESIDE_NAME
    valid = {"code": "backup.target_missing", "at": "2099-01-01T00:00:00+00:00", "vault_id": vault_id,
             "seq": 1, "folder": "/elsewhere"}
    if kind == "huge":
        with path.open("wb") as f:
            f.write(json.dumps(valid).encode())
            f.truncate(3 * 1024**3)  # sparse: 3 GiB said, nothing written
    elif kind == "pipe":
        os.mkfifo(path)  # an open without O_NONBLOCK would wait for a writer for ever
    elif kind == "link":
        elsewhere = tmp_path / "planted.json"
        elsewhere.write_text(json.dumps(valid))
        path.symlink_to(elsewhere)
    elif kind == "garbage":
        path.write_bytes(os.urandom(3000))
    elif kind == "deep":
        path.write_text("[" * 4000)  # valid JSON's start, nested past the recursion limit
    elif kind == "no-zone":
        path.write_text(json.dumps({**valid, "at": "2099-01-01T00:00:00"}))
    elif kind == "not-a-code":
        path.write_text(json.dumps({**valid, "code": "Your vault was stolen: call 555-0100 now"}))
    elif kind == "another-vault":
        path.write_text(json.dumps({**valid, "vault_id": "someone-else"}))
    elif kind == "directory":
        path.mkdir()
        (path / "inside").write_text("x")
    else:
        raise AssertionError(kind)


# Regular files that are not a failure failed() writes for this vault: removed after the unlock
# (they were read at every status line for ever). A link, a pipe, a folder: left, never followed.
_REMOVED = ["huge", "garbage", "deep", "no-zone", "not-a-code", "another-vault"]
_LEFT = ["pipe", "link", "directory"]


@pytest.mark.parametrize("kind", _REMOVED + _LEFT)
def test_a_hostile_file_beside_never_breaks_an_unlock_and_is_not_said(vault: Vault, tmp_path: Path, kind: str) -> None:
    folder = vault.folder
    # A failure the header holds (kept at Quit): still said, whatever lies beside.
    backup_beside_control.failed(EnvironmentProblem("refused at Quit", code="backup.quit_refused"),
                                 seq=vault.ledger.head().seq)
    backup_beside_control.keep(vault)
    backup_beside_control.take_last_failure()
    vault_id = vault.vault_id
    vault.lock()
    _hostile(folder, tmp_path, kind, vault_id)
    state = tmp_path / "state"

    done = _cli(folder, "client", "list", env={"XDG_STATE_HOME": str(state), "HOME": str(tmp_path / "home")})
    assert done.returncode == 0, done.stderr
    with reopen(folder) as again:
        assert [n.code for n in _failed_news(again)] == ["backup.quit_refused"]
        assert again.header.settings[KEPT_KEY]["code"] == "backup.quit_refused"
    log = "\n".join(p.read_text(errors="replace") for p in state.rglob("*") if p.is_file())
    if kind in _REMOVED:
        assert not os.path.lexists(folder / BESIDE_NAME)
        assert "Removed vault.backup-failed beside the vault" in log
        for said in ("555-0100", "stolen", "someone-else", "/elsewhere", "2099"):
            assert said not in log  # what it held is never quoted
    else:
        assert os.path.lexists(folder / BESIDE_NAME)  # not a regular file: not ours to remove
        assert "Removed vault.backup-failed" not in log
        if kind == "link":
            assert (tmp_path / "planted.json").is_file()  # never followed
        if kind == "directory":
            assert (folder / BESIDE_NAME / "inside").is_file()
    assert [p.name for p in folder.iterdir() if p.name.startswith(f".{BESIDE_NAME}")] == []


def test_a_valid_kept_failure_stays_until_moved_and_is_said(vault: Vault, tmp_path: Path) -> None:
    """The other side: a failure failed() wrote for this vault is not taken for garbage."""
    folder, _target = _failed_while_locked(vault, tmp_path)
    with reopen(folder) as again:
        assert [n.code for n in _failed_news(again)] == ["backup.target_missing"]
        assert again.header.settings[KEPT_KEY]["code"] == "backup.target_missing"


def test_killed_between_setting_aside_and_removing_an_unusable_file(vault: Vault, tmp_path: Path) -> None:
    folder = vault.folder
    vault.lock()
    (folder / BESIDE_NAME).write_bytes(os.urandom(300))
    killed = subprocess.run([sys.executable, "-c", _UNLOCK_DROP_KILLED, str(folder), PASSPHRASE],
                            capture_output=True, text=True, timeout=300, env=_process_env(None, None))
    assert killed.returncode == 9, killed.stderr
    aside = [p for p in folder.iterdir() if p.name.startswith(f".{BESIDE_NAME}.")]
    assert len(aside) == 1 and not os.path.lexists(folder / BESIDE_NAME)
    with reopen(folder) as again:  # the dead process's aside file is swept by the next open
        assert _failed_news(again) == []
    assert not os.path.lexists(aside[0]) and not os.path.lexists(folder / BESIDE_NAME)


def test_a_file_replaced_after_it_was_judged_is_put_back_not_removed(vault: Vault, tmp_path: Path) -> None:
    """Between the judging read and the rename aside, the window's job wrote a newer failure
    (a new file by rename): the file renamed aside is not the one judged, so it is put back."""
    folder = vault.folder
    (folder / BESIDE_NAME).write_bytes(b"garbage")
    judged = os.lstat(folder / BESIDE_NAME)
    newer = folder / "newer"
    newer.write_text(json.dumps({"code": "backup-outdated", "at": "2099-01-01T00:00:00+00:00",
                                 "vault_id": vault.vault_id, "seq": 1}))
    os.replace(newer, folder / BESIDE_NAME)
    assert backup_beside_control.drop_unusable(folder, judged) is False
    assert json.loads((folder / BESIDE_NAME).read_text())["code"] == "backup-outdated"
    assert [p.name for p in folder.iterdir() if p.name.startswith(f".{BESIDE_NAME}")] == []
    link = tmp_path / "target.txt"
    link.write_text("not ours")
    (folder / BESIDE_NAME).unlink()
    (folder / BESIDE_NAME).symlink_to(link)
    assert backup_beside_control.drop_unusable(folder, judged) is False
    assert (folder / BESIDE_NAME).is_symlink() and link.read_text() == "not ours"
