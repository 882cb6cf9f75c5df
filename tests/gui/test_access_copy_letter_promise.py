"""The copy of the rest of an access request denied in part, in its window (walk-life, finding 8):
the letter said "We are giving you access to: all progress notes, the PHQ-9 results and the
treatment plan", the window offered only progress notes and billing, and the rest read as given
with no PHQ-9 in it. The window now offers the outcome measures, says before the copy is made
what the letter named that the copy leaves out, and the core refuses such a copy until it holds
it or it is recorded as given another way. Real vault, real widgets, real PDFs."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui.access_copy_dialog import AccessCopyDialog
from vault_app.gui.controller import AppController
from vault_app.gui.requests_dialog import RequestDetailDialog
from vault_app.services import measures, practice, requests

pytestmark = pytest.mark.gui

PROMISED = "all progress notes, the PHQ-9 results and the treatment plan"


def test_the_copy_of_the_rest_holds_what_the_letter_promised(unlocked_app: AppController, qtbot,  # type: ignore[no-untyped-def]
                                                              tmp_path: Path) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=2)
    practice.update(vault, practice_name="Oakes Therapy", phone="555-0100", clinician_name="Dr. Maren Oakes")
    measures.record_measure(vault, chart.client_id, "phq9", [1, 1, 1, 1, 1, 0, 0, 0, 0], taken_on=fx.days_ago(5))
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(3))
    requests.deny_request(vault, q.id, grounds=["harm_to_other_person"], denied="the notes naming the brother",
                          granted=PROMISED)
    detail = RequestDetailDialog(unlocked_app, q.id)
    qtbot.addWidget(detail)
    detail.show()
    qtbot.waitUntil(lambda: detail.client_id is not None, timeout=10_000)
    copy = detail.grant()
    assert isinstance(copy, AccessCopyDialog)
    qtbot.waitUntil(copy.promise_label.isVisible, timeout=10_000)
    assert PROMISED in copy.promise_label.text()
    assert copy.measures.isChecked()  # the PHQ-9 rides with the progress notes
    assert "leaves out: treatment plan" in copy.promise_label.text()
    copy.measures.setChecked(False)
    assert "leaves out: outcome measures, treatment plan" in copy.promise_label.text()
    copy.measures.setChecked(True)
    copy.password.setText(fx.PASSWORD)
    copy.password_again.setText(fx.PASSWORD)
    out = tmp_path / "copies"
    out.mkdir()
    copy.folder.setText(str(out))
    copy.make_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: "leaves out" in copy.message.text(), timeout=10_000)
    assert list(out.iterdir()) == [] and requests.get_request(vault, q.id).given is None
    copy.otherwise["treatment_plan"].setChecked(True)  # printed from the chart and handed over
    assert "leaves out" not in copy.promise_label.text()
    copy.rest_items.confirm.setChecked(True)  # the denied part is left out (45 CFR 164.524(d)(1))
    copy.make_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not copy.isVisible(), timeout=10_000)
    given = requests.get_request(vault, q.id).given
    assert given is not None and given.measures and given.otherwise == ("treatment_plan",)
    qtbot.waitUntil(lambda: "given another way: the treatment plan" in detail.summary.text(), timeout=10_000)
    assert "outcome measures" in detail.summary.text()
    detail.close()
    wait_ops(qtbot)
