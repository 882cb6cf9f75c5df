"""Incremental backups (issue 21 item 3): a snapshot into a backup repository of
encrypted, deduplicated chunks, against baselines measured in the same run.

- first full snapshot vs a plain fsync'd copy of the same files (target: at least 40%
  of the copy's speed, i.e. at most 2.5 times its time);
- a snapshot after a day's work (20 notes, 5 attachments) (target at 4x: <= 2 s), next
  to a full single-file backup of the same vault made just before it;
- a complete verify of that snapshot (information).

Part of `make bench` (benchmarks/run_all.py runs `measures` at the end of its session).
Standalone, on a copy of the cached practice (1x, or --scale 4):

    .venv/bin/python -m benchmarks.bench_backup_repo [--scale 4] [--quick]
"""

from __future__ import annotations

import argparse
import os
import shutil
import time
from datetime import date
from pathlib import Path

from benchmarks import practice
from benchmarks.common import Measure, once_s, table
from vault_app.services import attachments, backup, backup_repo, notes
from vault_app.services.vault import Vault
from vault_app.storage import header as header_io
from vault_app.storage.compartment import COMPARTMENT_FILES

DAY_NOTES = 20
DAY_ATTACHMENTS = 5
ATTACHMENT_BYTES = 300_000


def _plain_copy(vault: Vault, dest: Path) -> float:
    """Seconds to copy the same files (checkpointed, as the snapshot reads them) with an
    fsync each: what any backup must at least do."""
    for comp in vault.open_compartments():
        comp.checkpoint()
    dest.mkdir()
    start = time.perf_counter()
    names = [header_io.HEADER_NAME, *COMPARTMENT_FILES.values()]
    for name in names:
        with (vault.folder / name).open("rb") as src, (dest / name).open("wb") as out:
            shutil.copyfileobj(src, out, 4 << 20)
            out.flush()
            os.fsync(out.fileno())
    elapsed = time.perf_counter() - start
    shutil.rmtree(dest)
    return elapsed


def _a_days_work(vault: Vault, client_id: str) -> None:
    for i in range(DAY_NOTES):
        notes.create_progress_note(vault, client_id, text=f"Session today {i}: " + os.urandom(600).hex())
    for i in range(DAY_ATTACHMENTS):
        data = b"%PDF-1.4\n" + os.urandom(ATTACHMENT_BYTES)
        attachments.add_attachment(vault, client_id, data, kind="consent", filename=f"scan-{date.today()}-{i}.pdf")


def measures(vault: Vault, work: Path, client_id: str, label: str = "") -> list[Measure]:
    repo = work / "repository"
    copies = [_plain_copy(vault, work / "plain-copy-a")]
    seconds, first = once_s(lambda: backup_repo.create_incremental(vault, repo, rotate_old=False))
    copies.append(_plain_copy(vault, work / "plain-copy-b"))
    mib = first.vault_bytes / 2**20
    full = Measure(f"{label}incremental backup: first full snapshot ({mib:.0f} MiB, {first.chunks:,} chunks) "
                   "vs a plain fsync'd copy of the same files", "s", round(seconds, 3))
    full.plain, full.ratio_target = round(min(copies), 3), 2.5
    full.note = (f"target: >= 40% of the copy's speed (ratio <= 2.5); "
                 f"{mib / seconds:.0f} MiB/s vs {mib / min(copies):.0f} MiB/s")
    full.extra = {"chunks": first.chunks, "bytes_written": first.bytes_written, "copies_s": copies}

    _a_days_work(vault, client_id)
    single_s, single = once_s(lambda: backup.create_backup(vault, work / "single", rotate_old=False))
    Path(single.path).unlink()
    seconds, day = once_s(lambda: backup_repo.create_incremental(vault, repo, rotate_old=False))
    after = Measure(f"{label}incremental backup after a day's work ({DAY_NOTES} notes, {DAY_ATTACHMENTS} "
                    f"attachments): {day.chunks_written} new chunks, {day.bytes_written / 2**20:.1f} MiB written",
                    "s", round(seconds, 3), target=2.0)
    after.note = f"target is for 4x; a full single-file backup of the same vault: {single_s:.2f} s"
    after.extra = {"single_file_backup_s": round(single_s, 3), "chunks": day.chunks,
                   "chunks_written": day.chunks_written, "bytes_written": day.bytes_written}

    seconds, _ = once_s(lambda: backup_repo.verify_snapshot(Path(day.path), vault=vault))
    check = Measure(f"{label}verify that snapshot (every chunk, part hashes, every page, ledger chain)", "s",
                    round(seconds, 3))
    shutil.rmtree(repo, ignore_errors=True)
    return [full, after, check]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    practice.add_arguments(parser)
    args = parser.parse_args(argv)
    with practice.opened_copy(args, "vault_app_bench_repo_") as (vault, work, p):
        rows = measures(vault, work, p.big_client, f"{args.scale}x: ")
    print(table(rows))
    return 0 if all(m.passed is not False for m in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
