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


@pytest.fixture
def replaced_without_kit(qtbot, app_folder: Path, locked_vault_template: Path, tmp_path: Path):
    """A vault whose kit was never kept (as test_kit_offered_at_unlock makes it), then replaced by a copy."""
    from tests.conftest import reopen
    from tests.gui.conftest import _teardown, make_locked_vault
    from vault_app.crypto.kdf import OWASP_FLOOR
    from vault_app.gui.launcher import start
    from vault_app.services import kit_kept

    make_locked_vault(app_folder, locked_vault_template)
    vault = reopen(app_folder)
    kit_kept.not_kept_yet(vault)
    assert restore_beside_record.record_replaced(vault.folder, tmp_path / "new-laptop", vault_id_in(vault.folder),
                                                 b"", None, vault) is None  # type: ignore[arg-type]
    vault.lock()
    controller = start(app_folder, kdf_params=OWASP_FLOOR)
    yield controller
    _teardown(controller, qtbot)


def test_a_replaced_vault_is_not_offered_a_new_kit_at_unlock(replaced_without_kit: AppController, qtbot) -> None:
    """Round 45: in a vault a copy replaced, the unlock still offered "Get a new Emergency Kit now" (Replace
    every key) and the status line urged it beside "work in that copy"."""
    from tests.gui.conftest import unlock
    from tests.gui.test_kit_offered_at_unlock import _offer

    window = unlock(replaced_without_kit, qtbot)
    qtbot.waitUntil(lambda: "work in that copy" in window.status_label.text(), timeout=20_000)
    wait_ops(qtbot)
    assert _offer() is None
    said = window.status_label.text()
    assert "Emergency Kit" not in said and "Replace every key" not in said, said
    assert not window.dashboard.gap_line.isVisible()
