"""A sentence of the core with its code: what the disclosure gate says, in a form a screen can say
in the therapist's language.

The gate answers in English (the CLI prints it, the ledger and a signed decision keep it). Each
reason, warning and hint it gives also carries a `code` (a stable dotted name) and the params its
words need, so the GUI can say it in Spanish (gui/gate_words.py) and fall back on `text`, the
core's English, where it has no words. Params follow domain/errors.py's rule: ids, dates, counts,
citations and stored keys, never a name, a note's text or a secret. A list of stored keys (what a
court order lacks) is one param, its keys joined by LIST_MARK.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

LIST_MARK = ","


@dataclass(frozen=True)
class Said:
    code: str
    text: str  # the core's English, exactly as reasons / warnings / hint hold it
    params: tuple[tuple[str, str | int], ...] = ()

    @property
    def kwargs(self) -> dict[str, str | int]:
        return dict(self.params)


def said(code: str, text: str, **params: str | int) -> Said:
    return Said(code, text, tuple(sorted(params.items())))


def keys(values: Iterable[str]) -> str:
    """A list of stored keys as one param."""
    return LIST_MARK.join(values)


def texts(items: Iterable[Said]) -> tuple[str, ...]:
    return tuple(s.text for s in items)


__all__ = ["LIST_MARK", "Said", "keys", "said", "texts"]
