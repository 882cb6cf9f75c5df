"""Text merely selected in the app (X11's primary selection, pasted by a middle-click in any
application) is given up at every lock and at the quit, and offered marked "do not record"
meanwhile: a walker triple-clicked a signed note, pressed Ctrl+L, and `xclip -o -selection
primary` still printed it. The offscreen platform has no primary selection, so the cases
(x11_selection_cases.py) run in a pytest of their own on a private Xvfb with Qt's xcb."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = [pytest.mark.gui, pytest.mark.timeout(900)]

CASES = Path(__file__).with_name("x11_selection_cases.py")


@pytest.fixture
def display() -> Iterator[str]:
    missing = [tool for tool in ("Xvfb", "xclip") if shutil.which(tool) is None]
    if missing:
        message = f"the primary-selection check needs {', '.join(missing)} (apt-get install xvfb xclip)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x860x24", "-nolisten", "tcp"],
                              pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as told:
        number = told.readline().strip()  # written once the server accepts clients
    try:
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=60)


def test_every_lock_and_the_quit_give_up_the_primary_selection(display: str, tmp_path: Path) -> None:
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "HOME": str(tmp_path)}
    env.pop("WAYLAND_DISPLAY", None)
    done = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q",
                           str(CASES)], env=env, cwd=CASES.parents[2], capture_output=True, text=True, timeout=840)
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
    assert "7 passed" in done.stdout.splitlines()[-1], done.stdout[-2000:]
