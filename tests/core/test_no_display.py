"""No graphical session: one clear line and exit 7, not Qt's abort (issue 13, item 6)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from vault_app.domain.errors import ExitCode
from vault_app.platform_libs import NO_DISPLAY, no_graphical_session

DISPLAY_VARS = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


def run_console_script(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    script = Path(sys.executable).parent / "vault-app"
    assert script.exists(), f"the console script is not installed next to {sys.executable}: pip install -e ."
    clean = {k: v for k, v in os.environ.items() if k not in DISPLAY_VARS}
    return subprocess.run([str(script), *args], capture_output=True, text=True, env=clean | env, timeout=120,
                          check=False)


@pytest.mark.parametrize("env", [{}, {"QT_QPA_PLATFORM": "xcb"}, {"QT_QPA_PLATFORM": "wayland;xcb"}])
def test_no_display_says_so_in_one_line_and_exits_7(tmp_path: Path, env: dict[str, str]) -> None:
    done = run_console_script("--vault", str(tmp_path / "vault"), **env)
    assert done.returncode == ExitCode.ENVIRONMENT == 7
    assert done.stderr.strip() == NO_DISPLAY
    assert "vault-app --help" in NO_DISPLAY and "\n" not in NO_DISPLAY
    assert done.stdout == ""
    assert not (tmp_path / "vault").exists(), "nothing is created when the app cannot open"


def test_the_command_line_works_without_a_display() -> None:
    done = run_console_script("--help")
    assert done.returncode == 0 and "COMMAND" in done.stdout


@pytest.mark.parametrize(
    ("env", "platform", "refused"),
    [
        ({}, "linux", True),
        ({"QT_QPA_PLATFORM": "xcb"}, "linux", True),
        ({"QT_QPA_PLATFORM": "wayland"}, "linux", True),
        ({"DISPLAY": ":0"}, "linux", False),
        ({"DISPLAY": "localhost:10.0"}, "linux", False),  # X forwarded over SSH
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({"QT_QPA_PLATFORM": "vnc:size=800x600"}, "linux", False),
        ({"QT_QPA_PLATFORM": "xcb;offscreen"}, "linux", False),
        ({"DISPLAY": ""}, "linux", True),
        ({}, "darwin", False),  # macOS and Windows always have their own window system
        ({}, "win32", False),
    ],
)
def test_no_graphical_session_table(env: dict[str, str], platform: str, refused: bool) -> None:
    assert (no_graphical_session(env, platform) == NO_DISPLAY) is refused
