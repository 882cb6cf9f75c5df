"""The request's window says what an access copy gave from the data the core keeps
(domain/request_given.Given), not by parsing the core's English sentence: a change of the core's
words must not show English on a Spanish screen. Rows kept before the data (only the sentence)
are still said by gui/request_given_words' parser (tests/gui/test_request_given_words.py)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.domain.request_given import Given
from vault_app.gui import i18n
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_date
from vault_app.gui.request_given_words import given_words
from vault_app.services import requests

pytestmark = pytest.mark.gui

SEP1, DEC5 = date(2026, 9, 1), date(2026, 12, 5)
# What the data says in Spanish: the same words the parser gives a kept sentence of the same shape.
SAID = [
    (Given(("progress", "billing")),
     "copia de: notas de evolución e información de facturación (PDF protegido con contraseña)"),
    (Given(("progress",), to="parent"),
     "copia de: notas de evolución (PDF protegido con contraseña), entregada a: progenitor"),
    (Given(("billing",), not_held=("progress",)),
     "copia de: información de facturación (PDF protegido con contraseña); el expediente no tiene notas de "
     "evolución"),
    (Given(not_held=("progress", "billing")),
     "nada que copiar: el expediente no tiene notas de evolución ni información de facturación"),
    (Given(not_held=("progress",), date_from=SEP1, date_to=DEC5),
     "nada que copiar: el expediente no tiene notas de evolución desde el {sep1} hasta el {dec5}"),
]
# The days as the screen writes them (gui/dates.show_date): the practice's format, else the language's.
# Words the core might write one day: none of them is a shape the parser knows.
OTHER_ENGLISH = "what was given: see the data"


@pytest.fixture
def spanish_words(qapp: object) -> Iterator[None]:
    assert i18n.install("es") == "es"
    yield
    i18n.install("en")


@pytest.mark.parametrize(("given", "spanish"), SAID)
def test_the_data_is_said_in_spanish_whatever_the_kept_english(given: Given, spanish: str,
                                                               spanish_words: None) -> None:
    spanish = spanish.format(sep1=show_date(SEP1), dec5=show_date(DEC5))
    assert given_words(OTHER_ENGLISH, given) == spanish
    assert given_words(given.sentence(), given) == spanish


@pytest.mark.parametrize(("given", "spanish"), SAID)
def test_the_data_is_said_in_english_as_the_command_line_says_it(given: Given, spanish: str, qapp: object) -> None:
    assert given_words(OTHER_ENGLISH, given) == given.sentence()


def test_the_request_window_says_the_kept_data_in_spanish(unlocked_app: AppController, qtbot,
                                                          spanish_words: None) -> None:
    """Through the window and a real vault: the kept English is one the parser does not know."""
    from vault_app.gui.requests_dialog import RequestDetailDialog

    vault = unlocked_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=date.today().isoformat())
    requests.grant_request(vault, q.id, granted=OTHER_ENGLISH, given=Given(("progress",), to="parent"))
    detail = RequestDetailDialog(unlocked_app, q.id)
    qtbot.addWidget(detail)
    qtbot.waitUntil(lambda: "concedida" in detail.summary.text(), timeout=10_000)
    said = detail.summary.text()
    assert "copia de: notas de evolución (PDF protegido con contraseña), entregada a: progenitor" in said, said
    assert OTHER_ENGLISH not in said
    detail.close()
    wait_ops(qtbot)
