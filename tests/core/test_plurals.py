"""Counts in service and CLI messages: "1 backup", "2 backups", never "(s)"."""

from __future__ import annotations

import pytest

from vault_app.domain.plurals import counted, noun

# (n, singular, plural given or "", what is said)
ROWS = [
    (0, "backup", "", "0 backups"),
    (1, "backup", "", "1 backup"),
    (2, "backup", "", "2 backups"),
    (1, "psychotherapy note", "", "1 psychotherapy note"),
    (3, "addendum", "addenda", "3 addenda"),
    (1, "addendum", "addenda", "1 addendum"),
]


@pytest.mark.parametrize(("n", "one", "other", "said"), ROWS)
def test_counted(n: int, one: str, other: str, said: str) -> None:
    assert counted(n, one, other) == said
    assert noun(n, one, other) == said.split(" ", 1)[1]
