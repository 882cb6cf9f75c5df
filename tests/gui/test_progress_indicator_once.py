"""An operation that reports its progress has one "Please wait", closed when it ends. Found walking the
real app (the notices of closure to every active client): the first report showed the indicator at
once, and the indicator's own timer, 400 ms after the start, showed a second one over it; the end
closed the second and left the first on screen, at "0%", over the window that asked."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QProgressDialog, QVBoxLayout, QWidget

from tests.gui.conftest import wait_ops
from vault_app.gui.background import SHOW_BUSY_AFTER_MS, Progress, run_op

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: object) -> Iterator[QWidget]:
    shown = QWidget()
    QVBoxLayout(shown)
    qtbot.addWidget(shown)  # type: ignore[attr-defined]
    shown.show()
    yield shown


def _shown(window: QWidget) -> list[QProgressDialog]:
    return [d for d in window.findChildren(QProgressDialog) if d.isVisible()]


def test_a_progress_reported_at_once_leaves_no_indicator_behind(window: QWidget, qtbot) -> None:
    reported, go_on = threading.Event(), threading.Event()

    def work(progress: Progress) -> str:
        progress(0.0, "first of two")
        reported.set()
        go_on.wait(timeout=30)
        progress(0.5, "second of two")
        return "done"

    results: list[str] = []
    run_op(window, work, label="Writing the letters…", progress=True, on_success=results.append)
    qtbot.waitUntil(lambda: len(_shown(window)) == 1)  # shown by the first report, before the timer
    # The indicator's own timer comes due while the work goes on: it must not show a second one.
    qtbot.wait(SHOW_BUSY_AFTER_MS * 2)
    assert len(_shown(window)) == 1
    go_on.set()
    wait_ops(qtbot)
    assert results == ["done"]
    qtbot.waitUntil(lambda: not _shown(window))
