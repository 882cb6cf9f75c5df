"""The chart numbers of a few charts, read from a records.db that is not open (the file a
restore is about to replace: services/restore_ask_lost.py), through a query-only connection of
its own. Nothing else of the chart is read: the question names a chart by its number only."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from vault_app.storage.compartment import open_query_only
from vault_app.storage.sql_errors import classify


def chart_numbers(path: Path, key: bytes, client_ids: Collection[str]) -> dict[str, str]:
    """client id -> chart number, for those of `client_ids` the file holds."""
    wanted = sorted(set(client_ids))
    if not wanted:
        return {}
    what = "reading chart numbers"
    conn = open_query_only(path, key, "records", what)
    try:
        marks = ", ".join("?" for _ in wanted)
        rows = conn.execute(f"SELECT client_id, chart_number FROM clients WHERE client_id IN ({marks})",
                            wanted).fetchall()
    except sqlcipher.Error as exc:
        raise classify(exc, "records", what) from None
    finally:
        conn.close()
    return {str(r["client_id"]): str(r["chart_number"]) for r in rows if r["chart_number"]}
