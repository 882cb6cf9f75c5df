"""The scripting interface: a thin shell over the services.

Each command group lives in its own module with a `register(sub, parent)`
function. COMMANDS names every top-level command, the module that registers it and
its one-line help, so that a run imports only the module of the command it runs
(`--version`, `--help` and the desktop app import none): the PDF and image stack
alone costs about a second of CPU on a busy laptop. tests/core/test_cli_dispatch.py
checks that this table matches what the modules register.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import traceback
from collections.abc import Sequence

from vault_app import __version__
from vault_app.cli import common
from vault_app.cli.json_stderr import json_lines
from vault_app.domain.errors import ExitCode, VaultError

# (command, module under vault_app.cli, help), in the order `vault-app --help` lists them.
COMMANDS: tuple[tuple[str, str, str], ...] = (
    ("init", "vault_commands", "create a new vault"),
    ("unlock-check", "vault_commands", "unlock, verify the ledger and check every page"),
    ("info", "vault_commands", "format, KDF settings, keyring use (no secrets)"),
    ("passphrase", "vault_commands", "passphrase management"),
    ("recover", "vault_commands", "use the Emergency Kit to set a new passphrase"),
    ("rekey", "vault_commands",
     "replace every key (new master key, compartments re-encrypted, new Emergency Kit)"),
    ("reveal-key", "vault_commands", "show one compartment's raw SQLCipher key (logged)"),
    ("audit", "vault_commands", "ledger audit"),
    ("practice", "practice_commands", "practice profile and jurisdiction settings"),
    ("client", "clinical_commands", "clients and joint cases"),
    ("session", "session_commands", "sessions"),
    ("plan", "plan_commands", "treatment plans"),
    ("note", "note_commands", "progress and psychotherapy notes"),
    ("search", "note_commands", "full-text search of names, notes and attached documents"),
    ("measure", "measure_commands", "outcome measures (PHQ-9, GAD-7): add, correct, list, show, trend"),
    ("carry-forward", "faster_notes_commands",
     "start a progress note from the chart's newest signed note (plan and goals, marked as carried)"),
    ("snippet", "faster_notes_commands", "personal text snippets (kept encrypted)"),
    ("demo", "demo_commands",
     "create a new vault with a synthetic practice (for trying the app and benchmarks)"),
    ("attachment", "attachment_commands",
     "a chart's attached documents: list, show, rename or date (attach: client attach)"),
    ("guardian", "guardian_commands",
     "list, correct or remove a client's guardians (add: client update --guardian)"),
    ("retention", "retention_policy_commands", "retention policy and eligible charts"),
    ("hold", "retention_commands", "legal holds (a held chart cannot be destroyed)"),
    ("destroy", "retention_commands",
     "destroy a chart or selected psychotherapy notes, verifiably (asks for the passphrase)"),
    ("destruction", "retention_commands", "recorded destructions"),
    ("certificate", "certificate_commands", "destruction certificates"),
    ("decision", "decision_commands", "confidentiality decisions (DEAL: duty, exception, ask, law)"),
    ("auth", "auth_commands", "authorizations (HIPAA 164.508) and Part 2 consents"),
    ("export", "disclosure_commands", "disclose records through the gate (logged)"),
    ("disclose-manual", "disclosure_commands", "record a disclosure made outside the app"),
    ("accounting", "disclosure_commands", "signed accounting of disclosures (164.528)"),
    ("accounting-verify", "disclosure_commands", "check an accounting's signature"),
    ("accounting-suspension", "disclosure_commands",
     "law-enforcement/oversight suspension of an accounting (164.528(a)(2))"),
    ("dashboard", "disclosure_commands", "requests due, authorizations expiring"),
    ("request", "disclosure_request_commands", "client requests: access, amendment, accounting"),
    ("amendment", "amendment_commands", "amendment requests (164.526)"),
    ("restriction", "restriction_commands", "restrictions the client asked for (164.522(a))"),
    ("complaint", "complaint_commands", "complaints received and their disposition (45 CFR 164.530(d)(2))"),
    ("closure-notice", "closure_commands",
     "the notice of closure to a client, or to every active client, when the practice closes"),
    ("compliance", "compliance_commands",
     "compliance records kept after a chart's destruction (45 CFR 164.530(j))"),
    ("backup", "backup_commands", "encrypted backups: create, verify, list, locate, restore, settings, auto"),
    ("appt", "appointment_commands", "appointments: the day and week agenda"),
    ("fee", "appointment_commands", "fee schedule, missed-appointment policy, session fees"),
    ("superbill", "appointment_commands",
     "superbill or statement PDF for the client's own reimbursement (logged)"),
    ("payment", "appointment_commands", "payments and a client's balance"),
    ("import", "import_commands", "bring charts in from SimplePractice, a client-list CSV or a folder of PDFs"),
    ("open-export", "open_export_commands",
     "the whole chart in one encrypted, openly documented file (through the gate, logged)"),
)
COMMAND_MODULES = list(dict.fromkeys(f"vault_app.cli.{module}" for _, module, _ in COMMANDS))

EPILOG = """exit codes:
  0 ok                      5 tampered vault or broken ledger
  1 internal error (a bug)  6 refused by policy (e.g. no valid authorization)
  2 usage or invalid input  7 environment (disk full, permissions, I/O)
  3 wrong passphrase or     8 not found (no vault, unknown id)
    recovery key            9 keyring item missing or keyring unusable
  4 corrupt or missing vault file
 10 backup verify: the backup is whole but still holds a destroyed chart
 11 unlock-check: the vault is whole but a "Replace every key" did not finish
"""


class _Parser(argparse.ArgumentParser):
    # Set by `run` for the run under way: usage errors as JSON (found: `client show --json`
    # without its id printed argparse's text to a script that reads JSON).
    json_errors = False

    def error(self, message: str) -> None:  # type: ignore[override]
        if _Parser.json_errors:
            common.say_error(True, "usage", message, self.format_usage().strip(), int(ExitCode.USAGE))
        else:
            self.print_usage(sys.stderr)
            print(f"error: {message}", file=sys.stderr)
        raise SystemExit(int(ExitCode.USAGE))


class _CommandParser(_Parser):
    """A command's parser (and its actions' parsers, which take its class): an argument it
    does not know is refused with its own usage. argparse hands it up to vault-app's parser,
    whose usage names none of the command's options (found: `session list --client X`)."""

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        parsed, extra = super().parse_known_args(args, namespace)
        if extra:
            self.error(f"unrecognized arguments: {' '.join(extra)}")
        return parsed, extra


class _NotSure(Exception):
    """The quick look at the arguments could not tell; the real parser will explain."""


class _QuickParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise _NotSure(message)


def chosen_command(argv: list[str]) -> tuple[str | None, bool]:
    """(the command argv names or None, whether argv holds anything besides the global
    options). Uses argparse itself, so abbreviations and `--vault=DIR` parse as they will
    for real, but builds no command's parser and imports no command module."""
    parent = _QuickParser(add_help=False)
    common.add_common(parent)
    parser = _QuickParser(add_help=False, parents=[parent])
    sub = parser.add_subparsers(dest="command", parser_class=_QuickParser)
    for name, _, _ in COMMANDS:
        sub.add_parser(name, add_help=False)
    try:
        args, extra = parser.parse_known_args(argv)
    except _NotSure:
        return None, True
    command = getattr(args, "command", None)
    return command, command is not None or bool(extra)


def build_parser(command: str | None = None, *, every_command: bool = True) -> argparse.ArgumentParser:
    """The real parser. With `command`, only that command's module is imported; the other
    commands are listed (same names and help) without their arguments."""
    parent = _CommandParser(add_help=False)  # the options every command shares
    common.add_common(parent)
    parser = _Parser(
        prog="vault-app",
        # Two lines: the raw formatter does not wrap, and one line ran past an 80-column terminal.
        description="An encrypted, offline note vault for therapists.\nWithout a command, opens the desktop app.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[parent],
    )
    parser.add_argument("--version", action="version", version=f"vault-app {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_CommandParser)
    wanted = {module for name, module, _ in COMMANDS if (every_command and command is None) or name == command}
    for name, module, help_text in COMMANDS:
        if name in sub.choices:
            continue
        if module in wanted:
            # An import statement (not importlib), so `python -X importtime` lists the module.
            __import__(f"vault_app.cli.{module}", fromlist=["register"]).register(sub, parent)
            _table_help(sub)
        else:
            sub.add_parser(name, parents=[parent], help=help_text)
    _as_people_type(parser)
    return parser


def _table_help(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """The one-line help `vault-app --help` prints is the table's, whichever module registered
    the command: the lazy and the full parser then print the same line by construction (found:
    backup's line still said "create, verify, list, restore" after settings and auto came)."""
    lines = {name: text for name, _, text in COMMANDS}
    for action in sub._choices_actions:
        action.help = lines.get(action.dest, action.help)


_PATH_METAVARS = frozenset({"FILE", "DIR", "JSON"})
_PATH_DESTS = frozenset({"file", "folder", "out"})


def _user_path(value: str) -> str:
    """'~/Documents/x' as the shell would have made it. A path quoted for its spaces keeps
    its '~' (found: `--passphrase-file "~/My files/pass.txt"` and `note add --file "~/…"`
    were not found, while `--vault` and `backup --to` expanded theirs)."""
    return os.path.expanduser(value) if value.startswith("~") else value


# Actions that take no value of their own (flags, --help, --version, the command's name).
_NO_VALUE = (argparse._StoreConstAction, argparse._HelpAction, argparse._VersionAction, argparse._CountAction,
             argparse._SubParsersAction)


def _words(value: str) -> str:
    """An argument that is words (a name, a chart number, a text), not a path: bytes that are not
    UTF-8 (a terminal or a pasted text in Latin-1) are refused here, in words. Found: `client add`,
    `client show` and `note list` with such a name ended in "internal error (UnicodeEncodeError at
    compartment.py)". A path keeps them: a file's name may hold any bytes."""
    if any("\udc80" <= ch <= "\udcff" for ch in value):
        raise argparse.ArgumentTypeError(
            "these words hold characters that are not readable text (typed or pasted from a terminal set to "
            "another character set than UTF-8, such as Latin-1); type them again in a terminal set to UTF-8")
    return value


# Options that take a day: their --help shows the one form they accept (found: `session add
# --help` said "--date DATE", `payment add` and `auth add --signed-on SIGNED_ON` no form at
# all, and "12/01/2026" is what people type).
_DATE_DESTS = frozenset({"date", "dob", "first", "last", "until", "expires", "start_date", "review_date"})


def _is_date(action: argparse.Action) -> bool:
    dest = action.dest
    if dest in ("until", "first", "last"):
        return action.metavar in (None, "DATE", "FIRST", "LAST") and "HH:MM" not in (action.help or "")
    return bool(action.option_strings) and (action.metavar == "DATE" or (action.metavar is None and (
        dest in _DATE_DESTS or dest.endswith(("_on", "_date", "_from", "_to")))))


def _as_people_type(parser: argparse.ArgumentParser) -> None:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in dict.fromkeys(action.choices.values()):
                _as_people_type(child)
            continue
        if action.type is None and action.option_strings is not None and (
                action.metavar in _PATH_METAVARS or action.dest in _PATH_DESTS) and action.nargs is None:
            action.type = _user_path
        elif action.type is None and action.nargs != 0 and not isinstance(action, _NO_VALUE):
            action.type = _words
        if _is_date(action):
            action.metavar = "YYYY-MM-DD"


def run(argv: list[str]) -> int:
    as_json = _Parser.json_errors = common.wants_json(argv)
    try:
        with json_lines(as_json):
            return _run_said(argv, as_json)
    finally:
        _Parser.json_errors = False


def _run_said(argv: list[str], as_json: bool) -> int:
    try:
        return _run(argv, as_json)
    except KeyboardInterrupt:
        # Also while the command's modules load and its arguments are read (the first half
        # second on a busy laptop): that Ctrl-C printed a Python traceback.
        if not as_json:
            print(file=sys.stderr)
        common.say_error(as_json, "interrupted", "Stopped (Ctrl-C).", "", 130, prefix="")
        return 130


def _run(argv: list[str], as_json: bool) -> int:
    command, _ = chosen_command(argv)
    parser = build_parser(command, every_command=False)
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return int(ExitCode.USAGE)
    from vault_app.services import backup_beside_control  # here: --help and --version do not load it

    # A backup, rotation or purge waiting for another copy writing into its folder says so.
    backup_beside_control.tell_when_waiting_for_folder(
        lambda folder: print(backup_beside_control.waiting_text(folder), file=sys.stderr, flush=True))
    try:
        return int(handler(args))
    except VaultError as err:
        common.emit_error(args, err)
        from vault_app import support_log  # here: --version and successful runs do not load it

        support_log.explained(err)  # its class and where, never its message
        return int(err.exit_code)
    except BrokenPipeError:
        # The reader went away (`vault-app ... | head`): the work is done; say nothing more.
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except Exception as exc:  # a bug: say so without leaking data from the message
        from vault_app import support_log

        support_log.error(exc, "command")
        if os.environ.get("VAULT_APP_DEBUG"):
            traceback.print_exc()
        else:
            frames = traceback.extract_tb(exc.__traceback__)
            where = f"{frames[-1].filename.rsplit('/', 1)[-1]}:{frames[-1].lineno}" if frames else "?"
            common.say_error(as_json, "internal", f"internal error ({type(exc).__name__} at {where}). Nothing "
                             "further was changed. Please report this; set VAULT_APP_DEBUG=1 for details.", "",
                             int(ExitCode.INTERNAL), prefix="")
        return int(ExitCode.INTERNAL)
