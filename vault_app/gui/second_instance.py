"""A second start of the app on a vault open in another window: said at once in its unlock
window, and that window asked to come forward (as KeePassXC does). The request file and its
rules are services/vault_in_use.py's; its reads and writes run on the worker."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject
from PySide6.QtWidgets import QWidget

from vault_app.gui.background import run_op


class RaiseWatch(QObject):
    """Watches while `window` (the unlocked vault's main window) lives; brings it forward on a request."""

    def __init__(self, folder: Path, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.raised = 0  # how many requests brought the window forward (tests read it)
        self.path: Path | None = None
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._requested)
        # Lazy (start-up): the services' file rules, loaded on first need (a vault unlocked)
        from vault_app.services import vault_in_use

        run_op(window, lambda: vault_in_use.take_raise_requests(folder), on_success=self._watch)

    def _watch(self, path: Path | None) -> None:
        if path is None:
            return
        # Left in place when the window goes (an empty file; the next holder empties it again):
        # removing it from the window's `destroyed` broke others' waits on that signal.
        self.path = path
        self.watcher.addPath(str(path))

    def _requested(self, _path: str) -> None:
        path = self.path
        # Lazy (start-up): as above
        from vault_app.services.vault_in_use import answered

        if path is not None:
            run_op(self.window, lambda: answered(path), on_success=self._bring_forward)

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


def check(window: Any) -> None:
    """Whether another window has the vault (read on the worker); if so the unlock window says
    it before a passphrase is typed, and the other window is asked to come forward."""
    # Lazy (start-up): the services' lock probe (filelock), after the first paint
    from vault_app.services.vault_in_use import held_elsewhere

    folder = window.folder
    run_op(window, lambda: held_elsewhere(folder), on_success=lambda found: _say(window, *found))


def _say(window: Any, busy: Any, asked: bool) -> None:
    if busy is None or window.busy:
        return
    # Lazy (start-up): only a vault held elsewhere needs the refusals' words
    from vault_app.gui.refusal_words import refusal_text

    said = [refusal_text(busy)]
    if asked:
        said.append(QCoreApplication.translate("UnlockWindow", "That window was asked to come to the front."))
    window.message.setText(" ".join(said))
