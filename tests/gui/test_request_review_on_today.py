"""A mother's access request for her 15-year-old's records, then she is declined as the client's personal
representative: the request needs the therapist's review. Found: only the Requests window said so; Today's
"Requests due" card counted it as an ordinary request (or not at all, its date weeks away) and the worklist
listed it among the due. Both now have it first, with why in plain words, and Enter on its link or its row
opens the request's own window, where it is settled. Real vault, real main window, real keyboard; the real
es.ts for the Spanish."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.core.test_request_review_on_today import asked_then_declined
from tests.gui.conftest import wait_ops
from vault_app.gui import i18n
from vault_app.gui.controller import AppController
from vault_app.gui.requests_dialog import RequestDetailDialog
from vault_app.gui.worklist import ITEM_ROLE

pytestmark = pytest.mark.gui


def _opened(window: object) -> list[RequestDetailDialog]:
    return [d for d in window.findChildren(RequestDetailDialog) if d.isVisible()]  # type: ignore[attr-defined]


def _chart(app: AppController, client_id: str) -> str:
    from vault_app.services import clients

    assert app.vault is not None
    return clients.get_client(app.vault, client_id).chart_number


def test_today_s_card_says_it_first_and_its_link_opens_it(unlocked_app: AppController, qtbot) -> None:
    vault = unlocked_app.vault
    window = unlocked_app.main_window
    assert vault is not None and window is not None
    teen, rid, _plain = asked_then_declined(vault)
    chart = _chart(unlocked_app, teen)
    window.show_dashboard()
    wait_ops(qtbot)
    wait_ops(qtbot)
    card = window.dashboard.cards["requests"]
    qtbot.waitUntil(lambda: "needs review" in card.detail.text(), timeout=10_000)
    assert card.value.text() == "1 needs review, 1 due soon"
    first = card.detail.text().splitlines()[0]
    assert first.startswith(f"Access request, chart {chart}: needs review: the requester was declined as "
                            "representative; due "), first
    qtbot.waitUntil(lambda: len(card.link_buttons()) == 2, timeout=10_000)
    review, every = card.link_buttons()
    assert review.text() == f"Review the request for chart {chart}"
    assert every.text() == "All 2 in the worklist", "both counted, each once"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    review.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is review)
    QTest.keyClick(review, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(_opened(window)) == 1, timeout=10_000)
    (dialog,) = _opened(window)
    assert dialog.request_id == rid and chart in dialog.windowTitle()
    qtbot.waitUntil(lambda: "Needs your review" in dialog.summary.text(), timeout=10_000)
    dialog.reject()
    wait_ops(qtbot)


def test_the_worklist_lists_it_first_and_enter_opens_it(unlocked_app: AppController, qtbot) -> None:
    vault = unlocked_app.vault
    window = unlocked_app.main_window
    assert vault is not None and window is not None
    teen, rid, plain = asked_then_declined(vault)
    chart = _chart(unlocked_app, teen)
    window.show_worklist("requests_due")
    page = window.worklist
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: page.sections.get("requests_due") is not None
                    and page.sections["requests_due"].childCount() == 2, timeout=10_000)
    section = page.sections["requests_due"]
    rows = [section.child(i) for i in range(2)]
    assert [r.data(0, ITEM_ROLE).item_id for r in rows] == [rid, plain], "needing review first"
    assert rows[0].text(0) == "access request, needs review: the requester was declined as representative"
    assert rows[0].text(1) == f"chart {chart}"
    assert rows[0].toolTip(0).startswith(rows[0].text(0)) and "Deny" in rows[0].toolTip(0), "what settles it"
    assert rows[1].text(0) == "access request" and not rows[1].toolTip(0)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: page.tree.currentItem() is rows[0], timeout=10_000)  # the section's first, chosen
    page.tree.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.tree)
    QTest.keyClick(page.tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(_opened(window)) == 1, timeout=10_000)
    (dialog,) = _opened(window)
    assert dialog.request_id == rid
    assert window.chart.tabs.currentWidget() is window.chart.requests, "over the chart's requests"
    dialog.reject()
    wait_ops(qtbot)


def test_in_spanish(unlocked_app: AppController, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    vault = unlocked_app.vault
    window = unlocked_app.main_window
    assert vault is not None and window is not None
    teen, _rid, _plain = asked_then_declined(vault)
    chart = _chart(unlocked_app, teen)
    monkeypatch.setenv("VAULT_APP_LANGUAGE", "es")
    assert i18n.install("es") == "es"
    try:
        fresh = type(window)(unlocked_app)  # built in that language; never closed (that means Quit)
        fresh.show()
        fresh.show_dashboard()
        card = fresh.dashboard.cards["requests"]
        wait_ops(qtbot)
        wait_ops(qtbot)
        qtbot.waitUntil(lambda: len(card.link_buttons()) == 2, timeout=10_000)
        assert card.value.text() == "1 requiere revisión, 1 por vencer"
        assert card.detail.text().splitlines()[0].startswith(
            f"Solicitud de acceso, expediente {chart}: requiere revisión: "), card.detail.text()
        assert card.link_buttons()[0].text() == f"Revisar la solicitud del expediente {chart}"
        fresh.show_worklist("requests_due")
        page = fresh.worklist
        wait_ops(qtbot)
        qtbot.waitUntil(lambda: page.sections.get("requests_due") is not None
                        and page.sections["requests_due"].childCount() == 2, timeout=10_000)
        row = page.sections["requests_due"].child(0).text(0)
        assert row.startswith("solicitud de acceso, requiere revisión: "), row
        fresh.hide()
        fresh.deleteLater()
    finally:
        i18n.install("en")
