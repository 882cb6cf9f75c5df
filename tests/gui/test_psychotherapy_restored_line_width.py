"""The line that says a psychotherapy note is back after the unlocks ("Restored: …" and the
save status) sat beside the note's four buttons in a narrow column, a word or two a line
(found by walkers). It has a line of its own under the editor, as wide as it. A real note
through a real lock and the two real unlocks."""

from __future__ import annotations

import pytest

from tests.gui.test_psychotherapy_held_over_lock import _away, _unlock_psychotherapy, _writing
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


def test_the_restored_line_spans_the_editor(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab, client_id = _writing(unlocked_app, qtbot)
    window = _away(unlocked_app, qtbot, "lock")
    window.resize(1100, 760)
    window.open_chart(client_id)
    tab = window.chart.psychotherapy
    window.chart.tabs.setCurrentWidget(tab)
    _unlock_psychotherapy(unlocked_app, tab, qtbot)
    qtbot.waitUntil(lambda: tab.status.text().startswith("Restored:") and tab.status.isVisible(), timeout=10_000)
    editor = tab.editor
    qtbot.waitUntil(lambda: tab.status.width() >= editor.width() - 2, timeout=5_000)
    lines = tab.status.height() / tab.status.fontMetrics().lineSpacing()
    assert lines < 3.5, (tab.status.width(), editor.width(), tab.status.height(), tab.status.text())
    unlocked_app.lock_psychotherapy()
