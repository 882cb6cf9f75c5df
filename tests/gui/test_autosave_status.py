"""The save status under a note speaks the practice's language and clock (found in the real
app: "Saved 22:05", in English under a Spanish note and in 24-hour time beside a US practice's
"Signed 12/03/2026 10:00 PM")."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui import dates, i18n
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


@pytest.fixture
def practice() -> Iterator[None]:
    yield
    dates.set_practice_locale(None)
    i18n.install("en")


def _status_after_typing(app: AppController, qtbot, name: str) -> tuple[str, str]:
    window = app.main_window
    assert window is not None
    add_client(app, qtbot, name)
    editor = window.chart.new_note()
    assert editor is not None
    qtbot.waitUntil(editor.isActiveWindow)
    qtbot.keyClicks(editor.section_edits["subjective"], "Slept six hours.")
    typing = editor.status.text()
    editor.flush()
    wait_ops(qtbot)
    saved = editor.status.text()
    editor.close()
    wait_ops(qtbot)
    return typing, saved


def test_a_us_practice_reads_the_save_time_on_its_12_hour_clock(unlocked_app: AppController, qtbot,
                                                                practice: None) -> None:
    dates.set_practice_locale("en_US")
    typing, saved = _status_after_typing(unlocked_app, qtbot, "Uma Usclock")
    assert typing == "Editing…"
    assert re.fullmatch(r"Saved (1[0-2]|[1-9]):[0-5]\d (AM|PM)", saved), saved


def test_a_spanish_note_says_its_save_status_in_spanish(unlocked_app: AppController, qtbot,
                                                        practice: None) -> None:
    dates.set_practice_locale("es_MX")
    assert i18n.install("es") == "es"
    typing, saved = _status_after_typing(unlocked_app, qtbot, "Elena Espanol")
    assert typing == "Editando…"
    # "a la 1:37 p.m." in the one o'clock hours, "a las" in the others (gui/hour_article.py)
    assert re.match(r"Guardado a las? \d{1,2}:[0-5]\d", saved), saved
