"""Back up now says which backup the rotation kept because it is the newest whose check covered
every compartment (services/backup_rotation_covered.py), in English and in Spanish. A real vault,
real backups of both kinds, the real screen (offscreen)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.services import backup, backup_repo, clients
from vault_app.services.vault import Vault

pytestmark = pytest.mark.gui


def _covering_first(app: AppController, qtbot: object, folder: Path, kind: str) -> str:
    """A backup made with the notes unlocked (every compartment checked), then one change."""
    made: list[str] = []

    def job(v: Vault) -> None:
        backup.configure(v, target=str(folder), kind=kind, keep_daily=1, keep_weekly=0, keep_monthly=0)
        v.unlock_psychotherapy(PASSPHRASE)
        try:
            make = backup_repo.create_incremental if kind == "repo" else backup.create_backup
            made.append(make(v, folder, verify=True).path)
        finally:
            v.lock_psychotherapy()
        clients.create_client(v, "After The Good One")

    app.op(None, job).run()
    wait_ops(qtbot, timeout=60_000)
    assert made
    return made[0]


@pytest.mark.parametrize(("language", "words"), [("en", "was kept: the newest backup whose check covered every"),
                                                 ("es", "Se conservó")])
@pytest.mark.parametrize("kind", ["repo", "file"])
def test_back_up_now_says_the_covering_backup_was_kept(unlocked_app: AppController, qtbot: object, tmp_path: Path,
                                                       kind: str, language: str, words: str) -> None:
    from vault_app.gui import i18n

    window = unlocked_app.main_window
    assert window is not None
    folder = tmp_path / "copias"
    good = _covering_first(unlocked_app, qtbot, folder, kind)
    assert i18n.install(language) == language
    try:
        dialog = window.open_backups()
        wait_ops(qtbot)
        dialog.target.setText(str(folder))
        dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
        dialog.backup_now()
        wait_ops(qtbot, timeout=60_000)
        said = dialog.result_label.text()
        assert words in said and Path(good).name in said, said
        assert Path(good).is_file()
    finally:
        i18n.install("en")
