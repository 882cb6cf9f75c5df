"""Composition root: with a subcommand act headless, without one open the GUI.

The path to the unlock window imports neither the command modules nor the PDF, image
and font stack: `vault-app` should appear as fast as any small Qt program.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

from vault_app.no_core_dumps import forbid_core_dumps


def main(argv: list[str] | None = None) -> int:
    forbid_core_dumps()  # before anything reads a passphrase: no core dump of the keys, ever
    argv = list(sys.argv[1:] if argv is None else argv)
    desktop, vault = _desktop_request(argv)
    if not desktop:
        from vault_app.cli.main import chosen_command, run

        command, headless = chosen_command(argv)
        if headless:
            return _logged(f"cli:{command}" if command else "", lambda: run(argv))
        vault = _vault_option(argv)
    return _logged("desktop", lambda: _desktop(vault))


def _logged(kind: str, work: Callable[[], int]) -> int:
    """The support log (vault_app/support_log.py: versions, timings, error classes, no PHI)
    around one run. --version and --help (no command) are not logged. The desktop app opens
    the log two seconds in, from a timer thread, so that the first window does not wait for
    the logging imports."""
    if not kind:
        return work()
    timer = None
    if kind == "desktop":
        import threading

        timer = threading.Timer(2.0, _open_log, (kind,))
        timer.daemon = True
        timer.start()
    else:
        _open_log(kind)
    code = 1
    try:
        code = work()
    except SystemExit as exc:  # argparse's usage errors end this way: not a bug
        code = exc.code if isinstance(exc.code, int) else 2
        raise
    except BaseException as exc:
        if timer is not None:
            timer.cancel()
        _open_log(kind).error(exc, kind)
        raise
    finally:
        if timer is not None:
            timer.cancel()
        _open_log(kind).finish(code)  # opens it when a desktop run ended within the two seconds
    return code


def _open_log(kind: str) -> ModuleType:
    from vault_app import support_log

    support_log.start(kind)
    return support_log


def _desktop(vault: str | None) -> int:
    from vault_app.platform_libs import explain_missing, no_graphical_session

    problem = no_graphical_session() or explain_missing()
    if problem:
        print(problem, file=sys.stderr)
        return 7
    try:
        from vault_app.gui.launcher import run_gui
    except ImportError as exc:
        return _explain_missing_qt(exc)
    import os

    from vault_app.services import paths

    folder = paths.vault_folder(vault)
    # How the unlock window names the folder: the default, the therapist's chosen one, or one
    # given with --vault for this start only (never remembered: gui/app_settings.py).
    role = "one_start" if vault is not None else "default"
    if vault is None and not os.environ.get("VAULT_APP_DIR"):
        # Without --vault: the vault chosen last (Vault > Open another vault…), if it is still there.
        from vault_app.gui.app_settings import remembered_vault_folder  # Lazy: json, not needed with --vault
        from vault_app.services.vault_folder import vault_exists  # Lazy, as app_settings (which imports it)

        remembered = remembered_vault_folder()
        if remembered is not None and remembered[0].resolve() != folder:
            # One an earlier version wrote may be a folder opened once (gui/unlock_folder.REMEMBERED),
            # said so when the default holds a vault to go back to; else it is the only vault there is.
            chosen = remembered[1] or not vault_exists(folder)
            folder, role = remembered[0], "chosen" if chosen else "remembered"
    return run_gui(folder, folder_role=role)


def _desktop_request(argv: list[str]) -> tuple[bool, str | None]:
    """(True, the --vault value) when argv holds only global options spelled out in full:
    the desktop app, decided without loading argparse. (False, None) when the real parser
    must decide (a command, --help, an abbreviation, anything unusual)."""
    vault: str | None = None
    i = 0
    while i < len(argv):
        name, eq, value = argv[i].partition("=")
        if argv[i] == "--json":
            i += 1
            continue
        if name not in ("--vault", "--passphrase-file"):
            return False, None
        if not eq:
            if i + 1 >= len(argv) or argv[i + 1].startswith("-"):
                return False, None
            value = argv[i + 1]
            i += 1
        if name == "--vault":
            vault = value
        i += 1
    return True, vault


def _vault_option(argv: list[str]) -> str | None:
    """--vault DIR for the desktop app; argv holds only global options here (chosen_command
    said so), so parsing them with those options alone is the same as the full parser."""
    import argparse

    from vault_app.cli import common

    parser = argparse.ArgumentParser(add_help=False, allow_abbrev=True)
    common.add_common(parser)
    vault: str | None = getattr(parser.parse_args(argv), "vault", None)
    return vault


def _explain_missing_qt(exc: ImportError) -> int:
    print(
        f"The desktop window could not start: Qt could not be loaded ({type(exc).__name__}).\n"
        "Reinstall with 'make run', or on Debian/Ubuntu install Qt's libraries:\n"
        "  sudo apt-get install libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 "
        "libxcb-image0 libxcb-render-util0 libegl1 libgl1 libfontconfig1 libdbus-1-3\n"
        "The command-line interface works without them: vault-app --help",
        file=sys.stderr,
    )
    return 7
