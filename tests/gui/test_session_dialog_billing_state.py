"""The Session details window says a session's billing as the rest of the app does (the Sessions
tab, `session list`: domain/billing.shown_billing_state) with the issued superbill or statement that
lists it and its day; the mark by hand stays to choose beside it. Found: the window said "Unbilled"
(the mark) for a session an issued superbill lists, its code since corrected by hand to one with no
fee set. Real vault, a superbill issued through the real service, real widgets, both languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from tests.core.disclosure_fixtures import PASSWORD
from tests.core.payable_practice import payable
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_date
from vault_app.services import billing, clients, export, session_correction, sessions, superbill

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("us_practice")]


def _open(app: AppController, qtbot, *, issue: Path | None, kind: str = "superbill"):  # type: ignore[no-untyped-def]
    from vault_app.gui.session_dialog import SessionDialog

    vault, window = app.vault, app.main_window
    assert vault is not None and window is not None
    client = clients.create_client(vault, "Verity Lane", chart_number="VL-1")
    s = sessions.add_session(vault, client.client_id, date="2026-11-02", start_time="10:00", duration_minutes=53,
                             icd10_codes=["F43.0"])
    day = ""
    if issue is not None:
        payable(vault)
        billing.set_scheduled_fee(vault, "90837", "180")  # none for 90834
        superbill.issue(vault, client.client_id, kind=kind, first="2026-11-01", last="2026-11-20", out=issue,
                        password=PASSWORD)
        # corrected by hand to a code with no fee: still on the issued document (found "unbilled")
        session_correction.correct_session(vault, s.session_id, cpt_code="90834")
        day = show_date(next(r.day for r in export.disclosures(vault, client.client_id) if r.kind == "billing"))
    dialog = SessionDialog(app, sessions.get_session(vault, s.session_id), parent=window)
    dialog.show()
    qtbot.waitExposed(dialog)
    wait_ops(qtbot)
    return dialog, day


def _said(dialog) -> list[str]:  # type: ignore[no-untyped-def]
    return [w.text().replace("&", "") for w in dialog.findChildren(QLabel) if w.isVisible() and w.text()]


def test_a_session_on_an_issued_superbill_says_so(unlocked_app: AppController, qtbot, tmp_path: Path) -> None:
    dialog, day = _open(unlocked_app, qtbot, issue=tmp_path / "sb.pdf")
    said = _said(dialog)
    assert any(f"On the superbill issued {day}." in t and t.startswith("Billed.") for t in said), said
    assert dialog.billing.currentText() == "Not marked", "not 'Unbilled' beside an issued superbill"
    assert "Billing:" in said and "Mark:" in said
    mark = dialog._form.labelForField(dialog.billing)
    assert "&" in mark.text() and mark.buddy() is dialog.billing, "the mark keeps an Alt letter to its choice"
    # the mark stays the therapist's to choose, and only it is sent
    assert dialog.billing.isEnabled()
    dialog.billing.setCurrentIndex(dialog.billing.findData("denied"))
    assert dialog.changes() == {"billing_status": "denied"}


def test_a_session_on_an_issued_statement_says_so(unlocked_app: AppController, qtbot, tmp_path: Path) -> None:
    dialog, day = _open(unlocked_app, qtbot, issue=tmp_path / "st.pdf", kind="statement")
    assert any(f"On the statement issued {day}." in t for t in _said(dialog)), _said(dialog)


def test_a_session_billed_nowhere_shows_its_mark_alone(unlocked_app: AppController, qtbot) -> None:
    dialog, _day = _open(unlocked_app, qtbot, issue=None)
    said = _said(dialog)
    assert not dialog.billing_state.isVisible()
    assert dialog.billing.currentText() == "Unbilled"
    assert "Billing:" in said and "Mark:" not in said
    assert dialog.changes() == {}


def test_said_in_spanish(unlocked_app: AppController, qtbot, spanish: None, tmp_path: Path) -> None:
    dialog, day = _open(unlocked_app, qtbot, issue=tmp_path / "sb.pdf")
    said = _said(dialog)
    assert any(f"En el superbill emitido el {day}." in t for t in said), said
    assert dialog.billing.currentText() == "Sin marcar"
    assert "Marca:" in said

