"""Check the selected backup says what was checked, and what it means, for a clinician (walker
wround2, round 44: it said "snapshot authentication, every chunk's authentication and keyed hash,
header MAC, … psychotherapy.db is locked"); the check's own terms are the line's support detail
(its tooltip and screen-reader description). And a dated backup made by Back up now with the
psychotherapy notes unlocked says they were checked, though they are locked when it is checked
(services/backup_beside_repo.py: it said "checked by the authentication only").
Real vault, real dated backups, the real window (offscreen)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.services.vault import Vault

pytestmark = pytest.mark.gui

NOTES_CHECKED = "The psychotherapy notes in it were checked too."
NOTES_LOCKED = ("The psychotherapy notes in it could not be checked because they are locked: unlock them, then "
                "check again to include them.")
ENGINEER = ("authentication", "chunk", "MAC", "ledger", "psychotherapy.db", "snapshot", "compartment")


def _notes(app: AppController, qtbot: object, unlocked: bool) -> None:
    def job(v: Vault) -> None:
        if unlocked:
            v.unlock_psychotherapy(PASSPHRASE)
        else:
            v.lock_psychotherapy()

    app.op(None, job).run()
    wait_ops(qtbot)


@pytest.mark.parametrize("unlocked", [True, False], ids=["notes-unlocked", "notes-locked"])
def test_back_up_now_then_check_says_it_plainly(
    unlocked_app: AppController, qtbot: object, tmp_path: Path, unlocked: bool
) -> None:
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot)
    _notes(unlocked_app, qtbot, unlocked)
    dialog = window.open_backups()
    wait_ops(qtbot)
    (tmp_path / "backups").mkdir()
    dialog.target.setText(str(tmp_path / "backups"))
    dialog.kind.setCurrentIndex(dialog.kind.findData("repo"))
    dialog.backup_now()
    wait_ops(qtbot, timeout=60_000)
    _notes(unlocked_app, qtbot, False)  # checked with the notes locked, as the walker did after a while
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
    dialog.verify_selected()
    wait_ops(qtbot, timeout=60_000)
    said = dialog.result_label.text()
    file = dialog.tree.topLevelItem(0).text(1)
    assert said == "\n".join((
        f"{file} is intact: it can be restored.",
        "Every part of the backup was read and is whole: nothing in it is missing or altered. The records in it "
        "were checked in full when it was made, and it still holds exactly what was checked. "
        + (NOTES_CHECKED if unlocked else NOTES_LOCKED))), said
    assert not any(word in said for word in ENGINEER), said
    detail = dialog.result_label.toolTip()
    assert detail.startswith("For support, what was checked: snapshot authentication, ") and "header MAC" in detail
    assert dialog.result_label.accessibleDescription() == detail
    assert ("psychotherapy.db is locked" in detail) is not unlocked
    dialog.close()
