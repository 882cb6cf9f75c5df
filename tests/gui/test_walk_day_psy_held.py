"""Found walking a therapist's day in the real app (round 29): typing a psychotherapy note when
the vault's idle lock came, then unlocking the vault and the psychotherapy notes, the draft was
kept (listed, "draft") but not opened again: the editor stood empty with the keyboard in it, and
the next words typed started a second draft of the same day. Its own compartment's lock (Lock now
in the tab) brings the draft back in the editor; the vault's lock should too, once the
psychotherapy notes are unlocked again. Kept as xfail(strict) until it is fixed."""

from __future__ import annotations

import pytest

from tests.conftest import PASSPHRASE
from tests.gui.conftest import unlock, wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


@pytest.mark.xfail(strict=True, reason="walk-day: a psychotherapy draft being typed at the vault's lock "
                                       "is not opened again after the vault and psychotherapy unlocks")
def test_a_psychotherapy_draft_typed_at_the_vault_lock_opens_again(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot, "Pia Process")
    tab = window.chart.psychotherapy
    window.chart.tabs.setCurrentWidget(tab)
    tab.passphrase.setText(PASSPHRASE)
    tab.unlock()
    wait_ops(qtbot)
    tab.new_note()
    qtbot.keyClicks(tab.editor, "Felt pulled to rescue")
    qtbot.waitUntil(lambda: tab.autosave is not None and tab.autosave.draft.note_id is not None, timeout=5000)
    wait_ops(qtbot)
    unlocked_app.lock("Locked after a period without activity.")
    wait_ops(qtbot)
    window = unlock(unlocked_app, qtbot)
    tab = window.chart.psychotherapy
    window.chart.tabs.setCurrentWidget(tab)
    tab.passphrase.setText(PASSPHRASE)
    tab.unlock()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: tab.editor.toPlainText() == "Felt pulled to rescue", timeout=10_000)
