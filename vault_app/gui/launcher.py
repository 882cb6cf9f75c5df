"""Start the desktop app. Imports stay lazy so the unlock window appears quickly."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vault_app.crypto.kdf import KdfParams
    from vault_app.gui.controller import AppController

GUI_SWITCH_INTERVAL_S = 0.001


def create_app(argv: list[str] | None = None) -> object:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    QApplication.setApplicationName("vault-app")
    QApplication.setOrganizationName("vault-app")
    QApplication.setApplicationDisplayName("Therapy Vault")
    QApplication.setDesktopFileName("org.vaultapp.VaultApp")  # Wayland matches the window to its .desktop and icon
    return app


def start(folder: Path, *, kdf_params: KdfParams | None = None) -> AppController:
    """Build the app and show its first window (wizard or unlock). Used by tests too."""
    from PySide6.QtWidgets import QApplication

    from vault_app import __version__
    from vault_app.gui import i18n, prefs, theme
    from vault_app.gui.controller import AppController

    app = create_app()
    assert isinstance(app, QApplication)
    # The worker thread runs pure-Python work (PDF layout, font parsing); a shorter
    # switch interval hands the GIL back to the GUI thread sooner (see also
    # warmup.freeze_long_lived_objects for the garbage collector's share).
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)
    QApplication.setApplicationVersion(__version__)
    # The computer's language (Spanish is translated; anything else stays English).
    i18n.install(os.environ.get("VAULT_APP_LANGUAGE") or None)
    theme.apply(app, str(prefs.get("theme", "system")))
    controller = AppController(folder, kdf_params=kdf_params)
    controller.start()
    return controller


def prepare_gui(folder: Path, *, kdf_params: KdfParams | None = None) -> AppController:
    """Everything `run_gui` does before the event loop runs: the app, its quit rule, its first window."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    app = create_app()
    assert isinstance(app, QApplication)
    # Windows are replaced at every unlock, lock and restore; none of that may end the
    # app. It ends only when the user asks (AppController.quit_requested).
    app.setQuitOnLastWindowClosed(False)
    controller = start(folder, kdf_params=kdf_params)
    controller.quit_requested.connect(app.quit, Qt.ConnectionType.QueuedConnection)
    app.aboutToQuit.connect(controller.quit)
    return controller


def run_gui(folder: Path, *, kdf_params: KdfParams | None = None) -> int:
    # No cyclic garbage collection on the way to the first window: the imports and widgets
    # allocate much and free little, and the passes the collector runs over them cost ~5 ms
    # of the start (CPU at the mapped window, median of 9). It runs again from the event loop on.
    gc.disable()
    try:
        from PySide6.QtWidgets import QApplication

        prepare_gui(folder, kdf_params=kdf_params)
    finally:
        gc.enable()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return int(app.exec())
