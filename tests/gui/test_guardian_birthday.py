"""A parent's authority on the day before and the day of the client's 18th birthday, as the
Guardians window says it. Found in the real app: the day before, "Until 12/06/2026 (turns 18)"
read as the mother signing on the 6th, when the app refuses her; on the birthday, "Until
12/05/2026 (turned 18)" and "May sign: yes" the very day the app refused the father. Until is the
last day in force (as a recorded end is), and the birthday is named."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.gui.conftest import wait_ops
from vault_app.domain.representatives import parental_authority_ends
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_date
from vault_app.services import clients, guardians

pytestmark = pytest.mark.gui


def _born_18_years_before(day: date) -> date:
    try:
        return day.replace(year=day.year - 18)
    except ValueError:  # 29 February: the 18th birthday falls on 1 March
        return date(day.year - 18, 2, 28)


@pytest.mark.parametrize("birthday_in, until_words, may_sign", [
    (1, "turns", "yes"),  # the day before the birthday: the parent still signs today
    (0, "turned", "no longer"),  # the birthday: an adult, the parent no longer signs
])
def test_the_list_says_the_last_day_a_parent_may_act_and_the_birthday(
        unlocked_app: AppController, qtbot, birthday_in: int, until_words: str, may_sign: str) -> None:
    window, vault = unlocked_app.main_window, unlocked_app.vault
    assert window is not None and vault is not None
    born = _born_18_years_before(date.today() + timedelta(days=birthday_in))
    client = clients.create_client(vault, "Eve Birthday", date_of_birth=born.isoformat())
    guardians.add_guardian(vault, client.client_id, name="Pat Birthday", relationship="mother", authority="parent")
    ends = parental_authority_ends("parent", born, 18, majority_order=False)
    assert ends is not None and (ends - date.today()).days == birthday_in
    window.open_chart(client.client_id)
    wait_ops(qtbot)
    dialog = window.chart.overview.edit_guardians()
    assert dialog is not None
    wait_ops(qtbot)
    row = dialog.list.topLevelItem(0)
    last = show_date(ends - timedelta(days=1))
    assert row.text(5) == f"{last} ({until_words} 18 on {show_date(ends)})"
    assert row.text(3) == may_sign
    dialog.reject()
    wait_ops(qtbot)


def test_a_guardian_ended_or_declined_may_no_longer_sign(
        unlocked_app: AppController, qtbot) -> None:
    """The recorded Until is the last day in force (Guardian.active_on; an authorization signed by
    them is refused after it): "May sign" said "yes" beside an Until already past, and beside a
    representative the therapist declined (services/representatives: refused from that day)."""
    window, vault = unlocked_app.main_window, unlocked_app.vault
    assert window is not None and vault is not None
    client = clients.create_client(vault, "Ann Ended", date_of_birth=date(1980, 5, 1).isoformat())
    yesterday, tomorrow = date.today() - timedelta(days=1), date.today() + timedelta(days=1)
    guardians.add_guardian(vault, client.client_id, name="Lee Ended", relationship="agent",
                           authority="health_care_agent", valid_until=yesterday)
    guardians.add_guardian(vault, client.client_id, name="Kim Going", relationship="agent",
                           authority="health_care_agent", valid_until=tomorrow)
    # Not treated as the representative since yesterday (164.502(g)(5)): refused as well.
    declined = guardians.add_guardian(vault, client.client_id, name="Dee Declined", relationship="agent",
                                      authority="health_care_agent")
    guardians.update_guardian(vault, client.client_id, declined.guardian_id, declined_on=yesterday,
                              declined_reason="reasonable belief of endangerment")
    window.open_chart(client.client_id)
    wait_ops(qtbot)
    dialog = window.chart.overview.edit_guardians()
    assert dialog is not None
    wait_ops(qtbot)
    rows = {dialog.list.topLevelItem(i).text(0): dialog.list.topLevelItem(i)
            for i in range(dialog.list.topLevelItemCount())}
    assert rows["Lee Ended"].text(3) == "no longer"
    assert rows["Kim Going"].text(3) == "yes"  # its last day is still to come
    assert rows["Dee Declined"].text(3) == f"no longer (declined on {show_date(yesterday)})"
    dialog.reject()
    wait_ops(qtbot)
