"""Where the therapist makes a document the app writes in English only (the superbill, the
statement, the request letters), a Spanish screen says so. Found by a walker on Spanish
screens: the account screen warned only that dates and money would be in US form, and the
documents for a Spanish-speaking client came out in English without a word."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui import i18n
from vault_app.gui.account_dialog import AccountDialog
from vault_app.gui.controller import AppController
from vault_app.gui.request_letter_save import LetterSaveDialog
from vault_app.services import requests

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(("language", "said"), [
    # The statement follows the client's letter language (walker, round 44: said English over a Spanish one).
    ("es", "El superbill se hace en inglés (lo lee el plan de salud); el estado de cuenta, en el idioma de las "
           "cartas del cliente (se elige en los datos del cliente)."),
    ("en", ""),
])
def test_the_account_screen_says_its_documents_are_in_english(unlocked_app: AppController, qtbot, language: str,
                                                              said: str) -> None:
    window = unlocked_app.main_window
    assert window is not None
    client_id = add_client(unlocked_app, qtbot, name="Iria Ingles")
    assert i18n.install(language) == language
    try:
        dialog = AccountDialog(unlocked_app, client_id, chart_number="1", parent=window)
        qtbot.addWidget(dialog)
        dialog.show()
        wait_ops(qtbot)
        for kind in ("superbill", "statement"):  # one English page, one in the letters' language
            dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
            assert dialog.in_english.text() == said
            assert dialog.in_english.isVisible() is bool(said)
        dialog.close()
        wait_ops(qtbot)
    finally:
        i18n.install("en")


@pytest.mark.parametrize(("language", "said"), [
    # Since the letters are written in the client's letter language: each prints as it was written.
    ("es", "Cada carta se guarda tal como se escribió: en inglés, o en español si en los datos del cliente sus "
           "cartas están en español."),
    ("en", ""),
])
def test_the_letters_say_they_are_in_english(unlocked_app: AppController, qtbot, language: str, said: str) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(1))
    assert i18n.install(language) == language
    try:
        dialog = LetterSaveDialog(unlocked_app, q.id, [])
        qtbot.addWidget(dialog)
        dialog.show()
        wait_ops(qtbot)
        assert dialog.in_english.text() == said
        assert dialog.in_english.isVisible() is bool(said)
        dialog.close()
        wait_ops(qtbot)
    finally:
        i18n.install("en")


@pytest.mark.parametrize(("language", "said"), [
    ("es", "La copia de los registros se hace en inglés: la aplicación aún no puede hacerla en español."),
    ("en", ""),
])
def test_the_access_copy_says_it_is_in_english(unlocked_app: AppController, qtbot, language: str,
                                               said: str) -> None:
    from vault_app.gui.access_copy_dialog import AccessCopyDialog

    vault = unlocked_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(1))
    assert i18n.install(language) == language
    try:
        dialog = AccessCopyDialog(unlocked_app, q.id)
        qtbot.addWidget(dialog)
        dialog.show()
        wait_ops(qtbot)
        assert dialog.in_english.text() == said
        assert dialog.in_english.isVisible() is bool(said)
        dialog.close()
        wait_ops(qtbot)
    finally:
        i18n.install("en")


@pytest.mark.parametrize(("language", "said"), [
    ("es", "El PDF se hace en inglés (sus títulos y avisos; las notas van tal como se escribieron): la "
           "aplicación aún no puede hacerlo en español."),
    ("en", ""),
])
def test_the_export_says_its_pdf_is_in_english(unlocked_app: AppController, qtbot, language: str,
                                               said: str) -> None:
    """Export or disclose, on its password and file page: a Spanish-speaking practice sent a disclosure
    PDF (to its client, or a Spanish-speaking psychiatrist) and only the PDF said it was English
    (walker wes, round 37)."""
    from vault_app.gui.export_wizard import ExportWizard

    window = unlocked_app.main_window
    assert window is not None
    client_id = add_client(unlocked_app, qtbot, name="Iria Ingles")
    assert i18n.install(language) == language
    try:
        wizard = ExportWizard(unlocked_app, client_id, parent=window)
        qtbot.addWidget(wizard)
        assert wizard.save_page.in_english.text() == said
        assert wizard.save_page.in_english.isHidden() is not bool(said)
        wizard.close()
        wait_ops(qtbot)
    finally:
        i18n.install("en")


@pytest.mark.parametrize(("language", "said"), [
    ("es", "El registro de divulgaciones se hace en inglés: la aplicación aún no puede hacerlo en español."),
    ("en", ""),
])
def test_the_accounting_says_it_is_in_english(unlocked_app: AppController, qtbot, language: str,
                                              said: str) -> None:
    """The accounting of disclosures goes to the client (164.528): on Spanish screens nothing said its
    PDF was English (walker wes, round 37)."""
    from vault_app.gui.accounting_dialog import AccountingDialog

    window = unlocked_app.main_window
    assert window is not None
    client_id = add_client(unlocked_app, qtbot, name="Iria Ingles")
    assert i18n.install(language) == language
    try:
        dialog = AccountingDialog(unlocked_app, client_id, window)
        qtbot.addWidget(dialog)
        dialog.show()
        wait_ops(qtbot)
        assert dialog.in_english.text() == said
        assert dialog.in_english.isVisible() is bool(said)
        dialog.close()
        wait_ops(qtbot)
    finally:
        i18n.install("en")


@pytest.mark.parametrize(("language", "said"), [
    ("es", "El PDF se hace en inglés (sus títulos y avisos; las notas van tal como se escribieron): la "
           "aplicación aún no puede hacerlo en español."),
    ("en", ""),
])
def test_the_complete_open_export_says_its_pdf_is_in_english(unlocked_app: AppController, qtbot, language: str,
                                                              said: str) -> None:
    """Clients > Complete open export: its PDF is the disclosure's English page, and said nothing of
    it on Spanish screens while the export wizard did (walker wes, round 37, F10)."""
    from vault_app.gui.open_export_dialog import OpenExportDialog

    window = unlocked_app.main_window
    assert window is not None
    client_id = add_client(unlocked_app, qtbot, name="Iria Ingles")
    assert i18n.install(language) == language
    try:
        dialog = OpenExportDialog(unlocked_app, client_id, parent=window)
        qtbot.addWidget(dialog)
        dialog.show()
        wait_ops(qtbot)
        words = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible() and label.text()]
        assert (said in words) is bool(said), words
        assert not any("inglés" in w or "made in English" in w for w in words) or said, words
        dialog.close()
        wait_ops(qtbot)
    finally:
        i18n.install("en")


def _deny_window(qtbot):  # type: ignore[no-untyped-def]
    from vault_app.gui.request_denial_dialog import DenialDialog
    from vault_app.gui.request_grounds import denial_choices

    dialog = DenialDialog(denial_choices("access", True))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_deny_window_says_the_letter_is_english_before_its_words_are_typed(
        qtbot, spanish: None) -> None:  # type: ignore[no-untyped-def]
    """Walker wspanish, round 39: the Deny window's examples were Spanish, the therapist typed what is
    denied and what is released in Spanish, and the client's English letter read "We are giving you
    access to: las notas de evolución…". The window where the words are typed says the letter is
    English and takes them as typed, and its examples ask for English."""
    dialog = _deny_window(qtbot)
    assert dialog.in_english.isVisible()
    assert dialog.in_english.text() == ("La carta se escribe en inglés y lleva lo que escriba aquí tal como lo "
                                        "escriba: escríbalo en inglés. La aplicación aún no puede hacer la carta "
                                        "en español.")
    for field in (dialog.denied, dialog.granted):
        assert field.placeholderText().startswith("en inglés"), field.placeholderText()


def test_the_deny_window_says_nothing_of_the_language_on_english_screens(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _deny_window(qtbot)
    assert not dialog.in_english.isVisible() and dialog.in_english.text() == ""
    assert dialog.denied.placeholderText() == "e.g. the notes naming the client's brother"


def test_the_purpose_typed_for_an_english_pdf_is_asked_in_english(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The Purpose goes into the English PDF and the accounting of disclosures as typed; its Spanish
    examples («continuidad asistencial», Spain's term, and «a petición del interesado») drew Spanish
    into them: "Purpose: traspaso de la atención" (walker wspanish, round 39)."""
    from vault_app.gui.open_export_dialog import OpenExportDialog

    window = unlocked_app.main_window
    assert window is not None
    client_id = add_client(unlocked_app, qtbot, name="Iria Ingles")
    assert i18n.install("es") == "es"
    try:
        dialog = OpenExportDialog(unlocked_app, client_id, parent=window)
        qtbot.addWidget(dialog)
        dialog.show()
        wait_ops(qtbot)
        assert dialog.purpose.placeholderText().startswith("en inglés"), dialog.purpose.placeholderText()
        wizard = window.chart.start_export()
        wait_ops(qtbot)
        purpose = wizard.what_page.purpose.placeholderText()
        assert purpose.startswith("en inglés") and "continuidad asistencial" not in purpose, purpose
        for shown in (dialog, wizard):
            shown.close()
        wait_ops(qtbot)
    finally:
        i18n.install("en")
