"""chunk_store.rechunk: the chunking of a changed file, read from the last boundary before
the first changed page until it cuts where the old chunking cut, equals chunking the
whole file again, for random change sets (the file's end, growth and shrink included)."""

from __future__ import annotations

import io
import random

import pytest

from vault_app.storage import chunk_store
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


def _check(old_pages: list[bytes], new_pages: list[bytes], changed: set[int]) -> chunk_store.Rechunked:
    old = _whole(b"".join(old_pages))
    data = b"".join(new_pages)
    result = chunk_store.rechunk(io.BytesIO(data), [len(c) for c in old], changed, len(data))
    assert result.start == sum(len(c) for c in old[: result.head])
    assert old[: result.head] + result.pieces + old[result.tail :] == _whole(data)
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


def test_one_changed_page_reads_a_few_chunks_not_the_file() -> None:
    rng = random.Random(11)
    old_pages = _pages(rng, 4000)
    new_pages = list(old_pages)
    new_pages[2000] = rng.randbytes(PAGE)
    old = _whole(b"".join(old_pages))
    fh = _Counting(b"".join(new_pages))
    result = chunk_store.rechunk(fh, [len(c) for c in old], {2000}, len(new_pages) * PAGE)
    assert old[: result.head] + result.pieces + old[result.tail :] == _whole(b"".join(new_pages))
    # From the boundary before the change up to a boundary after it, at most a few chunks.
    assert fh.read_bytes <= 6 * MAX_PAGES * PAGE
    assert result.tail < len(old)


def test_nothing_changed_reads_nothing() -> None:
    rng = random.Random(3)
    pages = _pages(rng, 100)
    old = _whole(b"".join(pages))
    fh = _Counting(b"".join(pages))
    result = chunk_store.rechunk(fh, [len(c) for c in old], set(), len(pages) * PAGE)
    assert (result.head, result.pieces, result.tail, fh.read_bytes) == (len(old), [], len(old), 0)


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
    result = chunk_store.rechunk(io.BytesIO(data), [len(c) for c in old], {10}, len(data))
    assert old[: result.head] + result.pieces + old[result.tail :] != _whole(data)
