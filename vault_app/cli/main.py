"""The scripting interface: a thin shell over the services.

Each command group lives in its own module with a `register(sub, parent)`
function; add a module to COMMAND_MODULES to expose it.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import sys
import traceback

from vault_app import __version__
from vault_app.cli import common
from vault_app.domain.errors import ExitCode, VaultError

COMMAND_MODULES = [
    "vault_app.cli.vault_commands",
    "vault_app.cli.practice_commands",
    "vault_app.cli.clinical_commands",
    "vault_app.cli.guardian_commands",
    "vault_app.cli.retention_commands",
    "vault_app.cli.decision_commands",
    "vault_app.cli.disclosure_commands",
    "vault_app.cli.backup_commands",
]

EPILOG = """exit codes:
  0 ok                      5 tampered vault or broken ledger
  1 internal error (a bug)  6 refused by policy (e.g. no valid authorization)
  2 usage or invalid input  7 environment (disk full, permissions, I/O)
  3 wrong passphrase or     8 not found (no vault, unknown id)
    recovery key            9 keyring item missing or keyring unusable
  4 corrupt or missing vault file
"""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"error: {message}", file=sys.stderr)
        raise SystemExit(int(ExitCode.USAGE))


def build_parser() -> argparse.ArgumentParser:
    parent = _Parser(add_help=False)
    common.add_common(parent)
    parser = _Parser(
        prog="vault-app",
        description="An encrypted, offline note vault for therapists. Without a command, opens the desktop app.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[parent],
    )
    parser.add_argument("--version", action="version", version=f"vault-app {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub, parent)
    return parser


def run(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return int(ExitCode.USAGE)
    try:
        return int(handler(args))
    except VaultError as err:
        common.emit_error(args, err)
        return int(err.exit_code)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`vault-app ... | head`): the work is done; say nothing more.
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except Exception as exc:  # a bug: say so without leaking data from the message
        if os.environ.get("VAULT_APP_DEBUG"):
            traceback.print_exc()
        else:
            frames = traceback.extract_tb(exc.__traceback__)
            where = f"{frames[-1].filename.rsplit('/', 1)[-1]}:{frames[-1].lineno}" if frames else "?"
            print(
                f"internal error ({type(exc).__name__} at {where}). Nothing further was changed. "
                "Please report this; set VAULT_APP_DEBUG=1 for details.",
                file=sys.stderr,
            )
        return int(ExitCode.INTERNAL)
