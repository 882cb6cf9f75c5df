"""Verified restore against a plain decrypt-and-copy of the same bytes, in the same run
(issue 21 item 5: a verified restore within 2x of the plain copy).

- plain: the vault's files (header and three compartments, as a backup holds them)
  encrypted beforehand, untimed, in 1 MiB AES-256-GCM blocks into one stream file;
  timed: read that stream, decrypt every block, write the files, fsync each. What any
  restore of an encrypted backup must at least do.
- restore (the default, fast path): `restore_backup` of a single-file backup made with
  verification (so its pages and ledger chain were checked before packing and that is
  recorded inside it: services/backup_checked.py) into an empty folder, the key from the
  open vault (no key derivation in either measure): the trailer hash, decryption, part
  hashes, the header's MAC, the ledger's head against the recorded one, destructions
  re-applied, the restore recorded, the files moved in.
- full restore (`full=True`, the CLI's --full; also what a backup from before the record
  gets): the same plus every page of every compartment and the whole ledger chain.

Part of `make bench` (benchmarks/run_all.py). Standalone, on a copy of the cached
practice (1x, or --scale 4); --profile prints where the restore spends its time:

    .venv/bin/python -m benchmarks.bench_restore [--scale 4] [--quick] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import shutil
import sys
import time
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from benchmarks import practice
from benchmarks.common import NO_KEYRING, Measure, once_s, table
from vault_app.services import backup, backup_checked, backup_restore
from vault_app.services.vault import Vault
from vault_app.storage import header as header_io
from vault_app.storage.compartment import COMPARTMENT_FILES

BLOCK = 1 << 20
RATIO_TARGET = 2.0
_NAMES = (header_io.HEADER_NAME, *COMPARTMENT_FILES.values())


def _encrypted_stream(folder: Path, stream: Path) -> tuple[bytes, list[tuple[str, int]]]:
    """The files of `folder` as one AES-256-GCM stream (untimed setup). (key, [(name, size)])."""
    key = AESGCM.generate_key(256)
    aead = AESGCM(key)
    sizes: list[tuple[str, int]] = []
    counter = 0
    with stream.open("wb") as out:
        for name in _NAMES:
            sizes.append((name, (folder / name).stat().st_size))
            with (folder / name).open("rb") as src:
                while block := src.read(BLOCK):
                    nonce = counter.to_bytes(12, "big")
                    counter += 1
                    out.write(aead.encrypt(nonce, block, None))
        out.flush()
        os.fsync(out.fileno())
    return key, sizes


def plain_decrypt_copy(stream: Path, key: bytes, sizes: list[tuple[str, int]], dest: Path) -> None:
    """Read the stream, decrypt every block, write the files, fsync each file and the folder."""
    aead = AESGCM(key)
    dest.mkdir(mode=0o700)
    counter = 0
    with stream.open("rb") as src:
        for name, size in sizes:
            with (dest / name).open("wb") as out:
                left = size
                while left > 0:
                    n = min(BLOCK, left)
                    blob = src.read(n + 16)
                    out.write(aead.decrypt(counter.to_bytes(12, "big"), blob, None))
                    counter += 1
                    left -= n
                out.flush()
                os.fsync(out.fileno())
    fd = os.open(dest, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _restore(vault: Vault, path: Path, target: Path, full: bool, profile: str) -> float:
    profiler = cProfile.Profile() if profile else None
    start = time.perf_counter()
    if profiler is not None:
        profiler.enable()
    report = backup_restore.restore_backup(path, target, current=vault, secrets_store=NO_KEYRING, full=full)
    if profiler is not None:
        profiler.disable()
    seconds = time.perf_counter() - start
    if report.check != (backup_checked.FULL if full else backup_checked.RECORDED):
        raise RuntimeError(f"the restore ran the {report.check!r} check")  # the harness measures the wrong path
    shutil.rmtree(target)
    if profiler is not None:
        print(f"--- {profile}", file=sys.stderr)
        pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative").print_stats(30)
    return seconds


def _restore_vs_plain(vault: Vault, work: Path, path: Path, stream: Path, key: bytes, sizes: list[tuple[str, int]],
                      name: str, profile: bool) -> list[Measure]:
    plains: list[float] = []
    fast: list[float] = []
    full: list[float] = []
    for run in range(2):  # alternated, so load on the machine falls on all three alike
        dest = work / f"plain-{run}"
        seconds, _ = once_s(lambda dest=dest: plain_decrypt_copy(stream, key, sizes, dest))  # type: ignore[misc]
        plains.append(seconds)
        shutil.rmtree(dest)
        last = profile and run == 1
        fast.append(_restore(vault, path, work / f"restored-{run}", False, f"{name} (fast)" if last else ""))
        full.append(_restore(vault, path, work / f"restored-full-{run}", True, f"{name} (full)" if last else ""))
    rows = []
    for kind, times in (("relying on the check made at creation (the default)", fast),
                        ("--full (every page and the chain again)", full)):
        row = Measure(f"{name}: {kind}", "s", round(min(times), 3))
        row.plain, row.ratio_target = round(min(plains), 3), RATIO_TARGET
        row.note = (f"target: ratio <= {RATIO_TARGET:g}; restores {[round(r, 2) for r in times]} s, "
                    f"plain {[round(p, 2) for p in plains]} s")
        row.extra = {"restores_s": times, "plain_s": plains}
        rows.append(row)
    # The target is the default path's; --full is reported beside it, not held to it.
    rows[1].ratio_target = None
    rows[1].note = "forced full check, reported beside (no target); " + rows[1].note
    return rows


def measures(vault: Vault, work: Path, label: str = "", *, profile: bool = False) -> list[Measure]:
    """The restore of a backup whose ledger is not sealed yet (a vault from before seals,
    until its first audit: the practice as built), then, after the first audit sealed it,
    of a new backup (every vault after its first audit)."""
    rows: list[Measure] = []
    for sealed in (False, True):
        if sealed:
            vault.verify_ledger()  # the therapist's first full audit seals the ledger's segments
        # A folder of its own per round: the first round's folder, emptied below, is one this vault's
        # register names backups in, none there: refused as an unplugged drive's (backup_folder_connected).
        folder = work / f"restore-backups-{'sealed' if sealed else 'unsealed'}"
        made = backup.create_backup(vault, folder, rotate_old=False, verify=True)
        # The same bytes the backup holds (its parts are copies through SQLite's backup
        # API of these files, the same size), encrypted the plain way.
        for comp in vault.open_compartments():
            comp.checkpoint()
        stream = work / "plain-stream"
        key, sizes = _encrypted_stream(vault.folder, stream)
        mib = sum(s for _, s in sizes) / 2**20
        state = "sealed ledger (after the first audit)" if sealed else "ledger not sealed yet"
        rows += _restore_vs_plain(
            vault, work, Path(made.path), stream, key, sizes,
            f"{label}verified restore vs a plain decrypt-and-copy (AES-GCM, fsync'd) of the same {mib:.0f} MiB, "
            f"{state}", profile)
        stream.unlink()
        shutil.rmtree(folder, ignore_errors=True)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    practice.add_arguments(parser)
    parser.add_argument("--profile", action="store_true", help="profile the second restore (to stderr)")
    args = parser.parse_args(argv)
    with practice.opened_copy(args, "vault_app_bench_restore_") as (vault, work, _p):
        rows = measures(vault, work, f"{args.scale}x: ", profile=args.profile)
    print(table(rows))
    return 0 if all(m.passed is not False for m in rows) else 1


__all__ = ["measures", "plain_decrypt_copy"]

if __name__ == "__main__":
    raise SystemExit(main())
