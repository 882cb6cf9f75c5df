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

from tests.conftest import PASSPHRASE
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.services.vault import create_vault

CHILD = r"""
import json, sys
import vault_app.gui.launcher as launcher

report = {}

def run_gui(folder, *, kdf_params=None):
    controller = launcher.start(folder)
    window = controller.unlock_window
    report["unlock_window_visible"] = window is not None and window.isVisible()
    report["modules"] = sorted(sys.modules)
    return 0

launcher.run_gui = run_gui  # the event loop is the one step not run
from vault_app.app import main

report["code"] = main(["--vault", sys.argv[1]])
print(json.dumps(report))
"""

PDF_STACK = {"pikepdf", "fpdf", "PIL", "fontTools"}


def test_gui_start_path_skips_the_cli_parser_and_the_pdf_stack(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    create_vault(folder, PASSPHRASE, params=OWASP_FLOOR, use_device_secret=False).vault.lock()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", CHILD, str(folder)], capture_output=True, text=True, env=env,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["code"] == 0 and report["unlock_window_visible"] is True
    modules = set(report["modules"])
    assert "PySide6.QtWidgets" in modules and "vault_app.gui.unlock" in modules  # the check sees real imports
    assert {m.split(".")[0] for m in modules} & PDF_STACK == set()
    assert sorted(m for m in modules if m.startswith("vault_app.cli.") and m.endswith("_commands")) == []
