"""The Backups dialog's check of a backup whose copy from before a destruction's purge was put
back in its place: it opens, so the check passes, but the dialog says what it is (it still
holds what was destroyed) instead of only "intact". Real Qt widgets (offscreen), real vault,
real backup file, real destruction."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.destruction_helpers import seed_chart
from tests.gui.conftest import wait_ops
from tests.gui.test_backups_repo import _dialog
from vault_app.gui.controller import AppController
from vault_app.services import backup, destruction

pytestmark = pytest.mark.gui


def test_checking_an_older_copy_from_before_a_purge_says_what_it_holds(
    unlocked_app: AppController, qtbot: object, tmp_path: Path
) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    doomed = seed_chart(vault, "T", psychotherapy=0)
    made = Path(backup.create_backup(vault, tmp_path / "usb").path)
    before_purge = tmp_path / "before-purge"
    shutil.copy2(made, before_purge)
    vault.unlock_psychotherapy(PASSPHRASE)  # a destruction takes the whole chart
    destruction.destroy(vault, doomed.chart_number, basis="retention", confirm=doomed.chart_number)
    shutil.copy2(before_purge, made)  # put back in its place

    dialog = _dialog(unlocked_app, qtbot)
    rows = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    dialog.tree.setCurrentItem(next(r for r in rows if r is not None and r.text(1) == made.name))
    dialog.verify_selected()
    wait_ops(qtbot, timeout=60_000)
    said = dialog.result_label.text()
    assert said.startswith(made.name) and "older copy" in said and "destroyed" in said, said
    assert "is intact" not in said, said


def test_checking_an_older_copy_from_between_two_purges_says_what_it_holds(
    unlocked_app: AppController, qtbot: object, tmp_path: Path
) -> None:
    """Purged twice, its copy from between the two purges put back: it carries the first purge's
    record, and the dialog says it still holds the later destruction's chart (found: "intact")."""
    vault = unlocked_app.vault
    assert vault is not None
    first = seed_chart(vault, "T", psychotherapy=0)
    second = seed_chart(vault, "U", psychotherapy=0)
    made = Path(backup.create_backup(vault, tmp_path / "usb").path)
    vault.unlock_psychotherapy(PASSPHRASE)  # a destruction takes the whole chart
    destruction.destroy(vault, first.chart_number, basis="retention", confirm=first.chart_number)
    between = tmp_path / "between"
    shutil.copy2(made, between)
    destruction.destroy(vault, second.chart_number, basis="retention", confirm=second.chart_number)
    shutil.copy2(between, made)  # put back in its place

    dialog = _dialog(unlocked_app, qtbot)
    rows = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    dialog.tree.setCurrentItem(next(r for r in rows if r is not None and r.text(1) == made.name))
    dialog.verify_selected()
    wait_ops(qtbot, timeout=60_000)
    said = dialog.result_label.text()
    assert said.startswith(made.name) and "between two destructions' purges" in said, said
    assert "later destruction" in said and "is intact" not in said, said
