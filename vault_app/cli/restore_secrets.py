"""What opens a backup for `backup restore`: the passphrase, or the Emergency Kit's recovery key
with the restored vault's new passphrase. At a terminal with neither file given, the one
prompt takes either: Enter alone asks for the recovery key, and a recovery key typed at the
passphrase prompt is used as one (found by a walker on a new computer: the kit typed there was
refused as a wrong passphrase, exit 3, and the option that takes it was never named)."""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass

from vault_app.cli import common
from vault_app.domain.errors import WrongPassphrase
from vault_app.domain.recovery_key_shape import looks_like_recovery_key

PROMPT = "Vault passphrase (or press Enter to use your Emergency Kit's recovery key): "


@dataclass(frozen=True)
class Secrets:
    passphrase: str | None = None
    recovery_key: str | None = None
    new_passphrase: str | None = None
    # With the kit: the passphrase given too (VAULT_APP_PASSPHRASE, --passphrase-file) is the current
    # vault's, to read its destructions when its keys were replaced since the backup (restore_destructions).
    current_passphrase: str | None = None


def _at_a_terminal(args: argparse.Namespace) -> bool:
    return (not getattr(args, "passphrase_file", None) and "VAULT_APP_PASSPHRASE" not in os.environ
            and "VAULT_APP_RECOVERY_KEY" not in os.environ and sys.stdin.isatty())


def _new_passphrase(args: argparse.Namespace) -> str | None:
    """With the kit, the restored vault's new passphrase: from its file or variable, else asked
    twice at a terminal. A script that gives none is not asked: the vault keeps the passphrase it
    had, and the report names `vault-app recover`."""
    given = getattr(args, "new_passphrase_file", None) or "VAULT_APP_NEW_PASSPHRASE" in os.environ
    if not given and not sys.stdin.isatty():
        return None
    if not given:
        print("Choose the passphrase the restored vault will open with (at least 8 characters).", flush=True)
    return common.new_passphrase(args)


def _recovery_key(args: argparse.Namespace) -> str:
    return common.read_secret(args, env="VAULT_APP_RECOVERY_KEY", file_attr="recovery_key_file",
                              prompt="Recovery key (from your Emergency Kit): ", what="recovery key")


def _current(args: argparse.Namespace) -> str | None:
    """The current vault's passphrase given beside the recovery key, never asked for: a restore
    without it says how to give it (found by a walker: the old kit read the current vault and called
    it "altered")."""
    if getattr(args, "passphrase_file", None) or os.environ.get("VAULT_APP_PASSPHRASE"):
        return common.passphrase(args)
    return None


def read(args: argparse.Namespace) -> Secrets:
    if getattr(args, "recovery_key_file", None) or (
            "VAULT_APP_RECOVERY_KEY" in os.environ and not getattr(args, "passphrase_file", None)):
        key = _recovery_key(args)
        return Secrets(recovery_key=key, new_passphrase=_new_passphrase(args), current_passphrase=_current(args))
    if not _at_a_terminal(args):
        return Secrets(passphrase=common.passphrase(args))
    typed = common.read_secret(args, env="VAULT_APP_PASSPHRASE", file_attr="passphrase_file", prompt=PROMPT,
                               what="passphrase")
    if not typed:
        key = _recovery_key(args)
    elif looks_like_recovery_key(typed):
        print("That is the shape of your Emergency Kit's recovery key: the backup is opened with it.", flush=True)
        key = typed
    else:
        return Secrets(passphrase=typed)
    return Secrets(recovery_key=key, new_passphrase=_new_passphrase(args))


KIT_WAYS = "press Enter at the passphrase prompt and type its recovery key, or give --recovery-key-file FILE."


def wrong_passphrase(exc: WrongPassphrase) -> WrongPassphrase:
    """The refusal of a passphrase, naming the ways to the Emergency Kit. A refusal that says the
    device secret (backup.passphrase_wrong_device_secret: a recovery with the kit replaced the one
    of the backup's day) keeps its hint, the command line's ways to the kit added (found, round 46:
    this hint replaced it, and the device secret went unsaid)."""
    if exc.code == "backup.passphrase_wrong_device_secret":
        hint = f"{exc.hint} With the Emergency Kit here: {KIT_WAYS}"
    else:
        hint = ("A backup opens with the passphrase the vault had when the backup was made, or with your Emergency "
                f"Kit: {KIT_WAYS}")
    return WrongPassphrase(exc.message, code=exc.code, params=exc.params, hint=hint)
