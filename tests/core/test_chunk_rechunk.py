"""chunk_store.rechunk: the chunking of a changed file, read from the last boundary before
the first changed page until it cuts where the old chunking cut, equals chunking the
whole file again, for random change sets (the file's end, growth and shrink included)."""

from __future__ import annotations

import io
import random

import pytest

from vault_app.storage import chunk_rechunk, chunk_store
from vault_app.storage.chunk_store import MAX_PAGES, PAGE


def _pages(rng: random.Random, n: int) -> list[bytes]:
    return [rng.randbytes(PAGE) for _ in range(n)]


def _whole(data: bytes) -> list[bytes]:
    return list(chunk_store.split_file(io.BytesIO(data)))


class _Counting(io.BytesIO):
    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.read_bytes = 0

    def read(self, size: int | None = -1) -> bytes:
        out = super().read(size)
        self.read_bytes += len(out)
        return out


def _rebuilt(old: list[bytes], result: list[int | bytes]) -> list[bytes]:
    return [old[r] if isinstance(r, int) else r for r in result]


def _check(old_pages: list[bytes], new_pages: list[bytes], changed: set[int]) -> list[int | bytes]:
    old = _whole(b"".join(old_pages))
    data = b"".join(new_pages)
    result = chunk_rechunk.rechunk(io.BytesIO(data), [len(c) for c in old], changed, len(data))
    assert _rebuilt(old, result) == _whole(data)
    # An old chunk kept is at its old offset.
    offset = 0
    for r in result:
        if isinstance(r, int):
            assert offset == sum(len(c) for c in old[:r])
        offset += len(old[r]) if isinstance(r, int) else len(r)
    return result


@pytest.mark.parametrize("seed", range(400))
def test_rechunk_equals_chunking_the_whole_file(seed: int) -> None:
    rng = random.Random(seed)
    old_pages = _pages(rng, rng.randint(1, 300))
    new_pages = list(old_pages)
    changed: set[int] = set()
    for _ in range(rng.choice((0, 1, 1, 2, 5, 20))):
        at = rng.randrange(len(new_pages))
        new_pages[at] = rng.randbytes(PAGE)
        changed.add(at)
    kind = rng.choice(("same", "same", "end", "grow", "shrink"))
    if kind == "end":
        new_pages[-1] = rng.randbytes(PAGE)
        changed.add(len(new_pages) - 1)
    elif kind == "grow":
        grown = rng.randint(1, 80)
        changed.update(range(len(new_pages), len(new_pages) + grown))
        new_pages += _pages(rng, grown)
    elif kind == "shrink" and len(new_pages) > 1:
        new_pages = new_pages[: rng.randint(1, len(new_pages) - 1)]
        changed = {p for p in changed if p < len(new_pages)}
    _check(old_pages, new_pages, changed)


def test_a_superset_of_the_changed_pages_gives_the_same_chunks() -> None:
    rng = random.Random(7)
    old_pages = _pages(rng, 200)
    new_pages = list(old_pages)
    new_pages[50] = rng.randbytes(PAGE)
    _check(old_pages, new_pages, {50, 3, 120, 199})


def test_changed_pages_far_apart_read_a_few_chunks_each_not_the_file() -> None:
    """What a deletion changes: page 1, pages here and there, the file's last pages."""
    rng = random.Random(11)
    old_pages = _pages(rng, 4000)
    new_pages = list(old_pages)
    changed = {0, 1000, 2000, 2001, 3999}
    for p in changed:
        new_pages[p] = rng.randbytes(PAGE)
    old = _whole(b"".join(old_pages))
    fh = _Counting(b"".join(new_pages))
    result = chunk_rechunk.rechunk(fh, [len(c) for c in old], changed, len(new_pages) * PAGE)
    assert _rebuilt(old, result) == _whole(b"".join(new_pages))
    # From the boundary before each change up to a boundary after it: a few chunks each.
    assert fh.read_bytes <= 4 * 6 * MAX_PAGES * PAGE
    assert sum(isinstance(r, int) for r in result) > len(old) - 40


def test_nothing_changed_reads_nothing() -> None:
    rng = random.Random(3)
    pages = _pages(rng, 100)
    old = _whole(b"".join(pages))
    fh = _Counting(b"".join(pages))
    result = chunk_rechunk.rechunk(fh, [len(c) for c in old], set(), len(pages) * PAGE)
    assert (result, fh.read_bytes) == (list(range(len(old))), 0)


def test_a_change_the_caller_did_not_name_is_not_seen() -> None:
    """Why the caller's set must hold every changed page: rechunk trusts it (PurgeWork
    names exactly the pages its patch wrote)."""
    rng = random.Random(5)
    old_pages = _pages(rng, 300)
    new_pages = list(old_pages)
    new_pages[10] = rng.randbytes(PAGE)
    new_pages[250] = rng.randbytes(PAGE)
    old = _whole(b"".join(old_pages))
    data = b"".join(new_pages)
    result = chunk_rechunk.rechunk(io.BytesIO(data), [len(c) for c in old], {10}, len(data))
    assert _rebuilt(old, result) != _whole(data)
