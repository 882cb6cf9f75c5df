"""The Account window says which visits have no diagnosis before a superbill is asked for, as it
says the codes with no fee: a superbill listing such a visit is refused (CMS-1500 items 21 and
24E, domain/superbill_diagnosis), and the refusal came only at Issue. The line under the charges
names the visits and where to add the diagnosis, and goes once the plan's diagnosis is added
(a change heard while the window is open). English and Spanish; real vault, real window."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.core.payable_practice import payable
from tests.gui.conftest import wait_ops
from vault_app.gui.account_dialog import AccountDialog
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_date
from vault_app.services import billing, clients, plans, sessions

pytestmark = pytest.mark.gui

CASES = [("en", "no diagnosis", "Edit plan…", "Correct session details…", "starts after"),
         ("es", "no tiene diagnóstico", "Editar plan…", "Corregir datos de la sesión…", "empieza después")]


@pytest.fixture(params=CASES, ids=[c[0] for c in CASES])
def words(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    from vault_app.gui import i18n

    assert i18n.install(request.param[0]) == request.param[0]
    yield request.param
    i18n.install("en")


def test_visits_without_a_diagnosis_are_said_before_the_superbill(unlocked_app: AppController, qtbot,
                                                                   words: tuple[str, ...]) -> None:
    _language, none_said, plan_where, session_where, later_said = words
    vault = unlocked_app.vault
    assert vault is not None
    client = clients.create_client(vault, "Nadia Nodx", chart_number="ND-1", date_of_birth="1980-01-01")
    payable(vault)
    billing.set_scheduled_fee(vault, "90837", "180.00")
    early, late = date.today() - timedelta(days=20), date.today() - timedelta(days=3)
    for day in (early, late):
        sessions.add_session(vault, client.client_id, date=day.isoformat(), duration_minutes=53)
    dialog = AccountDialog(unlocked_app, client.client_id, chart_number="ND-1", parent=unlocked_app.main_window)
    dialog.show()
    qtbot.waitExposed(dialog)
    wait_ops(qtbot)
    said = dialog.undiagnosed.text()
    assert dialog.undiagnosed.isVisible(), said
    assert none_said in said.casefold() or none_said in said, said
    assert show_date(early) in said and show_date(late) in said, said
    assert plan_where in said and session_where in said, said
    # The plan's diagnosis from a day between the two visits: the earlier one still has none then.
    middle = (early + timedelta(days=5)).isoformat()
    unlocked_app.op(dialog, lambda v: plans.update_plan(v, client.client_id, diagnosis_codes=["F43.23"],
                                                         start_date=middle)).run()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: show_date(late) not in dialog.undiagnosed.text())
    said = dialog.undiagnosed.text()
    assert dialog.undiagnosed.isVisible() and show_date(early) in said and later_said in said, said
    unlocked_app.op(dialog, lambda v: plans.update_plan(v, client.client_id, start_date=None)).run()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not dialog.undiagnosed.isVisible())
    dialog.close()
    wait_ops(qtbot)
