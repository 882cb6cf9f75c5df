"""The access copy window of a full grant offers "Given another way" for what the chart holds that
no copy carries (its treatment plan); a copy without it leaves the request open for it, and the
request's window records it given on paper later: never "granted" with a part withheld (walk-NY
round 36; then "closed as granted, without" it, 164.524(c)(1), (d)(1)). Real vault, real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui.access_copy_dialog import AccessCopyDialog
from vault_app.gui.controller import AppController
from vault_app.gui.requests_dialog import RequestDetailDialog
from vault_app.gui.widgets import mnemonic_of
from vault_app.services import plans, requests

pytestmark = pytest.mark.gui


def _copy_window(app: AppController, qtbot, *, plan: bool) -> tuple[RequestDetailDialog, AccessCopyDialog, str]:  # type: ignore[no-untyped-def]
    vault = app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)
    if plan:
        plans.update_plan(vault, chart.client_id, problems="Panic attacks", goals=[{"description": "Fewer attacks"}])
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(3),
                             description="a copy of my whole record")
    detail = RequestDetailDialog(app, q.id)
    qtbot.addWidget(detail)
    detail.show()
    qtbot.waitUntil(lambda: detail.client_id is not None, timeout=10_000)
    copy = detail.grant()
    assert isinstance(copy, AccessCopyDialog)
    wait_ops(qtbot)
    return detail, copy, q.id


def _make(copy: AccessCopyDialog, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    copy.password.setText(fx.PASSWORD)
    copy.password_again.setText(fx.PASSWORD)
    copy.folder.setText(str(tmp_path))
    copy.make_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not copy.isVisible(), timeout=20_000)


@pytest.mark.parametrize("ticked", [False, True])
def test_a_chart_with_a_plan(unlocked_app: AppController, qtbot, tmp_path: Path, ticked: bool) -> None:  # type: ignore[no-untyped-def]
    detail, copy, rid = _copy_window(unlocked_app, qtbot, plan=True)
    qtbot.waitUntil(lambda: "treatment_plan" in copy.otherwise, timeout=10_000)
    assert "treatment plan" in copy.otherwise["treatment_plan"].text().replace("&", "")
    copy.otherwise["treatment_plan"].setChecked(ticked)
    _make(copy, tmp_path, qtbot)
    said = detail.copy_label.text()
    assert ("stays open: no copy made here holds the chart's treatment plan" in said) is not ticked, said
    vault = unlocked_app.vault
    assert vault is not None
    q = requests.get_request(vault, rid)
    if ticked:
        assert q.status == "granted" and q.given is not None and q.given.otherwise == ("treatment_plan",)
    else:  # open, the plan still to give: recorded given on paper from the request's window
        assert q.status == "open" and q.given is None
        qtbot.waitUntil(lambda: detail.paper.isVisible(), timeout=10_000)
        assert "Still to give: treatment plan" in detail.paper.label.text()
        qtbot.waitUntil(lambda: bool(mnemonic_of(detail.paper.button.text())), timeout=10_000)  # an Alt letter
        box = detail.paper.record()
        qtbot.waitExposed(box)
        (record,) = [b for b in box.buttons() if b.text().replace("&", "") == "Record as given"]
        record.click()
        wait_ops(qtbot)
        qtbot.waitUntil(lambda: requests.get_request(vault, rid).status == "granted", timeout=10_000)
        given = requests.get_request(vault, rid).given
        assert given is not None and given.otherwise == ("treatment_plan",) and given.outside == ()
        qtbot.waitUntil(lambda: not detail.paper.isVisible(), timeout=10_000)
    detail.close()
    wait_ops(qtbot)


def test_a_chart_without_a_plan_offers_nothing_more(unlocked_app: AppController, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    detail, copy, _rid = _copy_window(unlocked_app, qtbot, plan=False)
    assert copy.otherwise == {}
    _make(copy, tmp_path, qtbot)
    assert "stays open" not in detail.copy_label.text() and not detail.paper.isVisible()
    detail.close()
    wait_ops(qtbot)


def test_the_request_says_it_in_spanish(spanish: None) -> None:
    from vault_app.domain.request_given import Given
    from vault_app.gui.request_given_words import given_words

    given = Given(copied=("progress",), outside=("treatment_plan", "attachments"))
    said = given_words(given.sentence(), given)
    assert "no están en esta copia ni se entregaron: el plan de tratamiento, los documentos adjuntos" in said, said
