"""Something else in place of Qt's settings file of the app (gui/prefs.py: window places,
theme). Found by the older-copies pass: a named pipe by its name held the app at start for
ever, no window ever shown (Qt opens the file and waits for a writer). Now such a file is
left alone and this run keeps its preferences apart. Each case in a process of its own,
waited for (a hang is the defect, and fails here instead of holding the run)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

_SCRIPT = """
from vault_app.gui import prefs
print(prefs.get("theme", "unset"))
prefs.put("theme", "dark")
print(prefs.get("theme", "unset"))
"""


def _run() -> list[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", _SCRIPT], capture_output=True, text=True, timeout=120,
                          check=False, env=env)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


@pytest.mark.parametrize("plant", ["pipe", "endless", "folder"])
def test_the_app_starts_and_leaves_the_thing_alone(plant: str) -> None:
    path = Path(os.environ["XDG_CONFIG_HOME"]) / "vault-app" / "vault-app.conf"
    path.parent.mkdir(parents=True, exist_ok=True)
    if plant == "pipe":
        os.mkfifo(path)
    elif plant == "endless":
        path.symlink_to("/dev/zero")
    else:
        path.mkdir()
    assert _run() == ["unset", "dark"]
    assert os.path.lexists(path)
    assert not path.is_file() or path.is_symlink()  # still the pipe, the link or the folder


def test_an_ordinary_file_keeps_the_preferences_between_runs() -> None:
    assert _run() == ["unset", "dark"]
    assert (Path(os.environ["XDG_CONFIG_HOME"]) / "vault-app" / "vault-app.conf").is_file()
    again = subprocess.run([sys.executable, "-c", "from vault_app.gui import prefs; print(prefs.get('theme'))"],
                           capture_output=True, text=True, timeout=120, check=True,
                           env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert again.stdout.strip() == "dark"
