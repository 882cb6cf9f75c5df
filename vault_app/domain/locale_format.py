"""Dates, times and paper size in the practice's conventions (US: 12/01/2026, 2:05 PM, Letter).

Everything printed for people (letters, certificates, exported PDFs) goes through here;
the CLI's --json and the ledger keep ISO 8601. Formats come from CLDR through Babel, not
from patterns written per country: the short date pattern of the locale, widened to a
four-digit year and two-digit day and month (a record read in 30 years must not be
ambiguous about the century).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime, time, tzinfo
from functools import cache

from vault_app.domain.errors import InvalidInput

# Babel (with pytz, zoneinfo and its CLDR tables: ~3.5 MB resident) is imported where a date
# is first formatted, after the unlock, not by every module that imports this one: the
# desktop app loads its windows' code before the unlock, when the KDF's 256 MiB are about
# to be added to the process's peak (tests/gui/test_unlock_memory_imports.py).

DEFAULT_LOCALE = "en_US"

# CLDR supplemental data, measurementData/paperSize: the territories that use US Letter
# (common/supplemental/supplementalData.xml, <paperSize type="US-Letter" ...>); A4 elsewhere.
LETTER_TERRITORIES = frozenset({"BZ", "CA", "CL", "CO", "CR", "GT", "MX", "NI", "PA", "PH", "PR", "SV", "US", "VE"})


def _parsed(tag: str | None) -> tuple[str, str | None]:
    """(the tag as typed, cleaned; Babel's locale id for it, or None when Babel knows none)."""
    cleaned = (tag or "").split(".")[0].replace("-", "_").strip()
    if not cleaned:
        return cleaned, DEFAULT_LOCALE
    from babel import Locale, UnknownLocaleError

    try:
        return cleaned, str(Locale.parse(cleaned))
    except (UnknownLocaleError, ValueError):
        return cleaned, None


def normalize(tag: str | None) -> str:
    """A usable locale id ("en-US", "es_MX.UTF-8" -> "en_US", "es_MX"); the default when unknown."""
    return _parsed(tag)[1] or DEFAULT_LOCALE


def checked(tag: str | None) -> str:
    """`normalize` for a locale typed by the therapist: empty is the default; one Babel does not
    know, or reads as another (en_ZZ as en_US), is refused (found: `practice update --locale
    xx_ZZ` was saved as en_US without a word)."""
    cleaned, known = _parsed(tag)
    if known is None or (cleaned and known.lower() != cleaned.lower()):
        raise InvalidInput("That locale is not known: use a language and country such as en_US, en_GB or de_DE.",
                           hint="Leave it empty for en_US, the default.")
    return known


@cache
def _date_pattern(tag: str) -> str:
    from babel import Locale

    pattern = Locale.parse(tag).date_formats["short"].pattern
    pattern = re.sub(r"y+", "yyyy", pattern)
    pattern = re.sub(r"(?<!M)M(?!M)", "MM", pattern)
    return re.sub(r"(?<!d)d(?!d)", "dd", pattern)


def date_pattern(tag: str = DEFAULT_LOCALE) -> str:
    """The short date pattern with a four-digit year ("MM/dd/yyyy" in the US)."""
    return _date_pattern(normalize(tag))


def date_text(value: date | datetime | str, tag: str = DEFAULT_LOCALE) -> str:
    """12/01/2026 in the US, 01/12/2026 in the UK, 01/12/2026 in Mexico."""
    day = date.fromisoformat(value[:10]) if isinstance(value, str) else value
    if isinstance(day, datetime):
        day = day.date()
    from babel.dates import format_date

    return format_date(day, _date_pattern(normalize(tag)), locale=normalize(tag))


def long_date_text(value: date, tag: str = DEFAULT_LOCALE) -> str:
    """The date line of a letter: December 1, 2026 in the US, 1 de diciembre de 2026 in Spanish."""
    from babel.dates import format_date

    return format_date(value, "long", locale=normalize(tag))


def deadline_text(value: date | datetime | str, tag: str = DEFAULT_LOCALE) -> str:
    """A deadline (a request's due date, an extension's new date, a record kept until, the day
    a minor comes of age) with its month in words, in the language of `tag`: "February 4, 2027"
    in the US, "4 de febrero de 2027" in Spanish. The practice's short date can be read two ways by a US
    reader of an es_US practice ("Vence el 04/02/2027" read as April 2 when it is February 4;
    found by a walker), and a deadline misread is one missed. Its order stays the locale's."""
    day = date.fromisoformat(value[:10]) if isinstance(value, str) else value
    if isinstance(day, datetime):
        day = day.date()
    from babel.dates import format_date

    # CLDR's long form: its medium one is numeric in some locales (es_PR 02/04/2027, de_DE).
    return str(format_date(day, "long", locale=normalize(tag))).replace("\xa0", " ")


def time_text(value: time | datetime, tag: str = DEFAULT_LOCALE, *, seconds: bool = False) -> str:
    """2:05 PM in the US, 14:05 in most of the world (2:05:09 PM, 14:05:09 with `seconds`)."""
    from babel.dates import format_time

    # CLDR puts a narrow no-break space before AM/PM; PDFs' core fonts have no such glyph.
    return format_time(value, "medium" if seconds else "short",
                       locale=normalize(tag)).replace("\u202f", " ").replace("\xa0", " ")


def datetime_text(value: datetime | str, tag: str = DEFAULT_LOCALE) -> str:
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    return f"{date_text(moment, tag)} {time_text(moment, tag)}"


def on_the_clock(stamp: datetime | str, local: tzinfo | None = None) -> datetime:
    """A stored moment (the ledger's, a certificate's, a backup's: kept in UTC, written with
    its offset) on the clock of `local`, this computer's zone when None. A stamp without an
    offset is the app's UTC too (cut from a longer one)."""
    moment = datetime.fromisoformat(stamp) if isinstance(stamp, str) else stamp
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(local)


def zone_name(moment: datetime) -> str:
    """The zone of a moment on a clock, as a reader elsewhere understands it: its lettered
    abbreviation ("PST", "CET"), else its offset ("UTC-03:00": zones such as São Paulo's
    have only "-03"); "UTC" for UTC itself."""
    abbreviation = moment.tzname() or ""
    if abbreviation.isalpha():
        return abbreviation
    offset = moment.utcoffset()
    if not offset:
        return "UTC"
    minutes = round(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def moment_text(stamp: datetime | str, tag: str = DEFAULT_LOCALE, *, zone: bool = False, utc: bool = False,
                seconds: bool = False, local: tzinfo | None = None,
                day: Callable[[datetime], str] | None = None) -> str:
    """A stored UTC moment as a person reads it: the practice's date and time on this
    computer's clock ("12/02/2026 6:14 PM"); with `zone` the zone named, for a page that
    may be read in another zone ("12/02/2026 6:14 PM PST"); with `utc` the moment in UTC
    after it as well, for an auditor matching it to the signed record
    ("12/02/2026 6:14 PM PST (2026-12-03 02:14 UTC)"). Found in the real app: the
    certificate and the Backups list showed UTC, the evening's work dated tomorrow. `day`:
    how the day is written where not the practice's way (document_dates.sent_moment)."""
    moment = on_the_clock(stamp, local)
    text = f"{day(moment) if day else date_text(moment, tag)} {time_text(moment, tag, seconds=seconds)}"
    if zone or utc:
        text += f" {zone_name(moment)}"
    if utc:
        text += f" ({moment.astimezone(UTC):%Y-%m-%d %H:%M{':%S' if seconds else ''}} UTC)"
    return text


def weekday_text(value: date, tag: str = DEFAULT_LOCALE) -> str:
    """The day's short name: Mon in English, lun in Spanish."""
    from babel.dates import format_date

    return str(format_date(value, "EEE", locale=normalize(tag)))


def money_text(cents: int, tag: str = DEFAULT_LOCALE) -> str:
    """An amount of the practice's money (US dollars: fees are CPT-coded, superbills are US
    forms) written the way the locale writes money: $1,400.00 in the US, 1.400,00 US$ in
    Spain. Kept as integer cents; Decimal, never a float, on the way to Babel."""
    from decimal import Decimal

    from babel.numbers import format_currency

    return str(format_currency(Decimal(cents) / 100, "USD", locale=normalize(tag)))


def count_text(n: int, tag: str = DEFAULT_LOCALE) -> str:
    """A whole number written the way the locale groups digits: 1,234 in the US, 1.234 in
    Spain, 1 234 in France (a narrow no-break space)."""
    from babel.numbers import format_decimal

    return str(format_decimal(n, locale=normalize(tag)))


def paper_format(tag: str = DEFAULT_LOCALE) -> str:
    """The page format fpdf2 takes: "Letter" where CLDR says US-Letter, else "A4"."""
    from babel import Locale

    territory = Locale.parse(normalize(tag)).territory
    return "Letter" if territory in LETTER_TERRITORIES else "A4"


__all__ = [
    "DEFAULT_LOCALE", "count_text", "date_pattern", "date_text", "datetime_text", "deadline_text", "long_date_text",
    "moment_text", "money_text", "normalize", "on_the_clock", "paper_format", "time_text", "weekday_text", "zone_name",
]
