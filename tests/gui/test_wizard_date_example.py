"""Set-up says how the chosen practice writes a date, found on Xvfb (explore round).

A Spanish-speaking US therapist chose "Español (Estados Unidos)" on the first-run "About you"
page for its language. CLDR writes es_US day first (23/04/2026), and nothing on the page said
so: the first birth date typed the US way, 02/03/1980, was stored as March 2, 1980 without a
word (07/22/1985 garbled into 07/02/2198). The page now says how a date will read, for the
locale chosen, before the vault is made.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWizard

from vault_app.domain import locale_choices, locale_format
from vault_app.gui.controller import AppController
from vault_app.gui.create_wizard_locale import example_date

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("tag", locale_choices.PRACTICE_LOCALES)
def test_the_example_is_the_date_the_app_will_write(tag: str) -> None:
    """Qt's pattern (the wizard's, before Babel is loaded) and Babel's (every screen's after)."""
    assert example_date(tag) == locale_format.date_text(locale_choices.EXAMPLE_DAY, tag)


def test_the_about_page_says_the_order_of_day_and_month(fresh_app: AppController) -> None:
    wizard = fresh_app.wizard
    assert wizard is not None
    wizard.button(QWizard.WizardButton.NextButton).click()
    about = wizard.about_page
    assert wizard.currentPage() is about
    about.locale_box.setCurrentIndex(about.locale_box.findData("en_US"))
    assert about.date_example.isVisible()
    assert "04/23/2026" in about.date_example.text()
    about.locale_box.setCurrentIndex(about.locale_box.findData("es_US"))
    assert "23/04/2026" in about.date_example.text()  # said as soon as it is chosen


def test_the_example_in_spanish(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    from vault_app.gui import i18n

    monkeypatch.setenv("VAULT_APP_LANGUAGE", "es")  # as tests/gui/test_spanish_settings.py starts it
    try:
        wizard = request.getfixturevalue("fresh_app").wizard
        _say_the_spanish_example(wizard)
    finally:
        i18n.install("en")


def _say_the_spanish_example(wizard: QWizard | None) -> None:
    assert wizard is not None
    wizard.button(QWizard.WizardButton.NextButton).click()
    about = wizard.about_page
    about.locale_box.setCurrentIndex(about.locale_box.findData("es_US"))
    assert about.date_example.text() == "Las fechas se escriben 23/04/2026 (23 de abril de 2026)."
