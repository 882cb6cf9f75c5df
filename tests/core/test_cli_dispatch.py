"""A command imports only its own module; --version and --help import none; the command
table in cli/main.py says exactly what the modules register (issue 13, item 4).

Imports are read from the real console script with PYTHONPROFILEIMPORTTIME, which makes
the interpreter list every module it imports on stderr: nothing in the process is
patched or inspected from inside."""

from __future__ import annotations

import argparse
import importlib
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import init_vault
from vault_app.cli import common
from vault_app.cli.main import COMMAND_MODULES, COMMANDS, build_parser, chosen_command

# The PDF, image and font stack: only exports, letters, accounting and certificates need it.
PDF_STACK = ("pikepdf", "fpdf", "PIL", "fontTools")
CORE_STACK = ("argon2", "sqlcipher3", "cryptography", "PySide6")


def console_script() -> Path:
    script = Path(sys.executable).parent / "vault-app"
    assert script.exists(), f"the console script is not installed next to {sys.executable}: pip install -e ."
    return script


def imported_by(*args: str, env: dict[str, str] | None = None) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    full_env = dict(os.environ, PYTHONPROFILEIMPORTTIME="1", **(env or {}))
    done = subprocess.run([str(console_script()), *args], capture_output=True, text=True, env=full_env,
                          timeout=120, check=False)
    modules = {line.split("|")[-1].strip() for line in done.stderr.splitlines() if line.startswith("import time:")}
    assert modules, "PYTHONPROFILEIMPORTTIME listed nothing: the check would be empty"
    return done, modules


def roots(modules: set[str], wanted: tuple[str, ...]) -> set[str]:
    return {m.split(".")[0] for m in modules} & set(wanted)


def test_version_imports_no_command_and_no_heavy_library() -> None:
    done, modules = imported_by("--version")
    assert done.returncode == 0 and done.stdout.strip().startswith("vault-app ")
    assert roots(modules, PDF_STACK + CORE_STACK) == set()
    assert sorted(m for m in modules if m.endswith("_commands")) == []


def test_help_lists_every_command_without_importing_them() -> None:
    done, modules = imported_by("--help")
    assert done.returncode == 0
    for name, _, _ in COMMANDS:
        assert re.search(rf"^    {re.escape(name)}(\s|$)", done.stdout, re.MULTILINE), name
    assert sorted(m for m in modules if m.endswith("_commands")) == []
    assert roots(modules, PDF_STACK) == set()


def test_search_imports_only_its_module_and_no_pdf_stack(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    assert init_vault(folder).code == 0
    done, modules = imported_by("search", "--vault", str(folder), "--json", "anything",
                                env={"VAULT_APP_PASSPHRASE": PASSPHRASE})
    assert done.returncode == 0, done.stderr[-2000:]
    assert sorted(m for m in modules if m.endswith("_commands")) == ["vault_app.cli.note_commands"]
    assert roots(modules, PDF_STACK) == set()


def test_client_list_imports_neither_the_guardian_nor_the_billing_stack(tmp_path: Path) -> None:
    """`client list` (the commonest command, and every script's first) loads what listing needs:
    not the modules of `client show`, `client update` or `session` (a tenth of its CPU), nor the
    backup register's fold, which only a backup's folder check reads."""
    folder = tmp_path / "v"
    assert init_vault(folder).code == 0
    done, modules = imported_by("client", "list", "--vault", str(folder), env={"VAULT_APP_PASSPHRASE": PASSPHRASE})
    assert done.returncode == 0 and "No clients." in done.stdout, done.stderr[-2000:]
    assert "vault_app.services.clients" in modules
    assert sorted(m for m in modules if m.endswith("_commands")) == ["vault_app.cli.clinical_commands"]
    not_needed = {"vault_app.services.guardians", "vault_app.services.representatives", "vault_app.services.billing",
                  "vault_app.services.sessions", "vault_app.services.plans", "vault_app.services.restrictions",
                  "vault_app.services.client_duplicates", "vault_app.services.backup_registry_fold"}
    assert sorted(modules & not_needed) == []
    assert roots(modules, PDF_STACK) == set()


def test_export_loads_its_module() -> None:
    """The other side: a command gets its own module (and its arguments) when it runs."""
    done, modules = imported_by("export", "--help")
    assert done.returncode == 0 and "--format" in done.stdout
    assert "vault_app.cli.disclosure_commands" in modules


def test_command_table_matches_what_the_modules_register() -> None:
    registered = []
    for module in COMMAND_MODULES:
        parent = argparse.ArgumentParser(add_help=False)
        common.add_common(parent)
        sub = argparse.ArgumentParser().add_subparsers()
        importlib.import_module(module).register(sub, parent)
        registered += [(a.dest, module.rsplit(".", 1)[1]) for a in sub._choices_actions]
    assert registered == [(name, module) for name, module, _ in COMMANDS]


def test_the_full_parser_prints_the_tables_one_line_help() -> None:
    """The table is where a command's line in `vault-app --help` is written (found: backup's
    said "create, verify, list, restore", without settings and auto)."""
    def commands(parser: argparse.ArgumentParser) -> argparse._SubParsersAction:  # type: ignore[type-arg]
        return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))

    assert [(a.dest, a.help) for a in commands(build_parser())._choices_actions] == [
        (name, text) for name, _, text in COMMANDS]
    backup_line = {name: text for name, _, text in COMMANDS}["backup"]
    backup_actions = commands(commands(build_parser("backup")).choices["backup"]).choices
    assert all(name in backup_line for name in backup_actions), (sorted(backup_actions), backup_line)


def test_full_parser_and_lazy_parser_print_the_same_top_level_help() -> None:
    assert build_parser().format_help() == build_parser("search", every_command=False).format_help()
    assert build_parser().format_help() == build_parser(None, every_command=False).format_help()


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], (None, False)),
        (["--vault", "/x"], (None, False)),
        (["--vault=/x", "--json"], (None, False)),
        (["--vau", "/x"], (None, False)),  # argparse's abbreviations, as the real parser allows
        (["--vault", "/x", "search", "q"], ("search", True)),
        (["--vau", "/x", "client", "list"], ("client", True)),
        (["client", "--help"], ("client", True)),
        (["--version"], (None, True)),
        (["--help"], (None, True)),
        (["--bogus"], (None, True)),
        (["bogus"], (None, True)),
        (["--vault"], (None, True)),  # missing value: the real parser explains
    ],
)
def test_chosen_command(argv: list[str], expected: tuple[str | None, bool]) -> None:
    assert chosen_command(argv) == expected


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], (True, None)),
        (["--vault", "/x"], (True, "/x")),
        (["--vault=/x", "--json"], (True, "/x")),
        (["--passphrase-file", "/p", "--vault", "/x", "--vault", "/y"], (True, "/y")),  # the last one wins
        # Everything else goes to the real parser, which may still choose the desktop app.
        (["--vau", "/x"], (False, None)),
        (["--vault"], (False, None)),
        (["--vault", "--json"], (False, None)),
        (["--version"], (False, None)),
        (["-h"], (False, None)),
        (["search", "x"], (False, None)),
    ],
)
def test_desktop_request_without_argparse(argv: list[str], expected: tuple[bool, str | None]) -> None:
    from vault_app.app import _desktop_request

    assert _desktop_request(argv) == expected
