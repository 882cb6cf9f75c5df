"""The chart's Overview says a guardian's authority ended when its recorded end (Until, the
Guardians window's "Authority ends on", its last day in force: "authority until {day}") has
passed, as it says it of a parent's at the client's
majority. Found in the real app: a guardian whose Until was last month was listed without a word,
as if still acting. English and Spanish, real vault, real widgets, the real es.ts."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_date
from vault_app.services import clients, guardians

pytestmark = pytest.mark.gui


def _overview_says(app: AppController, qtbot, client_id: str) -> str:  # type: ignore[no-untyped-def]
    from vault_app.gui.chart_view import ChartView

    view = ChartView(app)  # built with the language installed now
    qtbot.addWidget(view)
    view.load(client_id)
    wait_ops(qtbot)
    return view.overview.fields["guardians"].text()


def _client_with_guardian(app: AppController, until: date, **kind: str) -> str:
    vault = app.vault
    assert vault is not None
    # An adult's personal representative, and a minor's parent, for whom the majority rule
    # says nothing yet: only the recorded end speaks.
    client = clients.create_client(vault, "Una Until", date_of_birth=kind.pop("born", "1980-04-02"))
    guardians.add_guardian(vault, client.client_id, name="Gus Guardian", relationship=kind.pop("relationship", ""),
                           authority=kind.pop("authority", "personal_representative"), valid_until=until.isoformat())
    return client.client_id


@pytest.mark.parametrize("days", [-1, 0, 30])
def test_a_guardian_past_their_until_is_said_to_have_ended(unlocked_app: AppController, qtbot, days: int) -> None:
    until = date.today() + timedelta(days=days)
    said = _overview_says(unlocked_app, qtbot, _client_with_guardian(unlocked_app, until))
    if days < 0:
        assert said.endswith(f" — authority until {show_date(until)}; may no longer sign"), said
    else:  # the Until day itself still counts (Guardian.active_on)
        assert "ended" not in said, said


def test_a_parent_s_recorded_end_before_majority(unlocked_app: AppController, qtbot) -> None:
    until = date.today() - timedelta(days=10)
    born = date.today().replace(year=date.today().year - 10, day=1).isoformat()
    said = _overview_says(unlocked_app, qtbot, _client_with_guardian(
        unlocked_app, until, born=born, relationship="father", authority="parent"))
    assert said == f"Gus Guardian (father, parent) — authority until {show_date(until)}; may no longer sign"


def test_in_spanish(unlocked_app: AppController, qtbot, spanish: None) -> None:
    until = date.today() - timedelta(days=3)
    said = _overview_says(unlocked_app, qtbot, _client_with_guardian(unlocked_app, until))
    assert said.endswith(f" — autoridad hasta el {show_date(until)}; ya no puede firmar"), said
