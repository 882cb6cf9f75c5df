"""Portable mode: a marker file beside the program keeps the vault, the settings and the
support log beside it (issue 22, item 4). The frozen build is checked end to end by
scripts/smoke_release.sh (section 5); here, where paths are resolved."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from vault_app.services import paths


def _release_layout(root: Path) -> Path:
    """The tarball's layout: launcher at the top, the program in app/."""
    (root / "app").mkdir(parents=True)
    exe = root / "app" / "vault-app"
    exe.write_text("#!/bin/sh\n", encoding="utf-8")
    return exe


@pytest.mark.parametrize("marker_in", ["top", "app"])
def test_a_marker_beside_the_program_keeps_everything_beside_it(tmp_path: Path, marker_in: str) -> None:
    exe = _release_layout(tmp_path / "stick")
    folder = tmp_path / "stick" if marker_in == "top" else exe.parent
    (folder / paths.PORTABLE_MARKER).touch()
    data = folder / paths.PORTABLE_DATA
    assert paths.portable_root(exe) == folder
    assert paths.default_vault_folder(exe) == data / "vault"
    assert paths.settings_file(exe) == data / "settings.ini"
    assert paths.log_folder(exe) == data / "logs"


def test_without_the_marker_the_platform_folders_are_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    exe = _release_layout(tmp_path / "installed")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    assert paths.portable_root(exe) is None
    assert paths.settings_file(exe) is None
    assert paths.default_vault_folder(exe) == tmp_path / "data" / "vault-app" / "vault"
    assert paths.log_folder(exe) == tmp_path / "state" / "vault-app" / "log"


def test_a_folder_named_like_the_marker_is_not_a_marker(tmp_path: Path) -> None:
    exe = _release_layout(tmp_path / "stick")
    (exe.parent / paths.PORTABLE_MARKER).mkdir()
    assert paths.portable_root(exe) is None


def test_a_source_install_is_never_portable(tmp_path: Path) -> None:
    # The running interpreter is not a frozen build: even a marker beside it changes nothing.
    assert not getattr(sys, "frozen", False)
    assert paths.portable_root() is None


def test_the_vault_option_and_environment_still_win(tmp_path: Path) -> None:
    # A frozen, portable run simulated in a child process: sys.frozen and sys.executable as
    # PyInstaller sets them, the marker beside that executable.
    exe = _release_layout(tmp_path / "stick")
    (tmp_path / "stick" / paths.PORTABLE_MARKER).touch()
    code = (
        "import sys; sys.frozen = True; sys.executable = sys.argv[1]\n"
        "from vault_app.services import paths\n"
        "print(paths.vault_folder(None)); print(paths.vault_folder(sys.argv[2]))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "VAULT_APP_DIR"}
    done = subprocess.run([sys.executable, "-c", code, str(exe), str(tmp_path / "chosen")],
                          capture_output=True, text=True, check=True, env=env)
    default, chosen = done.stdout.splitlines()
    assert Path(default) == tmp_path / "stick" / paths.PORTABLE_DATA / "vault"
    assert Path(chosen) == tmp_path / "chosen"
    env["VAULT_APP_DIR"] = str(tmp_path / "from-env")
    done = subprocess.run([sys.executable, "-c", code, str(exe), str(tmp_path / "chosen")],
                          capture_output=True, text=True, check=True, env=env)
    assert Path(done.stdout.splitlines()[0]) == tmp_path / "from-env"
