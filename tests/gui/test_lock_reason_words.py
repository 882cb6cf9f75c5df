"""The unlock window says why the vault locked in the screens' language, found on Xvfb
(explore round): the Spanish app, left alone with a form open, showed "Desbloquee su bóveda"
over "Locked after a period without activity.". A lock asked for by the OS read "Locked
because the sleep." (its one-word reason put into a sentence) in either language."""

from __future__ import annotations

import pytest

from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


def _said(app: AppController) -> str:
    window = app.unlock_window
    assert window is not None and window.isVisible()
    return window.reason_label.text()


def test_an_idle_lock_says_why_in_spanish(spanish_app: AppController, qtbot) -> None:
    spanish_app.idle.idle_lock.emit()  # what the idle watcher sends when the minutes run out
    wait_ops(qtbot)
    assert _said(spanish_app) == "Bloqueada tras un periodo sin actividad."


def test_ctrl_l_says_locked_in_spanish(spanish_app: AppController, qtbot) -> None:
    spanish_app.lock(quick=True)
    wait_ops(qtbot)
    assert _said(spanish_app) == "Bloqueada."


@pytest.mark.parametrize(("why", "english"), [("sleep", "Locked because the computer went to sleep."),
                                               ("suspended", "Locked because the computer went to sleep."),
                                               ("screen locked", "Locked because the screen was locked.")])
def test_a_lock_by_the_os_is_a_sentence(unlocked_app: AppController, qtbot, why: str, english: str) -> None:
    unlocked_app.os_events.lock_requested.emit(why)
    wait_ops(qtbot)
    assert _said(unlocked_app) == english


def test_a_lock_by_the_os_in_spanish(spanish_app: AppController, qtbot) -> None:
    spanish_app.os_events.lock_requested.emit("screen locked")
    wait_ops(qtbot)
    assert _said(spanish_app) == "Bloqueada porque se bloqueó la pantalla."
