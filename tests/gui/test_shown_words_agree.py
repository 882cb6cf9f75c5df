"""The command line's words (domain/shown_words.py) are the desktop app's English: the tables
gui/chart_words.py translates, and the Sessions tab's account words. A word changed on one side
only fails here, so `auth list`/`session list` and the chart never say a thing two ways again."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.disclosure_fixtures import PASSWORD
from tests.core.payable_practice import payable
from tests.gui.conftest import wait_ops
from tests.gui.test_chart_editing import _session_item, chart_of_new_client
from vault_app.domain import shown_words
from vault_app.domain.authorization import INFO_KINDS
from vault_app.domain.billing import (
    BILLED_SUPERBILL,
    MARKED_PAID_NOTHING_CHARGED,
    MARKED_PAID_UNRECORDED,
    PART_PAID,
    SHOWN_BILLING_STATES,
)
from vault_app.domain.clinical import BILLING_STATUSES
from vault_app.gui import chart_words
from vault_app.gui.account_dialog import AccountDialog
from vault_app.gui.account_rows import SESSION_ROLE
from vault_app.gui.controller import AppController
from vault_app.services import billing, sessions, superbill


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


@pytest.mark.gui
def test_the_sessions_tab_and_account_say_billed_and_marked_paid_as_the_cli(
        unlocked_app: AppController, qtbot, tmp_path: Path) -> None:
    """Found at month-end: a session on an issued superbill read "unbilled", and one marked paid
    with no fee set read "paid", "Recorded payments cover this session" (no payment exists)."""
    window, client_id, vault = chart_of_new_client(unlocked_app, qtbot)
    payable(vault)
    no_fee = sessions.add_session(vault, client_id, date="2026-11-02", start_time="10:00", duration_minutes=53,
                                  cpt_code="90837", billing_status="paid")
    billing.set_scheduled_fee(vault, "90834", "150")
    on_bill = sessions.add_session(vault, client_id, date="2026-11-09", start_time="10:00", duration_minutes=45,
                                   cpt_code="90834", icd10_codes=["F43.0"])
    superbill.issue(vault, client_id, first="2026-11-09", last="2026-11-09", out=tmp_path / "sb.pdf",
                    password=PASSWORD)
    window.chart.reload()
    wait_ops(qtbot)
    window.chart.tabs.setCurrentWidget(window.chart.sessions)
    header = window.chart.sessions.sessions.headerItem()
    column = next(i for i in range(header.columnCount()) if header.text(i) == "Billing")
    qtbot.waitUntil(lambda: _session_item(window, on_bill.session_id).text(column)
                    == shown_words.BILLING_WORDS[BILLED_SUPERBILL], timeout=10_000)
    item = _session_item(window, no_fee.session_id)
    assert item.text(column) == shown_words.BILLING_WORDS[MARKED_PAID_NOTHING_CHARGED]
    assert "no payment is recorded" in item.toolTip(column) and "Recorded payments" not in item.toolTip(column)
    # the Account window says the same of both
    dialog = AccountDialog(unlocked_app, client_id, chart_number="1", parent=window)
    qtbot.addWidget(dialog)
    wait_ops(qtbot)
    said = {dialog.tree.topLevelItem(i).data(0, SESSION_ROLE): dialog.tree.topLevelItem(i).text(1)
            for i in range(dialog.tree.topLevelItemCount())}
    assert said[on_bill.session_id] == "session (billed: superbill issued)"
    assert said[no_fee.session_id] == "session (marked paid)"
    dialog.close()
    wait_ops(qtbot)


def test_every_shown_state_has_words() -> None:
    assert set(SHOWN_BILLING_STATES) <= set(shown_words.BILLING_WORDS)
