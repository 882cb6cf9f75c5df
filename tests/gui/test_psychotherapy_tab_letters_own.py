"""The Psychotherapy tab's buttons take no Alt letter its own field labels have. Found by the Spanish
day's walker (round 46, 150 %, on Xvfb): with the notes unlocked, "D&estruir notas…" (its letter
given with the chart's buttons) and the note's "F&echa:" were both Alt+E: Alt+E went from the date
to Destroy notes and back, and Space there opened the destruction of notes. Real tab, unlocked with
the passphrase, in Spanish and in English."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from tests.gui.test_psychotherapy_typing import _open_tab_and_unlock
from vault_app.gui.controller import AppController
from vault_app.gui.widgets import mnemonic_of

pytestmark = pytest.mark.gui


def _letters_shown_together(app: AppController) -> dict[str, list[str]]:
    window = app.main_window
    assert window is not None
    tab = window.chart.psychotherapy
    shown = [w for w in (*tab.findChildren(QPushButton), *(lab for lab in tab.findChildren(QLabel)
                                                            if lab.buddy() is not None))
             if w.isVisibleTo(window) and mnemonic_of(w.text())]
    header = [window.chart.note_button, window.chart.export_button]
    said: dict[str, list[str]] = {}
    for w in (*shown, *header):
        said.setdefault(mnemonic_of(w.text()), []).append(w.text())
    return said


@pytest.mark.parametrize("language", ["es", "en"])
def test_no_button_of_the_open_tab_shares_a_letter_with_its_date(unlocked_app: AppController, qtbot,
                                                                 language: str, request: pytest.FixtureRequest) -> None:
    if language == "es":
        request.getfixturevalue("spanish")
    _open_tab_and_unlock(unlocked_app, qtbot)
    window = unlocked_app.main_window
    assert window is not None
    tab = window.chart.psychotherapy
    assert tab.destroy_button.isVisibleTo(window)
    day = tab.note_day.label
    assert day.isVisibleTo(window) and mnemonic_of(day.text())
    said = _letters_shown_together(unlocked_app)
    twice = {letter: texts for letter, texts in said.items() if len(texts) > 1}
    assert not twice, twice
    assert mnemonic_of(tab.destroy_button.text()) != mnemonic_of(day.text())
    assert Counter(mnemonic_of(b.text()) for b in tab.findChildren(QPushButton) if b.isVisibleTo(window))
