"""A coded sentence of the core (domain/errors.Problem: its English, code and params) in the
screen's language: the one lookup the gate's words (gui/gate_words.py) and the refusals' words
(gui/refusal_words.py) share; each keeps its own books of words and its own Qt contexts.

Anything without a translation gives None, and the caller says the core's English: one whole
sentence in English reads better than a sentence half translated.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from vault_app.domain.errors import LIST_MARK
from vault_app.gui.hour_article import hour_article

# The core's hints (and a few sentences) name the command line's commands and options for the
# CLI, which prints them: "List them with 'vault-app client list'", "(CLI: --guardian ID)". A
# therapist never types commands: a screen never shows such words, in any language. The one
# detector of every screen (refusals, the gate, a destruction's stop). "vault-app" alone counts
# too: "another vault-app window" is the program's name, which no screen says (they say "a
# window of the app"). Not a folder's or file's name: "vault-app-data" is the portable app's own
# folder. tests/gui/test_names_a_command.py holds the sentences it tells apart.
_COMMAND = re.compile(r"\bvault-app(?![-\w/\\])|(?<![\w-])--[a-z]|\bcommand line\b|\bCLI\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# A file's name as on the disk ("vault.header", "records.db"): a sentence that begins with one keeps
# it (found by a walker: "Vault.header, el archivo que guarda las claves…", a file not there).
_FILE_FIRST = re.compile(r"[a-z][\w-]*\.[a-z]{2,}\b(?!\.)")


def capitalised(said: str) -> str:
    """`said` with a capital first letter, unless it begins with a file's name."""
    return said if _FILE_FIRST.match(said) else said[:1].upper() + said[1:]


def names_a_command(text: str) -> bool:
    """Whether `text` names a command, an option or the command line."""
    return bool(_COMMAND.search(text))


def without_commands(text: str) -> str:
    """`text` less its sentences that name a command (what it says of the machine stays)."""
    return " ".join(s for s in _SENTENCE_END.split(text) if not names_a_command(s))


def translated(context: str, source: str) -> str | None:
    """`source` in the screen's language, or None (English, or a language that lacks it)."""
    words = QCoreApplication.translate(context, source)
    return None if not words or words == source else words


def in_words(params: Mapping[str, object], tables: Mapping[str, Mapping[str, str]], context: str,
             lists: frozenset[str] = frozenset()) -> dict[str, object] | None:
    """`params` with each stored key said through its table (translated in `context`; a param in
    `lists` holds several keys, joined by LIST_MARK), or None when one has no words."""
    said: dict[str, object] = {}
    for name, value in params.items():
        table = tables.get(name)
        if table is None:
            said[name] = value
            continue
        words: list[str] = []
        for key in str(value).split(LIST_MARK) if name in lists else [str(value)]:
            source = table.get(key)
            word = translated(context, source) if source is not None else None
            if word is None:
                return None
            words.append(word)
        said[name] = "; ".join(words)
    return said


def sentence(source: str, context: str, params: Mapping[str, object], *, capital: bool = True) -> str | None:
    """`source` in the screen's language with its params, or None when it has no translation or
    its params do not fit its words."""
    words = translated(context, source)
    if words is None:
        return None
    try:
        said = hour_article(words.format(**params))  # "a la 1:05" where an hour is said in Spanish
    except (KeyError, IndexError, ValueError):
        return None
    return capitalised(said) if capital else said


def said_in_words(source: str | None, context: str, params: Mapping[str, object],
                  tables: Mapping[str, Mapping[str, str]], tables_context: str,
                  lists: frozenset[str] = frozenset(), *, capital: bool = True) -> str | None:
    """A coded sentence said by its words `source` (None: the code has none), its params through
    `tables`; None when anything lacks a translation."""
    if source is None:
        return None
    said_params = in_words(params, tables, tables_context, lists)
    return None if said_params is None else sentence(source, context, said_params, capital=capital)


__all__ = ["capitalised", "in_words", "names_a_command", "said_in_words", "sentence", "translated", "without_commands"]
