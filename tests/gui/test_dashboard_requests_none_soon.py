"""The dashboard's requests tile says none is due SOON while a request is open but not near its
deadline. Found by the Spanish walker (shot 121): "Solicitudes por vencer: Ninguna pendiente"
beside the client's open access request, which read as if no request were open at all. The
English "None due" was as ambiguous. A real main window, a real request in a real vault."""

from __future__ import annotations

from typing import Any

import pytest

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui import i18n
from vault_app.gui.controller import AppController
from vault_app.services import requests
from vault_app.services.clinical_common import today

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(("language", "said"), [("en", "None due soon"), ("es", "Ninguna vence pronto")])
def test_an_open_request_far_from_its_deadline(unlocked_app: AppController, qtbot: Any, monkeypatch: pytest.MonkeyPatch,
                                               language: str, said: str) -> None:
    client_id = add_client(unlocked_app, qtbot, "Sofi Open")
    vault = unlocked_app.vault
    assert vault is not None
    unlocked_app.op(None, lambda v: requests.add_request(v, client_id, kind="access",
                                                         received_on=today().isoformat())).run()
    wait_ops(qtbot)
    window = unlocked_app.main_window
    assert window is not None
    monkeypatch.setenv("VAULT_APP_LANGUAGE", language)
    assert i18n.install(language) == language
    try:
        fresh = type(window)(unlocked_app)  # built in that language; never closed (that means Quit)
        fresh.show_dashboard()
        card = fresh.dashboard.cards["requests"]
        wait_ops(qtbot)
        qtbot.waitUntil(lambda: bool(card.detail.text()), timeout=10_000)  # the tile drawn from the vault
        assert card.value.text() == said
        assert [q.status for q in requests.list_requests(vault, client_id=client_id)] == ["open"]
        fresh.hide()
        fresh.deleteLater()
    finally:
        i18n.install("en")
