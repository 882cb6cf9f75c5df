"""The client list a page at a time (issue 21): the first charts at once, more on request.

The list's order is the legal name (case-insensitive), then creation; or, chosen at the list's
headers, the chart number or the last visit (either way round), the whole list sorted in SQL. A page is read
through the index in that order after a cursor, so showing the first page costs that
page, not the vault: 100 rows of 2,400 charts read 100 rows. Status filter and search
words run in SQL (storage/clinical_clients.py page_summaries).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from vault_app.domain.clinical import CLIENT_STATUSES, ClientSummary, choice
from vault_app.services import older_copy_known
from vault_app.services.clinical_common import age_of_majority, today
from vault_app.services.vault import Vault
from vault_app.storage import clinical_clients

PAGE_SIZE = 100
# The list's orders (its headers): the legal name's last name, the chart number, the last visit.
ORDERS = ("name", "chart", "last_seen")
MAX_PAGE = 1000


@dataclass(frozen=True)
class ClientPage:
    """One page of the client list, and how to ask for the next."""

    rows: list[ClientSummary]
    more: bool  # another page follows
    after: tuple[str, int] | None  # the cursor for the next page (pass it back as `after`)
    total: int | None  # every chart of the status (a count over an index); None when searching
    # Rows of charts a newer copy of this vault destroyed (this one an older copy put back): listed,
    # and refused when opened (older_copy_destroyed), so the list says which they are.
    destroyed_there: frozenset[str] = frozenset()


def client_page(vault: Vault, status: str = "all", query: str = "", *, after: tuple[str, int] | None = None,
                limit: int = PAGE_SIZE, order: str = "name", descending: bool = False) -> ClientPage:
    """A page of the client list: `status` ("all" for every one) and words that must all
    appear in the legal or preferred name or the chart number, in any case; `after` the
    cursor of the previous page, asked in the same `order` (ORDERS: by last name, chart
    number or last visit), `descending` or not. Reads `limit` + 1 rows (the one more says if a
    page follows)."""
    if status != "all":
        choice(status, CLIENT_STATUSES, "client status")
    choice(order, ORDERS, "list order")
    limit = max(1, min(int(limit), MAX_PAGE))
    found = clinical_clients.page_summaries(
        vault.records, today=today(), age_of_majority=age_of_majority(vault),
        status=None if status == "all" else status, words=query.split(), after=after, limit=limit + 1,
        order=order, descending=descending)
    more = len(found) > limit
    found = found[:limit]
    narrowed = None if status == "all" else status
    total = None if query.split() else clinical_clients.count_by_status(vault.records, narrowed)
    known = older_copy_known.known(vault)
    rows = [row for row, _ in found]
    return ClientPage(rows, more, found[-1][1] if found and more else None, total,
                      frozenset(row.client_id for row in rows if row.client_id in known))


def charts_named(vault: Vault, client_ids: Iterable[str]) -> list[ClientSummary]:
    """The client-list rows of these charts only: a screen that names a few charts as the list
    does (the search's hits: legal and preferred names, the year where two read the same) reads
    those, not the whole list."""
    return clinical_clients.summaries_of(vault.records, list(client_ids), today=today(),
                                         age_of_majority=age_of_majority(vault))


def chart_numbers(vault: Vault, client_ids: Iterable[str]) -> dict[str, str]:
    """{client id: chart number} for these charts only: a screen that names a few charts
    (the dashboard's lines) reads those, not the whole client list."""
    return clinical_clients.chart_numbers(vault.records, list(client_ids))


def chart_labels(vault: Vault, client_ids: Iterable[str]) -> dict[str, tuple[str, str]]:
    """{client id: (chart number, display name)} for these charts only (a case's members): the
    names of a few charts, not of every chart."""
    return clinical_clients.chart_labels(vault.records, list(client_ids))
