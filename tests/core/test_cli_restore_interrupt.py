"""Ctrl-C during `backup restore --overwrite`. Found: a Ctrl-C while the restored files
were put in place (between two renames) left a vault of mixed files: the next command
said "records.db was rolled back ... Someone may have put back an older copy" (exit 5).
The SIGINT here is a real one, sent to this process from inside the rename it follows."""

from __future__ import annotations

import os
import signal
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.core.cli_helpers import cli, cli_in_process, init_vault
from vault_app.storage.compartment import COMPARTMENT_FILES

pytestmark = pytest.mark.usefixtures("ctrl_c_as_at_a_terminal")


def _ctrl_c_after(monkeypatch: pytest.MonkeyPatch, folder: Path, names: set[str]) -> list[str]:
    """os.replace as it is, then a SIGINT to this process once a file named in `names`
    landed in `folder` (as the terminal's Ctrl-C would arrive then)."""
    real: Callable[..., None] = os.replace
    moved: list[str] = []

    def replace(src: object, dst: object, *args: object, **kwargs: object) -> None:
        real(src, dst, *args, **kwargs)
        target = Path(str(dst))
        if target.parent == folder and target.name in names and not moved:
            moved.append(target.name)
            os.kill(os.getpid(), signal.SIGINT)

    monkeypatch.setattr(os, "replace", replace)
    return moved


@pytest.fixture
def restored_over(tmp_path: Path) -> tuple[Path, Path]:
    """A vault, a backup of it, and a change made after the backup."""
    folder = tmp_path / "v"
    assert init_vault(folder).code == 0
    made = cli_in_process("backup", "create", "--vault", str(folder), "--to", str(tmp_path / "backups"), "--json")
    assert made.code == 0, made.err
    assert cli_in_process("client", "add", "Later Client", "--vault", str(folder)).code == 0
    return folder, Path(made.json()["path"])


def test_ctrl_c_between_the_renames_of_a_restore(restored_over: tuple[Path, Path], capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    folder, backup = restored_over
    first = next(iter(COMPARTMENT_FILES.values()))
    moved = _ctrl_c_after(monkeypatch, folder, {first})
    result = cli(capsys, monkeypatch, "backup", "restore", str(backup), "--to", str(folder), "--overwrite",
                 "--vault", str(folder))
    monkeypatch.undo()
    assert moved == [first]  # the Ctrl-C did come, after the first file was in place
    assert result.code == 0, result.err
    assert "Ctrl-C came while the restored files were being put in place" in result.err
    checked = cli_in_process("unlock-check", "--vault", str(folder))
    assert checked.code == 0, checked.err
    listed = cli_in_process("client", "list", "--vault", str(folder), "--json")
    assert listed.code == 0 and "Later Client" not in listed.out  # the backup's state, whole
    (safety,) = folder.parent.glob("v-before-restore-*")
    kept = cli_in_process("client", "list", "--vault", str(safety), "--json")
    assert kept.code == 0 and "Later Client" in kept.out


def test_ctrl_c_during_the_safety_copy_leaves_no_partial_copy(restored_over: tuple[Path, Path],
                                                              capsys: pytest.CaptureFixture[str],
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    folder, backup = restored_over
    import shutil

    real_copy = shutil.copy2

    def copy2(src: object, dst: object, **kwargs: object) -> object:
        out = real_copy(src, dst, **kwargs)  # type: ignore[arg-type]
        if "before-restore" in str(dst):
            os.kill(os.getpid(), signal.SIGINT)
        return out

    monkeypatch.setattr(shutil, "copy2", copy2)
    result = cli(capsys, monkeypatch, "backup", "restore", str(backup), "--to", str(folder), "--overwrite",
                 "--vault", str(folder))
    monkeypatch.undo()
    assert result.code == 130 and result.err.strip() == "Stopped (Ctrl-C)."
    assert not list(folder.parent.glob("v-before-restore-*"))
    listed = cli_in_process("client", "list", "--vault", str(folder), "--json")
    assert listed.code == 0 and "Later Client" in listed.out  # untouched
    assert cli_in_process("unlock-check", "--vault", str(folder)).code == 0
