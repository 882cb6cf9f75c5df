"""A progress note whose start time is no time ("25:99") is not asked "Sign and lock?" (found walking
the app in Spanish: the autosave already said "Not saved: the start time is not a valid time", yet
the question came first and the refusal only after its Sign). Said at the field, before anything
is asked; a real time goes on to the question."""

from __future__ import annotations

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from vault_app.gui.controller import AppController


def _fields(qtbot, start: str):  # type: ignore[no-untyped-def]
    from vault_app.gui.note_progress_fields import ProgressFields

    fields = ProgressFields(lambda *_a: None)
    qtbot.addWidget(fields.session_box)
    fields.session_box.show()
    fields.session_box.setChecked(True)
    QTest.keyClicks(fields.start, start)
    return fields


def test_a_start_time_that_is_no_time_is_said_before_the_question(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    from vault_app.gui.progress_signing import ready_to_sign

    fields = _fields(qtbot, "25:99")
    status = QLabel()
    assert not ready_to_sign(fields, status)
    assert "“25:99” is not a time" in status.text() and "before signing" in status.text()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is fields.start, timeout=10_000)


def test_a_real_start_time_goes_on_to_the_question(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    from vault_app.gui.progress_signing import ready_to_sign

    fields = _fields(qtbot, "2:30 PM")
    status = QLabel()
    assert ready_to_sign(fields, status)
    assert status.text() == ""
