"""The license states' names (domain/us_states.py) in the screen's language: a Spanish screen
listed "North Carolina", "New York", "American Samoa" in English (found in the real app). What is
saved stays the two letters; the English here repeats the domain's for pyside6-lupdate
(tests/gui/test_state_words.py)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from vault_app.domain.us_states import LICENSE_STATE_NAMES
from vault_app.gui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "StateWords"

NAMES: Mapping[str, str] = {
    "AL": QT_TRANSLATE_NOOP("StateWords", "Alabama"),
    "AK": QT_TRANSLATE_NOOP("StateWords", "Alaska"),
    "AZ": QT_TRANSLATE_NOOP("StateWords", "Arizona"),
    "AR": QT_TRANSLATE_NOOP("StateWords", "Arkansas"),
    "CA": QT_TRANSLATE_NOOP("StateWords", "California"),
    "CO": QT_TRANSLATE_NOOP("StateWords", "Colorado"),
    "CT": QT_TRANSLATE_NOOP("StateWords", "Connecticut"),
    "DE": QT_TRANSLATE_NOOP("StateWords", "Delaware"),
    "FL": QT_TRANSLATE_NOOP("StateWords", "Florida"),
    "GA": QT_TRANSLATE_NOOP("StateWords", "Georgia"),
    "HI": QT_TRANSLATE_NOOP("StateWords", "Hawaii"),
    "ID": QT_TRANSLATE_NOOP("StateWords", "Idaho"),
    "IL": QT_TRANSLATE_NOOP("StateWords", "Illinois"),
    "IN": QT_TRANSLATE_NOOP("StateWords", "Indiana"),
    "IA": QT_TRANSLATE_NOOP("StateWords", "Iowa"),
    "KS": QT_TRANSLATE_NOOP("StateWords", "Kansas"),
    "KY": QT_TRANSLATE_NOOP("StateWords", "Kentucky"),
    "LA": QT_TRANSLATE_NOOP("StateWords", "Louisiana"),
    "ME": QT_TRANSLATE_NOOP("StateWords", "Maine"),
    "MD": QT_TRANSLATE_NOOP("StateWords", "Maryland"),
    "MA": QT_TRANSLATE_NOOP("StateWords", "Massachusetts"),
    "MI": QT_TRANSLATE_NOOP("StateWords", "Michigan"),
    "MN": QT_TRANSLATE_NOOP("StateWords", "Minnesota"),
    "MS": QT_TRANSLATE_NOOP("StateWords", "Mississippi"),
    "MO": QT_TRANSLATE_NOOP("StateWords", "Missouri"),
    "MT": QT_TRANSLATE_NOOP("StateWords", "Montana"),
    "NE": QT_TRANSLATE_NOOP("StateWords", "Nebraska"),
    "NV": QT_TRANSLATE_NOOP("StateWords", "Nevada"),
    "NH": QT_TRANSLATE_NOOP("StateWords", "New Hampshire"),
    "NJ": QT_TRANSLATE_NOOP("StateWords", "New Jersey"),
    "NM": QT_TRANSLATE_NOOP("StateWords", "New Mexico"),
    "NY": QT_TRANSLATE_NOOP("StateWords", "New York"),
    "NC": QT_TRANSLATE_NOOP("StateWords", "North Carolina"),
    "ND": QT_TRANSLATE_NOOP("StateWords", "North Dakota"),
    "OH": QT_TRANSLATE_NOOP("StateWords", "Ohio"),
    "OK": QT_TRANSLATE_NOOP("StateWords", "Oklahoma"),
    "OR": QT_TRANSLATE_NOOP("StateWords", "Oregon"),
    "PA": QT_TRANSLATE_NOOP("StateWords", "Pennsylvania"),
    "RI": QT_TRANSLATE_NOOP("StateWords", "Rhode Island"),
    "SC": QT_TRANSLATE_NOOP("StateWords", "South Carolina"),
    "SD": QT_TRANSLATE_NOOP("StateWords", "South Dakota"),
    "TN": QT_TRANSLATE_NOOP("StateWords", "Tennessee"),
    "TX": QT_TRANSLATE_NOOP("StateWords", "Texas"),
    "UT": QT_TRANSLATE_NOOP("StateWords", "Utah"),
    "VT": QT_TRANSLATE_NOOP("StateWords", "Vermont"),
    "VA": QT_TRANSLATE_NOOP("StateWords", "Virginia"),
    "WA": QT_TRANSLATE_NOOP("StateWords", "Washington"),
    "WV": QT_TRANSLATE_NOOP("StateWords", "West Virginia"),
    "WI": QT_TRANSLATE_NOOP("StateWords", "Wisconsin"),
    "WY": QT_TRANSLATE_NOOP("StateWords", "Wyoming"),
    "DC": QT_TRANSLATE_NOOP("StateWords", "District of Columbia"),
    "PR": QT_TRANSLATE_NOOP("StateWords", "Puerto Rico"),
    "GU": QT_TRANSLATE_NOOP("StateWords", "Guam"),
    "VI": QT_TRANSLATE_NOOP("StateWords", "U.S. Virgin Islands"),
    "AS": QT_TRANSLATE_NOOP("StateWords", "American Samoa"),
    "MP": QT_TRANSLATE_NOOP("StateWords", "Northern Mariana Islands"),
}


def state_names() -> dict[str, str]:
    """Each license state's name in the screen's language, by its two letters (the domain's English
    for a state this table does not repeat as the domain says it)."""
    return {code: (QCoreApplication.translate(CONTEXT, NAMES[code]) if NAMES.get(code) == name else name)
            for code, name in LICENSE_STATE_NAMES.items()}


__all__ = ["NAMES", "state_names"]
