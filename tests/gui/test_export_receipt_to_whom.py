"""The export's receipt says to whom the records went and for what (found by the round-44 walker,
screenshots 45 and 73: the receipt read "Disclosure id / Ledger entry: 63 / File / SHA-256: 07c4…"
then "1 progress note (10/21/2026)", never naming the recipient or the purpose typed on the first
page, nor reminding that the password goes separately), with its audit details named for a
clinician, and its number in the Disclosures tab's word ("Disclosure number", not "Disclosure id",
round 46). Real vault, real gate, real PDF, real widgets; English and Spanish screens."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

from tests.gui.conftest import unlock, wait_ops
from tests.gui.test_export_and_lock import _chart_with_signed_note
from tests.gui.test_export_wizard_walk import _to_save_page
from tests.gui.test_window_mnemonics import language  # noqa: F401  (the fixture: en, then es)
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui

PASSWORD = "send-by-phone-42"

SAID = {
    "en": ("Disclosure number: <b>D-", "To: <b>Dr. Receiving Psychiatrist</b>",
           "For: continuity of care",
           "Give the PDF password to the recipient separately",
           "Audit ledger entry:", "File fingerprint (SHA-256):"),
    "es": ("Número de la divulgación: <b>D-", "Para: <b>Dr. Receiving Psychiatrist</b>",
           "Finalidad: continuity of care",
           "Dé la contraseña del PDF al destinatario por separado",
           "Entrada del registro de auditoría:", "Huella del archivo (SHA-256):"),
}


def test_the_receipt_names_the_recipient_and_the_purpose(language: str, locked_app: AppController,  # noqa: F811
                                                         qtbot, tmp_path: Path) -> None:
    unlock(locked_app, qtbot)
    client_id = _chart_with_signed_note(locked_app, qtbot)
    wizard = _to_save_page(locked_app, qtbot, client_id)
    save = wizard.save_page
    save.path.setText(str(tmp_path / "to-the-psychiatrist.pdf"))
    save.password.setText(PASSWORD)
    save.confirm.setText(PASSWORD)
    assert save.isComplete()
    wizard.button(QWizard.WizardButton.CommitButton).click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.receipt_page, timeout=30_000)
    text = wizard.receipt_page.text.text()
    for words in SAID[language]:
        assert words in text, (words, text)
    result = save.result
    assert result is not None
    assert result.disclosure_id in text and result.sha256 in text and str(result.ledger_seq) in text
    # Bare engineer labels are gone from the receipt.
    assert "<br>Ledger entry:" not in text and "<br>SHA-256:" not in text
    assert PASSWORD not in text
    # A treatment disclosure is not in the accounting (45 CFR 164.528(a)(1)(i)), said plainly: it
    # read "It is not one the client's accounting of disclosures lists".
    plain = {"en": "It does not go in the client's accounting of disclosures",
             "es": "No figura en el registro de divulgaciones del cliente"}[language]
    assert plain in text and "not one the client's" not in text, text
    wizard.accept()
    wait_ops(qtbot)
