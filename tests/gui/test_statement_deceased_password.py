"""A statement for a client who has died names the executor or administrator of the estate for the PDF's
password, not the client (45 CFR 164.502(g)(4); found by a walker closing her practice, wclose F8: the
command line said "Give the client the PDF password separately"; the window said the same). Real vault,
real widgets, the real es.ts."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui.account_dialog import AccountDialog
from vault_app.gui.controller import AppController
from vault_app.services import clients, sessions

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(("language", "said"), [
    ("en", "give the password separately to their personal representative, the executor or administrator"),
    ("es", "albacea o administrador"),
])
def test_a_deceased_clients_statement_names_the_executor(unlocked_app: AppController, qtbot,  # type: ignore[no-untyped-def]
                                                         tmp_path: Path, language: str, said: str) -> None:
    from vault_app.gui import i18n

    vault = unlocked_app.vault
    assert vault is not None
    made = clients.create_client(vault, "Harold Finch", chart_number="HF-1")
    sessions.add_session(vault, made.client_id, date=fx.days_ago(10).isoformat(), duration_minutes=45)
    clients.update_client_reporting(vault, made.client_id, died_on=fx.days_ago(2))
    assert i18n.install(language) == language
    try:
        dialog = AccountDialog(unlocked_app, made.client_id, chart_number="HF-1", parent=unlocked_app.main_window)
        dialog.show()
        qtbot.waitExposed(dialog)
        wait_ops(qtbot)
        dialog.kind.setCurrentIndex(dialog.kind.findData("statement"))
        dialog.first.setDate(dialog.first.date().addDays(-40))
        dialog.path.setText(str(tmp_path / "statement.pdf"))
        dialog.password.setText(fx.PASSWORD)
        dialog.issue_button.click()
        wait_ops(qtbot)
        assert (tmp_path / "statement.pdf").exists(), dialog.message.text()
        assert said in dialog.message.text(), dialog.message.text()
        text = dialog.message.text()
        assert "Give the client" not in text and "la contraseña al cliente" not in text, text
        dialog.close()
        wait_ops(qtbot)
    finally:
        i18n.install("en")
