"""The Deny window opens at a height that holds its words. Found by the Spanish walker at 150 %
(wday4 #7): an amendment's "Deny, with grounds…" opened too short, its opening paragraph ("La
enmienda solicitada se deniega…(45 CFR 164.526(d)).") cut at the top and the bottom, and grew to
its size only once a ground was chosen. Real dialogs, English and Spanish, amendment and access."""

from __future__ import annotations

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from tests.gui.squeezed import drawn_over, squeezed_labels
from vault_app.gui.controller import AppController
from vault_app.gui.request_denial_dialog import DenialDialog
from vault_app.gui.request_grounds import denial_choices
from vault_app.gui.requests_dialog import RequestDetailDialog
from vault_app.services import clients, requests

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("kind", ["amendment", "access"])
def test_the_deny_window_opens_with_its_intro_whole(qtbot, language: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    dialog = DenialDialog(denial_choices(kind, True), amendment=kind == "amendment")
    qtbot.addWidget(dialog)
    dialog.open()  # as the request window opens it
    qtbot.waitExposed(dialog)
    qtbot.wait(20)  # the layout's next pass
    assert dialog.ground.currentIndex() < 0  # nothing chosen yet: the window as it first opens
    assert not squeezed_labels(dialog), squeezed_labels(dialog)
    assert dialog.intro.height() > dialog.intro.fontMetrics().lineSpacing(), dialog.intro.height()


@pytest.mark.parametrize("kind", ["amendment", "access"])
def test_the_deny_window_of_a_spanish_letter_opens_whole(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot, language: str, kind: str) -> None:
    """The walker's case: the request window's Deny…, the client's letters in Spanish, so the
    window says so in a line read after it opened (gui/letter_language_field.py)."""
    vault = unlocked_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)
    clients.update_client(vault, chart.client_id, letters_in="es")
    request = requests.add_request(vault, chart.client_id, kind=kind, received_on=fx.days_ago(3),
                                   note_ids=[chart.progress[0]] if kind == "amendment" else (),
                                   description="Quitar de la nota que duermo mal" if kind == "amendment" else "")
    detail = RequestDetailDialog(unlocked_app, request.id, parent=unlocked_app.main_window)
    qtbot.addWidget(detail)
    detail.show()
    qtbot.waitUntil(lambda: detail.client_id is not None, timeout=10_000)
    wait_ops(qtbot)
    denial = detail.deny()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: denial.in_english.isVisible(), timeout=10_000)
    qtbot.wait(20)  # the layout's next pass
    assert denial.ground.currentIndex() < 0
    assert not squeezed_labels(denial), squeezed_labels(denial)
    lines = [denial.intro, denial.in_english, denial.ground]
    assert not drawn_over(lines, denial), drawn_over(lines, denial)
    denial.reject()
    detail.close()
    wait_ops(qtbot)
