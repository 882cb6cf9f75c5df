"""The agenda's buttons on one row on a 1366x768 laptop at 125 % and 150 % (1093 and 910 logical
pixels wide), in English and Spanish. Since their key hints became "(key X)" they wrapped to a
second row at 125 % (found by a walker), pushing the week down; the keys stay, each named on its
button's tooltip (test_agenda_key_hints.py)."""

from __future__ import annotations

import pytest

from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui

ACTIONS = ("new_button", "attend_button", "status_button", "move_button", "account_button", "fees_button")


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("width", [1093, 910], ids=["125", "150"])
def test_the_agenda_buttons_fit_one_row(unlocked_app: AppController, qtbot, request: pytest.FixtureRequest,
                                        language: str, width: int) -> None:
    if language == "es":
        request.getfixturevalue("spanish")
    window = unlocked_app.main_window
    assert window is not None
    window.showNormal()
    window.resize(width, 560)
    window.show_agenda()
    wait_ops(qtbot)
    agenda = window.agenda
    buttons = [getattr(agenda, name) for name in ACTIONS]
    qtbot.waitUntil(lambda: all(b.isVisible() for b in buttons))
    qtbot.waitUntil(lambda: agenda.width() < width)
    tops = {b.mapTo(agenda, b.rect().topLeft()).y() for b in buttons}
    rows = [(b.text(), b.mapTo(agenda, b.rect().topLeft()).y(), b.width()) for b in buttons]
    assert len(tops) == 1, (agenda.width(), rows)
