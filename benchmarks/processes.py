"""Figures that need a fresh process: peak memory with the vault open (and cold start, in gui_startup).

`peak_rss` runs this module as a child: it unlocks the vault (the KDF it was made
with, and the psychotherapy notes), does the read workload of a working day (client
list, the big chart with its psychotherapy notes, searches, reading notes, 100 more
charts) and reports its peak resident set: before the unlock, through the unlock
(Argon2id holds its memory cost, 256 MiB at the default, only while it runs) and
through the reads (the peak is reset after the unlock for that figure). With `gui`,
Qt and the app's windows are loaded first, as in the desktop app.

    .venv/bin/python -m benchmarks.processes VAULT_FOLDER CLIENT_ID QUERIES core|gui
"""

from __future__ import annotations

import json
import os
import random
import resource
import subprocess
import sys
from pathlib import Path
from typing import Any

from benchmarks.common import NO_KEYRING, PASSPHRASE


def _peak_kib() -> int:
    """Peak resident set of this process so far (since the last reset), in KiB.

    Linux: VmHWM. getrusage's ru_maxrss reports the same peak but also carries the
    parent's peak across fork + exec, which would charge the benchmark runner's memory
    to this child. Elsewhere: ru_maxrss (KiB on Linux/BSD, bytes on macOS)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak


def _reset_hwm() -> bool:
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def _load_gui() -> None:
    """What the desktop app has in memory when it unlocks: Qt, the application, and what its
    warm-up loads before the unlock (the vault code and the main window's, warmup.MODULES;
    the chart's code comes after the KDF, warmup.AFTER_KDF)."""
    import importlib

    from vault_app.gui.launcher import create_app
    from vault_app.gui.warmup import MODULES

    create_app([sys.argv[0]])
    for name in MODULES:
        importlib.import_module(name)


def _child(folder: Path, client_id: str, queries: int, gui: bool) -> dict[str, Any]:
    from benchmarks.queries import search_queries
    from vault_app.services import clients, notes, psychotherapy_notes, search
    from vault_app.services.vault import open_vault

    if gui:
        _load_gui()
    before_unlock = _peak_kib()
    vault = open_vault(folder, PASSPHRASE, with_psychotherapy=True, secrets_store=NO_KEYRING)
    after_unlock = _peak_kib()
    reset = _reset_hwm()
    try:
        clients.list_clients(vault)
        chart = clients.open_chart(vault, client_id, include_psychotherapy=True)
        for q in search_queries(random.Random(2), queries):
            search.search(vault, q, psychotherapy=True)
        for summary in chart.notes[:50]:
            notes.get_note(vault, summary.note_id)
        for summary in (chart.psychotherapy_notes or ())[:50]:
            psychotherapy_notes.get_psychotherapy_note(vault, summary.note_id)
        for c in clients.list_clients(vault)[:100]:
            clients.open_chart(vault, c.client_id)
    finally:
        vault.lock()
    workload = _peak_kib()
    return {
        "peak_kib": max(after_unlock, workload),
        "peak_before_unlock_kib": before_unlock,
        "peak_after_unlock_kib": after_unlock,
        "peak_of_workload_kib": workload if reset else None,
    }


def peak_rss(folder: Path, client_id: str, *, queries: int = 50, gui: bool = False) -> dict[str, Any]:
    """Run the child and return its figures (KiB). With `gui`, Qt and the app's windows are
    loaded first (offscreen), as in the desktop app; without, it is the core alone (the CLI)."""
    env = dict(os.environ)
    root = str(Path(__file__).resolve().parents[1])
    env["PYTHONPATH"] = root + os.pathsep + env.get("PYTHONPATH", "")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    mode = "gui" if gui else "core"
    args = [sys.executable, "-m", "benchmarks.processes", str(folder), client_id, str(queries), mode]
    done = subprocess.run(args, check=True, env=env, capture_output=True, text=True, cwd=root)
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


if __name__ == "__main__":
    print(json.dumps(_child(Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), sys.argv[4] == "gui")))
