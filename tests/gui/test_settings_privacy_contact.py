"""The practice's privacy contact, offered in the screen's language until the therapist types
one. A default left as offered is kept as "Privacy Officer", which each letter says in the
client's letter language (domain/letters: "our Privacy Officer", its Spanish in a Spanish letter);
what the therapist types is kept and printed as typed. The tooltip says so (it said the letters
were all in English)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.gui.conftest import wait_ops
from vault_app.domain.practice import DEFAULT_PRIVACY_CONTACT
from vault_app.gui.controller import AppController
from vault_app.gui.settings_dialog import SettingsDialog
from vault_app.services import practice

pytestmark = pytest.mark.gui


def _open(app: AppController, qtbot: Any) -> SettingsDialog:
    window = app.main_window
    assert window is not None
    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    wait_ops(qtbot)
    return dialog


def _save(dialog: SettingsDialog, qtbot: Any) -> None:
    dialog.save()
    wait_ops(qtbot)
    assert not dialog.isVisible(), dialog.message.text()


def test_spanish_offers_it_in_spanish_and_keeps_the_english_default(
        unlocked_app: AppController, qtbot: Any, spanish: None) -> None:
    vault = unlocked_app.vault
    assert vault is not None and practice.load(vault).privacy_contact == DEFAULT_PRIVACY_CONTACT
    dialog = _open(unlocked_app, qtbot)
    contact = dialog.profile["privacy_contact"]
    assert contact.text() == "Oficial de Privacidad"  # as the Spanish letters name it (test_privacy_officer_one_term)
    # Each client's letters go in that client's letter language (domain/letter_language), not all in English.
    tip = contact.toolTip()
    assert "idioma de cartas de cada cliente" in tip and "«Privacy Officer»" in tip and "inglés" in tip
    assert "Las cartas están en inglés" not in tip
    dialog.profile["phone"].setText("555-0100")  # another field changed: the contact left as offered
    _save(dialog, qtbot)
    profile = practice.load(vault)
    assert (profile.privacy_contact, profile.phone) == ("Privacy Officer", "555-0100")
    again = _open(unlocked_app, qtbot)
    assert again.profile["privacy_contact"].text() == "Oficial de Privacidad"  # offered again, still default
    again.reject()


def test_what_the_therapist_types_is_kept_as_typed(
        unlocked_app: AppController, qtbot: Any, spanish: None) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    dialog = _open(unlocked_app, qtbot)
    contact = dialog.profile["privacy_contact"]
    contact.selectAll()
    qtbot.keyClicks(contact, "Dra. Ana Ruiz")
    _save(dialog, qtbot)
    assert practice.load(vault).privacy_contact == "Dra. Ana Ruiz"
    dialog = _open(unlocked_app, qtbot)
    contact = dialog.profile["privacy_contact"]
    assert contact.text() == "Dra. Ana Ruiz"
    # Typed out in Spanish, the very words offered: typed, so kept as typed.
    contact.selectAll()
    qtbot.keyClicks(contact, "Oficial de Privacidad")
    _save(dialog, qtbot)
    assert practice.load(vault).privacy_contact == "Oficial de Privacidad"
    shown = _open(unlocked_app, qtbot)
    assert shown.profile["privacy_contact"].text() == "Oficial de Privacidad"
    shown.reject()


def test_in_english_the_default_reads_and_stays_as_it_is(unlocked_app: AppController, qtbot: Any) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    dialog = _open(unlocked_app, qtbot)
    assert dialog.profile["privacy_contact"].text() == "Privacy Officer"
    _save(dialog, qtbot)
    assert practice.load(vault).privacy_contact == DEFAULT_PRIVACY_CONTACT


def test_a_contact_set_before_the_form_opened_is_shown_as_stored(
        unlocked_app: AppController, qtbot: Any, spanish: None) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    practice.update(vault, privacy_contact="Compliance Desk")
    dialog = _open(unlocked_app, qtbot)
    assert dialog.profile["privacy_contact"].text() == "Compliance Desk"
    _save(dialog, qtbot)
    assert practice.load(vault).privacy_contact == "Compliance Desk"
