"""The app's unlock of a vault with documents under an earlier chart-key generation: the
re-sealing runs beside the work (gui/reseal_running.py, services/blob_reseal.py), the worker
serves the therapist meanwhile, a lock stops it between documents and the next unlock ends
it. The job is held at a named step by an Event, never by sleeping."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.clinical_helpers import PDF
from tests.gui.conftest import _teardown, unlock, wait_ops
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.gui import reseal_running
from vault_app.gui.controller import AppController
from vault_app.services import attachment_blobs, attachments, blob_reseal, clients
from vault_app.services.vault import Vault, create_vault, open_vault
from vault_app.services.vault_rekey_runners import replace_here
from vault_app.storage import blob_intents, blob_store, clinical_attachments

pytestmark = pytest.mark.gui


class Gate:
    def __init__(self, at: int) -> None:
        self.at, self.count = at, 0
        self.reached = threading.Event()
        self.release = threading.Event()

    def __call__(self, name: str) -> None:
        if name == "document":
            self.count += 1
            if self.count == self.at:
                self.reached.set()
                assert self.release.wait(60), "the test never released the re-sealing"


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[Gate]:
    held = Gate(at=2)  # before the second document: the first one re-sealed
    monkeypatch.setattr(reseal_running, "checkpoint", held)
    yield held
    held.release.set()


@pytest.fixture
def docs_app(qtbot: object, app_folder: Path, gate: Gate) -> Iterator[tuple[AppController, dict[str, bytes]]]:
    """Three documents attached, then every key replaced: all three under generation 0."""
    from vault_app.gui.launcher import start

    vault = create_vault(app_folder, PASSPHRASE, params=OWASP_FLOOR).vault
    chart = clients.create_client(vault, "Wilhelmina Stroud").client_id
    docs = {}
    for i in range(3):
        data = PDF + f"%doc{i}".encode() + bytes(range(256)) * (i + 1)
        docs[attachments.add_attachment(vault, chart, data, kind="other").attachment_id] = data
    replace_here(vault, PASSPHRASE)
    vault.lock()
    controller = start(app_folder, kdf_params=OWASP_FLOOR)
    yield controller, docs
    gate.release.set()
    _teardown(controller, qtbot)


def _state(vault: Vault, docs: dict[str, bytes]) -> tuple[int, bool, bool]:
    """(documents still under an earlier generation, every document opens, no stray file)."""
    opens = all(attachment_blobs.body(vault, a) == d for a, d in docs.items())
    stray = set(blob_store.stored_ids(vault.folder)) != clinical_attachments.blob_ids(vault.records)
    return len(blob_reseal.pending(vault)), opens, not stray


def _ask(app: AppController, qtbot: object, docs: dict[str, bytes]) -> tuple[int, bool, bool]:
    seen: list[tuple[int, bool, bool]] = []
    app.query(None, lambda v: _state(v, docs)).success(seen.append).run()
    wait_ops(qtbot)
    return seen[-1]


def test_the_resealing_runs_beside_the_work_after_the_unlock(
        docs_app: tuple[AppController, dict[str, bytes]], qtbot: object, gate: Gate) -> None:
    app, docs = docs_app
    window = unlock(app, qtbot)
    qtbot.waitUntil(gate.reached.is_set, timeout=60_000)  # type: ignore[attr-defined]  # its steps pass the GUI thread
    assert window.isVisible() and reseal_running.current() is not None
    made: list[str] = []  # the worker serves the therapist while the job is held
    app.op(None, lambda v: clients.create_client(v, "Ambrose Kittering").client_id).success(made.append).run()
    wait_ops(qtbot)
    assert made
    assert _ask(app, qtbot, docs) == (2, True, True)
    gate.release.set()
    qtbot.waitUntil(lambda: reseal_running.current() is None, timeout=30_000)  # type: ignore[attr-defined]
    wait_ops(qtbot)
    assert _ask(app, qtbot, docs) == (0, True, True)
    earlier: list[int] = []
    app.query(None, lambda v: int(v.records.scalar("SELECT count(*) FROM chart_key_generations"))) \
        .success(earlier.append).run()
    wait_ops(qtbot)
    assert earlier == [0]


def test_a_lock_during_the_resealing_stops_it_and_the_next_unlock_ends_it(
        docs_app: tuple[AppController, dict[str, bytes]], qtbot: object, gate: Gate, app_folder: Path) -> None:
    app, docs = docs_app
    unlock(app, qtbot)
    qtbot.waitUntil(gate.reached.is_set, timeout=60_000)  # type: ignore[attr-defined]  # its steps pass the GUI thread
    job = reseal_running.current()
    assert job is not None
    app.lock("test")  # told at once; the worker waits for its thread before the vault closes
    assert job.stopping
    gate.release.set()
    wait_ops(qtbot)
    assert job.wait(30) and job.stopped
    with open_vault(app_folder, PASSPHRASE) as vault:  # a command-line unlock: its sweep, no job
        assert _state(vault, docs) == (2, True, True)
        assert blob_intents.leftover(vault.records) == []
    gate.count, gate.at = 0, 0  # hold nothing from now on
    unlock(app, qtbot)
    qtbot.waitUntil(lambda: reseal_running.current() is None, timeout=30_000)  # type: ignore[attr-defined]
    wait_ops(qtbot)
    assert _ask(app, qtbot, docs) == (0, True, True)
