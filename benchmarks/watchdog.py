"""Measure the longest stall of the GUI thread while something runs in the background (benchmarks/gui_gaps.py)."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer


class Watchdog:
    """A 10 ms timer; the largest gap between its ticks is how long the GUI thread was blocked."""

    def __init__(self, interval_ms: int = 10) -> None:
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.gaps: list[float] = []
        self._last = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self._last)
        self._last = now

    def __enter__(self) -> Watchdog:
        self._last = time.perf_counter()
        self.timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.timer.stop()

    @property
    def worst_ms(self) -> float:
        return max(self.gaps, default=0.0) * 1000
