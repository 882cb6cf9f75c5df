"""The note keys (shortcuts.DEFAULTS: save, sign and lock, copy), bound in one place for every
place a note is written: the progress-note editor's window and the chart's Psychotherapy tab.
Found by a walker: F1 and docs/gui.md list Ctrl+Shift+S as "sign and lock the note", and it did
nothing in the Psychotherapy tab, where only Alt+K signed; the progress-note editor alone bound it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from vault_app.gui import shortcuts


def bind_note_keys(host: QWidget, *, save: Callable[[], object], sign: Callable[[], object],
                   copy: Callable[[], object] | None = None, within: bool = False) -> list[QShortcut]:
    """Ctrl+S, Ctrl+Shift+S (and Ctrl+Shift+Y when `copy` is given) on `host`: in its whole window,
    or, `within`, only while the keyboard is in `host` or its children (a tab of the main window,
    whose other pages have no note to sign)."""
    keys: list[tuple[str, Callable[[], object]]] = [("save_note", save), ("sign_note", sign)]
    if copy is not None:
        keys.append(("copy_note", copy))
    made = []
    for name, act in keys:
        shortcut = QShortcut(QKeySequence(shortcuts.DEFAULTS[name]), host, act)
        if within:
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        made.append(shortcut)
    return made


__all__ = ["bind_note_keys"]
