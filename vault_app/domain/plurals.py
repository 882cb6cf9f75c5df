"""Counts in English words for service and CLI messages: "1 chart", "2 charts", never "2 chart(s)".

The GUI's own strings pick a form through Qt's translator (one source per form); messages
made in the core are English only, so a plain one/other choice is all they need.
"""

from __future__ import annotations


def counted(n: int, one: str, other: str = "") -> str:
    """`n` with the noun in its form: counted(1, "backup") -> "1 backup", counted(3, "backup")
    -> "3 backups"; an irregular plural is given: counted(2, "addendum", "addenda")."""
    return f"{n} {one if n == 1 else other or one + 's'}"


def noun(n: int, one: str, other: str = "") -> str:
    """The noun alone, in the form for `n` (for a phrase that puts the number elsewhere)."""
    return one if n == 1 else other or one + "s"


def one_code(code: str, n: int) -> str:
    """A code whose words depend on a count: ".one" for a single thing (Spanish agrees in number)."""
    return code + ".one" if n == 1 else code


__all__ = ["counted", "noun", "one_code"]
