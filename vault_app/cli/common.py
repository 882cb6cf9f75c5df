"""What every CLI command shares: vault location, secrets input, output, errors."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import date, time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vault_app.cli.text_files import read_secret_file, read_text_file
from vault_app.domain import locale_format, names, text_decoding
from vault_app.domain.errors import InvalidInput, VaultError
from vault_app.services import output_file, paths

if TYPE_CHECKING:
    from vault_app.services.vault import Vault

Handler = Callable[[argparse.Namespace], int]


def vault_folder(args: argparse.Namespace) -> Path:
    return paths.vault_folder(getattr(args, "vault", None))


def decode_text(data: bytes, what: str) -> str:
    """Text a user handed us from a file or standard input: UTF-8, with or without the mark
    Windows Notepad writes (it was kept, so a passphrase file from Notepad never matched), or
    UTF-16 with its mark (Word's "Unicode text"). Anything else is a sentence, not an
    internal error (found: a note file in another encoding ended in UnicodeDecodeError)."""
    return text_decoding.decode_text(data, what)


def read_secret(
    args: argparse.Namespace, *, env: str, file_attr: str, prompt: str, what: str, confirm: bool = False
) -> str:
    path = getattr(args, file_attr, None)
    if path:
        return read_secret_file(path, what)
    if env in os.environ:
        return os.environ[env]
    if not sys.stdin.isatty():
        flag = f"--{file_attr.replace('_', '-')}"
        # Found: `echo "$PW" | vault-app ...` was told only of a FILE; '-' reads the pipe.
        raise InvalidInput(
            f"No {what} given. Set {env} or use {flag} when not running interactively.",
            hint=f"From a pipe: {flag} - (one line on standard input).",
        )
    value = _prompt(prompt, what)
    if confirm and _prompt("Repeat to confirm: ", what) != value:
        raise InvalidInput(f"The two {what} entries do not match.")
    return value


def _prompt(prompt: str, what: str) -> str:
    try:
        return getpass.getpass(prompt)
    except EOFError:
        # Ctrl-D at the prompt (found: "internal error (EOFError at getpass.py)"); getpass
        # leaves the cursor after the prompt, so the sentence starts on a line of its own.
        print(file=sys.stderr)
        raise InvalidInput(f"No {what} entered (the input ended).") from None


def passphrase(args: argparse.Namespace) -> str:
    secret = read_secret(
        args, env="VAULT_APP_PASSPHRASE", file_attr="passphrase_file", prompt="Vault passphrase: ", what="passphrase"
    )
    if not secret:
        # No vault has an empty passphrase (init asks for 8 characters at least): said so
        # before the unlock, which would count it as a failed attempt on the vault's record
        # (found: Enter at the prompt, or VAULT_APP_PASSPHRASE set to an unset variable).
        source = ("The passphrase file is empty." if getattr(args, "passphrase_file", None)
                  else "VAULT_APP_PASSPHRASE is set but empty." if "VAULT_APP_PASSPHRASE" in os.environ
                  else "No passphrase entered.")
        raise InvalidInput(source, hint="Nothing was tried: the vault's count of failed unlocks is unchanged.")
    return secret


def new_passphrase(args: argparse.Namespace) -> str:
    return read_secret(
        args,
        env="VAULT_APP_NEW_PASSPHRASE",
        file_attr="new_passphrase_file",
        prompt="New passphrase: ",
        what="new passphrase",
        confirm=True,
    )


def sealing_notice(args: argparse.Namespace, entries: int) -> None:
    """On stderr, as an old vault's ledger starts being sealed beside the command: what is
    happening, that the command does not wait, how to finish it at once. A count, never
    client data."""
    text = (f"This vault's ledger is not sealed yet (a vault made before seals, or an older backup restored): "
            f"its {entries:,} unsealed entries are being checked and sealed beside this command, which does not "
            "wait for it. What is not done when the command ends goes on at the next unlock; "
            "'vault-app audit verify' finishes it now (seconds, up to a few minutes for a large practice). "
            "Ctrl-C stays safe.")
    notice(args, "ledger-sealing", text, entries=entries, beside=True)


def notice(args: argparse.Namespace | bool, code: str, text: str, **fields: Any) -> None:
    """Something a command tells beside its output (a notice, a warning), on stderr. With --json
    one line, one JSON object: {"kind": "notice", "notice": code, "message": text, ...fields}, so
    that stderr is JSON Lines whatever a command says before its error (docs/clinical.md, "--json
    on stderr"); else the words alone. `args`: the command's arguments, or whether --json."""
    as_json = args if isinstance(args, bool) else bool(getattr(args, "json", False))
    if as_json:
        print(json.dumps({"kind": "notice", "notice": code, "message": text, **fields}), file=sys.stderr)
    else:
        print(neutralise(text), file=sys.stderr)
    sys.stderr.flush()


def open_told(args: argparse.Namespace, secret: str, *, tell_restore: bool = True, **options: Any) -> Vault:
    """open_vault for a command. Its unlock never seals an old ledger (seconds to minutes):
    `unlocked` seals it beside the command. `tell_restore`: a restore never said is said here, on
    stderr (cli/restore_unsaid_said.py); False for `unlock-check`, which says it in its output."""
    # Imported here so that parsing arguments (and --version, --help) loads no crypto or SQLCipher.
    from vault_app.services.ledger_sealing import sealing_left_to_caller
    from vault_app.services.vault import open_vault

    with sealing_left_to_caller():
        vault = open_vault(vault_folder(args), secret, **options)
    try:
        tell_opening_notes(vault, as_json=bool(getattr(args, "json", False)))
        if tell_restore:
            from vault_app.cli import restore_unsaid_said  # Lazy (circle): it prints with this module's helpers

            restore_unsaid_said.tell(args, vault)
    except BaseException:
        vault.lock()  # not handed to the caller: locked here
        raise
    return vault


def tell_opening_notes(vault: Vault, *, as_json: bool = False) -> None:
    """What the open finished first (an interrupted restore, an interrupted destruction), on
    stderr, once. Found: a command run after a killed `destroy` finished the destruction in its
    unlock and printed only its own output, while the app says so in its status bar."""
    from vault_app.services import destruction_state

    for note in vault.opening_notes:
        notice(as_json, "finished-at-unlock", note)
    vault.opening_notes.clear()
    finished = vault.done_at_unlock[destruction_state.FINISHED_AT_UNLOCK]
    if finished:
        notice(as_json, "destruction-finished",
               destruction_finished_words(finished, vault.done_at_unlock[destruction_state.HELD_AT_UNLOCK]),
               destructions=finished)
        from vault_app.services import destruction_new_backup

        if destruction_new_backup.unbacked(vault) is not None:  # its new backup failed (the app says it too)
            notice(as_json, "destruction-not-backed-up", NOT_BACKED_UP)
        vault.done_at_unlock[destruction_state.FINISHED_AT_UNLOCK] = 0
    if destruction_state.not_finished(vault.vault_id) is not None:
        notice(as_json, "destruction-not-finished", "An interrupted chart destruction could not be finished at "
               "this unlock; 'vault-app destruction resume' tries again and says why.")
    tell_import_cut_short(vault, as_json=as_json)
    tell_drive_not_private(vault.folder)


def tell_drive_not_private(folder: Path) -> None:
    """The vault on a drive that shows its files to every account (exFAT, FAT32), on stderr: as
    the app's status bar says it at each unlock (services/drive_privacy.py)."""
    from vault_app.services import drive_privacy  # Lazy (start-up): as the imports above, only once a vault is open

    exposed = drive_privacy.vault_warning(folder)
    if exposed:
        print(exposed, file=sys.stderr, flush=True)


# The app's status bar's words (services/reminders.DESTRUCTION_NOT_BACKED_UP_TEXT) with the command.
NOT_BACKED_UP = ("No backup has been made since a chart's destruction (the new backup it makes could not be made): "
                 "an older copy of this vault put back would not know of that destruction and would still show "
                 "what it destroyed. Make a backup now: vault-app backup create.")


# The app's notice (gui/import_running.tell_cut_short) in the command line's words.
IMPORT_CUT_SHORT = ("An import into this vault was cut short (the app or a command was killed, or the computer "
                    "stopped, before it finished). The charts that came in are whole; nothing was half imported. "
                    "To bring in the rest, run the same import again: what is already in the vault is recognised "
                    "and only what is missing is added.")


def tell_import_cut_short(vault: Vault, *, as_json: bool = False) -> None:
    """The mark a killed import left in the vault (services/import_marks.py), said once on
    stderr, as the app's unlock says it (found: the command line said nothing). Its source's
    kind only is kept: nothing of the practice's records is said. With --json it is a notice of
    its own kind, "import-cut-short", with the source's kind, said at once as the others: it was
    held back for a later run without --json, which a script's user may never make (stderr with
    --json is JSON Lines now, cli/json_stderr.py)."""
    from vault_app.services import import_marks

    source = import_marks.under_way(vault)
    if source is None:
        return
    notice(as_json, "import-cut-short", IMPORT_CUT_SHORT, source=source)
    with suppress(VaultError):  # not cleared (a full disk...): said again at the next unlock
        import_marks.mark_ended(vault)


def destruction_finished_words(count: int, held: int = 0) -> str:
    """The app's status-bar words (services/reminders.py) with the command line's way to the certificates;
    `held`: the places those certificates name as still holding the chart (destruction_left)."""
    # No cause named: killed, or stopped on a full disk the app said at the time (found by a walker).
    said = ("A chart's destruction that had stopped part-way has been finished at this unlock." if count == 1 else
            f"{count} destructions that had stopped part-way have been finished at this unlock.")
    where = f"'vault-app destruction list' shows {'its certificate' if count == 1 else 'their certificates'}."
    if held:
        where += (f" {held} place(s) may still hold the chart (a backup or copy on a drive that was away, or a copy "
                  "the app made before a restore): 'vault-app destruction resume' names them.")
    return f"{said} {where}"


@contextmanager
def ctrl_c_stops_between(what: str) -> Iterator[threading.Event]:
    """A first Ctrl-C sets the event (the work stops at its next safe point, `what`, and
    reports what it did); a second one stops at once. On the main thread only."""
    pressed = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield pressed
        return

    def on_ctrl_c(_signum: int, _frame: object) -> None:
        if pressed.is_set():
            raise KeyboardInterrupt
        pressed.set()
        print(f"\nStopping {what} (Ctrl-C again to stop at once)...", file=sys.stderr, flush=True)

    previous = signal.signal(signal.SIGINT, on_ctrl_c)
    try:
        yield pressed
    finally:
        signal.signal(signal.SIGINT, previous)


def refuse_while_held(args: argparse.Namespace) -> None:
    """Before any secret is asked: a vault the app's window (or another command) holds is
    refused now, after the open's own wait, not once the passphrase was typed (found on a
    terminal beside the open window: `recover` asked for the recovery key and a new
    passphrase twice, then said the window held the vault)."""
    from vault_app.services.vault_folder import wait_until_free

    wait_until_free(vault_folder(args))


@contextmanager
def unlocked(
    args: argparse.Namespace, *, psychotherapy: bool = False, check_every_page: bool = False,
    seal_beside: bool = True, secret: str | None = None, tell_restore: bool = True,
) -> Iterator[Vault]:
    """The vault for one command, locked after it. `seal_beside`: an old ledger is sealed
    beside the command, as much as its time allows (False for a command that rewrites the
    vault's files: the rekey, a destruction; their checks read the ledger entry by entry).
    `secret`: the passphrase the command already read (asked once on a terminal).
    `tell_restore`: as open_told's."""
    from vault_app.services.ledger_sealing_command import SealingBesideCommand

    if secret is None:
        refuse_while_held(args)
        secret = passphrase(args)
    vault = open_told(args, secret, tell_restore=tell_restore, with_psychotherapy=psychotherapy,
                      check_every_page=check_every_page)
    sealing: SealingBesideCommand | None = None
    try:
        sealing = SealingBesideCommand.start(vault) if seal_beside else None
        if sealing is not None and sealing.entries > sealing.segment:  # the rest of a segment: milliseconds
            sealing_notice(args, sealing.entries)
        yield vault
    except VaultError:
        # The command failed, the vault did not: what was checked is sealed all the same.
        if sealing is not None:
            sealing.finish(vault)
        raise
    except BaseException:
        if sealing is not None:
            sealing.abandon()  # Ctrl-C: out at once, nothing written
        raise
    else:
        if sealing is not None:
            sealing.finish(vault)
    finally:
        vault.lock()


# Terminal controls (ESC sequences can rewrite the screen) and bidi overrides (which can
# make "C-12" read as "21-C") that a stored name or text could carry: shown escaped
# (domain/names.py, the same function the PDFs use); JSON escapes them itself.
neutralise = names.neutralise


def practice_locale(vault: Vault) -> str:
    """The practice's locale, read while the vault is open, for the moments a command prints."""
    # Lazy (start-up): services.practice is only needed by the commands that print a moment
    from vault_app.services.practice import printing_locale

    return printing_locale(vault)


def moment(stamp: str | None, tag: str, *, zone: bool = False) -> str:
    """A stored UTC moment as the therapist reads it: the practice's date and time on this
    computer's clock ("12/02/2026 6:14 PM"), the zone named with `zone`. Found: `note show`,
    `backup list` and `destruction list` printed the UTC stamp, the evening's work dated
    tomorrow. --json keeps the ISO UTC stamp."""
    if not stamp:
        return "-"
    try:
        return locale_format.moment_text(stamp, tag, zone=zone)
    except ValueError:
        return stamp  # not a stamp after all: shown as stored


def iso_moment(stamp: str | None) -> str:
    """A stored UTC moment on this computer's clock in ISO 8601, its zone named ("2026-12-06
    04:56 PST"): where the practice's format is not known (before the unlock) one way to read
    it, not the US order beside a day-first practice's lists (found: `info` of an es_US practice)."""
    if not stamp:
        return "-"
    try:
        moment = locale_format.on_the_clock(stamp)
    except ValueError:
        return stamp
    return f"{moment:%Y-%m-%d %H:%M} {locale_format.zone_name(moment)}"


def day(stamp: str | None, tag: str) -> str:
    """The day a stored UTC moment fell on this computer's calendar, in the practice's format."""
    if not stamp:
        return "-"
    try:
        return locale_format.date_text(locale_format.on_the_clock(stamp), tag)
    except ValueError:
        return stamp


def deadline_shown(value: date | str | None, tag: str, empty: str = "-") -> str:
    """A deadline (a request's due date, a record kept until, a minor's coming of age) with its
    month in English words, in the practice's order ("February 4, 2027" in the US, "4 February
    2027" elsewhere): an es_US practice's "due 04/02/2027" is read as April 2 by a US reader. A stored
    moment (a backup's "kept until") is the day it falls on this computer's calendar."""
    if value is None or value == "":
        return empty
    try:
        english = "en_US" if tag.endswith("_US") or tag == "en" else "en_GB"
        day = locale_format.on_the_clock(value).date() if isinstance(value, str) and len(value) > 10 else value
        return locale_format.deadline_text(day, english)
    except ValueError:
        return str(value)


def date_shown(value: date | str | None, tag: str, empty: str = "-") -> str:
    """A calendar day (a session's, a due date, a birth date) in the practice's format
    ("03/16/2026" in the US, "16/03/2026" in the UK): a day, not a moment, so no clock moves
    it. Found: `client list`, `note list`, `session list`, `auth list` and the other lists
    printed ISO days beside `note show`'s practice format. --json keeps ISO."""
    if value is None or value == "":
        return empty
    try:
        return locale_format.date_text(value, tag)
    except ValueError:
        return str(value)  # not a day after all: shown as stored


def time_shown(value: time | str | None, tag: str, empty: str = "") -> str:
    """A time of day on the practice's clock face ("2:05 PM" in the US, "14:05" in the UK)."""
    if value is None or value == "":
        return empty
    try:
        return locale_format.time_text(time.fromisoformat(value) if isinstance(value, str) else value, tag)
    except ValueError:
        return str(value)


def emit(args: argparse.Namespace, data: Any, text: str | Callable[[], str]) -> None:
    """Print JSON with --json, else the human text."""
    if getattr(args, "json", False):
        print(json.dumps(data, indent=2, sort_keys=True, default=str))
    else:
        print(neutralise(text() if callable(text) else text))


def emit_error(args: argparse.Namespace, err: VaultError) -> None:
    say_error(bool(getattr(args, "json", False)), err.kind, err.message, err.hint, int(err.exit_code),
              code=err.code)


def say_error(as_json: bool, kind: str, message: str, hint: str, exit_code: int, *, prefix: str = "error: ",
              code: str = "") -> None:
    """An error on stderr: with --json the one JSON object every error is, on one line, the last
    (a script reads `kind` "error", `error`, `code` and `exit_code`), else the sentence and its
    hint. `code` is the problem's own (vault.busy.window, client.not_found), as the app's screens
    tell problems apart; the kind stands for it when the problem has none (usage, interrupted,
    internal)."""
    if as_json:  # one line: stderr with --json is JSON Lines, a notice before it one line too (notice)
        payload = {"kind": "error", "error": kind, "code": code or kind, "message": message, "hint": hint,
                   "exit_code": exit_code}
        print(json.dumps(payload), file=sys.stderr)
    else:
        print(neutralise(f"{prefix}{message}"), file=sys.stderr)
        if hint:
            print(neutralise(f"  {hint}"), file=sys.stderr)


def wants_json(argv: list[str]) -> bool:
    """Whether argv asks for --json (or an abbreviation argparse accepts), read before
    argparse could: its own usage errors then come as JSON too."""
    options = argv[: argv.index("--")] if "--" in argv else argv
    return any(len(a) >= 4 and "--json".startswith(a.partition("=")[0]) for a in options)


def add_common(parser: argparse.ArgumentParser) -> None:
    """--vault / --json / --passphrase-file on every subcommand (before or after its name)."""
    parser.add_argument(
        "--vault",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="vault folder (default: $VAULT_APP_DIR or the user data folder)",
    )
    parser.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="machine-readable output")
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        default=argparse.SUPPRESS,
        help="read the passphrase from FILE (else $VAULT_APP_PASSPHRASE or a prompt)",
    )


def refuse_a_folder_of_other_files(folder: Path, what: str) -> None:
    """A new vault (init, demo, a restore) goes into a new or empty folder. Found: `init
    --vault ~/Documents` and `backup restore B --to ~/Documents` put the vault's files among
    the letters there, where a move or a clean-up of either takes the other along. A folder
    holding a vault is left to the command's own check (it refuses or asks for --overwrite)."""
    from vault_app.services.vault_folder import holds_other_files

    if holds_other_files(folder):
        raise InvalidInput(f"{folder} already holds other files; nothing was {what}.",
                           hint=f"Choose a new or empty folder, for example {folder / 'vault'}.")


# A count larger than any practice holds, and one SQLite's integers take.
MOST_COUNTED = 1_000_000_000


def counted(value: str) -> int:
    """An argparse type for a count of things to show: 1 or more (found: `note list C --limit 0`
    said "No notes." for a chart with notes; `--limit -2` listed every note)."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of 1 or more (not {value!r})")
    # Found: `note list C --limit 99999999999999999999` ended in "internal error (OverflowError)";
    # more than a practice's lifetime of anything is "all of them".
    return min(number, MOST_COUNTED)


def comma_list(value: str | None) -> tuple[str, ...]:
    """"a, b,,c" as ("a", "b", "c"): a flag's comma-separated list, empty items left out."""
    return tuple(v.strip() for v in (value or "").split(",") if v.strip())


def read_document_file(path: str, what: str) -> bytes:
    """A scan or document named on the command line, its size limit enforced while reading
    (/dev/zero or a huge file never fills memory). The attachments' modules (the blob store,
    the page scan) are imported by the commands that read a file only: `client list` and the
    rest started about 20 ms slower for them."""
    from vault_app.services.attachments import read_document

    return read_document(path, what)


def output_file_possible(path: str | None, what: str, *, first: Callable[[Path], None] | None = None) -> None:
    """A file a command writes after work that cannot be undone (a vault made, keys replaced,
    a chart destroyed), checked before that work: a failure after it hid the work's result.
    The check every new file gets (services/output_file.py), after `first` (a check of this
    file's own), said with what was not done."""
    if not path:
        return
    try:
        if first is not None:
            first(Path(path))
        output_file.checked(Path(path), what, overwrite=True)
    except InvalidInput as err:
        raise InvalidInput(f"{err.message.rstrip('.')}; nothing was done.", hint=err.hint, code=err.code,
                           params=err.params) from None


# At every --text a client's words may be given to: what `ps` and the shell's history show (docs/SECURITY.md).
TEXT_ARG_SEEN = ("prefer --file -: a command line is readable by every account on this computer while it runs, "
                 "and stays in your shell's history")


def read_text_arg(value: str | None, file: str | None) -> str:
    """Note text from --text, --file PATH, or --file - (stdin)."""
    if value is not None:
        return value
    if file:
        return read_text_file(file, "text file" if file != "-" else "text on standard input")
    raise InvalidInput("Give the text with --text or --file (use --file - for standard input).")
