"""The worklist of a big practice (found by a walker: 4,651 rows owed stalled the window
0.26-0.6 s each time it was shown, a locale's date formatting for each row on the GUI thread).
The rows are put in words on the worker, each day once for the whole list, however many rows
share it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, timedelta

import pytest

from tests.gui.conftest import wait_ops
from vault_app.gui import worklist
from vault_app.gui.controller import AppController
from vault_app.services import clients, sessions

pytestmark = pytest.mark.gui


def test_a_day_shared_by_many_rows_is_formatted_once(
    unlocked_app: AppController, qtbot: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    today = date.today()
    days = [today - timedelta(days=3), today - timedelta(days=10)]
    for n in range(8):
        client_id = clients.create_client(vault, f"Client Number{n}", date_of_birth="1980-01-01").client_id
        for day in days:
            sessions.add_session(vault, client_id, date=day, duration_minutes=50)
    said: list[str] = []
    on_gui_thread: list[bool] = []
    real: Callable[[str], str] = worklist.show_date

    def counted(on: str) -> str:
        said.append(on)
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        return real(on)

    monkeypatch.setattr(worklist, "show_date", counted)
    window.show_worklist("sessions_without_notes")
    wait_ops(qtbot)
    page = window.worklist
    said.clear()
    page.refresh()  # once more, alone: one filling of the list
    wait_ops(qtbot)
    rows = page.sections["sessions_without_notes"]
    assert rows.childCount() == 16
    shown = {rows.child(i).text(2) for i in range(rows.childCount())}
    assert shown == {real(d.isoformat()) for d in days}  # each row still says its day
    assert sorted(said) == sorted(d.isoformat() for d in days)  # once per day, not once per row
    assert not any(on_gui_thread)  # said on the worker: the window goes on answering
