"""The client list by last name, then first (found by a NY walker: it was by first name, and
therapists look clients up by last name): the window's pages and `client list` in one order
(storage/clinical_clients.py LIST_KEY); a couple's or family's chart by its shown name. Real vault,
real SQLCipher; the page still walks its index (tests/core/test_clients_page.py)."""

from __future__ import annotations

from vault_app.services import clients, clients_page
from vault_app.services.vault import Vault

PEOPLE = ["Maria Alvarez", "Aaron Zimmerman", "Priya Raman", "Chidi Okafor", "Zoe Li", "Amy Lin", "Bob Li",
          "Cher", "ana de la Cruz"]
IN_ORDER = ["Maria Alvarez", "Cher", "ana de la Cruz", "Bob Li", "Zoe Li", "Amy Lin", "Chidi Okafor", "Priya Raman",
            "Aaron Zimmerman"]


def _made(vault: Vault) -> None:
    for name in PEOPLE:
        clients.create_client(vault, name, date_of_birth="1980-01-01")


def test_window_pages_and_the_cli_list_sort_by_last_name_then_first(vault: Vault) -> None:
    _made(vault)
    assert [c.legal_name for c in clients.list_clients(vault)] == IN_ORDER  # what `client list` prints
    pages, page = [], clients_page.client_page(vault, limit=2)
    pages += page.rows
    while page.more:
        page = clients_page.client_page(vault, after=page.after, limit=2)
        pages += page.rows
    assert [c.legal_name for c in pages] == IN_ORDER


def test_a_couples_chart_sorts_by_its_shown_name(vault: Vault) -> None:
    _made(vault)
    members = [c.client_id for c in clients.list_clients(vault) if c.legal_name in ("Bob Li", "Zoe Li")]
    clients.create_case(vault, "Li couple", members, kind="couple")
    names = [c.legal_name for c in clients.list_clients(vault)]
    # By "Li couple": after the people named Li (their key goes on with a tab, before a space), before Lin.
    assert names.index("Cher") < names.index("Bob Li") < names.index("Zoe Li") < names.index("Li couple") \
        < names.index("Amy Lin")


def test_a_demo_charts_mark_is_no_surname(vault: Vault) -> None:
    for name in ("Winslow Abbott (demo)", "Briony Zellweger (demo)", "Maya Moss (demo)"):
        clients.create_client(vault, name, date_of_birth="1980-01-01")
    assert [c.legal_name for c in clients.list_clients(vault)] == [
        "Winslow Abbott (demo)", "Maya Moss (demo)", "Briony Zellweger (demo)"]


def test_the_word_the_window_keeps_in_sight_is_the_one_sql_sorts_by(vault: Vault) -> None:
    """domain/list_names.surname (or the chart's own "sort as", domain/sort_as.listed_under) says in
    Python what LIST_KEY says in SQL: the client list keeps that word whole where its column cuts a
    name, so the two must name the same word. "García López, María" is listed under what comes
    before its comma (a new chart's proposal, records migration 0114)."""
    from vault_app.domain.sort_as import listed_under

    _made(vault)
    for name in ("Winslow Abbott (demo)", "Maya Moss (demo)", "García López, María", "Sam Rivers Jr."):
        clients.create_client(vault, name, date_of_birth="1980-01-01")
    listed = clients.list_clients(vault)
    assert [c.sort_as for c in listed if c.legal_name == "García López, María"] == ["García López"]
    assert listed == sorted(listed, key=lambda c: (listed_under(c.legal_name, c.sort_as).casefold(),
                                                   c.legal_name.casefold()))
