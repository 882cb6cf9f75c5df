"""The file a request's letter is offered as, in the client's letter language: "carta-R-….pdf" for
a Spanish-lettered client, as the access copy ("copia-de-acceso-…") and the notices of closure
("aviso-de-cierre-…") are named. Found by the Spanish day's walker (round 46): the denial of
amendment of a client whose letters are in Spanish, saved from the request's window ("Guardar una
carta como PDF…"), was offered as "letter-R-69116b81.pdf". An English-lettered client's stays
"letter-R-….pdf". Real vault, real request and letter, the window opened as the therapist does.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.requests_dialog import RequestDetailDialog
from vault_app.services import clients, practice, requests

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(("letters_in", "offered"), [("es", "carta-{id}.pdf"), ("en", "letter-{id}.pdf")])
def test_the_letter_is_offered_under_a_name_in_the_clients_letter_language(
        unlocked_app: AppController, qtbot: Any, spanish: None, letters_in: str, offered: str) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)
    clients.update_client(vault, chart.client_id, letters_in=letters_in)
    practice.update(vault, practice_name="Consulta Hernández", phone="555-0142")
    q = requests.add_request(vault, chart.client_id, kind="amendment", received_on=fx.days_ago(3),
                             note_ids=chart.progress[:1], description="quitar una frase")
    requests.deny_request(vault, q.id, grounds=["accurate_and_complete"])
    detail = RequestDetailDialog(unlocked_app, q.id)
    qtbot.addWidget(detail)
    detail.show()
    qtbot.waitUntil(lambda: len(detail.letter_list) == 1, timeout=10_000)
    dialog = detail.save_letter()
    qtbot.addWidget(dialog)
    assert Path(dialog.path.text()).name == offered.format(id=q.id)  # type: ignore[attr-defined]
    dialog.close()
    detail.close()
    wait_ops(qtbot)
