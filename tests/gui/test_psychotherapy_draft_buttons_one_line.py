"""An open psychotherapy draft's buttons on one line at 150 % (found on Xvfb, round 45: under
about 427 pixels of the tab's width, "Discard draft…", a greyed "Addendum or amendment…" and
"Sign and lock" went onto two lines). A draft shows the buttons it can use: Addendum or
amendment comes once the note is signed (and Discard draft goes, as before). English and
Spanish; real main window, real tab, unlocked with the passphrase typed."""

from __future__ import annotations

from typing import Any

import pytest

from tests.gui.conftest import wait_ops
from tests.gui.test_psychotherapy_typing import _open_tab_and_unlock
from vault_app.gui.controller import AppController

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("us_practice")]

# A narrow window at 150 %: the tab about 420 pixels beside the client list. In Spanish the
# list keeps its longer dates whole (psychotherapy_tab_room.py) and leaves the note's column about
# 150 pixels here: its two buttons one under the other, at the right; at 1366x768 and 150 %
# (910x480 logical) side by side.
NARROW = {"en": (700, 480), "es": (910, 480)}


def _one_line(app: AppController, qtbot: Any, language: str) -> None:
    window = app.main_window
    assert window is not None
    window.resize(*NARROW[language])
    _open_tab_and_unlock(app, qtbot)
    tab = window.chart.psychotherapy
    qtbot.keyClicks(tab.editor, "Typed.")
    tab.flush()
    wait_ops(qtbot)
    qtbot.wait(200)  # the layout's passes
    shown = [b for b in (tab.original_button, tab.form.discard_button, tab.amend_button, tab.sign_button)
             if b.isVisibleTo(tab)]
    assert tab.amend_button not in shown and tab.form.discard_button in shown and tab.sign_button in shown
    tops = [b.mapTo(tab, b.rect().topLeft()).y() for b in shown]
    where = [(b.text(), b.mapTo(tab, b.rect().topLeft()).toTuple()) for b in shown]
    assert max(tops) - min(tops) < min(b.height() for b in shown) // 2, (where, tab.width())
    # Signed, the note offers its addendum (enabled, in sight), and no longer a discard.
    tab.form.amend_button.setEnabled(True)
    assert tab.amend_button.isVisibleTo(tab)
    tab.form.amend_button.setEnabled(False)
    assert not tab.amend_button.isVisibleTo(tab)


def test_a_draft_s_buttons_on_one_line(unlocked_app: AppController, qtbot: Any) -> None:
    _one_line(unlocked_app, qtbot, "en")


def test_a_draft_s_buttons_on_one_line_in_spanish(spanish_app: AppController, qtbot: Any) -> None:
    _one_line(spanish_app, qtbot, "es")
