"""Spanish says a time with its hour's article: "a las 13:05", but "a la 1:05" and "a la una".
Found: "Guardado a las 1:05" (es.ts says "a las {time}" whatever the hour). Table-driven: the
rule on its own, then where a time is said (the autosave's Saved, a coded refusal's start, the
lock holder's since), in Spanish on the practice's clock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, time, timedelta

import pytest

from vault_app.domain.errors import InvalidInput
from vault_app.gui import dates, i18n
from vault_app.gui.autosave import saved_words
from vault_app.gui.hour_article import hour_article
from vault_app.gui.lock_holder_words import holder_details
from vault_app.gui.refusal_words import refusal_text

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(("said", "meant"), [
    ("Guardado a las 1:05 p.m.", "Guardado a la 1:05 p.m."),
    ("Guardado a las 1:05", "Guardado a la 1:05"),
    ("Guardado a las 01:05", "Guardado a la 01:05"),
    ("Guardado a las 1.05", "Guardado a la 1.05"),
    ("Programada para el lunes a las una", "Programada para el lunes a la una"),
    ("Las 1:05 no es tarde.", "La 1:05 no es tarde."),
    # Unchanged: every other hour, a count, English.
    ("Guardado a las 11:05", "Guardado a las 11:05"),
    ("Guardado a las 10:05 a.m.", "Guardado a las 10:05 a.m."),
    ("Guardado a las 12:05 p.m.", "Guardado a las 12:05 p.m."),
    ("Guardado a las 2:05", "Guardado a las 2:05"),
    ("Guardado a las 13:05", "Guardado a las 13:05"),
    ("Guardado a las 21:05", "Guardado a las 21:05"),
    ("el texto de 1 de las 1 páginas", "el texto de 1 de las 1 páginas"),
    ("Saved 1:05 PM", "Saved 1:05 PM"),
    ("las unas y las otras", "las unas y las otras"),
])
def test_the_article_follows_the_hour(said: str, meant: str) -> None:
    assert hour_article(said) == meant


@pytest.fixture(params=["es_US", "es_ES"])
def spanish_clock(request: pytest.FixtureRequest, qapp: object) -> Iterator[str]:
    assert i18n.install("es") == "es"
    dates.set_practice_locale(request.param)
    try:
        yield request.param
    finally:
        dates.set_practice_locale(None)
        i18n.install("en")


@pytest.mark.parametrize(("hour", "article"), [(1, "a la "), (13, None), (2, "a las "), (11, "a las "), (21, "a las ")])
def test_saved_says_the_hour_s_article(spanish_clock: str, hour: int, article: str | None) -> None:
    shown = dates.show_time(time(hour, 5))
    # 13:05 is "1:05 p.m." on a US practice's clock (la una) and "13:05" on Spain's (las trece).
    expected = article or ("a la " if shown.startswith("1:") else "a las ")
    assert saved_words(time(hour, 5)) == f"Guardado {expected}{shown}"


@pytest.mark.parametrize("hour", [1, 13, 14])
def test_a_refusal_s_start_says_the_hour_s_article(spanish_clock: str, hour: int) -> None:
    exc = InvalidInput("This appointment starts on 2026-03-02 at 01:05: it can be marked attended from then on.",
                       code="appointment.not_yet.attended", params={"day": "2026-03-02", "start": f"{hour:02d}:05"})
    said = refusal_text(exc)
    assert "Esta cita empieza" in said
    assert (f"a la {hour:02d}:05" in said) == (hour == 1) and (f"a las {hour:02d}:05" in said) == (hour != 1), said


@pytest.mark.parametrize("hour", [1, 13])
def test_the_lock_holder_s_since_says_the_hour_s_article(spanish_clock: str, hour: int) -> None:
    since = datetime(2026, 3, 2, hour, 5).astimezone()
    for now in (since + timedelta(minutes=30), since + timedelta(days=2)):  # today, then another day
        said = holder_details({"holder": "window", "pid": "4242", "since": since.isoformat()}, now=now)
        assert said is not None
        shown = dates.show_time(since)
        article = "a la " if shown.startswith("1:") else "a las "
        assert f"{article}{shown}" in said, said
