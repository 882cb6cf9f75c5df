"""The client list's cut where even the end to keep is too wide (gui/name_cell.py). Seen in the
demo's smoke screenshot at 1280x800: "Rosalind (Rosalind Honeywater (demo))" drawn "Rosalind …t
(demo))", a word fragment before the end and a bracket closed that the reader never saw opened
(Qt's middle cut). Then the start and the last whole mark that fits: "Rosalind … (demo)", which cut
the surname the list is sorted by, as "Rosalind Honeywat…" did for a chart with no other preferred
name (found at 1366x768): now the surname stays whole, the first names are cut first (to their
initial at the narrowest, round 38). Real widgets
(the app's list at its narrowest), real font metrics."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QFontMetrics

from tests.gui.test_client_list_names_apart import _drawn, _names, narrow_name_column
from vault_app.gui import prefs
from vault_app.gui.controller import AppController
from vault_app.gui.name_cell import ELLIPSIS, kept_end, kept_end_only
from vault_app.services import clients

pytestmark = pytest.mark.gui

ROSALIND = "Rosalind (Rosalind Honeywater (demo))"
CUTS = [  # (whole name, its end to keep)
    (ROSALIND, " (Rosalind Honeywater (demo))"),
    ("Dan (Daniel Ortiz-Fernández)", " (Daniel Ortiz-Fernández)"),
    ("Sam Rivers, born 1984 (destroyed in a newer copy)", ", born 1984 (destroyed in a newer copy)"),
    ("Rivers and Holloway couple (demo) (couple)", " (couple)"),
]


def _balanced(text: str) -> bool:
    """No bracket closed that is not opened before it (one left open by a cut is fine: the
    ellipsis says words were left out)."""
    depth = 0
    for letter in text:
        depth += {"(": 1, ")": -1}.get(letter, 0)
        if depth < 0:
            return False
    return True


def _sound(whole: str, drawn: str) -> None:
    """A cut the reader can trust: brackets as opened, and whole words after the ellipsis."""
    assert _balanced(drawn), f"{drawn!r}: a bracket closed that the reader does not see opened"
    if ELLIPSIS in drawn:
        start, _, after = drawn.partition(ELLIPSIS)
        assert not start or whole.startswith(start.rstrip()), drawn
        assert not start.rstrip().endswith("("), f"{drawn!r}: a bracket opened on nothing"
        if after:
            assert after.startswith(" ") or whole.endswith(after), f"{drawn!r}: a cut word before the end kept"
            words = re.sub(r"[()]", "", after).split()
            assert " ".join(words) in re.sub(r"[()]", "", whole), drawn


def test_the_demos_name_at_the_narrow_list_reads_whole_marks(unlocked_app: AppController, qtbot) -> None:
    prefs.put("privacy_mode", False)
    vault = unlocked_app.vault
    assert vault is not None
    clients.create_client(vault, "Rosalind Honeywater (demo)", preferred_name="Roz", date_of_birth="1979-03-02")
    clients.create_client(vault, "Juniper Sparrowstone (demo)", date_of_birth="1981-04-05")
    window = unlocked_app.main_window
    assert window is not None
    window.resize(853, 480)
    window.splitter.setSizes([260, 853 - 260])
    panel = window.client_list
    narrow_name_column(panel)  # the dates kept beside the names (in the order by name they give way)
    assert _names(unlocked_app, qtbot) == ["Juniper Sparrowstone (demo)", "Roz (Rosalind Honeywater (demo))"]
    qtbot.wait(20)  # the list's first width, to its names (list_first_width.py), then its least again
    window.splitter.setSizes([260, 853 - 260])
    qtbot.waitUntil(lambda: 0 < panel.tree.columnWidth(0) < 200)
    rows = {surname: next(i for i in range(2) if surname in panel.tree.topLevelItem(i).text(0))
            for surname in ("Honeywater", "Sparrowstone")}
    # Each row's surname drawn whole.
    for surname, row in rows.items():
        whole, drawn, fits = _drawn(panel, row)
        assert surname in whole, "the item's own text (a screen reader's) stays whole"
        assert fits and drawn != whole and ELLIPSIS in drawn, drawn
        _sound(whole, drawn.removesuffix(ELLIPSIS))  # "… Honeywater…": words follow it
        assert surname in drawn, drawn
    assert _drawn(panel, rows["Honeywater"])[1].startswith("Ro"), "the name the therapist uses, as much of it as fits"


@pytest.mark.parametrize(("whole", "keep"), CUTS)
def test_every_width_cuts_at_whole_words(unlocked_app: AppController, whole: str, keep: str) -> None:
    window = unlocked_app.main_window
    assert window is not None
    metrics = QFontMetrics(window.client_list.tree.font())
    for width in range(10, metrics.horizontalAdvance(whole) + 10, 3):
        drawn = kept_end(whole, keep, metrics, width)
        assert metrics.horizontalAdvance(drawn) <= width or len(drawn) <= 1, (width, drawn)
        _sound(whole, drawn)


@pytest.mark.parametrize(("whole", "keep"), CUTS[:3])
def test_every_width_keeps_the_surname_whole_where_it_fits_alone(unlocked_app: AppController, whole: str,
                                                                 keep: str) -> None:
    window = unlocked_app.main_window
    assert window is not None
    metrics = QFontMetrics(window.client_list.tree.font())
    surname = {"R": "Honeywater", "D": "Ortiz-Fernández", "S": "Rivers"}[whole[0]]
    for width in range(10, metrics.horizontalAdvance(whole) + 10, 3):
        drawn = kept_end(whole, keep, metrics, width, surname)
        assert metrics.horizontalAdvance(drawn) <= width or len(drawn) <= 1, (width, drawn)
        assert _balanced(drawn), drawn
        # The surname whole wherever it fits beside the first name's initial (which stays before it:
        # tests/gui/test_name_cell_first_name.py); with the end telling two rows apart where that
        # end follows it (a year, a mark): two rows alike are not drawn the same.
        needs = surname + keep if whole.index(surname) < whole.index(keep) + 1 else surname
        if metrics.horizontalAdvance(f"{whole[0]}. {needs}") < width:
            assert re.search(rf"(?<![\w-]){surname}(?![\w-])", drawn), (width, drawn)
        if drawn != kept_end_only(whole, keep, metrics, width):
            # Around the surname: each piece between the cuts is of the name, no word pieced together.
            for piece in drawn.removeprefix(f"{whole[0]}. ").split(ELLIPSIS):
                assert piece.strip(" (") in whole, (width, drawn)


def test_the_end_kept_whole_where_it_fits() -> None:
    from PySide6.QtWidgets import QApplication

    metrics = QFontMetrics(QApplication.font())
    keep = " (Rosalind Honeywater (demo))"
    width = metrics.horizontalAdvance("Ro" + ELLIPSIS + keep) + 2
    assert kept_end(ROSALIND, keep, metrics, width).endswith(keep)
    width = metrics.horizontalAdvance("Rosalind " + ELLIPSIS + " (demo)") + 2
    assert kept_end(ROSALIND, keep, metrics, width) == "Rosalind " + ELLIPSIS + " (demo)"
