"""Every Python override in vault_app/gui of a handler Qt calls while a window goes away is quiet
once Python's cycle collector cleared the object's attributes.

A window held only by Python, freed by the collector while still shown, is hidden and deleted
after its children's and its event filters' attributes were cleared: each override then run that
reads one raised AttributeError in the event loop (seen at random in test_minor_consent_gui
under `-n 2`: the fields' hideEvent, the letters' eventFilter). Qt then sends the children their
focus out, window deactivation, leave and hide, and the filters every event of the window and its
children (their hides, each child removed): heard in a probe of PySide6 6.11, where the window's
own overrides are no longer called (its binding is gone first).

The classes are found by reading the source, so a new override is checked without editing this
file. Each is made with its Qt base's constructor only: an empty __dict__ is exactly what the
collector leaves, whatever the class's own __init__ would have built."""

from __future__ import annotations

import ast
import importlib
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

import vault_app.gui

pytestmark = pytest.mark.gui

# What Qt calls on a child or an event filter while its window is hidden and deleted
HANDLERS = ("event", "eventFilter", "hideEvent", "focusOutEvent", "changeEvent", "leaveEvent", "childEvent")
GUI = Path(vault_app.gui.__file__).parent


def _overriding_classes() -> list[str]:
    """"module:Class" for each class of vault_app/gui defining one of HANDLERS, and each class
    there deriving from one (its helpers, which the handler calls, may be its own)."""
    bases: dict[str, set[str]] = {}
    found: set[str] = set()
    for path in sorted(GUI.rglob("*.py")):
        module = ".".join(path.relative_to(GUI.parent.parent).with_suffix("").parts)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ClassDef):
                continue
            name = f"{module}:{node.name}"
            bases[name] = {ast.unparse(b).rsplit(".", 1)[-1] for b in node.bases}
            if any(isinstance(f, ast.FunctionDef) and f.name in HANDLERS for f in node.body):
                found.add(name)
    grew = True
    while grew:
        known = {name.rsplit(":", 1)[1] for name in found}
        more = {name for name, its in bases.items() if its & known} - found
        found |= more
        grew = bool(more)
    return sorted(found)


CLASSES = _overriding_classes()


def test_the_scan_finds_the_overrides_already_made_safe() -> None:
    """The scan reads what it should (the three fields and the letters' filter were the flake)."""
    for name in ("vault_app.gui.date_field:DateField", "vault_app.gui.time_field:TimeField",
                 "vault_app.gui.number_field:TypedNumber", "vault_app.gui.wizard_letters:_ShownRows",
                 "vault_app.gui.optional_date_field:OptionalDateField"):  # a DateField by inheritance
        assert name in CLASSES


def _date_fields() -> dict[str, Callable[[], QObject]]:
    from PySide6.QtCore import QDate, QTime

    from vault_app.gui.date_field import DateField
    from vault_app.gui.optional_date_field import OptionalDateField
    from vault_app.gui.time_field import TimeField

    return {"vault_app.gui.date_field:DateField": lambda: DateField(QDate(2026, 12, 6)),
            "vault_app.gui.optional_date_field:OptionalDateField": lambda: OptionalDateField("Born"),
            "vault_app.gui.time_field:TimeField": lambda: TimeField(QTime(9, 0), "start")}


# Built as the app builds them: QDateTimeEdit's own code, bare of the fields' state while shown,
# crashed in Qt (a segmentation fault on its focus out); a class not named here is built bare
BUILT = _date_fields()


def _bare(cls: type[QObject]) -> QObject:
    """An instance built by its Qt base only: no Python attribute, as after the collector."""
    qt_base = next(b for b in cls.__mro__ if b.__module__.startswith("PySide6"))
    made: QObject = cls.__new__(cls)
    qt_base.__init__(made)
    return made


def _quiet(cls: type, patch: pytest.MonkeyPatch) -> None:
    """Each of the class's Python overrides of a Qt method gives Qt's answer where it raises, while
    the bare instance is shown (its show is not this test's: see the test). Caught in the override,
    before Qt goes on: an error left pending while Qt calls the next override made Python run with
    an exception set (SystemError, then a crash in the collector)."""
    qt_base = next(b for b in cls.__mro__ if b.__module__.startswith("PySide6"))
    for name in dir(cls):
        if not (_ours(cls, name) and callable(getattr(qt_base, name, None))):
            continue

        real, qt = getattr(cls, name), getattr(qt_base, name)

        def quiet(self: Any, *args: Any, _real: Any = real, _qt: Any = qt) -> Any:
            try:
                return _real(self, *args)
            except Exception:  # what the bare instance raises while shown
                return _qt(self, *args)

        patch.setattr(cls, name, quiet)


def _ours(cls: type, handler: str) -> bool:
    return str(getattr(getattr(cls, handler, None), "__module__", "")).startswith("vault_app.")


def _counted(cls: type, monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """Each of the class's own (Python) handlers counted as Qt calls it: the check checks."""
    calls: Counter[str] = Counter()
    for name in HANDLERS:
        if not _ours(cls, name):
            continue
        real = getattr(cls, name)

        def counted(self: Any, *args: Any, _real: Callable[..., Any] = real, _name: str = name) -> Any:
            calls[_name] += 1
            return _real(self, *args)

        monkeypatch.setattr(cls, name, counted)
    return calls


@pytest.mark.parametrize("where", CLASSES)
def test_an_override_whose_attributes_were_cleared_lets_its_window_go_quietly(
    qtbot, monkeypatch: pytest.MonkeyPatch, where: str,
) -> None:
    module, name = where.split(":")
    cls = getattr(importlib.import_module(module), name, None)
    assert isinstance(cls, type) and issubclass(cls, QObject), f"{where}: a Qt class at module level, to be checked"
    filters = _ours(cls, "eventFilter")  # read before its handlers are counted (below)
    calls = _counted(cls, monkeypatch)

    window = QWidget()
    window.setWindowTitle("a window on purpose")  # for the parentless-show check (tests/gui/parentless.py)
    layout = QVBoxLayout(window)
    field = QLineEdit(window)  # what a filter watches besides the window: a child with the keyboard
    layout.addWidget(field)
    maker = BUILT.get(where)
    made = _bare(cls) if maker is None else maker()
    made.setParent(window)  # a child of the window (a dialog too: plain child, hidden and deleted with it)
    if isinstance(made, QWidget):
        layout.addWidget(made)
    if filters:
        window.installEventFilter(made)
        field.installEventFilter(made)
    # Shown with no attribute from the start is not what the collector gives (it clears a window
    # built and shown): what its show raises (a showEvent, a sizeHint reading its own state) is
    # not this test's. Its hide and deletion below are.
    with qtbot.captureExceptions(), pytest.MonkeyPatch.context() as patch:
        if maker is None:
            _quiet(cls, patch)
        _anyway(window.show)
        qtbot.waitExposed(window)
        handle = window.windowHandle()
        if filters and handle is not None:
            handle.installEventFilter(made)  # the window's QWindow (its exposes): _ExposeWatch's
        _anyway(window.activateWindow)
        qtbot.waitActive(window)
        holder = made if isinstance(made, QWidget) and made.focusPolicy() != Qt.FocusPolicy.NoFocus else field
        _anyway(holder.setFocus)
        qtbot.waitUntil(holder.hasFocus)
        _anyway(lambda: QTest.mouseMove(made if isinstance(made, QWidget) else field))  # left as it hides

    made.__dict__.clear()  # what the collector leaves (a bare one's was so already)
    calls.clear()
    # Raised in the event loop, or out of Qt's call back to the step that made Qt call the override
    with qtbot.captureExceptions() as raised:
        thrown = [*_anyway(lambda: _goes(window, made))]
    said = [repr(error[1]) for error in raised] + [repr(error) for error in thrown]
    assert not said, f"{where}: " + "; ".join(said)
    assert sum(calls.values()) > 0, f"{where}: none of its handlers was called: the check would check nothing"


def _goes(window: QWidget, made: QObject) -> None:
    """What the collector's free does to a window still shown: hidden, then deleted with its children."""
    if isinstance(made, QWidget):  # a dialog is a window of its own: deactivated as it goes
        QApplication.sendEvent(made, QEvent(QEvent.Type.ActivationChange))
    window.hide()
    shiboken6.delete(window)  # the children and their filters with it
    QApplication.processEvents()  # what was posted meanwhile (a zero-delay timer) runs


def _anyway(step: Callable[[], object]) -> list[Exception]:
    """`step` run to its end: an override's error comes back out of Qt's call as an exception, after
    Qt finished the call."""
    try:
        step()
    except Exception as error:  # kept, for the caller to say or to pass over
        return [error]
    return []


def test_every_handler_named_is_a_qt_one() -> None:
    """A misspelt name here would scan for nothing."""
    for name in HANDLERS:
        assert any(hasattr(base, name) for base in (QObject, QWidget)), name
