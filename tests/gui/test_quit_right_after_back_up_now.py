"""Back up now, then Quit at once, nothing saved in between: the quit makes no second backup
(docs/backup.md: the quit backs up only if something was saved since). Found by a walker (round 46,
wday4 #13): with a psychotherapy note open, the quit made a second backup one second after Back up
now's. Real vault, real backup folder, real widgets."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.conftest import PASSPHRASE
from tests.core.test_backup_folder_lock import HOLD
from tests.gui.conftest import wait_ops
from tests.gui.test_back_up_now_waits_beside import _all_busy, _let_go, _quits
from tests.gui.test_backups_repo import _dialog
from tests.gui.test_held_dates import quit_from
from tests.gui.test_psychotherapy_typing import _open_tab_and_unlock
from tests.gui.test_quit_back_up_now_folder_busy import _question
from tests.gui.test_quit_while_backup_runs import _delays_over
from vault_app.gui.background import runner
from vault_app.gui.client_dialog import ClientDialog
from vault_app.gui.controller import AppController
from vault_app.services.backup_registry_fold import CREATED
from vault_app.services.vault import open_vault
from vault_app.storage import backup_folder_lock

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("open_note", ["none", "psychotherapy"])
def test_quit_right_after_back_up_now_makes_no_second_backup(
        unlocked_app: AppController, qtbot: object, tmp_path: Path, app_folder: Path, open_note: str) -> None:
    window = unlocked_app.main_window
    assert window is not None
    if open_note == "psychotherapy":
        _open_tab_and_unlock(unlocked_app, qtbot)
        qtbot.keyClicks(window.chart.psychotherapy.editor, "Sees me as the strict aunt.")  # type: ignore[attr-defined]
        window.chart.psychotherapy.flush()  # type: ignore[attr-defined]  # saved before Back up now
        wait_ops(qtbot)
    folder = tmp_path / "usb"
    folder.mkdir()
    dialog = _dialog(unlocked_app, qtbot)
    dialog.target.setText(str(folder))
    dialog.kind.setCurrentIndex(dialog.kind.findData("file"))
    dialog.save_settings()
    wait_ops(qtbot)
    dialog.backup_now()
    wait_ops(qtbot, timeout=120_000)
    assert dialog.result_label.text().startswith("Backed up to "), dialog.result_label.text()
    quit_from(unlocked_app, window, qtbot)
    assert unlocked_app.vault is None
    vault = open_vault(app_folder, PASSPHRASE)
    try:
        made = vault.ledger.entries(kinds=(CREATED,))
    finally:
        vault.lock()
    assert len(made) == 1, [e.payload.get("path") for e in made]


@pytest.mark.parametrize("open_window", ["saved note", "typed form"])
def test_the_busy_folder_question_is_not_asked_for_a_note_open_with_its_words_saved(
    unlocked_app: AppController, qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    open_window: str,
) -> None:
    """Quit while Back up now waits for another process's hold on the backup folder: asked "Quit without
    this backup?" only with something to back up. A psychotherapy note open with its words saved holds
    nothing typed (only where it was): not asked. A new client's form typed in: asked, as before. Found
    (round 46): any open window counted as something to back up."""
    window = unlocked_app.main_window
    assert window is not None
    _open_tab_and_unlock(unlocked_app, qtbot)
    qtbot.keyClicks(window.chart.psychotherapy.editor, "Sees me as the strict aunt.")  # type: ignore[attr-defined]
    window.chart.psychotherapy.flush()  # type: ignore[attr-defined]
    wait_ops(qtbot)
    folder = tmp_path / "usb"
    folder.mkdir()
    dialog = _dialog(unlocked_app, qtbot)
    dialog.target.setText(str(folder))
    dialog.kind.setCurrentIndex(dialog.kind.findData("file"))
    dialog.save_settings()
    wait_ops(qtbot)
    dialog.backup_now()  # the last checked backup: the note's words in it
    wait_ops(qtbot, timeout=120_000)
    assert dialog.result_label.text().startswith("Backed up to "), dialog.result_label.text()
    if open_window == "typed form":
        window.client_list.new_client()  # type: ignore[attr-defined]
        form = next(d for d in window.findChildren(ClientDialog) if d.isVisible())
        qtbot.keyClicks(form.legal_name, "Ursula Halfway")  # type: ignore[attr-defined]
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(folder)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        monkeypatch.setattr(backup_folder_lock, "WAIT_SECONDS", 6.0)  # the app's own deadline, shortened
        dialog.backup_button.click()  # again: it waits for the other process
        qtbot.waitUntil(lambda: "another copy of the app is writing" in window.status_label.text(),  # type: ignore[attr-defined]
                        timeout=120_000)
        dialog.close()
        quits = _quits(unlocked_app)
        window.close()  # Vault > Quit, during Back up now's wait
        qtbot.waitUntil(lambda: _question(window) is not None or quits == [True],  # type: ignore[attr-defined]
                        timeout=120_000)
        wait_ops(qtbot, timeout=120_000)
        if open_window == "typed form":
            assert _question(window) is not None and quits == []
            return
        qtbot.waitUntil(lambda: quits == [True], timeout=60_000)  # type: ignore[attr-defined]
        assert _question(window) is None
        assert len(list(folder.glob("*.vaultbackup"))) == 1
    finally:
        _let_go(holder)


def test_quit_with_nothing_to_back_up_shows_no_please_wait(
        unlocked_app: AppController, qtbot: object, tmp_path: Path, app_folder: Path) -> None:
    """Found by the same walker: during that quit a "Please wait" showed for about a second, empty, over
    the Backups window. Now a quit with nothing to wait for and nothing to back up says nothing of the
    kind, even when the worker is slow to get to it (here it finishes another operation first)."""
    window = unlocked_app.main_window
    assert window is not None
    _open_tab_and_unlock(unlocked_app, qtbot)
    qtbot.keyClicks(window.chart.psychotherapy.editor, "Sees me as the strict aunt.")  # type: ignore[attr-defined]
    window.chart.psychotherapy.flush()  # type: ignore[attr-defined]
    wait_ops(qtbot)
    folder = tmp_path / "usb"
    folder.mkdir()
    dialog = _dialog(unlocked_app, qtbot)
    dialog.target.setText(str(folder))
    dialog.kind.setCurrentIndex(dialog.kind.findData("file"))
    dialog.save_settings()
    wait_ops(qtbot)
    dialog.backup_now()
    wait_ops(qtbot, timeout=120_000)
    assert dialog.result_label.text().startswith("Backed up to "), dialog.result_label.text()
    gate = threading.Event()
    unlocked_app.op(None, lambda _v: gate.wait(120)).run()  # the worker busy a moment longer
    quits = _quits(unlocked_app)
    seen: list[str] = []

    def busy_seen() -> list[str]:
        seen.extend(_all_busy())
        return seen

    window.close()  # Vault > Quit (Ctrl+Q), the Backups window still up
    # Every pending operation's indicator past its delay (shown, or none to show).
    qtbot.waitUntil(lambda: runner().pending() >= 2 and _delays_over())  # type: ignore[attr-defined]
    QApplication.processEvents()
    assert busy_seen() == []
    gate.set()
    qtbot.waitUntil(lambda: busy_seen() != [] or quits == [True], timeout=60_000)  # type: ignore[attr-defined]
    wait_ops(qtbot)
    assert busy_seen() == [] and quits == [True]
    vault = open_vault(app_folder, PASSPHRASE)
    try:
        assert len(vault.ledger.entries(kinds=(CREATED,))) == 1  # Back up now's only
    finally:
        vault.lock()
