"""Settings and the first-run wizard in Spanish (VAULT_APP_LANGUAGE=es), and the offered
locales named in Spanish: by es.ts in the wizard (Babel must not be loaded before the key
derivation), by Babel in Settings (its worker may load it)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWizard

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from vault_app.domain import locale_choices
from vault_app.gui import i18n
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


@pytest.fixture
def spanish_first_run(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> Iterator[AppController]:
    """The first run started as a Spanish-speaking computer starts it; English again afterwards."""
    monkeypatch.setenv("VAULT_APP_LANGUAGE", "es")
    try:
        controller = request.getfixturevalue("fresh_app")
        assert isinstance(controller, AppController)
        yield controller
    finally:
        i18n.install("en")


def test_every_offered_locale_has_its_names_marked_for_translation() -> None:
    from vault_app.gui.create_wizard_locale import LOCALE_NAMES, locale_name

    for tag in locale_choices.PRACTICE_LOCALES:
        qt = QLocale(tag)
        assert QLocale.languageToString(qt.language()) in LOCALE_NAMES, tag
        assert QLocale.territoryToString(qt.territory()) in LOCALE_NAMES, tag
    assert locale_name("en_US") == "English (United States)"  # English as Qt names it, as before


def test_the_first_run_wizard_speaks_spanish(spanish_first_run: AppController, qtbot: object) -> None:
    wizard = spanish_first_run.wizard
    assert wizard is not None and wizard.isVisible()
    assert wizard.windowTitle() == "Crear su bóveda"
    assert wizard.location_page.title() == "Bienvenida"
    # What a screen reader says, too (these were plain English strings).
    assert wizard.location_page.folder_edit.accessibleName() == "Carpeta de la bóveda"
    assert wizard.kit_page.kept.accessibleName() == "He guardado mi Kit de emergencia"
    assert wizard.location_page.restore_button.text() == (
        "&Restaurar desde una copia de seguridad (una computadora nueva)…")
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    next_button.click()

    about = wizard.about_page
    assert about.title() == "Sobre usted"
    assert about.license_state.itemText(0) == "(sin indicar)"
    names = [about.locale_box.itemText(i) for i in range(about.locale_box.count())]
    assert names[0] == "Inglés (Estados Unidos)"
    assert "Español (Puerto Rico)" in names and "Neerlandés (Países Bajos)" in names
    assert about.locale_box.currentData() in locale_choices.PRACTICE_LOCALES  # the choice itself unchanged
    about.name.setText("Jordan Lee")
    next_button.click()

    page = wizard.passphrase_page
    assert page.title() == "Elija una frase de contraseña"
    page.first.setText("short")
    assert page.meter.label.text().startswith(
        "<b>Demasiado débil.</b> Hace falta una frase de contraseña más fuerte: Use al menos")
    page.first.setText(PASSPHRASE)
    page.second.setText(PASSPHRASE)
    assert page.match.text() == "Las frases de contraseña coinciden."
    next_button.click()
    wait_ops(qtbot)  # the keyring check: none in tests
    assert wizard.keyring_page.title() == "Una segunda protección"
    assert wizard.keyring_page.status.text().startswith("No se encontró un llavero utilizable")
    next_button.click()
    assert wizard.backup_page.title() == "Copias de seguridad"
    next_button.click()  # no backup folder
    create = wizard.create_page
    assert create.title() == "Crear la bóveda"
    assert wizard.button(QWizard.WizardButton.CommitButton).text().replace("&", "") == "Crear la bóveda"
    assert "Aún sin carpeta de copias de seguridad" in create.summary.text()


def test_settings_speak_spanish_and_name_the_locales_in_spanish(
    monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest, qtbot: object
) -> None:
    from tests.gui.conftest import unlock
    from vault_app.gui.settings_dialog import SettingsDialog

    monkeypatch.setenv("VAULT_APP_LANGUAGE", "es")
    try:
        controller = request.getfixturevalue("locked_app")
        window = unlock(controller, qtbot)
        dialog = window.open_settings()
        assert isinstance(dialog, SettingsDialog)
        wait_ops(qtbot)
        assert dialog.windowTitle() == "Ajustes"
        assert [dialog.pages.tabText(i) for i in range(dialog.pages.count())] == [
            "Bloqueo y apariencia", "Usted y su consulta"]
        assert [dialog.theme.itemText(i) for i in range(dialog.theme.count())] == [
            "Los del sistema", "Claros", "Oscuros"]
        assert dialog.quick_unlock.title() == "Desbloqueo rápido"
        assert dialog.retention.title().startswith("Conservación de los registros")
        assert dialog.profile["npi"].placeholderText() == "10 dígitos (se imprime en cada superbill)"
        us = dialog.locale_box.itemText(dialog.locale_box.findData("en_US"))
        assert us.startswith("Inglés (Estados Unidos): "), us
        dialog.reject()
    finally:
        i18n.install("en")


def test_the_names_in_the_wizard_are_those_settings_shows(qtbot: object) -> None:
    """The same words before and after the unlock: es.ts's names are Babel's."""
    from vault_app.gui.create_wizard_locale import locale_name

    assert i18n.install("es") == "es"
    try:
        for tag in locale_choices.PRACTICE_LOCALES:
            settings_name = locale_choices.choice_text(tag, "es").split(":")[0]
            assert locale_name(tag) == settings_name, tag
    finally:
        assert i18n.install("en") == "en"


def test_the_wizard_in_english_is_unchanged(fresh_app: AppController) -> None:
    wizard = fresh_app.wizard
    assert wizard is not None
    assert wizard.windowTitle() == "Create your vault"
    assert wizard.about_page.locale_box.itemText(0) == "English (United States)"


def test_a_computer_with_no_locale_proposes_a_spanish_one_to_spanish_screens(qtbot: object) -> None:
    """LANG=C (a fresh install, a container) used to propose "Inglés (Estados Unidos)": a
    Spanish therapist who kept it got 12/05/2026 on the Emergency Kit, read as 12 May."""
    from vault_app.gui.create_wizard_locale import example_date, locale_box

    assert i18n.install("es") == "es"
    try:
        spanish = locale_box("C", "es")
        assert spanish.currentData() == "es_US"
        assert spanish.currentText() == "Español (Estados Unidos)"
        assert example_date(str(spanish.currentData())) == "23/04/2026"
        assert locale_box("es_MX.UTF-8", "es").currentData() == "es_MX"  # the computer's own first
        assert locale_box("en_US.UTF-8", "es").currentData() == "en_US"
    finally:
        assert i18n.install("en") == "en"
    assert locale_box("C", "en").currentData() == "en_US"


def test_the_spanish_wizard_proposes_what_this_computer_and_its_screens_give(
    spanish_first_run: AppController,
) -> None:
    wizard = spanish_first_run.wizard
    assert wizard is not None
    proposed = wizard.about_page.locale_box.currentData()
    assert proposed == locale_choices.proposed(QLocale.system().name(), "es")
    if QLocale.system().language() == QLocale.Language.C:  # the test machines' LANG=C.UTF-8
        assert proposed == "es_US"
