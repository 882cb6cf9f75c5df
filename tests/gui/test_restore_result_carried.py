"""The restore's result page says what the replaced vault's ledger held beyond the backup (by kind,
never content), the disclosures carried over, and where the rest is; in English and in Spanish.
Found by a walker: the summary said nothing of a court-order disclosure the restore dropped."""

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


SAFETY = "/home/t/vault-before-restore-20261205-214825"


@pytest.mark.parametrize(("language", "held", "carried", "rest"), (
    ("en", "The ledger of the vault it replaced held, beyond this backup: 1 disclosure, 1 signed note or amendment, "
           "3 other record entries.",
     "Carried into the restored vault, for the accounting of disclosures: 1 disclosure.",
     f"the safety copy in {SAFETY} holds that ledger and those files."),
    ("es", "El registro de la bóveda sustituida tenía, después de esta copia de seguridad: 1 divulgación, "
           "1 nota firmada o enmienda, 3 otras entradas de los registros.",
     "Trasladada a la bóveda restaurada, para la rendición de cuentas de divulgaciones: 1 divulgación.",
     f"la copia de resguardo en {SAFETY} guarda ese registro y esos archivos."),
))
def test_the_result_page_says_what_was_beyond_the_backup(
        qtbot: object, tmp_path: Path, english_after: None, language: str, held: str, carried: str,
        rest: str) -> None:
    assert i18n.install(language) == language
    dialog = RestoreFromBackupDialog(tmp_path / "vault", may_replace=True)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    report = RestoreReport(folder=str(tmp_path / "vault"), vault_id="v", backup_sha256="0" * 64,
                           backup_created="2026-12-05T12:52:00+00:00", backup_ledger_seq=3, restored_ledger_seq=3,
                           safety_copy=SAFETY, check="full", replaced_ledger={
                               "read": True, "problem": "", "disclosures_carried": 1, "safety_copy": SAFETY,
                               "beyond": {"disclosures": 1, "signed_notes": 1, "other": 3}})
    lines = dialog.summary(report)
    assert held in lines and carried in lines, lines
    assert any(line.endswith(rest) for line in lines), lines
    report.replaced_ledger = {"read": False, "problem": "entry 9", "disclosures_carried": 0, "safety_copy": SAFETY,
                              "beyond": {}}
    lines = dialog.summary(report)
    assert not any(held[:20] in line for line in lines) and any(SAFETY in line for line in lines)


@pytest.mark.parametrize(("language", "written_after", "housekeeping"), (
    ("en", "Anything written after {0} is not in this backup.",
     "The ledger of the vault it replaced held, beyond this backup: 4 housekeeping entries (backups, unlocks, "
     "checks)."),
    ("es", "Lo que se escribió después del {0} no está en esta copia.",
     "El registro de la bóveda sustituida tenía, después de esta copia de seguridad: 4 entradas de mantenimiento "
     "(copias, desbloqueos, comprobaciones)."),
))
def test_the_result_says_what_the_backup_did_not_hold_and_housekeeping_is_no_record(
        qtbot: object, tmp_path: Path, english_after: None, language: str, written_after: str,
        housekeeping: str) -> None:
    """Found by a walker (an in-place restore): only 4 ledger housekeeping entries were newer, and
    the result said "signed notes and other records were in the files the backup replaced"; nor
    did it say anything written after the backup's time is not in it."""
    from vault_app.gui.dates import show_moment

    assert i18n.install(language) == language
    dialog = RestoreFromBackupDialog(tmp_path / "vault", may_replace=True)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    made = "2026-12-05T12:52:00+00:00"
    report = RestoreReport(folder=str(tmp_path / "vault"), vault_id="v", backup_sha256="0" * 64,
                           backup_created=made, backup_ledger_seq=3, restored_ledger_seq=3,
                           safety_copy=SAFETY, check="full", replaced_ledger={
                               "read": True, "problem": "", "disclosures_carried": 0, "safety_copy": SAFETY,
                               "beyond": {"housekeeping": 4}})
    lines = dialog.summary(report)
    assert written_after.format(show_moment(made)) in lines, lines
    assert housekeeping in lines, lines
    assert not any(SAFETY in line and "{0}" not in line and line.startswith(("The rest", "El resto"))
                   for line in lines), lines
