"""Every `vault-app …` command the documentation and the app's own sentences name is one the
real parser knows, and its `--help` exits 0. Found by a walker: docs/install.md told a
therapist going back to an older version to run `vault-app restore <file>` ("invalid choice:
'restore'"); it is `vault-app backup restore FILE --to DIR`. services/upgrade_backup.py and
docs/scaling.md said the same."""

from __future__ import annotations

import argparse
import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import source_trees
from vault_app.cli.main import build_parser

ROOT = Path(__file__).resolve().parents[2]
_WORD = re.compile(r"[a-z][a-z0-9-]*")
# In a document: `vault-app …` in backticks, or a code line that starts with it.
_DOC = [re.compile(r"`(vault-app [^`]+)`"), re.compile(r"^\s*(?:\$\s+)?(vault-app [^#\n]+)", re.M)]
# In the app's sentences and docstrings: in backticks, in quotes, or (vault-app …) in brackets.
_SOURCE = [_DOC[0], re.compile(r"'(vault-app [^']+)'"), re.compile(r"\((vault-app [^)]+)\)")]


def _subparsers(parser: argparse.ArgumentParser) -> argparse._SubParsersAction | None:  # type: ignore[type-arg]
    return next((a for a in parser._actions if isinstance(a, argparse._SubParsersAction)), None)


def command_path(parser: argparse.ArgumentParser, words: list[str]) -> tuple[list[str], str | None]:
    """The subcommands `words` name, and the first word the parser does not know as one."""
    path: list[str] = []
    it = iter(words)
    for word in it:
        if word.startswith("-"):
            action = parser._option_string_actions.get(word)
            if action is not None and action.nargs != 0 and "=" not in word:
                next(it, None)  # its value
            continue
        sub = _subparsers(parser)
        if sub is None or not _WORD.fullmatch(word):
            break
        if word not in sub.choices:
            return path, word
        path.append(word)
        parser = sub.choices[word]
    return path, None


def _mentions() -> Iterator[tuple[str, str]]:
    for doc in sorted([*(ROOT / "docs").glob("*.md"), ROOT / "README.md"]):
        text = doc.read_text(encoding="utf-8")
        for pattern in _DOC:
            for found in pattern.finditer(text):
                line = text.count("\n", 0, found.start()) + 1
                yield f"{doc.relative_to(ROOT)}:{line}", found.group(1)
    # The trees the source scans share in this process (tests/source_trees.py): in a worker that
    # collected the GUI scans they are parsed already (~1.4 CPU-s to parse them here again).
    for source in sorted((ROOT / "vault_app").rglob("*.py")):
        for node in source_trees.walk(source_trees.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                for pattern in _SOURCE:
                    for found in pattern.finditer(node.value):
                        yield f"{source.relative_to(ROOT)}:{node.lineno}", found.group(1)


def test_the_walker_s_wrong_name_is_caught() -> None:
    """The check itself: the name the docs had is refused, the right one accepted."""
    parser = build_parser()
    assert command_path(parser, ["restore", "<file>"]) == ([], "restore")
    words = ["--vault", "DIR", "backup", "restore", "FILE", "--to", "DIR"]
    assert command_path(parser, words) == (["backup", "restore"], None)


def test_every_command_named_exists(capsys: pytest.CaptureFixture[str]) -> None:
    parser = build_parser()
    unknown, paths = [], set()
    for where, command in _mentions():
        path, bad = command_path(parser, command.split()[1:])
        if bad is not None:
            unknown.append(f"{where}: {command!r} ('{bad}' is no command there)")
        paths.add(tuple(path))
    assert not unknown, "\n".join(unknown)
    assert ("backup", "restore") in paths and len(paths) > 20
    # One parser for every path: parse_args reads the parser and changes nothing in it, so each
    # `--help` meets what a fresh process's parser would be. A parser built per path (~130 of
    # them, ~0.035 CPU-s each) was most of this test's CPU (docs/testing.md, thirty-fourth round).
    for path in sorted(paths):
        with pytest.raises(SystemExit) as shown:
            parser.parse_args([*path, "--help"])
        assert shown.value.code == 0, path
    capsys.readouterr()
