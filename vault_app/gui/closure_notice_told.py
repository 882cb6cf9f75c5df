"""The words the notices of closure's window says of each letter that goes otherwise than by mail to the
chart's address, before any is written (domain/closure_notice_delivery.py, 45 CFR 164.522(b)), and of
the letters a second run skips; kept apart from the window (gui/closure_notice_dialog.py)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from vault_app.domain import closure_notice_delivery as delivery_rules
from vault_app.gui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from vault_app.services.closure_notice import Planned

CONTEXT = "ClosureNoticeTold"
WAYS = {"phone": QT_TRANSLATE_NOOP("ClosureNoticeTold", "phone"),
        "text": QT_TRANSLATE_NOOP("ClosureNoticeTold", "text message"),
        "email": QT_TRANSLATE_NOOP("ClosureNoticeTold", "email"),
        "voicemail": QT_TRANSLATE_NOOP("ClosureNoticeTold", "voicemail")}

SAFE = QT_TRANSLATE_NOOP("ClosureNoticeTold", "{chart}: by mail to the safe address, as asked (“{asked}”)")
SAFE_NOT_TICKED = QT_TRANSLATE_NOOP("ClosureNoticeTold", "{chart}: by mail to the safe address (mail is not among the "
                                                         "ways ticked as OK to use)")
ASKED = QT_TRANSLATE_NOOP("ClosureNoticeTold", "{chart}: not by mail: use “{asked}”")
WAYS_SAID = QT_TRANSLATE_NOOP("ClosureNoticeTold", "{chart}: not by mail: use {ways}")
FIRST = QT_TRANSLATE_NOOP("ClosureNoticeTold", "Nothing is written yet. These clients asked to be reached their own "
                                               "way ({citation}); their letters go as listed:")
NOT_BY_MAIL = QT_TRANSLATE_NOOP("ClosureNoticeTold", "A letter not by mail is written without an address, its file "
                                                     "named “-not-by-mail” (“-no-por-correo” for a letter in "
                                                     "Spanish): give it to the client the way they asked. Press "
                                                     "“Write them as listed” to write every letter.")
SKIPPED = QT_TRANSLATE_NOOP("ClosureNoticeTold", "Already sent a notice for this closing day: {n}. They are skipped; "
                                                 "tick “Make them again” to write them again.")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def how_it_goes(chart: str, how: delivery_rules.Delivery) -> str:
    """One letter's line: the client's own words as they gave them (never markup: the label is plain)."""
    if how.how == delivery_rules.TO_SAFE_ADDRESS:
        return (_tr(SAFE).format(chart=chart, asked=how.asked) if how.asked
                else _tr(SAFE_NOT_TICKED).format(chart=chart))
    if how.asked:
        return _tr(ASKED).format(chart=chart, asked=how.asked)
    ways = ", ".join(_tr(WAYS[w]) if w in WAYS else w for w in how.ways)
    return _tr(WAYS_SAID).format(chart=chart, ways=ways)


def told_first(planned: Iterable[Planned], already: int) -> str:
    """What the window says before anything is written: each letter that goes otherwise, and how."""
    told = [p for p in planned if p.delivery.told]
    lines = [_tr(FIRST).format(citation=delivery_rules.CITATION), *(how_it_goes(p.chart_number, p.delivery)
                                                                     for p in told), _tr(NOT_BY_MAIL)]
    if already:
        lines.append(skipped(already))
    return "\n".join(lines)


def skipped(already: int) -> str:
    return _tr(SKIPPED).format(n=already)


__all__ = ["how_it_goes", "skipped", "told_first"]
