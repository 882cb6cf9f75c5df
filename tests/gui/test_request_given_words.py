"""What a granted access request says was given, in the screen's language (gui/request_given_words.py).
Found walking the real app in Spanish: "Estado: concedida …: nothing to copy: the chart holds no
progress notes or billing information". Every shape services/access_copy.py writes is said in
Spanish, reads in English exactly as kept, and anything else reads as kept."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from vault_app.gui import i18n
from vault_app.gui.request_given_words import given_words
from vault_app.services import access_copy, clients, requests, sessions
from vault_app.services.vault import Vault

pytestmark = pytest.mark.gui

SHAPES = [
    ("copy of the progress notes and billing information (password-protected PDF)",
     "copia de: notas de evolución e información de facturación (PDF protegido con contraseña)"),
    ("copy of the progress notes (password-protected PDF), given to the parent",
     "copia de: notas de evolución (PDF protegido con contraseña), entregada a: progenitor"),
    ("copy of the billing information (password-protected PDF); the chart holds no progress notes",
     "copia de: información de facturación (PDF protegido con contraseña); el expediente no tiene notas de "
     "evolución"),
    ("nothing to copy: the chart holds no progress notes or billing information",
     "nada que copiar: el expediente no tiene notas de evolución ni información de facturación"),
    ("nothing to copy: the chart holds no progress notes from 09/01/2026 to 12/05/2026",
     "nada que copiar: el expediente no tiene notas de evolución desde el 09/01/2026 hasta el 12/05/2026"),
]
KEPT_AS_IS = ["full record given in person", "copy of the psychotherapy notes (password-protected PDF)",
              "copy of the progress notes (password-protected PDF), given to the neighbour", ""]


@pytest.fixture
def spanish_words(qapp: object) -> Iterator[None]:
    assert i18n.install("es") == "es"
    yield
    i18n.install("en")


@pytest.mark.parametrize(("kept", "spanish"), SHAPES)
def test_each_shape_reads_as_kept_in_english(kept: str, spanish: str) -> None:
    assert given_words(kept) == kept


@pytest.mark.parametrize(("kept", "spanish"), SHAPES)
def test_each_shape_is_said_in_spanish(kept: str, spanish: str, spanish_words: None) -> None:
    assert given_words(kept) == spanish


def test_the_kinds_are_said_in_one_order(spanish_words: None) -> None:
    """Kept in the order the command line gave them: said in the table's, "e" before "información"."""
    assert given_words("copy of the billing information and progress notes (password-protected PDF)") == (
        "copia de: notas de evolución e información de facturación (PDF protegido con contraseña)")


@pytest.mark.parametrize("kept", KEPT_AS_IS)
def test_anything_else_reads_as_kept(kept: str, spanish_words: None) -> None:
    assert given_words(kept) == kept


def test_what_the_copy_writes_is_a_shape_said_in_spanish(vault: Vault, tmp_path: Path, spanish_words: None) -> None:
    """The words the service keeps, not a copy of them: a change there fails here."""
    fx.set_practice(vault)
    client_id = clients.create_client(vault, "Ana Nueva", date_of_birth="1990-05-01").client_id
    sessions.add_session(vault, client_id, date=fx.days_ago(7), duration_minutes=53, icd10_codes=["F41.1"])
    first = requests.add_request(vault, client_id, kind="access", received_on=fx.today())
    assert access_copy.grant_with_copy(vault, first.id, folder=tmp_path, password=fx.PASSWORD).granted
    second = requests.add_request(vault, client_id, kind="access", received_on=fx.today())
    access_copy.close_nothing_held(vault, second.id, kinds=("progress",))
    for rid in (first.id, second.id):
        kept = requests.get_request(vault, rid).granted
        assert given_words(kept) != kept and "chart" not in given_words(kept), kept


@pytest.mark.parametrize(("lang", "said", "not_said"), [
    ("en", "; given by the open export of {day}: the treatment plan, the attached documents", "another way"),
    ("es", "; entregado con la exportación abierta del {day}: el plan de tratamiento, los documentos adjuntos",
     "de otra forma"),
])
def test_a_grant_by_the_open_export_says_so_with_its_day(vault: Vault, tmp_path: Path, lang: str, said: str,
                                                         not_said: str, request: pytest.FixtureRequest) -> None:
    """Found by a walker: the request granted because the Complete open export held every part
    read "given another way: the treatment plan, the attached documents", as if printed by hand."""
    from tests.core.test_access_copy_open_export_held import _export
    from tests.core.test_access_copy_outside_parts import _request
    from vault_app.gui.dates import show_date

    client_id, rid = _request(vault, plan=True, attached=True)
    access_copy.grant_with_copy(vault, rid, folder=tmp_path, password=fx.PASSWORD)
    assert _export(vault, client_id, rid, tmp_path / "chart.pdf") == rid
    q = requests.get_request(vault, rid)
    if lang == "es":
        request.getfixturevalue("spanish_words")
    words = given_words(q.granted or "", q.given)
    assert said.format(day=show_date(fx.today())) in words, words
    assert not_said not in words
