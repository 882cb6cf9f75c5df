"""Why the export wizard's first list is empty, and what would fill it (gui/export_what_page.py).

Found by the round's brief: a chart with no signed note showed an empty list, Tick all and "Before
Next: tick at least one record", and only a grey line under the list's room ("1 unsigned draft is
not listed") said anything. Said now where the list was, in a clinician's words: only signed notes
leave the practice, where to sign or write one, or which other records may go.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def nothing_listed(kind: str, drafts: int, other: str) -> str:
    """The words for an empty list of `kind` records, `drafts` unsigned ones not listed, `other` the
    name of another kind of records the therapist may choose above."""
    if kind == "progress":
        if drafts == 1:
            text = QCoreApplication.translate(
                "WhatPage", "Nothing to export yet: only signed notes leave the practice, and this chart's only "
                "progress note is an unsigned draft. Sign it first (the chart's Sessions & notes tab), then "
                "export it; or choose other records above ({other}).")
        elif drafts:
            text = QCoreApplication.translate(
                "WhatPage", "Nothing to export yet: only signed notes leave the practice, and this chart's "
                "{count} progress notes are unsigned drafts. Sign them first (the chart's Sessions & notes tab), "
                "then export them; or choose other records above ({other}).")
        else:
            text = QCoreApplication.translate(
                "WhatPage", "This chart has no progress note yet, and only signed notes can be exported. Write "
                "and sign one first (the chart's Sessions & notes tab); or choose other records above ({other}).")
    elif kind == "psychotherapy":
        if drafts == 1:
            text = QCoreApplication.translate(
                "WhatPage", "Nothing to export yet: only signed notes leave the practice, and this chart's only "
                "psychotherapy note is an unsigned draft. Sign it first (the chart's Psychotherapy tab), then "
                "export it; or choose other records above ({other}).")
        elif drafts:
            text = QCoreApplication.translate(
                "WhatPage", "Nothing to export yet: only signed notes leave the practice, and this chart's "
                "{count} psychotherapy notes are unsigned drafts. Sign them first (the chart's Psychotherapy "
                "tab), then export them; or choose other records above ({other}).")
        else:
            text = QCoreApplication.translate(
                "WhatPage", "This chart has no signed psychotherapy note, and only signed notes can be exported. "
                "Or choose other records above ({other}).")
    else:
        text = QCoreApplication.translate(
            "WhatPage", "No session is recorded in this chart yet, so there is no billing information to export. "
            "Or choose other records above ({other}).")
    return text.format(count=drafts, other=other)


__all__ = ["nothing_listed"]
