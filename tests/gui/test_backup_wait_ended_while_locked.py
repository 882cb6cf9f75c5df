"""Back up now waiting for another process's hold on its backup folder, the vault locked during
that wait, and the wait ENDS while the vault is still locked: how it ended (made and checked, or
the folder kept busy and nothing kept) is said once after the unlock, as the other ends are.
Found: the bridge (gui/backup_wait_line.py) had no status line to say it to while locked, and the
unlock found no job still running to say again: the end was never said.

A real second process holds the folder (tests/core/test_backup_folder_lock.py HOLD); real widgets,
a real vault. The folder's own wait is shortened for the busy case only (the app's deadline, not a
test's)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from tests.gui.test_back_up_now_waits_beside import (  # noqa: F401 (fixtures)
    _let_go,
    _pressed,
    folder,
    holder,
)
from vault_app.gui.controller import AppController
from vault_app.services import backup_beside
from vault_app.storage import backup_folder_lock

pytestmark = pytest.mark.gui

MADE = "The other copy of the app has finished: this backup was made and checked in"
# The folder kept busy: Back up now's failure, kept while locked, is said after the unlock
# (services/backup_now.finish), once; not again by the wait's line (the same news twice).
BUSY = "Back up now, pressed before the last lock, was not made: Another window of the app, or a command, is writing"



def _lock(app: AppController, qtbot: object) -> None:
    app.lock()
    qtbot.waitUntil(lambda: app.unlock_window is not None and app.unlock_window.isVisible(),  # type: ignore[attr-defined]
                    timeout=60_000)


def _unlock_saying(app: AppController, qtbot: object) -> list[str]:
    """Unlock, and every lasting line the new main window's status line is given."""
    said: list[str] = []
    window = app.unlock_window
    assert window is not None
    window.passphrase.setText(PASSPHRASE)
    window.unlock_button.click()
    qtbot.waitUntil(lambda: app.main_window is not None and app.main_window.isVisible(),  # type: ignore[attr-defined]
                    timeout=60_000)
    main = app.main_window
    assert main is not None
    line = main.status_line  # type: ignore[attr-defined]
    real = line.lasting

    def lasting(text: str) -> None:
        said.append(text)
        real(text)

    line.lasting = lasting
    return said


@pytest.mark.parametrize("end", ["made", "kept busy"])
def test_a_wait_that_ended_while_locked_is_said_once_after_the_unlock(
    unlocked_app: AppController, qtbot: object, folder: Path, holder: subprocess.Popen[str],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch, end: str,
) -> None:
    if end == "kept busy":
        monkeypatch.setattr(backup_folder_lock, "WAIT_SECONDS", 6.0)
    _pressed(unlocked_app, qtbot, folder)
    _lock(unlocked_app, qtbot)
    assert backup_beside.runner().busy()
    if end == "made":
        _let_go(holder)
    assert backup_beside.runner().wait(120)  # ended while the vault is locked
    wait_ops(qtbot, timeout=120_000)
    assert unlocked_app.vault is None
    said = _unlock_saying(unlocked_app, qtbot)
    wanted = MADE if end == "made" else BUSY
    window = unlocked_app.main_window
    assert window is not None
    qtbot.waitUntil(lambda: wanted in window.status_label.text(), timeout=60_000)  # type: ignore[attr-defined]
    if end == "made":
        assert str(folder) in window.status_label.text()  # type: ignore[attr-defined]
    assert "Not backed up: another copy of the app kept" not in window.status_label.text()  # type: ignore[attr-defined]
    wait_ops(qtbot, timeout=60_000)
    assert len([s for s in said if wanted in s]) == 1, said
    assert wanted in window.status_label.text(), said  # type: ignore[attr-defined]
    if end == "made":
        assert len(list(folder.glob("*.vaultbackup"))) == 1
    else:
        assert holder.poll() is None and list(folder.iterdir()) == []  # nothing half-made
    if end == "kept busy":
        return  # the failure stays said until a backup is made (the reminder's way), not this test's
    # Said once: a lock and an unlock later it is not said again.
    _lock(unlocked_app, qtbot)
    wait_ops(qtbot, timeout=60_000)
    again = _unlock_saying(unlocked_app, qtbot)
    wait_ops(qtbot, timeout=60_000)
    window = unlocked_app.main_window
    assert window is not None
    assert not any(wanted in s for s in again), again
    assert wanted not in window.status_label.text()  # type: ignore[attr-defined]
