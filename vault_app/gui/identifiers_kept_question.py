"""Settings' question before saving another clinician's name over the previous one's credentials,
license number, NPI or Tax ID (domain/practice.identifiers_kept). Found by a walker: a records
custodian who put their own name in the profile signed destruction certificates, and got a new
Emergency Kit, under the retired therapist's credentials and license. Asked, never refused: the
name may be right and the numbers the practice's own."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from vault_app.gui.confirm import confirm

# Each as Settings names its field (context SettingsDialog, translated there already).
FIELD_WORDS = {"credentials": QT_TRANSLATE_NOOP("SettingsDialog", "Credentials"),
               "license_number": QT_TRANSLATE_NOOP("SettingsDialog", "License number"),
               "npi": QT_TRANSLATE_NOOP("SettingsDialog", "NPI"),
               "tax_id": QT_TRANSLATE_NOOP("SettingsDialog", "Tax ID")}


def ask_identifiers_kept(parent: QWidget, before: str, after: str, fields_kept: tuple[str, ...],
                         save: Callable[[], None]) -> QMessageBox:
    """Save anyway, or go back to the form (the default: Enter and Escape keep what was typed)."""
    # Said whole in each translate() call: Qt's extractor (lupdate) finds only literal strings.
    title = QCoreApplication.translate("IdentifiersKept", "Another clinician's name?")
    question = QCoreApplication.translate(
        "IdentifiersKept", "Your name is now {after}, but these are still as saved with {before}'s name:")
    warning = QCoreApplication.translate(
        "IdentifiersKept", "Certificates, letters, superbills and the Emergency Kit print them with the new name. "
        "Put yours in their place, or empty them, before you save.")
    return confirm(parent, title, question.format(after=after, before=before),
                   [QCoreApplication.translate("SettingsDialog", str(FIELD_WORDS[name])) for name in fields_kept],
                   QCoreApplication.translate("IdentifiersKept", "Save anyway"), save, warnings=[warning])
