"""The Backups window of a vault a copy replaced (`backup restore --replaces-original`), once that copy
has backed up into the folder they share. Found (round 46): the window still said "Choose another
folder in Back up to, then Save" (keeping a vault nobody should work in) and offered "Restore the
selected backup…" (which would put the copy's backup, with the copy's keys, over this vault); the
unlock's message, the Today card and the status line already said to work in the copy (round 45).
Now it says the same: the folder holds the copy's backups, work in that copy; no restore is offered.
Real vaults made, backed up and restored by the real command line (in process), the real app."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton

from tests.gui.conftest import unlock, wait_ops
from tests.gui.test_older_copy_replaced_by_copy import _replaced_and_copy_backed_up
from tests.gui.test_workflows import _open
from vault_app.gui.backups import BackupsDialog
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


# What each language says (its own words for the same advice, es.ts).
WORDS = {
    "en": {"another": "another folder", "copy": "the copy in {0}", "work": "work in that copy",
           "holds": "now holds that copy's backups", "restore": "Restore the sel"},
    "es": {"another": "otra carpeta en", "copy": "la copia de {0}", "work": "trabaje en esa copia",
           "holds": "guarda ahora las copias de seguridad de esa copia", "restore": "Restaurar la cop"},
}


def _restore_button(dialog: BackupsDialog, words: str) -> QPushButton:
    found = [b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "").startswith(words)]
    assert len(found) == 1, [b.text() for b in dialog.findChildren(QPushButton)]
    return found[0]


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_replaced_vaults_backups_window_says_work_in_the_copy_and_offers_no_restore(
        locked_app: AppController, app_folder: Path, tmp_path: Path, qtbot: object, language: str,
        request: pytest.FixtureRequest) -> None:
    if language == "es":
        request.getfixturevalue("spanish")
    words = WORDS[language]
    copy = _replaced_and_copy_backed_up(app_folder, tmp_path)
    window = unlock(locked_app, qtbot)
    qtbot.waitUntil(lambda: any(b.objectName() == "olderCopyMessage" and b.isVisible()  # type: ignore[attr-defined]
                                for b in window.findChildren(QMessageBox)))
    for box in window.findChildren(QMessageBox):
        if box.objectName() == "olderCopyMessage" and box.isVisible():
            box.reject()
    wait_ops(qtbot)
    dialog = _open(window, "backups")  # Vault > Backups…
    assert isinstance(dialog, BackupsDialog)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: dialog.summary.text() != "")  # type: ignore[attr-defined]
    said = " ".join((dialog.summary.text(), dialog.reminder.text()))
    assert words["another"] not in said.lower(), said  # "Choose another folder in Back up to, then Save"
    assert words["copy"].format(copy.resolve()) in said and words["work"] in said, said
    assert words["holds"] in said, said
    assert dialog.reminder.text() == ""  # not "…or Back up now": the summary says where the work goes
    restore = _restore_button(dialog, words["restore"])
    assert not restore.isEnabled()
    # The window's own words say why (a hover, and for a screen reader).
    assert words["work"] in restore.toolTip() and restore.accessibleDescription() == restore.toolTip()
    dialog.restore_selected()  # asked another way (a test's call): nothing opens
    wait_ops(qtbot)
    assert not [w for w in dialog.findChildren(QDialog) if w.isVisible()]
