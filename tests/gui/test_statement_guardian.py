"""A minor's statement addressed to a guardian says the guardian gets the password, found on the
real app (seventeenth round): "Give the client the password separately" was said whoever the PDF
was addressed to, and a minor's statement is never addressed to the client."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui.account_dialog import AccountDialog
from vault_app.gui.controller import AppController
from vault_app.services import clients, guardians, sessions

pytestmark = pytest.mark.gui


def test_a_statement_to_a_guardian_names_the_guardian_for_the_password(unlocked_app: AppController, qtbot,
                                                                       tmp_path: Path) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    born = date.today() - timedelta(days=365 * 12)
    child = clients.create_client(vault, "Lina Sorbet", chart_number="LS-1", date_of_birth=born.isoformat())
    mother = guardians.add_guardian(vault, child.client_id, "Anne Sorbet", authority="parent", address="5 North Ln")
    day = date.today() - timedelta(days=1)
    sessions.add_session(vault, child.client_id, date=day.isoformat(), duration_minutes=45)
    dialog = AccountDialog(unlocked_app, child.client_id, chart_number="LS-1", parent=unlocked_app.main_window)
    dialog.show()
    qtbot.waitExposed(dialog)
    wait_ops(qtbot)
    dialog.kind.setCurrentIndex(dialog.kind.findData("statement"))
    dialog.addressee.setCurrentIndex(dialog.addressee.findData(mother.guardian_id))
    dialog.first.setDate(dialog.first.date().addDays(-40))
    dialog.path.setText(str(tmp_path / "statement.pdf"))
    dialog.password.setText(fx.PASSWORD)
    dialog.issue_button.click()
    wait_ops(qtbot)
    assert (tmp_path / "statement.pdf").exists(), dialog.message.text()
    assert "Give the guardian it is addressed to the password separately." in dialog.message.text()
    assert "Give the client" not in dialog.message.text()
    assert "(s)" not in dialog.message.text()
    dialog.close()
    wait_ops(qtbot)
