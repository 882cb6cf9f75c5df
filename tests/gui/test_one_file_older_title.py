"""The box that says one file of the vault is older than the others (put back alone, met by Back up now,
the backup at Quit or on lock, the notes' unlock) is titled as the unlock window says it, "One of this
vault's files is older", not "Vault rolled back" (the whole vault's words). Round 46, seen in the real
app: the words said only psychotherapy.db was old and not to restore first, under the whole vault's title.
A backup refused because the notes' file changed on disk while they were locked (it may be such a copy)
is titled for that file. Real refusals of the core, in English and Spanish."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from vault_app.domain.errors import LedgerRollback
from vault_app.gui import i18n
from vault_app.gui.background import show_error

pytestmark = pytest.mark.gui

ALONE = LedgerRollback("psychotherapy.db is older than the audit ledger, which recorded later changes to it.",
                       hint="Someone may have put back an older copy of psychotherapy.db.",
                       code="ledger.notes_rolled_back_alone", params={"file": "psychotherapy.db"})
CHANGED = LedgerRollback("psychotherapy.db changed on disk while the vault was open.", hint="Unlock the notes.",
                         code="backup.psychotherapy_changed")
WHOLE = LedgerRollback("The vault is older than this computer last saw.", code="ledger.keyring_rolled_back")


def _title(qtbot: Any, exc: LedgerRollback) -> str:
    box = show_error(None, exc)
    qtbot.addWidget(box)
    assert isinstance(box, QMessageBox)
    title = box.windowTitle()
    box.close()
    return title


@pytest.mark.parametrize(("language", "alone", "changed", "whole"), [
    ("en", "One of this vault's files is older", "The psychotherapy notes' file changed", "Vault rolled back"),
    ("es", "Uno de los archivos de esta bóveda es más antiguo", "El archivo de las notas de psicoterapia cambió",
     "Bóveda devuelta a un estado anterior"),
])
def test_one_file_older_is_titled_as_the_unlock_says_it(
        qtbot: Any, language: str, alone: str, changed: str, whole: str) -> None:
    assert i18n.install(language) == language
    try:
        assert _title(qtbot, ALONE) == alone
        assert _title(qtbot, CHANGED) == changed
        assert _title(qtbot, WHOLE) == whole  # the whole vault older keeps its title
    finally:
        i18n.install("en")
