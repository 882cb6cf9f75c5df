"""The import's review at 1366x768: a file's line keeps in sight the client's folder it came from
as well as its own name. The column kept the file's name and cut the folders before it, so a
scan's line ("no text layer") read "Medi… Progress Note 2023-02-01 090000 990001.pdf" and the
therapist had to hover to learn whose scan it was (round 39's walker). Real export, real dry run,
real widgets: what the delegate draws in the column's width on screen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyleOptionViewItem, QTreeWidget

from tests.gui.test_import_ambiguous_review import _review
from vault_app.gui.controller import AppController
from vault_app.gui.import_ambiguous import kept_path

pytestmark = pytest.mark.gui


def _drawn(tree: QTreeWidget, row: int) -> tuple[str, str, int]:
    item = tree.topLevelItem(row)
    assert item is not None
    index = tree.indexFromItem(item, 0)
    option = QStyleOptionViewItem()
    option.rect = tree.visualRect(index)
    option.widget = tree
    tree.itemDelegateForIndex(index).initStyleOption(option, index)
    return item.text(0), option.text, option.rect.width()


def test_a_scan_s_line_names_the_client_s_folder(unlocked_app: AppController, qtbot: Any, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    wizard, _root = _review(unlocked_app, qtbot, tmp_path, monkeypatch)
    review = wizard.review_page
    tree = review.skipped
    seen = 0
    for row in range(tree.topLevelItemCount()):
        whole, drawn, width = _drawn(tree, row)
        parts = whole.split("/")
        if len(parts) < 3:  # a row, a chart, or a file at the export's top
            continue
        folder, name = parts[-2], parts[-1]
        assert folder in drawn, (whole, drawn)  # whose file it is, without hovering
        assert drawn.endswith(name.rsplit(" ", 1)[-1]), (whole, drawn)  # its id, that tells files apart
        assert tree.fontMetrics().horizontalAdvance(drawn) <= width + 1, (drawn, width)
        seen += 1
    scans = [r for r in range(tree.topLevelItemCount()) if "990001" in tree.topLevelItem(r).text(0)]  # type: ignore[union-attr]
    assert scans and seen >= 2
    wizard.reject()


@pytest.mark.parametrize("path,width_in,start,held", [
    # Room for all of it: the whole path.
    ("Medical Records/Ada Ambervale/Scan 1.pdf", 60, "Medical Records/Ada Ambervale/Scan 1.pdf", ""),
    # Less: the export's top folder goes first, the client's stays.
    ("Medical Records/Ada Ambervale/Progress Note 2023-02-01 090000 990001.pdf", 60,
     "…/Ada Ambervale/Progress Note 2023-02-01 090000 990001.pdf", ""),
    # Less still: the name's middle is cut; its first word's start, the client's folder, and the
    # note's date and id stay (found in the real app: "Psychotherapy Not… 100035.pdf" row after row).
    ("Psychotherapy Notes/Ada Ambervale/Psychotherapy Note 2023-02-01 090000 100035.pdf", 50,
     "…/Ada Ambervale/Ps", "2023-02-01 090000 100035.pdf"),
    # Narrower: fewer of the last words, the id always.
    ("Medical Records/Ada Ambervale/Progress Note 2023-02-01 090000 990001.pdf", 36, "…/Ada Ambervale/P",
     "990001.pdf"),
])
def test_kept_path_gives_up_the_top_folder_then_the_name_s_middle(qtbot: Any, path: str, width_in: int, start: str,
                                                                    held: str) -> None:
    metrics = QFontMetrics(QFont("DejaVu Sans", 10))
    width = metrics.horizontalAdvance("x" * width_in)
    shown = kept_path(path, metrics, width)
    assert metrics.horizontalAdvance(shown) <= width
    assert shown.startswith(start) and shown.endswith(held or path.rsplit(" ", 1)[-1]), shown
    if held:
        assert "…" in shown[len(start):]
