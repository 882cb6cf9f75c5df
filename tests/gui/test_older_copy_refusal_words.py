"""The older copy's refusal of a disclosure (services/older_copy_refusal.py) and a backup file
replaced while it was read (services/backup_archive.beside_checksum) are said in the screen's
language, each with its next step: the export wizard and the Backups window show them."""

from __future__ import annotations

import pytest

from vault_app.domain.errors import EnvironmentProblem, RefusedByPolicy
from vault_app.gui.refusal_words import refusal_words

pytestmark = pytest.mark.gui

# The core's English stands for itself in English (gui/refusal_words.py); the words here are the
# translators' source, read in Spanish.
OLDER = RefusedByPolicy("Disclosure refused: this vault is older …", hint="Restore … (vault-app backup restore …)",
                        code="disclosure.older_copy", params={"folder": "/media/usb"})
SWAPPED = EnvironmentProblem("The backup file … was replaced …", hint="Choose it again …",
                             code="backup.replaced_while_read", params={"file": "vault-backup-2026-12-06.vaultbackup"})


def test_in_spanish(qapp: object, spanish: None) -> None:
    said, hint = refusal_words(OLDER)
    assert said.startswith("Divulgación rechazada: esta bóveda es más antigua que la copia de seguridad más "
                           "reciente de /media/usb.")
    assert hint.startswith("Restaure primero la copia de seguridad más reciente sobre esta bóveda (Bóveda > Copias")
    said, hint = refusal_words(SWAPPED)
    assert said.startswith("La copia de seguridad vault-backup-2026-12-06.vaultbackup fue sustituida por otro archivo")
    assert hint.startswith("Vuelva a elegirlo")
