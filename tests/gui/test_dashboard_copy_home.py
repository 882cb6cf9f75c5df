"""A copy of the vault folder made by hand and opened from elsewhere, sharing the default vault's
backup folder, makes no automatic backup (services/vault_copy_home.py). Found by the walker
(round 33, shot 77): its dashboard said "Last verified backup: today" (the default vault's
backup) and the only warning was the status bar's, cut off at 1366x768. The card now says the
copy has no backup of its own, and why, whole. Real vault, real backup, real widgets."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.gui.conftest import wait_ops
from tests.gui.test_change_notices import elsewhere, window_of
from vault_app.gui.controller import AppController
from vault_app.services import backup, backup_registry
from vault_app.storage.header import HEADER_NAME

pytestmark = pytest.mark.gui


def _backed_up(app: AppController, qtbot: Any, backups: Path) -> None:
    backups.mkdir()
    elsewhere(app, qtbot, lambda v: backup_registry.configure(v, target=str(backups)))
    elsewhere(app, qtbot, lambda v: backup.create_to_target(v, backups))


def test_a_copy_sharing_the_default_vaults_backups_says_it_has_none(unlocked_app: AppController, qtbot: Any,
                                                                    tmp_path: Path) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    _backed_up(unlocked_app, qtbot, tmp_path / "backups")
    page = window_of(unlocked_app).dashboard
    page.refresh()
    wait_ops(qtbot)
    card = page.cards["backup"]
    assert card.value.text() == "today"  # the vault's own backup, while it is the only one
    # The default folder now holds the same vault backing up into the same folder: the one open
    # is a copy (only the header is read to tell).
    default = Path(os.environ["VAULT_APP_DIR"])
    default.mkdir(parents=True, exist_ok=True)
    shutil.copy2(vault.folder / HEADER_NAME, default / HEADER_NAME)
    page.refresh()
    wait_ops(qtbot)
    assert card.value.text() == "None of its own"
    said = card.detail.text()
    assert said.startswith("This copy's automatic backups are off: it shares its backup folder with the vault in "
                           f"{default.resolve()}"), said
    assert "choose another folder" in said and "…." not in said
    assert card.detail.objectName() == "warningNote"


def test_the_vault_itself_says_its_backup(unlocked_app: AppController, qtbot: Any, tmp_path: Path) -> None:
    _backed_up(unlocked_app, qtbot, tmp_path / "backups")
    page = window_of(unlocked_app).dashboard
    page.refresh()
    wait_ops(qtbot)
    card = page.cards["backup"]
    assert card.value.text() == "today"
    assert card.detail.objectName() == "calmNote"
