"""The client list tells clients apart by what a therapist knows them by: the preferred name
with the legal one beside it ("Dan (Daniel Ortiz)"), and the birth year where two rows would
read the same ("Sam Rivers, born 1984"). Found by a walker: "Dan" alone, and two imported "Sam
Rivers" told apart only by the chart number. The search still finds either name; privacy mode
shows neither. Real vault, real widgets; Spanish too."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from tests.gui.conftest import wait_ops
from vault_app.gui import i18n, prefs
from vault_app.gui.controller import AppController
from vault_app.services import clients

pytestmark = pytest.mark.gui


def _names(app: AppController, qtbot, search: str = "") -> list[str]:  # type: ignore[no-untyped-def]
    panel = app.main_window.client_list  # type: ignore[union-attr]
    panel.search.setText(search)
    panel.refresh()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not panel._refreshing, timeout=10_000)
    tree = panel.tree
    return sorted(tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount()))


def narrow_name_column(panel) -> None:  # type: ignore[no-untyped-def]
    """The dates kept beside the names, as in the order of Last seen: at the least width the name
    column is then as narrow as it gets, the cut tested here (in the order by name the dates give
    their room to the surnames: test_client_list_surname_150_percent.py)."""
    panel.date_room.keep_shown = lambda: True
    panel.date_room.fit()


def _clients(app: AppController) -> None:
    vault = app.vault
    assert vault is not None
    clients.create_client(vault, "Daniel Ortiz", preferred_name="Dan", date_of_birth="1979-03-02")
    clients.create_client(vault, "Sam Rivers", date_of_birth="1984-05-06")
    clients.create_client(vault, "Sam Rivers", date_of_birth="1991-07-08")
    clients.create_client(vault, "Wren Holloway", preferred_name="Wren Holloway", date_of_birth="1990-01-01")


def test_preferred_and_legal_names_and_the_year_where_names_collide(unlocked_app: AppController, qtbot) -> None:
    prefs.put("privacy_mode", False)
    _clients(unlocked_app)
    assert _names(unlocked_app, qtbot) == ["Dan (Daniel Ortiz)", "Sam Rivers, born 1984", "Sam Rivers, born 1991",
                                            "Wren Holloway"]
    # The search finds either name; one Sam Rivers alone needs no year.
    assert _names(unlocked_app, qtbot, "Daniel") == ["Dan (Daniel Ortiz)"]
    assert _names(unlocked_app, qtbot, "Dan") == ["Dan (Daniel Ortiz)"]
    assert _names(unlocked_app, qtbot, "Rivers") == ["Sam Rivers, born 1984", "Sam Rivers, born 1991"]
    panel = unlocked_app.main_window.client_list  # type: ignore[union-attr]
    panel.set_privacy(True)
    assert all("Dan" not in n and "Sam" not in n and "19" not in n for n in _names(unlocked_app, qtbot))
    panel.set_privacy(False)


def test_in_spanish(unlocked_app: AppController, qtbot, spanish: None) -> None:
    prefs.put("privacy_mode", False)
    _clients(unlocked_app)
    names = _names(unlocked_app, qtbot)
    assert "Sam Rivers, nac. 1984" in names and "Dan (Daniel Ortiz)" in names, names


def _drawn(panel, row: int) -> tuple[str, str, bool]:  # type: ignore[no-untyped-def]
    """The row's Name cell: its text (what a screen reader says), what is drawn, and whether the
    style draws that without cutting it further (at the column's width on screen)."""
    tree = panel.tree
    index = tree.model().index(row, 0)
    option = QStyleOptionViewItem()
    tree.initViewItemOption(option)
    option.rect = tree.visualRect(index)
    tree.itemDelegateForIndex(index).initStyleOption(option, index)
    style = tree.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1
    room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, tree).width() - 2 * margin
    drawn = option.text
    return str(index.data()), drawn, option.fontMetrics.elidedText(drawn, option.textElideMode, room) == drawn


@pytest.mark.parametrize("language", ["en", "es"])
def test_at_the_narrow_list_the_cut_keeps_the_year_and_the_legal_name(
        unlocked_app: AppController, qtbot, language: str) -> None:
    """1280x720 at 150 %: an 853-pixel window, its list at its least (260). Found by a walker: the
    cells read "Sam Rivers, bo…" and "Dan (Daniel O…", the part that tells rows apart cut off."""
    prefs.put("privacy_mode", False)
    vault = unlocked_app.vault
    assert vault is not None
    clients.create_client(vault, "Daniel Ortiz-Fernández", preferred_name="Dan", date_of_birth="1979-03-02")
    clients.create_client(vault, "Samantha Riverside-Holloway", date_of_birth="1984-05-06")
    clients.create_client(vault, "Samantha Riverside-Holloway", date_of_birth="1991-07-08")
    assert i18n.install(language) == language
    try:
        window = unlocked_app.main_window
        assert window is not None
        window.resize(853, 480)
        window.splitter.setSizes([260, 853 - 260])
        panel = window.client_list
        narrow_name_column(panel)
        _names(unlocked_app, qtbot)
        qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 3)
        qtbot.wait(20)  # the list's first width, to its names (list_first_width.py), then its least again
        window.splitter.setSizes([260, 853 - 260])
        qtbot.waitUntil(lambda: 0 < panel.tree.columnWidth(0) < 200)
        cells = {_drawn(panel, i)[0]: _drawn(panel, i)[1:] for i in range(3)}
        born = {"en": "born", "es": "nac."}[language]
        for whole, end in ((f"Samantha Riverside-Holloway, {born} 1984", "1984"),
                           (f"Samantha Riverside-Holloway, {born} 1991", "1991"),
                           ("Dan (Daniel Ortiz-Fernández)", "")):
            drawn, fits = cells[whole]  # the item's own text whole: what a screen reader says
            assert fits, f"the style cuts {drawn!r} at its end, the year or legal name with it"
            # Cut: with "…", or the first name to its initial ("D. Ortiz-Fernández": test_name_cell_first_name.py).
            assert drawn != whole and ("…" in drawn or drawn.startswith(whole[0] + ". ")), \
                "the column is meant to be too narrow for the whole name here"
            assert drawn.endswith(end), (whole, drawn)
            assert not re.search(r"…[^\s,]", drawn), f"{drawn!r}: a word cut before the end kept"
        # The list is by last name: the surname after the first name's initial; where it and the
        # year do not fit whole, the year (two rows alike) and as much of the surname as fits. Not
        # the first name lost ("Riverside-Holl…", round 38: a mother and her son drawn alike).
        assert cells[f"Samantha Riverside-Holloway, {born} 1984"][0].startswith("S. Riv")
        # Too narrow for the legal name whole: its surname whole, not its middle cut out ("Dan
        # (Da…ndez)" before: a fragment of a word, read as a name of its own), nor the surname
        # cut away ("Dan (Daniel…", the word the list is in order by).
        assert "Ortiz-Fernández" in cells["Dan (Daniel Ortiz-Fernández)"][0]
        # Privacy mode: the mask alone, nothing kept that names anyone.
        panel.set_privacy(True)
        for i in range(3):
            whole, drawn, fits = _drawn(panel, i)
            assert fits and not any(s in drawn for s in ("Sam", "Dan", "19", "Ortiz")), drawn
        panel.set_privacy(False)
    finally:
        i18n.install("en")
