"""The client list's Name cell at very narrow widths keeps the first name's initial (round 37's
walkers: below the width of "R… Honeywater" the row read "… Honeywater", then "Honeywater": the
first name gone, two of a family, or a mother and her son, drawn alike, where a therapist knows a
client by the first name). Now "R. Honeywater", then "R. Honeyw…": the initial stays as long as it
and a letter of the surname fit; the surname whole wherever it fits beside the initial. Real font
metrics (gui/name_cell.py)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from vault_app.gui.name_cell import ELLIPSIS, kept_end

pytestmark = pytest.mark.gui

ROWS = [  # (whole name, its end to keep, the words the list sorts it by)
    ("Rosalind Honeywater", "", "Honeywater"),
    ("Rosalind (Rosalind Honeywater (demo))", " (Rosalind Honeywater (demo))", "Honeywater"),
    ("Dan (Daniel Ortiz-Fernández)", " (Daniel Ortiz-Fernández)", "Ortiz-Fernández"),
    ("Sam Rivers, born 1984", ", born 1984", "Rivers"),
    ("María García López", "", "García López"),
]


@pytest.mark.parametrize(("whole", "keep", "surname"), ROWS)
def test_the_first_names_initial_stays_at_every_width(qapp: QApplication, whole: str, keep: str,
                                                      surname: str) -> None:
    metrics = QFontMetrics(QApplication.font())
    initial = whole[0] + "."
    tail = keep if keep.startswith(",") else ""  # the year follows the surname and tells rows apart
    # Qt's own cut wants a pixel more than the text's width.
    smallest = metrics.horizontalAdvance(f"{initial} {surname[0]}{ELLIPSIS}{tail}") + 1
    initials = 0
    for width in range(smallest, metrics.horizontalAdvance(whole) + 10):
        drawn = kept_end(whole, keep, metrics, width, surname)
        assert metrics.horizontalAdvance(drawn) <= width, (width, drawn)
        assert drawn[0] == whole[0], f"{width}: {drawn!r} lost the first name"
        if drawn.startswith(initial + " "):
            initials += 1
            if metrics.horizontalAdvance(f"{initial} {surname}{tail}") <= width:
                assert surname in drawn, (width, drawn)
            assert drawn.endswith(tail), (width, drawn)
    assert initials, "never drawn with the initial: the test did not reach the narrow widths"
