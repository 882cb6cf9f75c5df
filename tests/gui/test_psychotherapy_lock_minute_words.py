"""The Psychotherapy tab's line under its list says "1 minute", not "1 minutes", when the notes
lock after one minute (found on Xvfb at 150 %, round 45), English and Spanish: one source per
form, as account_words.py does (English has no translator for %n's plural). Real main window,
real tab, the limit set as Settings sets it (idle.set_limits)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.gui.test_psychotherapy_typing import _open_tab_and_unlock
from vault_app.gui.controller import AppController

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("us_practice")]


def _said(app: AppController, qtbot: Any, minutes: float) -> str:
    _open_tab_and_unlock(app, qtbot)
    window = app.main_window
    assert window is not None
    app.idle.set_limits(app.idle.lock_seconds / 60, minutes)
    tab = window.chart.psychotherapy
    tab._say_minutes()
    return tab.timer_note.text()


@pytest.mark.parametrize(("minutes", "said"), [
    (1, "Locks again after 1 minute without activity."),
    (2, "Locks again after 2 minutes without activity."),
    (1.5, "Locks again after 1.5 minutes without activity."),
])
def test_the_minutes_in_english(unlocked_app: AppController, qtbot: Any, minutes: float, said: str) -> None:
    assert _said(unlocked_app, qtbot, minutes) == said


@pytest.mark.parametrize(("minutes", "said"), [
    (1, "Se bloquean tras 1 minuto sin actividad."),
    (5, "Se bloquean tras 5 minutos sin actividad."),
])
def test_the_minutes_in_spanish(spanish_app: AppController, qtbot: Any, minutes: float, said: str) -> None:
    assert _said(spanish_app, qtbot, minutes) == said
