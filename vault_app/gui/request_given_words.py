"""What a granted access request says was given, in the screen's language.

Said from the data the core keeps (domain/request_given.Given, the request's `given`): the kinds
copied, to whom, the kinds not held and the dates, each said here in words, so a change of the
core's English cannot show English on a Spanish screen.

The parser below is kept only for requests granted before that data was kept (migration 0101):
their row holds only the English sentence services/access_copy.py wrote then ("copy of the
progress notes (password-protected PDF); the chart holds no billing information", "nothing to
copy: the chart holds no progress notes from 09/01/2026"), said here in words where it has one of
those shapes; anything else (typed on the command line) reads as it was kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from vault_app.domain.authorization import INFO_LABELS
from vault_app.domain.request_given import Given
from vault_app.gui.chart_words import GUARDIAN_AUTHORITY, shown
from vault_app.gui.dates import show_date
from vault_app.gui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from vault_app.services.access_copy import RestItem

CONTEXT = "RequestGivenWords"
KINDS = {"progress notes": QT_TRANSLATE_NOOP("RequestGivenWords", "progress notes"),
         "billing information": QT_TRANSLATE_NOOP("RequestGivenWords", "billing information")}
# The parts a copy does not hold, recorded as given another way (domain/access_copy_parts.py).
OTHERWISE = {"treatment_plan": QT_TRANSLATE_NOOP("RequestGivenWords", "the treatment plan"),
             "measures": QT_TRANSLATE_NOOP("RequestGivenWords", "the outcome measures"),
             "progress": QT_TRANSLATE_NOOP("RequestGivenWords", "the progress notes"),
             "billing": QT_TRANSLATE_NOOP("RequestGivenWords", "the billing information"),
             "attachments": QT_TRANSLATE_NOOP("RequestGivenWords", "the attached documents")}
# What the copy of the rest left out as denied (164.524(d)(1)): each item by its kind and day,
# never its text (services/access_copy.left_out_items).
LEFT_OUT_KINDS = {"progress": QT_TRANSLATE_NOOP("RequestGivenWords", "progress note of {day}"),
                  "billing": QT_TRANSLATE_NOOP("RequestGivenWords", "billing of the session of {day}")}
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


def _from_data(given: Given) -> str | None:
    """None: data this screen has no words for (a kind or representative newer than it)."""
    def kinds(found: tuple[str, ...], joiner: str, words: str) -> str | None:
        return _kinds(joiner.join(INFO_LABELS.get(k, k) for k in found), joiner, words) if found else None

    none = ""
    if given.not_held:
        said = kinds(given.not_held, " or ", QCoreApplication.translate("RequestGivenWords", "{a} or {b}"))
        if said is None:
            return None
        none = QCoreApplication.translate("RequestGivenWords", "the chart holds no {kinds}").format(kinds=said)
        if given.date_from is not None:
            none += QCoreApplication.translate("RequestGivenWords", " from {day}").format(
                day=show_date(given.date_from))
            if given.date_to is not None:
                none += QCoreApplication.translate("RequestGivenWords", " to {day}").format(
                    day=show_date(given.date_to))
    if not given.copied:
        return QCoreApplication.translate("RequestGivenWords", "nothing to copy: {none}").format(none=none) \
            if none else None
    copied = kinds(given.copied, " and ", QCoreApplication.translate("RequestGivenWords", "{a} and {b}"))
    if copied is None or (given.to and given.to not in GUARDIAN_AUTHORITY):
        return None
    said = QCoreApplication.translate("RequestGivenWords",
                                      "copy of the {kinds} (password-protected PDF)").format(kinds=copied)
    if given.measures:  # they rode with the progress notes (domain/access_copy_parts.py)
        said += QCoreApplication.translate("RequestGivenWords", ", the outcome measures with the progress notes")
    if given.to:
        said += QCoreApplication.translate("RequestGivenWords", ", given to the {who}").format(
            who=shown(GUARDIAN_AUTHORITY, given.to))
    if given.otherwise:
        said += QCoreApplication.translate("RequestGivenWords", "; given another way: {parts}").format(
            parts=", ".join(QCoreApplication.translate(CONTEXT, OTHERWISE[p]) for p in given.otherwise
                            if p in OTHERWISE))
    if given.by_export:  # held by a complete open export under the request (services/access_copy_export_cover)
        parts = ", ".join(QCoreApplication.translate(CONTEXT, OTHERWISE[p]) for p in given.by_export if p in OTHERWISE)
        said += (QCoreApplication.translate("RequestGivenWords", "; given by the open export of {day}: {parts}").format(
            day=show_date(given.export_on), parts=parts) if given.export_on is not None else
            QCoreApplication.translate("RequestGivenWords", "; given by the open export: {parts}").format(parts=parts))
    if given.outside:  # held by the chart, in no copy, not given another way (domain/access_copy_parts.outside)
        said += QCoreApplication.translate(
            "RequestGivenWords", "; not in this copy, not given: {parts} (give them another way, or deny them in "
                                 "writing)").format(
            parts=", ".join(QCoreApplication.translate(CONTEXT, OTHERWISE[p]) for p in given.outside
                            if p in OTHERWISE))
    return said + ("; " + none if none else "")


def left_out_words(items: Sequence[RestItem], gone: int = 0) -> str:
    """"Left out as denied: 2 items (progress note of 10/12/2026; …)." for the items the copy of
    the rest left out, `gone` of them no longer in the chart (destroyed since: said by count);
    "" when it left nothing out."""
    count = len(items) + gone
    if not count:
        return ""
    what = [QCoreApplication.translate(CONTEXT, LEFT_OUT_KINDS[i.kind]).format(day=show_date(i.day))
            for i in items if i.kind in LEFT_OUT_KINDS]
    if gone or len(what) < len(items):
        what.append(QCoreApplication.translate("RequestGivenWords", "{n} no longer in the chart").format(
            n=gone + len(items) - len(what)))
    said = (QCoreApplication.translate("RequestGivenWords", "Left out as denied: 1 item ({what}).") if count == 1
            else QCoreApplication.translate("RequestGivenWords", "Left out as denied: {n} items ({what})."))
    return said.format(n=count, what="; ".join(what))


def given_words(kept: str, given: Given | None = None) -> str:
    """What the request gave in the screen's language: from `given` (the kept data) when there is
    some, else from `kept` (the request's "granted" sentence, for rows from before the data)."""
    if given is not None:
        said = _from_data(given)
        if said is not None:
            return said
        return kept
    return _from_sentence(kept)


def _from_sentence(kept: str) -> str:
    """Only for rows kept before the data (migration 0101): `kept` said where the app wrote it."""
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


def drafts_left_words(days: Sequence[date], gone: int = 0) -> str:
    """"Left out as unsigned drafts: 1 note (10/23/2026)." for the drafts an access copy left
    out (services/request_drafts_left), `gone` of them no longer in the chart (said by count);
    "" when it left none out."""
    count = len(days) + gone
    if not count:
        return ""
    what = [show_date(d) for d in days]
    if gone:
        what.append(QCoreApplication.translate("RequestGivenWords", "{n} no longer in the chart").format(n=gone))
    if count == 1:
        return QCoreApplication.translate("RequestGivenWords", "Left out as unsigned drafts: 1 note ({what}).").format(
            what="; ".join(what))
    return QCoreApplication.translate("RequestGivenWords", "Left out as unsigned drafts: {n} notes ({what}).").format(
        n=count, what="; ".join(what))


__all__ = ["LEFT_OUT_KINDS", "drafts_left_words", "given_words", "left_out_words"]
