"""The restore's result page names the backup restored from when it still holds a chart destroyed
since it was made (the vault destroyed it again, the file was not touched), with the command that
purges it; and says nothing of it otherwise. Found in the real app: the page said only
"destroyed again: 1", and `backup list` then called that file verified."""

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
    ("en", "The backup restored from, {file}, still holds a chart destroyed since it was made (destroyed again in "
           "the vault, not in that file): purge it in Records > Destructions and certificates (Purge the backups "
           "now), or delete that file."),
    ("es", "La copia desde la que se restauró, {file}, todavía contiene un expediente destruido después de hacerse "
           "(destruido de nuevo en la bóveda, no en ese archivo): púrguela en Registros > Destrucciones y "
           "certificados (Purgar ahora las copias), o borre ese archivo."),
))
@pytest.mark.parametrize("holds", [True, False])
def test_the_result_page_names_the_unpurged_backup(
        qtbot: object, tmp_path: Path, english_after: None, language: str, said: str, holds: bool) -> None:
    assert i18n.install(language) == language
    dialog = RestoreFromBackupDialog(tmp_path / "vault", may_replace=False)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    file, cert = "/media/usb/hand/vault-backup-2026-12-05.vaultbackup", "DC-20261205-05D528FF98"
    report = RestoreReport(folder=str(tmp_path / "vault"), vault_id="v", backup_sha256="0" * 64,
                           backup_created="2026-12-05T12:52:00+00:00", backup_ledger_seq=3, restored_ledger_seq=3,
                           safety_copy=None, check="full", source=file,
                           reapplied=[{"destruction_id": cert, "reapplied": True}] if holds else [],
                           source_holds_destroyed=[cert] if holds else [])
    lines = dialog.summary(report)
    assert (said.format(file=file, cert=cert) in lines) is holds, lines
    assert not any("Purge the backups now" in line or "Purgar ahora" in line for line in lines) or holds
