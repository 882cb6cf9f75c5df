"""A client's coming of age, seen where the therapist looks (walk-teen round 33, findings 7 and 8):
the Overview shows the age and, for a minor, the day they turn 18; the new-guardian form warns
while it is filled in that a parent's authority over an adult client has ended. Real vault, real
widgets."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from tests.gui.test_change_notices import elsewhere, window_of
from tests.gui.test_chart import add_client
from vault_app.domain.clinical import age_on
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_date, show_deadline
from vault_app.gui.guardians_dialog import GuardiansDialog
from vault_app.services import clients, guardians
from vault_app.services.vault import Vault

pytestmark = pytest.mark.gui


def _years_ago(years: int, days: int = 0) -> date:
    """A birth date making the client come of age (18) in `days` days (negative: days ago)."""
    day = date.today() + timedelta(days=days)
    if (day.month, day.day) == (2, 29):
        day += timedelta(days=1)
    return day.replace(year=day.year - years)


def test_the_overview_shows_the_age_and_the_day_a_minor_turns_18(unlocked_app: AppController, qtbot) -> None:
    client_id = add_client(unlocked_app, qtbot, "Maya Minor")
    dob = window_of(unlocked_app).chart.overview.fields["dob"]
    qtbot.waitUntil(lambda: "(age " in dob.text())
    assert dob.text() == f"{show_date(date(1980, 2, 3))} (age {age_on(date(1980, 2, 3), date.today())})"
    born = _years_ago(18, 4)
    elsewhere(unlocked_app, qtbot, lambda v: clients.update_client(v, client_id, date_of_birth=born.isoformat()))
    qtbot.waitUntil(lambda: "a minor" in dob.text())
    assert dob.text() == f"{show_date(born)} (age 17; a minor: turns 18 on {show_date(_years_ago(0, 4))})"


@pytest.mark.parametrize(("days", "warned"), [(-1, True), (0, True), (1, False), (400, False)])
def test_the_guardian_form_warns_live_for_an_adult_client(unlocked_app: AppController, qtbot, days: int,
                                                          warned: bool) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    client_id = add_client(unlocked_app, qtbot, "Jordan Adult")
    clients.update_client(vault, client_id, date_of_birth=_years_ago(18, days).isoformat())
    dialog = GuardiansDialog(unlocked_app, clients.read_chart(vault, client_id))
    qtbot.addWidget(dialog)
    dialog.show()
    wait_ops(qtbot)
    dialog.authority.setCurrentIndex(dialog.authority.findData("parent"))
    qtbot.waitUntil(lambda: dialog.majority is not None)
    assert dialog.adult_warning.isVisible() is warned
    if warned:
        assert "45 CFR 164.502(g)(2)-(3)" in dialog.adult_warning.text()
        assert show_date(_years_ago(0, days)) in dialog.adult_warning.text()
    dialog.authority.setCurrentIndex(dialog.authority.findData("health_care_agent"))
    assert not dialog.adult_warning.isVisible()  # not a parent's authority: no end at 18


def _of_age_with_a_parents_form(vault: Vault, days: int) -> str:
    """Jordan, of age `-days` days ago (or coming of age in `days`), with a form his father signed
    60 days ago while Jordan was a minor."""
    fx.set_practice(vault)
    client_id = clients.create_client(vault, "Jordan Reyes", date_of_birth=_years_ago(18, days)).client_id
    father = guardians.add_guardian(vault, client_id, "Luis Reyes", authority="parent")
    fx.add_auth(vault, client_id, signed_on=date.today() - timedelta(days=60), guardian_id=father.guardian_id,
                signer_name="Luis Reyes", signer_role="personal_representative")
    return client_id


@pytest.mark.parametrize(("days", "marked"), [(-1, True), (3, False)])
def test_the_authorizations_tab_marks_a_parents_form_after_the_birthday(unlocked_app: AppController, qtbot,
                                                                       days: int, marked: bool) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    client_id = _of_age_with_a_parents_form(vault, days)
    window = window_of(unlocked_app)
    unlocked_app.open_chart(client_id)
    wait_ops(qtbot)
    tab = window.chart.authorizations
    window.chart.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.tree.topLevelItemCount() == 1)
    row = tab.tree.topLevelItem(0)
    assert row is not None
    words = (f"Luis Reyes — signed by the parent; Jordan Reyes is an adult since {show_date(_years_ago(0, days))}: "
             f"ask them to sign their own")
    # Short in its cell (the sentence was cut at 1366x768, walker round 33), whole on hover.
    assert row.text(5) == ("Luis Reyes (the parent)" if marked else "Luis Reyes")
    assert row.toolTip(5) == (words if marked else "Luis Reyes")
    if marked:
        assert row.toolTip(4).endswith("\n" + words)
    assert tab.tree.topLevelItem(0).text(4) == ("valid, by the parent of an adult" if marked else "valid")  # type: ignore[union-attr]


@pytest.mark.parametrize(("days", "line"), [
    (-1, "turned 18 on {day}; forms the parent signed still in force: 1. Ask the client to sign their own."),
    (4, "turns 18 on {day}; the parent's authority ends then."),
    (45, ""),
])
def test_the_dashboard_names_clients_coming_of_age(unlocked_app: AppController, qtbot, days: int, line: str) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    client_id = _of_age_with_a_parents_form(vault, days)
    number = clients.get_client(vault, client_id).chart_number
    page = window_of(unlocked_app).dashboard
    page.refresh()
    wait_ops(qtbot)
    card = page.cards["coming_of_age"]
    assert card.isVisibleTo(page) is bool(line)
    if line:
        assert card.detail.text() == f"chart {number}: " + line.format(day=show_deadline(_years_ago(0, days)))


def test_privacy_mode_masks_the_birthday_in_the_guardian_warning(unlocked_app: AppController, qtbot) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    client_id = add_client(unlocked_app, qtbot, "Jordan Adult")
    clients.update_client(vault, client_id, date_of_birth=_years_ago(18, -1).isoformat())
    dialog = GuardiansDialog(unlocked_app, clients.read_chart(vault, client_id), privacy=True)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_ops(qtbot)
    dialog.authority.setCurrentIndex(dialog.authority.findData("parent"))
    qtbot.waitUntil(lambda: dialog.adult_warning.isVisible())
    assert show_date(_years_ago(0, -1)) not in dialog.adult_warning.text()


def test_privacy_mode_masks_the_birthday_on_the_dashboard(unlocked_app: AppController, qtbot) -> None:
    """Walker, round 33 (shot 102): "chart C00001: turned 18 on 12/11/2026" in privacy mode, the
    date of birth next to the chart number. Masked while privacy mode is on, shown again after."""
    vault = unlocked_app.vault
    assert vault is not None
    _of_age_with_a_parents_form(vault, 4)
    window = window_of(unlocked_app)
    page = window.dashboard
    day = show_deadline(_years_ago(0, 4))
    page.refresh()
    wait_ops(qtbot)
    detail = page.cards["coming_of_age"].detail
    assert day in detail.text()
    window.toggle_privacy()
    try:
        qtbot.waitUntil(lambda: day not in detail.text())
        page.refresh()
        wait_ops(qtbot)
        assert day not in detail.text() and "turns 18 on" in detail.text()
    finally:
        window.toggle_privacy()
    qtbot.waitUntil(lambda: day in detail.text())
