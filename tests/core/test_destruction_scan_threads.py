"""The destruction's content search shared out between threads and cut into pieces finds
exactly what one search over each whole place finds (issue 21, verification at disk speed)."""

from __future__ import annotations

import random
from itertools import pairwise
from pathlib import Path

import pytest

from tests.core.destruction_helpers import seed_chart
from vault_app.services import destruction_verify as verify
from vault_app.services.vault import Vault
from vault_app.storage.destruction_pages import PAGE_SIZE
from vault_app.storage.destruction_scan import TEXT, Needle, NeedleSet, Piece


def _needles(values: list[bytes]) -> NeedleSet:
    return NeedleSet(Needle(v, TEXT) for v in values)


@pytest.mark.parametrize("seed", range(8))
def test_pieces_joined_find_what_the_whole_haystack_holds(seed: int) -> None:
    rng = random.Random(seed)
    alphabet = b"abcd"  # few letters: needles occur often, and across every kind of cut
    haystack = bytes(rng.choice(alphabet) for _ in range(4000))
    needles = _needles(sorted({bytes(rng.choice(alphabet) for _ in range(rng.randint(5, 12))) for _ in range(300)}))
    whole = needles.search([haystack])
    cuts = sorted({0, len(haystack), *(rng.randint(0, len(haystack)) for _ in range(rng.randint(1, 60)))})
    pieces = [needles.search_piece([haystack[a:b]]) for a, b in pairwise(cuts)]
    assert needles.join(pieces) == whole
    # Pieces sharing what their haystack's other pieces found, searched in any order.
    spans = list(pairwise(cuts))
    order = list(range(len(spans)))
    rng.shuffle(order)
    place = needles.place()
    shared: dict[int, Piece] = {k: needles.search_piece([haystack[spans[k][0]:spans[k][1]]], place=place)
                                 for k in order}
    assert needles.join([shared[k] for k in range(len(spans))]) == whole
    assert whole and len(whole) < len(needles)  # the case is not trivial either way


def test_a_needle_across_a_cut_is_found_and_one_nowhere_is_not() -> None:
    needles = _needles([b"ACROSSCUT", b"NOWHERE42"])
    a, b = needles.search_piece([b"xxxxACROS"]), needles.search_piece([b"SCUTyyyy"])
    assert a.found == b.found == set()
    assert needles.join([a, b]) == {0}
    # Split over three pieces, the middle one shorter than a needle.
    parts = [needles.search_piece([p]) for p in (b"xxAC", b"ROS", b"SCUTyy")]
    assert needles.join(parts) == {0}


def _scan(vault: Vault, needles: NeedleSet, threads: int) -> verify.ContentScan:
    scan = verify.ContentScan(needles, threads=threads)
    verify.scan_vault(vault, scan)
    return scan


def test_the_vault_scan_is_the_same_with_one_or_two_threads_and_any_pieces(
        psy_vault: Vault, vault_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    chart = seed_chart(psy_vault, "M")
    other = seed_chart(psy_vault, "N")
    # Planted in a raw file, straddling where a piece of 2 pages ends.
    straddle = b"STRADDLE-" + chart.names[0].encode()
    stray = bytearray(b"\x00" * (3 * PAGE_SIZE))
    stray[2 * PAGE_SIZE - 8 : 2 * PAGE_SIZE - 8 + len(straddle)] = straddle
    (vault_dir / "stray.bin").write_bytes(bytes(stray))
    values = [*chart.needles().values(), straddle, b"never-anywhere-in-this-vault"]
    needles = _needles(values)

    reference = _scan(psy_vault, needles, threads=1)  # 8 MiB pieces: one piece per file here
    monkeypatch.setattr(verify, "PIECE_PAGES", 2)
    monkeypatch.setattr(verify, "PIECE_BYTES", 2 * PAGE_SIZE)
    one = _scan(psy_vault, needles, threads=1)
    two = _scan(psy_vault, needles, threads=2)
    for scan in (one, two):
        assert scan.hits == reference.hits
        assert (scan.files, scan.raw_bytes, scan.places) == (reference.files, reference.raw_bytes, reference.places)
        # The compartments' bytes that do not authenticate: the same count, however cut.
        assert (scan.loose.bytes_searched, scan.loose_files) == (reference.loose.bytes_searched,
                                                                 reference.loose_files)
        assert scan.pages == reference.pages
        assert verify.content_result(psy_vault, scan, captured_all=True) == \
            verify.content_result(psy_vault, reference, captured_all=True)
    found = {needles.needles[i].data for i in reference.hits}
    assert straddle in found and b"never-anywhere-in-this-vault" not in found
    assert any("stray.bin (raw bytes)" in places for places in reference.hits.values())
    # The live chart is found in its decrypted pages (records and psychotherapy notes).
    places = set().union(*reference.hits.values())
    assert any("records.db (decrypted" in p for p in places)
    assert any("psychotherapy.db (decrypted" in p for p in places)
    assert reference.pages.authenticated > 10
    assert reference.loose.bytes_searched >= 3 * 16 and reference.loose_files >= 3  # at least the salts
    assert other.names[0].encode() not in found


def test_ledger_payload_runs_are_every_payload_in_order_nul_terminated(vault: Vault) -> None:
    for i in range(23):
        vault.ledger.append("test.filler", {"i": i, "text": "é" * (i % 4)})
    rows = list(vault.ledger.store.iter_from(1))
    for first in (1, 5):
        expected = b"".join(r.payload + b"\x00" for r in rows if r.seq >= first)
        assert b"".join(vault.ledger.store.payload_runs(first, rows=7)) == expected


@pytest.mark.parametrize("seed", range(4))
def test_a_needle_across_two_large_chunks_of_one_piece_is_found(seed: int) -> None:
    """Chunks of half a MiB or more are searched as they come, each with the seam before it."""
    rng = random.Random(seed)
    size = 600 * 1024
    data = bytearray(rng.randbytes(2 * size))
    needle = b"SEAM-" + rng.randbytes(20).hex().encode()
    at = size - rng.randint(1, len(needle) - 1)  # starts in the first chunk, ends in the second
    data[at : at + len(needle)] = needle
    other = b"INSIDE-" + rng.randbytes(8).hex().encode()
    data[100 : 100 + len(other)] = other
    needles = _needles([needle, other, b"ABSENT-" + rng.randbytes(8).hex().encode()])
    whole = bytes(data)
    assert needles.search([whole]) == {0, 1}
    assert needles.search([whole[:size], whole[size:]]) == {0, 1}
    assert needles.search_piece([whole[:size], whole[size:]], place=needles.place()).found == {0, 1}
