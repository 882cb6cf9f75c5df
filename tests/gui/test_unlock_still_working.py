"""An unlock that runs long says why, in words, instead of a bare "Unlocking…" (seen in the real
app: the first unlock after an update kept a 1x vault there for about 30 s, which reads as a
hang); the words go when the unlock ends."""

from __future__ import annotations

import threading

import shiboken6

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from vault_app.gui.background import runner
from vault_app.gui.controller import AppController


def test_a_long_unlock_says_it_is_still_working_then_the_words_go(locked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = locked_app.unlock_window
    assert window is not None
    window.STILL_WORKING_MS = 0  # the worker is held below: the unlock waits behind it
    release = threading.Event()
    runner().submit(None, lambda: release.wait(60))
    window.passphrase.setText(PASSPHRASE)
    window.unlock_button.click()
    try:
        qtbot.waitUntil(window.working_label.isVisible, timeout=10_000)
        assert "Still unlocking" in window.working_label.text()
        assert window.busy and not window.unlock_button.isEnabled()
    finally:
        release.set()
    label = window.working_label
    wait_ops(qtbot)
    assert locked_app.main_window is not None
    # The unlock window is gone with its words, or (still there) no longer says them.
    assert not shiboken6.isValid(label) or not label.isVisible()


def test_a_quick_unlock_never_shows_the_words(locked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = locked_app.unlock_window
    assert window is not None
    window.passphrase.setText("not the passphrase")
    window.unlock_button.click()
    wait_ops(qtbot)
    assert not window.busy and not window.working_label.isVisible()
    assert window.message.text(), "the refusal is said, and nothing else"
