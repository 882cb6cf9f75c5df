"""The unlock that finished an interrupted destruction says how many places its certificate names
as still holding the chart (services/destruction_left.py), in the screen's language; none, nothing
more (walker finding: "finished" alone, while a purge's copy sat on a drive that was away)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from vault_app.gui import i18n
from vault_app.gui.status_words import news_words
from vault_app.services import reminders

pytestmark = pytest.mark.gui


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: object) -> Iterator[str]:
    assert i18n.install(request.param) == request.param
    yield request.param
    i18n.install("en")


CASES = [  # (language, finished, held, expected ending)
    ("en", "1", 0, "Its certificate is in Records > Destructions and certificates."),
    ("en", "1", 1, "1 place may still hold the chart (a backup or copy on a drive that was away, or a copy the app "
                   "made before a restore): its certificate lists it."),
    ("en", "2", 3, "3 places may still hold the chart (a backup or copy on a drive that was away, or a copy the app "
                   "made before a restore): its certificate lists them."),
    ("es", "1", 0, "Su certificado está en Registros > Destrucciones y certificados."),
    ("es", "1", 2, "2 lugares pueden contener todavía el expediente (copias de seguridad o copias en una unidad que "
                   "no estaba conectada, o copias que la aplicación hizo antes de una restauración): su certificado "
                   "los indica."),
]


@pytest.mark.parametrize(("language", "finished", "held", "ending"), CASES, indirect=["language"])
def test_the_places_still_holding_the_chart_are_counted(language: str, finished: str, held: int,
                                                        ending: str) -> None:
    news = reminders.News(reminders.DESTRUCTION_FINISHED, "", finished, params=(("held", str(held)),) if held else ())
    said = news_words(news)
    assert said.endswith(ending), said
