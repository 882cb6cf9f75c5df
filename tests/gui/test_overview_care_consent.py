"""The chart's Overview says who consented to a minor's care (found: said only in Client details, though
it decides whether a parent or the minor signs, 45 CFR 164.502(g)(3)). Real vault, real widgets: the
line for a minor of the age the client's form asks it of, with the day it was recorded; "not recorded"
with where to record it; nothing for an adult or a younger child with nothing recorded; masked in
privacy mode; Spanish."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_date
from vault_app.gui.widgets import MASK
from vault_app.services import clients, practice

pytestmark = pytest.mark.gui


def _overview(app: AppController, qtbot, years: int, consented_by: str = ""):  # type: ignore[no-untyped-def]
    vault = app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1, date_of_birth=fx.born_years_ago(years))
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 14})
    if consented_by:
        clients.update_client(vault, chart.client_id, care_consented_by=consented_by)
    window = app.main_window
    assert window is not None
    window.open_chart(chart.client_id)
    wait_ops(qtbot)
    overview = window.chart.overview
    return window, overview, overview.fields["care"]


def test_a_minors_overview_says_a_parent_consented_and_when(unlocked_app: AppController, qtbot) -> None:
    _window, _overview_tab, care = _overview(unlocked_app, qtbot, 16, "guardian")
    qtbot.waitUntil(lambda: care.isVisibleTo(care.window()) and care.text() != "")
    assert care.text() == f"by a parent or guardian (recorded {show_date(date.today())})"


def test_not_recorded_says_where_to_record_it_and_privacy_masks_it(unlocked_app: AppController, qtbot) -> None:
    window, _overview_tab, care = _overview(unlocked_app, qtbot, 15)
    qtbot.waitUntil(lambda: care.text() != "")
    assert care.text().startswith("not recorded") and "Edit details…" in care.text()
    window.chart.set_privacy(True)
    qtbot.waitUntil(lambda: care.text() == MASK)
    window.chart.set_privacy(False)
    qtbot.waitUntil(lambda: care.text().startswith("not recorded"))


@pytest.mark.parametrize(("years", "consented_by"), [(18, "guardian"), (30, ""), (10, "")])
def test_no_line_for_an_adult_or_a_young_child_with_nothing_recorded(unlocked_app: AppController, qtbot,
                                                                    years: int, consented_by: str) -> None:
    _window, overview_tab, care = _overview(unlocked_app, qtbot, years, consented_by)
    qtbot.waitUntil(lambda: overview_tab.fields["consent"].text() != "")
    wait_ops(qtbot)
    assert not care.isVisibleTo(care.window()) and care.text() == ""


def test_a_young_childs_recorded_answer_is_said(unlocked_app: AppController, qtbot) -> None:
    _window, _overview_tab, care = _overview(unlocked_app, qtbot, 10, "guardian")
    qtbot.waitUntil(lambda: care.text().startswith("by a parent or guardian"))


def test_in_spanish(unlocked_app: AppController, qtbot, spanish: None) -> None:
    _window, _overview_tab, care = _overview(unlocked_app, qtbot, 16, "client")
    qtbot.waitUntil(lambda: care.text() != "")
    assert care.text().startswith("por el cliente") and "consented" not in care.text(), care.text()
