"""The Measures tab after a measure is entered, found in the real app (a PHQ-9, then two
GAD-7s): the chart stayed on the PHQ-9 after each GAD-7 was saved, and each measure's first
result read "no reliable change" against itself."""

from __future__ import annotations

import pytest

from tests.gui.conftest import wait_ops
from tests.gui.test_measures_tab import _open_tab
from vault_app.gui.controller import AppController
from vault_app.services import measures

pytestmark = pytest.mark.gui


def _enter(tab, qtbot, key: str, answers: list[int]) -> None:
    dialog = tab.enter_measure()
    assert dialog is not None
    wait_ops(qtbot)
    dialog.instrument_box.setCurrentIndex(dialog.instrument_box.findData(key))
    dialog.set_answers(answers)
    dialog.save_button.click()
    wait_ops(qtbot)
    assert not dialog.isVisible(), dialog.message.text()


def test_the_chart_shows_the_measure_just_entered(unlocked_app: AppController, qtbot) -> None:
    tab, cid = _open_tab(unlocked_app, qtbot)
    vault = unlocked_app.vault
    assert vault is not None
    unlocked_app.op(None, lambda v: measures.record_measure(v, cid, "phq9", [2, 2, 3, 1, 1, 2, 2, 0, 0],
                                                            taken_on="2026-11-06")).run()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: tab.instrument_box.currentData() == "phq9")

    _enter(tab, qtbot, "gad7", [3, 3, 2, 2, 1, 2, 1])  # its first result: not in the list before
    qtbot.waitUntil(lambda: tab.table.topLevelItemCount() == 2)
    assert tab.instrument_box.currentData() == "gad7"
    assert tab.chart.trend is not None and tab.chart.trend.instrument.key == "gad7"

    tab.instrument_box.setCurrentIndex(tab.instrument_box.findData("phq9"))
    _enter(tab, qtbot, "gad7", [1, 1, 1, 1, 1, 1, 1])  # in the list already
    qtbot.waitUntil(lambda: tab.table.topLevelItemCount() == 3)
    assert tab.instrument_box.currentData() == "gad7"
    assert tab.chart.trend is not None and [p.total for p in tab.chart.trend.points] == [14, 7]

    since = {(tab.table.topLevelItem(i).text(1), tab.table.topLevelItem(i).text(2)): tab.table.topLevelItem(i).text(4)
             for i in range(3)}
    assert since == {("PHQ-9", "13"): "first result", ("GAD-7", "14"): "first result", ("GAD-7", "7"): "improved"}
