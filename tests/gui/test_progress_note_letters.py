"""The progress-note window: every Alt letter its buttons and field labels show is its own, in
English and in Spanish. A walker reported Alt+T as both Template and Start (a start time typed
after Alt+T went into the Template list); this build gives Start its own (Sta&rt, In&icio), and
this test keeps it so."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.gui.conftest import unlock, wait_ops
from tests.gui.test_chart import add_client
from tests.gui.test_window_mnemonics import language  # noqa: F401  (the fixture: the app's language)
from vault_app.gui.controller import AppController
from vault_app.gui.widgets import form_letters

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("language", ["en", "es"], indirect=True)
def test_no_two_of_the_note_windows_letters_are_the_same(language: str, locked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    window = unlock(locked_app, qtbot)
    add_client(locked_app, qtbot, "Lena Letters")
    editor = window.chart.new_note()
    assert editor is not None
    qtbot.waitUntil(editor.isVisible)
    wait_ops(qtbot)
    found = [(w.text(), letter) for w, letter in form_letters(editor) if w.isVisibleTo(editor)]
    twice = {letter for letter, n in Counter(letter for _t, letter in found if letter).items() if n > 1}
    assert not twice, sorted((t, letter) for t, letter in found if letter in twice)
    labels = {t.replace("&", ""): letter for t, letter in found}
    template, start = ("Template:", "Start:") if language == "en" else ("Plantilla:", "Inicio:")
    assert labels[template] != labels[start]
    editor.close()
    wait_ops(qtbot)
