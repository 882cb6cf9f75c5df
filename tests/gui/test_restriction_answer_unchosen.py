"""A restriction request's answer starts unchosen. Found in the real app (walk of a teen
therapist, shot 77): "Agreed" was ticked before the therapist answered, and an agreed
restriction binds the practice (45 CFR 164.522(a)(1)(iii)), so a quick Enter committed to it.
Record and Record answer now refuse until an answer is chosen, and say why; nothing is
written meanwhile. The one answer the law dictates (the self-pay restriction,
164.522(a)(1)(vi)) is offered already chosen only once the request is on record as that kind."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.restriction_dialogs import RestrictionAnswerDialog, RestrictionRequestDialog
from vault_app.gui.restrictions_panel import RestrictionsPanel
from vault_app.services import restrictions

pytestmark = pytest.mark.gui


def _panel(app: AppController, qtbot) -> tuple[fx.Chart, RestrictionsPanel]:  # type: ignore[no-untyped-def]
    window, vault = app.main_window, app.vault
    assert window is not None and vault is not None
    chart = fx.make_chart(vault, n=1)
    window.open_chart(chart.client_id)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: window.chart.shown_client() is not None, timeout=10_000)
    window.chart.tabs.setCurrentWidget(window.chart.requests)
    wait_ops(qtbot)
    return chart, window.chart.requests.restrictions


def test_enter_does_not_agree_for_the_therapist(unlocked_app: AppController, qtbot) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    chart, panel = _panel(unlocked_app, qtbot)
    dialog = panel.add()
    assert isinstance(dialog, RestrictionRequestDialog)
    qtbot.waitExposed(dialog)
    assert dialog.later is not None
    assert not any(b.isChecked() for b in (dialog.agreed, dialog.refused, dialog.later))
    dialog.description.setText("do not tell my school counselor")
    dialog.description.setFocus()
    QTest.keyClick(dialog.description, Qt.Key.Key_Return)  # the quick Enter of the walk
    wait_ops(qtbot)
    assert dialog.isVisible() and "Choose your answer" in dialog.message.text()
    assert "164.522(a)(1)(iii)" in dialog.message.text()
    assert restrictions.list_restrictions(vault, chart.client_id) == []

    dialog.self_pay.setChecked(True)  # the must-agree kind: Refused goes, nothing is chosen for them
    assert not dialog.refused.isEnabled()
    assert not any(b.isChecked() for b in (dialog.agreed, dialog.refused, dialog.later))
    dialog.other.setChecked(True)
    dialog.refused.setChecked(True)
    dialog.self_pay.setChecked(True)  # Refused is gone: it does not turn into Agreed behind their back
    assert not dialog.agreed.isChecked() and not dialog.refused.isChecked()
    dialog.later.setChecked(True)
    dialog.save()
    wait_ops(qtbot)
    assert not dialog.isVisible()
    (r,) = restrictions.list_restrictions(vault, chart.client_id)
    assert (r.kind, r.status) == ("health_plan_self_pay", "requested")


def test_answering_later_starts_unchosen_except_the_must_agree_one(unlocked_app: AppController, qtbot) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    chart, _ = _panel(unlocked_app, qtbot)
    other = restrictions.request_restriction(vault, chart.client_id, kind="other", description="no calls at home",
                                             requested_on=date.today())
    answer = RestrictionAnswerDialog(unlocked_app, other, "no calls at home")
    qtbot.addWidget(answer)
    assert not answer.agreed.isChecked() and not answer.refused.isChecked()
    answer.save()
    wait_ops(qtbot)
    assert "Choose your answer" in answer.message.text()
    assert restrictions.get_restriction(vault, other.restriction_id).status == "requested"
    answer.refused.setChecked(True)
    answer.save()
    wait_ops(qtbot)
    assert restrictions.get_restriction(vault, other.restriction_id).status == "refused"

    # Recorded as the self-pay kind, the law leaves one answer (164.522(a)(1)(vi)): offered chosen.
    paid = restrictions.request_restriction(vault, chart.client_id, kind="health_plan_self_pay",
                                            description="not to my insurer, I pay myself", requested_on=date.today())
    must = RestrictionAnswerDialog(unlocked_app, paid, "not to my insurer")
    qtbot.addWidget(must)
    assert must.agreed.isChecked() and not must.refused.isEnabled()
