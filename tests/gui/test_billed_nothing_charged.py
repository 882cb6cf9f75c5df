"""A billed session the account charges nothing for is said as that, not as money owed. Found on
the Sessions tab: a session on an issued superbill whose code has no fee (or a 0.00 fee) read "No
payment is recorded for it yet", which a therapist takes for a balance due, while the Account
window charged 0.00 for it. The tab's tooltip and the Session details window now say it is billed
and that nothing is charged for it, in English and Spanish; a billed session with a fee still says
no payment is recorded yet. Real vault, a superbill issued through the real service, real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from tests.core.disclosure_fixtures import PASSWORD
from tests.core.payable_practice import payable
from tests.gui.conftest import wait_ops
from tests.gui.test_chart_editing import _session_item, chart_of_new_client
from vault_app.gui.controller import AppController
from vault_app.services import billing, session_correction, sessions, superbill

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("us_practice")]

WORDS = {
    "en": ("Billing", "nothing is charged", "No payment is recorded for it yet"),
    "es": ("Facturación", "no cobra nada", "Aún no hay ningún pago registrado"),
}


def _billed(app: AppController, qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Two sessions on one issued superbill: one whose code has a fee, one corrected since to a
    code with none (the account charges it nothing)."""
    window, client_id, vault = chart_of_new_client(app, qtbot)
    payable(vault)
    billing.set_scheduled_fee(vault, "90837", "180")  # none for 90834
    charged = sessions.add_session(vault, client_id, date="2026-11-02", start_time="10:00", duration_minutes=53,
                                   icd10_codes=["F43.0"])
    free = sessions.add_session(vault, client_id, date="2026-11-09", start_time="10:00", duration_minutes=53,
                                icd10_codes=["F43.0"])
    superbill.issue(vault, client_id, first="2026-11-01", last="2026-11-20", out=tmp_path / "sb.pdf",
                    password=PASSWORD)
    session_correction.correct_session(vault, free.session_id, cpt_code="90834")
    states = billing.session_billing(vault, client_id)
    assert states == {charged.session_id: "billed_superbill", free.session_id: "billed_superbill"}
    window.chart.reload()
    wait_ops(qtbot)
    window.chart.tabs.setCurrentWidget(window.chart.sessions)
    return window, vault, charged.session_id, free.session_id


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_sessions_tab_says_nothing_is_charged(unlocked_app: AppController, qtbot, tmp_path: Path,
                                                  language: str) -> None:
    from vault_app.gui import i18n

    assert i18n.install(language) == language
    try:
        window, _vault, charged, free = _billed(unlocked_app, qtbot, tmp_path)
        heading, nothing, owed = WORDS[language]
        header = window.chart.sessions.sessions.headerItem()
        column = next(i for i in range(header.columnCount()) if header.text(i) == heading)
        qtbot.waitUntil(lambda: bool(_session_item(window, free).toolTip(column)), timeout=10_000)
        tip = _session_item(window, free).toolTip(column)
        assert nothing in tip and owed not in tip, tip
        tip = _session_item(window, charged).toolTip(column)
        assert owed in tip and nothing not in tip, tip
    finally:
        i18n.install("en")


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_session_window_says_nothing_is_charged(unlocked_app: AppController, qtbot, tmp_path: Path,
                                                    language: str) -> None:
    from vault_app.gui import i18n
    from vault_app.gui.session_dialog import SessionDialog

    assert i18n.install(language) == language
    try:
        window, vault, charged, free = _billed(unlocked_app, qtbot, tmp_path)
        _heading, nothing, owed = WORDS[language]
        for session_id, says, not_says in ((free, nothing, owed), (charged, owed, nothing)):
            dialog = SessionDialog(unlocked_app, sessions.get_session(vault, session_id), parent=window)
            dialog.show()
            qtbot.waitExposed(dialog)
            wait_ops(qtbot)
            said = " ".join(w.text() for w in dialog.findChildren(QLabel) if w.isVisible() and w.text())
            assert says in said and not_says not in said, said
            dialog.reject()
    finally:
        i18n.install("en")
