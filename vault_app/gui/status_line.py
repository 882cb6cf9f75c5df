"""The main window's status line: a lasting line (Unlocked, the backup reminder, a wait for
the backup folder) and passing sentences said over it by the chart and the menus ("No
authorization is on file to revoke.", "Draft discarded.").

A passing sentence went stale in the real app: "No authorization is on file to revoke" stayed
up after an authorization was recorded. It now gives way to the lasting line when the records
change after it was said (a change notice, gui/seam.py's Changes), when a chart is opened, or
after PASSING_MS, whichever comes first. A sentence said in an operation's success callback
follows that operation's own notice (operations.py broadcasts before on_success), so the change
that prompted it does not take it away. The lasting line stays until the next lasting line."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QFontMetrics, QKeySequence, QMouseEvent, QPainter, QPaintEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QWidget

from vault_app.gui.change_watch import only_views
from vault_app.gui.shortcuts import DEFAULTS
from vault_app.services.changes import Changes, Kind

# Long enough to read a two-line sentence at a calm pace, and to look up from the keyboard first.
PASSING_MS = 20_000
# The status line's lines at most: each is also the window's least height (a line cut is read by a
# click). A failed backup's reason and what to do take three at 100 % on a 1366x768 laptop.
MOST_LINES = 4


class OneLineLabel(QLabel):
    """The status bar's label: one line, cut with "…" where the window is too narrow, the whole
    sentence in its tooltip (and in text(), for screen readers). Found at 1366x768 at 125 % in
    Spanish: a sentence wrapped to two lines took a line from the page above it and pushed the
    Attachments tab's buttons out of sight.

    A sentence too long for one line takes more where the page above keeps its room (the
    window's central widget taller than its least height by those lines): found, the unlock's
    "Otro programa restauró esta bóveda … los formularios abiertos al bloq…", its point cut at a
    window of any width short of a wide screen's. As many lines as the sentence needs and the
    page can spare, up to MOST_LINES (with two at most, a failed backup's reason was cut at the
    end of its second line at 100 % on a 1366x768 laptop, what to do about it only in the
    tooltip). The last line there is room for is cut with "…"; a click on the line, or
    Ctrl+Shift+M (View > Status message in full), then shows the whole of it."""

    # Class-level too: the handlers below still read them once the cycle collector cleared the
    # instance's own (test_overrides_after_collection)
    _lines = 1
    _watched: QWidget | None = None

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(False)
        self._lines = 1  # drawn on so many lines now
        self._watched: QWidget | None = None
        self._fit_tooltip()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def shown_text(self) -> str:
        """The text as it is drawn: the whole of it, or its start and "…"; its lines apart by "\n"."""
        room = max(self.contentsRect().width(), 0)
        metrics = self.fontMetrics()
        lines, rest = [], self.text()
        for _ in range(self._lines - 1):
            first, rest = _first_line(rest, metrics, room)
            lines.append(first)
        return "\n".join([*lines, metrics.elidedText(rest, Qt.TextElideMode.ElideRight, room)])

    def is_cut(self) -> bool:
        return self.shown_text().replace("\n", " ") != self.text()

    def minimumSizeHint(self) -> QSize:
        # Any width: the line is cut rather than widening the window past the screen.
        hint = super().minimumSizeHint()
        return QSize(0, self._height(hint.height()))

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self._height(hint.height()))

    def _height(self, one: int) -> int:
        return one + self.fontMetrics().lineSpacing() * (self._lines - 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        page = self._page()
        if page is not None and page is not self._watched:
            self._watched = page
            page.installEventFilter(self)  # its height says whether a second line has the room
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self, self._fit)  # not inside the layout's own pass
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        align = self.alignment() if self._lines == 1 else (self.alignment() & ~Qt.AlignmentFlag.AlignVCenter) \
            | Qt.AlignmentFlag.AlignTop
        painter.drawText(self.contentsRect(), align, self.shown_text())

    def _page(self) -> QWidget | None:
        window = self.window()
        return window.centralWidget() if isinstance(window, QMainWindow) else None

    def _fit(self) -> None:
        """As many lines as the sentence needs, where the page keeps its least height."""
        room = self.contentsRect().width()
        needed = _line_count(self.text(), self.fontMetrics(), room) if room > 0 else 1
        page = self._page()
        spare = 0 if page is None else page.height() - page.minimumSizeHint().height()
        # The lines drawn now are already taken from the page's height; a page below its least
        # height (the window made smaller) gets its lines back (// rounds down).
        lines = 1 if page is None else max(1, min(needed, self._lines + spare // self.fontMetrics().lineSpacing()))
        if lines != self._lines:
            self._lines = lines
            self.updateGeometry()
        self._fit_tooltip()
        self.update()

    def _fit_tooltip(self) -> None:
        cut = self.is_cut()
        self.setToolTip(self.text() if cut else "")
        # What a screen reader says of the line: the whole sentence, and where it is cut on
        # screen, the key that shows it whole (View > Status message in full)
        keys = QKeySequence(DEFAULTS["status_message"]).toString(QKeySequence.SequenceFormat.NativeText)
        self.setAccessibleDescription(QCoreApplication.translate(
            "StatusLine", "{sentence} ({keys} shows it whole)").format(sentence=self.text(), keys=keys)
            if cut else self.text())
        self.setCursor(Qt.CursorShape.PointingHandCursor if cut else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A line cut: the whole of it in a message, to read at leisure (a tooltip goes when the
        mouse moves)."""
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and self.is_cut():
            show_whole(self)


def _line_count(text: str, metrics: QFontMetrics, room: int) -> int:
    """How many lines `text` takes broken at spaces in `room`, at most MOST_LINES."""
    count, rest = 1, text
    while metrics.horizontalAdvance(rest) > room and count < MOST_LINES:
        _first, rest = _first_line(rest, metrics, room)
        count += 1
    return count


def show_whole(label: QLabel) -> None:
    """The status line's whole sentence in a message over its window (cut or not: a screen
    reader reads the message box aloud)."""
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("StatusLine", "Status"),
                      label.text(), QMessageBox.StandardButton.Ok, label.window())
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def _first_line(text: str, metrics: QFontMetrics, room: int) -> tuple[str, str]:
    """`text` broken at the last space that lets its start fit `room` (a word wider than the line:
    cut there), and the rest."""
    words, first = text.split(" "), ""
    for i, word in enumerate(words):
        tried = f"{first} {word}" if first else word
        if metrics.horizontalAdvance(tried) > room:
            if not first:
                return metrics.elidedText(word, Qt.TextElideMode.ElideRight, room), " ".join(words[i + 1:])
            return first, " ".join(words[i:])
        first = tried
    return first, ""


class StatusLine(QObject):
    def __init__(self, label: QLabel, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else label)
        self.label = label
        self._lasting = label.text()
        self._passing: str | None = None
        self._waiting: str | None = None  # a backup waiting for its folder (waiting())
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PASSING_MS)
        self.timer.timeout.connect(self.settle)
        # What reads the lasting line again on the worker (MainWindow.backups_changed): its news
        # answered in a window over the main window goes at once (answered()).
        self.read_again: Callable[[], None] | None = None

    def lasting(self, text: str) -> None:
        """The line that stays (the backup reminder): shown at once, over any passing sentence."""
        self._lasting = text
        self._passing = None
        self.timer.stop()
        self.label.setText(self._waiting or text)

    def waiting(self, text: str | None) -> None:
        """A backup waiting for another copy's hold on its backup folder: said over the lasting line
        for as long as it waits (None: over), so an unlock's "Unlocked." does not hide it
        (gui/backup_wait_line.py)."""
        self._waiting = text
        if self._passing is None:
            self.label.setText(text or self._lasting)

    def passing(self, text: str) -> None:
        """A sentence about now: shown until the records change, a chart opens, or PASSING_MS."""
        self._passing = text
        self.label.setText(text)
        self.timer.start()

    def saying(self) -> str | None:
        """The passing sentence on show, or None when the lasting line is."""
        return self._passing

    def settle(self) -> None:
        """Back to the lasting line, if a passing sentence is on show."""
        if self._passing is None:
            return
        self._passing = None
        self.timer.stop()
        self.label.setText(self._waiting or self._lasting)

    def withdraw(self, text: str) -> None:
        """`text` answered (a note opened after "Choose a note in the list first"): gone, if it
        is still the sentence on show; another said since stays."""
        if self._passing == text:
            self.settle()

    def records_changed(self, changes: Changes) -> None:
        """A change notice: what a passing sentence said about the records may no longer hold.
        A logged read (a chart viewed) changes nothing it could have said; a backup's notice
        brings its own lasting line (MainWindow.backups_changed)."""
        if only_views(changes) or changes.kinds <= {Kind.VIEWS, Kind.BACKUPS}:
            return
        self.settle()


def answered(widget: QWidget) -> None:
    """News of the lasting line was answered in `widget` (a window over the main window): that line
    read again now. Found: after "I have read this" under a lost backup folder, the status bar went
    on saying the folder was deleted until the next unlock or backup."""
    holder: QWidget | None = widget
    while holder is not None:
        line = getattr(holder, "status_line", None)
        if isinstance(line, StatusLine):
            if line.read_again is not None:
                line.read_again()
            return
        holder = holder.parentWidget()


__all__ = ["PASSING_MS", "OneLineLabel", "StatusLine", "answered", "show_whole"]
