"""The Requests tab's intro and the request window's Kind list say the access deadline that
applies. Found in the real app (walk of a California therapist, shots 66 and 71): both said
"30 days" while the due date shown was California's 5 working days (Cal. Health & Safety Code
123110). With no state rule known they keep HIPAA's 30 days. Real vault, real widgets, es.ts."""

from __future__ import annotations

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.new_request_dialog import NewRequestDialog
from vault_app.services import practice

pytestmark = pytest.mark.gui


def _words(app: AppController, qtbot, state: str) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    from vault_app.gui.chart_view import ChartView

    vault = app.vault
    assert vault is not None
    practice.update(vault, license_state=state, clinician_name="Dr. Ana Torres",
                    license_number="LMFT 12345" if state else "")
    chart = fx.make_chart(vault, n=1)
    view = ChartView(app)
    qtbot.addWidget(view)
    view.load(chart.client_id)
    wait_ops(qtbot)
    view.tabs.setCurrentWidget(view.requests)
    wait_ops(qtbot)
    dialog = NewRequestDialog(app, chart.client_id)
    qtbot.addWidget(dialog)
    wait_ops(qtbot)
    return view.requests.note.text(), dialog.kind.itemText(dialog.kind.findData("access"))


def test_california_s_deadline_is_said_where_it_applies(unlocked_app: AppController, qtbot) -> None:
    intro, access = _words(unlocked_app, qtbot, "CA")
    assert "inspection within 5 working days" in intro and "copies within 15 days" in intro
    assert "Cal. Health & Safety Code 123110" in intro and "act within 30 days" not in intro
    assert "HIPAA" in intro  # the federal period beside it, not instead of it
    assert access == "To see or get a copy of the record (inspection within 5 working days, copies within 15 days)"


def test_without_a_known_state_rule_hipaa_s_30_days(unlocked_app: AppController, qtbot) -> None:
    intro, access = _words(unlocked_app, qtbot, "")
    assert "act within 30 days (45 CFR 164.524(b)(2))" in intro
    assert access == "To see or get a copy of the record (30 days)"


def test_california_s_deadline_in_spanish(unlocked_app: AppController, qtbot, spanish: None) -> None:
    intro, access = _words(unlocked_app, qtbot, "CA")
    assert "5 días hábiles" in intro and "123110" in intro and "30 días" in intro
    assert "5 días hábiles" in access and "(30 días)" not in access
