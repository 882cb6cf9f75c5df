"""Every option, argument and action of the command line says what it does, and every
`--help` reads in an 80-column terminal. Found: about 100 options and 10 actions listed bare
(`recover --recovery-key-file FILE`, `auth show`), and choice lists such as export's 13 legal
bases made usage lines of up to 240 columns."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

import pytest

from vault_app.cli.main import COMMANDS, build_parser

WIDTH = 80


def _parsers(parser: argparse.ArgumentParser, path: str) -> Iterator[tuple[str, argparse.ArgumentParser]]:
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield from _parsers(child, f"{path} {name}")


def _all_parsers() -> list[tuple[str, argparse.ArgumentParser]]:
    return list(_parsers(build_parser(), "vault-app"))


def _bare(path: str, parser: argparse.ArgumentParser) -> Iterator[str]:
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        if isinstance(action, argparse._SubParsersAction):
            helped = {choice.dest for choice in action._choices_actions}
            yield from (f"{path} {name} (no help in '{path} --help')" for name in action.choices if name not in helped)
            continue
        if not action.help:
            yield f"{path} {'/'.join(action.option_strings) or action.dest}"


def test_every_option_argument_and_action_has_help() -> None:
    parsers = _all_parsers()
    # The real parser with every command's module loaded: a command only listed has neither
    # a handler nor actions of its own.
    commands = [p for path, p in parsers if path.count(" ") == 1]
    assert {path.split()[1] for path, _ in parsers if path.count(" ") == 1} == {name for name, _, _ in COMMANDS}
    assert all(p.get_default("handler") or p._subparsers for p in commands)
    bare = [name for path, parser in parsers for name in _bare(path, parser)]
    assert bare == [], "give these a help text:\n" + "\n".join(bare)


def test_every_help_fits_an_80_column_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    # argparse sizes its help to $COLUMNS; a line it cannot wrap (a long choice list in the
    # usage, a raw description) runs past the terminal's edge.
    monkeypatch.setenv("COLUMNS", str(WIDTH))
    too_wide = [f"{path}: {line.strip()[:60]}... ({len(line)} columns)"
                for path, parser in _all_parsers() for line in parser.format_help().splitlines()
                if len(line) > WIDTH]
    assert too_wide == [], "\n".join(too_wide)


def test_a_bare_option_or_a_wide_line_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    # The checks above can fail: a parser with one of each is caught, by name.
    monkeypatch.setenv("COLUMNS", str(WIDTH))
    parser = argparse.ArgumentParser(prog="vault-app demo-check")
    parser.add_argument("--undocumented")
    parser.add_argument("--kind", choices=[f"choice_number_{n}" for n in range(8)], help="a kind")
    assert list(_bare("vault-app demo-check", parser)) == ["vault-app demo-check --undocumented"]
    assert any(len(line) > WIDTH for line in parser.format_help().splitlines())


def test_carry_forward_says_it_carries_the_newest_signed_note(monkeypatch: pytest.MonkeyPatch) -> None:
    # services/faster_notes.start_from_last passes over a newer draft (a draft is not the record);
    # the help said "from the chart's last note", which a therapist with a draft open reads as that draft.
    monkeypatch.setenv("COLUMNS", str(WIDTH))
    parsers = dict(_all_parsers())
    listed = parsers["vault-app"].format_help()
    carry = parsers["vault-app carry-forward"].format_help()
    for text in (listed, carry):
        words = " ".join(text.split())
        assert "last note" not in words
        assert "newest signed note" in words
