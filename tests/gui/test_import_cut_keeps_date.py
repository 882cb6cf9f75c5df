"""A file's line in the import's review, cut to its column, never shows the note's time without
its date: "…/Ada Ambervale/Ps… 090000 990001.pdf" at some widths read as a time of no day
(found in the real app at 1366x768). The date comes before the time: where both do not fit, the
time goes first ("Ps… 2023-02-01 … 990001.pdf"), then the date with it (the id alone)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QFont, QFontMetrics

from vault_app.gui.import_ambiguous import kept_path

pytestmark = pytest.mark.gui

PATHS = [
    "Medical Records/Ada Ambervale/Progress Note 2023-02-01 090000 990001.pdf",
    "Psychotherapy Notes/Ada Ambervale/Psychotherapy Note 2023-02-01 130000 100035.pdf",
    "Ada Ambervale/Intake 2023-02-01 090000 990002.pdf",
]


@pytest.mark.parametrize("folder_first", [True, False])
@pytest.mark.parametrize("path", PATHS)
def test_the_time_is_never_shown_without_its_date(qtbot: Any, path: str, folder_first: bool) -> None:
    metrics = QFontMetrics(QFont("DejaVu Sans", 10))
    words = path.rsplit("/", 1)[-1].split(" ")
    day, hour, number = words[-3], words[-2], words[-1]
    dated = 0
    for width in range(metrics.horizontalAdvance("x" * 8), metrics.horizontalAdvance(path) + 2, 3):
        shown = kept_path(path, metrics, width, folder_first=folder_first)
        assert metrics.horizontalAdvance(shown) <= width, (width, shown)
        assert hour not in shown or day in shown, (width, shown)
        dated += day in shown and hour not in shown
        if width > metrics.horizontalAdvance(number) * 3:
            assert shown.endswith(number), (width, shown)  # the id that tells files apart, always
    assert dated > 0  # a width where the date stays, the time gone
