"""Export or disclose: Tick all and Untick all beside the list of records. Found by a walker with a
320-note chart and an authorization for "All progress notes": the list had one tick box per note
and nothing to tick them all, 318 presses of Down and Space to send what the authorization covers.
A note told in confidence by one member is never ticked for the therapist, by Tick all neither
(services/joint_held.offered: it may go only in a release that member alone authorizes)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from tests.gui.test_chart import add_client
from tests.gui.test_export_held_offer import _case, _wizard
from vault_app.gui.controller import AppController
from vault_app.services import notes, sessions

pytestmark = pytest.mark.gui


def _button(wizard: Any, words: str) -> QPushButton:
    [button] = [b for b in wizard.what_page.findChildren(QPushButton) if b.text().replace("&", "") == words]
    return button


def _ticked(wizard: Any) -> list[str]:
    items = wizard.what_page.items
    return [str(items.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)) for i in range(items.topLevelItemCount())
            if items.topLevelItem(i).checkState(0) == Qt.CheckState.Checked]


def test_tick_all_ticks_every_note_listed_and_untick_all_none(unlocked_app: AppController, qtbot: Any) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    client_id = add_client(unlocked_app, qtbot)
    made = []
    for day in ("2024-03-01", "2024-03-08", "2024-03-15"):
        session = sessions.add_session(vault, client_id, date=day, duration_minutes=53)
        note = notes.create_progress_note(vault, client_id, sections={"subjective": f"Seen {day}."},
                                          session_id=session.session_id)
        notes.sign_note(vault, note.note_id)
        made.append(note.note_id)
    wizard = _wizard(unlocked_app, qtbot, client_id)
    qtbot.waitUntil(lambda: wizard.what_page.items.topLevelItemCount() == 3)
    assert _ticked(wizard) == []
    qtbot.mouseClick(_button(wizard, "Tick all"), Qt.MouseButton.LeftButton)
    assert sorted(_ticked(wizard)) == sorted(made)
    wizard.what_page.recipient.setText("Dr. Receiving Psychiatrist")
    wizard.what_page.purpose.setText("continuity of care")
    assert wizard.what_page.isComplete()  # the page heard the ticks: Next is on
    qtbot.mouseClick(_button(wizard, "Untick all"), Qt.MouseButton.LeftButton)
    assert _ticked(wizard) == []
    assert not wizard.what_page.isComplete()
    wizard.close()


def test_tick_all_leaves_a_note_told_in_confidence_unticked(unlocked_app: AppController, qtbot: Any) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    case_id, _members, (joint, held) = _case(vault, second_is_child=True)
    wizard = _wizard(unlocked_app, qtbot, case_id)
    qtbot.waitUntil(lambda: wizard.what_page.items.topLevelItemCount() == 2)  # the held note is offered
    qtbot.mouseClick(_button(wizard, "Tick all"), Qt.MouseButton.LeftButton)
    assert _ticked(wizard) == [joint]  # the held note listed, left unticked
    items = wizard.what_page.items
    assert held in {str(items.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)) for i in range(2)}
    wizard.close()
