"""A list of values of any length as ONE bound parameter: `col IN {VALUES_OF}` with
`as_json(values)` bound to its `?`.

A list written out as `IN (?, ?, ...)` grows with a chart (its notes, goals, kept
originals) and fails with "too many SQL variables" past SQLite's variable limit. Batching
would split one question into several statements, each with its own ORDER BY and LIMIT;
json_each keeps it one statement, so ordering, LIMIT, EXISTS and NOT IN mean what they
say over the whole list. An empty list is an empty set: `IN` matches nothing and
`NOT IN` everything (never the `NOT IN (NULL)` trap).

Lists that are bounded by the code (a fixed set of ledger kinds, a page of rows) may keep
their marks; they say so where they are written."""

from __future__ import annotations

import json
from collections.abc import Iterable

# The set of the values in the JSON array bound to its one `?`.
VALUES_OF = "(SELECT value FROM json_each(?))"


def as_json(values: Iterable[str]) -> str:
    """The parameter for one VALUES_OF: the values as a JSON array of strings."""
    return json.dumps([str(v) for v in values], separators=(",", ":"))
