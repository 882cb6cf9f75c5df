"""The destruction wizard's Confirm page repeats that the destruction is early (before the end of
the retention period), as the basis page said it (domain/destruction.early_warning): found in
review, the page where the chart number is typed and "Destroy permanently" clicked said nothing
of it. The other side: a chart past its retention period says nothing early there.
Real vault, real wizard."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QWizard

from tests.gui.conftest import wait_ops
from tests.gui.test_change_notices import elsewhere
from tests.gui.test_chart import add_client
from tests.gui.test_destruction_basis import _past_retention, _unlock_psychotherapy, _wizard
from vault_app.gui.controller import AppController
from vault_app.services import clients, sessions


def _to_confirm(wizard: QWizard, qtbot) -> object:  # type: ignore[no-untyped-def]
    confirm = wizard.confirm_page  # type: ignore[attr-defined]
    for _ in range(4):
        if wizard.currentPage() is confirm:
            break
        wizard.next()
        wait_ops(qtbot)
    assert wizard.currentPage() is confirm
    return confirm


def test_the_confirm_page_repeats_an_early_destruction(unlocked_app: AppController, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    client_id = add_client(unlocked_app, qtbot, "Kept Foryears")
    elsewhere(unlocked_app, qtbot, lambda v: sessions.add_session(v, client_id, date=date.today(), duration_minutes=50))
    wizard = _wizard(unlocked_app, qtbot, client_id)
    wizard.next()
    basis = wizard.basis_page  # type: ignore[attr-defined]
    _unlock_psychotherapy(wizard, qtbot)
    scan = tmp_path / "request.pdf"
    scan.write_bytes(b"%PDF-1.4 signed request")
    basis.set_permission(scan)
    basis.reason.setText("Client moved abroad, asked in writing; board rule allows")
    assert basis.early_note.isVisibleTo(basis)
    confirm = _to_confirm(wizard, qtbot)
    note = confirm.early_note  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: note.isVisibleTo(confirm), timeout=10_000)
    said = note.text()
    number = wizard.chart_number()  # type: ignore[attr-defined]
    assert "This destruction is early" in said and f"chart {number} must be kept until" in said, said
    assert "APA Record Keeping Guidelines" in said and "may breach" in said, said
    assert "Kept Foryears" not in said
    wizard.back()  # an override instead: said as an override's
    wait_ops(qtbot)
    basis.override.setChecked(True)
    _to_confirm(wizard, qtbot)
    qtbot.waitUntil(lambda: "override" in note.text(), timeout=10_000)
    wizard.reject()
    wait_ops(qtbot)


def test_a_chart_past_its_retention_says_nothing_early_there(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    elsewhere(unlocked_app, qtbot, _past_retention)
    vault = unlocked_app.vault
    assert vault is not None
    client_id = next(c.client_id for c in clients.list_clients(vault) if c.legal_name == "Olga Oldchart")
    wizard = _wizard(unlocked_app, qtbot, client_id)
    wizard.next()
    _unlock_psychotherapy(wizard, qtbot)
    assert wizard.basis_page.kind() == "retention"  # type: ignore[attr-defined]
    confirm = _to_confirm(wizard, qtbot)
    wait_ops(qtbot)
    assert not confirm.early_note.isVisibleTo(confirm)  # type: ignore[attr-defined]
    wizard.reject()
    wait_ops(qtbot)
