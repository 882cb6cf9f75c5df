"""The GUI thread is never blocked for more than 100 ms while long work runs.

A 10 ms QTimer measures the gaps between its ticks while the operation runs. The
machine is shared (2 cores, other test suites running), so scheduling noise can
only make gaps longer: each measurement is tried up to three times and the best
run must stay under the limit. A real block in our code shows up in every run.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.gui.conftest import _teardown, wait_ops
from tests.gui.watchdog import Watchdog
from vault_app.crypto.kdf import KdfParams
from vault_app.services.vault import create_vault

pytestmark = pytest.mark.gui

LIMIT_MS = 100
ATTEMPTS = 3
# Heavier than the test floor so the unlock lasts long enough to be measured.
SLOW_KDF = KdfParams(memory_kib=64 * 1024, iterations=4, parallelism=1)


def best_of(qtbot, what: str, run: Callable[[], None], min_ticks: int = 5,
            prepare: Callable[[], None] | None = None) -> float:
    results = []
    for _ in range(ATTEMPTS):
        if prepare is not None:
            prepare()  # outside the watchdog: only the operation itself is measured
        with Watchdog() as dog:
            run()
            wait_ops(qtbot, timeout=60_000)
        results.append((dog.worst_ms, len(dog.gaps)))
        if dog.worst_ms < LIMIT_MS:
            break
    print(f"{what}: worst gap per attempt (ms, ticks): {[(round(w, 1), n) for w, n in results]}")
    best, ticks = min(results)
    assert ticks >= min_ticks, f"{what} was too quick to measure anything"
    return best


def test_unlock_keeps_gui_responsive(qtbot, app_folder: Path) -> None:
    from vault_app.gui.launcher import start

    create_vault(app_folder, PASSPHRASE, params=SLOW_KDF).vault.lock()
    controller = start(app_folder)
    try:
        def prepare() -> None:
            if controller.main_window is not None:
                controller.lock("again")
                wait_ops(qtbot)
            qtbot.wait(400)  # a person takes longer than this to type; the window warms up meanwhile

        def run() -> None:
            window = controller.unlock_window
            assert window is not None
            window.passphrase.setText(PASSPHRASE)
            window.unlock_button.click()

        worst = best_of(qtbot, "unlock", run, prepare=prepare)
        assert controller.main_window is not None
        assert worst < LIMIT_MS, f"GUI thread blocked for {worst:.0f} ms during unlock"
    finally:
        _teardown(controller, qtbot)


@pytest.fixture
def busy_chart(unlocked_app, qtbot):
    from tests.gui.test_chart import add_client
    from vault_app.services import demo, notes, sessions

    vault = unlocked_app.vault
    vault.unlock_psychotherapy(PASSPHRASE)
    demo.populate(vault, clients=60, notes_per_client=4, seed=7)
    vault.lock_psychotherapy()
    client_id = add_client(unlocked_app, qtbot, "Search Target")
    for i in range(40):
        s = sessions.add_session(vault, client_id, date=f"2023-{1 + i % 12:02d}-{1 + i % 27:02d}",
                                 duration_minutes=53)
        n = notes.create_progress_note(vault, client_id, sections={"subjective": f"session {i} " + "words " * 300},
                                       session_id=s.session_id)
        notes.sign_note(vault, n.note_id)
    return client_id


def test_search_keeps_gui_responsive(unlocked_app, busy_chart, qtbot) -> None:
    window = unlocked_app.main_window
    from vault_app.gui.search_dialog import SearchDialog

    dialog = SearchDialog(unlocked_app, parent=window)
    dialog.show()

    def run() -> None:
        for text in ("words", "session", "Target", "sleep"):
            dialog.query.setText(text)
            dialog.search()
            wait_ops(qtbot)
        window.client_list.search.setText("Target")
        window.client_list.refresh()

    worst = best_of(qtbot, "search", run, min_ticks=2)
    assert dialog.notes.topLevelItemCount() >= 0
    assert worst < LIMIT_MS, f"GUI thread blocked for {worst:.0f} ms during search"


def test_export_keeps_gui_responsive(unlocked_app, busy_chart, qtbot, tmp_path: Path) -> None:
    from vault_app.domain.disclosure import DisclosureRequest, Recipient, Selection
    from vault_app.domain.disclosure_basis import LegalBasis
    from vault_app.services import export

    window = unlocked_app.main_window
    request = DisclosureRequest(
        client_id=busy_chart, kind="progress", selection=Selection(date_from=date(2023, 1, 1)),
        recipient=Recipient("Dr. Next"), purpose="at the request of the individual",
        basis=LegalBasis("treatment", {"provider_role": "psychiatrist"}), on=date.today())
    outs: list[Path] = []

    def run() -> None:
        out = tmp_path / f"export-{len(outs)}.pdf"
        outs.append(out)
        unlocked_app.call(window, lambda v: export.export(v, request, out=out, password="long-password-1"),
                          label="Building and encrypting the export…")

    worst = best_of(qtbot, "export", run)
    assert outs[-1].exists()
    assert worst < LIMIT_MS, f"GUI thread blocked for {worst:.0f} ms during export"


def test_backup_keeps_gui_responsive(unlocked_app, busy_chart, qtbot, tmp_path: Path) -> None:
    from vault_app.gui.backups import BackupsDialog

    dialog = BackupsDialog(unlocked_app, parent=unlocked_app.main_window)
    wait_ops(qtbot)
    targets: list[Path] = []

    def run() -> None:
        target = tmp_path / f"drive-{len(targets)}"
        target.mkdir()
        targets.append(target)
        dialog.target.setText(str(target))
        dialog.backup_now()

    worst = best_of(qtbot, "backup", run)
    assert any(targets[-1].iterdir())
    assert worst < LIMIT_MS, f"GUI thread blocked for {worst:.0f} ms during backup"
