"""Today's backup card in a vault a copy replaced (`backup restore --replaces-original`): it said
"Make a backup now" under the status bar's "work in that copy" (found by a walker, round 44). It
now says which copy replaced it. Real vault, its real ledger told as the restore tells it, the real
main window's Today page."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.services import restore_beside_record
from vault_app.services.restore_other_vault import vault_id_in

pytestmark = pytest.mark.gui


def test_the_backup_card_of_a_replaced_vault_says_work_in_the_copy(unlocked_app: AppController, qtbot,
                                                                   tmp_path: Path) -> None:
    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    card = window.dashboard.cards["backup"]
    window.dashboard.refresh()
    wait_ops(qtbot)
    assert "Make a backup now" in card.detail.text()  # no verified backup: urged, as it should be
    copy = tmp_path / "new-laptop"
    assert restore_beside_record.record_replaced(vault.folder, copy, vault_id_in(vault.folder), b"",
                                                 None, vault) is None  # type: ignore[arg-type]
    window.dashboard.refresh()
    wait_ops(qtbot)
    said = card.detail.text()
    assert "Make a backup now" not in said, said
    assert "work in that copy" in said and str(copy.resolve()) in said
