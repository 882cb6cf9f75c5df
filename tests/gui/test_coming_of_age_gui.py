"""A client's coming of age, seen where the therapist looks (walk-teen round 33, findings 7 and 8):
the Overview shows the age and, for a minor, the day they turn 18; the new-guardian form warns
while it is filled in that a parent's authority over an adult client has ended. Real vault, real
widgets."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.gui.conftest import wait_ops
from tests.gui.test_change_notices import elsewhere, window_of
from tests.gui.test_chart import add_client
from vault_app.domain.clinical import age_on
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_date
from vault_app.gui.guardians_dialog import GuardiansDialog
from vault_app.services import clients

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
