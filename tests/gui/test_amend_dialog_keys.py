"""An addendum to a signed note, as typed in the real app (sixteenth round): the dialog opened
with the keyboard on its Kind list, so "Client phoned…" opened the list at the first space and
the words were lost; and the addendum's heading read its UTC moment cut as text
("2026-12-04 00:04" for an addendum made at 4:04 PM in California, the day before)."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from tests.gui.amend_helpers import close_amend_dialog, open_amend_dialog
from vault_app.domain.clinical_notes import Amendment
from vault_app.gui.amend_dialog import amendment_text
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


def test_words_typed_in_a_new_addendum_go_into_its_text(unlocked_app: AppController, qtbot) -> None:
    editor, dialog = open_amend_dialog(unlocked_app, qtbot, "Ada Addendum")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=10_000)
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClicks(focused, "Client phoned on Monday")
    assert dialog.text.toPlainText() == "Client phoned on Monday"
    assert dialog.change.currentData() == "addendum"
    close_amend_dialog(qtbot, editor, dialog)


@pytest.fixture
def in_california(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "America/Los_Angeles")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="the local time zone is set through TZ")
def test_an_addendum_reads_the_clock_and_date_of_the_practice(in_california: None) -> None:
    assert os.environ["TZ"] == "America/Los_Angeles"
    made = Amendment(amendment_id="a1", note_id="n1", note_kind="progress", client_id="c1", kind="addendum",
                     author="Jordan Lee, LCSW", created_at="2026-12-04T00:04:00.000000+00:00", reason="",
                     text="Client phoned.")
    text = amendment_text([made])
    assert text.startswith("Addendum 12/03/2026 4:04 PM by Jordan Lee, LCSW\n")
    assert "2026-12-04" not in text
