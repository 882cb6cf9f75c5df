"""The account window's "Addressed to" for a client who has died names their estate, not "The client": a
statement made after the death goes to the executor or administrator of the estate (45 CFR 164.502(g)(4);
domain/decedent.password_to, as the PDF's message and `vault-app superbill` say). Found: "Addressed to: The
client" above "The client has died: give the password … to their personal representative". A living
client's still says "The client". Real vault, real widgets, the real es.ts."""

from __future__ import annotations

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui import i18n
from vault_app.gui.account_dialog import AccountDialog
from vault_app.gui.controller import AppController
from vault_app.services import clients, sessions

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(("language", "estate", "living"), [
    ("en", "The client's estate (its executor or administrator)", "The client"),
    ("es", "La sucesión del cliente (su albacea o administrador)", "El cliente"),
])
def test_addressed_to_the_estate_of_a_deceased_client(unlocked_app: AppController, qtbot,  # type: ignore[no-untyped-def]
                                                       language: str, estate: str, living: str) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    dead = clients.create_client(vault, "Harold Finch", chart_number="HF-1")
    sessions.add_session(vault, dead.client_id, date=fx.days_ago(10).isoformat(), duration_minutes=45)
    clients.update_client_reporting(vault, dead.client_id, died_on=fx.days_ago(2))
    alive = clients.create_client(vault, "Grace Hendricks", chart_number="GH-1")
    assert i18n.install(language) == language
    try:
        shown = []
        for client, chart in ((dead, "HF-1"), (alive, "GH-1")):
            dialog = AccountDialog(unlocked_app, client.client_id, chart_number=chart,
                                   parent=unlocked_app.main_window)
            shown.append(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            wait_ops(qtbot)
            texts = [dialog.addressee.itemText(i) for i in range(dialog.addressee.count())]
            assert texts == [estate if client is dead else living], texts
            assert dialog.addressee.currentData() is None
        for dialog in shown:
            dialog.close()
        wait_ops(qtbot)
    finally:
        i18n.install("en")
