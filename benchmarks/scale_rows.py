"""Issue 21 rows: the unlock right after an automatic backup on lock began, and the full
audit verify next to a plain SQLite scan of the same rows.

    .venv/bin/python -m benchmarks.scale_rows [--quick] [--scale N] [--reads] [--keep DIR]

Run alone (on a copy of the cached practice) or from run_all.py.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import plain, practice, storage_ops
from benchmarks.common import NO_KEYRING, PASSPHRASE, Measure, clock_calls, once_s, table
from vault_app.crypto import kdf
from vault_app.services import backup, backup_beside
from vault_app.services.vault import Vault, open_vault


def _unlock_rest_ms(folder: Path) -> tuple[float, Vault]:
    """One unlock, minus the time spent in the KDF (ms), and the open vault."""
    with clock_calls(kdf, "derive") as spent:
        start = time.perf_counter()
        vault = open_vault(folder, PASSPHRASE, secrets_store=NO_KEYRING)
        total = time.perf_counter() - start
    return (total - sum(spent)) * 1000, vault


def unlock_after_backup_on_lock(folder: Path, work: Path, runs: int = 3) -> list[Measure]:
    """The GUI's lock (snapshot for the automatic backup, then close) followed at once by
    an unlock, on the same thread as in the app (the single worker runs both in order);
    against a plain lock (no backup due) and unlock in the same run. The backup is still
    being packed or verified when the unlock returns (`busy_at_unlock`)."""
    target = work / "auto-backups"
    runner = backup_beside.runner()
    vault = open_vault(folder, PASSPHRASE, secrets_store=NO_KEYRING)
    # Single files, as this row has measured since issue 21's first round: a practice cached
    # after snapshots became new vaults' default would otherwise measure a snapshot's lock.
    backup.configure(vault, target=str(target), auto=True, keep_daily=1, keep_weekly=0, keep_monthly=0,
                     kind="file")
    with_backup: list[float] = []
    plain: list[float] = []
    locks: list[float] = []
    busy = 0
    try:
        for _ in range(runs):
            vault.ledger.append("bench.changed", {})  # something changed: a backup is due on lock
            start = time.perf_counter()
            assert backup_beside.lock_with_backup(vault)
            locks.append((time.perf_counter() - start) * 1000)
            rest, vault = _unlock_rest_ms(folder)
            with_backup.append(locks[-1] + rest)
            busy += runner.busy()
            runner.wait()
            backup_beside.register_waiting(vault)
            # The same lock and unlock with nothing due (the backup above is registered).
            start = time.perf_counter()
            assert not backup_beside.lock_with_backup(vault)
            lock_ms = (time.perf_counter() - start) * 1000
            rest, vault = _unlock_rest_ms(folder)
            plain.append(lock_ms + rest)
    finally:
        vault.lock()
        runner.wait()
    m = Measure.from_samples("lock with the automatic backup due, then unlock at once (minus the KDF)",
                             with_backup, target=300.0, stat="p50", plain=plain)
    m.ratio_target = None  # the target is the 300 ms; the plain lock + unlock is the baseline shown
    m.note = (f"the lock's snapshot {min(locks):.0f}-{max(locks):.0f} ms; the backup was still being built "
              f"beside in {busy} of {runs} unlocks; 'plain': lock with no backup due + unlock. Issue 21: "
              "before, the unlock waited for the whole backup + verify (15 s at 1x)")
    m.extra = {"lock_snapshot_ms": locks, "busy_at_unlock": busy}
    return [m]


# The baseline: SQLite reads every row of the ledger and touches every byte the seals
# cover, nothing else (same encrypted file, same connection).
_SCAN = ("SELECT count(*), sum(length(CAST(time AS BLOB)) + length(CAST(kind AS BLOB)) + length(payload)"
         " + length(mac) + coalesce(length(state), 0)) FROM ledger")


def audit_verify(vault: Vault, runs: int = 3) -> list[Measure]:
    """The full audit, first on a ledger made before seals (entry by entry, then it seals
    the ledger); then the chain check of the sealed ledger (what backup verify, restore and
    destruction run) next to a plain SQL scan of the same rows; then the therapist's whole
    audit (chain + the chart-history index check)."""
    # Since the first unlock seals a vault made before seals (services/ledger_sealing.py),
    # an unlocked vault is normally sealed already: then this is an ordinary audit.
    sealed_before = bool(vault.ledger.store.seals())
    first_s, report = once_s(vault.verify_ledger)
    first = Measure(f"full audit verify, the first of the session ({report.entries_checked:,} entries; "
                    + ("sealed at unlock)" if sealed_before else "entry by entry, then seals the ledger)"),
                    "s", round(first_s, 3),
                    note="includes the chart-index check" if sealed_before
                    else "once per vault made before seals; includes the chart-index check")
    first.extra = {"ok": report.ok, "seals": len(vault.ledger.store.seals())}
    sealed: list[float] = []
    one_thread: list[float] = []
    scans: list[float] = []
    audits: list[float] = []
    threads = vault.ledger.seal_threads
    for _ in range(runs):
        seconds, report = once_s(lambda: vault.ledger.verify_full(vault.header.ledger_anchor))
        sealed.append(seconds * 1000)
        vault.ledger.seal_threads = 1
        try:
            seconds, _ = once_s(lambda: vault.ledger.verify_full(vault.header.ledger_anchor))
        finally:
            vault.ledger.seal_threads = threads
        one_thread.append(seconds * 1000)
        seconds, _ = once_s(lambda: vault.ledger.db.query_one(_SCAN))
        scans.append(seconds * 1000)
        seconds, _ = once_s(vault.verify_ledger)
        audits.append(seconds * 1000)
    m = Measure.from_samples(f"full audit verify, sealed: the chain, seals checked by {threads} threads "
                             f"({report.entries_checked:,} entries; plain: one SQL scan of the same rows)",
                             sealed, stat="p50", plain=scans)
    m.ratio_target = None  # reported: the target is 2M entries <= 3 s (see docs/benchmarks.md)
    m.note = "what backup verify, restore and destruction check"
    m.extra = {"ok": report.ok, "threads": threads}
    serial = Measure.from_samples("full audit verify, sealed: the chain, one thread (the same check)", one_thread,
                                  stat="p50", plain=scans)
    serial.ratio_target = None
    whole = Measure.from_samples("full audit verify, sealed, with the chart-history index check "
                                 "('vault-app audit verify')", audits, stat="p50")
    return [first, m, serial, whole]


def on_own_copy(p: practice.Practice, work: Path, runs: int) -> list[Measure]:
    """The rows above on a working copy of their own: the backups they register and the
    settings they change must not change the other rows (destruction with backups)."""
    folder = practice.working_copy(p, work / "vault-scale-rows")
    try:
        return unlock_after_backup_on_lock(folder, work, runs)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        shutil.rmtree(work / "auto-backups", ignore_errors=True)


def interactive(folder: Path, work: Path, client_id: str, sizes: storage_ops.Sizes) -> list[Measure]:
    """The audit rows and the rows a therapist waits on (client list page, dashboard, open
    chart, search, autosave), encrypted next to plain SQLite in the same run: issue 21's
    "at 4x within 1.3x of plain SQLite and under the 1x targets", without the whole suite."""
    vault = open_vault(folder, PASSPHRASE, secrets_store=NO_KEYRING)
    try:
        out = audit_verify(vault)
        with plain.plain_copy(vault, work / "plain") as pv:
            out += storage_ops.reads_and_autosave(vault, pv, client_id, sizes)
    finally:
        vault.lock()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--scale", type=int, default=1)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--reads", action="store_true",
                        help="the audit and the interactive rows (client list, dashboard, open chart, search, "
                             "autosave) next to plain SQLite, instead of the lock/unlock rows")
    parser.add_argument("--keep", type=Path, default=None, metavar="DIR",
                        help="work on this copy of the practice, made once and kept across runs (a 4x copy "
                             "takes minutes to make and to seal); removed only by you")
    args = parser.parse_args(argv)
    spec = practice.QUICK if args.quick else practice.FULL
    if args.scale > 1:
        spec = practice.scaled(spec, args.scale)
    p = practice.cached(spec, log=lambda s: print(s, file=sys.stderr))
    work = Path(tempfile.mkdtemp(prefix="vault_app_bench_scale_"))
    try:
        folder = args.keep or work / "vault"
        if not folder.exists():
            practice.working_copy(p, folder)
        sizes = storage_ops.QUICK_SIZES if args.quick else storage_ops.FULL_SIZES
        measures = (interactive(folder, work, p.big_client, sizes) if args.reads
                    else unlock_after_backup_on_lock(folder, work, args.runs))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(table(measures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
