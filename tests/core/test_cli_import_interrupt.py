"""Ctrl-C during a long import, in a real process. Found: `import csv` stopped at once
with "Stopped (Ctrl-C)." and no word of what was imported (the charts done were kept,
each in one transaction) nor that the same command goes on with the rest."""

from __future__ import annotations

import csv
import json
import signal
import subprocess
import sys
from pathlib import Path

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import cli_in_process, init_vault


def _client_list(path: Path, rows: int) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["First Name", "Last Name", "Date of Birth"])
        for i in range(rows):
            out.writerow([f"Ima{i}", f"Porter{i}", f"04/{1 + i % 28:02d}/1980"])


def test_ctrl_c_stops_an_import_between_charts_and_says_what_was_kept(tmp_path: Path) -> None:
    folder, source = tmp_path / "v", tmp_path / "clients.csv"
    assert init_vault(folder).code == 0
    _client_list(source, 300)
    command = [sys.executable, "-m", "vault_app", "import", "csv", str(source), "--preset", "simplepractice",
               "--vault", str(folder), "--json"]
    proc = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env={**_env(), "VAULT_APP_PASSPHRASE": PASSPHRASE})
    assert proc.stderr is not None
    shown = []
    for line in proc.stderr:  # progress, a line per chart
        shown.append(line)
        if "Chart 3 of 300" in line:
            proc.send_signal(signal.SIGINT)  # as the terminal's Ctrl-C
            break
    out, err = proc.communicate(timeout=120)
    err = "".join(shown) + err
    assert proc.returncode == 130, err
    assert "Stopping after the chart under way" in err and "Traceback" not in err
    report = json.loads(out)
    assert report["cancelled"] is True and 2 <= report["charts_created"] < 300
    # After the real process's Ctrl-C: what it kept, and the same command going on (in this process).
    listed = cli_in_process("client", "list", "--vault", str(folder), "--json")
    assert listed.code == 0 and len(listed.json()) == report["charts_created"]
    again = cli_in_process("import", "csv", str(source), "--preset", "simplepractice", "--vault", str(folder),
                           "--json", "--quiet")
    assert again.code == 0, again.err
    assert again.json()["charts_created"] == 300 - report["charts_created"]


def _env() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if k != "VAULT_APP_PASSPHRASE"}
