"""The restore of a snapshot purged by a destruction, against a plain decrypt-and-copy of
the same bytes, in the same run (issue 21 item 5, after item 2's purge).

On a copy of the cached practice: one verified snapshot (its check recorded), then a
verified destruction of the oldest adult chart (which purges the snapshot part by part:
snapshot_purge.purge_snapshot). Then, alternated so load falls on all alike:

- plain: the vault's files encrypted beforehand (untimed) as one AES-GCM stream; timed:
  decrypt and write them, fsync'd (bench_restore.plain_decrypt_copy);
- after (the default now): restore_snapshot relying on the record the purge carried
  forward (backup_checked.after_purge);
- before: restore_snapshot with every check (full=True): what every restore of a purged
  snapshot ran before the purge kept the record.

    .venv/bin/python -m benchmarks.bench_restore_purged [--scale 4] [--quick]
"""

from __future__ import annotations

import argparse
import shutil
import time
from pathlib import Path

from benchmarks import practice
from benchmarks.bench_restore import _encrypted_stream, plain_decrypt_copy
from benchmarks.common import NO_KEYRING, once_s
from benchmarks.vault_ops import _oldest_adult_chart
from vault_app.services import backup_checked, backup_keys, backup_repo, backup_repo_restore, destruction
from vault_app.services.backup_repo_read import open_snapshot
from vault_app.services.vault import Vault


def _restore(vault: Vault, snapshot: Path, dest: Path, full: bool) -> float:
    started = time.perf_counter()
    report = backup_repo_restore.restore_snapshot(snapshot, dest, current=vault, secrets_store=NO_KEYRING, full=full)
    seconds = time.perf_counter() - started
    if report.check != (backup_checked.FULL if full else backup_checked.RECORDED):
        raise RuntimeError(f"the restore ran the {report.check!r} check")  # measuring the wrong path
    shutil.rmtree(dest)
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    practice.add_arguments(parser)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args(argv)
    with practice.opened_copy(args, "h9-restore-purged-") as (vault, work, _p):
        snapshot = Path(backup_repo.create_incremental(vault, work / "repo", verify=True, rotate_old=False).path)
        chart = _oldest_adult_chart(vault)
        cert = destruction.destroy(vault, chart, basis="override", confirm=chart,
                                   override_reason="benchmark of a restore after a destruction")
        statuses = [b.get("status") for b in cert["verification"]["backups"] if b["path"] == str(snapshot)]
        body = open_snapshot(snapshot.read_bytes(), backup_keys.vault_source(vault))[2]
        if statuses != ["purged"] or "purged" not in body.get(backup_checked.KEY, {}):
            raise RuntimeError(f"the snapshot was not purged with its record kept: {statuses}")
        for comp in vault.open_compartments():
            comp.checkpoint()
        stream = work / "plain-stream"
        key, sizes = _encrypted_stream(vault.folder, stream)
        mib = sum(s for _, s in sizes) / 2**20
        plain: list[float] = []
        after: list[float] = []
        before: list[float] = []
        for run in range(args.runs):
            dest = work / f"plain-{run}"
            plain.append(once_s(lambda dest=dest: plain_decrypt_copy(stream, key, sizes, dest))[0])  # type: ignore[misc]
            shutil.rmtree(dest)
            after.append(_restore(vault, snapshot, work / f"after-{run}", False))
            before.append(_restore(vault, snapshot, work / f"before-{run}", True))
    p = min(plain)
    print(f"restore of a purged snapshot, {args.scale}x, {mib:.0f} MiB; runs alternated: plain {plain}, "
          f"after {after}, before {before}")
    print("| restore after a destruction | s | plain s | / plain |")
    print("|---|---|---|---|")
    for name, times in (("after: relies on the record the purge kept", after),
                        ("before: every check (the record was dropped)", before)):
        print(f"| {name} | {min(times):.2f} | {p:.2f} | {min(times) / p:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
