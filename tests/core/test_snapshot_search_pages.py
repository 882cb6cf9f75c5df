"""The shared search's page memo (services/snapshot_search.py, PAGE_MEMO): in a unit of a
purged snapshot that is new (one of its pages changed), a page whose HMAC was searched
before is not searched again; only the pages that changed and the seams between pages.
On two real states of one records.db (tests/core/test_snapshot_search.py's `two_states`):
it finds exactly what a search of every page finds, needles across every page seam
included, and searches much less of the second state's new units than they hold."""

from __future__ import annotations

import os
import random
from typing import Any

import pytest

from tests.core.test_snapshot_search import (  # noqa: F401 (two_states: a fixture)
    _full,
    _placed,
    _shared,
    _unit_plaintexts,
    two_states,
)
from vault_app.services import snapshot_search
from vault_app.services.destruction_verify import ContentScan
from vault_app.services.snapshot_search import SharedPageSearch
from vault_app.storage.destruction_pages import PAGE_SIZE, RESERVE, SALT_LEN
from vault_app.storage.destruction_scan import TEXT, Needle, NeedleSet


def _page_seams(plain: bytes) -> list[int]:
    """The offsets in a clean file's plaintext where one page's ends and the next begins."""
    first = PAGE_SIZE - RESERVE - SALT_LEN
    return list(range(first, len(plain), PAGE_SIZE - RESERVE))


@pytest.mark.parametrize("memo", [True, False], ids=["page-memo", "units-only"])
def test_the_page_memo_finds_exactly_what_a_search_of_every_page_finds(
    two_states: dict[str, Any], monkeypatch: pytest.MonkeyPatch, memo: bool  # noqa: F811
) -> None:
    monkeypatch.setattr(snapshot_search, "PAGE_MEMO", memo)
    s = two_states
    rng = random.Random(11)
    plain_b = b"".join(_unit_plaintexts(s["b"] / "records.db", s["key"], s["layout_b"]))
    plain_a = b"".join(_unit_plaintexts(s["a"] / "records.db", s["key"], s["layout_a"]))
    # Across every page seam of b/ (inside units and between them), at varying lengths.
    needles = [plain_b[o - rng.randint(1, 24) : o + rng.randint(1, 24)] for o in _page_seams(plain_b)]
    needles += [plain_b[o : o + rng.randint(5, 48)] for o in (rng.randrange(len(plain_b) - 48) for _ in range(60))]
    needles += [plain_a[o : o + 40] for o in (rng.randrange(len(plain_a) - 48) for _ in range(30))]
    needles += [os.urandom(16) for _ in range(10)]  # found nowhere
    search, in_a, in_b = _shared(s, needles)
    assert in_a == _full(s["a"], s["key"], needles)
    assert in_b == _full(s["b"], s["key"], needles)
    assert len(in_b) < len(needles)  # the random ones are not found: the test can tell
    assert (search.pages_memo > 0) == memo


def test_a_new_unit_is_searched_only_where_its_pages_changed(two_states: dict[str, Any],  # noqa: F811
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    s = two_states
    seen_a = _placed(s["layout_a"])
    units_b = _unit_plaintexts(s["b"] / "records.db", s["key"], s["layout_b"])
    new_b = [i for i, unit in enumerate(sorted(_placed(s["layout_b"]))) if unit not in seen_a]
    assert new_b, "the day's notes changed no chunk"
    new_plain = sum(len(units_b[i]) for i in new_b)
    searched: list[int] = []
    real_find = SharedPageSearch._find

    def find(self: SharedPageSearch, haystack: bytes) -> frozenset[int]:
        searched.append(len(haystack))
        return real_find(self, haystack)

    monkeypatch.setattr(SharedPageSearch, "_find", find)
    search = SharedPageSearch(ContentScan(NeedleSet([Needle(b"never-there-at-all", TEXT)])))
    search.search_compartments(s["a"], {"records": s["key"]}, {"records.db": s["layout_a"]}, "a: ")
    searched.clear()
    search.search_compartments(s["b"], {"records": s["key"]}, {"records.db": s["layout_b"]}, "b: ")
    # b/'s new units hold `new_plain` bytes; most of their pages are a/'s, searched there.
    assert search.pages_memo > 0
    assert sum(searched) < new_plain // 2, (sum(searched), new_plain, search.pages_memo)
