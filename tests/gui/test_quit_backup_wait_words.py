"""Quit's "Backup not made" question: what waiting is for follows the refusal's cause (walk M
finding 10: an older copy whose backup folder holds another copy's backups was offered "Wait
and connect the drive", its default, with the drive connected). Table-driven both sides: the
causes that are a drive away, a full drive, a folder of another copy or vault, and anything
else. Real widgets, the services' own refusals."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from vault_app.domain.errors import EnvironmentProblem, RefusedByPolicy
from vault_app.gui.quit_backup import ask_quit_without_backup

pytestmark = pytest.mark.gui

CASES = [
    (EnvironmentProblem("The backup folder went away.", code="backup.folder_gone"), "Wait and connect the drive"),
    (EnvironmentProblem("The backup folder is not there.", code="backup.target_missing"),
     "Wait and connect the drive"),
    (EnvironmentProblem("The drive is full.", code="backup.drive_full"), "Wait and free space on the drive"),
    (RefusedByPolicy("Another copy's folder.", code="backup.folder_of_another_copy"),
     "Wait and choose another backup folder"),
    (RefusedByPolicy("Another vault's folder.", code="backup.folder_of_another_vault"),
     "Wait and choose another backup folder"),
    (RefusedByPolicy("Another vault's repository.", code="backup.repo_of_another_vault"),
     "Wait and choose another backup folder"),
    (EnvironmentProblem("Not writable.", code="backup.folder_not_writable"), "Wait and choose another backup folder"),
    (RefusedByPolicy("Something else.", code="backup.busy"), "Don't quit yet"),
    (RuntimeError("a bug"), "Don't quit yet"),
]


@pytest.mark.parametrize(("exc", "wait_words"), CASES, ids=[getattr(e, "code", "bug") for e, _w in CASES])
def test_wait_button_follows_the_cause(qtbot, exc: BaseException, wait_words: str) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    quits: list[bool] = []
    box = ask_quit_without_backup(window, exc, lambda: quits.append(True))
    texts = [b.text().replace("&", "") for b in box.buttons()]
    assert wait_words in texts, texts
    wait = next(b for b in box.buttons() if b.text().replace("&", "") == wait_words)
    assert box.defaultButton() is wait and box.escapeButton() is wait, "the safe answer stays the default"
    assert isinstance(box, QMessageBox)
    wait.click()
    qtbot.waitUntil(lambda: not box.isVisible())
    assert quits == []


# Found: an unplugged drive's empty mount point and a folder without its mark were offered
# "Don't quit yet" (codes added after the hand-made lists); their words say connect the drive.
@pytest.mark.parametrize("code", ["backup.drive_not_connected", "backup.folder_not_marked"])
def test_a_drive_not_connected_waits_for_the_drive(qtbot, code: str) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    box = ask_quit_without_backup(window, EnvironmentProblem("Not connected.", code=code), lambda: None)
    assert box.defaultButton().text().replace("&", "") == "Wait and connect the drive"
    box.done(0)


def test_every_backup_refusal_code_has_a_wait_kind() -> None:
    """A backup code the core gives without a wait kind would silently get "Don't quit yet":
    every one is placed, "later" said as such (gui/refusal_words_backup.WAIT_KINDS)."""
    from tests.gui.test_refusal_words import FOUND
    from vault_app.gui.refusal_words_backup import WAIT_KINDS, WaitKind
    from vault_app.services import backup_disk_full

    codes = {c for c in FOUND.codes if c.startswith("backup.")} | set(backup_disk_full.CODES)
    assert len(codes) > 50  # else the scan found nothing
    assert sorted(codes - set(WAIT_KINDS)) == []
    assert sorted(set(WAIT_KINDS) - codes) == [], "a wait kind for a code no refusal gives"
    assert {WAIT_KINDS[c] for c in backup_disk_full.CODES} == {WaitKind.SPACE}
    assert set(WAIT_KINDS.values()) == set(WaitKind)
