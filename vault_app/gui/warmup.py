"""Pay Qt's first-use costs while the unlock window waits for the passphrase.

The first menu bar, toolbar, tree and tab widget of a process load fonts, style
plugins and the SVG icon engine (~60 ms here), and the unlock itself needs the vault
code (crypto, SQLCipher). Doing that during the idle unlock screen keeps the moment
after a successful unlock under the 100 ms stall budget. Nothing built here ever
holds client data.
"""

from __future__ import annotations

import gc
import importlib

# Only the standard library at the top: the controller imports this module while the
# unlock window waits for its first paint; the widget classes (~3 ms of PySide6 type
# and enum creation) are loaded when the warm-up runs.

_done = False
# services.vault (crypto, SQLCipher, the ledger; ~40 ms) is what the unlock runs: loaded
# here, after the first paint, rather than by the unlock window on its way up. With it,
# the first screen after the unlock (the main window, client list, dashboard) and nothing
# more: all of it is resident while the KDF holds its 256 MiB, which is the process's
# peak (benchmarks/processes.py loads exactly this list; tests/gui/test_unlock_memory_imports.py).
MODULES = ("vault_app.services.vault", "vault_app.gui.main_window", "vault_app.gui.client_list",
           "vault_app.gui.dashboard", "vault_app.gui.autosave", "vault_app.services.clients")
# Imported by the unlock's own operation, on the worker, once the KDF has returned its
# memory and before the main window is built (unlock_on_worker.warmed), while the GUI thread only
# waits: what the first screen's loads import on the worker (the dashboard's figures, the
# status bar's reminder: backups, requests, retention, export) and the chart's code, ~9 MB
# resident together. Loaded before the unlock they were resident under the KDF; loaded after
# the main window was shown, the imports held the GIL against the GUI thread while it built
# the first screen (benchmarks/gui_gaps.py). Importing defines classes only: no widget is
# made off the GUI thread, and no client data is touched.
AFTER_KDF = ("vault_app.services.backup", "vault_app.services.reminders", "vault_app.services.today",
             "vault_app.services.worklist", "vault_app.gui.note_editor", "vault_app.gui.psychotherapy_tab",
             "vault_app.gui.chart_tabs", "vault_app.gui.disclosure_tabs", "vault_app.gui.requests_tab",
             "vault_app.gui.history_tab", "vault_app.gui.chart_view")
ICONS = ("lock", "unlock", "add", "note", "export", "destroy", "dashboard", "privacy", "search", "backup",
         "legal", "sign", "save", "client", "shield")


def warm_up() -> None:
    global _done
    if _done:
        return
    _done = True
    # Lazy (start-up): see the note at the top of this module
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMainWindow, QTabWidget, QTreeWidget

    # Lazy (start-up): see the note at the top of this module
    from vault_app.gui import theme

    for name in MODULES:
        importlib.import_module(name)
    for name in ICONS:
        theme.icon(name).pixmap(16, 16)
    window = QMainWindow()
    window.menuBar().addMenu(window.tr("Vault"))  # never shown: it warms the menu code
    window.addToolBar("Main")
    tabs = QTabWidget()
    tabs.addTab(QTreeWidget(), tabs.tr("Tab"))
    window.setCentralWidget(tabs)
    window.statusBar()
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    window.show()
    window.hide()
    window.deleteLater()
    freeze_long_lived_objects()


def import_after_kdf(modules: tuple[str, ...] = AFTER_KDF) -> None:
    """On the worker, the unlock's KDF done (see AFTER_KDF)."""
    for name in modules:
        importlib.import_module(name)


def freeze_long_lived_objects() -> None:
    """Move everything alive now (modules, classes, Qt wrappers; no client data exists yet)
    out of the garbage collector's reach. A full collection otherwise walks that whole
    heap, about 70 ms with the GIL held, and stalls the GUI thread whenever the worker
    allocates heavily (an export's PDF layout). Runs once, before any unlock; skipped
    if an operation (an unlock already under way) is running, so nothing that holds
    keys or client data is ever frozen."""
    # Lazy (start-up): see the note at the top of this module
    from vault_app.gui.background import runner

    if not runner().is_idle():
        return
    # No gc.collect() first: that full pass is exactly the ~70 ms stall being avoided;
    # the little garbage frozen along is harmless.
    gc.freeze()
