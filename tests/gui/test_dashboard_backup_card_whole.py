"""Today's backup card shows its whole sentence at 1366x768 at 125 % in Spanish (1093x614
logical pixels). Found by the walker (shot 72): the card's words about an unplugged backup
folder were cut at the card's foot. The real main window and dashboard, real widgets."""

from __future__ import annotations

from typing import Any

import pytest

from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui

ROOM = (1093, 614)  # 1366x768 at 125 %


@pytest.fixture
def spanish_start(monkeypatch: pytest.MonkeyPatch, spanish: None) -> None:
    """The app started as VAULT_APP_LANGUAGE=es starts it (the launcher installs the language)."""
    monkeypatch.setenv("VAULT_APP_LANGUAGE", "es")


def test_the_backup_card_holds_its_whole_sentence(spanish_start: None, unlocked_app: AppController,
                                                  qtbot: Any) -> None:
    window = unlocked_app.main_window
    assert window is not None
    fresh = type(window)(unlocked_app)  # built in Spanish; never closed (that means Quit)
    fresh.resize(*ROOM)
    fresh.show()
    qtbot.waitExposed(fresh)
    wait_ops(qtbot)
    card = fresh.dashboard.cards["backup"]
    said = ("La copia de seguridad automática al salir no se hizo: la carpeta de copias "
            "/tmp/t31/walk-merged/drive no está; no se escribió nada. Si está en una unidad externa, "
            "conecte la unidad, o elija otra carpeta de copias (Bóveda > Copias de seguridad…).")
    card.show_value("hoy", said)
    qtbot.waitUntil(card.detail.isVisible)
    qtbot.wait(50)  # the layout's next pass
    detail = card.detail
    needed = detail.heightForWidth(detail.width())
    assert detail.height() >= needed, (detail.height(), needed, detail.width())
    fresh.hide()
    fresh.deleteLater()
