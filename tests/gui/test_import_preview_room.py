"""The CSV import's preview uses the room its page has (found in the real app on a 1000x750
screen: three rows tall under the column choices, with blank space under it). Measured in
rows, from the view's own viewport and row height, not in pixels a font decides."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize

from tests.gui.conftest import wait_ops
from tests.gui.test_import_wizard import open_wizard
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui

# The wizard as it opens on a 1000x750 screen (its own size: it fits there whole).
WIZARD_ON_A_1000_BY_750_SCREEN = QSize(820, 620)


def _csv(path: Path, rows: int) -> Path:
    lines = ["First Name,Last Name,Date of Birth,Email"]
    lines += [f"Orla{i},Farrowby{i},04/{i % 28 + 1:02d}/1980,o{i}@example.invalid" for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _rows_in_view(tree) -> int:  # type: ignore[no-untyped-def]
    """How many whole rows the view's viewport holds."""
    return tree.viewport().height() // tree.sizeHintForRow(0)


@pytest.mark.parametrize("rows", [40, 2])
def test_the_preview_fills_the_page_at_1000_by_750(unlocked_app: AppController, qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                   rows: int) -> None:
    wizard = open_wizard(unlocked_app, qtbot)
    wizard.resize(WIZARD_ON_A_1000_BY_750_SCREEN)
    page = wizard.source_page
    page.source.setCurrentIndex(page.source.findData("csv"))
    page.path.setText(str(_csv(tmp_path / "clients.csv", rows)))
    page.read_columns()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: page.csv_preview.topLevelItemCount() > 0, timeout=10_000)
    assert wizard.size() == WIZARD_ON_A_1000_BY_750_SCREEN
    tree = page.csv_preview
    fit = _rows_in_view(tree)
    # Every row that fits is filled from the file: more rows are read than three or five.
    assert tree.topLevelItemCount() == rows if rows < fit else tree.topLevelItemCount() >= fit
    # No blank room is left on the page under the preview and its message line: the page's
    # spare height is the preview's (it was a fixed 120 pixels, and a stretch took the rest).
    layout = page.layout()
    below = page.contentsRect().bottom() - layout.contentsMargins().bottom() - tree.geometry().bottom()
    message = page.csv_error.sizeHint().height() + layout.spacing() if page.csv_error.isVisible() else 0
    assert below <= message + layout.spacing(), (below, message)
    # Three rows were in view here; the column choices in two columns leave the preview more.
    assert fit >= 7, f"{fit} rows in view"
    # A taller wizard (dragged, or a larger screen): the preview grows with it, not blank room.
    wizard.resize(WIZARD_ON_A_1000_BY_750_SCREEN + QSize(0, 150))
    qtbot.waitUntil(lambda: _rows_in_view(tree) > fit, timeout=10_000)
    below = page.contentsRect().bottom() - layout.contentsMargins().bottom() - tree.geometry().bottom()
    assert below <= message + layout.spacing(), (below, message)
    wizard.reject()
    wait_ops(qtbot)
