"""An older copy of vault.header, as the tests of a header put back make it: the header copied
aside now (`copied_aside`) and put back over the vault later (`put_back`, a copy as a sync tool's
restore or `cp -p` makes it); a backup restored over a vault by the real command line in process
(`restored_over`); and, for the kill tests, the place of a vault with one chart, backed up
(`backed_up_place`). Real files, real vaults."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.core.cli_helpers import FAST_KDF, Result, cli
from tests.core.test_kill_restore import Place, _shared_keyring
from vault_app.storage.layout import HEADER_NAME


def copied_aside(folder: Path, aside: Path) -> Path:
    """The vault's header as it is now, copied (with its times) to `aside`."""
    shutil.copy2(folder / HEADER_NAME, aside)
    return aside


def put_back(aside: Path, folder: Path) -> None:
    """The copy put back over the vault's header."""
    shutil.copy2(aside, folder / HEADER_NAME)


def restored_over(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, backup: Path,
                  folder: Path) -> Result:
    """`backup restore BACKUP --to FOLDER --overwrite` with FOLDER as the vault, which succeeds."""
    done = cli(capsys, monkeypatch, "--vault", str(folder), "backup", "restore", str(backup), "--to", str(folder),
               "--overwrite")
    assert done.code == 0, done.err
    return done


def backed_up_place(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Place:
    """A kill test's place (tests/core/test_kill_restore.py): a new vault with one chart, backed up
    into its backups folder, the keyring file shared with the processes, commands run in process."""
    place = Place(tmp_path / "p")
    (place.root / "backups").mkdir(parents=True)
    _shared_keyring(place, monkeypatch)
    place.in_process = lambda *args, **kwargs: cli(capsys, monkeypatch, *args, **kwargs)
    v = str(place.vault)
    assert place.check("init", "--vault", v, "--no-keyring", *FAST_KDF).code == 0
    assert place.check("client", "add", "Before Backup", "--vault", v).code == 0
    made = place.check("backup", "create", "--vault", v, "--to", str(place.root / "backups"))
    assert made.code == 0, made.err
    return place
