"""Issue 17 item 12 for the psychotherapy notes' 2-minute lock: the quick-unlock PIN reopens
it under the idle lock's rules. Only after a full passphrase unlock of the compartment in
this run; three wrong PINs, sleep and the OS's lock leave only the passphrase. Real vault
files, real Argon2id (OWASP floor), real widgets."""

from __future__ import annotations

import pytest

from tests.conftest import PASSPHRASE
from tests.gui.conftest import unlock, wait_ops
from tests.gui.test_chart import add_client
from tests.gui.test_quick_unlock import PIN, _idle_lock, _turn_on
from vault_app.gui.controller import AppController
from vault_app.gui.psychotherapy_tab import PsychotherapyTab
from vault_app.services.quick_unlock import MAX_TRIES

pytestmark = pytest.mark.gui


def _tab(app: AppController) -> PsychotherapyTab:
    window = app.main_window
    assert window is not None
    tab = window.chart.psychotherapy
    window.chart.tabs.setCurrentWidget(tab)
    return tab


def _pin_offered(tab: PsychotherapyTab) -> bool:
    page = tab.lock_page
    shown = page.pin_row.isVisibleTo(page)
    assert shown != page.passphrase_row.isVisibleTo(page), "one way in at a time"
    return shown


def _unlock_with_passphrase(app: AppController, qtbot, tab: PsychotherapyTab) -> None:
    tab.passphrase.setText(PASSPHRASE)
    tab.unlock()
    wait_ops(qtbot)
    assert app.psychotherapy_open


def _try_pin(qtbot, tab: PsychotherapyTab, pin: str) -> None:
    tab.lock_page.pin.setText(pin)
    tab.lock_page.pin_button.click()
    wait_ops(qtbot)


def test_pin_reopens_the_psychotherapy_lock(unlocked_app: AppController, qtbot) -> None:
    _turn_on(unlocked_app, qtbot)
    add_client(unlocked_app, qtbot)
    tab = _tab(unlocked_app)
    assert tab.stack.currentIndex() == 0
    assert not _pin_offered(tab), "no PIN before the passphrase opened these notes in this run"

    _unlock_with_passphrase(unlocked_app, qtbot, tab)
    qtbot.waitUntil(lambda: unlocked_app.psychotherapy_quick_ready)
    unlocked_app.idle.psychotherapy_idle.emit()  # the 2-minute lock
    wait_ops(qtbot)
    assert not unlocked_app.psychotherapy_open and tab.stack.currentIndex() == 0
    assert _pin_offered(tab)

    _try_pin(qtbot, tab, "1357")
    assert "not right" in tab.unlock_message.text() and "2 tries left" in tab.unlock_message.text()
    assert not unlocked_app.psychotherapy_open and _pin_offered(tab)
    _try_pin(qtbot, tab, PIN)
    assert unlocked_app.psychotherapy_open and tab.stack.currentIndex() == 1
    assert unlocked_app.psychotherapy_sealed is not None
    assert unlocked_app.psychotherapy_sealed.tries_left == MAX_TRIES


def test_three_wrong_pins_fall_back_to_the_passphrase(unlocked_app: AppController, qtbot) -> None:
    _turn_on(unlocked_app, qtbot)
    add_client(unlocked_app, qtbot)
    tab = _tab(unlocked_app)
    _unlock_with_passphrase(unlocked_app, qtbot, tab)
    qtbot.waitUntil(lambda: unlocked_app.psychotherapy_quick_ready)
    unlocked_app.lock_psychotherapy()
    wait_ops(qtbot)
    for _ in range(MAX_TRIES):
        _try_pin(qtbot, tab, "9999")
    assert not unlocked_app.psychotherapy_open and not unlocked_app.psychotherapy_quick_ready
    assert not _pin_offered(tab) and "passphrase" in tab.unlock_message.text()
    _try_pin(qtbot, tab, PIN)  # even the right PIN, sent anyway: nothing opens
    assert not unlocked_app.psychotherapy_open
    _unlock_with_passphrase(unlocked_app, qtbot, tab)
    # A full passphrase unlock of the compartment seals it again.
    qtbot.waitUntil(lambda: unlocked_app.psychotherapy_quick_ready)


def test_pin_survives_an_idle_lock_of_the_vault(unlocked_app: AppController, qtbot) -> None:
    """The same rule as the vault's: an idle lock keeps quick unlock for both locks."""
    _turn_on(unlocked_app, qtbot)
    add_client(unlocked_app, qtbot)
    _unlock_with_passphrase(unlocked_app, qtbot, _tab(unlocked_app))
    qtbot.waitUntil(lambda: unlocked_app.psychotherapy_quick_ready)
    _idle_lock(unlocked_app, qtbot)
    window = unlocked_app.unlock_window
    assert window is not None
    window.pin_row.pin.setText(PIN)
    window.pin_row.unlock_button.click()
    wait_ops(qtbot)
    assert unlocked_app.main_window is not None and not unlocked_app.psychotherapy_open
    add_client(unlocked_app, qtbot, "Bea Testperson")
    tab = _tab(unlocked_app)
    assert _pin_offered(tab)
    _try_pin(qtbot, tab, PIN)
    assert unlocked_app.psychotherapy_open


@pytest.mark.parametrize("how", ["sleep", "os screen lock"])
def test_sleep_and_the_os_lock_require_the_passphrase(unlocked_app: AppController, qtbot, how: str) -> None:
    _turn_on(unlocked_app, qtbot)
    add_client(unlocked_app, qtbot)
    _unlock_with_passphrase(unlocked_app, qtbot, _tab(unlocked_app))
    qtbot.waitUntil(lambda: unlocked_app.psychotherapy_quick_ready)
    if how == "sleep":
        unlocked_app.idle.slept.emit()
    else:
        unlocked_app.os_events.on_screensaver(True)
    wait_ops(qtbot)
    assert unlocked_app.psychotherapy_sealed is None and not unlocked_app.psychotherapy_quick_ready
    unlock(unlocked_app, qtbot)
    add_client(unlocked_app, qtbot, "Bea Testperson")
    tab = _tab(unlocked_app)
    assert not _pin_offered(tab), "after sleep or the OS's lock only the passphrase opens these notes"


def test_without_quick_unlock_only_the_passphrase(unlocked_app: AppController, qtbot) -> None:
    add_client(unlocked_app, qtbot)
    tab = _tab(unlocked_app)
    _unlock_with_passphrase(unlocked_app, qtbot, tab)
    wait_ops(qtbot)
    unlocked_app.lock_psychotherapy()
    wait_ops(qtbot)
    assert unlocked_app.psychotherapy_sealed is None and not _pin_offered(tab)


def test_three_wrong_pins_at_the_vault_drop_the_psychotherapy_pin_too(unlocked_app: AppController, qtbot) -> None:
    """The PIN gets three tries, not three per lock: spent at the unlock window, it no
    longer opens the psychotherapy notes either."""
    _turn_on(unlocked_app, qtbot)
    add_client(unlocked_app, qtbot)
    _unlock_with_passphrase(unlocked_app, qtbot, _tab(unlocked_app))
    qtbot.waitUntil(lambda: unlocked_app.psychotherapy_quick_ready)
    _idle_lock(unlocked_app, qtbot)
    window = unlocked_app.unlock_window
    assert window is not None
    for _ in range(MAX_TRIES):
        window.pin_row.pin.setText("9999")
        window.pin_row.unlock_button.click()
        wait_ops(qtbot)
    unlock(unlocked_app, qtbot)
    qtbot.waitUntil(lambda: unlocked_app.quick_ready)  # the vault's own PIN is sealed again
    assert unlocked_app.psychotherapy_sealed is None and not unlocked_app.psychotherapy_quick_ready
    add_client(unlocked_app, qtbot, "Bea Testperson")
    assert not _pin_offered(_tab(unlocked_app))
