"""The export wizard's list of records follows privacy mode (thirtieth round's walk of the real
app: a note's first words, "They practiced DBT…", showed on the wizard's first page while the
chart and the search masked them as ••••). Masked when the wizard opens in privacy mode, and
masked or shown again as the mode is switched with the wizard open, ticks kept."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import wait_ops
from tests.gui.test_export_and_lock import _chart_with_signed_note
from vault_app.gui.controller import AppController
from vault_app.gui.widgets import MASK

pytestmark = pytest.mark.gui

WORDS = "Doing better."  # the signed note's words (_chart_with_signed_note)


def _lines(wizard: Any) -> list[str]:
    items = wizard.what_page.items
    return [f"{items.topLevelItem(i).text(1)} / {items.topLevelItem(i).toolTip(1)}"
            for i in range(items.topLevelItemCount())]


@pytest.mark.parametrize("opened_private", [False, True], ids=["opened plain", "opened private"])
def test_the_record_list_follows_privacy_both_ways(unlocked_app: AppController, qtbot: Any,
                                                    opened_private: bool) -> None:
    window = unlocked_app.main_window
    assert window is not None
    _chart_with_signed_note(unlocked_app, qtbot)
    if opened_private:
        window.toggle_privacy()
    assert window.privacy_mode is opened_private
    wizard = window.chart.start_export()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: wizard.what_page.items.topLevelItemCount() == 1)
    [line] = _lines(wizard)
    assert (WORDS in line) is (not opened_private), line
    assert (MASK in line) is opened_private, line
    wizard.what_page.items.topLevelItem(0).setCheckState(0, Qt.CheckState.Checked)
    window.toggle_privacy()
    qtbot.waitUntil(lambda: (WORDS in _lines(wizard)[0]) is opened_private)
    [line] = _lines(wizard)
    assert (MASK in line) is (not opened_private), line
    assert wizard.what_page.selected_ids(), "the tick stays"
    window.toggle_privacy()
    qtbot.waitUntil(lambda: (WORDS in _lines(wizard)[0]) is (not opened_private))
    wizard.close()
