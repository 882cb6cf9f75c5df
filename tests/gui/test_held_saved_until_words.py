"""What a note's "Restored: …" line says of its text, by what took it (gui/held.py saved_until,
note_editor.py restored_after): a lock or a quit saved it first ("nothing was lost"); after a
crash the text is as last saved, at that save's time, and the last moment's typing may be
missing. Table-driven, English and Spanish; the stored moment (UTC) shown on the wall clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui import dates
from vault_app.gui.controller import AppController
from vault_app.gui.held import saved_until

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("us_practice")]

def _wall(moment: datetime) -> datetime:
    return moment.astimezone().replace(tzinfo=None)


@pytest.mark.parametrize(("days_ago", "show"), [(0, dates.show_time), (3, dates.show_datetime)])
def test_after_a_crash_the_time_of_the_last_save_is_said(days_ago: int, show: Any) -> None:
    """Today's save by its time; another day's by its date and time."""
    moment = datetime.now(UTC).replace(microsecond=0) - timedelta(days=days_ago)
    said = saved_until(moment.isoformat())
    assert said.startswith(f"The note is as it was last saved at {show(_wall(moment))};"), said
    assert "may be missing" in said and "nothing was lost" not in said


@pytest.mark.parametrize("stamp", [None, "", "not a moment"])
def test_without_a_known_save_nothing_false_is_said(stamp: str | None) -> None:
    said = saved_until(stamp)
    assert said.startswith("The note is as it was last saved;") and "nothing was lost" not in said


@pytest.mark.usefixtures("qapp", "spanish")
@pytest.mark.parametrize(("saved", "start"), [
    (True, "La nota está como se guardó por última vez ("),
    (False, "La nota está como se guardó por última vez;"),
])
def test_in_spanish(saved: bool, start: str) -> None:
    said = saved_until(datetime.now(UTC).isoformat() if saved else None)
    assert said.startswith(start) and "puede faltar" in said, said


@pytest.mark.parametrize(("why", "lost_nothing"), [
    ("lock", True), ("quit", True), ("psychotherapy", True), (None, True), ("crash", False),
])
def test_a_progress_note_says_nothing_was_lost_only_when_a_lock_or_quit_took_it(
        unlocked_app: AppController, qtbot: Any, why: str | None, lost_nothing: bool) -> None:
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot, "Nora Notetaker")
    editor = window.chart.new_note()
    said = editor.restored_after(why)
    assert ("nothing was lost" in said) is lost_nothing, said
    assert ("may be missing" in said) is not lost_nothing, said
    editor.close()
    wait_ops(qtbot)
