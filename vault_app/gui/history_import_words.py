"""The facts of an import's History line ("import: chart"), in the screen's language: how many
notes and documents came in, whether into a chart that was there already, from what (the
SimplePractice export or CSV client list by the name the ledger kept, a folder of PDFs unnamed:
services/importers/ledger_source.py), and whether the line was logged late after an interruption.
The line read "import: chart" and no more (round 39's walker). An entry of an older release has
no folder's name: the kind of source alone. A name is shown escaped where it holds a line break or
a text-direction override (domain/names.neutralise): it comes from the file system."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from vault_app.domain.names import neutralise
from vault_app.gui.i18n import QT_TRANSLATE_NOOP

# The source as the ledger names it: with the folder's (or file's) name, and without.
FROM_NAMED = {
    "simplepractice": QT_TRANSLATE_NOOP("HistoryWords", 'from the SimplePractice export "{name}"'),
    "csv": QT_TRANSLATE_NOOP("HistoryWords", 'from the CSV client list "{name}"'),
}
FROM = {
    "simplepractice": QT_TRANSLATE_NOOP("HistoryWords", "from a SimplePractice export"),
    "csv": QT_TRANSLATE_NOOP("HistoryWords", "from a CSV client list"),
    "pdf-folder": QT_TRANSLATE_NOOP("HistoryWords", "from a folder of PDFs"),
}
INTO_EXISTING = QT_TRANSLATE_NOOP("HistoryWords", "into the existing chart")
LATE = QT_TRANSLATE_NOOP("HistoryWords", "logged late, after an interruption")
# One source per form (English has no translator for %n's plural): (one, more).
COUNTS = {
    "progress_notes": (QT_TRANSLATE_NOOP("HistoryWords", "{n} progress note"),
                       QT_TRANSLATE_NOOP("HistoryWords", "{n} progress notes")),
    "psychotherapy_notes": (QT_TRANSLATE_NOOP("HistoryWords", "{n} psychotherapy note"),
                            QT_TRANSLATE_NOOP("HistoryWords", "{n} psychotherapy notes")),
    "documents": (QT_TRANSLATE_NOOP("HistoryWords", "{n} document"),
                  QT_TRANSLATE_NOOP("HistoryWords", "{n} documents")),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("HistoryWords", text)


def import_facts(payload: Mapping[str, object]) -> list[str]:
    """The parts of the line after "import: chart", each said in the screen's language."""
    said: list[str] = []
    counts = []
    for key, (one, more) in COUNTS.items():
        n = payload.get(key)
        if isinstance(n, int) and not isinstance(n, bool) and n > 0:
            counts.append(_tr(one if n == 1 else more).format(n=n))
    if counts:  # first: a narrow History column cut the counts after a long folder name (real app)
        said.append(", ".join(counts))
    if payload.get("created") is False:
        said.append(_tr(INTO_EXISTING))
    source, name = str(payload.get("source") or ""), payload.get("folder")
    if isinstance(name, str) and name and source in FROM_NAMED:
        said.append(_tr(FROM_NAMED[source]).format(name=neutralise(name, keep_line_breaks=False)))
    elif source in FROM:
        said.append(_tr(FROM[source]))
    if payload.get("late") is True:
        said.append(_tr(LATE))
    return said


__all__ = ["COUNTS", "FROM", "FROM_NAMED", "INTO_EXISTING", "LATE", "import_facts"]
