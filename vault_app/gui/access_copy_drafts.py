"""The copy's window before anything is written: the unsigned drafts it would carry, and the
parts an earlier try gave already.

Found in the real app (walk-close): the billing PDF was made and logged, then the progress notes
refused for an unsigned draft ("sign it first or leave it out"), with no way here to leave it
out; the next try refused the billing copy still in the folder. Now the drafts are asked about
first (listed by date, never their text): leave them out, or cancel and sign them; and the parts
already given are said, and not made again (services/access_copy_given.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from vault_app.gui.confirm import confirm
from vault_app.gui.dates import show_date
from vault_app.gui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from vault_app.services.access_copy import RestItem
    from vault_app.services.access_copy_given import GivenPart

CONTEXT = "AccessCopyDrafts"
# The kinds of a copy, as these lines name them.
PART_WORDS = {"progress": QT_TRANSLATE_NOOP("AccessCopyDrafts", "progress notes"),
              "billing": QT_TRANSLATE_NOOP("AccessCopyDrafts", "billing information")}
PART_FILE = QT_TRANSLATE_NOOP("AccessCopyDrafts", "{part} on {day} ({file})")
PART_DAY = QT_TRANSLATE_NOOP("AccessCopyDrafts", "{part} on {day}")
# Who received a part, when a representative did (45 CFR 164.524(c)(3)(ii)): "{part} to {recipient}".
PART_TO = QT_TRANSLATE_NOOP("AccessCopyDrafts", "{part}, to {recipient}")
PART_TO_CLIENT = QT_TRANSLATE_NOOP("AccessCopyDrafts", "{part}, to the client")
# Not made again only for the same recipient and dates it covers (services/access_copy_given).
GIVEN = QT_TRANSLATE_NOOP("AccessCopyDrafts", "Given already: {parts}. A part is not made again for the same "
                                              "recipient and dates.")
PARTS_GIVEN = QT_TRANSLATE_NOOP("AccessCopyDrafts", "Parts of the copy given: {parts}.")
DRAFT_DAY = QT_TRANSLATE_NOOP("AccessCopyDrafts", "Progress note of {day}, not signed")
TITLE = QT_TRANSLATE_NOOP("AccessCopyDrafts", "Unsigned drafts")
ONE = QT_TRANSLATE_NOOP("AccessCopyDrafts", "This copy would carry an unsigned draft. A draft is not yet part of "
                                            "the record as you attest it, so it is not given. Leave it out of the "
                                            "copy?")
MANY = QT_TRANSLATE_NOOP("AccessCopyDrafts", "This copy would carry {count} unsigned drafts. A draft is not yet part "
                                             "of the record as you attest it, so it is not given. Leave them out of "
                                             "the copy?")
# One source per form (English has no translator to choose a plural): one draft was asked
# "To give them, cancel, sign them…" under "Leave the drafts out" (found in review).
LEAVE_ONE = QT_TRANSLATE_NOOP("AccessCopyDrafts", "Leave the draft out and make the copy")
LEAVE = QT_TRANSLATE_NOOP("AccessCopyDrafts", "Leave the drafts out and make the copy")
SIGN_FIRST_ONE = QT_TRANSLATE_NOOP("AccessCopyDrafts", "To give it, cancel, sign it in the chart, and make the copy "
                                                       "again.")
SIGN_FIRST = QT_TRANSLATE_NOOP("AccessCopyDrafts", "To give them, cancel, sign them in the chart, and make the copy "
                                                   "again.")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _part(p: GivenPart, named: bool) -> str:
    """The part's words; with who received it when any part went to a representative."""
    if p.to:
        return _tr(PART_TO).format(part=_tr(PART_WORDS[p.kind]), recipient=p.recipient)
    return _tr(PART_TO_CLIENT).format(part=_tr(PART_WORDS[p.kind])) if named else _tr(PART_WORDS[p.kind])


def _parts(parts: tuple[GivenPart, ...]) -> str:
    named = any(p.to for p in parts)
    return "; ".join(_tr(PART_FILE if p.file else PART_DAY).format(
        part=_part(p, named), day=show_date(p.on), file=p.file) for p in parts)


def given_words(parts: tuple[GivenPart, ...]) -> str:
    """The copy's window: "Given already: billing information on 12/05/2026 (its file). A part is
    not made again for the same recipient and dates." or ""."""
    return _tr(GIVEN).format(parts=_parts(parts)) if parts else ""


def parts_given_words(parts: tuple[GivenPart, ...]) -> str:
    """The request's window: "Parts of the copy given: …" or ""."""
    return _tr(PARTS_GIVEN).format(parts=_parts(parts)) if parts else ""


def ask_about_drafts(parent: QWidget, drafts: tuple[RestItem, ...],
                     leave_out: Callable[[tuple[str, ...]], None]) -> QMessageBox:
    """Asked before anything is written: leave the drafts out of the copy (recorded as left out),
    or cancel and sign them first. Each said by its date, never its text."""
    days = [_tr(DRAFT_DAY).format(day=show_date(d.day)) for d in drafts]
    one = len(drafts) == 1
    question = _tr(ONE) if one else _tr(MANY).format(count=len(drafts))
    sign_first = _tr(SIGN_FIRST_ONE if one else SIGN_FIRST)
    return confirm(parent, _tr(TITLE), question, days, _tr(LEAVE_ONE if one else LEAVE),
                   lambda: leave_out(tuple(d.id for d in drafts)), warnings=[sign_first])


__all__ = ["ask_about_drafts", "given_words", "parts_given_words"]
