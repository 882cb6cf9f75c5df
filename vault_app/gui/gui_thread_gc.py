"""Python's cyclic garbage collection, on the GUI thread only.

Python collects cycles on whichever thread happens to cross its allocation threshold. In
this app that is often the worker (an unlock, a PDF layout, an import) or a thread beside
it (the backup on lock, the destruction's search). A cycle that holds the last reference
to a Qt object's wrapper (a closed form and the lambdas connected to it, dropped at a
lock) is then destroyed on that thread, and Qt deletes a GUI-thread object from another
thread: a crash later, in Qt's event loop, far from the cause (the suite saw two such
crashes while windows were rebuilt around a lock). So, as Anki, pyqtgraph and Spyder do,
the automatic collector is off while the GUI runs and a timer on the GUI thread collects
the generations that are due, by the collector's own thresholds.

Cycles the worker makes meanwhile wait at most one tick (`INTERVAL_MS`); memory freed by
reference counting (almost all of it) is freed at once, as before.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 200


class _Collector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(collect_due)
        self.timer.start()


_collector: _Collector | None = None


def collect_on_gui_thread() -> None:
    """Turn automatic collection off and collect from the GUI thread's timer instead.
    Called where the app's threads begin (the worker, the controller); once is enough,
    and later calls cost one comparison."""
    global _collector
    if _collector is not None:
        return
    app = QCoreApplication.instance()
    if app is None:  # no event loop to collect from: leave Python's own collector on
        return
    gc.disable()
    _collector = _Collector(app)
    _collector.destroyed.connect(_forget)


def collect_due() -> None:
    """Collect the oldest generation whose count has passed its threshold, as the automatic
    collector would at its next allocation (counts: allocations, then collections of the
    generation below)."""
    counts = gc.get_count()
    thresholds = gc.get_threshold()
    due = -1
    for generation in range(3):
        if thresholds[generation] and counts[generation] > thresholds[generation]:
            due = generation
    if due >= 0:
        gc.collect(due)


def stop() -> None:
    """Back to Python's own collector. The app never calls it (its threads run until it
    ends); the GUI tests do after each test, so that the core tests after them in the same
    process, which run no event loop, collect as usual."""
    global _collector
    collector, _collector = _collector, None
    if collector is not None:
        collector.timer.stop()
        # Its later deletion must not undo a collector made since (a test after this one).
        collector.destroyed.disconnect(_forget)
        collector.deleteLater()
    gc.enable()


def _forget() -> None:
    # The app object (the collector's parent) went away: so did the event loop.
    global _collector
    _collector = None
    gc.enable()
