"""A `backup auto` run (and the lock's automatic backup) asks once whether this vault is a copy
sharing the default vault's backup folder (services/vault_copy_home.py). Found by a code review:
`backup auto` asked it itself, then the automatic backup asked it again, then the writer's own
refusal a third time, each a read of the default folder's header. Real vaults, the real CLI run
in-process, a real backup written; the asks are counted by wrapping the module's functions."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import Result, cli
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.services import backup_beside, backup_registry, vault_copy_home
from vault_app.services.vault import create_vault, open_vault

# The one read of both questions, and the question it answers one of (called by the others)
_ASKS = ("sharing", "original_sharing_backups")


@pytest.fixture
def asks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Each ask from outside the module's own functions (one asking through another is one ask)."""
    made: list[str] = []
    depth = [0]

    def counted(name: str, real: Callable[..., Any]) -> Callable[..., Any]:
        def ask(*args: Any, **kwargs: Any) -> Any:
            if depth[0] == 0:
                made.append(name)
            depth[0] += 1
            try:
                return real(*args, **kwargs)
            finally:
                depth[0] -= 1
        return ask

    for name in _ASKS:
        monkeypatch.setattr(vault_copy_home, name, counted(name, getattr(vault_copy_home, name)))
    return made


@pytest.fixture
def two_copies(tmp_path: Path) -> tuple[Path, Path, Path]:
    """The default vault (VAULT_APP_DIR) backing up single files into `backups`, and a copy of its
    folder made by hand."""
    default = Path(os.environ["VAULT_APP_DIR"])
    backups = tmp_path / "backups"
    backups.mkdir()
    made = create_vault(default, PASSPHRASE, params=OWASP_FLOOR, use_device_secret=False).vault
    backup_registry.configure(made, target=str(backups), kind="file")
    made.lock()
    copy = tmp_path / "vault-future"
    shutil.copytree(default, copy)
    return default, copy, backups


@pytest.fixture
def auto(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Callable[[Path], Result]:
    """`vault-app --vault FOLDER backup auto`, the real CLI in-process."""
    return lambda folder: cli(capsys, monkeypatch, "--vault", str(folder), "backup", "auto")


def test_backup_auto_of_the_vault_asks_once_whether_it_writes_a_backup_or_not(
    two_copies: tuple[Path, Path, Path], asks: list[str], auto: Callable[[Path], Result],
) -> None:
    default, _copy, backups = two_copies
    written = auto(default)
    assert written.code == 0 and "Backup written" in written.out, written.err
    assert len(list(backups.glob("*.vaultbackup"))) == 1
    assert len(asks) == 1, asks
    asks.clear()
    again = auto(default)
    assert again.code == 0 and "No backup needed" in again.out, again.err
    assert len(asks) == 1, asks


def test_backup_auto_of_a_copy_sharing_the_folder_asks_once_and_is_refused(
    two_copies: tuple[Path, Path, Path], asks: list[str], auto: Callable[[Path], Result],
) -> None:
    default, copy, backups = two_copies
    refused = auto(copy)
    assert refused.code != 0 and "taken for a copy" in refused.err and str(default.resolve()) in refused.err
    assert list(backups.iterdir()) == []
    assert len(asks) == 1, asks


def test_backup_auto_of_a_repository_asks_once(
    two_copies: tuple[Path, Path, Path], asks: list[str], auto: Callable[[Path], Result], tmp_path: Path,
) -> None:
    default, _copy, _backups = two_copies
    repo = tmp_path / "repo"
    repo.mkdir()
    vault = open_vault(default, PASSPHRASE)
    try:
        backup_registry.configure(vault, target=str(repo), kind="repo")
    finally:
        vault.lock()
    asks.clear()
    written = auto(default)
    assert written.code == 0 and "Backup written" in written.out, written.err
    assert len(asks) == 1, asks


def test_the_lock_s_automatic_backup_asks_once(two_copies: tuple[Path, Path, Path], asks: list[str]) -> None:
    default, _copy, backups = two_copies
    vault = open_vault(default, PASSPHRASE)
    try:
        snap = backup_beside.take_snapshot(vault)  # the backup on lock: checked, held
        assert snap is not None
        built = backup_beside.build(snap, lambda: False, lambda _step: None)  # type: ignore[arg-type]
        backup_beside.register(vault, built)
    finally:
        vault.lock()
    assert len(list(backups.glob("*.vaultbackup"))) == 1
    assert len(asks) == 1, asks
