"""The request's window offers a state's own ground against a parent's access to a minor's record
(California HSC 123115(a)(2)) for a parent's request about a minor in that state, records the denial
on it, and does not offer it for an adult client's own request (found by a walker: no state ground
could be cited)."""

from __future__ import annotations

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.domain.requests import ClientRequest
from vault_app.gui.controller import AppController
from vault_app.gui.requests_dialog import RequestDetailDialog
from vault_app.services import practice, requests

pytestmark = pytest.mark.gui

CITATION = "Cal. Health & Safety Code 123115(a)(2)"


def _window(unlocked_app: AppController, qtbot, *, age: int, by_rep: bool) -> tuple[RequestDetailDialog, str]:  # type: ignore[no-untyped-def]
    vault = unlocked_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1, date_of_birth=fx.born_years_ago(age))
    practice.update(vault, license_state="CA", license_number="PSY 12345")
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(2),
                             by_representative=by_rep)
    detail = RequestDetailDialog(unlocked_app, q.id)
    qtbot.addWidget(detail)
    detail.show()
    wait_ops(qtbot)
    return detail, q.id


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_parents_request_about_a_minor_is_denied_on_californias_ground(
        lang: str, unlocked_app: AppController, qtbot, request: pytest.FixtureRequest) -> None:  # type: ignore[no-untyped-def]
    if lang == "es":
        request.getfixturevalue("spanish")
    detail, rid = _window(unlocked_app, qtbot, age=14, by_rep=True)
    window = detail.deny()
    items = [window.ground.itemText(i) for i in range(window.ground.count())]
    (wanted,) = [item for item in items if CITATION in item]
    assert ("Harmful to the minor" if lang == "en" else "Perjudicial para el menor") in wanted
    window.ground.setCurrentText(wanted)
    window.whole.setChecked(True)
    window.record_button.click()
    wait_ops(qtbot)
    assert vault_request(unlocked_app, rid).grounds == ("ca_minor_detriment",)
    detail.close()
    wait_ops(qtbot)


def test_an_adults_own_request_is_not_offered_the_state_ground(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    detail, _rid = _window(unlocked_app, qtbot, age=40, by_rep=False)
    window = detail.deny()
    items = [window.ground.itemText(i) for i in range(window.ground.count())]
    assert items and not any(CITATION in item for item in items), items
    window.close()
    detail.close()
    wait_ops(qtbot)


def vault_request(app: AppController, rid: str) -> ClientRequest:
    assert app.vault is not None
    return requests.get_request(app.vault, rid)
