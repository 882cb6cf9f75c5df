"""Dates on screen follow the practice's locale (issue 19 item 4), read after unlock."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from vault_app.gui import dates


@pytest.fixture(autouse=True)
def _restore_locale() -> Iterator[None]:
    yield
    dates.set_practice_locale(None)


@pytest.mark.parametrize(
    ("locale", "day", "shown", "pattern"),
    [
        ("en_US", "2026-12-01", "12/01/2026", "MM/dd/yyyy"),
        ("es_MX", "2026-12-01", "01/12/2026", "dd/MM/yyyy"),
        ("de_DE", "2026-03-04", "04.03.2026", "dd.MM.yyyy"),
        ("en_GB", "2026-03-04", "04/03/2026", "dd/MM/yyyy"),
    ],
)
def test_a_day_shows_in_the_practice_locale(locale: str, day: str, shown: str, pattern: str) -> None:
    dates.set_practice_locale(locale)
    assert dates.show_date(day) == shown
    assert dates.qt_date_format() == pattern


def test_times_are_twelve_hour_in_the_us_and_24_hour_in_germany() -> None:
    assert dates.show_datetime("2026-12-01T14:05:00") == "12/01/2026 2:05 PM"
    dates.set_practice_locale("de_DE")
    assert dates.show_datetime("2026-12-01T14:05:00") == "01.12.2026 14:05"


def test_nothing_and_non_dates_are_shown_as_they_are() -> None:
    assert dates.show_date(None) == ""
    assert dates.show_date("") == ""
    assert dates.show_date("around spring") == "around spring"
    dates.set_practice_locale("xx_NOWHERE")
    assert dates.practice_locale() == "en_US"


def test_a_utc_moment_is_shown_in_local_time(monkeypatch: pytest.MonkeyPatch) -> None:
    import time as time_module

    monkeypatch.setenv("TZ", "America/Chicago")
    time_module.tzset()
    try:
        assert dates.show_datetime("2026-12-01T20:05:00.000001+00:00") == "12/01/2026 2:05 PM"
        assert dates.show_datetime("2026-12-01T14:05:00") == "12/01/2026 2:05 PM"  # no zone: as written
    finally:
        monkeypatch.delenv("TZ")
        time_module.tzset()


def test_day_headings_and_time_fields_follow_the_practice() -> None:
    from datetime import date

    assert dates.show_day(date(2026, 12, 7)) == "Mon 12/07/2026"
    assert dates.qt_time_format() == "h:mm AP"
    dates.set_practice_locale("de_DE")
    assert dates.show_day(date(2026, 12, 7)) == "Mo. 07.12.2026"
    assert dates.qt_time_format() == "HH:mm"


@pytest.mark.parametrize(("practice", "expected"), [
    ("en_US", "lun 12/07/2026"), ("es_MX", "lun 07/12/2026"), ("de_DE", "lun 07.12.2026"),
])
def test_a_translated_screen_names_the_day_in_its_language_on_the_practice_s_calendar(
        practice: str, expected: str, qapp: object) -> None:
    """Found in the real app: the Spanish agenda of a US practice headed its days "Mon", "Tue"."""
    from datetime import date

    from vault_app.gui import i18n

    assert i18n.install("es") == "es"
    dates.set_practice_locale(practice)
    try:
        assert dates.show_day(date(2026, 12, 7)) == expected
    finally:
        i18n.install("en")
        dates.set_practice_locale("en_US")
    assert dates.show_day(date(2026, 12, 7)) == "Mon 12/07/2026"


@pytest.mark.parametrize(("typed", "stored"), [
    ("2:05 PM", "14:05"), ("2:05pm", "14:05"), ("2:05 p.m.", "14:05"), ("12:30 AM", "00:30"), ("12 pm", "12:00"),
    ("14:05", "14:05"), ("9", "09:00"), ("09.30", "09:30"),
    ("13:05 PM", None), ("24:00", None), ("9:75", None), ("soon", None), ("", None),
])
def test_a_time_is_read_as_typed_either_way(typed: str, stored: str | None) -> None:
    assert dates.read_time(typed) == stored
