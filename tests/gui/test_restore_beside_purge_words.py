"""A restore BESIDE the vault from a file that still holds a chart destroyed since it was made:
that file is registered in neither vault, so Purge the backups now (which both restore dialogs
named) never reaches it. The words now send the therapist to the original vault's Purge a backup
file… and name the CLI's `--file` command, as the CLI's restore line does; a restore over the
vault keeps its words. English and Spanish."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from vault_app.gui import i18n
from vault_app.gui.restore_dialog import RestoreFromBackupDialog
from vault_app.services.backup_restore import RestoreReport

FILE, CERT = "/media/usb/hand/vault-backup-2026-12-05.vaultbackup", "DC-20261205-05D528FF98"
COMMAND = f"vault-app --vault {{original}} destruction purge-backups {CERT} --file {FILE}"


@pytest.fixture
def english_after() -> Iterator[None]:
    yield
    i18n.install("en")


@pytest.mark.parametrize(("language", "said", "old"), (
    ("en", "The backup restored from, {file}, still holds a chart destroyed since it was made (destroyed again "
           "here, not in that file). Purge the backups now does not reach it: open the vault this is a copy of, "
           "{original}, and choose Records > Destructions and certificates > Purge a backup file… (or run: "
           "{command}), or delete that file.", "(Purge the backups now), or delete"),
    ("es", "La copia desde la que se restauró, {file}, todavía contiene un expediente destruido después de hacerse "
           "(destruido de nuevo aquí, no en ese archivo). Purgar ahora las copias no llega a ella: abra la bóveda "
           "de la que esta es una copia, {original}, y elija Registros > Destrucciones y certificados > Purgar un "
           "archivo de copia… (o ejecute: {command}), o borre ese archivo.", "(Purgar ahora las copias), o borre"),
))
def test_beside_points_to_purge_a_backup_file(qtbot: object, tmp_path: Path, english_after: None, language: str,
                                              said: str, old: str) -> None:
    assert i18n.install(language) == language
    dialog = RestoreFromBackupDialog(tmp_path / "copy", may_replace=False)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    original = str(tmp_path / "vault")
    report = RestoreReport(folder=str(tmp_path / "copy"), vault_id="v", backup_sha256="0" * 64,
                           backup_created="2026-12-05T12:52:00+00:00", backup_ledger_seq=3, restored_ledger_seq=3,
                           safety_copy=None, check="full", source=FILE,
                           reapplied=[{"destruction_id": CERT, "reapplied": True}], source_holds_destroyed=[CERT],
                           copy_beside=original)
    lines = dialog.summary(report)
    command = COMMAND.format(original=original)
    assert said.format(file=FILE, original=original, command=command) in lines, lines
    assert not any(old in line for line in lines), lines
