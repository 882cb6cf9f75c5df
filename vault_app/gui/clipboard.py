"""Copying note text: mark it "do not record" for clipboard managers, clear it after 30 s.

Hints set (each platform reads its own and ignores the rest):
- KDE Klipper and many Wayland/X11 managers: `x-kde-passwordManagerHint` = `secret`;
- Windows clipboard history / cloud clipboard: `ExcludeClipboardContentFromMonitorProcessing`
  and `CanIncludeInClipboardHistory` = 0;
- macOS managers following nspasteboard.org: `org.nspasteboard.ConcealedType`.
Whether a given manager honours them is up to that manager.

X11's primary selection (text merely highlighted, pasted by a middle-click in any application)
is kept: it is how X11 users move text, KeePassXC puts what it copies there too. But what is
selected here goes there marked as above, and every lock (Lock now, idle, the screen's lock, the
psychotherapy notes' own lock) and the quit deselect the app's text and give the selection up
(forget_on_lock): a highlighted note was still pasteable after Ctrl+L (found on Xvfb with xclip).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QMimeData, QObject, Qt, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QTextEdit

from vault_app.gui.passphrase import KEPT_FROM_SELECTION

CLEAR_AFTER_MS = 30_000


def sensitive_mime(text: str) -> QMimeData:
    mime = QMimeData()
    mime.setText(text)
    mime.setData("x-kde-passwordManagerHint", b"secret")
    if sys.platform == "win32":
        mime.setData('application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"', b"\x00")
        mime.setData('application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"', b"\x00\x00\x00\x00")
        mime.setData('application/x-qt-windows-mime;value="CanUploadToCloudClipboard"', b"\x00\x00\x00\x00")
    elif sys.platform == "darwin":
        mime.setData("application/x-nspasteboard-concealed-type", text.encode())
        mime.setData("org.nspasteboard.ConcealedType", text.encode())
    return mime


class SensitiveClipboard(QObject):
    """One per app. Remembers what it put on the clipboard and clears only that."""

    def __init__(self, clear_after_ms: int = CLEAR_AFTER_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear_if_ours)
        self._placed: str | None = None

    def copy(self, text: str) -> None:
        QGuiApplication.clipboard().setMimeData(sensitive_mime(text))
        self._placed = text
        self._timer.start()

    def clear_if_ours(self) -> None:
        """Clear unless the user copied something else since (that is theirs, not ours)."""
        self._timer.stop()
        if self._placed is None:
            return
        if QGuiApplication.clipboard().text() == self._placed:
            QGuiApplication.clipboard().clear()
        self._placed = None

    @property
    def pending(self) -> bool:
        return self._placed is not None


_CLIPBOARD: SensitiveClipboard | None = None


def sensitive_clipboard() -> SensitiveClipboard:
    global _CLIPBOARD
    if _CLIPBOARD is None:
        _CLIPBOARD = SensitiveClipboard()
    return _CLIPBOARD


def copy_sensitive(text: str) -> None:
    sensitive_clipboard().copy(text)


def _ours(mime: QMimeData | None) -> bool:
    return mime is not None and mime.hasFormat("x-kde-passwordManagerHint")


def _deselect_everywhere() -> None:
    """No text of the app's widgets left selected: a selection left in a field that stays (the
    client search, a chart behind the psychotherapy lock) would be taken up again by the next
    click. Deselecting does not itself touch the primary selection."""
    for widget in QApplication.allWidgets():
        if isinstance(widget, QLineEdit):
            if widget.hasSelectedText():
                widget.deselect()
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            cursor = widget.textCursor()
            if cursor.hasSelection():
                cursor.clearSelection()
                widget.setTextCursor(cursor)
        elif isinstance(widget, QLabel) and widget.hasSelectedText():
            widget.setSelection(0, 0)


def forget_selection() -> None:
    """Deselect text in every widget, then give up X11's primary selection and macOS's find
    buffer if this app holds them (another application's are theirs: left alone)."""
    _deselect_everywhere()
    board = QGuiApplication.clipboard()
    if board.supportsSelection() and board.ownsSelection():
        board.clear(QClipboard.Mode.Selection)
    if board.supportsFindBuffer() and board.ownsFindBuffer():
        board.clear(QClipboard.Mode.FindBuffer)


def forget_on_lock() -> None:
    """What every lock and the quit do to what the app gave the system: the copied text (if
    still ours) and the selection."""
    sensitive_clipboard().clear_if_ours()
    forget_selection()


class CopyGuard(QObject):
    """Every copy made inside the app goes through the sensitive clipboard, whatever made it:
    Ctrl+C, Ctrl+Insert, Ctrl+X or a context menu in any text widget. Watching the clipboard
    rather than each widget covers widgets added later too. Text another application
    copied is left alone: only a change this process made (it owns the clipboard) is
    re-marked."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        QGuiApplication.clipboard().dataChanged.connect(self._changed)
        QGuiApplication.clipboard().selectionChanged.connect(self._selected)

    def _changed(self) -> None:
        board = QGuiApplication.clipboard()
        mime = board.mimeData()
        if _ours(mime) or mime is None or not mime.hasText() or not mime.text():
            return
        active = QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive
        if not (board.ownsClipboard() or active):
            return  # copied in another application while this one was in the background
        sensitive_clipboard().copy(mime.text())

    def _selected(self) -> None:
        """Text selected in one of the app's widgets (it owns the selection) is offered marked
        "do not record", as a copy is: managers that keep a history of the selection skip it.
        Text selected in a secret's field (gui/passphrase.keep_secret) is not offered at all."""
        board = QGuiApplication.clipboard()
        if not board.ownsSelection():
            return
        focus = QApplication.focusWidget()
        if focus is not None and focus.property(KEPT_FROM_SELECTION):
            board.clear(QClipboard.Mode.Selection)
            return
        mime = board.mimeData(QClipboard.Mode.Selection)
        if _ours(mime) or mime is None or not mime.hasText() or not mime.text():
            return
        board.setMimeData(sensitive_mime(mime.text()), QClipboard.Mode.Selection)


_GUARD: CopyGuard | None = None


def guard_copies() -> CopyGuard:
    global _GUARD
    if _GUARD is None:
        _GUARD = CopyGuard()
    return _GUARD
