"""The GUI thread never runs a service call or an SQLCipher statement.

Drives unlock, search, export and backup through the real widgets (the steps of
benchmarks/gui_workflow.py) while three recorders note which thread does what:

- every operation handed to the one background helper (runner().submit, which
  run_op and the controller's op/query use) records the thread it runs on;
- every SQLCipher connection opened meanwhile gets a trace callback that records
  the thread of each statement it executes (the statement text is dropped unread:
  it can hold a key);
- a profiler on the GUI thread records any call into vault_app.services, storage or
  crypto made there.

The assertions are about threads, not time, so they hold on a loaded machine.
How long the GUI thread stalls is measured by `make bench` (benchmarks/gui_gaps.py).
"""

from __future__ import annotations

import inspect
import sys
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
from sqlcipher3 import dbapi2

import vault_app
from benchmarks import gui_workflow
from tests.gui.conftest import _teardown
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.gui.background import OpRunner, runner

pytestmark = pytest.mark.gui

CORE = tuple(str(Path(vault_app.__file__).parent / layer) for layer in ("services", "storage", "crypto"))
# Allowed on the GUI thread, each for a stated reason.
ALLOWED_ON_GUI = {
    # The appointment window reads the computer's time zone once (the TZ variable, or the small
    # /etc/localtime file: no vault data) to say the nights the clocks change as times are typed.
    "vault_app.services.appointment_times.computer_zone",
    # A stat() of the vault's file names at start, to choose between the first-run wizard
    # and the unlock window; it opens nothing and reads no data.
    "vault_app.services.vault_folder.vault_exists",
    # At every open the controller tells the copy check which folder a plain start opens: it
    # keeps a path in a list and reads no file (the check itself runs on the worker).
    "vault_app.services.vault_copy_home.also_default",
    # Whether an interrupted destruction is being finished (the unlock window, the client list say
    # so meanwhile): a threading.Event read; no file, key or connection.
    "vault_app.services.destruction_finishing.now",
    # Whether an unlock waits for this process's own backup made at the lock to be recorded (the unlock
    # window says so once the unlock runs long): a counter read under a threading.Lock; no file, key or
    # connection. Seen only when the unlock outlasts the window's timer (here, on a quiet machine).
    "vault_app.services.vault_in_use.waiting_for_own_backup",
    "vault_app.storage.folder_lock.waiting_for_own",
}
# A change notice is a frozen value (sets of kinds and chart ids) handed to the GUI thread;
# a screen asking it whether to refresh touches no file, key or connection.
ALLOWED_VALUES_ON_GUI = ("vault_app.services.changes.Changes.",)


def _class_body(frame: FrameType) -> bool:
    """A class statement's body runs as a call while its module is imported: loading code.
    Its code, like a module's, is not an optimized function body."""
    return not frame.f_code.co_flags & inspect.CO_OPTIMIZED


_COMPREHENSIONS = frozenset({"<dictcomp>", "<listcomp>", "<setcomp>", "<genexpr>"})


def _module_level_comprehension(frame: FrameType) -> bool:
    """A comprehension in a module's own code (`_COMPARTMENT_OF = {... for ...}`) runs as a
    call while the module is imported: loading code too. Found: the test failed now and then
    naming snapshot_purge_check's `<dictcomp>`, on the runs where the GUI thread happened to
    import that module first."""
    caller = frame.f_back
    return frame.f_code.co_name in _COMPREHENSIONS and caller is not None and caller.f_code.co_name == "<module>"


class Threads:
    """What ran where, per workflow step."""

    def __init__(self) -> None:
        self.gui = threading.get_ident()
        self.step = "setup"  # the test preparing its vault with the services: not the app
        self.statements: Counter[tuple[str, str]] = Counter()  # (step, "gui" | "worker")
        self.ops: Counter[tuple[str, str]] = Counter()
        self.core_calls_on_gui: list[tuple[str, str]] = []

    def where(self) -> str:
        return "gui" if threading.get_ident() == self.gui else "worker"

    def statement(self, _text: str) -> None:
        self.statements[self.step, self.where()] += 1

    def profile(self, frame: FrameType, event: str, _arg: Any) -> None:
        # "<module>" is a module's own code running on import: loading code is not a call.
        if event == "call" and frame.f_code.co_filename.startswith(CORE) and frame.f_code.co_name != "<module>":
            name = f"{frame.f_globals.get('__name__', '?')}.{frame.f_code.co_qualname}"
            if (name not in ALLOWED_ON_GUI and not name.startswith(ALLOWED_VALUES_ON_GUI) and not _class_body(frame)
                    and not _module_level_comprehension(frame)):
                self.core_calls_on_gui.append((self.step, name))

    @contextmanager
    def during(self, step: str) -> Iterator[None]:
        self.step = step
        sys.setprofile(self.profile)  # this thread only: the GUI thread
        try:
            yield
        finally:
            sys.setprofile(None)


@pytest.fixture
def threads(monkeypatch: pytest.MonkeyPatch) -> Threads:
    record = Threads()
    real_connect = dbapi2.connect

    def connect(*args: Any, **kwargs: Any) -> Any:
        conn = real_connect(*args, **kwargs)
        conn.set_trace_callback(record.statement)
        return conn

    monkeypatch.setattr(dbapi2, "connect", connect)
    helper = runner()
    real_submit = helper.submit

    def submit(parent: Any, fn: Callable[..., Any], **kwargs: Any) -> int:
        def recorded(*args: Any) -> Any:
            record.ops[record.step, record.where()] += 1
            return fn(*args)

        return real_submit(parent, recorded, **kwargs)

    monkeypatch.setattr(helper, "submit", submit)
    assert isinstance(helper, OpRunner)
    return record


def test_no_service_call_or_statement_runs_on_the_gui_thread(qtbot, tmp_path: Path, threads: Threads) -> None:
    from vault_app.gui.launcher import start

    prepared = gui_workflow.prepare_vault(tmp_path / "vault", OWASP_FLOOR, notes=12)
    with threads.during("start"):
        controller = start(prepared.folder, kdf_params=OWASP_FLOOR)
    try:
        assert threads.statements["setup", "gui"] > 0, "the statement recorder saw the test's own setup"
        gui_workflow.run(controller, prepared, tmp_path, around=threads.during)
    finally:
        threads.step = "teardown"
        _teardown(controller, qtbot)

    assert sorted(set(threads.core_calls_on_gui)) == [], sorted(set(threads.core_calls_on_gui))
    assert [key for key in threads.statements if key[1] == "gui" and key[0] != "setup"] == []
    assert [key for key in threads.ops if key[1] == "gui"] == []
    # The recorders saw the work, so the empty lists above mean something.
    for step in gui_workflow.STEPS:
        assert threads.ops[step, "worker"] > 0, f"no background operation recorded during {step}"
        assert threads.statements[step, "worker"] > 0, f"no SQLCipher statement recorded during {step}"


def test_the_recorders_see_the_gui_thread(qtbot, tmp_path: Path, threads: Threads) -> None:
    """The other side: a service call and a statement made on the GUI thread are caught."""
    from vault_app.services import clients
    from vault_app.services.vault import open_vault

    prepared = gui_workflow.prepare_vault(tmp_path / "vault", OWASP_FLOOR, notes=1)
    with threads.during("misbehaving"):
        vault = open_vault(prepared.folder, gui_workflow.PASSPHRASE)
        try:
            clients.list_clients(vault)
        finally:
            vault.lock()
    assert threads.statements["misbehaving", "gui"] > 0
    assert ("misbehaving", "vault_app.services.clients.list_clients") in threads.core_calls_on_gui
