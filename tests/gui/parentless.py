"""Widgets shown as windows of their own by mistake (tests/gui/conftest.py checks every GUI test).

A widget made visible before it has a parent (`button.setVisible(True)`, then
`layout.addWidget(button)`) is, for that moment, a top-level window: the platform maps it and
gives it the keyboard, which the main window then lacks (the Decisions tab's "New decision…",
thirty-fifth round: after Alt+9, Alt+0 went nowhere). Once reparented nothing of that window is
left to see, so the check has to be there when the widget is shown: an application-wide event
filter that looks at Show events only.

Qt gives every parentless widget the `Qt.Window` type (QWidgetPrivate::adjustFlags), so a
parentless button and a window made on purpose from a bare QWidget look alike by their flags. A
shown top-level widget is a window on purpose when (the rule, docs/testing.md):
- its type says more than "window" (Dialog, Sheet, Popup, Tool, ToolTip, SplashScreen, ...), or
- its class is a window's (QMainWindow, QDialog and so QMessageBox, QWizard..., QMenu, QSplashScreen), or
- it has a window title (the app titles every window it opens; a stray control has none), or
- the test registered it with `qtbot.addWidget` (a widget under test, shown bare on purpose).
Anything else shown as a window is reported."""

from __future__ import annotations

import traceback
import weakref
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QSplashScreen, QWidget

WINDOW_CLASSES = (QMainWindow, QDialog, QMenu, QSplashScreen)


def unmeant_window(widget: QWidget) -> bool:
    """True when `widget`, shown now, is a window of its own that nothing says it should be
    (qtbot registration aside: the caller knows the test)."""
    if not widget.isWindow():
        return False
    if widget.windowType() != Qt.WindowType.Window:
        return False  # Dialog, Popup, ToolTip...: asked for
    if isinstance(widget, WINDOW_CLASSES):
        return False
    return not widget.windowTitle()


@dataclass(frozen=True)
class Shown:
    """One widget shown as a window by mistake: what the failure names."""

    widget: weakref.ref[QWidget]  # the object's one plain weak reference: qtbot.addWidget's too
    name: str  # class and objectName, taken when shown (the widget may be gone by the teardown)
    where: str  # the Python frames that showed it, the innermost last

    def describe(self) -> str:
        return f"{self.name}, shown from:\n{self.where}"


def describe(widget: QWidget) -> str:
    kind = type(widget)
    return f"{kind.__module__}.{kind.__qualname__} (objectName {widget.objectName()!r})"


def _frames() -> str:
    """The frames of the test and the app that led to the Show (no pytest, pluggy or runpy), the
    innermost last."""
    frames = [frame for frame in traceback.extract_stack()[:-2]
              if "/site-packages/" not in frame.filename and not frame.filename.startswith("<")]
    return "".join(traceback.format_list(frames[-6:]))


class ParentlessWatch(QObject):
    """The application-wide filter. Cheap: every event costs one Python call and a type
    test (`type(event) is QShowEvent`, ~0.4 µs; `event.type() == QEvent.Type.Show` builds an
    enum and cost three times that), and only a Show event goes further."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[Shown] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if type(event) is QShowEvent and isinstance(watched, QWidget) and unmeant_window(watched):
            self.found.append(Shown(weakref.ref(watched), describe(watched), _frames()))
        return False

    def take(self, registered: set[int]) -> list[Shown]:
        """What was found since the last take, less the widgets whose weak references' ids are
        in `registered` (the test's qtbot.addWidget ones); the list starts empty again."""
        found, self.found = self.found, []
        return [shown for shown in found if id(shown.widget) not in registered]
