"""Record a request on a couple's chart: "Made by" lists each adult member (found by a walker: only "The
client" and "A personal representative not recorded in the chart"), and the request chosen as a member's
is recorded as theirs, so the access copy goes to them. A minor member of a family is not listed; privacy
mode masks the names. Real vault, real widgets."""

from __future__ import annotations

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui import requests_tab
from vault_app.gui.controller import AppController
from vault_app.gui.new_request_dialog import NewRequestDialog
from vault_app.gui.widgets import MASK
from vault_app.services import clients, requests

pytestmark = pytest.mark.gui


def _case(app: AppController) -> tuple[str, str, str, str]:
    vault = app.vault
    assert vault is not None
    fx.set_practice(vault)
    alex = clients.create_client(vault, "Alex Taylor", date_of_birth="1985-02-03", chart_number="AT-1").client_id
    jordan = clients.create_client(vault, "Jordan Taylor", date_of_birth="1986-04-05", chart_number="JT-1").client_id
    kid = clients.create_client(vault, "Kid Taylor", date_of_birth=fx.born_years_ago(10), chart_number="KT-1")
    case = clients.create_case(vault, "Taylor family", [alex, jordan, kid.client_id], kind="family",
                               chart_number="J-9")
    return case.case_id, alex, jordan, kid.client_id


def test_each_adult_member_is_listed_and_the_request_is_theirs(unlocked_app: AppController, qtbot) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    case_id, alex, jordan, kid = _case(unlocked_app)
    dialog = NewRequestDialog(unlocked_app, case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: dialog.made_by.findData("member:" + alex) >= 0)
    texts = [dialog.made_by.itemText(i) for i in range(dialog.made_by.count())]
    assert texts[1:3] == ["Alex Taylor (AT-1), a member of the couple or family",
                          "Jordan Taylor (JT-1), a member of the couple or family"]
    assert dialog.made_by.findData("member:" + kid) < 0
    dialog.made_by.setCurrentIndex(dialog.made_by.findData("member:" + jordan))
    dialog.description.setText("a copy of the joint record")
    dialog.save()
    qtbot.waitUntil(lambda: len(requests.list_requests(vault, client_id=case_id)) == 1)
    made = requests.list_requests(vault, client_id=case_id)[0]
    assert (made.member_id, made.by_representative, made.guardian_id) == (jordan, False, None)
    # The chart's Requests list names the member who made it, not "The client" (seen in the real app).
    reps = requests_tab.requesters_by_id(vault, case_id)
    assert requests_tab.made_by_words(made, reps, False) == "Jordan Taylor (JT-1)"
    assert requests_tab.made_by_words(made, reps, True) == f"{MASK} (JT-1)"


def test_privacy_mode_masks_the_members_names(unlocked_app: AppController, qtbot) -> None:
    case_id, alex, _jordan, _kid = _case(unlocked_app)
    dialog = NewRequestDialog(unlocked_app, case_id)
    dialog.setProperty("privacy", True)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: dialog.made_by.findData("member:" + alex) >= 0)
    assert dialog.made_by.itemText(dialog.made_by.findData("member:" + alex)) == (
        f"{MASK} (AT-1), a member of the couple or family")
