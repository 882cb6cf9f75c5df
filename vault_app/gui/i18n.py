"""The app in the user's language: Qt's translation machinery over our own .ts files.

Screens write their text as `self.tr("Unlock")`; a translator installed on the
application answers from `vault_app/gui/translations/<language>.ts` (Qt Linguist's XML, edited
with pyside6-linguist and refreshed from the code with pyside6-lupdate). The .ts file is
read directly instead of compiling it to .qm, so a translation is a source file with no
build step and nothing generated is committed. Qt's own dialogs (standard buttons, the
file dialog) use the .qm files shipped inside the PySide6 wheel.

The language is a non-sensitive preference of this computer ("language" in gui/prefs.py,
chosen in Settings), read before the unlock window is built; by default the computer's. The
VAULT_APP_LANGUAGE environment variable wins over both (tests and scripts start by it).
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

LANGUAGES = {"en": "English", "es": "Español"}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a constant for translation (pyside6-lupdate finds it by this name) and returns it
    unchanged, to be translated where it is shown: `self.tr(LABEL)` under the same context.
    PySide6's own does the same but is typed as returning `object`."""
    return text


class TsTranslator(QTranslator):
    """Answers from a Qt Linguist .ts file: finished translations only (unfinished and
    obsolete entries fall back to the English source, as Qt's lrelease would)."""

    def __init__(self, messages: Mapping[tuple[str, str], str]) -> None:
        super().__init__()
        self._messages = messages

    @classmethod
    def from_ts(cls, text: str) -> TsTranslator:
        return cls(_messages_of(text))

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return self._messages.get((context, source_text))

    def isEmpty(self) -> bool:
        return not self._messages

    def __len__(self) -> int:
        return len(self._messages)


# The .ts text -> its finished translations, remembered: es.ts is ~0.5 MB of XML, and parsing it
# cost ~25 ms of CPU (and a million short-lived objects for the collector) at every install of
# Spanish: once per start in the app, but over three hundred times in a run of the GUI tests,
# which switch languages per test (docs/testing.md, twenty-third round). Keyed by the text
# itself, so a changed file is parsed again; the mapping is shared and never changed.
@functools.lru_cache(maxsize=4)
def _messages_of(text: str) -> Mapping[tuple[str, str], str]:
    # Here, not at the top: only a translated start pays for the XML parser.
    # Lazy (start-up): ElementTree serves the .ts reader only, never the unlock window
    import xml.etree.ElementTree as ET

    root = ET.fromstring(text)  # noqa: S314 - the app's own package data
    messages: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            if translation.text:
                messages[(name, source)] = translation.text
    return messages


# What Settings offers and stores: the computer's language, or one of LANGUAGES.
SYSTEM = "system"


def start_language(environment: str | None, stored: object) -> str | None:
    """The language a start installs: VAULT_APP_LANGUAGE when set, else the one chosen in
    Settings, else None (the computer's). A stored value Settings never writes (an edited file,
    a later version's language) is the computer's too: the app starts in words it has."""
    if environment:
        return environment
    return stored if isinstance(stored, str) and stored in LANGUAGES else None


def system_language() -> str:
    return QLocale.system().name().split("_")[0]


def load(language: str) -> TsTranslator | None:
    """Our translation for a language, or None for English and languages we do not have."""
    if language == "en" or language not in LANGUAGES:
        return None
    # Lazy (start-up): importlib.resources costs ~3 ms on the way to the unlock window, and English
    # (the usual case) reads no file.
    from importlib import resources

    try:
        text = resources.files("vault_app.gui.translations").joinpath(f"{language}.ts").read_text("utf-8")
    except (FileNotFoundError, OSError):
        log.warning("No translation file for %s", language)
        return None
    return TsTranslator.from_ts(text)


_INSTALLED: list[QTranslator] = []
_LANGUAGE = ["en"]  # the language install() put in place, for what Qt's translators do not cover


def current_language() -> str:
    """The screens' language ("en" until a translation is installed): weekday names follow it,
    while dates, times and money keep the practice's conventions (gui/dates.py)."""
    return _LANGUAGE[0]


def install(language: str | None = None) -> str:
    """Install the translators for `language` (default: the computer's) on the running
    application; returns the language in use. Call before the first window is built."""
    app = QCoreApplication.instance()
    chosen = language or system_language()
    if app is None:
        return "en"
    for old in _INSTALLED:
        app.removeTranslator(old)
    _INSTALLED.clear()
    _LANGUAGE[0] = "en"
    ours = load(chosen)
    if ours is None:
        QLocale.setDefault(QLocale.system())  # undo an earlier translated start's default
        return "en"
    _LANGUAGE[0] = chosen
    locale_name = QLocale(chosen).name()
    QLocale.setDefault(QLocale(locale_name))
    qt_own = QTranslator()
    if qt_own.load(f"qtbase_{chosen}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _INSTALLED.append(qt_own)
    app.installTranslator(ours)
    _INSTALLED.append(ours)
    return chosen


__all__ = [
    "LANGUAGES", "QT_TRANSLATE_NOOP", "SYSTEM", "TsTranslator", "current_language", "install", "load", "start_language",
    "system_language",
]
