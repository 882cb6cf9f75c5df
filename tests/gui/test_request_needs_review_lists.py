"""A father's access request for his 15-year-old's records, then recorded as not allowed to sign (a
custody order limits his authority): in the practice's Requests window, the chart's Requests tab and the
request's own window it needs review, with why and what to do (deny it as not from a personal
representative, or record the basis on which he has the records). Found (fguard's leftover): the copy's
window greyed him and the client, while these three said an ordinary "open". Once the basis is recorded,
an open request again. Real vault, real widgets; the request's window in Spanish too, with the real es.ts."""

from __future__ import annotations

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.services import clients, guardians, practice, requests

pytestmark = pytest.mark.gui


def _asked_then_limited(app: AppController) -> tuple[str, str, str]:
    vault = app.vault
    assert vault is not None
    fx.set_practice(vault)
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 14})
    client_id = clients.create_client(vault, "Maya Lopez", date_of_birth=fx.born_years_ago(15)).client_id
    father = guardians.add_guardian(vault, client_id, "Ned Roe", authority="parent", relationship="father")
    q = requests.add_request(vault, client_id, kind="access", received_on=fx.days_ago(3),
                             guardian_id=father.guardian_id)
    guardians.update_guardian(vault, client_id, father.guardian_id, may_authorize=False)
    return client_id, father.guardian_id, q.id


def test_the_three_places_say_it_needs_review(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    from vault_app.gui.chart_view import ChartView
    from vault_app.gui.open_requests_dialog import RequestsDialog
    from vault_app.gui.requests_dialog import RequestDetailDialog

    client_id, father, rid = _asked_then_limited(unlocked_app)
    said = "needs review: the requester may no longer sign"

    listing = RequestsDialog(unlocked_app)
    qtbot.addWidget(listing)
    qtbot.waitUntil(lambda: listing.tree.topLevelItemCount() == 1, timeout=10_000)
    assert listing.tree.topLevelItem(0).text(4) == said
    assert "Deny" in listing.tree.topLevelItem(0).toolTip(4), "what to do, as the cell's tip"

    view = ChartView(unlocked_app)
    qtbot.addWidget(view)
    view.show()
    view.load(client_id)
    wait_ops(qtbot)
    view.tabs.setCurrentWidget(view.requests)
    qtbot.waitUntil(lambda: view.requests.tree.topLevelItemCount() == 1, timeout=10_000)
    assert view.requests.tree.topLevelItem(0).text(3) == said

    detail = RequestDetailDialog(unlocked_app, rid)
    qtbot.addWidget(detail)
    qtbot.waitUntil(lambda: "Access request" in detail.summary.text(), timeout=10_000)
    text = detail.summary.text()
    assert f"Status: {said}" in text, text
    assert "<b>Needs your review</b>: since the request was made, they are recorded as not allowed to sign" \
        in text, text
    assert "The requester is not the client's personal representative" in text and \
        "Records despite the limit" in text, "both ways to settle it"

    # The basis recorded (the custody order gives him the records): an ordinary open request again
    vault = unlocked_app.vault
    assert vault is not None
    unlocked_app.op(detail, lambda v: guardians.update_guardian(
        v, client_id, father, records_access_basis="custody order of 03/02/2026, s. 4")).run()
    wait_ops(qtbot)
    assert not guardians.requests_to_review(vault, client_id, father)
    listing.load()
    qtbot.waitUntil(lambda: listing.tree.topLevelItemCount() == 1
                    and listing.tree.topLevelItem(0).text(4) == "open", timeout=10_000)
    view.requests.load(client_id)  # the Guardians window's save reads it again: here, a service call
    qtbot.waitUntil(lambda: view.requests.tree.topLevelItemCount() == 1
                    and view.requests.tree.topLevelItem(0).text(3) == "open", timeout=10_000)
    for w in (detail, view, listing):
        w.close()
    wait_ops(qtbot)


def test_the_requests_window_in_spanish(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    from vault_app.gui import i18n
    from vault_app.gui.requests_dialog import RequestDetailDialog

    _client_id, _father, rid = _asked_then_limited(unlocked_app)
    assert i18n.install("es") == "es"
    try:
        detail = RequestDetailDialog(unlocked_app, rid)
        qtbot.addWidget(detail)
        qtbot.waitUntil(lambda: "Ned Roe" in detail.summary.text(), timeout=10_000)
        text = detail.summary.text()
        assert "Requiere su revisión" in text and "Registros pese a la limitación" in text, text
        assert "needs" not in text and "review" not in text, text
        detail.close()
        wait_ops(qtbot)
    finally:
        i18n.install("en")
