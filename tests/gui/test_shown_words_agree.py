"""The command line's words (domain/shown_words.py) are the desktop app's English: the tables
gui/chart_words.py translates, and the Sessions tab's account words. A word changed on one side
only fails here, so `auth list`/`session list` and the chart never say a thing two ways again."""

from __future__ import annotations

import pytest

from tests.gui.conftest import wait_ops
from tests.gui.test_chart_editing import _session_item, chart_of_new_client
from vault_app.domain import shown_words
from vault_app.domain.authorization import INFO_KINDS
from vault_app.domain.billing import MARKED_PAID_UNRECORDED, PART_PAID
from vault_app.domain.clinical import BILLING_STATUSES
from vault_app.gui import chart_words
from vault_app.gui.controller import AppController
from vault_app.services import billing, sessions


def test_the_tables_are_the_guis_english() -> None:
    assert dict(shown_words.INFO_KIND_WORDS) == chart_words.INFO_KIND
    assert set(shown_words.INFO_KIND_WORDS) == set(INFO_KINDS)
    assert dict(shown_words.BILLING_MARK_WORDS) == chart_words.BILLING_STATUS
    assert set(shown_words.BILLING_MARK_WORDS) == set(BILLING_STATUSES)


@pytest.mark.gui
def test_the_sessions_tab_says_the_accounts_words(unlocked_app: AppController, qtbot) -> None:
    window, client_id, vault = chart_of_new_client(unlocked_app, qtbot)
    billing.set_scheduled_fee(vault, "90837", "180")
    part = sessions.add_session(vault, client_id, date="2026-08-21", start_time="10:00", duration_minutes=53,
                                cpt_code="90837", billing_status="billed")
    marked = sessions.add_session(vault, client_id, date="2026-08-28", start_time="10:00", duration_minutes=53,
                                  cpt_code="90837", billing_status="paid")
    billing.record_payment(vault, client_id, paid_on="2026-08-21", amount="50", method="check")
    window.chart.reload()
    wait_ops(qtbot)
    window.chart.tabs.setCurrentWidget(window.chart.sessions)
    header = window.chart.sessions.sessions.headerItem()
    column = next(i for i in range(header.columnCount()) if header.text(i) == "Billing")
    qtbot.waitUntil(lambda: _session_item(window, marked.session_id).text(column)
                    == shown_words.BILLING_WORDS[MARKED_PAID_UNRECORDED], timeout=10_000)
    assert _session_item(window, part.session_id).text(column) == shown_words.BILLING_WORDS[PART_PAID]
