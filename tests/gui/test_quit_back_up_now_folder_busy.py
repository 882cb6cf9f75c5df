"""A quit while Back up now waits for another process's hold on the backup folder, that hold kept
past the folder's wait: the therapist is asked once, right after that wait, in plain words (quit
without this backup / wait longer), and nothing half-made is left either way. Found: the quit's own
backup then waited up to two MORE minutes for the same folder on the worker before asking.

A real second process holds the folder (tests/core/test_backup_folder_lock.py HOLD); real widgets,
a real vault. The folder's wait is the app's own deadline, shortened here (not a test's timeout);
every wait for the folder begun is counted through storage/backup_folder_lock's notice."""

from __future__ import annotations

import logging
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from tests.gui.conftest import unlock, wait_ops
from tests.gui.test_back_up_now_waits_beside import (  # noqa: F401 (fixtures)
    _let_go,
    _pressed,
    _quits,
    folder,
    holder,
)
from vault_app.gui.controller import AppController
from vault_app.storage import backup_folder_lock

pytestmark = pytest.mark.gui


def _waits_begun(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Each wait for another process's hold on a backup folder begun from now on (the folder lock's
    notice, told once as each wait begins)."""
    begun: list[str] = []
    real = backup_folder_lock._notice

    def notice(where: Path) -> None:
        begun.append(str(where))
        if real is not None:
            real(where)

    monkeypatch.setattr(backup_folder_lock, "_notice", notice)
    return begun


def _question(window: object) -> QMessageBox | None:
    boxes = [b for b in window.findChildren(QMessageBox)  # type: ignore[attr-defined]
             if b.objectName() == "quitBackupNotMade" and b.isVisible()]
    return boxes[0] if len(boxes) == 1 else None


def _button(box: QMessageBox, words: str) -> QPushButton:
    found = [b for b in box.buttons() if b.text().replace("&", "") == words]
    assert len(found) == 1, [b.text() for b in box.buttons()]
    button = found[0]
    assert isinstance(button, QPushButton)
    return button


@pytest.mark.parametrize("answer", ["Quit without this backup", "Wait longer"])
def test_a_quit_is_asked_once_after_the_first_wait(
    unlocked_app: AppController, qtbot: object, folder: Path, holder: subprocess.Popen[str],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, answer: str,
) -> None:
    monkeypatch.setattr(backup_folder_lock, "WAIT_SECONDS", 8.0)
    dialog = _pressed(unlocked_app, qtbot, folder)  # its wait begun (the notice said it)
    begun = _waits_begun(monkeypatch)
    dialog.close()
    quits = _quits(unlocked_app)
    window = unlocked_app.main_window
    assert window is not None
    caplog.set_level(logging.INFO)
    window.close()  # Vault > Quit, during Back up now's wait for the other copy
    qtbot.waitUntil(lambda: _question(window) is not None or len(begun) > 0,  # type: ignore[attr-defined]
                    timeout=120_000)
    assert begun == [], "asked only after a second wait for the same folder"
    box = _question(window)
    assert box is not None
    wait_ops(qtbot, timeout=120_000)  # Back up now's own operation ended too (its window closed)
    QApplication.processEvents()
    # Asked once: not also Back up now's refusal in a box of its own (found on Xvfb: "Problem with
    # this computer" under the question).
    shown = {id(b): b.text() for w in QApplication.topLevelWidgets() for b in [w, *w.findChildren(QMessageBox)]
             if isinstance(b, QMessageBox) and b.isVisible()}
    assert list(shown.values()) == [box.text()], shown
    assert "busy" in box.text() and str(folder) in box.text(), box.text()
    wait = _button(box, "Wait longer")
    assert box.defaultButton() is wait and box.escapeButton() is wait
    assert holder.poll() is None and quits == []
    assert list(folder.iterdir()) == []  # nothing half-made of Back up now's backup
    if answer == "Wait longer":
        wait.click()
        _let_go(holder)  # the other copy finishes: the quit's own backup is made
        wait_ops(qtbot, timeout=120_000)
        qtbot.waitUntil(lambda: quits == [True], timeout=120_000)  # type: ignore[attr-defined]
        assert len(list(folder.glob("*.vaultbackup"))) == 1
    else:
        _button(box, answer).click()
        wait_ops(qtbot, timeout=120_000)
        qtbot.waitUntil(lambda: quits == [True], timeout=120_000)  # type: ignore[attr-defined]
        assert begun == [], "the quit waited again for the folder after the therapist chose to quit"
        assert holder.poll() is None
        assert list(folder.iterdir()) == []
        # The next start says the backup at Quit was not made (this process's memory of it forgotten).
        from vault_app.services import backup_beside_control

        backup_beside_control.take_last_failure()
        unlocked_app.show_unlock("")
        wait_ops(qtbot)
        again = unlock(unlocked_app, qtbot)
        qtbot.waitUntil(lambda: "at Quit was not made" in again.status_label.text(),  # type: ignore[attr-defined]
                        timeout=60_000)
        unlocked_app.quit()
        wait_ops(qtbot, timeout=120_000)
    assert unlocked_app.vault is None
    assert [p.name for p in folder.iterdir() if p.name.startswith(".")] == []
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []
