"""The restore's result page says where backups go on when the backup folder the settings named
is not on this computer (services/backup_registry_moved.py), and says nothing of it otherwise."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from vault_app.gui import i18n
from vault_app.gui.restore_dialog import RestoreFromBackupDialog
from vault_app.services.backup_restore import RestoreReport


@pytest.fixture
def english_after() -> Iterator[None]:
    yield
    i18n.install("en")


@pytest.mark.parametrize(("language", "said"), (
    ("en", "Backups go on into {new}, the folder this backup was restored from: the backup folder set before, "
           "{old}, is not on this computer."),
    ("es", "Las copias de seguridad siguen en {new}, la carpeta desde la que se recuperó esta copia: la carpeta de "
           "copias elegida antes, {old}, no está en esta computadora."),
))
@pytest.mark.parametrize("followed", [True, False])
def test_the_result_page_says_where_backups_go_on(
        qtbot: object, tmp_path: Path, english_after: None, language: str, said: str, followed: bool) -> None:
    assert i18n.install(language) == language
    dialog = RestoreFromBackupDialog(tmp_path / "vault", may_replace=False)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    new, old = "/media/new/usb/vault-backups", "/media/old/usb/vault-backups"
    report = RestoreReport(folder=str(tmp_path / "vault"), vault_id="v", backup_sha256="0" * 64,
                           backup_created="2026-12-05T12:52:00+00:00", backup_ledger_seq=3, restored_ledger_seq=3,
                           safety_copy=None, check="full", backup_folder_followed=new if followed else None,
                           backup_folder_before=old if followed else None)
    lines = dialog.summary(report)
    assert (said.format(new=new, old=old) in lines) is followed, lines
    assert not any("/media/" in line for line in lines) or followed
