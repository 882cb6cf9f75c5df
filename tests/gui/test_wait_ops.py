"""tests/gui/conftest.py's wait_ops: back when the last result is delivered and what it posted has run."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer

from tests.gui.conftest import wait_ops
from vault_app.gui.background import runner


def test_back_after_every_result_and_what_each_posted(qtbot: object) -> None:
    done: list[str] = []
    release = threading.Event()

    def second_result(value: str) -> None:
        done.append(value)
        QTimer.singleShot(0, lambda: done.append("posted by the last result"))

    runner().submit(None, lambda: release.wait(10) and "first", on_success=done.append)
    runner().submit(None, lambda: "second", on_success=second_result)
    QTimer.singleShot(50, release.set)
    wait_ops(qtbot)
    assert runner().is_idle()
    assert done == ["first", "second", "posted by the last result"]


def test_an_operation_that_does_not_end_in_time_is_a_timeout(qtbot: object) -> None:
    release = threading.Event()
    runner().submit(None, lambda: release.wait(10))
    try:
        with pytest.raises(TimeoutError, match="not done in 100 milliseconds"):
            wait_ops(qtbot, timeout=100)
    finally:
        release.set()
        wait_ops(qtbot)
    assert runner().is_idle()
