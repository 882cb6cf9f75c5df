"""A chart's History tab: the ledger entries about one chart, newest first, a page at a time.

Reads go through the ledger's per-chart index (storage/ledger_store.py, `ledger_subject`),
so the cost follows the chart's own entries, never the length of the whole ledger.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from vault_app.services.ledger import LedgerEntry

if TYPE_CHECKING:
    from vault_app.services.vault import Vault

PAGE = 200


@dataclass(frozen=True)
class HistoryPage:
    entries: list[LedgerEntry]
    # Pass as `before_seq` to read the next (older) page; None when this was the last page.
    older_than: int | None
    # The chart's representatives by guardian id ("Jane Roe, parent"): the ledger keeps only
    # the id and the capacity of one who received a copy (services/access_recipient.access_to).
    representatives: dict[str, str] = field(default_factory=dict)


def chart_history(vault: Vault, client_id: str, *, limit: int = PAGE, before_seq: int | None = None) -> HistoryPage:
    # One extra row tells whether an older page exists without a count over the chart.
    rows = vault.ledger.for_client(client_id, limit + 1, before_seq)
    page = rows[:limit]
    more = len(rows) > limit
    # Here, not at the top: the chart's tabs import this module, and the representatives' module
    # brings the clients' and practice's services with it.
    from vault_app.services.representatives import RepresentativeNames

    names = RepresentativeNames(vault)
    extras = [e.payload.get("extra") for e in page if e.kind == "disclosure"]
    wanted = {str(x["guardian_id"]) for x in extras if isinstance(x, dict) and x.get("guardian_id")}
    return HistoryPage(page, page[-1].seq if more and page else None,
                       {g: named for g in wanted if (named := names.of(client_id, g))})
