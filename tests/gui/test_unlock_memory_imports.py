"""While the unlock's KDF runs, the desktop app holds only the code the unlock and the first
screen after it need (issue 21: peak RSS with Qt <= 350 MB).

Argon2id holds the vault's memory cost (256 MiB by default) while it runs, on top of
everything already resident, so the process's peak is "what was loaded before the unlock"
+ 256 MiB. The destruction, restore, export, snapshot-repository, Babel and chart code
(about 15 MB resident together) is loaded after the KDF: on first use, or by the unlock's
own operation once the KDF is done (warmup.AFTER_KDF). A second process runs the real start
(launcher.Boot, the controller, the warm-up before the unlock) and unlocks through the unlock
window, recording `sys.modules` at the moment the KDF is called; no timing is involved.
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
import json, sys, time
import vault_app.gui.launcher as launcher
from vault_app.crypto import kdf

report = {}
real_derive = kdf.derive

def derive(*args, **kwargs):
    report.setdefault("at_kdf", sorted(sys.modules))
    return real_derive(*args, **kwargs)

kdf.derive = derive

def run_gui(folder, *, kdf_params=None, folder_role="default"):
    app = launcher.create_app()
    app.setQuitOnLastWindowClosed(False)
    boot = launcher.Boot(app, folder, folder_role=folder_role)
    deadline = time.monotonic() + 120
    while boot.controller is None and time.monotonic() < deadline:
        app.processEvents()
    controller = boot.controller
    from vault_app.gui import warmup
    warmup.warm_up()  # what the controller's timer runs while the passphrase is typed
    window = controller.unlock_window
    window.passphrase.setText(sys.argv[2])
    window.try_unlock()  # the unlock window's own operation, on the worker
    while controller.main_window is None and time.monotonic() < deadline:
        app.processEvents()
    report["main_window"] = controller.main_window is not None
    report["after_unlock"] = sorted(sys.modules)
    report["after_kdf_list"] = list(warmup.AFTER_KDF)
    controller.lock("test over")
    return 0

launcher.run_gui = run_gui  # the event loop is the one step not run
from vault_app.app import main

report["code"] = main(["--vault", sys.argv[1]])
print(json.dumps(report))
"""

# Loaded only after the KDF: each is a measured share of the peak (docs/benchmarks.md,
# "Issue 21: peak memory at the unlock and the unlock after a backup on lock").
NOT_AT_KDF = {
    "vault_app.services.destruction", "vault_app.services.certificates", "vault_app.services.backup_restore",
    "vault_app.services.backup_copies", "vault_app.services.backup_repo", "vault_app.storage.chunk_store",
    "vault_app.storage.snapshot_manifest",
    "vault_app.services.export", "vault_app.services.backup", "vault_app.services.today",
    "vault_app.services.worklist", "vault_app.services.attachment_blobs", "vault_app.storage.destruction_scan",
    "vault_app.gui.chart_view", "vault_app.gui.chart_tabs", "vault_app.gui.disclosure_tabs",
    "vault_app.gui.requests_tab", "vault_app.gui.history_tab",
    "vault_app.gui.destruction_wizard", "vault_app.gui.export_wizard", "babel", "pytz", "ahocorasick_rs",
}


def _run(tmp_path: Path) -> dict[str, list[str]]:
    folder = tmp_path / "vault"
    create_vault(folder, PASSPHRASE, params=OWASP_FLOOR, use_device_secret=False).vault.lock()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", CHILD, str(folder), PASSPHRASE], capture_output=True, text=True,
                          env=env, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    report: dict[str, list[str]] = json.loads(done.stdout.strip().splitlines()[-1])
    return report


def test_heavy_code_is_not_resident_while_the_kdf_runs_and_the_unlock_loads_it_after(tmp_path: Path) -> None:
    report = _run(tmp_path)
    at_kdf = set(report["at_kdf"])
    # The check sees the real start: the unlock's and the main window's code are there.
    assert {"vault_app.services.vault", "vault_app.gui.main_window", "vault_app.gui.dashboard",
            "vault_app.gui.client_list", "sqlcipher3", "PySide6.QtWidgets"} <= at_kdf
    assert {m for m in at_kdf if m in NOT_AT_KDF or m.split(".")[0] in NOT_AT_KDF} == set()
    # Once the KDF is done, the unlock's operation loads the first screen's services and the
    # chart's code before the main window is built, so a chart opens without importing it.
    assert report["main_window"] is True
    assert set(report["after_kdf_list"]) <= set(report["after_unlock"])
    assert "vault_app.gui.chart_view" in report["after_unlock"]
