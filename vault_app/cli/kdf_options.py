"""The --kdf-* options of the commands that make or re-wrap a vault's key (init, demo,
passphrase change, recover, rekey), and the Argon2id settings they ask for."""

from __future__ import annotations

import argparse

from vault_app.crypto.kdf import KdfChange


def kdf_from_args(args: argparse.Namespace) -> KdfChange | None:
    """The Argon2id settings given as options; each one not given keeps the vault's own (a new
    vault's: kdf.for_new_vault). Found: --kdf-iterations alone reset the memory to 256 MiB,
    --kdf-memory-mib alone the iterations to 3, and --kdf-parallelism alone was ignored."""
    memory = getattr(args, "kdf_memory_mib", None)
    asked = KdfChange(memory_kib=None if memory is None else memory * 1024,
                      iterations=getattr(args, "kdf_iterations", None),
                      parallelism=getattr(args, "kdf_parallelism", None))
    return None if asked == KdfChange() else asked


def add_kdf_args(p: argparse.ArgumentParser, *, existing: bool = False) -> None:
    """Each option alone changes only its own setting (kdf_from_args); the others stay. With none
    given, an existing vault's settings are recalibrated on this computer (kdf.for_change)."""
    kept = "with no --kdf option, calibrated on this computer, never below the vault's; else the vault's"
    memory = kept if existing else "256"
    iterations = kept if existing else "calibrated to ~1 s, or 3 if the memory is given"
    lanes = kept if existing else "4, or 1 below 64 MB"
    p.add_argument("--kdf-memory-mib", type=int, metavar="MIB",
                   help=f"Argon2id memory in MB (default: {memory}; never below 19)")
    p.add_argument("--kdf-iterations", type=int, metavar="N",
                   help=f"Argon2id iterations (default: {iterations}; never below 2)")
    p.add_argument("--kdf-parallelism", type=int, metavar="N",
                   help=f"Argon2id lanes (default: {lanes}; 1 to 16)")
