"""Back up now in the Backups window of a vault a copy replaced (`backup restore --replaces-original`),
that copy's backups now in the folder they share. Found (round 46): the window's summary said to work in
the copy, yet Back up now was its default button, and pressing it was refused by the rule against mixing
two copies' backups with words saying to "restore the newest backup here" or "choose another folder",
what the summary says not to do. Now Back up now is not offered (nor the default button): its tooltip and
screen-reader description say why and where to back up; asked another way, the result line says the
same, no error box, nothing written. Real vaults made, backed up and restored by the real command line
(in process), the real app, English and Spanish."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.gui.conftest import unlock, wait_ops
from tests.gui.test_older_copy_replaced_by_copy import _replaced_and_copy_backed_up
from tests.gui.test_workflows import _open
from vault_app.gui.backups import BackupsDialog
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui

WORDS = {
    "en": {"copy": "the copy in {0}", "work": "back it up from there", "mix": "would mix it with that copy's",
           "restore here": "restore the newest backup here", "another": "another folder"},
    "es": {"copy": "la copia de {0}", "work": "haga sus copias de seguridad desde ella",
           "mix": "se mezclaría con las copias de seguridad de esa copia",
           "restore here": "restaure aquí", "another": "otra carpeta"},
}


def _shown_boxes() -> list[str]:
    return [b.text() for w in QApplication.topLevelWidgets() for b in [w, *w.findChildren(QMessageBox)]
            if isinstance(b, QMessageBox) and b.isVisible()]


@pytest.mark.parametrize("language", ["en", "es"])
def test_back_up_now_is_not_offered_in_the_replaced_vault_and_says_why(
        locked_app: AppController, app_folder: Path, tmp_path: Path, qtbot: object, language: str,
        request: pytest.FixtureRequest) -> None:
    if language == "es":
        request.getfixturevalue("spanish")
    words = WORDS[language]
    copy = _replaced_and_copy_backed_up(app_folder, tmp_path)
    backups = tmp_path / "backups"
    in_folder = sorted(p.name for p in backups.rglob("*") if p.is_file())
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
    qtbot.waitUntil(lambda: "copy" in dialog.summary.text() or "copia" in dialog.summary.text())  # type: ignore[attr-defined]
    button = dialog.backup_button
    assert not button.isEnabled() and not button.isDefault()
    assert dialog.focusWidget() is dialog.close_button  # not passed on to "Save a single-file copy…"
    said = button.toolTip()
    assert words["copy"].format(copy.resolve()) in said and words["work"] in said and words["mix"] in said, said
    assert button.accessibleDescription() == said
    assert words["restore here"] not in said.lower() and words["another"] not in said.lower(), said
    dialog.backup_now()  # asked another way (Enter on a button that was the default, a test's call)
    wait_ops(qtbot)
    QApplication.processEvents()
    assert dialog.result_label.text() == said
    assert _shown_boxes() == []  # no "Restore the newest backup here… or choose another folder" box
    assert sorted(p.name for p in backups.rglob("*") if p.is_file()) == in_folder  # nothing written
