"""After repeated wrong passphrases the core waits before checking the next one (doubling up to
30 s, services/vault_master_key.py); the unlock window says so with a countdown instead of a bare
greyed "Unlocking…" (found by a walker: it read as a hang). The timer is driven by hand: no clock."""

from __future__ import annotations

import threading

import pytest

from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.unlock_wait import waiting_words
from vault_app.services import vault_master_key
from vault_app.services.vault_passphrase import note_failure


@pytest.mark.parametrize(("seconds", "failures", "said"), [
    (1, 3, "Waiting 1 s after 3 wrong attempts (this slows guessing)."),
    (16, 7, "Waiting 16 s after 7 wrong attempts (this slows guessing)."),
    (30, 12, "Waiting 30 s after 12 wrong attempts (this slows guessing)."),
])
def test_the_words_name_the_seconds_and_the_attempts(qtbot: object, seconds: int, failures: int, said: str) -> None:
    assert waiting_words(seconds, failures) == said


def test_no_wait_before_the_back_off_starts(locked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = locked_app.unlock_window
    assert window is not None
    window.passphrase.setText("not the passphrase")
    window.unlock_button.click()
    assert not window.working_label.isVisible() or "Waiting" not in window.working_label.text()
    wait_ops(qtbot)
    assert window.message.text()


def test_a_slowed_unlock_counts_down_to_zero(locked_app: AppController, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = locked_app.unlock_window
    assert window is not None
    for _ in range(5):
        note_failure(locked_app.folder)
    window.refresh_attempts()
    qtbot.waitUntil(lambda: window._failures == 5)
    slept: list[float] = []
    release = threading.Event()

    def held_sleep(delay: float) -> None:  # the core in its wait until the countdown was seen
        slept.append(delay)
        release.wait(60)

    monkeypatch.setattr(vault_master_key, "_sleep", held_sleep)
    try:
        window.passphrase.setText("not the passphrase")
        window.unlock_button.click()
        qtbot.waitUntil(window.working_label.isVisible)
        assert window.working_label.text() == waiting_words(4, 5)
        wait = window._wait
        for left in (3, 2, 1):
            wait.timer.timeout.emit()
            assert window.working_label.text() == waiting_words(left, 5)
        wait.timer.timeout.emit()
        assert wait.left == 0 and not wait.running and not window.working_label.isVisible()
        assert window.busy, "the countdown ends; the check itself is still running"
    finally:
        release.set()
    wait_ops(qtbot)
    assert slept == [4.0], "the core waited what the window counted"
    assert not window.busy and window.message.text()
