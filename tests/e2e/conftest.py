"""The end-to-end suite: the installed console script on a real X server, driven by key
and mouse events. Under CI a missing tool fails the suite instead of skipping it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.desktop import Desktop, missing_tools

REPO = Path(__file__).resolve().parents[2]
OUTPUT = Path(os.environ.get("E2E_OUTPUT", REPO / "test-output" / "e2e"))


# `make test` runs this suite in two pytest-xdist workers (`--dist worksteal`): the suite
# mostly waits (on Xvfb, the app, its idle lock), so two tests at once cost little more CPU
# than one, and the wall time becomes that of the longest test instead of the sum. Started
# first, the longest test is not left to run alone at the end; a worker that runs out of
# tests takes the other's waiting ones. Seconds of wall time per file, measured on this
# machine at load 5-9 (docs/testing.md, fourth round); a test not listed here is taken as
# long and starts early. The therapist's day is four tests (morning with the wizard, notes,
# disclosure, evening), so that no test is the whole day and the workers end close together.
_EXPECTED_SECONDS = {
    "test_screen_safety_e2e.py": 200,  # two tests
    "test_therapists_notes_e2e.py": 135,
    "test_therapists_day.py": 120,
    "test_destruction_progress_e2e.py": 120,
    "test_therapists_disclosure_e2e.py": 115,
    "test_therapists_evening_e2e.py": 105,
    "test_week_to_signed_note.py": 60,
    "test_attachment_destruction_e2e.py": 60,
}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # A conftest's hook sees the whole session: reorder only a run of this suite alone.
    # sorted() is stable and every worker collects the same files, so every worker gets the
    # same order (xdist requires it).
    here = Path(__file__).parent
    if items and all(item.path.is_relative_to(here) for item in items):
        items[:] = sorted(items, key=lambda item: -_EXPECTED_SECONDS.get(item.path.name, 1000))


def console_script() -> Path:
    """`vault-app` as installed beside the Python running the tests (the venv's bin)."""
    if os.environ.get("E2E_VAULT_APP"):  # a wrapper that records the CPU of each run (docs/testing.md)
        return Path(os.environ["E2E_VAULT_APP"])
    here = Path(sys.executable).parent / "vault-app"
    found = here if here.exists() else (Path(p) if (p := shutil.which("vault-app")) else None)
    if found is None:
        pytest.fail("the console script vault-app is not installed (pip install -e .)")
    return found


@pytest.fixture
def desktop(request: pytest.FixtureRequest) -> Iterator[Desktop]:
    missing = missing_tools()
    if missing:
        message = f"the end-to-end suite needs {', '.join(missing)} (apt-get install xvfb xdotool imagemagick " \
                  "tesseract-ocr qpdf; .ci/run installs them)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    shots = OUTPUT / request.node.name
    if shots.exists():
        shutil.rmtree(shots)
    screen = Desktop(shots)
    yield screen
    screen.close()


class App:
    """The program as a therapist runs it: `vault-app` with no arguments, their own HOME."""

    def __init__(self, home: Path, desktop: Desktop) -> None:
        self.home = home
        self.desktop = desktop
        self.process: subprocess.Popen[bytes] | None = None
        self.log = home / "app.log"

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("VAULT_APP_", "QT_", "XDG_"))}
        env.update(
            HOME=str(self.home),
            XDG_CONFIG_HOME=str(self.home / ".config"),
            XDG_DATA_HOME=str(self.home / ".local" / "share"),
            XDG_CACHE_HOME=str(self.home / ".cache"),
            XDG_STATE_HOME=str(self.home / ".local" / "state"),
            # This machine has no Secret Service: the wizard says so and goes on without one.
            PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
            QT_QPA_PLATFORM="xcb",
            **self.desktop.env(),
        )
        return env

    def start(self) -> None:
        assert self.process is None or self.process.poll() is not None
        with self.log.open("ab") as log:  # the child keeps its own copy of the descriptor
            self.process = subprocess.Popen([str(console_script())], env=self.env(), stdout=log, stderr=log,
                                            stdin=subprocess.DEVNULL)

    def wait_exit(self, timeout: float = 180) -> int:
        assert self.process is not None
        return self.process.wait(timeout)

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def cli(self, *args: str, passphrase: str) -> subprocess.CompletedProcess[str]:
        env = {**self.env(), "VAULT_APP_PASSPHRASE": passphrase}
        return subprocess.run([str(console_script()), *args], env=env, capture_output=True, text=True,
                              timeout=300, stdin=subprocess.DEVNULL)

    def stop(self) -> None:
        if self.alive():
            assert self.process is not None
            self.process.kill()
            self.process.wait(30)


@pytest.fixture
def app(tmp_path: Path, desktop: Desktop) -> Iterator[App]:
    home = tmp_path / "home"
    home.mkdir()
    program = App(home, desktop)
    yield program
    if program.process is not None and program.process.poll() is not None:
        # Shown with a failure's output: an app that ended by itself, and how (a negative
        # code is the signal that killed it: a crash leaves no traceback in its log).
        print(f"the app had exited with status {program.process.returncode}")
    program.stop()
    log = program.log.read_text(errors="replace") if program.log.exists() else ""
    assert "Traceback" not in log, f"the app printed a traceback:\n{log[-4000:]}"
