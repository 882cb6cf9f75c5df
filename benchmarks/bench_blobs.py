"""Attachments in the blob store (issue 21, items 2 and 4), each figure next to a plain-file
baseline measured in the same run on the same bytes:

- adding N attachments totalling --mib MiB (sealed segments, flushed, then a row each)
  vs writing the same bytes to N plain files with an fsync each;
- a single-file backup and a first snapshot of the vault holding them vs a plain fsync'd
  copy of the vault folder's files (compartments and blobs); a second snapshot with
  nothing changed, with the blobs' chunk lists reused from the first snapshot (the new
  code) and with every blob read again (the old code: reuse off), alternated;
- destroying the chart that holds them (no backups registered) vs overwriting the same
  bytes of plain files with zeros, an fsync each (what the scrub of the blobs costs at
  least; the rest is the compartments' compaction and rekey, as for any chart);
- the unlock's orphan sweep with --sweep-count attachments: the leftover intents read
  (the new code) vs the whole folder listed and compared with every row (the old code,
  still the destruction's full sweep), alternated.

A fresh vault (KDF at the OWASP floor: the unlock is not measured here). Standalone:

    .venv/bin/python -m benchmarks.bench_blobs [--mib 32] [--count 16] [--sweep-count 2000]

`measures()` returns the rows for benchmarks/run_all.py.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from benchmarks.common import Measure, once_s, table
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.services import attachment_blobs, attachments, backup, backup_repo, clients, destruction, snapshot_blobs
from vault_app.services.vault import Vault, create_vault
from vault_app.storage import blob_store

PASSPHRASE = "correct horse battery staple benchmark"


def _bodies(total_mib: int, count: int) -> list[bytes]:
    size = max(64, (total_mib << 20) // max(1, count))
    return [b"%PDF-1.4\n" + os.urandom(size - 9) for _ in range(count)]


def _fsync_write(path: Path, data: bytes) -> None:
    with path.open("wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())


def _plain_writes(folder: Path, bodies: list[bytes]) -> float:
    folder.mkdir()
    start = time.perf_counter()
    for i, data in enumerate(bodies):
        _fsync_write(folder / f"{i}.pdf", data)
    elapsed = time.perf_counter() - start
    shutil.rmtree(folder)
    return elapsed


def _plain_copy(vault: Vault, dest: Path) -> float:
    """A plain fsync'd copy of the vault's files (compartments checkpointed, and blobs)."""
    for comp in vault.open_compartments():
        comp.checkpoint()
    files = [p for p in vault.folder.iterdir() if p.is_file() and not p.name.endswith(("-wal", "-shm", ".lock"))]
    files += blob_store.files(vault.folder)
    dest.mkdir()
    start = time.perf_counter()
    for i, path in enumerate(files):
        with path.open("rb") as src, (dest / str(i)).open("wb") as out:
            shutil.copyfileobj(src, out, 4 << 20)
            out.flush()
            os.fsync(out.fileno())
    elapsed = time.perf_counter() - start
    shutil.rmtree(dest)
    return elapsed


def _plain_scrub(folder: Path, bodies: list[bytes]) -> float:
    folder.mkdir()
    paths = []
    for i, data in enumerate(bodies):
        paths.append(folder / f"{i}.pdf")
        _fsync_write(paths[-1], data)
    start = time.perf_counter()
    for path, data in zip(paths, bodies, strict=True):
        with path.open("r+b") as fh:
            fh.write(b"\x00" * len(data))
            fh.flush()
            os.fsync(fh.fileno())
        path.unlink()
    elapsed = time.perf_counter() - start
    shutil.rmtree(folder)
    return elapsed


@contextlib.contextmanager
def _reuse_off() -> Iterator[None]:
    """The snapshot as before the reuse: the newest snapshot offers nothing, every blob is read."""
    real = snapshot_blobs.previous_parts
    snapshot_blobs.previous_parts = lambda *a, **k: {}
    try:
        yield
    finally:
        snapshot_blobs.previous_parts = real


def _alternated(new: Callable[[], object], old: Callable[[], object], rounds: int) -> tuple[float, float]:
    """Medians of `new` and `old`, called in turn (old first in odd rounds): a loaded machine
    slows both alike."""
    times: dict[str, list[float]] = {"new": [], "old": []}
    for i in range(rounds):
        order = [("new", new), ("old", old)] if i % 2 == 0 else [("old", old), ("new", new)]
        for key, fn in order:
            times[key].append(once_s(fn)[0])
    return statistics.median(times["new"]), statistics.median(times["old"])


def _row(name: str, seconds: float, plain: float, note: str = "") -> Measure:
    m = Measure("blob store: " + name, "s", round(seconds, 3))
    m.plain = round(plain, 3)
    m.note = note
    return m


def measures(vault: Vault, work: Path, total_mib: int, count: int,
             log: Callable[[str], None] = lambda s: None) -> list[Measure]:
    bodies = _bodies(total_mib, count)
    total = sum(len(b) for b in bodies) / 2**20
    client = clients.create_client(vault, "Bench Chart", date_of_birth="1970-01-01")
    rows = []

    log(f"adding {count} attachments ({total:.0f} MiB)")
    plain = _plain_writes(work / "plain-writes", bodies)

    def add_all() -> None:
        for i, data in enumerate(bodies):
            attachments.import_attachment(vault, client.client_id, data, kind="stored_document", filename=f"{i}.pdf")

    seconds, _ = once_s(add_all)
    rows.append(_row(f"add {count} attachments ({total:.0f} MiB) vs {count} plain files, fsync each",
                     seconds, plain, f"{total / seconds:.0f} MiB/s vs {total / plain:.0f} MiB/s"))

    log("single-file backup")
    plain = _plain_copy(vault, work / "plain-copy")
    seconds, info = once_s(lambda: backup.create_backup(vault, work / "single", rotate_old=False))
    mib = info.bytes / 2**20
    rows.append(_row(f"single-file backup ({mib:.0f} MiB) vs a plain fsync'd copy of the vault's files",
                     seconds, plain))

    log("snapshots")
    seconds, snap = once_s(lambda: backup_repo.create_incremental(vault, work / "repo", rotate_old=False))
    rows.append(_row(f"first snapshot ({snap.vault_bytes / 2**20:.0f} MiB, {snap.chunks:,} chunks) vs the same "
                     "plain copy", seconds, plain))
    seconds, again = once_s(lambda: backup_repo.create_incremental(vault, work / "repo", rotate_old=False))
    rows.append(_row(f"second snapshot, nothing changed ({again.bytes_written / 2**20:.1f} MiB written)",
                     seconds, plain, "every blob dedupes"))

    def unchanged() -> None:
        backup_repo.create_incremental(vault, work / "repo", rotate_old=False)

    def unchanged_old() -> None:
        with _reuse_off():
            unchanged()

    new, old = _alternated(unchanged, unchanged_old, 3)
    m = _row("snapshot, nothing changed: blob chunk lists reused (new) vs every blob read (old, as 'plain')",
             new, old, f"median of 3 each, alternated; new/old = {new / old:.2f}")
    rows.append(m)
    # This row measures the chart's destruction alone: the copies are removed (a registered
    # copy that is gone is listed as not reachable, not purged).
    shutil.rmtree(work / "single", ignore_errors=True)
    shutil.rmtree(work / "repo", ignore_errors=True)

    log("destroying the chart")
    plain = _plain_scrub(work / "plain-scrub", bodies)
    seconds, cert = once_s(lambda: destruction.destroy(
        vault, client.chart_number, basis="override", confirm=client.chart_number,
        override_reason="benchmark of a destruction with attachments"))
    assert cert["verification"]["result"] == "passed"
    rows.append(_row(f"destroy the chart with its {count} attachments, verified (no backups) vs zeroing the same "
                     "plain files", seconds, plain, "the rest is compaction and rekey of the compartments"))
    return rows


def sweep_measures(vault: Vault, count: int, log: Callable[[str], None] = lambda s: None) -> list[Measure]:
    """The unlock's orphan sweep with `count` attachments (small bodies: the sweep's cost is
    per file, not per byte), the new step vs the old one on the same vault, alternated."""
    client = clients.create_client(vault, "Bench Sweep Chart", date_of_birth="1970-01-01")
    log(f"adding {count} small attachments for the sweep")
    with attachment_blobs.writes_in_transaction(vault):
        for start in range(0, count, 500):
            with vault.records.transaction():
                for i in range(start, min(count, start + 500)):
                    attachments.import_attachment(vault, client.client_id, b"%PDF-1.4\n" + os.urandom(200),
                                                  kind="stored_document", filename=f"{i}.pdf")
    attachment_blobs.sweep_intents(vault)  # what the first unlock after the import does
    new, old = _alternated(lambda: attachment_blobs.sweep_intents(vault),
                           lambda: attachment_blobs.sweep_orphans(vault), 7)
    m = Measure(f"blob store: unlock's orphan sweep, {count:,} attachments: intents (new) vs full sweep (old, as "
                "'plain')", "µs", round(new * 1e6, 1))
    m.plain = round(old * 1e6, 1)
    m.note = f"median of 7 each, alternated; new/old = {new / old:.3f}"
    return [m]


def practice_day(scale: int, total_mib: int, count: int, root: Path | None = None,
                 log: Callable[[str], None] = lambda s: None) -> list[Measure]:
    """A day's snapshot of the cached practice at `scale` holding `total_mib` of attachments:
    each round a day's work (20 notes, 5 attachments, not timed) then a snapshot, with the
    blobs' chunk lists reused (new) and with every blob read (old), in the order new, old,
    old, new (the snapshot after an "old" one reuses: the old code records identities too)."""
    from benchmarks import bench_backup_repo, practice
    from benchmarks.common import NO_KEYRING
    from benchmarks.common import PASSPHRASE as PRACTICE_PASSPHRASE
    from vault_app.services.vault import open_vault

    spec = practice.scaled(practice.FULL, scale) if scale > 1 else practice.FULL
    p = practice.cached(spec, log=log)
    work = Path(tempfile.mkdtemp(prefix="vault_app_bench_blobs_day_", dir=root))
    try:
        log(f"copying the {scale}x practice")
        vault = open_vault(practice.working_copy(p, work / "vault"), PRACTICE_PASSPHRASE, with_psychotherapy=True,
                           secrets_store=NO_KEYRING)
        try:
            log(f"adding {count} attachments ({total_mib} MiB) to the big chart")
            for data in _bodies(total_mib, count):
                attachments.add_attachment(vault, p.big_client, data, kind="other")
            log("first snapshot")
            first_s, first = once_s(lambda: backup_repo.create_incremental(vault, work / "repo", rotate_old=False))

            def snapshot() -> None:
                backup_repo.create_incremental(vault, work / "repo", rotate_old=False)

            log("days, alternated")
            times: dict[str, list[float]] = {"new": [], "old": []}
            for i in range(4):
                bench_backup_repo._a_days_work(vault, p.big_client)  # not timed
                key = "new" if i in (0, 3) else "old"
                if key == "new":
                    times[key].append(once_s(snapshot)[0])
                else:
                    with _reuse_off():
                        times[key].append(once_s(snapshot)[0])
            new, old = statistics.median(times["new"]), statistics.median(times["old"])
        finally:
            vault.lock()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    head = Measure(f"blob store at {scale}x: first snapshot ({first.vault_bytes / 2**20:.0f} MiB with "
                   f"{total_mib} MiB of attachments)", "s", round(first_s, 3))
    m = Measure(f"blob store at {scale}x: snapshot after a day's work (20 notes, 5 attachments), blobs reused "
                "(new) vs every blob read (old, as 'plain')", "s", round(new, 3), target=2.0)
    m.plain = round(old, 3)
    m.note = f"median of 2 each (new, old, old, new); new/old = {new / old:.2f}"
    return [head, m]


def fresh(root: Path | None = None, total_mib: int = 32, count: int = 16,
          log: Callable[[str], None] = lambda s: None, sweep_count: int = 2000) -> list[Measure]:
    """`measures` on a fresh vault of its own (what run_all calls: a few seconds at the defaults)."""
    work = Path(tempfile.mkdtemp(prefix="vault_app_bench_blobs_", dir=root))
    try:
        vault = create_vault(work / "vault", PASSPHRASE, params=OWASP_FLOOR).vault
        vault.unlock_psychotherapy(PASSPHRASE)  # a chart's destruction covers its psychotherapy notes
        try:
            rows = measures(vault, work, total_mib, count, log=log)
            return rows + (sweep_measures(vault, sweep_count, log=log) if sweep_count else [])
        finally:
            vault.lock()
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mib", type=int, default=32, help="total size of the attachments (default 32)")
    parser.add_argument("--count", type=int, default=16, help="number of attachments (default 16)")
    parser.add_argument("--sweep-count", type=int, default=2000,
                        help="attachments for the unlock's sweep row (default 2000; 0 leaves it out)")
    parser.add_argument("--practice-scale", type=int, default=0, metavar="N",
                        help="instead: a day's snapshot of the cached practice at N (1 or 4) with the attachments")
    args = parser.parse_args(argv)
    log = lambda s: print(s, file=sys.stderr)  # noqa: E731
    if args.practice_scale:
        rows = practice_day(args.practice_scale, args.mib, args.count, log=log)
    else:
        rows = fresh(None, args.mib, args.count, log=log, sweep_count=args.sweep_count)
    print(table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
