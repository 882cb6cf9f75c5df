"""A chart's "sort as" (records migration 0114). Found by a walker with a Spanish-speaking practice:
"María García López" was listed under López, her second surname, where a reader of Spanish looks
for her under García. The chart now keeps what it is listed under; the window's pages and `client
list` follow it, its first letter folded as the list folds any (Álvarez with the A's); a chart
without one keeps its place. Real vault, real SQLCipher; the CLI in process."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.cli_helpers import cli
from vault_app.domain.errors import InvalidInput
from vault_app.domain.sort_as import from_surname, proposed, two_surnames_for, writes_spanish
from vault_app.services import clients, clients_page, practice
from vault_app.services.vault import Vault
from vault_app.storage import clinical_clients

PROPOSALS = [
    # (legal name, two surnames (a Spanish practice), proposed)
    ("María García López", True, "García López"),
    ("María José García López", True, "García López"),
    ("María de la Cruz Pérez", True, "Cruz Pérez"),
    ("Juan García y López", True, "García y López"),
    ("Ana de la Cruz", True, ""),  # no given name would be left: by Cruz, as the list does
    ("Ana López", True, ""),
    ("Rosa Díaz (demo)", True, ""),
    ("García López, María", True, "García López"),
    ("García López, María", False, "García López"),  # written surname first, in any language
    ("Smith, John", False, "Smith"),
    ("Mary Ann Smith", False, ""),  # one surname: nothing proposed
    ("María García López", False, ""),
    ("", True, ""),
    # A compound given name and one surname, as many in a US Latino practice write it (round 39's
    # walker: "Juan Carlos Ramírez" was filed under "Carlos Ramírez"): by the surname, nothing proposed
    ("Juan Carlos Ramírez", True, ""),
    ("María José Ortiz", True, ""),
    ("Ana María López", True, ""),
    ("José Luis Pérez", True, ""),
    ("Maria Jose Ortiz", True, ""),  # typed without accents
    ("JOSÉ MARÍA GARCÍA", True, ""),
    ("María del Carmen López", True, ""),
    ("María de los Ángeles Ruiz", True, ""),
    # ... and with both surnames, both proposed
    ("Juan Carlos Ramírez Soto", True, "Ramírez Soto"),
    ("María del Carmen García López", True, "García López"),
    # A given name and two surnames, as before
    ("Carlos García Núñez", True, "García Núñez"),
    ("José García López", True, "García López"),
    # A second word that is as often a surname as a given name (Martín, Salvador): nothing proposed
    ("José Martín Pérez", True, ""),
    ("Pedro Salvador Ruiz", True, ""),
    ("José Martín Pérez Soto", True, "Pérez Soto"),
    # A compound given name and one surname (walker wspanish, round 39: "Juan Carlos Ramírez" was filed
    # under "Carlos Ramírez"): the middle word is a given name, so by the last word, Ramírez.
    ("Juan Carlos Ramírez", True, ""),
    ("José Luis Martínez", True, ""),
    ("Jose Luis Martinez", True, ""),
    ("María Elena Ortiz", True, ""),
    ("Ana María López", True, ""),
    ("María del Carmen Ruiz", True, ""),
    ("María de los Ángeles O'Brien", True, ""),
    ("Juan Carlos Ramírez López", True, "Ramírez López"),  # four words: two given names, two surnames
    ("Ana Ávila Torres", True, "Ávila Torres"),
]


@pytest.mark.parametrize(("name", "two", "expected"), PROPOSALS)
def test_what_a_new_chart_is_proposed_to_be_listed_under(name: str, two: bool, expected: str) -> None:
    assert proposed(name, two_surnames=two) == expected


@pytest.mark.parametrize(("surname", "listed"), [
    ("Cárdenas", "Cárdenas"), ("de la Cruz", "Cruz"), (" Hernández  Ruiz ", "Hernández Ruiz"), ("", ""),
    ("del", "del"), ("x" * 201, ""),  # too long for a sort-as: the name's proposal stands
])
def test_what_a_known_surname_is_listed_under(surname: str, listed: str) -> None:
    assert from_surname(surname) == listed


@pytest.mark.parametrize(("tag", "spanish"), [("es_US", True), ("es-MX", True), ("es", True), ("en_US", False),
                                              ("", False), ("eu_ES", False)])
def test_which_practices_write_two_surnames(tag: str, spanish: bool) -> None:
    assert writes_spanish(tag) is spanish


@pytest.mark.parametrize(("locale", "letters_in", "two"), [
    ("es_US", "en", True),   # the practice writes Spanish: every new chart, as before
    ("es_US", "es", True),
    ("en_US", "es", True),   # a Spanish-speaking client of an English practice (wspanish S2)
    ("en_US", "en", False),  # an English practice, an English-speaking client: one surname
    ("", "en", False),
    ("eu_ES", "en", False),
])
def test_whose_names_are_read_with_two_surnames(locale: str, letters_in: str, two: bool) -> None:
    assert two_surnames_for(locale, letters_in) is two


def test_a_spanish_speaking_client_of_an_english_practice_is_listed_under_both_surnames(vault: Vault) -> None:
    maria = clients.create_client(vault, "María García López", date_of_birth="1980-01-01", letters_in="es")
    mary = clients.create_client(vault, "Mary Ann Smith Jones", date_of_birth="1980-01-01")
    ana = clients.create_client(vault, "Ana de la Cruz", date_of_birth="1980-01-01", letters_in="es")
    assert (maria.sort_as, mary.sort_as, ana.sort_as) == ("García López", "", "")


def _pages(vault: Vault) -> list[str]:
    names, page = [], clients_page.client_page(vault, limit=2)
    names += [c.legal_name for c in page.rows]
    while page.more:
        page = clients_page.client_page(vault, after=page.after, limit=2)
        names += [c.legal_name for c in page.rows]
    return names


def test_a_chart_is_listed_under_what_it_is_sorted_as(vault: Vault) -> None:
    clients.create_client(vault, "Zoe Harris", date_of_birth="1980-01-01")
    maria = clients.create_client(vault, "María García López", date_of_birth="1980-01-01")
    clients.create_client(vault, "Ana Ibarra", date_of_birth="1980-01-01")
    clients.create_client(vault, "Luis Álvarez Ruiz", sort_as="Álvarez Ruiz", date_of_birth="1980-01-01")
    assert maria.sort_as == ""  # an English practice: nothing proposed, listed by the last word
    before = ["Luis Álvarez Ruiz", "Zoe Harris", "Ana Ibarra", "María García López"]
    assert [c.legal_name for c in clients.list_clients(vault)] == before == _pages(vault)
    updated = clients.update_client(vault, maria.client_id, sort_as="  García López ")
    assert updated.sort_as == "García López"
    after = ["Luis Álvarez Ruiz", "María García López", "Zoe Harris", "Ana Ibarra"]
    assert [c.legal_name for c in clients.list_clients(vault)] == after == _pages(vault)
    assert [c.sort_as for c in clients.list_clients(vault)][:2] == ["Álvarez Ruiz", "García López"]
    clients.update_client(vault, maria.client_id, sort_as="")  # back to the legal name's last word
    assert [c.legal_name for c in clients.list_clients(vault)] == before
    plan = " ".join(clinical_clients.page_plan(vault.records, status="active", words=[], after=("m", 0)))
    assert "clients_list_by_last_name" in plan and "TEMP B-TREE" not in plan, plan


def test_a_spanish_practice_lists_a_new_chart_under_both_surnames(vault: Vault) -> None:
    practice.update(vault, locale="es_US")
    maria = clients.create_client(vault, "María García López", date_of_birth="1980-01-01")
    ana = clients.create_client(vault, "Ana de la Cruz", date_of_birth="1980-01-01")
    told = clients.create_client(vault, "Pedro Gómez Ruiz", sort_as="Ruiz", date_of_birth="1980-01-01")
    assert (maria.sort_as, ana.sort_as, told.sort_as) == ("García López", "", "Ruiz")


def test_a_sort_as_is_checked_as_a_name_is(vault: Vault) -> None:
    client = clients.create_client(vault, "Ana López", date_of_birth="1980-01-01")
    with pytest.raises(InvalidInput) as refused:
        clients.update_client(vault, client.client_id, sort_as="x" * 500)
    assert refused.value.field == "sort_as"
    with pytest.raises(InvalidInput):
        clients.update_client(vault, client.client_id, sort_as="García\u202eLópez")


def test_the_command_line_takes_and_shows_sort_as(vault: Vault, capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    folder = str(vault.folder)
    vault.lock()
    added = cli(capsys, monkeypatch, "client", "add", "María García López", "--chart-number", "C-1",
                "--sort-as", "García López", "--vault", folder)
    assert added.code == 0, added.err
    assert "sort as: García López" in added.out
    assert cli(capsys, monkeypatch, "client", "add", "Zoe Harris", "--chart-number", "C-2",
               "--vault", folder).code == 0
    listed = cli(capsys, monkeypatch, "client", "list", "--vault", folder)
    assert listed.out.index("C-1") < listed.out.index("C-2"), listed.out
    changed = cli(capsys, monkeypatch, "client", "update", "C-1", "--sort-as", "", "--vault", folder)
    assert changed.code == 0, changed.err
    listed = cli(capsys, monkeypatch, "client", "list", "--vault", folder)
    assert listed.out.index("C-2") < listed.out.index("C-1"), listed.out
    shown = cli(capsys, monkeypatch, "client", "show", "C-1", "--json", "--vault", folder).json()
    assert shown["client"]["sort_as"] == ""


def test_an_imported_chart_gets_the_same_proposal(psy_vault: Vault, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A chart made by an import from SimplePractice is a new chart as one typed in is: in a practice
    writing Spanish it is listed under both surnames (it was listed under the second)."""
    from scripts import make_simplepractice_export as export_maker
    from vault_app.services.importers.simplepractice import import_simplepractice

    # The export's two clients of one name, given a Spanish one (test data, as a practice's export holds).
    monkeypatch.setattr(export_maker, "SHARED_NAME", ("María", "García López"))
    export = export_maker.make_export(tmp_path / "SimplePractice Export", clients=1, notes_per_client=1, seed=3)
    practice.update(psy_vault, locale="es_US")
    import_simplepractice(psy_vault, export.root)
    listed = {c.legal_name: c.sort_as for c in clients.list_clients(psy_vault)}
    assert listed.get("María García López") == "García López", listed


def test_a_csv_s_own_last_name_column_is_what_its_chart_is_listed_under(vault: Vault, tmp_path: Path) -> None:
    """A client list with First Name and Last Name columns says where each surname begins; the import
    guessed from the whole name instead (walker wspanish, round 39): "José Luis" + "Martínez" was listed
    under "Luis Martínez", "Rosa Elvira" + "Cárdenas" under "Elvira Cárdenas". Leading particles go, as
    a proposal leaves them ("de la Cruz" under Cruz)."""
    from vault_app.services.importers.csv_clients import import_csv

    practice.update(vault, locale="es_US")
    path = tmp_path / "clientes.csv"
    path.write_text("First Name,Last Name,Date of Birth\nRosa Elvira,Cárdenas,01/02/1980\nMary Ann,Smith,01/03/1981\n"
                    "María,de la Cruz,01/04/1982\nGuadalupe,Hernández Ruiz,01/05/1983\n", encoding="utf-8")
    import_csv(vault, path, mapping={"first_name": "First Name", "last_name": "Last Name",
                                     "date_of_birth": "Date of Birth"}, date_order="mdy")
    listed = {c.legal_name: c.sort_as for c in clients.list_clients(vault)}
    assert listed == {"Rosa Elvira Cárdenas": "Cárdenas", "Mary Ann Smith": "Smith", "María de la Cruz": "Cruz",
                      "Guadalupe Hernández Ruiz": "Hernández Ruiz"}, listed
