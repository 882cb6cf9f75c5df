"""What a granted access request says was given, in the screen's language.

The request keeps it as the core wrote it (services/access_copy.py: "copy of the progress notes
(password-protected PDF); the chart holds no billing information", "nothing to copy: the chart
holds no progress notes from 09/01/2026"), and the request's window showed that English on a
Spanish screen (found walking the real app). The shapes the app itself writes are said here in
words; anything else (typed on the command line) reads as it was kept.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from vault_app.gui.chart_words import GUARDIAN_AUTHORITY, shown
from vault_app.gui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "RequestGivenWords"
KINDS = {"progress notes": QT_TRANSLATE_NOOP("RequestGivenWords", "progress notes"),
         "billing information": QT_TRANSLATE_NOOP("RequestGivenWords", "billing information")}
_DATES = r"(?: from (?P<start>[^;]+?)(?: to (?P<end>[^;]+?))?)?"
_COPY = re.compile(r"^copy of the (?P<kinds>.+?) \(password-protected PDF\)(?:, given to the (?P<who>[a-z ]+?))?"
                   r"(?:; the chart holds no (?P<none>.+?)" + _DATES + r")?$")
_NOTHING = re.compile(r"^nothing to copy: the chart holds no (?P<none>.+?)" + _DATES + r"$")


def _kinds(said: str, joiner: str, words: str) -> str | None:
    parts = said.split(joiner)
    if any(p not in KINDS for p in parts):
        return None
    # In the table's order whatever the kept order: the joiner's words may depend on what follows
    # (Spanish "e" before "información").
    shown_parts = [QCoreApplication.translate(CONTEXT, KINDS[p]) for p in sorted(parts, key=list(KINDS).index)]
    return shown_parts[0] if len(shown_parts) == 1 else words.format(a=shown_parts[0], b=shown_parts[1])


def _none_held(found: re.Match[str]) -> str | None:
    none = _kinds(found["none"], " or ", QCoreApplication.translate("RequestGivenWords", "{a} or {b}"))
    if none is None:
        return None
    said = QCoreApplication.translate("RequestGivenWords", "the chart holds no {kinds}").format(kinds=none)
    if found["start"]:
        said += QCoreApplication.translate("RequestGivenWords", " from {day}").format(day=found["start"])
    if found["end"]:
        said += QCoreApplication.translate("RequestGivenWords", " to {day}").format(day=found["end"])
    return said


def given_words(kept: str) -> str:
    """`kept` (the request's "granted") in the screen's language, where the app wrote it."""
    found = _NOTHING.match(kept)
    if found:
        none = _none_held(found)
        if none is None:
            return kept
        return QCoreApplication.translate("RequestGivenWords", "nothing to copy: {none}").format(none=none)
    found = _COPY.match(kept)
    if not found:
        return kept
    kinds = _kinds(found["kinds"], " and ", QCoreApplication.translate("RequestGivenWords", "{a} and {b}"))
    who = (found["who"] or "").replace(" ", "_")
    if kinds is None or (who and who not in GUARDIAN_AUTHORITY):
        return kept
    said = QCoreApplication.translate("RequestGivenWords",
                                      "copy of the {kinds} (password-protected PDF)").format(kinds=kinds)
    if who:
        said += QCoreApplication.translate("RequestGivenWords", ", given to the {who}").format(
            who=shown(GUARDIAN_AUTHORITY, who))
    if found["none"]:
        none = _none_held(found)
        if none is None:
            return kept
        said += "; " + none
    return said


__all__ = ["given_words"]
