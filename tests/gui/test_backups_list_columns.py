"""The Backups window's list: two single files of a day in two folders told apart (a Folder
column, the whole path in its tooltip), a file replaced by another backup of this vault said
"changed" as `backup list --check` says it (not "failed"), a snapshot's size (what it added to
the backup folder), and the newest checked backup selected, so Restore the selected backup
proposes it first. Found by a walker (shots 11, 55). Real vault, real backups, real widgets."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.services import attachments, backup, backup_repo

pytestmark = pytest.mark.gui


def test_the_list_tells_folders_apart_says_changed_sizes_snapshots_and_selects_the_newest_checked(
    unlocked_app: AppController, qtbot: object, tmp_path: Path
) -> None:
    from vault_app.gui.backups import BackupsDialog

    vault = unlocked_app.vault
    assert vault is not None
    home, office = tmp_path / "home-drive" / "backups", tmp_path / "office-drive" / "backups"
    first = Path(backup.create_backup(vault, home, verify=True, rotate_old=False).path)
    client_id = add_client(unlocked_app, qtbot, "Quinn Laterday")
    attachments.add_attachment(vault, client_id, b"%PDF-1.4\n" + os.urandom(200_000), kind="consent",
                               filename="scan.pdf")  # the second backup larger: the first's size differs
    second = Path(backup.create_backup(vault, office, verify=True, rotate_old=False).path)
    assert first.name == second.name  # a day's name, in two folders
    shutil.copy2(second, first)  # another backup of this vault put in the first one's place
    newest = Path(backup_repo.create_incremental(vault, tmp_path / "repo", verify=True, rotate_old=False).path)

    dialog = BackupsDialog(unlocked_app, parent=unlocked_app.main_window)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    tree = dialog.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 3)  # type: ignore[attr-defined]
    wait_ops(qtbot)
    header = [tree.headerItem().text(c) for c in range(tree.columnCount())]
    folder, size, state = header.index("Folder"), header.index("Size"), header.index("State")
    rows = {Path(str(tree.topLevelItem(i).data(0, 256))): tree.topLevelItem(i) for i in range(3)}
    assert rows[first].text(1) == rows[second].text(1)
    assert rows[first].text(folder) != rows[second].text(folder)
    assert rows[first].text(folder).endswith("home-drive/backups"), rows[first].text(folder)
    assert str(first) in rows[first].toolTip(folder)
    assert rows[first].text(state) == "changed", rows[first].text(state)
    assert "replaced on" in rows[first].toolTip(0)
    assert rows[newest].text(size).endswith(" KiB added") and rows[newest].toolTip(size)
    assert rows[newest].text(folder).endswith("repo")  # the backup folder, not its "snapshots"
    assert tree.currentItem() is rows[newest]  # the newest checked one, proposed first
