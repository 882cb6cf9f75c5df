"""Words said to a screen reader as they appear: a verdict, a refusal, a check's result.

Found by a keyboard-only therapist with low vision: the export's "Not allowed. No authorization
was named…", "This kit opens this vault." and the authorization form's refusal appeared in red
or green while the keyboard stayed where it was, and nothing told a screen reader (the app sent
no accessibility event at all). A label made here says its new words with Qt's announcement
event (Qt 6.8+: Orca and NVDA read it out without moving the keyboard), refusals at once
(assertive), other results when the reader is free (polite).

`announcer().said` carries each announcement's words too: what a screen reader was told can be
followed in the app itself (tests/gui/test_verdicts_announced.py), never written anywhere.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QTextDocumentFragment
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from vault_app.gui.wrapped_label import WrappedLabel

REFUSED = "verdictRefused"  # the object name the theme draws red (theme.py)
WARNING = "warningNote"  # and amber: what to know before going on
# The styles said as they come wherever a label is made in them (widgets.wrapped_label): a
# refusal, a problem or a warning shown in red or amber was seen, never heard (found: the
# backups' reminder, the wizards' problem lines, the settings' warnings said nothing).
SAID_STYLES = frozenset({REFUSED, WARNING})


class Announcer(QObject):
    said = Signal(str)


_ANNOUNCER: list[Announcer] = []


def announcer() -> Announcer:
    """The one announcer of the application (made with it, gone with it)."""
    app = QApplication.instance()
    if not _ANNOUNCER or _ANNOUNCER[0].parent() is not app:
        _ANNOUNCER[:] = [Announcer(app)]
    return _ANNOUNCER[0]


def plain(words: str) -> str:
    """A label's words as a screen reader should hear them: without the markup of rich text.
    (Qt.mightBeRichText is QtGui's: the `Qt` of QtGui, not QtCore's.)"""
    from PySide6.QtGui import Qt  # Lazy (start-up): the unlock window's message is one of these labels

    return QTextDocumentFragment.fromHtml(words).toPlainText() if Qt.mightBeRichText(words) else words


def announce(widget: QWidget, words: str, *, assertive: bool = False) -> None:
    said = " ".join(plain(words).split())
    if not said:
        return
    event = QAccessibleAnnouncementEvent(widget, said)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if assertive
                        else QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)
    announcer().said.emit(said)


class AloudLabel(WrappedLabel):
    """A word-wrapped label whose new words are said as they come. Said on the event loop's next
    turn, once: a verdict's title and its details are set one after the other and are said
    together (`then`: the words that follow the label's own, read then). The same words set
    again are not said twice (a form checked as it is typed would repeat them at every key);
    emptied, they are said again the next time they come.

    `styles`: said only while the label is in one of them (a line that turns from the calm
    notes' grey to red when there is a problem: said then, not its calm news). `assertive`:
    at once, else as the style says (a refusal at once, the rest when the reader is free)."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *,
                 then: Callable[[], str] | None = None, styles: frozenset[str] | None = None,
                 assertive: bool | None = None) -> None:
        super().__init__(text, parent)
        self._then = then
        self._styles = styles
        self._assertive = assertive
        self._last_said = ""
        self._due = False

    def setText(self, text: str) -> None:
        super().setText(text)
        if not text:
            self._last_said = ""
        elif not self._due:
            self._due = True
            QTimer.singleShot(0, self, self._say)

    def _say(self) -> None:
        self._due = False
        words = " ".join(w for w in (self.text(), self._then() if self._then else "") if w)
        if not self.text() or words == self._last_said or not self.isVisible():
            return
        if self._styles is not None and self.objectName() not in self._styles:
            # Calm now: the warning, should it come back with the same words, is news again.
            self._last_said = ""
            return
        self._last_said = words
        assertive = self.objectName() == REFUSED if self._assertive is None else self._assertive
        announce(self, words, assertive=assertive)


def aloud_label(text: str = "", name: str = "", *, then: Callable[[], str] | None = None,
                styles: frozenset[str] | None = None) -> QLabel:
    """An AloudLabel styled by object name, as widgets.wrapped_label makes a silent one."""
    label = AloudLabel(text, then=then, styles=styles)
    if name:
        label.setObjectName(name)
    return label


__all__ = ["REFUSED", "SAID_STYLES", "WARNING", "AloudLabel", "Announcer", "aloud_label", "announce", "announcer"]
