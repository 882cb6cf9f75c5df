"""A registered backup whose drive is not here, as the therapist sees it in the Backups window:
its row says where it was looked for and that the drive may be unplugged or mounted elsewhere
(found by a walker: "missing" and no more), in the screen's language, and it is not counted as a
backup "changed outside this vault" (that alarm is for what nothing of this vault explains).
Real Qt widgets (offscreen), a real vault, a real backup whose folder was taken away."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.gui.conftest import wait_ops
from tests.gui.test_workflows import _open
from vault_app.gui.backups import BackupsDialog
from vault_app.gui.controller import AppController
from vault_app.services import backup, clients
from vault_app.services.vault import Vault

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(("language", "said"), [
    ("en", "its folder is not there. Its drive may be unplugged, or mounted at another place on this computer."),
    ("es", "su carpeta no está. Puede que su unidad esté desconectada, o montada en otro lugar de esta computadora."),
])
def test_a_missing_backup_says_where_it_was_looked_for(
    unlocked_app: AppController, qtbot: object, tmp_path: Path, language: str, said: str,
    request: pytest.FixtureRequest,
) -> None:
    if language == "es":
        request.getfixturevalue("spanish")
    folder = tmp_path / "usb"
    made: list[Path] = []

    def a_backup(v: Vault) -> None:
        backup.configure(v, target=str(folder), kind="file", auto=False)
        clients.create_client(v, "Some Client", date_of_birth="1980-01-01")
        made.append(Path(backup.create_backup(v, folder, verify=True).path))

    unlocked_app.op(None, a_backup).run()
    wait_ops(qtbot, timeout=60_000)
    (path,) = made
    shutil.rmtree(folder)  # its drive unplugged
    window = unlocked_app.main_window
    assert window is not None
    dialog = _open(window, "backups")
    wait_ops(qtbot)
    assert isinstance(dialog, BackupsDialog)
    assert "changed outside" not in dialog.summary.text() and "fuera de esta bóveda" not in dialog.summary.text()
    row = dialog.tree.topLevelItem(0)
    assert row is not None and row.text(1) == path.name
    dialog.tree.setCurrentItem(row)
    assert dialog.changed_note.text().endswith(f"{path}: {said}")
    dialog.close()
