"""The chart's Authorizations tab shows the period of information each authorization describes
(notes_from / notes_to), after what it covers, in the practice's dates, in English and Spanish:
it was shown only in the export wizard's picker, so a therapist reading the tab could not tell
"progress notes" of January-March from "progress notes" of any date. The revocation's summary
names the authorization as before. Real vault, real widgets, the real es.ts."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QLabel

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from tests.gui.test_change_notices import rows
from vault_app.gui.controller import AppController
from vault_app.gui.revocation_dialog import RevocationDialog

pytestmark = pytest.mark.gui


def _us(d: date) -> str:
    """A day as the test vault's practice writes it (US)."""
    return f"{d.month:02}/{d.day:02}/{d.year}"


def _tab_rows(app: AppController, qtbot, client_id: str, n: int) -> list[list[str]]:  # type: ignore[no-untyped-def]
    from vault_app.gui.chart_view import ChartView

    view = ChartView(app)  # built with the language installed now
    qtbot.addWidget(view)
    view.load(client_id)
    wait_ops(qtbot)
    view.tabs.setCurrentWidget(view.authorizations)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: view.authorizations.tree.topLevelItemCount() == n, timeout=10_000)
    return [r.split(" | ") for r in rows(view.authorizations.tree)]


def _three(app: AppController) -> tuple[str, date, date]:
    vault = app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)
    start, end = fx.days_ago(90), fx.days_ago(10)
    for recipient, period in (("Dr. Both", {"notes_from": start, "notes_to": end}),
                              ("Dr. Since", {"notes_from": start}), ("Dr. Until", {"notes_to": end}),
                              ("Dr. Any", {})):
        fx.add_auth(vault, chart.client_id, recipient_name=recipient, **period)
    return chart.client_id, start, end


def test_the_tab_shows_each_authorizations_period(unlocked_app: AppController, qtbot) -> None:
    client_id, start, end = _three(unlocked_app)
    covers = {r[1]: r[0] for r in _tab_rows(unlocked_app, qtbot, client_id, 4)}
    assert covers == {
        "Dr. Both": f"progress notes; dated {_us(start)} to {_us(end)}",
        "Dr. Since": f"progress notes; dated from {_us(start)} on",
        "Dr. Until": f"progress notes; dated up to {_us(end)}",
        "Dr. Any": "progress notes",
    }


def test_the_period_in_spanish(unlocked_app: AppController, qtbot, spanish: None) -> None:
    client_id, start, end = _three(unlocked_app)
    covers = {r[1]: r[0] for r in _tab_rows(unlocked_app, qtbot, client_id, 4)}
    assert covers == {
        "Dr. Both": f"notas de evolución; fechada del {_us(start)} al {_us(end)}",
        "Dr. Since": f"notas de evolución; fechada a partir del {_us(start)}",
        "Dr. Until": f"notas de evolución; fechada hasta el {_us(end)}",
        "Dr. Any": "notas de evolución",
    }


def test_the_revocation_names_the_authorization_as_before(unlocked_app: AppController, qtbot) -> None:
    window, vault = unlocked_app.main_window, unlocked_app.vault
    assert window is not None and vault is not None
    chart = fx.make_chart(vault, n=1)
    fx.add_auth(vault, chart.client_id, notes_from=fx.days_ago(90), notes_to=fx.days_ago(10))
    window.open_chart(chart.client_id)
    wait_ops(qtbot)
    tab = window.chart.authorizations
    window.chart.tabs.setCurrentWidget(tab)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: tab.tree.topLevelItemCount() == 1, timeout=10_000)
    tab.tree.setCurrentItem(tab.tree.topLevelItem(0))
    dialog = tab.revoke()
    assert isinstance(dialog, RevocationDialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    signed = _us(fx.days_ago(100))
    assert f"progress notes to {fx.RECIPIENT.name}, signed {signed}" in texts, texts
    dialog.reject()
