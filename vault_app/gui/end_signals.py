"""SIGTERM and SIGHUP end the app as Vault > Quit does: typed forms held inside the vault,
the vault locked, the app closed. Without this a logout or shutdown that sends SIGTERM (a
systemd user session, `kill`) ended the process at once, and what was typed in an open form
was gone (found reviewing the held forms: only Ctrl+Q, Quit and the lock held them).

Python runs a signal handler only when the interpreter gets control, which Qt's event loop
does not give while it waits; the signal's number is written to a socket Qt watches
(signal.set_wakeup_fd), so the quit runs on the GUI thread at once. Not on Windows, which
sends no such signals to a windowed app."""

from __future__ import annotations

import logging
import signal
import socket
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier

log = logging.getLogger(__name__)

ENDING = ("SIGTERM", "SIGHUP")


class EndSignals(QObject):
    """Watches for SIGTERM/SIGHUP while the app runs and calls `end` (once) on the GUI thread."""

    def __init__(self, end: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._end: Callable[[], None] | None = end
        self._read, self._write = socket.socketpair()
        self._read.setblocking(False)
        self._write.setblocking(False)
        signal.set_wakeup_fd(self._write.fileno(), warn_on_full_buffer=False)
        for name in ENDING:
            # A Python handler that does nothing: the wake-up fd carries the signal to Qt.
            signal.signal(getattr(signal, name), lambda *_: None)
        self._notifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._arrived)

    def close(self) -> None:
        """The watch ended: the default handlers back, the sockets closed (the app has ended)."""
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(-1)
        for name in ENDING:
            signal.signal(getattr(signal, name), signal.SIG_DFL)
        self._read.close()
        self._write.close()

    def _arrived(self) -> None:
        try:
            got = self._read.recv(64)
        except BlockingIOError:
            return
        numbers = {int(b) for b in got}
        if not numbers & {int(getattr(signal, n)) for n in ENDING}:
            return
        end, self._end = self._end, None
        if end is not None:
            log.info("Ending on a signal from the system, as Quit does.")
            end()


def install(end: Callable[[], None], parent: QObject | None = None) -> EndSignals | None:
    """The watch, or None where the system sends no such signals to a windowed app."""
    if sys.platform.startswith("win"):
        return None
    return EndSignals(end, parent)


__all__ = ["ENDING", "EndSignals", "install"]
