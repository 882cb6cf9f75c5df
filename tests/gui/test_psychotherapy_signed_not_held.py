"""A SIGNED psychotherapy note on screen at the vault's lock is not "restored" after the unlock
(found by a walker on the merged app): the tab said a note "you were writing" would reopen, then
"Restored: this is what you were typing when the app stopped unexpectedly … may be missing",
though nothing crashed and the note was signed. Only a draft is held or restored."""

from __future__ import annotations

import pytest

from tests.gui.conftest import wait_ops
from tests.gui.test_psychotherapy_held_over_lock import _away, _unlock_psychotherapy, _writing
from vault_app.gui.controller import AppController
from vault_app.storage import held_text

pytestmark = pytest.mark.gui


def test_a_signed_note_on_screen_at_the_lock_is_not_restored(unlocked_app: AppController, qtbot) -> None:
    tab, client_id = _writing(unlocked_app, qtbot)
    tab.flush()
    wait_ops(qtbot)
    tab.sign_now()
    qtbot.waitUntil(lambda: tab.signed, timeout=10_000)
    wait_ops(qtbot)
    vault = unlocked_app.vault
    assert vault is not None
    # Signed: nothing of the tab's is kept for an unclean end any more.
    qtbot.waitUntil(lambda: held_text.load(vault.psychotherapy) == [], timeout=10_000)
    window = _away(unlocked_app, qtbot, "lock")
    window.open_chart(client_id)
    wait_ops(qtbot)
    tab = window.chart.psychotherapy
    window.chart.tabs.setCurrentWidget(tab)
    wait_ops(qtbot)
    assert not tab.held_waits.isVisible(), tab.held_waits.text()
    _unlock_psychotherapy(unlocked_app, tab, qtbot)
    wait_ops(qtbot)
    assert not tab.status.text().startswith("Restored:"), tab.status.text()
    assert "when the app last closed" not in tab.status.text()
    unlocked_app.lock_psychotherapy()
    wait_ops(qtbot)
