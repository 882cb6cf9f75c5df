"""What the copy's window says of a copy made: the kinds and parts it holds, the ways forward with
nothing to copy, and the outcome of a try, in the screen's language (their context stays the
window's, "AccessCopyDialog": es.ts holds them there). Split from gui/access_copy_dialog.py (over
500 lines), which shows them; no words changed.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from vault_app.domain.authorization import INFO_LABELS
from vault_app.gui.dates import show_date
from vault_app.gui.i18n import QT_TRANSLATE_NOOP
from vault_app.gui.refusal_words import refusal_text
from vault_app.gui.request_given_words import left_out_words

if TYPE_CHECKING:
    from vault_app.services.access_copy import AccessCopyResult, RestItem


# The kinds a copy holds, as the outcome names them (translated where shown).
KIND_WORDS = {"progress": QT_TRANSLATE_NOOP("AccessCopyDialog", "progress notes"),
              "billing": QT_TRANSLATE_NOOP("AccessCopyDialog", "billing information")}


# The parts a denial's letter may name (domain/access_copy_parts.py), in the screen's words.
PART_WORDS = {"progress": QT_TRANSLATE_NOOP("AccessCopyDialog", "progress notes"),
              "measures": QT_TRANSLATE_NOOP("AccessCopyDialog", "outcome measures"),
              "billing": QT_TRANSLATE_NOOP("AccessCopyDialog", "billing information"),
              "treatment_plan": QT_TRANSLATE_NOOP("AccessCopyDialog", "treatment plan"),
              "attachments": QT_TRANSLATE_NOOP("AccessCopyDialog", "attached documents")}


# The ways forward when the copy would hold nothing (domain.requests.NOTHING_HELD_WAYS), each
# with its citation; the buttons for those this window does.
WAY_WORDS = {
    "copy_what_is_held": QT_TRANSLATE_NOOP(
        "AccessCopyDialog", "Make the copy of what the chart holds: tick the other kind, or choose other dates "
                            "({citation})."),
    "close_nothing_held": QT_TRANSLATE_NOOP(
        "AccessCopyDialog", "Tell the client in writing that the chart holds nothing of what was asked (and where "
                            "it is held, if you know), then close the request as answered ({citation})."),
    "extend": QT_TRANSLATE_NOOP(
        "AccessCopyDialog", "Extend the deadline once, with a written notice to the client ({citation})."),
    "deny": QT_TRANSLATE_NOOP(
        "AccessCopyDialog", "Deny it, or a part of it, on a ground the rule gives, with its written denial "
                            "({citation})."),
}


def outcome_text(result: AccessCopyResult, rest_items: Iterable[RestItem] = ()) -> str:
    """result.summary() in the screen's language (the kinds by their stored English label; each
    refusal by its code, else as the core gives it). `rest_items`: what the copy of the rest could
    carry, to say what it left out by kind and day."""
    words = {label: kind_words(kind) for kind, label in INFO_LABELS.items() if kind in KIND_WORDS}
    lines = [QCoreApplication.translate("AccessCopyDialog", "Made: {what} ({file}).").format(
        what=words.get(what, what), file=path.name) for what, path in result.made]
    lines += [(QCoreApplication.translate("AccessCopyDialog", "Already given on {day}: {what} ({file}).") if file
               else QCoreApplication.translate("AccessCopyDialog", "Already given on {day}: {what}.")).format(
                   day=show_date(day), what=kind_words(kind), file=file)
              for kind, day, file in result.already]
    # A part an earlier try gave to another recipient, or over fewer dates, is made again (164.524(c)(3)(ii)).
    again = {"recipient": QCoreApplication.translate(
                 "AccessCopyDialog", "Given on {day} to another recipient: {what}; made again for this one."),
             "measures": QCoreApplication.translate(
                 "AccessCopyDialog", "Given on {day} without the outcome measures: {what}; made again with them.")}
    lines += [again.get(why, QCoreApplication.translate(
                  "AccessCopyDialog", "Given on {day} for other dates: {what}; made again for these."))
              .format(day=show_date(day), what=kind_words(kind)) for kind, day, why in result.again]
    if result.drafts_left_out:
        lines.append(QCoreApplication.translate("AccessCopyDialog", "Left out as unsigned drafts: {count}.").format(
            count=len(result.drafts_left_out)))
    if result.left_out:  # what the copy of the rest left out as denied, by kind and day (164.524(d)(1))
        known = {i.id: i for i in rest_items}
        shown_items = [known[i] for i in result.left_out if i in known]
        lines.append(left_out_words(shown_items, len(result.left_out) - len(shown_items)))
    # A kind the chart holds nothing of: said as such, not as a refusal (found in the real app)
    lines += [(QCoreApplication.translate("AccessCopyDialog",
                                          "No {what} in these dates: the chart holds some at other dates.")
               if elsewhere else QCoreApplication.translate("AccessCopyDialog", "No {what}: the chart holds none."))
              .format(what=kind_words(kind)) for kind, elsewhere in result.empty]
    if result.ways:
        pass  # the ways forward say the rest, under this
    elif result.rest and result.granted:
        lines.append(QCoreApplication.translate(
            "AccessCopyDialog", "The rest is given; the request stays as decided (denied in part)."))
    elif result.outside:
        lines.append(outside_text(result.outside))
    elif result.granted:
        lines.append(QCoreApplication.translate("AccessCopyDialog", "The request is closed as granted."))
    elif result.rest and not result.made and not result.remaining:
        # Not "stays open": the request was decided (denied in part). The rest is still to give.
        lines.append(QCoreApplication.translate(
            "AccessCopyDialog", "Nothing to copy. The request was decided (denied in part); the rest is still to be "
                                "given: choose another kind or other dates, or tell the client the chart holds none "
                                "of it."))
    else:
        whys = [refusal_text(exc) for exc in result.refusals] if len(result.refusals) == len(result.remaining) \
            else [why for _what, why in result.remaining]
        lines += [QCoreApplication.translate("AccessCopyDialog", "Not made: {what}: {why}").format(
                      what=words.get(what, what), why=why)
                  for (what, _english), why in zip(result.remaining, whys, strict=True)]
        lines.append(QCoreApplication.translate("AccessCopyDialog", "The rest is given once every copy of it is made.")
                     if result.rest else QCoreApplication.translate(
                         "AccessCopyDialog", "The request stays open until every copy is made (or part of it is "
                                             "denied)."))
    return "\n".join(lines)


def outside_text(outside: Iterable[str]) -> str:
    """A copy that left out what no copy here holds: the request stays open for it, never "granted"
    with a part withheld (walk-NY round 36: the treatment plan never given, and no word)."""
    return QCoreApplication.translate(
        "AccessCopyDialog", "The request stays open: no copy made here holds the chart's {parts}. The Complete open "
                            "export does (Clients menu, basis: the client's own access request): made under this "
                            "request, it gives them, and the request is granted. Given another way: record it in the "
                            "request's window (Given another way…); or deny them in writing, with a ground (45 CFR "
                            "164.524(c)(1), (d)(1)).").format(
        parts=", ".join(part_words(c) for c in outside))


def kind_words(kind: str) -> str:
    """A kind of record a copy holds, in the screen's language."""
    return QCoreApplication.translate("AccessCopyDialog", KIND_WORDS[kind])


def part_words(code: str) -> str:
    """A part a denial's letter may name, in the screen's language."""
    return QCoreApplication.translate("AccessCopyDialog", PART_WORDS[code])


__all__ = ["KIND_WORDS", "PART_WORDS", "WAY_WORDS", "kind_words", "outcome_text", "outside_text", "part_words"]
