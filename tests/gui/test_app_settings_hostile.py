"""Something else in place of the app's own settings file (gui/app_settings.py: the vault
folder opened last). Found by the older-copies pass: a named pipe by that name froze the
window at "Unlocking…" for ever after the right passphrase (the plain open waited for a
writer), and a link to /dev/zero would have been read without end. Each case runs in a
process of its own, as the app reads it at start and writes it after an unlock; the
process is waited for (a hang is the defect, and fails here instead of holding the run)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import platformdirs
import pytest

from vault_app.gui import app_settings

pytestmark = pytest.mark.gui

_SCRIPT = """
import sys
from pathlib import Path
from vault_app.gui import app_settings
print(app_settings.get("last_vault_folder"))
app_settings.remember_vault_folder(Path(sys.argv[1]))
print(app_settings.get("last_vault_folder"))
"""


def _run(folder: Path) -> list[str]:
    done = subprocess.run([sys.executable, "-c", _SCRIPT, str(folder)], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


@pytest.mark.parametrize("plant", ["pipe", "endless", "huge", "folder", "cut", "not a mapping"])
def test_whatever_is_there_is_read_as_nothing_and_written_over_when_it_can_be(plant: str, tmp_path: Path) -> None:
    path = app_settings.settings_path()
    assert Path(platformdirs.user_config_dir("vault-app", appauthor=False)) == path.parent
    path.parent.mkdir(parents=True, exist_ok=True)
    if plant == "pipe":
        os.mkfifo(path)
    elif plant == "endless":
        path.symlink_to("/dev/zero")
    elif plant == "huge":
        path.write_text(json.dumps({"last_vault_folder": "x" * (app_settings.MAX_BYTES + 10)}))
    elif plant == "folder":
        path.mkdir()
    elif plant == "cut":
        path.write_text('{"last_vault_folder": "/somewh')
    else:
        path.write_text('["last_vault_folder"]')
    chosen = tmp_path / "vault"
    before, after = _run(chosen)
    assert before == "None"
    if plant == "folder":
        assert after == "None" and path.is_dir()  # not the app's to remove; nothing stops it either
    else:
        assert after == str(chosen)
        assert path.is_file() and not path.is_symlink()


def test_a_link_planted_as_the_temporary_file_is_not_followed(tmp_path: Path) -> None:
    path = app_settings.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("someone else's file")
    chosen = tmp_path / "vault"
    tmp = path.with_name(f".{app_settings.FILE_NAME}.{os.getpid()}.tmp")
    tmp.symlink_to(elsewhere)
    app_settings.remember_vault_folder(chosen)
    assert elsewhere.read_text() == "someone else's file"
    assert app_settings.get("last_vault_folder") == str(chosen)
    assert not tmp.exists() and not tmp.is_symlink()
