"""A restore beside the vault that could not tell the vault of the copy (open in another window, its
keys replaced since the backup: services/restore_beside_record.py) says so in the restore's summary,
so the therapist knows a later destruction there will not name this copy. English and Spanish."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from vault_app.gui import i18n, restore_summary
from vault_app.services import restore_beside_record
from vault_app.services.backup_restore import RestoreReport

pytestmark = pytest.mark.gui
ORIGINAL = "/home/therapist/Vault"


@pytest.fixture
def english_after() -> Iterator[None]:
    yield
    i18n.install("en")


@pytest.mark.parametrize(("language", "why", "said"), (
    ("en", restore_beside_record.BUSY, "The vault in {0} could not be told of this copy: it is open in another "
                                       "window."),
    ("en", restore_beside_record.KEYS, "The vault in {0} could not be told of this copy: its keys were replaced "
                                       "since the backup."),
    ("es", restore_beside_record.BUSY, "No se pudo avisar a la bóveda en {0} de esta copia: está abierta en otra "
                                       "ventana."),
    # Its ledger not the one this computer last opened: nothing written into it (services/closed_vault_ledger.py).
    ("en", restore_beside_record.ROLLED_BACK, "The vault in {0} was not told of this copy: its record is not the one "
                                              "this computer last opened"),
    ("es", restore_beside_record.ROLLED_BACK, "No se avisó a la bóveda en {0} de esta copia: su registro no es el "
                                              "que esta computadora abrió por última vez"),
))
def test_the_summary_says_the_vault_was_not_told(qtbot: object, english_after: None, language: str, why: str,
                                                 said: str) -> None:
    assert i18n.install(language) == language
    report = RestoreReport("/media/usb/Copy", "vid", "0" * 64, "2026-12-01T10:00:00+00:00", 5, 7, None,
                           copy_beside=ORIGINAL, copy_beside_not_told=[ORIGINAL, why])
    out, _next = restore_summary.lines(report, None)
    (line,) = [x for x in out if ORIGINAL in x and ("told" in x or "avis" in x)]
    assert line.startswith(said.format(ORIGINAL)), line
