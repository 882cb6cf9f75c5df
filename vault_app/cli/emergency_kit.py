"""The Emergency Kit as `init` and `rekey` give it: its --recovery-key-out file checked before
the keys are made, written after them, and why it could not be written said after the key
was printed; the signing key's fingerprint printed with it."""

from __future__ import annotations

import argparse
from pathlib import Path

from vault_app.cli import common
from vault_app.domain.errors import VaultError
from vault_app.services import vault_folder


def signing_fingerprint(public_key: bytes) -> str:
    from vault_app.crypto.signing import fingerprint

    return fingerprint(public_key)


def kit_file_possible(args: argparse.Namespace, new_vault: Path | None = None) -> None:
    """--recovery-key-out checked before the keys are made: the key is written after them,
    and a failure there ended the command before the key was printed (found: `init
    --recovery-key-out nodir/kit.txt` made the vault and showed its recovery key nowhere;
    `rekey` would have replaced the old key by one nobody saw). `new_vault`: the folder `init`
    makes its vault in, which holds none yet (found by the attacker's walk: `init
    --recovery-key-out <that folder>/kit.txt` made the vault, then refused the file)."""
    from vault_app.services.output_file import refuse_kit_places

    common.output_file_possible(getattr(args, "recovery_key_out", None), "Emergency Kit",
                                first=lambda out: refuse_kit_places(out, new_vault=new_vault))


def save_kit(args: argparse.Namespace, recovery_key: str) -> VaultError | None:
    """The Emergency Kit file, or why it could not be written (a full disk after the check):
    the caller still prints the key, then this error."""
    if not args.recovery_key_out:
        return None
    try:
        vault_folder.save_recovery_key_text(Path(args.recovery_key_out), recovery_key)
    except VaultError as err:
        err.hint = "The recovery key was printed above and was not saved to the file: write it down now."
        return err
    return None


def kit_not_saved(args: argparse.Namespace, err: VaultError | None) -> int:
    if err is None:
        return 0
    common.emit_error(args, err)
    return int(err.exit_code)
