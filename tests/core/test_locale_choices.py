"""The practice locales Settings and set-up offer (domain/locale_choices): each named with an
example date and amount, the one stored always among them, this computer's proposed at set-up."""

from __future__ import annotations

import pytest

from vault_app.domain import locale_choices, locale_format


@pytest.mark.parametrize(("tag", "language", "text"), [
    ("en_US", "en", "English (United States): 04/23/2026, $1,250.00"),
    ("en_GB", "en", "English (United Kingdom): 23/04/2026, US$1,250.00"),
    ("de_DE", "en", "German (Germany): 23.04.2026, 1.250,00\xa0$"),
    ("en_CA", "en", "English (Canada): 2026-04-23, US$1,250.00"),
    ("es_MX", "es", "Español (México): 23/04/2026, USD1,250.00"),
    ("en_US", "es", "Inglés (Estados Unidos): 04/23/2026, $1,250.00"),
])
def test_each_locale_is_named_with_an_example(tag: str, language: str, text: str) -> None:
    assert locale_choices.choice_text(tag, language) == text


def test_every_offered_locale_is_one_the_cli_accepts_and_the_us_comes_first() -> None:
    assert all(locale_format.checked(tag) == tag for tag in locale_choices.PRACTICE_LOCALES)
    offered = locale_choices.choices("en_US")
    assert offered[0][0] == "en_US"
    assert sorted(tag for tag, _text in offered) == sorted(locale_choices.PRACTICE_LOCALES)
    rest = [text.casefold() for _tag, text in offered[1:]]
    assert rest == sorted(rest)


@pytest.mark.parametrize(("current", "added"), [("ja_JP", "ja_JP"), ("de-DE", None), (None, None), ("", None)])
def test_the_stored_locale_is_always_offered(current: str | None, added: str | None) -> None:
    tags = [tag for tag, _text in locale_choices.choices(current)]
    assert len(tags) == len(locale_choices.PRACTICE_LOCALES) + (added is not None)
    assert locale_format.normalize(current) in tags


@pytest.mark.parametrize(("system", "proposed"), [
    ("en_US", "en_US"), ("es_MX.UTF-8", "es_MX"), ("de-DE", "de_DE"), ("fr_CA.utf8@euro", "fr_CA"),
    ("en_gb", "en_GB"), ("C", None), ("POSIX", None), ("C.UTF-8", None), ("", None), (None, None),
    ("ja_JP", None), ("en", None),
])
def test_setup_proposes_this_computers_locale_when_offered(system: str | None, proposed: str | None) -> None:
    assert locale_choices.offered_for(system) == proposed


@pytest.mark.parametrize(("system", "screens", "expected"), [
    ("es_MX.UTF-8", "en", "es_MX"), ("en_US", "es", "en_US"),  # the computer's own, when offered
    ("es_AR.UTF-8", "en", "es_US"), ("de_LU", "es", "de_DE"),  # else one in the computer's language
    ("C", "es", "es_US"), ("C.UTF-8", "es", "es_US"), ("POSIX", "es", "es_US"), ("", "es", "es_US"),
    (None, "es", "es_US"),  # else one in the screens' language: Spanish dates (23/04/2026), US dollars
    ("C", "en", "en_US"), ("ja_JP", "en", "en_US"), ("ja_JP", "ja", "en_US"), (None, "", "en_US"),
])
def test_setup_proposes_the_computers_locale_else_one_in_the_screens_language(
    system: str | None, screens: str, expected: str
) -> None:
    assert locale_choices.proposed(system, screens) == expected
    assert expected in locale_choices.PRACTICE_LOCALES
