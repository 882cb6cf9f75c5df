"""Figures that need a fresh process: peak memory with the vault open (and cold start, in gui_startup).

`peak_rss` runs this module as a child: it unlocks the vault (default KDF, with
the psychotherapy notes), does the read workload of a working day (client list,
the big chart with its psychotherapy notes, searches, reading notes) and reports
`getrusage(RUSAGE_SELF).ru_maxrss`, plus the peak after the key derivation
alone (Argon2id holds its memory cost, 256 MiB at the default, only while it runs).

    .venv/bin/python -m benchmarks.processes VAULT_FOLDER CLIENT_ID QUERIES
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


def _hwm_kib() -> int | None:
    """The peak resident set (VmHWM) of this process since the last reset, on Linux."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def _reset_hwm() -> bool:
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def _child(folder: Path, client_id: str, queries: int) -> dict[str, Any]:
    from benchmarks.practice import search_queries
    from vault_app.services import clients, notes, psychotherapy_notes, search
    from vault_app.services.vault import open_vault

    vault = open_vault(folder, PASSPHRASE, with_psychotherapy=True, secrets_store=NO_KEYRING)
    after_unlock = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
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
    # Resetting VmHWM resets ru_maxrss too, so the whole-run peak is the larger of the two phases.
    return {
        "peak_kib": max(after_unlock, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss),
        "peak_after_unlock_kib": after_unlock,
        "peak_of_workload_kib": _hwm_kib() if reset else None,
    }


def peak_rss(folder: Path, client_id: str, *, queries: int = 50) -> dict[str, Any]:
    """Run the child and return its figures (KiB)."""
    env = dict(os.environ)
    root = str(Path(__file__).resolve().parents[1])
    env["PYTHONPATH"] = root + os.pathsep + env.get("PYTHONPATH", "")
    done = subprocess.run([sys.executable, "-m", "benchmarks.processes", str(folder), client_id, str(queries)],
                          check=True, env=env, capture_output=True, text=True, cwd=root)
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


if __name__ == "__main__":
    print(json.dumps(_child(Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]))))
