"""One Spanish name for the practice's privacy contact: the letters said "nuestro Oficial de
Privacidad" while Settings offered "Responsable de privacidad" (found by the Spanish walker). The
name US Spanish notices of privacy practices use, "Oficial de Privacidad", is the one in the
letters, in Settings and in its tooltip."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from vault_app.domain.letters import words_for

pytestmark = pytest.mark.gui

TOOLTIP = ("Who clients contact about privacy, as the letters to them name it. Letters go in each client's "
           "letter language: left as offered, English letters say “Privacy Officer” and Spanish letters say it in "
           "Spanish; a contact you type is printed as you type it.")


def test_letters_settings_and_tooltip_say_one_name(qapp: object, spanish: None) -> None:
    offered = QCoreApplication.translate("SettingsDialog", "Privacy Officer")
    assert offered == "Oficial de Privacidad"
    letters = words_for("es")
    assert letters.default_contact == f"nuestro {offered}" and letters.privacy_officer == f"nuestro {offered}"
    tip = QCoreApplication.translate("SettingsDialog", TOOLTIP)
    assert f"«{offered}»" in tip, tip
