"""`vault-app` with no command reaches its unlock window without building the CLI parser
or importing the PDF, image and font stack (issue 13, item 4).

A second process runs the real entry point, app.main, with only its last step (the
event loop) replaced by a report of what is loaded once the unlock window is shown.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.domain.errors import WrongPassphrase
from vault_app.services import vault_folder, vault_keys
from vault_app.services.vault import create_vault, open_vault
from vault_app.storage.layout import FAILURES_NAME

CHILD = r"""
import json, sys, threading, time
from PySide6 import QtCore
import vault_app.gui.launcher as launcher

report = {}

def run_gui(folder, *, kdf_params=None, folder_role="default"):
    app = launcher.create_app()
    app.setQuitOnLastWindowClosed(False)
    boot = launcher.Boot(app, folder)  # what the real run_gui does before app.exec()
    window = boot.window
    report["unlock_window_visible"] = window is not None and window.isVisible()
    report["qt_namespace"] = "Qt" in QtCore.__dict__  # PySide6 creates it on first read
    report["controller_built"] = boot.controller is not None
    report["modules"] = sorted(sys.modules)
    # The event loop's first turns: the first paint, then the controller takes the window.
    deadline = time.monotonic() + 60
    while boot.controller is None and time.monotonic() < deadline:
        app.processEvents()
    controller = boot.controller
    report["adopted"] = controller is not None and controller.unlock_window is window
    report["qt_namespace_after"] = "Qt" in QtCore.__dict__
    report["modules_after_boot"] = sorted(sys.modules)
    # The OS-event watcher hears the application's state (the slot's argument is a
    # Qt::ApplicationState, which PySide6 converts only once the `Qt` namespace exists).
    from PySide6.QtCore import Qt
    heard = []
    controller.os_events.lock_requested.connect(heard.append)
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationSuspended)
    report["os_events_heard"] = heard
    from vault_app.gui.background import run_op
    # The worker runs operations in order: once this one ran, the unlock window's own
    # (its failed-attempts line) has run too. The warm-up's timer (150 ms after the
    # controller took the window) has not fired: no event is processed meanwhile.
    worked = threading.Event()
    run_op(None, worked.set)
    report["worker_done"] = worked.wait(120)
    report["modules_after_worker"] = sorted(sys.modules)
    from vault_app.gui.warmup import warm_up
    warm_up()
    report["modules_after_warm_up"] = sorted(sys.modules)
    return 0

launcher.run_gui = run_gui  # the event loop is the one step not run
from vault_app.app import main

report["code"] = main(["--vault", sys.argv[1]])
print(json.dumps(report))
"""

PDF_STACK = {"pikepdf", "fpdf", "PIL", "fontTools"}
# Everything of the app loaded when the unlock window is shown (before the event loop):
# a module added to this path costs every start, so it must be added here on purpose.
SHOWN_WITH = {"vault_app", "vault_app.app", "vault_app.gui", "vault_app.gui.forms", "vault_app.gui.i18n",
              "vault_app.gui.launcher", "vault_app.gui.passphrase", "vault_app.gui.prefs", "vault_app.gui.theme",
              "vault_app.gui.unlock", "vault_app.platform_libs", "vault_app.portable", "vault_app.services",
              "vault_app.services.paths", "vault_app.services.vault_folder", "vault_app.storage",
              "vault_app.storage.layout",
              # The unlock window's message label (gui/forms.error_label): one small class.
              "vault_app.gui.wrapped_label",
              # That label says its refusal to a screen reader (gui/announce.py): one small class.
              "vault_app.gui.announce",
              # The folder line: which vault, and whether it is the default (gui/unlock_folder.py).
              "vault_app.gui.unlock_folder",
              # Core dumps forbidden before anything else (vault_app/no_core_dumps.py).
              "vault_app.no_core_dumps",
              # The ring around the control with the keyboard, set with the theme (gui/focus_ring.py).
              "vault_app.gui.focus_ring",
              # Where the keyboard went, told to the ring and the others that follow it (gui/focus_watch.py).
              "vault_app.gui.focus_watch"}
# Standard-library modules a bare PySide6 program does not load and the window does not need.
NOT_BEFORE_SHOWN = {"dataclasses", "importlib.resources"}
# Built once the unlock window has been painted (launcher.Boot), not before it.
AFTER_FIRST_PAINT = {"vault_app.gui.controller", "vault_app.gui.background", "vault_app.gui.idle",
                     "vault_app.gui.os_events", "vault_app.gui.clipboard", "vault_app.gui.operations",
                     "vault_app.services.changes", "vault_app.gui.warmup", "vault_app.gui.shortcuts",
                     "vault_app.gui.beside_jobs", "vault_app.gui.destruction_hold"}
# What the unlock needs but its window does not: loaded by the warm-up after the first paint.
VAULT_CODE = {"vault_app.services.vault", "vault_app.crypto.keys", "sqlcipher3", "cryptography"}


def _start(tmp_path: Path) -> dict[str, object]:
    folder = tmp_path / "vault"
    create_vault(folder, PASSPHRASE, params=OWASP_FLOOR, use_device_secret=False).vault.lock()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", CHILD, str(folder)], capture_output=True, text=True, env=env,
                          timeout=180, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    report: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["code"] == 0 and report["unlock_window_visible"] is True
    return report


def test_gui_start_path_skips_the_cli_parser_and_the_pdf_stack(tmp_path: Path) -> None:
    report = _start(tmp_path)
    modules = set(report["modules"])  # type: ignore[call-overload]
    assert "PySide6.QtWidgets" in modules and "vault_app.gui.unlock" in modules  # the check sees real imports
    assert {m.split(".")[0] for m in modules} & PDF_STACK == set()
    assert sorted(m for m in modules if m.startswith("vault_app.cli.") and m.endswith("_commands")) == []


def test_the_unlock_window_is_shown_before_the_controller_and_the_qt_namespace(tmp_path: Path) -> None:
    """What the first paint waits for is the window alone: no controller and the GUI
    infrastructure it brings (idle and OS-event watchers, clipboard guard, the operations
    seam, the worker thread), and no read of PySide6's `Qt` namespace (~20 ms for its 93
    enums). All of it is in place on the event loop's first turns, before the user can act;
    and the OS-event watcher then hears the application's state changes."""
    report = _start(tmp_path)
    modules = set(report["modules"])  # type: ignore[call-overload]
    assert "vault_app.gui.unlock" in modules and "vault_app.gui.launcher" in modules
    assert modules & AFTER_FIRST_PAINT == set()
    assert {m for m in modules if m.startswith("vault_app")} == SHOWN_WITH
    assert modules & NOT_BEFORE_SHOWN == set()
    assert report["qt_namespace"] is False and report["controller_built"] is False
    assert report["adopted"] is True and report["qt_namespace_after"] is True
    assert AFTER_FIRST_PAINT - {"vault_app.gui.warmup", "vault_app.gui.shortcuts"} <= set(
        report["modules_after_boot"])  # type: ignore[call-overload]
    assert report["os_events_heard"] == ["suspended"]


def test_unlock_window_loads_no_vault_code_until_the_warm_up(tmp_path: Path) -> None:
    """The unlock window reads its failed-attempts line without the crypto and SQLCipher
    modules (importing them on the worker held the GIL against the first paint); the
    warm-up, after the first paint, loads them for the unlock."""
    report = _start(tmp_path)
    assert report["worker_done"] is True
    for phase in ("modules_after_boot", "modules_after_worker"):
        loaded = set(report[phase])  # type: ignore[call-overload]
        assert "vault_app.services.vault_folder" in loaded  # the check sees real imports
        assert {m for m in loaded if m in VAULT_CODE or m.split(".")[0] in VAULT_CODE} == set(), phase
        assert "vault_app.gui.main_window" not in loaded, phase
    assert VAULT_CODE | {"vault_app.gui.main_window"} <= set(report["modules_after_warm_up"])  # type: ignore[call-overload]


def test_light_failure_count_agrees_with_the_vault_code(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    create_vault(folder, PASSPHRASE, params=OWASP_FLOOR, use_device_secret=False).vault.lock()
    assert FAILURES_NAME == vault_keys.FAILURES_FILE
    assert vault_folder.failed_attempts(folder) == 0
    for expected in (1, 2):
        with pytest.raises(WrongPassphrase):
            open_vault(folder, "not the passphrase")
        assert vault_folder.failed_attempts(folder) == vault_keys.failed_attempts(folder) == expected
    open_vault(folder, PASSPHRASE).lock()
    assert vault_folder.failed_attempts(folder) == vault_keys.failed_attempts(folder) == 0
    (folder / FAILURES_NAME).write_text("not json", encoding="utf-8")
    assert vault_folder.failed_attempts(folder) == vault_keys.failed_attempts(folder) == 0
