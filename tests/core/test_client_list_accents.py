"""The client list's order with accented names (walker wes, round 37: a Los Angeles practice's list
read O'Brien, Ortega, Zamora, Álvarez, Ñúñez-Castillo, Ñúñez-Peña: an accented first letter sorted
after Z, as its code point does). Accents no longer move a chart: Álvarez with the A's, Ñúñez with
the N's, as a reader of either language looks for them; the window's pages and `client list` in one
order, and the page still walks its index (no sort). Real vault, real SQLCipher."""

from __future__ import annotations

import unicodedata

from vault_app.services import clients, clients_page
from vault_app.services.vault import Vault
from vault_app.storage import clinical_clients

PEOPLE = ["Zoe Zamora", "Óscar Ortega", "José Ñúñez-Peña", "María de los Ángeles O'Brien", "Ana Álvarez",
          "Beto Nava", "Iñaki Úbeda", "élise émond", "Carlos Ávila", "Renée Çelik"]
IN_ORDER = ["Ana Álvarez", "Carlos Ávila", "Renée Çelik", "élise émond", "Beto Nava", "José Ñúñez-Peña",
            "María de los Ángeles O'Brien", "Óscar Ortega", "Iñaki Úbeda", "Zoe Zamora"]


def _pages(vault: Vault) -> list[str]:
    names, page = [], clients_page.client_page(vault, limit=3)
    names += [c.legal_name for c in page.rows]
    while page.more:
        page = clients_page.client_page(vault, after=page.after, limit=3)
        names += [c.legal_name for c in page.rows]
    return names


def test_accented_surnames_sort_with_their_letter_in_the_window_and_the_cli(vault: Vault) -> None:
    for name in PEOPLE:
        clients.create_client(vault, name, date_of_birth="1980-01-01")
    assert [c.legal_name for c in clients.list_clients(vault)] == IN_ORDER  # what `client list` prints
    assert _pages(vault) == IN_ORDER


def test_a_name_typed_with_combining_accents_sorts_as_the_same_name_written_whole(vault: Vault) -> None:
    # A name pasted from another program may come decomposed (A + U+0301): it sorts as "Álvarez".
    decomposed = unicodedata.normalize("NFD", "Ana Álvarez")
    for name in ("Zoe Zamora", decomposed, "Beto Nava"):
        clients.create_client(vault, name, date_of_birth="1980-01-01")
    assert [unicodedata.normalize("NFC", c.legal_name) for c in clients.list_clients(vault)] == [
        "Ana Álvarez", "Beto Nava", "Zoe Zamora"]


def test_the_page_still_walks_the_index(vault: Vault) -> None:
    for name in PEOPLE:
        clients.create_client(vault, name, date_of_birth="1980-01-01")
    plan = " ".join(clinical_clients.page_plan(vault.records, status="active", words=[], after=("m", 0)))
    assert "clients_list_by_last_name" in plan and "TEMP B-TREE" not in plan, plan


def test_the_migration_builds_the_index_on_the_list_key_word_for_word() -> None:
    from importlib import resources

    from vault_app.storage.client_list_key import index_sql

    # The newest migration that builds it (0112, then 0114's with the chart's own "sort as").
    folder = resources.files("vault_app.storage.migrations").joinpath("records")
    made = "INDEX IF NOT EXISTS clients_list_by_last_name"
    building = sorted((f.name, f.read_text("utf-8")) for f in folder.iterdir()
                      if f.name.endswith(".sql") and made in f.read_text("utf-8"))
    assert building[-1][1].rstrip().endswith(index_sql())


# An accent or ñ inside the surname (walker wspanish, round 39): the list folded the first letter only,
# so each inner letter sorted by its code point, after every plain letter: López after Luna, Sánchez
# after Suárez and Soto, Gómez after Gutiérrez, Muñoz after Murphy, Díaz after Durán.
INNER = ["Kate Murphy", "Luis López", "Eva Suárez", "Ana Luna", "Pedro Sánchez", "Raúl Soto", "Inés Gómez",
         "Juan Gutiérrez", "José Muñoz", "Lina Durán", "Mario Díaz", "Ana Murillo", "Carlos Lozano"]
INNER_IN_ORDER = ["Mario Díaz", "Lina Durán", "Inés Gómez", "Juan Gutiérrez", "Luis López", "Carlos Lozano",
                  "Ana Luna", "José Muñoz", "Ana Murillo", "Kate Murphy", "Pedro Sánchez", "Raúl Soto", "Eva Suárez"]


def test_an_accent_inside_the_surname_sorts_as_its_plain_letter(vault: Vault) -> None:
    for name in INNER:
        clients.create_client(vault, name, date_of_birth="1980-01-01")
    assert [c.legal_name for c in clients.list_clients(vault)] == INNER_IN_ORDER
    assert _pages(vault) == INNER_IN_ORDER
