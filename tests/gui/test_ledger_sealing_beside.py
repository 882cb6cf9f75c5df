"""The app's unlock of a vault whose long ledger has no seals: the main window comes without
waiting for the sealing, which runs beside (gui/ledger_sealing_running.py); a lock stops it
(issue 21, item 1). Segments are 16 entries here (4096 in the app); the job is held at a
named step by an Event, never by sleeping."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.gui.conftest import _teardown, unlock, wait_ops
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.gui import ledger_sealing_running
from vault_app.gui.controller import AppController
from vault_app.services import clients, ledger_seals
from vault_app.services.ledger import Ledger
from vault_app.services.ledger_sealing import sealing_left_to_caller
from vault_app.services.vault import create_vault, open_vault

pytestmark = pytest.mark.gui
SEG = 16


class Gate:
    def __init__(self, step: str, at: int) -> None:
        self.step, self.at, self.count = step, at, 0
        self.reached = threading.Event()
        self.release = threading.Event()

    def __call__(self, name: str) -> None:
        if name == self.step:
            self.count += 1
            if self.count == self.at:
                self.reached.set()
                assert self.release.wait(60), "the test never released the sealing"


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[Gate]:
    monkeypatch.setattr(Ledger, "segment_size", SEG)
    held = Gate("segment", at=3)
    monkeypatch.setattr(ledger_sealing_running, "checkpoint", held)
    yield held
    held.release.set()


@pytest.fixture
def unsealed_app(qtbot: object, app_folder: Path, gate: Gate) -> Iterator[AppController]:
    """A vault made before seals, its ledger six segments long; the app at its unlock window."""
    from vault_app.gui.launcher import start

    vault = create_vault(app_folder, PASSPHRASE, params=OWASP_FLOOR).vault
    for i in range(6 * SEG):
        vault.ledger.append("test.filler", {"i": i})
    vault.lock()
    controller = start(app_folder, kdf_params=OWASP_FLOOR)
    yield controller
    gate.release.set()
    _teardown(controller, qtbot)


def _seals_and_markers(folder: Path) -> tuple[int, int]:
    with sealing_left_to_caller(), open_vault(folder, PASSPHRASE) as vault:  # as the app: this unlock seals nothing
        return len(vault.ledger.store.seals()), len(vault.ledger.entries(kinds=(ledger_seals.SEALING_STARTED,)))


def sealed_by_the_next_unlock(app: AppController, qtbot: object, gate: Gate, folder: Path) -> None:
    """A locked app unlocked again, holding nothing: its job seals the whole ledger, then the
    app locks (every segment sealed, one sealing marker)."""
    gate.count, gate.at = 0, 0  # hold nothing from now on
    unlock(app, qtbot)
    qtbot.waitUntil(lambda: ledger_sealing_running.current() is None, timeout=30_000)  # type: ignore[attr-defined]
    wait_ops(qtbot)
    app.lock("test")
    wait_ops(qtbot)
    seals, markers = _seals_and_markers(folder)
    assert seals > 6 and markers == 1


def test_the_main_window_comes_while_the_sealing_runs_beside(
        unsealed_app: AppController, qtbot: object, gate: Gate, app_folder: Path) -> None:
    window = unlock(unsealed_app, qtbot)  # the worker is idle: the unlock did not seal
    assert gate.reached.wait(60)
    assert window.isVisible() and ledger_sealing_running.current() is not None
    # The worker serves the therapist meanwhile.
    made: list[str] = []
    unsealed_app.op(None, lambda v: clients.create_client(v, "Odile Fenwick").client_id).success(made.append).run()
    wait_ops(qtbot)
    assert made
    seen: list[int] = []
    unsealed_app.query(None, lambda v: len(v.ledger.store.seals())).success(seen.append).run()
    wait_ops(qtbot)
    assert seen == [0]
    gate.release.set()
    # Its write comes back through the GUI thread to the worker: the event loop must run.
    qtbot.waitUntil(lambda: ledger_sealing_running.current() is None, timeout=30_000)  # type: ignore[attr-defined]
    wait_ops(qtbot)
    unsealed_app.query(None, lambda v: len(v.ledger.store.seals())).success(seen.append).run()
    wait_ops(qtbot)
    assert seen[-1] > 6  # seal 0 and one per full segment
    report: list[bool] = []
    unsealed_app.query(None, lambda v: v.ledger.verify_full(v.header.ledger_anchor, check_index=True).ok) \
        .success(report.append).run()
    wait_ops(qtbot)
    assert report == [True]


def test_a_lock_during_the_sealing_stops_it_and_the_next_unlock_seals(
        unsealed_app: AppController, qtbot: object, gate: Gate, app_folder: Path) -> None:
    unlock(unsealed_app, qtbot)
    assert gate.reached.wait(60)
    job = ledger_sealing_running.current()
    assert job is not None
    unsealed_app.lock("test")  # the job is told at once; the worker waits for it before the vault closes
    assert job.stopping
    gate.release.set()
    wait_ops(qtbot)
    assert job.wait(10) and job.outcome == "stopped"
    assert unsealed_app.vault is None and unsealed_app.unlock_window is not None
    sealed_by_the_next_unlock(unsealed_app, qtbot, gate, app_folder)
