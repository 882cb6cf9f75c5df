"""The first-run wizard's choice of the practice's conventions (dates, money): the offered
locales named in the screens' language and a date written as the chosen one writes it.

Qt names them, not Babel: Babel is loaded after the KDF (see domain/locale_format.py), which
runs on the wizard's next page but one."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QComboBox

from vault_app.domain import locale_choices
from vault_app.gui.i18n import QT_TRANSLATE_NOOP

# Qt's English names of the offered locales' languages and countries, marked so that es.ts
# can say them (Qt names a locale only in English or in its own language). The Spanish is
# Babel's, as Settings shows it once Babel may be loaded (tests/gui/test_spanish_settings.py).
LOCALE_NAMES = (
    QT_TRANSLATE_NOOP("AboutYouPage", "English"), QT_TRANSLATE_NOOP("AboutYouPage", "Spanish"),
    QT_TRANSLATE_NOOP("AboutYouPage", "French"), QT_TRANSLATE_NOOP("AboutYouPage", "German"),
    QT_TRANSLATE_NOOP("AboutYouPage", "Italian"), QT_TRANSLATE_NOOP("AboutYouPage", "Dutch"),
    QT_TRANSLATE_NOOP("AboutYouPage", "Portuguese"), QT_TRANSLATE_NOOP("AboutYouPage", "United States"),
    QT_TRANSLATE_NOOP("AboutYouPage", "Puerto Rico"), QT_TRANSLATE_NOOP("AboutYouPage", "Canada"),
    QT_TRANSLATE_NOOP("AboutYouPage", "Mexico"), QT_TRANSLATE_NOOP("AboutYouPage", "United Kingdom"),
    QT_TRANSLATE_NOOP("AboutYouPage", "Ireland"), QT_TRANSLATE_NOOP("AboutYouPage", "Australia"),
    QT_TRANSLATE_NOOP("AboutYouPage", "New Zealand"), QT_TRANSLATE_NOOP("AboutYouPage", "Spain"),
    QT_TRANSLATE_NOOP("AboutYouPage", "France"), QT_TRANSLATE_NOOP("AboutYouPage", "Germany"),
    QT_TRANSLATE_NOOP("AboutYouPage", "Austria"), QT_TRANSLATE_NOOP("AboutYouPage", "Switzerland"),
    QT_TRANSLATE_NOOP("AboutYouPage", "Italy"), QT_TRANSLATE_NOOP("AboutYouPage", "Netherlands"),
    QT_TRANSLATE_NOOP("AboutYouPage", "Brazil"), QT_TRANSLATE_NOOP("AboutYouPage", "Portugal"),
)


def locale_name(tag: str) -> str:
    """"English (United States)", in the screens' language where es.ts has the names."""
    qt = QLocale(tag)
    language = QCoreApplication.translate("AboutYouPage", QLocale.languageToString(qt.language()))
    country = QCoreApplication.translate("AboutYouPage", QLocale.territoryToString(qt.territory()))
    return f"{language} ({country})"


def example_date(tag: str) -> str:
    """April 23, 2026 as the practice `tag` will write every date: the order of day and month
    is what a therapist types by. From Qt's CLDR pattern, not Babel's (not yet loaded here;
    tests/gui/test_wizard_date_example.py holds the two the same for every offered locale)."""
    pattern = QLocale(tag).dateFormat(QLocale.FormatType.ShortFormat)
    pattern = re.sub(r"y+", "yyyy", pattern)
    pattern = re.sub(r"(?<!M)M(?!M)", "MM", pattern)
    return QDate(2026, 4, 23).toString(re.sub(r"(?<!d)d(?!d)", "dd", pattern))


def locale_box(system: str, screen_language: str) -> QComboBox:
    """The practice's date and money conventions, this computer's proposed when offered, else
    one in its language or the screens' (domain/locale_choices.proposed). Named by Qt, not
    Babel: Babel is loaded after the KDF (see domain/locale_format.py), and the KDF runs on the
    next page but one; Settings shows each with an example date and amount."""
    box = QComboBox()
    for tag in locale_choices.PRACTICE_LOCALES:
        box.addItem(locale_name(tag), tag)
    box.setCurrentIndex(max(0, box.findData(locale_choices.proposed(system, screen_language))))
    return box


__all__ = ["LOCALE_NAMES", "example_date", "locale_box", "locale_name"]
