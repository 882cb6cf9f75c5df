"""The guardian form's Until, left empty, reads as the list beside it: for a parent of a
minor, the day the authority ends by law. Found in the real app: the list said
"03/14/2030 (turns 18)" for the mother of a 14-year-old and the form, for the same mother,
"open-ended"."""

from __future__ import annotations

from datetime import date

import pytest

from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_date
from vault_app.services import clients, guardians

pytestmark = pytest.mark.gui


def test_until_says_the_day_a_parent_s_authority_ends(unlocked_app: AppController, qtbot) -> None:
    window, vault = unlocked_app.main_window, unlocked_app.vault
    assert window is not None and vault is not None
    born = date(date.today().year - 14, 3, 14)
    client = clients.create_client(vault, "Mari Minor", date_of_birth=born.isoformat())
    guardians.add_guardian(vault, client.client_id, name="Lucia Minor", relationship="mother", authority="parent")
    window.open_chart(client.client_id)
    wait_ops(qtbot)
    dialog = window.chart.overview.edit_guardians()
    assert dialog is not None
    wait_ops(qtbot)
    ends = show_date(date(born.year + 18, 3, 13))  # the last day in force; 18 on the 14th
    birthday = show_date(date(born.year + 18, 3, 14))
    shown = lambda: dialog.valid_until.lineEdit().text()  # noqa: E731 - what the field shows now
    assert shown() == f"{ends} by law (turns 18 on {birthday})", "a new guardian: a parent, by default"
    edit = dialog.valid_until.lineEdit()  # whole, not cut at its start (seen in the real app)
    qtbot.waitUntil(lambda: edit.width() >= edit.fontMetrics().horizontalAdvance(shown()))
    dialog.list.setCurrentItem(dialog.list.topLevelItem(0))
    assert dialog.list.topLevelItem(0).text(5) == f"{ends} (turns 18 on {birthday})"
    assert shown() == f"{ends} by law (turns 18 on {birthday})", "the mother, as the list says"
    dialog.authority.setCurrentIndex(dialog.authority.findData("health_care_agent"))
    assert dialog.authority.currentData() == "health_care_agent"
    assert shown() == "open-ended", "no end by law for another kind of authority"
    assert dialog.valid_until.text() == "", "nothing is stored: the day is said, not set"
    dialog.reject()
    wait_ops(qtbot)


def test_a_new_guardian_of_an_adult_is_suggested_no_end(unlocked_app: AppController, qtbot) -> None:
    """Found in the real app: for a 40-year-old, New guardian suggested the day they turned 18,
    decades ago, as the end of an authority being recorded now. A guardian already recorded
    still says when the authority ended by law, as the list does."""
    window, vault = unlocked_app.main_window, unlocked_app.vault
    assert window is not None and vault is not None
    born = date(date.today().year - 40, 5, 2)
    client = clients.create_client(vault, "Ada Adult", date_of_birth=born.isoformat())
    guardians.add_guardian(vault, client.client_id, name="Pat Adult", relationship="father", authority="parent")
    window.open_chart(client.client_id)
    wait_ops(qtbot)
    dialog = window.chart.overview.edit_guardians()
    assert dialog is not None
    wait_ops(qtbot)
    shown = lambda: dialog.valid_until.lineEdit().text()  # noqa: E731 - what the field shows now
    assert dialog.authority.currentData() == "parent"
    assert shown() == "open-ended", "a new guardian of an adult: no end in the past suggested"
    dialog.list.setCurrentItem(dialog.list.topLevelItem(0))
    ends = show_date(date(born.year + 18, 5, 2))
    last = show_date(date(born.year + 18, 5, 1))
    assert shown() == f"{last} by law (turned 18 on {ends})", "the father recorded: when his authority ended"
    dialog.new_guardian()
    assert shown() == "open-ended"
    assert dialog.valid_until.text() == "", "nothing is stored: the day is said, not set"
    dialog.reject()
    wait_ops(qtbot)
