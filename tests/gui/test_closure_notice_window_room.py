"""The notices of closure window on a 1366x768 laptop at 150 % (512 logical pixels high): once the
letters that go otherwise than by mail were listed, the window needed more than the screen, and the
window manager's smaller window squeezed the Referrals box to one line (found by the Spanish walker
on Xvfb). The fields scroll instead, above the buttons; the box keeps its five lines. And its
Spanish quotes as the rest of the app's Spanish writes them: «…», not “…”."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import vault_app.gui.translations
from tests.gui.conftest import wait_ops
from vault_app.gui.closure_notice_dialog import ClosureNoticeDialog
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui

SCREEN_AT_150 = 768 // 3 * 2  # 1366x768 at 150 %, in logical pixels
LIST = "\n".join(f"C0000{n}: not by mail: use voicemail" for n in range(1, 9))


def test_a_long_list_scrolls_and_the_referrals_keep_their_lines(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    window.menu_actions["closure_notices"].trigger()
    dialog = window.findChild(ClosureNoticeDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    five_lines = dialog.referrals.height()
    dialog._say(f"Nothing is written yet. These charts asked to be told otherwise:\n{LIST}\n{LIST}")
    wait_ops(qtbot)
    # What the window needs at the least fits the laptop's screen at 150 %, title bar and all.
    assert dialog.minimumSizeHint().height() <= SCREEN_AT_150 - 60, dialog.minimumSizeHint()
    dialog.resize(dialog.width(), SCREEN_AT_150 - 60)
    qtbot.wait(50)
    assert dialog.referrals.height() == five_lines
    assert dialog.write_button.isVisible()
    dialog.reject()


def test_the_windows_spanish_quotes_are_the_apps() -> None:
    es_ts = Path(vault_app.gui.translations.__file__).parent / "es.ts"
    curly = []
    for context in ET.parse(es_ts).getroot().iter("context"):  # noqa: S314 - the app's own file
        if (context.findtext("name") or "").startswith("ClosureNotice"):
            curly += [m.findtext("translation") for m in context.iter("message")
                      if "“" in (m.findtext("translation") or "")]
    assert curly == []
