"""The facts of an import's History line ("import: chart"), in the screen's language: how many
notes and documents came in, whether into a chart that was there already, from what kind of
source (a SimplePractice export, a CSV client list, a folder of PDFs), and whether the line was
logged late after an interruption. The line read "import: chart" and no more (round 39's walker).
The source is said by its kind, never by its folder's or file's name: the ledger outlives a
destroyed chart, and a name the therapist gave a folder or a list ("Lucía Peña.csv") may be the
client's (DESIGN.md: audit events carry ids, never names)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from vault_app.gui.i18n import QT_TRANSLATE_NOOP

# The source as the ledger names it: its kind.
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
    if counts:
        said.append(", ".join(counts))
    if payload.get("created") is False:
        said.append(_tr(INTO_EXISTING))
    source = str(payload.get("source") or "")
    if source in FROM:
        said.append(_tr(FROM[source]))
    if payload.get("late") is True:
        said.append(_tr(LATE))
    return said


__all__ = ["COUNTS", "FROM", "INTO_EXISTING", "LATE", "import_facts"]
