"""Dates and times on screen in the practice's conventions (12/01/2026, 2:05 PM in the US).

The practice's locale (Settings > Practice, `PracticeProfile.locale`) is read once after
each unlock and whenever the practice profile changes. Until then (the first-run wizard, the
restore from a backup, the unlock window) the screens' language decides, as set-up proposes
(domain/locale_choices.for_language: Spanish screens write es_US's day-first dates). Found:
the restore's summary on Spanish screens said "copia hecha el 12/05/2026" for 5 December.
Formatting is `domain/locale_format`'s (CLDR through Babel), the same as in letters and
PDFs, so a date reads the same on screen and on paper. Storage, the ledger and the CLI's
--json keep ISO 8601; only what a person reads goes through here.

`qt_date_format()` is the same short pattern in Qt's notation, for QDateEdit's display.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, time, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QObject, Signal

from vault_app.domain import locale_choices, locale_format
from vault_app.domain.due_weekend import closed_on
from vault_app.gui.i18n import current_language

if TYPE_CHECKING:
    from vault_app.services.vault import Vault

# None until a vault's locale is read: then _locale() follows the screens' language.
_practice_locale: str | None = None


class _FormatNotice(QObject):
    """Said when the practice's locale changes, to the date and time fields already open: an
    editor open when Settings changed the date format went on showing the old one (and reading
    what was typed in it) until it was opened again. A Qt signal, so a field closed since is
    forgotten with it."""

    changed = Signal()


_notice: _FormatNotice | None = None


def format_notice() -> _FormatNotice:
    """The notice fields connect to; made with the first field (after the QApplication)."""
    global _notice
    if _notice is None:
        _notice = _FormatNotice()
    return _notice


class _Follower(QObject):
    """`fn` called at each change of format for as long as `owner` lives: a child of it, so
    the connection goes with the widgets `fn` writes into (a plain QObject holding them, such
    as a form's group of fields, outlives them and was called on deleted widgets)."""

    def __init__(self, owner: QObject, fn: Callable[[], None]) -> None:
        super().__init__(owner)
        self._fn = fn
        format_notice().changed.connect(self._follow)

    def _follow(self) -> None:
        self._fn()


def follow_format(owner: QObject, fn: Callable[[], None]) -> None:
    """Call `fn` when the practice's date format changes, while `owner` exists."""
    _Follower(owner, fn)


def read_practice_locale(vault: Vault) -> str:
    """On the worker thread, after each unlock: the practice's locale, normalized. Babel
    is imported here: its first import sets up the local time zone (100 ms and more under
    load), which on the GUI thread, at the first date shown, was the unlock's longest
    stall once Babel no longer loaded before the unlock."""
    # Lazy (memory): Babel is not resident while the unlock's KDF runs (see domain/locale_format.py)
    import babel.dates  # noqa: F401

    # Lazy (start-up): services.practice ~21 ms to import; read once a vault is open
    from vault_app.services import practice

    return locale_format.normalize(practice.load(vault).locale)


def set_practice_locale(tag: str | None) -> None:
    """The open vault's locale (read_practice_locale gives en_US for one never set); None: no
    vault's locale, the screens' language decides again."""
    global _practice_locale
    before = _locale()
    _practice_locale = locale_format.normalize(tag) if tag else None
    if _locale() != before and _notice is not None:
        _notice.changed.emit()


def _locale() -> str:
    if _practice_locale is not None:
        return _practice_locale
    return locale_choices.for_language(current_language()) or locale_format.DEFAULT_LOCALE


def practice_locale() -> str:
    """The locale dates are shown in: the open vault's, else the screens' language's."""
    return _locale()


def picked_day(field: QDate) -> date:
    """The day a date field holds, as the services take it (QDate.toPython is typed `object`)."""
    return date(field.year(), field.month(), field.day())


def show_date(value: date | datetime | str | None) -> str:
    """A day as the practice writes it; "" for none. Accepts ISO text as stored. A moment
    (the ledger's and the records' UTC stamps) shows the day it was on the wall's calendar:
    its first ten characters, UTC's day, read "tomorrow" from a US evening on."""
    return _shown(value, lambda day: locale_format.date_text(day, _locale()))


def _shown(value: date | datetime | str | None, words: Callable[[date | str], str]) -> str:
    """`value` as a day, in `words`; "" for none; a moment by the wall's calendar day."""
    if value is None or value == "":
        return ""
    try:
        if isinstance(value, str) and len(value) > 10:
            value = datetime.fromisoformat(value)
        if isinstance(value, datetime):
            value = (value.astimezone() if value.tzinfo is not None else value).date()
        return words(value)
    except ValueError:
        return str(value)  # not a date after all (free text in an old record): shown as is


def show_deadline(value: date | datetime | str | None) -> str:
    """A deadline (a request's due date, an extension's new date, a record kept until, the day
    a minor comes of age) with its month in the screens' words, in the practice's country's
    order: "February 4, 2027" on English screens, "4 de febrero de 2027" on Spanish ones. Found
    by a walker: an es_US practice's "Vence el 04/02/2027" reads as April 2 to a US reader."""
    return _shown(value, lambda day: locale_format.deadline_text(day, _deadline_locale()))


def _deadline_locale() -> str:
    """The screens' language in the practice's country (es_US for Spanish screens of a US
    practice, en_US for English screens of an es_US one): the month's name in the words around it."""
    language = current_language()
    if _locale().split("_")[0] == language:
        return _locale()
    in_country = locale_format.normalize(f"{language}_{_locale().partition('_')[2]}")
    return in_country if in_country.split("_")[0] == language else locale_format.normalize(language)


def show_time(value: time | datetime | str | None) -> str:
    if value is None or value == "":
        return ""
    try:
        moment = time.fromisoformat(value) if isinstance(value, str) and len(value) <= 8 else value
        if isinstance(moment, str):
            moment = datetime.fromisoformat(moment)
        return locale_format.time_text(moment, _locale())
    except ValueError:
        return str(value)


def one_stop(sentence: str) -> str:
    """A sentence ending on a time the practice writes "8:26 p.m." (Mexico's and the Spanish US's
    conventions) ends there: "Last backup: {0}." read "8:26 p.m.." (found on Xvfb)."""
    return sentence[:-1] if sentence.endswith("..") and not sentence.endswith("...") else sentence


def show_datetime(value: datetime | str | None) -> str:
    """Date and time ("12/01/2026 2:05 PM"); a date-only value shows as a date."""
    if value is None or value == "":
        return ""
    if isinstance(value, str) and len(value) <= 10:
        return show_date(value)
    try:
        moment = datetime.fromisoformat(value) if isinstance(value, str) else value
        if moment.tzinfo is not None:
            moment = moment.astimezone()  # the ledger keeps UTC; a person reads the clock on the wall
        return locale_format.datetime_text(moment, _locale())
    except ValueError:
        return str(value)


def show_moment(stamp: datetime | str | None, *, zone: bool = False, local: tzinfo | None = None) -> str:
    """A stored moment (the ledger's, a backup's, a certificate's: UTC) on this computer's
    clock (or `local`'s), with its zone named when `zone` ("12/02/2026 6:14 PM PST"). Every such
    moment on screen goes through here (domain/locale_format.moment_text, as on paper)."""
    if stamp is None or stamp == "":
        return ""
    try:
        return locale_format.moment_text(stamp, _locale(), zone=zone, local=local)
    except ValueError:
        return str(stamp)


def show_description(text: str) -> str:
    """A disclosure's or a request's stored description with the days of the app's own wording
    ("3 progress notes (2026-11-16 to 2026-11-30)") as the practice writes them; the words a
    therapist typed as typed (domain/disclosure_wording). Found: the export receipt said
    2026-11-30 under a dashboard that says 11/30/2026."""
    # Lazy (start-up): the disclosure domain is needed once a chart's records are shown
    from vault_app.domain.disclosure_wording import description_text

    return description_text(text, _locale())


def show_basis(summary: str) -> str:
    """A disclosure's basis as the ledger summarises it, a court order's date in the practice's format."""
    # Lazy (start-up): the disclosure domain is needed once a chart's records are shown
    from vault_app.domain.disclosure_wording import basis_text

    return basis_text(summary, _locale())


def show_weekday(value: date) -> str:
    """The day's short name in the language the screens speak: the practice's ("Mon" in the US,
    "Mo." in Germany) while they are in English, the translation's once one is installed. Found
    in the real app: a Spanish agenda of a US practice (en_US) headed its days "Mon", "Tue"
    among Spanish words. The date beside it keeps the practice's pattern either way."""
    return locale_format.weekday_text(value, _words_locale())


def _words_locale() -> str:
    """The practice's locale, or the translation's language in the practice's country
    (es with en_US -> es_US: Spanish words, the US's calendar)."""
    language = current_language()
    if language == "en" or _locale().split("_")[0] == language:
        return _locale()
    territory = _locale().partition("_")[2]
    in_country = locale_format.normalize(f"{language}_{territory}")
    # Babel knows no Spanish of some countries (es_DE): the language alone, not en_US's words.
    return in_country if in_country.split("_")[0] == language else language


def show_day(value: date) -> str:
    """A day heading: weekday and date ("Mon 12/07/2026")."""
    return f"{show_weekday(value)} {show_date(value)}"


def show_due(value: date | str) -> str:
    """A deadline with its month in words (show_deadline), and with its weekday where it falls on
    a Saturday, a Sunday or a federal holiday ("Sun December 13, 2026"), the law's date unmoved
    (domain/due_weekend; a walker found a Sunday said as any day)."""
    day = date.fromisoformat(value) if isinstance(value, str) else value
    return show_weekday_deadline(day) if closed_on(day) else show_deadline(day)


def show_beside_due(value: date | str) -> str:
    """A date read together with a deadline (a request's received day beside its due day), said the
    same way: "Recibida 06/12/2026" beside "Vence 21 de diciembre de 2026" read as two kinds of date
    (round 39's walker, in Spanish)."""
    return show_deadline(value)


def show_weekday_deadline(value: date) -> str:
    """A deadline's day with its weekday and its month in words ("Fri December 11, 2026")."""
    return f"{show_weekday(value)} {show_deadline(value)}"


_TYPED_TIME = re.compile(r"(\d{1,2})(?:[:.h](\d{2}))?\s*(?:([ap])\.?\s*m?\.?)?", re.IGNORECASE)


def read_time(text: str) -> str | None:
    """A time of day as a person types it ("2:05 PM", "2:05pm", "14:05", "9") as stored
    ("14:05"); None when it is not one, so the form can say so."""
    match = _TYPED_TIME.fullmatch(text.strip())
    if match is None:
        return None
    hour, minute, half = int(match.group(1)), int(match.group(2) or 0), (match.group(3) or "").lower()
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "p" else 0)
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


def qt_time_format() -> str:
    """The practice's short time pattern for QTimeEdit ("h:mm AP" in the US, "HH:mm" in Mexico)."""
    # Lazy (memory): Babel is not resident while the unlock's KDF runs (see domain/locale_format.py)
    from babel import Locale

    pattern = str(Locale.parse(_locale()).time_formats["short"].pattern)
    # CLDR's "a" (the day period) is Qt's "AP"; the rest (h, H, mm) reads the same in both. "AP"
    # upper-cases the words ("P.M."): TimeField writes them as show_time does ("p.m."), as Qt's
    # own "Ap" would, but that one changed what typed times meant (reverted, 5e1dae7e).
    return pattern.replace("\u202f", " ").replace("a", "AP").strip()


def qt_date_format() -> str:
    """The practice's short date pattern for QDateEdit.setDisplayFormat ("MM/dd/yyyy")."""
    # CLDR and Qt share the letters that matter here (yyyy, MM, dd) and the separators.
    return locale_format.date_pattern(_locale())


__all__ = [
    "format_notice",
    "one_stop",
    "practice_locale",
    "qt_date_format",
    "qt_time_format",
    "read_time",
    "set_practice_locale",
    "show_basis",
    "show_date",
    "show_datetime",
    "show_day",
    "show_deadline",
    "show_description",
    "show_due",
    "show_moment",
    "show_time",
    "show_weekday",
]
