"""The client list sorted by the column the therapist chose (found by a walker: the headers looked
clickable and sorted nothing; at 1,222 active charts "who have I not seen for a while" is the
question). The order is the service's, in SQL, over the whole list: pages read after a cursor in
that order add up to the whole list sorted, whatever the page size, with search words and the
status filter as ever. Never seen (no session yet) comes first in "last seen" from the oldest:
no visit at all is the longest while."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.disclosure_fixtures import days_ago
from vault_app.domain.clinical import ClientSummary
from vault_app.domain.errors import VaultError
from vault_app.services import clients, clients_page, sessions
from vault_app.services.vault import Vault


def _fill(vault: Vault) -> list[ClientSummary]:
    names = ["Zoe Abbott", "alma Reyes", "Bo Chen", "Maya Ortiz", "Liam Neill", "Ana Baez", "Eli Stone"]
    seen = [40, None, 3, 400, 40, None, 90]  # days ago of the last session; None: never
    for name, ago in zip(names, seen, strict=True):
        client = clients.create_client(vault, name, date_of_birth="1980-01-01")
        if ago is not None:
            sessions.add_session(vault, client.client_id, date=days_ago(ago), duration_minutes=50)
    return clients.list_clients(vault)


def _all_pages(vault: Vault, order: str, descending: bool, size: int, query: str = "") -> list[ClientSummary]:
    page = clients_page.client_page(vault, "all", query, limit=size, order=order, descending=descending)
    out = list(page.rows)
    while page.more:
        assert page.after is not None
        page = clients_page.client_page(vault, "all", query, after=page.after, limit=size, order=order,
                                        descending=descending)
        out += page.rows
    return out


def _seq(rows: list[ClientSummary]) -> dict[str, int]:
    return {row.client_id: i for i, row in enumerate(rows)}  # creation order: the tie-break


def _expected(rows: list[ClientSummary], order: str, descending: bool) -> list[str]:
    made = _seq(sorted(rows, key=lambda r: r.chart_number))
    if order == "chart":
        def key(r: ClientSummary) -> tuple[object, int]:
            return (r.chart_number.casefold(), made[r.client_id])
    else:
        def key(r: ClientSummary) -> tuple[object, int]:
            return ((r.last_contact or date.min), made[r.client_id])
    return [r.client_id for r in sorted(rows, key=key, reverse=descending)]


@pytest.mark.parametrize("order", ["chart", "last_seen"])
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("size", [1, 2, 3, 100])
def test_pages_in_each_order_add_up_to_the_whole_list_sorted(vault: Vault, order: str, descending: bool,
                                                            size: int) -> None:
    rows = _fill(vault)
    got = [r.client_id for r in _all_pages(vault, order, descending, size)]
    assert got == _expected(rows, order, descending)


def test_last_seen_from_the_oldest_puts_never_seen_first_then_the_longest_ago(vault: Vault) -> None:
    _fill(vault)
    got = [(r.legal_name, r.last_contact) for r in _all_pages(vault, "last_seen", False, 2)]
    assert [name for name, _ in got[:2]] == ["alma Reyes", "Ana Baez"]
    assert got[2] == ("Maya Ortiz", days_ago(400))


def test_the_name_order_is_the_list_s_own_and_descending_turns_it(vault: Vault) -> None:
    _fill(vault)
    by_name = [r.client_id for r in _all_pages(vault, "name", False, 2)]
    assert by_name == [r.client_id for r in clients.find_clients(vault, "all", "")]
    assert [r.client_id for r in _all_pages(vault, "name", True, 3)] == by_name[::-1]


def test_search_words_keep_the_order_chosen(vault: Vault) -> None:
    _fill(vault)
    got = [r.legal_name for r in _all_pages(vault, "last_seen", True, 1, query="a")]
    # every name with an "a" in it, the most recently seen first (a tie: the newer chart first)
    assert got == ["Liam Neill", "Zoe Abbott", "Maya Ortiz", "Ana Baez", "alma Reyes"]


def test_an_order_not_known_is_refused(vault: Vault) -> None:
    with pytest.raises(VaultError):
        clients_page.client_page(vault, "all", "", order="birthday")
