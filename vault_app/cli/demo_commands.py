"""vault-app demo: create a NEW vault filled with a synthetic, clearly fictional practice."""

from __future__ import annotations

import argparse

from vault_app.cli import common
from vault_app.cli.kdf_options import add_kdf_args, kdf_from_args
from vault_app.services import demo
from vault_app.services import vault as vault_service


def cmd_demo(args: argparse.Namespace) -> int:
    folder = common.vault_folder(args)
    common.refuse_a_folder_of_other_files(folder, "created")
    phrase = common.passphrase(args)
    created = vault_service.create_vault(
        folder, phrase, params=kdf_from_args(args), use_device_secret=not args.no_keyring
    )
    vault = created.vault
    try:
        vault.unlock_psychotherapy(phrase)
        summary = demo.populate(vault, clients=args.clients, notes_per_client=args.notes_per_client, seed=args.seed,
                                psychotherapy_every=args.psychotherapy_every)
    finally:
        vault.lock()
    data = summary.as_dict() | {"folder": str(folder), "vault_id": created.vault.vault_id,
                                "recovery_key": created.recovery_key}
    common.emit(args, data, lambda: (
        f"Demo vault created in {folder} (fictional data only).\n"
        f"{summary.clients} clients, {summary.cases} joint cases, {summary.sessions} sessions, "
        f"{summary.progress_notes} progress notes, {summary.psychotherapy_notes} psychotherapy notes "
        f"in {summary.seconds} s.\nRecovery key (demo vault): {created.recovery_key}"
    ))
    return 0


def register(sub: argparse._SubParsersAction, common_parent: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("demo", parents=[common_parent],
                       help="create a new vault with a synthetic practice (for trying the app and benchmarks)")
    p.add_argument("--clients", type=int, default=30, help="how many fictional clients (default 30)")
    p.add_argument("--notes-per-client", type=int, default=12,
                   help="sessions, each with a progress note, per client (default 12)")
    p.add_argument("--seed", type=int, default=1, help="seed of the fictional data's random choices (default 1)")
    p.add_argument("--psychotherapy-every", type=int, default=3, help="a psychotherapy note every N sessions (0: none)")
    p.add_argument("--no-keyring", action="store_true", help="do not store a device secret in the OS keyring")
    add_kdf_args(p)
    p.set_defaults(handler=cmd_demo)
