"""The restore's result page says plainly when only the backup's own record of destructions was
read (a new machine, no newer copy of the vault): destructions made after it are unknown, a chart
destroyed since may be back, and what to do. Found by a walker: an old backup restored on a new
machine brought a destroyed chart back with only "Destructions re-applied: 0 (of 0 known)"."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from vault_app.gui import i18n
from vault_app.gui.dates import show_moment
from vault_app.gui.restore_dialog import RestoreFromBackupDialog
from vault_app.services.backup_restore import RestoreReport

pytestmark = pytest.mark.gui
MADE = "2026-11-05T12:52:00+00:00"


@pytest.fixture
def english_after() -> Iterator[None]:
    yield
    i18n.install("en")


@pytest.mark.parametrize(("language", "said"), (
    ("en", "Destructions made after this backup are unknown here: only the backup's own record was read, so a "
           "chart destroyed since {made} may be back."),
    ("es", "Las destrucciones hechas después de esta copia de seguridad no se conocen aquí: solo se leyó el registro "
           "de la propia copia, así que un expediente destruido desde el {made} puede haber vuelto."),
))
@pytest.mark.parametrize("sources", [[], ["/home/me/vault"]])
def test_the_result_page_says_destructions_since_are_unknown(
        qtbot: object, tmp_path: Path, english_after: None, language: str, said: str, sources: list[str]) -> None:
    assert i18n.install(language) == language
    dialog = RestoreFromBackupDialog(tmp_path / "vault", may_replace=False)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    report = RestoreReport(folder=str(tmp_path / "vault"), vault_id="v", backup_sha256="0" * 64,
                           backup_created=MADE, backup_ledger_seq=3, restored_ledger_seq=3, safety_copy=None,
                           check="full", destruction_sources=sources)
    text = "\n".join(dialog.summary(report))
    assert (said.format(made=show_moment(MADE)) in text) is (not sources), text
    assert ("destruction certificates" in text or "certificados de destrucción" in text) is (not sources), text
    assert "--newer-ledger" not in text  # no command on a screen (test_no_command_words)
