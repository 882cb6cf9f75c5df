"""What an import's ledger entry ("import.chart") says of its source, besides the kind of source
and the counts: the name of the SimplePractice export's folder, or of the CSV client list's file,
so the chart's History says which one it came from (round 39's walker: it read "import: chart").

Only those two: each holds a whole practice's clients and is named as the practice saved it
("SimplePractice Export Dec 2026", "clients.csv"). A folder of PDFs goes into one chart and is most
often named after its client ("Lucía Peña"): the ledger keeps no names (DESIGN.md, "Audit events
carry ids, never note text"; it outlives a destroyed chart), so its entry says "a folder of PDFs"
and no more. The name is the last part of the path only, never the folders above it (a home
folder's user name), and no longer than MAX_NAME_CHARS.
"""

from __future__ import annotations

import os
from pathlib import Path

# The sources whose folder's (or file's) name the ledger keeps.
NAMED_SOURCES = frozenset({"simplepractice", "csv"})
MAX_NAME_CHARS = 120


def source_facts(source: str, root: Path) -> dict[str, str]:
    """The entry's {"folder": name} for a source whose name it keeps; {} for any other."""
    if source not in NAMED_SOURCES:
        return {}
    name = Path(os.path.abspath(root)).name[:MAX_NAME_CHARS]
    return {"folder": name} if name else {}


__all__ = ["MAX_NAME_CHARS", "NAMED_SOURCES", "source_facts"]
