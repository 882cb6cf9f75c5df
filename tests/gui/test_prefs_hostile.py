"""Something else in place of Qt's settings file of the app (gui/prefs.py: window places,
theme). Found by the older-copies pass: a named pipe by its name held the app at start for
ever, no window ever shown (Qt opens the file and waits for a writer). Now such a file is
left alone and this run keeps its preferences apart. Each case in a process of its own,
waited for (a hang is the defect, and fails here instead of holding the run)."""

from __future__ import annotations

import os
import stat
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


def prefs_max_bytes() -> int:
    from vault_app.gui import prefs

    return prefs.MAX_BYTES


def _run() -> list[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", _SCRIPT], capture_output=True, text=True, timeout=120,
                          check=False, env=env)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def _device_like_dev_zero(tmp_path: Path) -> Path:
    """A character device 1,5 (what /dev/zero is) of the test's own. Never a link to /dev/zero
    itself: Qt's save resolves a link and renames its file over the target, so this test run
    as root against code without the check replaced the machine's /dev/zero with a settings
    file (it happened while the check was being written)."""
    if os.geteuid() != 0:
        pytest.skip("making a device node needs root (CI runs as root)")
    node = tmp_path / "zero"
    os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 5))
    return node


@pytest.mark.parametrize("plant", ["pipe", "endless", "huge", "folder"])
def test_the_app_starts_and_leaves_the_thing_alone(plant: str, tmp_path: Path) -> None:
    path = Path(os.environ["XDG_CONFIG_HOME"]) / "vault-app" / "vault-app.conf"
    path.parent.mkdir(parents=True, exist_ok=True)
    if plant == "pipe":
        os.mkfifo(path)
    elif plant == "endless":
        path.symlink_to(_device_like_dev_zero(tmp_path))
    elif plant == "huge":
        huge = tmp_path / "huge.conf"
        with huge.open("wb") as fh:
            fh.truncate(prefs_max_bytes() + 1)
        path.symlink_to(huge)
    else:
        path.mkdir()
    target = path.resolve() if path.is_symlink() else None
    assert _run() == ["unset", "dark"]
    assert os.path.lexists(path)
    assert not path.is_file() or path.is_symlink()  # still the pipe, the link or the folder
    if plant == "endless":  # what the link names is left as it was, not replaced by a settings file
        assert target is not None and stat.S_ISCHR(os.stat(target).st_mode)
    if plant == "huge":
        assert target is not None and target.stat().st_size == prefs_max_bytes() + 1


def test_an_ordinary_file_keeps_the_preferences_between_runs() -> None:
    assert _run() == ["unset", "dark"]
    assert (Path(os.environ["XDG_CONFIG_HOME"]) / "vault-app" / "vault-app.conf").is_file()
    again = subprocess.run([sys.executable, "-c", "from vault_app.gui import prefs; print(prefs.get('theme'))"],
                           capture_output=True, text=True, timeout=120, check=True,
                           env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert again.stdout.strip() == "dark"


def test_this_runs_preferences_apart_leave_no_folder_behind(tmp_path: Path) -> None:
    """Found by the attacker's walk (thirty-eighth round): each run with the settings file in the
    way left a /tmp/vault-app-prefs-XXXX folder behind (40 after one round's test runs). Removed
    when the run ends; one left by a run that was killed is removed by the next such run."""
    path = Path(os.environ["XDG_CONFIG_HOME"]) / "vault-app" / "vault-app.conf"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.mkdir()  # a folder in the file's place
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(scratch)}
    killed = subprocess.Popen([sys.executable, "-c", _SCRIPT + "import os, signal; os.kill(os.getpid(), 9)\n"],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    assert killed.wait(timeout=120) == -9
    assert len(list(scratch.glob("vault-app-prefs-*"))) == 1  # a killed run's, as a crash leaves it
    done = subprocess.run([sys.executable, "-c", _SCRIPT], capture_output=True, text=True, timeout=120,
                          check=False, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["unset", "dark"]
    assert list(scratch.iterdir()) == []
