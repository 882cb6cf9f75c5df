"""GUI fixtures: the real app (controller + windows) over a real vault in tmp_path."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
import shiboken6
from keyring.backends import fail
from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE
from tests.gui.parentless import ParentlessWatch, still_shown
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.gui.background import runner
from vault_app.gui.controller import AppController
from vault_app.gui.main_window import MainWindow
from vault_app.services.vault import CreatedVault, Vault, create_vault


def wait_ops(qtbot: object, timeout: int = 20_000) -> None:
    """Let every queued background operation finish and deliver its result, then what that
    delivery posted (a list's refresh, a queued zero-delay timer). Woken by the runner's own
    `idle_changed` the moment the last result is delivered, not by qtbot.waitUntil's 10 ms
    poll, which slept on after most operations had ended (~2,400 waits in the GUI tests)."""
    ops = runner()
    if ops.is_idle():
        return  # as waitUntil's first check: nothing run
    deadline = time.monotonic() + timeout / 1000
    while True:
        if ops.is_idle():
            QCoreApplication.processEvents()  # what the last delivery posted, as a poll's rest of 10 ms ran it
            if ops.is_idle():
                return
            continue
        left = int((deadline - time.monotonic()) * 1000)
        if left <= 0:
            raise TimeoutError(f"the background operations were not done in {timeout} milliseconds")
        loop = QEventLoop()
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        # Connected before the check below: a delivery between the check and the wait is heard.
        ops.idle_changed.connect(loop.quit)
        try:
            if not ops.is_idle():
                timer.start(left)
                loop.exec()
        finally:
            timer.stop()
            ops.idle_changed.disconnect(loop.quit)


@pytest.fixture
def vault(created: CreatedVault, qtbot: object) -> Iterator[Vault]:
    """tests/conftest.py's unlocked vault, for widgets driven without the controller. The
    test's last click may have queued an operation (a list refreshing after a dialog
    closed); it must finish before `created` closes the connections under it, or SQLite
    is used from two threads at once (a crash on a loaded machine)."""
    yield created.vault
    wait_ops(qtbot)


@pytest.fixture(autouse=True)
def _fresh_preferences() -> Iterator[None]:
    """Each test starts with the app's first-run preferences. Qt reads where its settings live
    once per process, so the per-test HOME (tests/conftest.py) does not give each test its own
    file: a test that left privacy mode on sent a later test's search rows to dots, in one
    order of a whole run (test_search_documents)."""
    from vault_app.gui import prefs

    prefs.settings().clear()
    yield


@pytest.fixture(autouse=True)
def _collector_back_after() -> Iterator[None]:
    """The app collects cycles from the GUI thread's timer once its worker runs
    (gui_thread_gc); core tests after a GUI test in the same process run no event loop, so
    each GUI test hands the collector back to Python at its end."""
    yield
    from vault_app.gui import gui_thread_gc

    gui_thread_gc.stop()


@pytest.fixture(autouse=True)
def _windows_deleted_after() -> Iterator[None]:
    """The windows a test made are deleted at its end. The app deletes its own from inside its
    event loop (`deleteLater`: the main window at a lock, the unlock window, the wizard), which
    Qt does on the loop's next turn; a test's last steps run outside any loop, and Qt's nested
    loops (qtbot's waits) never delete what was asked outside them; a window a test merely
    hides (a quit, a form it built) is never asked at all. Left alive, each test's windows
    stayed in the worker (their menus' lambdas hold them) and every later app start's
    `setStyleSheet` and language change went through all of them: ~1,900 widgets after a
    dozen tests, 0.5 CPU-s per start (docs/testing.md, twenty-first round)."""
    from PySide6.QtWidgets import QApplication

    before = {id(w) for w in QApplication.topLevelWidgets()} if QApplication.instance() is not None else set()
    yield
    if QApplication.instance() is None:
        return
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.processEvents()  # what was queued for them (a zero-delay timer) while they exist
    for window in QApplication.topLevelWidgets():
        if id(window) not in before:
            window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


# The one watch, for the whole test process: installed with this conftest, before any test
# (or the app's code in it) has taken a widget's bound `setVisible` or `show`.
_PARENTLESS = ParentlessWatch()
_PARENTLESS.install()

# qtbot.addWidget holds a weak reference only: a window held by nothing else was destroyed by
# Python as the test function returned, still shown, with one of its fields holding the keyboard,
# and whatever Qt told it while tearing it down found it half gone ("Slot 'ClientDetailsDialog::'
# not found", the grader's CI in test_minor_care_consent_gui). Held here until pytest-qt has
# closed it in the teardown, as a window of the app is closed before it goes.
_QTBOT_ADD = QtBot.addWidget


def _add_and_hold(self: QtBot, widget: QWidget, **options: object) -> None:
    _QTBOT_ADD(self, widget, **options)  # type: ignore[arg-type]
    self._request.node.__dict__.setdefault("_widgets_held", []).append(widget)


QtBot.addWidget = QtBot.add_widget = _add_and_hold  # type: ignore[method-assign]


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """Fails the test when a widget was shown as a window by mistake in its setup, call or
    teardown (tests/gui/parentless.py). Which widgets the test registered with qtbot.addWidget
    is read first: pytest-qt closes and forgets them before the fixtures' teardown (its own
    teardown hook, inside this one). They are known by their weak references (the widgets
    themselves are mostly gone by now): Python hands out one plain weak reference per object,
    qtbot's and the watch's alike. The windows still up as the teardown starts are looked at
    too, for one shown by a way the watch does not hear."""
    registered = {id(ref) for ref, _close in getattr(item, "qt_widgets", [])}
    # One Qt deleted meanwhile (closed with WA_DeleteOnClose, deleted by the test) is let go of: held,
    # pytest-qt would close a wrapper whose object is gone.
    if held := item.__dict__.get("_widgets_held"):
        held[:] = [widget for widget in held if shiboken6.isValid(widget)]
    up = still_shown(registered, {id(shown.widget) for shown in _PARENTLESS.found})
    result = yield
    item.__dict__.pop("_widgets_held", None)  # closed by pytest-qt by now
    if found := _PARENTLESS.take(registered) + up:
        pytest.fail("shown as a window of its own, before it had a parent (docs/testing.md, \"Widgets shown "
                    "before they have a parent\"):\n" + "\n".join(shown.describe() for shown in found),
                    pytrace=False)
    return result


@pytest.fixture
def spanish() -> Iterator[None]:
    """The app's words in Spanish (as VAULT_APP_LANGUAGE=es gives them), English again after."""
    from vault_app.gui import i18n

    assert i18n.install("es") == "es"
    yield
    i18n.install("en")


@pytest.fixture(params=["en", "es"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    """Each test once in English and once in Spanish (the app's words installed), English again
    after. A test file may still define its own `language` for other languages or set-ups."""
    from vault_app.gui import i18n

    assert i18n.install(request.param) == request.param
    yield request.param
    i18n.install("en")


@pytest.fixture
def spanish_app(unlocked_app: AppController, spanish: None) -> AppController:
    """An unlocked app whose words are Spanish (`spanish`), English again after."""
    return unlocked_app


@pytest.fixture
def us_practice() -> Iterator[None]:
    """Dates on screen as a US practice writes them (what tests of typed dates type), then
    back to the unset practice (`pytestmark = pytest.mark.usefixtures("us_practice")`)."""
    from vault_app.gui import dates

    dates.set_practice_locale("en_US")
    yield
    dates.set_practice_locale(None)


@pytest.fixture
def app_folder(tmp_path: Path) -> Path:
    return tmp_path / "gui-vault"


def _teardown(controller: AppController, qtbot: object) -> None:
    controller.lock("test over")
    wait_ops(qtbot)
    for window in (controller.unlock_window, controller.wizard):
        if window is not None:
            window.close()
            window.deleteLater()
    controller.idle.unwatch()
    controller.idle.stop()
    controller.deleteLater()
    wait_ops(qtbot)


@pytest.fixture
def fresh_app(qtbot: object, app_folder: Path) -> Iterator[AppController]:
    """The app started on an empty folder: the create-vault wizard."""
    from vault_app.gui.launcher import start

    controller = start(app_folder, kdf_params=OWASP_FLOOR)
    yield controller
    _teardown(controller, qtbot)


@pytest.fixture(scope="session")
def locked_vault_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One vault made and locked once per session, exactly as `locked_app` used to make one
    per test (create_vault, real Argon2 at the OWASP floor, no system keyring). A vault at
    rest is nothing but the files in its folder (create_vault writes nothing elsewhere), so a
    copy of them is that vault; the test's unlock still runs the real Argon2 on its copy.
    Making it per test cost ~70 ms of CPU and ten fsyncs each, in over a hundred GUI tests.
    Tests must not write to the template itself: each gets its own copy."""
    folder = tmp_path_factory.mktemp("locked-template") / "vault"
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # as _isolated_environment sets it for every test
    try:
        create_vault(folder, PASSPHRASE, params=OWASP_FLOOR).vault.lock()
    finally:
        keyring.set_keyring(previous)
    return folder


def make_locked_vault(folder: Path, template: Path) -> None:
    """A new locked vault in `folder`: a copy of the session's template while no keyring is in
    use, else made for real (a test that installed a keyring first wants its device secret
    stored in it, which no copy can give)."""
    if isinstance(keyring.get_keyring(), fail.Keyring):
        shutil.copytree(template, folder)  # copy2: the private modes (0700/0600) come along
    else:
        create_vault(folder, PASSPHRASE, params=OWASP_FLOOR).vault.lock()


@pytest.fixture
def locked_app(qtbot: object, app_folder: Path, locked_vault_template: Path) -> Iterator[AppController]:
    """A vault exists; the app shows its unlock window."""
    from vault_app.gui.launcher import start

    make_locked_vault(app_folder, locked_vault_template)
    controller = start(app_folder, kdf_params=OWASP_FLOOR)
    yield controller
    _teardown(controller, qtbot)


def unlock(controller: AppController, qtbot: object) -> MainWindow:
    window = controller.unlock_window
    assert window is not None
    window.passphrase.setText(PASSPHRASE)
    window.unlock_button.click()
    wait_ops(qtbot)
    assert controller.main_window is not None
    qtbot.waitUntil(controller.main_window.isVisible)
    wait_ops(qtbot)
    return controller.main_window


@pytest.fixture
def unlocked_app(locked_app: AppController, qtbot: object) -> AppController:
    unlock(locked_app, qtbot)
    return locked_app
