"""A sentence with its citation: inside the sentence, before its full stop.

A denial letter listed its grounds as the ground's sentence, its full stop, then the citation in
parentheses: "La información es exacta y completa." and "(45 CFR 164.526(a)(2)(iv))" after it,
a citation standing outside any sentence (found by the Spanish day's walker, round 46; the English
letter did the same). The words of a ground or a rule are whole sentences, kept so where they are
said alone; where a citation follows them, it goes inside: "… y completa (45 CFR
164.526(a)(2)(iv))."
"""

from __future__ import annotations


def cited(sentence: str, citation: str) -> str:
    """`sentence` with "(citation)" before its full stop; a sentence without one (a title, a
    phrase) gets it after its last word. An ellipsis is no full stop."""
    words = sentence.rstrip()
    if words.endswith(".") and not words.endswith(".."):
        return f"{words[:-1]} ({citation})."
    return f"{words} ({citation})"


__all__ = ["cited"]
