"""A therapist typing when the vault locks does not type into the unlock window.

Found walking the real app: the words of a note went on into the passphrase field of the unlock
window the idle lock put up, and their Enter was a refused unlock (a failed attempt counted, as
if someone had guessed). The keys of the burst going on as the window appeared are dropped and
said; a key after a pause, or after a click on the window, is typed as ever, and a wrong
passphrase typed that way is counted as every other. Time is the controller's idle clock,
given here: no test waits on the wall clock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.typing_guard import QUIET_SECONDS
from vault_app.gui.unlock import UnlockWindow
from vault_app.services.vault_folder import failed_attempts

pytestmark = pytest.mark.gui


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _type(window: UnlockWindow, qtbot, clock: Clock, text: str, step: float) -> None:  # type: ignore[no-untyped-def]
    """Each key `step` seconds after the one before, then Enter, as a person types."""
    for ch in text:
        clock.now += step
        qtbot.keyClicks(window.focusWidget(), ch)
    clock.now += step
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return)
    wait_ops(qtbot)


def _locked(app: AppController, qtbot, clock: Clock) -> UnlockWindow:  # type: ignore[no-untyped-def]
    app.idle.clock = clock
    app.lock()
    wait_ops(qtbot)
    window = app.unlock_window
    assert window is not None
    window.passphrase.setFocus()
    return window


def test_keys_typed_on_across_the_lock_are_not_an_unlock(unlocked_app: AppController, qtbot) -> None:
    clock = Clock()
    window = _locked(unlocked_app, qtbot, clock)
    _type(window, qtbot, clock, "she said the week was hard", step=0.15)
    assert window.passphrase.text() == "", "the note's words are not in the field"
    assert failed_attempts(unlocked_app.folder) == 0, "no unlock was tried with them"
    assert unlocked_app.main_window is None
    assert "not taken" in window.message.text()
    # The pause of someone who has seen the window: the passphrase is typed as ever.
    clock.now += QUIET_SECONDS + 0.5
    _type(window, qtbot, clock, PASSPHRASE, step=0.15)
    assert unlocked_app.main_window is not None


def test_a_wrong_passphrase_typed_after_a_pause_counts_as_ever(unlocked_app: AppController, qtbot) -> None:
    clock = Clock()
    window = _locked(unlocked_app, qtbot, clock)
    clock.now += QUIET_SECONDS + 2
    _type(window, qtbot, clock, "not my passphrase", step=0.15)
    assert failed_attempts(unlocked_app.folder) == 1
    assert "not taken" not in window.message.text()


def test_a_click_on_the_window_takes_the_keys_at_once(unlocked_app: AppController, qtbot) -> None:
    clock = Clock()
    window = _locked(unlocked_app, qtbot, clock)
    qtbot.mouseClick(window.passphrase.edit, Qt.MouseButton.LeftButton)
    _type(window, qtbot, clock, PASSPHRASE, step=0.05)
    assert unlocked_app.main_window is not None


def test_the_first_window_of_the_day_takes_keys_at_once(locked_app: AppController, qtbot) -> None:
    """Typing the passphrase as the app starts is the therapist's own: nothing is held."""
    window = locked_app.unlock_window
    assert window is not None
    window.passphrase.setFocus()
    qtbot.keyClicks(window.passphrase.edit, PASSPHRASE)
    qtbot.keyClick(window.passphrase.edit, Qt.Key.Key_Return)
    wait_ops(qtbot)
    assert locked_app.main_window is not None


def test_keys_typed_on_across_an_idle_lock_spend_no_pin_try(unlocked_app: AppController, qtbot) -> None:
    """With quick unlock on, each such Enter was a wrong PIN: three of them and the PIN was gone."""
    from tests.gui.test_quick_unlock import PIN, _idle_lock, _turn_on
    from vault_app.services.quick_unlock import MAX_TRIES

    _turn_on(unlocked_app, qtbot)
    clock = Clock()
    unlocked_app.idle.clock = clock
    _idle_lock(unlocked_app, qtbot)
    window = unlocked_app.unlock_window
    assert window is not None and window.pin_row.isVisibleTo(window)
    window.pin_row.pin.setFocus()
    for word in ("ok", "so", "we"):
        _type(window, qtbot, clock, word, step=0.2)
    assert unlocked_app.sealed is not None and unlocked_app.sealed.tries_left == MAX_TRIES
    assert window.pin_row.pin.text() == ""
    clock.now += QUIET_SECONDS + 1
    _type(window, qtbot, clock, PIN, step=0.2)
    assert unlocked_app.main_window is not None
