"""Screenshots of the chart's Measures tab and the measure-entry dialog (docs/images/), on a
throw-away vault with one fictional client, under Xvfb (re-runs itself with xvfb-run).

    .venv/bin/python scripts/measure_screenshots.py [--out docs/images]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import PASSPHRASE, ROOT, SIZE, Shooter

# PHQ-9 and GAD-7 answers every two weeks: a course of treatment that improves, with one
# later PHQ-9 whose item 9 is above zero.
PHQ = [[3, 3, 2, 3, 2, 2, 2, 1, 0], [3, 2, 2, 2, 2, 2, 1, 1, 0], [2, 2, 2, 2, 1, 1, 1, 1, 0],
       [2, 1, 1, 2, 1, 1, 1, 0, 0], [1, 1, 1, 1, 1, 1, 0, 0, 0], [1, 1, 1, 1, 0, 1, 0, 0, 1]]
GAD = [[3, 3, 2, 2, 2, 2, 1], [2, 2, 2, 2, 1, 2, 1], [2, 2, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1, 0],
       [1, 1, 1, 0, 0, 1, 0], [1, 0, 1, 0, 0, 1, 0]]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(ROOT / "docs" / "images"))
    parser.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not args.inner and not os.environ.get("DISPLAY"):
        if shutil.which("xvfb-run") is None:
            print("xvfb-run is missing: apt-get install -y xvfb", file=sys.stderr)
            return 7
        return subprocess.call(["xvfb-run", "-a", "-s", f"-screen 0 {SIZE[0]}x{SIZE[1]}x24", sys.executable,
                                __file__, "--inner", "--out", args.out])
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        home.mkdir()
        os.environ["HOME"] = str(home)
        os.environ["XDG_CONFIG_HOME"] = str(home / ".config")
        os.environ.pop("QT_QPA_PLATFORM", None)
        return tour(Shooter(Path(tmp), Path(args.out)))


def tour(s: Shooter) -> int:
    from vault_app.crypto.kdf import OWASP_FLOOR
    from vault_app.gui import launcher
    from vault_app.services import clients, measures, sessions
    from vault_app.services.vault import create_vault

    folder = s.tmp / "vault"
    vault = create_vault(folder, PASSPHRASE, params=OWASP_FLOOR, use_device_secret=False).vault
    client = clients.create_client(vault, "Jordan Example", date_of_birth="1988-04-12", chart_number="DEMO-7")
    first = date.today() - timedelta(days=14 * len(PHQ))
    for i, (phq, gad) in enumerate(zip(PHQ, GAD, strict=True)):
        day = first + timedelta(days=14 * i)
        session = sessions.add_session(vault, client.client_id, date=day, duration_minutes=53)
        measures.record_measure(vault, client.client_id, "phq9", phq, session_id=session.session_id)
        measures.record_measure(vault, client.client_id, "gad7", gad, session_id=session.session_id)
    sessions.add_session(vault, client.client_id, date=date.today(), duration_minutes=53)
    vault.lock()

    controller = launcher.start(folder, kdf_params=OWASP_FLOOR)
    unlock = controller.unlock_window
    assert unlock is not None
    unlock.passphrase.setText(PASSPHRASE)
    unlock.try_unlock()
    s.settle(600)
    window = controller.main_window
    assert window is not None
    window.resize(*SIZE)
    window.open_chart(client.client_id)
    s.settle(400)
    window.chart.tabs.setCurrentWidget(window.chart.measures)
    s.settle(400)
    s.shot(window, "measures-tab")
    tab = window.chart.measures
    dialog = tab.enter_measure()
    assert dialog is not None
    s.settle(300)
    dialog.instrument_box.setCurrentIndex(dialog.instrument_box.findData("phq9"))
    dialog.session_box.setCurrentIndex(1)
    dialog.set_answers([1, 1, 1, 0, 1, 1, 0, 0, 1])
    s.shot(dialog, "measure-dialog")
    dialog.save()
    s.settle(600)
    s.shot(dialog, "measure-dialog-flag")
    dialog.accept()
    s.settle(300)
    controller.lock("screenshots done")
    s.settle(300)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
