"""The Overview and the Guardians window say a guardian's standing as the one rule has it
(domain/representatives.standing, the rule the refusal of a signature reads). Found in review: the
Overview said nothing of a declined representative (164.502(g)(5)); a guardian whose recorded
start was still to come was listed "May sign: yes" (the app refuses them); and "authority ended
{day}" named the last day in force for a recorded end but the first day without for the law's.
English and Spanish, real vault, real widgets, the real es.ts."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_date
from vault_app.services import clients, guardians

pytestmark = pytest.mark.gui


def _today() -> date:
    """Read when a test asks, not at import (tests/one_day.py)."""
    return date.today()


def _client(app: AppController, born: str = "2016-04-02", **recorded: str) -> str:
    vault = app.vault
    assert vault is not None
    client = clients.create_client(vault, "Una Standing", date_of_birth=born)
    gus = guardians.add_guardian(vault, client.client_id, name="Gus Guardian", relationship="father",
                                 authority="parent")
    if recorded:
        guardians.update_guardian(vault, client.client_id, gus.guardian_id, **recorded)
    return client.client_id


def _overview(app: AppController, qtbot, client_id: str) -> str:  # type: ignore[no-untyped-def]
    from vault_app.gui.chart_view import ChartView

    view = ChartView(app)
    qtbot.addWidget(view)
    view.load(client_id)
    wait_ops(qtbot)
    return view.overview.fields["guardians"].text()


def _may_sign(app: AppController, qtbot, client_id: str) -> str:  # type: ignore[no-untyped-def]
    window = app.main_window
    assert window is not None
    window.open_chart(client_id)
    wait_ops(qtbot)
    dialog = window.chart.overview.edit_guardians()
    assert dialog is not None
    wait_ops(qtbot)
    said = dialog.list.topLevelItem(0).text(3)
    dialog.reject()
    wait_ops(qtbot)
    return said


def _declined() -> date:
    return _today() - timedelta(days=2)


def _start() -> date:
    return _today() + timedelta(days=3)


def _until() -> date:
    return _today() - timedelta(days=4)


def _born_18_days_ago(days: int) -> date:
    day = _today() - timedelta(days=days)
    while (day.month, day.day) == (2, 29):
        day -= timedelta(days=1)
    return day.replace(year=day.year - 18)


def test_the_overview_says_a_declined_representative_is_not_treated_as_one(unlocked_app: AppController,
                                                                          qtbot) -> None:
    said = _overview(unlocked_app, qtbot, _client(unlocked_app, declined_on=_declined().isoformat(),
                                                  declined_reason="best interest"))
    assert said == (f"Gus Guardian (father, parent) — not treated as representative since {show_date(_declined())} "
                    "(45 CFR 164.502(g)(5)); may not sign"), said


def test_a_start_to_come_is_not_yet(unlocked_app: AppController, qtbot) -> None:
    client_id = _client(unlocked_app, valid_from=_start().isoformat())
    assert _may_sign(unlocked_app, qtbot, client_id) == f"not yet, from {show_date(_start())}"
    said = _overview(unlocked_app, qtbot, client_id)
    assert said.endswith(f" — authority from {show_date(_start())}; may not sign yet"), said


def test_the_window_says_a_declined_representative_may_no_longer_sign(unlocked_app: AppController, qtbot) -> None:
    client_id = _client(unlocked_app, declined_on=_declined().isoformat(), declined_reason="best interest")
    assert _may_sign(unlocked_app, qtbot, client_id) == f"no longer (declined on {show_date(_declined())})"


def test_each_end_by_what_its_day_means(unlocked_app: AppController, qtbot) -> None:
    recorded = _overview(unlocked_app, qtbot, _client(unlocked_app, valid_until=_until().isoformat()))
    assert recorded.endswith(f" — authority until {show_date(_until())}; may no longer sign"), recorded
    birthday = _today() - timedelta(days=3)
    by_law = _overview(unlocked_app, qtbot, _client(unlocked_app, born=_born_18_days_ago(3).isoformat()))
    assert by_law.endswith(f" — authority ended on {show_date(birthday)}: the client turned 18; may no longer sign"), \
        by_law


def test_in_force_nothing_is_added(unlocked_app: AppController, qtbot) -> None:
    client_id = _client(unlocked_app)
    assert _may_sign(unlocked_app, qtbot, client_id) == "yes"
    assert _overview(unlocked_app, qtbot, client_id) == "Gus Guardian (father, parent)"


def test_in_spanish(unlocked_app: AppController, qtbot, spanish: None) -> None:
    declined = _client(unlocked_app, declined_on=_declined().isoformat(), declined_reason="best interest")
    said = _overview(unlocked_app, qtbot, declined)
    assert said.endswith(f"no se le trata como representante desde el {show_date(_declined())} (45 CFR 164.502(g)(5)); "
                         "no puede firmar"), said
    assert _may_sign(unlocked_app, qtbot, declined) == f"ya no (rechazado el {show_date(_declined())})"
    later = _client(unlocked_app, valid_from=_start().isoformat())
    assert _may_sign(unlocked_app, qtbot, later) == f"aún no, desde el {show_date(_start())}"
    assert _overview(unlocked_app, qtbot, later).endswith(
        f"autoridad desde el {show_date(_start())}; aún no puede firmar")
    ended = _overview(unlocked_app, qtbot, _client(unlocked_app, valid_until=_until().isoformat()))
    assert ended.endswith(f"autoridad hasta el {show_date(_until())}; ya no puede firmar"), ended
