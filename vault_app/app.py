"""Composition root: with a subcommand act headless, without one open the GUI."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from vault_app.cli.main import build_parser

    wants_gui = not any(not a.startswith("-") for a in _strip_option_values(argv)) and not any(
        a in ("-h", "--help", "--version") for a in argv
    )
    if not wants_gui:
        from vault_app.cli.main import run

        return run(argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    from vault_app.services import paths

    folder = paths.vault_folder(getattr(args, "vault", None))
    from vault_app.platform_libs import explain_missing

    problem = explain_missing()
    if problem:
        print(problem, file=sys.stderr)
        return 7
    try:
        from vault_app.gui.launcher import run_gui
    except ImportError as exc:
        return _explain_missing_qt(exc)
    return run_gui(folder)


def _strip_option_values(argv: list[str]) -> list[str]:
    """Drop the values of global options so `--vault DIR` alone still means GUI."""
    out: list[str] = []
    skip = False
    for a in argv:
        if skip:
            skip = False
            continue
        if a in ("--vault", "--passphrase-file"):
            skip = True
            continue
        out.append(a)
    return out


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
