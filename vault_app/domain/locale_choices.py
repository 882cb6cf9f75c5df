"""The practice locales Settings and set-up offer, each named as a person reads it.

`practice update --locale` takes any locale CLDR (Babel) knows, some 700; a list that long
is no choice for a therapist. Offered are the conventions of the countries a US practice
and its neighbours write in; a locale set another way (the CLI) is kept and offered too, so
opening Settings never changes it. Each is shown with what it does to a date and an amount
("English (United States): 04/23/2026, $1,250.00"): the 23rd, so the order of day and month
is plain, and the dollars a fee is kept in (domain/locale_format.money_text).
"""

from __future__ import annotations

from datetime import date

from vault_app.domain import locale_format

PRACTICE_LOCALES: tuple[str, ...] = (
    "en_US", "es_US", "es_PR", "en_CA", "fr_CA", "es_MX", "en_GB", "en_IE", "en_AU", "en_NZ",
    "es_ES", "fr_FR", "de_DE", "de_AT", "de_CH", "it_IT", "nl_NL", "pt_BR", "pt_PT",
)
EXAMPLE_DAY = date(2026, 4, 23)
EXAMPLE_CENTS = 125_000


def choice_text(tag: str, language: str = "en") -> str:
    """"English (United States): 04/23/2026, $1,250.00"; the name in `language` (the
    language the screens speak: "inglés (Estados Unidos)" in Spanish)."""
    from babel import Locale

    shown = Locale.parse(locale_format.normalize(language))
    name = Locale.parse(locale_format.normalize(tag)).get_display_name(shown) or tag
    example = f"{locale_format.date_text(EXAMPLE_DAY, tag)}, {locale_format.money_text(EXAMPLE_CENTS, tag)}"
    return f"{name[:1].upper()}{name[1:]}: {example}"


def choices(current: str | None, language: str = "en") -> list[tuple[str, str]]:
    """(locale id, text) of each offered locale, the current one among them even when it is
    not one of PRACTICE_LOCALES; the US first (the default), then by name."""
    tags = list(PRACTICE_LOCALES)
    kept = locale_format.normalize(current)
    if kept not in tags:
        tags.append(kept)
    named = [(tag, choice_text(tag, language)) for tag in tags]
    return named[:1] + sorted(named[1:], key=lambda pair: pair[1].casefold())


def _cleaned(system_tag: str | None) -> str:
    """This computer's locale without its encoding or variant ("es_MX.UTF-8": "es_MX", "de-DE":
    "de_DE"); "" when it names none (unset, C, POSIX)."""
    cleaned = (system_tag or "").split(".")[0].split("@")[0].replace("-", "_").strip()
    return "" if cleaned in ("C", "POSIX") else cleaned


def offered_for(system_tag: str | None) -> str | None:
    """The offered locale this computer's ("es_MX.UTF-8", "de-DE") is, or None when it is
    none of them (C, POSIX, one not offered): set-up then proposes the default."""
    cleaned = _cleaned(system_tag)
    if not cleaned:
        return None
    for tag in PRACTICE_LOCALES:
        if tag.lower() == cleaned.lower():
            return tag
    return None


def _first_in_language(language: str) -> str | None:
    """The first offered locale that writes `language`: PRACTICE_LOCALES puts the US's
    first, the rules and the dollars being US ones ("es" gives es_US)."""
    wanted = language.split("_")[0].lower()
    return next((tag for tag in PRACTICE_LOCALES if tag.split("_")[0] == wanted), None) if wanted else None


def for_language(language: str) -> str | None:
    """The locale a screen in `language` writes dates in before any vault (and so any practice
    locale) is open: the one set-up would propose for it ("es" gives es_US: the US's rules
    and dollars, Spanish day-first dates); None for a language none of the offered writes."""
    return _first_in_language(language)


def proposed(system_tag: str | None, screen_language: str) -> str:
    """What set-up proposes: this computer's locale when offered; else an offered one in this
    computer's language (es_AR: es_US); else, the computer naming none (C, POSIX, unset), one in
    the language the screens speak, so that Spanish screens do not propose US dates
    (12/05/2026 for 5 December, which a Spanish reader takes for 12 May); else the default."""
    exact = offered_for(system_tag)
    if exact:
        return exact
    computer_language = _cleaned(system_tag).split("_")[0]
    return _first_in_language(computer_language) or _first_in_language(screen_language) or PRACTICE_LOCALES[0]


__all__ = ["EXAMPLE_CENTS", "EXAMPLE_DAY", "PRACTICE_LOCALES", "choice_text", "choices", "for_language", "offered_for",
           "proposed"]
