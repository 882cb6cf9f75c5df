"""The destruction's raw search of the live compartments covers exactly their bytes that do
not authenticate under the current keys (storage/destruction_loose.py): a needle planted
raw in such bytes is found (an old key's page, a stale frame, a torn tail, a frame header,
a file with no readable salt, across the seam into a good page, across the threads'
pieces), and the count of bytes searched raw is the one an independent page reader gives.

A needle wholly inside the bytes of a page that verifies is not the chart's content (the
bytes are AES output and a keyed hash; the page's plaintext is searched decrypted), so
there is no residue to plant there: the test checks instead that such bytes are not counted
as searched raw, and that the plaintext of those pages is still found decrypted.
"""

from __future__ import annotations

import copy
import hashlib
import hmac
import io
import os
import shutil
import struct
from pathlib import Path
from typing import Any

import pypdf
import pytest

from tests.core.destruction_helpers import seed_chart
from tests.independent_reader import HMAC_LEN, PAGE_SIZE, RESERVE, SALT_LEN
from vault_app.services import certificates, destruction_beside, destruction_live
from vault_app.services import destruction_verify as verify
from vault_app.services.beside_job import SerialWorker
from vault_app.services.certificate_pdf import render
from vault_app.services.vault import Vault
from vault_app.storage import destruction_delete as deletion
from vault_app.storage.compartment import Compartment
from vault_app.storage.destruction_loose import LooseSearch
from vault_app.storage.destruction_pages import Loose
from vault_app.storage.destruction_scan import TEXT, Needle, NeedleSet
from vault_app.storage.layout import DATABASE_FILES

WAL_HEADER, FRAME_HEADER = 32, 24
FRAME = FRAME_HEADER + PAGE_SIZE
RAW_DB = "records.db (raw bytes that do not authenticate)"
RAW_WAL = "records.db-wal (raw bytes that do not authenticate)"
DECRYPTED = "records.db (decrypted with the vault's key)"


# --- an independent count of the bytes that do not authenticate ---------------------------------
def _verifies(page: bytes, pgno: int, hmac_key: bytes) -> bool:
    if len(page) != PAGE_SIZE:
        return False
    body = page[SALT_LEN if pgno == 1 else 0 : PAGE_SIZE - RESERVE]
    iv = page[PAGE_SIZE - RESERVE : PAGE_SIZE - HMAC_LEN]
    tag = hmac.new(hmac_key, body + iv + struct.pack("<I", pgno), hashlib.sha512).digest()
    return hmac.compare_digest(tag, page[PAGE_SIZE - HMAC_LEN :])


def _loose_bytes(db: Path, key: bytes) -> int:
    """Bytes of `db` and its -wal outside every verifying page, plus page 1's salt."""
    data = db.read_bytes()
    wal = Path(f"{db}-wal")
    journal = wal.read_bytes() if wal.exists() else b""
    assert len(data) >= PAGE_SIZE  # the salt is in the file (the case without one is tested apart)
    hmac_key = hashlib.pbkdf2_hmac("sha512", key, bytes(b ^ 0x3A for b in data[:SALT_LEN]), 2, 32)

    def loose(page: bytes, pgno: int) -> int:
        return (SALT_LEN if pgno == 1 else 0) if _verifies(page, pgno, hmac_key) else len(page)

    total = sum(loose(data[i : i + PAGE_SIZE], i // PAGE_SIZE + 1) for i in range(0, len(data), PAGE_SIZE))
    if journal:
        frames = max(0, len(journal) - WAL_HEADER) // FRAME
        total += len(journal) - frames * FRAME  # the journal's header and any partial frame
        for f in range(frames):
            frame = journal[WAL_HEADER + f * FRAME : WAL_HEADER + (f + 1) * FRAME]
            total += FRAME_HEADER + loose(frame[FRAME_HEADER:], int.from_bytes(frame[:4], "big"))
    return total


# --- a compartment with a journal, copied to a folder to plant bytes in --------------------------
def _compartment(tmp_path: Path, name: str, key: bytes, rows: int = 120) -> Path:
    """records.db under `key`: rows checkpointed into the file, more left in its -wal;
    copied (file and -wal) to a folder of its own. Returns that folder."""
    src = tmp_path / f"{name}-src"
    src.mkdir()
    comp = Compartment.open("records", src / "records.db", key, create=True)
    try:
        comp.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)")
        with comp.transaction():
            for i in range(rows):
                comp.execute("INSERT INTO t (body) VALUES (?)", (f"row {i} decrypted-canary-{name} " + "x" * 300,))
        deletion.checkpoint(comp)
        with comp.transaction():
            for i in range(20):
                comp.execute("INSERT INTO t (body) VALUES (?)", (f"journal row {i} " + "y" * 200,))
        folder = tmp_path / name
        folder.mkdir()
        shutil.copyfile(src / "records.db", folder / "records.db")
        shutil.copyfile(src / "records.db-wal", folder / "records.db-wal")
    finally:
        comp.close()
    return folder


def _scan(folder: Path, key: bytes, needles: list[bytes], threads: int = 1) -> verify.ContentScan:
    scan = verify.ContentScan(NeedleSet(Needle(n, TEXT) for n in needles), threads=threads)
    scan.search_places(scan.compartment_places(folder, {"records": key}, "", loose=True))
    return scan


def _where(scan: verify.ContentScan, needle: bytes) -> set[str]:
    [index] = [i for i, n in enumerate(scan.needles.needles) if n.data == needle]
    return scan.hits.get(index, set())


def _patch(path: Path, at: int, data: bytes) -> None:
    with path.open("r+b") as handle:
        handle.seek(at)
        handle.write(data)


def test_the_bytes_searched_raw_are_exactly_those_that_do_not_authenticate(tmp_path: Path) -> None:
    key = os.urandom(32)
    folder = _compartment(tmp_path, "plain", key)
    db, wal = folder / "records.db", folder / "records.db-wal"
    assert wal.stat().st_size > WAL_HEADER + FRAME  # frames in the journal
    # Inside a page that verifies, 20 bytes of its ciphertext: a whole-file raw search finds
    # them there; here they are neither searched raw nor counted (and the page's plaintext
    # is still searched decrypted: the canary row is found there).
    cipher_bytes = db.read_bytes()[2 * PAGE_SIZE + 100 : 2 * PAGE_SIZE + 120]
    scan = _scan(folder, key, [cipher_bytes, b"decrypted-canary-plain"])
    pages = db.stat().st_size // PAGE_SIZE
    frames = (wal.stat().st_size - WAL_HEADER) // FRAME
    journal = wal.read_bytes()
    page_ones = sum(int.from_bytes(journal[WAL_HEADER + f * FRAME : WAL_HEADER + f * FRAME + 4], "big") == 1
                    for f in range(frames))
    assert page_ones >= 1  # each commit rewrites page 1's header: the frame carries the salt
    # Every page verifies: the salt of each page 1 (file and frames), the journal's header
    # and each frame header.
    assert _loose_bytes(db, key) == SALT_LEN * (1 + page_ones) + WAL_HEADER + frames * FRAME_HEADER
    assert scan.loose.bytes_searched == _loose_bytes(db, key)
    assert scan.pages.authenticated == pages + frames and scan.pages.unreadable == 0
    assert _where(scan, cipher_bytes) == set()
    assert _where(scan, b"decrypted-canary-plain") == {DECRYPTED}
    assert (scan.files, scan.raw_bytes, scan.loose_files) == (0, 0, 2)


def test_needles_in_bytes_that_do_not_authenticate_are_found(tmp_path: Path) -> None:
    key, old_key = os.urandom(32), os.urandom(32)
    folder = _compartment(tmp_path, "now", key)
    old = _compartment(tmp_path, "old", old_key)
    db, wal = folder / "records.db", folder / "records.db-wal"
    pages = db.stat().st_size // PAGE_SIZE
    frames = (wal.stat().st_size - WAL_HEADER) // FRAME
    assert pages > 8 and frames > 2
    clean = _loose_bytes(db, key)  # salts and the journal's headers (the test above)

    # Page 5 replaced by the old key's page 5, holding text as an older build might have left it.
    in_old_page = b"OLDKEY-PAGE-" + os.urandom(6).hex().encode()
    old_page = bytearray((old / "records.db").read_bytes()[4 * PAGE_SIZE : 5 * PAGE_SIZE])
    old_page[1000 : 1000 + len(in_old_page)] = in_old_page
    _patch(db, 4 * PAGE_SIZE, bytes(old_page))
    # Across the seam of that page and page 6 (which still verifies): the needle's first half
    # is planted at the end of page 5, its second half is page 6's ciphertext as it is.
    page6 = db.read_bytes()[5 * PAGE_SIZE : 5 * PAGE_SIZE + 12]
    across = b"SEAM-" + os.urandom(3).hex().encode() + page6
    _patch(db, 5 * PAGE_SIZE - (len(across) - len(page6)), across[: len(across) - len(page6)])
    # And the other way: from page 4's last bytes (good, its ciphertext as it is) into page 5.
    page4_tail = db.read_bytes()[4 * PAGE_SIZE - 9 : 4 * PAGE_SIZE]
    into = page4_tail + b"-INTO-" + os.urandom(3).hex().encode()
    _patch(db, 4 * PAGE_SIZE, into[len(page4_tail) :])
    # A stale frame: the second frame's page overwritten (it no longer verifies).
    in_frame = b"STALE-FRAME-" + os.urandom(6).hex().encode()
    _patch(wal, WAL_HEADER + FRAME + FRAME_HEADER + 2000, in_frame)
    # The last frame's header: its page still verifies (the header is outside every page).
    in_header = b"HDR" + os.urandom(4).hex().encode()[:8]
    _patch(wal, WAL_HEADER + (frames - 1) * FRAME + 8, in_header)
    # A torn last page of the file, and a torn frame after the journal's last whole one.
    in_torn = b"TORN-TAIL-" + os.urandom(6).hex().encode()
    with db.open("ab") as handle:
        handle.write(b"\x00" * 500 + in_torn + b"\x00" * 300)
    in_torn_frame = b"TORN-FRAME-" + os.urandom(6).hex().encode()
    with wal.open("ab") as handle:
        handle.write(b"\x01" * 100 + in_torn_frame)
    nowhere = b"NOWHERE-" + os.urandom(8).hex().encode()
    needles = [in_old_page, across, into, in_frame, in_header, in_torn, in_torn_frame, nowhere]

    scan = _scan(folder, key, needles)
    assert _where(scan, in_old_page) == {RAW_DB}
    assert _where(scan, across) == {RAW_DB}
    assert _where(scan, into) == {RAW_DB}
    assert _where(scan, in_torn) == {RAW_DB}
    assert _where(scan, in_frame) == {RAW_WAL}
    assert _where(scan, in_header) == {RAW_WAL}
    assert _where(scan, in_torn_frame) == {RAW_WAL}
    assert _where(scan, nowhere) == set()
    assert scan.pages.unreadable == 3  # the old key's page, the torn last page, the stale frame
    assert scan.loose.bytes_searched == _loose_bytes(db, key)
    assert scan.loose.bytes_searched == (clean + PAGE_SIZE + 800 + len(in_torn)  # old page, torn page
                                         + PAGE_SIZE + 100 + len(in_torn_frame))  # stale frame, torn frame

    # The same finds and counts with the pieces cut small and shared out between two threads.
    for threads in (1, 2):
        small = verify.ContentScan(scan.needles, threads=threads)
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(verify, "PIECE_PAGES", 2)
            mp.setattr(verify, "PIECE_BYTES", 2 * PAGE_SIZE)
            small.search_places(small.compartment_places(folder, {"records": key}, "", loose=True))
        assert small.hits == scan.hits
        assert small.loose.bytes_searched == scan.loose.bytes_searched
        assert small.pages == scan.pages


def test_a_file_without_a_readable_salt_is_searched_raw_whole(tmp_path: Path) -> None:
    folder = tmp_path / "short"
    folder.mkdir()
    needle = b"NO-SALT-" + os.urandom(6).hex().encode()
    (folder / "records.db").write_bytes(b"\x00" * 1000 + needle + b"\x00" * 1000)
    (folder / "records.db-wal").write_bytes(b"\x02" * 20)
    scan = _scan(folder, os.urandom(32), [needle])
    assert _where(scan, needle) == {RAW_DB}
    assert scan.loose.bytes_searched == 2000 + len(needle) + 20
    assert scan.pages.pages == 0


def test_the_live_vault_scan_counts_what_an_independent_reader_counts(psy_vault: Vault, vault_dir: Path) -> None:
    chart = seed_chart(psy_vault, "L")
    needles = NeedleSet(Needle(v, TEXT) for v in chart.needles().values())
    scan = verify.ContentScan(needles, threads=2)
    verify.scan_vault(psy_vault, scan)
    keys = verify.live_keys(psy_vault)  # the compartments and the search files beside them
    expected = sum(_loose_bytes(vault_dir / DATABASE_FILES[n], key) for n, key in keys.items())
    assert scan.loose.bytes_searched == expected
    result = verify.content_result(psy_vault, scan, captured_all=True)
    assert result["raw_bytes_not_authenticated_searched"] == expected
    # The compartment files are not searched raw whole any more; every other file is.
    places = set().union(*scan.hits.values())
    assert "records.db (decrypted with the vault's key)" in places
    assert not any(p.endswith("(raw bytes)") and ".db" in p for p in places)
    others = [p for p in vault_dir.rglob("*") if p.is_file() and p.name not in
              {DATABASE_FILES[n] + tail for n in keys for tail in ("", "-wal")}]
    assert scan.files >= len(others)


def test_a_destruction_beside_searches_raw_the_three_salts_alone(psy_vault: Vault,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """At the image the erase left, every -wal is empty and every page verifies under the
    keys of that moment: the raw search of the compartments is their three salts."""
    target = seed_chart(psy_vault, "D")
    imaged: list[bool] = []
    real_rest = destruction_live.live_rest

    def live_rest(v: Vault, c: destruction_live.Carrying) -> destruction_live.Carrying:
        out = real_rest(v, c)
        imaged.append(out.image is not None)
        return out

    monkeypatch.setattr(destruction_live, "live_rest", live_rest)  # read there by destruction_beside
    worker = SerialWorker(psy_vault)
    try:
        carrying, live = worker.call(lambda v: destruction_beside.begin(
            v, target.chart_number, worker.submit, basis="retention", confirm=target.chart_number))
        # The deletion in slices and the rest of the live part (which fixes the image) are the job's.
        assert carrying.slicing is not None and carrying.image is None
        job = destruction_beside.PurgeJob(carrying, live)
        job.start()
        job.wait()
        assert job.error is None
        assert imaged == [True], "the image could not be fixed: the search ran on the worker"
        cert = worker.call(lambda v: destruction_beside.finish(v, carrying))
    finally:
        worker.close()
    search = cert["verification"]["content_search"]
    assert cert["verification"]["result"] == "passed" and search["found"] == []
    assert search["pages_not_readable_with_current_keys"] == 0 and search["pages_decrypted"] > 0
    # The three compartments and the two search files beside them.
    assert search["raw_bytes_not_authenticated_searched"] == 5 * SALT_LEN
    assert search["compartment_files_searched_raw_where_not_authenticated"] >= 5
    assert search["files_searched_raw"] > 0  # the header, the -shm files, the blobs: whole
    # The printed certificate says what was searched how; one from before this round (no
    # count of the bytes that do not authenticate) prints as it did.
    document = certificates.signed_document(psy_vault, str(cert["certificate_id"]))
    printed = _printed(document)
    assert f"the {5 * SALT_LEN} bytes that do not authenticate under the current keys as raw bytes" in printed
    older = copy.deepcopy(document)
    content = older["certificate"]["verification"]["content_search"]
    for key in ("raw_bytes_not_authenticated_searched", "compartment_files_searched_raw_where_not_authenticated"):
        del content[key]
    printed = _printed(older)
    assert f"{content['files_searched_raw']} files as raw bytes; {content['pages_decrypted']} pages" in printed
    assert "do not authenticate" not in printed.split("Content search", 1)[1].split("Structural", 1)[0]


def _printed(document: dict[str, Any]) -> str:
    text = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(render(document))).pages)
    return " ".join(text.split())


def test_contexts_searched_together_report_no_needle_made_up_across_their_join() -> None:
    needles = NeedleSet(Needle(n, TEXT) for n in (b"NEEDLE", b"INSIDE"))
    search = LooseSearch(needles)
    search.take("f", [Loose(0, 3, b"abcNEE"), Loose(100, 3, b"DLExyz")])  # "NEEDLE" only across the join
    assert search.found == {} and search.bytes_searched == 6 and search.regions == 2
    search.take("f", [Loose(0, 3, b"abcNEE"), Loose(100, 3, b"xINSIDEx")])
    assert search.found == {"f": {1}} and search.bytes_searched == 12
