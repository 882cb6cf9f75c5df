"""Widgets shown as windows of their own by mistake (tests/gui/conftest.py checks every GUI test).

A widget made visible before it has a parent (`button.setVisible(True)`, then
`layout.addWidget(button)`) is, for that moment, a top-level window: the platform maps it and
gives it the keyboard, which the main window then lacks (the Decisions tab's "New decision…",
thirty-fifth round: after Alt+9, Alt+0 went nowhere). Once reparented nothing of that window is
left to see, so the check has to be there when the widget is shown.

Where it looks: at the calls that show a widget (QWidget's `setVisible`, `setHidden`, `show`,
`showNormal`, `showMaximized`, `showMinimized`, `showFullScreen`, and every widget class's own
`setVisible`), wrapped for the test process. The app shows a widget only through them: from its
own code, from a signal connected to one of them, from a timer given one. Qt's own C++ calls
them too, for the children of a window being shown (children: not windows) and for the windows
it makes itself (popups, tooltips, menus, dialogs: windows on purpose). It was an
application-wide event filter on Show events until the thirty-seventh round: one Python call per
event of the GUI thread (PySide wrapping the object and the event for each), which cost the GUI
tests ~14 % of their CPU (docs/testing.md). What a filter saw and this does not:
a parentless plain widget shown from C++ by a name (`QMetaObject.invokeMethod(w, "show")`, a
`SLOT("show()")` connection), which the app never does (tests/gui/test_parentless_check.py reads
its sources for them); `still_shown` catches such a window if it is still up when the test ends.

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
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6 import QtWidgets
from PySide6.QtCore import QObject, Qt, SignalInstance
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMenu, QSplashScreen, QWidget

WINDOW_CLASSES = (QMainWindow, QDialog, QMenu, QSplashScreen)

# QWidget's calls that make a widget visible, and what each asks for given its arguments.
_ALWAYS_SHOWS = ("show", "showNormal", "showMaximized", "showMinimized", "showFullScreen")
SHOWING = ("setVisible", "setHidden", *_ALWAYS_SHOWS)


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
    """The frames of the test and the app that led to the show (no pytest, pluggy or runpy), the
    innermost last."""
    frames = [frame for frame in traceback.extract_stack()[:-2]
              if "/site-packages/" not in frame.filename and not frame.filename.startswith("<")]
    return "".join(traceback.format_list(frames[-6:]))


def _asks_to_show(name: str, args: tuple[Any, ...]) -> bool:
    if name == "setVisible":
        return bool(args[0])
    if name == "setHidden":
        return not args[0]
    return True


def widget_classes() -> list[type[QWidget]]:
    """QWidget and every class of QtWidgets that has one of the showing calls of its own (the
    dialogs, QWizard, QMenuBar, QHeaderView, QSizeGrip have their own `setVisible`); a class
    without one of its own uses QWidget's."""
    found: list[type[QWidget]] = []
    for name in dir(QtWidgets):
        kind = getattr(QtWidgets, name)
        if isinstance(kind, type) and issubclass(kind, QWidget) and any(call in vars(kind) for call in SHOWING):
            found.append(kind)
    return found


_watches: list[ParentlessWatch] = []  # the watches listening now (the suite's, a test's own)
_originals: dict[tuple[type, str], Callable[..., Any]] = {}
_wrappers: set[Callable[..., Any]] = set()  # the wrappers themselves, as a connected slot's function
_depth = [0]  # > 0 inside a watched call: what it calls in turn (show -> setVisible) is the same show


def _watched(name: str, original: Callable[..., Any]) -> Callable[..., Any]:
    # Not functools.wraps: a callable named as the widget's own slot is connected by PySide to
    # that C++ slot directly (`signal.connect(widget.setVisible)`), past this wrapper.
    def showing(widget: QWidget, *args: Any) -> Any:
        if _depth[0] or not _watches or not _asks_to_show(name, args) or not widget.isWindow() \
                or widget.isVisible() or not unmeant_window(widget):
            return original(widget, *args)
        shown = Shown(weakref.ref(widget), describe(widget), _frames())
        for watch in _watches:
            watch.found.append(shown)
        _depth[0] += 1
        try:
            return original(widget, *args)
        finally:
            _depth[0] -= 1
    return showing


def _connect(original: Callable[..., Any]) -> Callable[..., Any]:
    """`signal.connect(widget.setVisible)` made a connection Qt dropped when the widget was
    deleted; to the wrapper above it is a Python callable PySide keeps calling, so the
    connection is dropped here when the widget is destroyed, as Qt dropped it."""
    def connect(signal: SignalInstance, slot: Any, *args: Any, **kwargs: Any) -> Any:
        connection = original(signal, slot, *args, **kwargs)
        receiver = getattr(slot, "__self__", None)
        if getattr(slot, "__func__", None) in _wrappers and isinstance(receiver, QObject):
            receiver.destroyed.connect(lambda *_: QObject.disconnect(connection))
        return connection
    return connect


def _patch() -> None:
    for kind in widget_classes():
        for name in SHOWING:
            original = vars(kind).get(name)
            if original is not None:
                _originals[(kind, name)] = original
                setattr(kind, name, wrapper := _watched(name, original))
                _wrappers.add(wrapper)
    _originals[(SignalInstance, "connect")] = SignalInstance.connect
    SignalInstance.connect = _connect(SignalInstance.connect)  # type: ignore[method-assign]


def _unpatch() -> None:
    for (kind, name), original in _originals.items():
        setattr(kind, name, original)
    _originals.clear()
    _wrappers.clear()


class ParentlessWatch:
    """Collects the widgets shown as windows by mistake while it is installed. Cheap: a call
    that shows a widget costs one Python call and a look at whether the widget is a window;
    nothing else Qt does goes through Python for it."""

    def __init__(self) -> None:
        self.found: list[Shown] = []

    def install(self) -> None:
        if not _watches:
            _patch()
        _watches.append(self)

    def uninstall(self) -> None:
        _watches.remove(self)
        if not _watches:
            _unpatch()

    def take(self, registered: set[int]) -> list[Shown]:
        """What was found since the last take, less the widgets whose weak references' ids are
        in `registered` (the test's qtbot.addWidget ones); the list starts empty again."""
        found, self.found = self.found, []
        return [shown for shown in found if id(shown.widget) not in registered]


def still_shown(registered: set[int], reported: set[int]) -> list[Shown]:
    """The windows up now that nothing says should be (not registered by the test, not already
    reported by a watch: ids of weak references): one shown by a way the watch does not hear
    is at least seen while it stays up."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return []
    return [Shown(ref, describe(widget), "(shown without a watched call; still shown at the test's end)\n")
            for widget in app.topLevelWidgets()
            if widget.isVisible() and unmeant_window(widget)
            and id(ref := weakref.ref(widget)) not in registered and id(ref) not in reported]
