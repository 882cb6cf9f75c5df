"""What an export disclosed, as its receipt says it in the screen's language.

The ledger keeps the app's English description ("3 progress notes (2026-11-16 to 2026-11-30);
with 2 outcome measure results", domain/disclosure.describe_items) and so does the CLI's
output; the receipt said that sentence in English on Spanish screens. It is said here from the
facts the export gives with it (services/export.Described): the kind, how many, the first and
last day, the fields asked for, the outcome measure results that went with the notes and what
else the PDF carries (amendments, denied amendment requests, statements of disagreement, a copy
of the Part 2 consent).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from vault_app.gui.dates import show_date
from vault_app.gui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from vault_app.services.export import Described

CONTEXT = "ExportWords"

# How many of a kind were disclosed, by kind and then ".one" for a single one (Spanish agrees in number).
ITEMS: Mapping[str, str] = {
    "progress": QT_TRANSLATE_NOOP("ExportWords", "{count} progress notes"),
    "progress.one": QT_TRANSLATE_NOOP("ExportWords", "1 progress note"),
    "psychotherapy": QT_TRANSLATE_NOOP("ExportWords", "{count} psychotherapy notes"),
    "psychotherapy.one": QT_TRANSLATE_NOOP("ExportWords", "1 psychotherapy note"),
    "billing": QT_TRANSLATE_NOOP("ExportWords", "{count} sessions' billing data"),
    "billing.one": QT_TRANSLATE_NOOP("ExportWords", "1 session's billing data"),
}
ONE_DAY = QT_TRANSLATE_NOOP("ExportWords", "{items} ({day})")
DAYS = QT_TRANSLATE_NOOP("ExportWords", "{items} ({first} to {last})")
FIELDS = QT_TRANSLATE_NOOP("ExportWords", "fields: {fields}")
MEASURES = QT_TRANSLATE_NOOP("ExportWords", "with {count} outcome measure results")
MEASURES_ONE = QT_TRANSLATE_NOOP("ExportWords", "with 1 outcome measure result")
# Asked for, none within the notes' dates: said so, not as a field (it read as if only the
# measures went: domain/disclosure_wording.NO_MEASURES, found by a walker on an access copy).
NO_MEASURES = QT_TRANSLATE_NOOP("ExportWords", "outcome measures asked for: none recorded in these dates")
# What else the PDF carries (domain/export_carried), each counted, said after "with".
CARRIED: Mapping[str, str] = {
    "amendments": QT_TRANSLATE_NOOP("ExportWords", "{count} amendments"),
    "amendments.one": QT_TRANSLATE_NOOP("ExportWords", "1 amendment"),
    "addenda": QT_TRANSLATE_NOOP("ExportWords", "{count} addenda"),
    "addenda.one": QT_TRANSLATE_NOOP("ExportWords", "1 addendum"),
    "disputes": QT_TRANSLATE_NOOP("ExportWords", "{count} amendment requests denied"),
    "disputes.one": QT_TRANSLATE_NOOP("ExportWords", "1 amendment request denied"),
    "disagreements": QT_TRANSLATE_NOOP("ExportWords", "{count} statements of disagreement"),
    "disagreements.one": QT_TRANSLATE_NOOP("ExportWords", "1 statement of disagreement"),
}
WITH = QT_TRANSLATE_NOOP("ExportWords", "with {items}")
CONSENT_COPY = QT_TRANSLATE_NOOP("ExportWords", "a copy of the client's 42 CFR Part 2 consent")
# The wizard's last page, before the export (going_along_text): what goes with the ticked notes.
ALONG = QT_TRANSLATE_NOOP("ExportWords", "Along with these notes, as the law asks (45 CFR 164.526): {items}.")
CONSENT_ALONG = QT_TRANSLATE_NOOP("ExportWords", "With the file: {consent} (42 CFR 2.32).")
# A selection's field keys as the wizard's words name them (a key with none: as stored).
FIELD_NAMES: Mapping[str, str] = {
    "measures": QT_TRANSLATE_NOOP("ExportWords", "outcome measures"),
}


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def described_text(described: Described) -> str:
    """The export's description in the screen's language ("3 notas de evolución (del 16/11/2026
    al 30/11/2026); con 2 resultados de escalas"), its days as the practice writes them."""
    one = described.count == 1
    source = ITEMS.get(f"{described.kind}.one" if one else described.kind)
    items = _tr(source).format(count=described.count) if source is not None \
        else f"{described.count} {described.kind}"  # a kind added to the core later: as stored
    first, last = described.first, described.last
    if first is not None and last is not None:
        items = _tr(ONE_DAY).format(items=items, day=show_date(first)) if first == last else \
            _tr(DAYS).format(items=items, first=show_date(first), last=show_date(last))
    parts = [items]
    # "measures" asked for is said by the results that went ("with 2 ..."), or as none held.
    fields = [f for f in described.fields if f != "measures"]
    if fields:
        parts.append(_tr(FIELDS).format(fields=", ".join(_tr(FIELD_NAMES[f]) if f in FIELD_NAMES else f
                                                         for f in fields)))
    if "measures" in described.fields and not described.measures:
        parts.append(_tr(NO_MEASURES))
    if described.measures:
        parts.append(_tr(MEASURES_ONE) if described.measures == 1 else
                     _tr(MEASURES).format(count=described.measures))
    carried = carried_words(described)
    if described.consent_copy:
        carried.append(_tr(CONSENT_COPY))
    if carried:
        parts.append(_tr(WITH).format(items=", ".join(carried)))
    return "; ".join(parts)



def carried_words(described: Described) -> list[str]:
    """What goes with the notes, counted: "1 amendment", "1 addendum", "1 amendment request denied",
    "1 statement of disagreement" (none of a kind: not said)."""
    return [_tr(CARRIED[f"{key}.one" if n == 1 else key]).format(count=n) for key, n in (
        ("amendments", described.amendments), ("addenda", described.addenda), ("disputes", described.disputes),
        ("disagreements", described.disagreements)) if n]


def going_along_text(described: Described) -> str:
    """The export wizard's last page, before the export: what goes with the ticked notes and why,
    counted as the export counts it (services/export_preview), "" when nothing does. Found by the
    round's brief: only the receipt said so, after the export."""
    said = []
    carried = carried_words(described)
    if carried:
        said.append(_tr(ALONG).format(items=", ".join(carried)))
    if described.consent_copy:
        said.append(_tr(CONSENT_ALONG).format(consent=_tr(CONSENT_COPY)))
    return " ".join(said)


__all__ = ["ALONG", "CARRIED", "CONSENT_ALONG", "CONSENT_COPY", "CONTEXT", "DAYS", "FIELDS", "FIELD_NAMES", "ITEMS",
           "MEASURES", "MEASURES_ONE", "NO_MEASURES", "ONE_DAY", "WITH", "carried_words", "described_text",
           "going_along_text"]
