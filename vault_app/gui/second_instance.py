"""A second start of the app on a vault open in another window: said at once in its unlock
window, and that window asked to come forward (as KeePassXC does). The words follow the truth
while the unlock window is up: looked at again every LOOK_EVERY_MS on the worker (found: said
once, they stood after the other window quit, and a window opened later was never said). A
command holding the vault is said the same way. The request file and its rules are
services/vault_in_use.py's; its reads and writes run on the worker."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, QTimer
from PySide6.QtWidgets import QWidget

from vault_app.gui.background import run_op

# A look is a stat of the owner note (and, only when there is one, a probe of the lock that
# takes nothing while it is held): cheap, and 1.5 s is as soon as a person turns back to this window.
LOOK_EVERY_MS = 1500


class RaiseWatch(QObject):
    """Watches while `window` (the unlocked vault's main window) lives; brings it forward on a request."""

    def __init__(self, folder: Path, window: QWidget) -> None:
        super().__init__(window)
        self.folder = folder
        self.window = window
        self.raised = 0  # how many requests brought the window forward (tests read it)
        self.path: Path | None = None
        self._reading = False
        self._again = False
        # The state folder, not the request file: a request is removed once read, and a new one
        # is a new file (services/vault_in_use.py). Only entries made or removed there wake it.
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._requested)
        # Lazy (start-up): the services' file rules, loaded on first need (a vault unlocked)
        from vault_app.services import vault_in_use

        run_op(window, lambda: vault_in_use.take_raise_requests(folder), on_success=self._watch)

    def _watch(self, path: Path | None) -> None:
        if path is None:
            return
        self.path = path
        self.watcher.addPath(str(path.parent))

    def _requested(self, _changed: str = "") -> None:
        if self._reading:  # one read at a time; a change meanwhile is read after it
            self._again = True
            return
        # Lazy (start-up): as above
        from vault_app.services.vault_in_use import answered

        folder = self.folder
        self._reading = True
        self._again = False
        run_op(self.window, lambda: answered(folder), on_success=self._bring_forward, on_done=self._read)

    def _read(self) -> None:
        self._reading = False
        if self._again:
            self._requested()

    def _bring_forward(self, requested: bool) -> None:
        if not requested or not self.window.isVisible():
            return
        self.raised += 1
        if self.window.isMinimized():
            self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()


def watch(folder: Path, window: QWidget) -> RaiseWatch:
    return RaiseWatch(folder, window)


class InUseWords(QObject):
    """The unlock window's words on another process holding the vault, kept true while it is up.
    Only its own words (or the same refusal met by an unlock) are replaced or cleared: a wrong
    passphrase said there is left alone. Nothing is decided by them: the unlock takes the
    single-writer lock itself or is refused."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.looks = 0  # looks answered (tests wait on it)
        self._looking = False
        self._ours: set[str] = set()  # texts these words put in the message, and the refusals they match
        self.timer = QTimer(self)
        self.timer.setInterval(LOOK_EVERY_MS)
        self.timer.timeout.connect(self.look)
        self.timer.start()
        self.look(first=True)

    def look(self, first: bool = False) -> None:
        window = self.window
        if self._looking or window.busy or not (first or window.isVisible()):
            return  # an unlock under way asks the lock itself; a hidden window has nobody to tell
        # Lazy (start-up): the services' lock probe (filelock), after the first paint
        from vault_app.services.vault_in_use import held_elsewhere

        folder = window.folder
        self._looking = True
        run_op(window, lambda: held_elsewhere(folder, ask=first), on_success=lambda found: self._say(*found),
               on_error=self._stop, on_done=self._looked)

    def _looked(self) -> None:
        self._looking = False
        self.looks += 1

    def _stop(self, _exc: BaseException) -> bool:
        # A look that failed is not tried every 1.5 s (a dialog each time); the unlock still says it.
        self.timer.stop()
        return True

    def _say(self, busy: Any, asked: bool) -> None:
        window = self.window
        if window.busy:
            return
        shown = window.message.text()
        if shown and shown not in self._ours:
            return  # another refusal is said there: not these words to replace
        if busy is None:
            if shown:
                window.message.setText("")
            return
        # Lazy (start-up): only a vault held elsewhere needs the refusals' words
        from vault_app.gui.refusal_words import refusal_text

        refused = refusal_text(busy)
        self._ours.add(refused)  # as an unlock refused by this holder says it: cleared with ours
        if shown.startswith(refused):
            return  # said already (perhaps with "asked to come to the front"): left as it reads
        said = [refused]
        if asked:
            said.append(QCoreApplication.translate("UnlockWindow", "That window was asked to come to the front."))
        said.append(QCoreApplication.translate("UnlockWindow", "This message clears as soon as the vault is free."))
        text = " ".join(said)
        self._ours.add(text)
        window.message.setText(text)


def check(window: Any) -> InUseWords:
    """Whether another process has the vault, looked at now and while the window is up (on the
    worker); if so the unlock window says it before a passphrase is typed for nothing, and at a
    second start the window holding it is asked to come forward."""
    return InUseWords(window)
