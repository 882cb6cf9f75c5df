"""Start the desktop app. Imports stay lazy so the unlock window appears quickly."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from vault_app.crypto.kdf import KdfParams
    from vault_app.gui.controller import AppController
    from vault_app.gui.unlock import UnlockWindow

GUI_SWITCH_INTERVAL_S = 0.001


def create_app(argv: list[str] | None = None) -> object:
    # Lazy (start-up): imported once run_gui has turned the collector off (~5 ms; see run_gui)
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    QApplication.setApplicationName("vault-app")
    QApplication.setOrganizationName("vault-app")
    QApplication.setApplicationDisplayName("Therapy Vault")
    QApplication.setDesktopFileName("org.vaultapp.VaultApp")  # Wayland matches the window to its .desktop and icon
    return app


def _prepare_app(app: QApplication) -> None:
    """What every window needs before it is built: version, language, look."""
    # Lazy (start-up): imported once run_gui has turned the collector off (~5 ms; see run_gui)
    from PySide6.QtWidgets import QApplication

    # Lazy (start-up): imported once run_gui has turned the collector off (~5 ms; see run_gui)
    from vault_app import __version__
    from vault_app.gui import i18n, prefs, theme

    # The worker thread runs pure-Python work (PDF layout, font parsing); a shorter
    # switch interval hands the GIL back to the GUI thread sooner (see also
    # warmup.freeze_long_lived_objects for the garbage collector's share).
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)
    QApplication.setApplicationVersion(__version__)
    # The language chosen in Settings, else the computer's (Spanish is translated; anything else
    # stays English); the environment variable over both. Read with the theme, from one open.
    saved = prefs.settings()
    i18n.install(i18n.start_language(os.environ.get("VAULT_APP_LANGUAGE"), prefs.get("language", None, saved)))
    theme.apply(app, str(prefs.get("theme", "system", saved)), first_paint_pending=True)


def start(folder: Path, *, kdf_params: KdfParams | None = None, folder_role: str = "default") -> AppController:
    """Build the app and show its first window (wizard or unlock), all at once. Used by
    tests and scripts; the real program goes through `Boot`, which draws the window first."""
    # Lazy (start-up): imported once run_gui has turned the collector off (~5 ms; see run_gui)
    from PySide6.QtWidgets import QApplication

    # Lazy (start-up): built after the first paint (AFTER_FIRST_PAINT, test_startup_imports.py)
    from vault_app.gui.controller import AppController

    app = create_app()
    assert isinstance(app, QApplication)
    _prepare_app(app)
    # Lazy (start-up): imported once run_gui has turned the collector off (~5 ms; see run_gui)
    from vault_app.gui import theme

    theme.follow_system(app)
    controller = AppController(folder, kdf_params=kdf_params, folder_role=folder_role)
    controller.start()
    return controller


class Boot:
    """The real program's start: the unlock window first, the rest once it is drawn.

    Before the event loop runs, only the unlock window is built and shown: no controller,
    idle watcher, OS-event watcher, clipboard guard, operations seam or worker thread, and
    nothing reads PySide6's `Qt` namespace (see unlock.py). The controller is built (and
    takes the window over) on the event-loop turn after the window's first paint, or
    earlier if the user starts an unlock or closes the window first, or after
    `FALLBACK_MS` if no paint comes (a window that is never exposed). Keys typed meanwhile
    go to the passphrase field as usual: nothing typed is lost, and the unlock's result,
    which comes back from the worker thread, always finds the controller in place.
    Without a vault (the first-run wizard) everything is built at once, as by `start`.
    """

    FALLBACK_MS = 500

    def __init__(self, app: QApplication, folder: Path, *, kdf_params: KdfParams | None = None,
                 folder_role: str = "default") -> None:
        # Lazy (start-up): imported once run_gui has turned the collector off (~5 ms; see run_gui)
        from vault_app.services.vault_folder import vault_exists

        self.app = app
        self.folder = folder
        self.kdf_params = kdf_params
        self.folder_role = folder_role
        self.controller: AppController | None = None
        self.window: UnlockWindow | None = None
        _prepare_app(app)
        if not vault_exists(folder):
            self.build()
            return
        # Lazy (start-up): imported once run_gui has turned the collector off (~5 ms; see run_gui)
        from PySide6.QtCore import QTimer

        # Lazy (start-up): imported once run_gui has turned the collector off (~5 ms; see run_gui)
        from vault_app.gui.unlock import UnlockWindow

        window = UnlockWindow(folder, kdf_params=kdf_params, defer_setup=True, folder_role=folder_role)
        self.window = window
        window.closed_by_user.connect(self._closed_early)  # connected first: runs first
        window.first_painted.connect(self.build)
        window.unlock_started.connect(self.build)
        window.show()
        window.raise_()
        window.activateWindow()
        QTimer.singleShot(self.FALLBACK_MS, self.build)

    def build(self) -> AppController:
        """The controller, with the app's quit rule; made once, on first need."""
        if self.controller is not None:
            return self.controller
        # Lazy (start-up): reading PySide6's `Qt` namespace costs ~20 ms: not before the first paint
        from PySide6.QtCore import Qt

        # Lazy (start-up): imported once run_gui has turned the collector off (~5 ms; see run_gui)
        from vault_app.gui import theme

        # Lazy (start-up): built after the first paint (AFTER_FIRST_PAINT, test_startup_imports.py)
        from vault_app.gui.controller import AppController

        theme.follow_system(self.app)  # the palette, unread on the way to the first paint
        controller = AppController(self.folder, kdf_params=self.kdf_params, folder_role=self.folder_role)
        self.controller = controller
        controller.quit_requested.connect(self.app.quit, Qt.ConnectionType.QueuedConnection)
        self.app.aboutToQuit.connect(controller.quit)
        if self.window is None:
            controller.start()
        else:
            self.window.finish_setup()
            controller.adopt_unlock(self.window)
        # run_gui turned the collector off for the way to the first window; from here on it
        # runs from the GUI thread's timer, never on the worker (gui_thread_gc).
        # Lazy (start-up): built after the first paint (AFTER_FIRST_PAINT, test_startup_imports.py)
        from vault_app.gui import gui_thread_gc

        gui_thread_gc.collect_on_gui_thread()
        return controller

    def end_from_system(self) -> None:
        """SIGTERM/SIGHUP (gui/end_signals.py): as Vault > Quit, from whatever window is up."""
        end_as_quit(self.app, self.controller)

    def _closed_early(self) -> None:
        """The unlock window closed before the controller took it over: nothing is open,
        so the app simply ends (afterwards the controller's own connection ends it)."""
        if self.controller is None:
            self.app.quit()


def end_as_quit(app: QCoreApplication, controller: AppController | None) -> None:
    """The app ended as Vault > Quit ends it: typed forms held, the vault locked, then the app
    closed (the main window's close does all three); at the unlock window, the app quits."""
    if controller is None:
        app.quit()
    elif controller.main_window is not None:
        controller.main_window.quit_now()  # no backup question: the session may be ending
    else:
        controller.quit_by_user()


def prepare_gui(folder: Path, *, kdf_params: KdfParams | None = None, folder_role: str = "default") -> AppController:
    """Everything `run_gui` does before the event loop runs, with the controller built at
    once (tests): the app, its quit rule, its first window."""
    # Lazy (start-up): imported once run_gui has turned the collector off (~5 ms; see run_gui)
    from PySide6.QtWidgets import QApplication

    app = create_app()
    assert isinstance(app, QApplication)
    # Windows are replaced at every unlock, lock and restore; none of that may end the
    # app. It ends only when the user asks (AppController.quit_requested).
    app.setQuitOnLastWindowClosed(False)
    return Boot(app, folder, kdf_params=kdf_params, folder_role=folder_role).build()


def run_gui(folder: Path, *, kdf_params: KdfParams | None = None, folder_role: str = "default") -> int:
    # No cyclic garbage collection on the way to the first window: the imports and widgets
    # allocate much and free little, and the passes the collector runs over them cost ~5 ms
    # of the start (CPU at the mapped window, median of 9). Boot.build turns it back on.
    gc.disable()
    try:
        # Lazy (start-up): imported once run_gui has turned the collector off (~5 ms; see run_gui)
        from PySide6.QtWidgets import QApplication

        app = create_app()
        assert isinstance(app, QApplication)
        app.setQuitOnLastWindowClosed(False)  # see prepare_gui
        boot = Boot(app, folder, kdf_params=kdf_params, folder_role=folder_role)
    except BaseException:
        gc.enable()
        raise
    # Lazy (start-up): the signal watch once the first window is on its way (a few imports)
    from vault_app.gui import end_signals

    watch = end_signals.install(boot.end_from_system, app)
    code = int(app.exec())
    if watch is not None:
        watch.close()
    del boot
    return code
