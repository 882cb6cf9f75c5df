"""Search bytes for the content of destroyed records (the verification step).

Needles are taken from a chart's rows before they are deleted and live only in
memory. They are searched with one Aho-Corasick pass over every haystack (raw
files and decrypted pages), so the cost does not grow with the number of notes
in the destroyed chart.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vault_app.storage.files import os_errors

_aho: Any
try:  # optional accelerator; the fallback is correct, only slower
    import ahocorasick_rs as _aho
except ImportError:  # pragma: no cover - exercised only where the wheel is missing
    _aho = None

MIN_NEEDLE = 5
WHOLE_VALUE_MAX = 48
WINDOW = 32
ATTACHMENT_WINDOWS = 6
CHUNK = 4 * 1024 * 1024

NAME, TEXT, ATTACHMENT = "name", "text", "attachment"

# Values that identify nothing by themselves (dates, numbers, ids, hashes, codes,
# enumeration words, JSON scaffolding): searching for them only finds other charts.
_NOT_CONTENT = re.compile(
    r"""^(
        \d{4}-\d{2}-\d{2}([T ][0-9:.]+)?([+-]\d{2}:?\d{2}|Z)? |   # dates and times
        [0-9:.\-+ ]+ |                                           # numbers
        [0-9a-fA-F-]{16,} |                                      # ids, hex digests
        [A-Za-z0-9+/=_-]{40,} |                                  # base64 (signatures)
        [\[\]{}",:\s]* |                                         # empty JSON
        [a-z][a-z0-9_]* |                                        # enumeration values
        [A-Z]\d{2}(\.\w{1,4})? |                                 # ICD-10 codes
        \d{5}                                                    # CPT codes
    )$""",
    re.X,
)
# Columns that hold ids, dates, codes or the clinician's own details, not the chart's content.
_ID_COLUMN = re.compile(
    r"(^|_)(id|ids|seq|number|hash|signature|sha256|at|on|date|time|codes?|status|kind|size|by|author|template"
    r"|media_type|type|method)$"
)
# Columns (and JSON keys) that hold a file's path on this computer: an export's out_path.
_PATH_COLUMN = re.compile(r"(^|_)path$")


@dataclass(frozen=True)
class Needle:
    data: bytes
    kind: str
    # A whole short value (a recipient, an agency) rather than a window of a long text.
    whole: bool = True


def is_content_column(column: str) -> bool:
    return not _ID_COLUMN.search(column.lower())


def file_name_of(path: str) -> str:
    """The last part of a path (either separator): what a path says about a chart.

    The folders before it are where the therapist keeps files, shared by design with what
    stays: the backups' paths the ledger keeps, other exports, the settings. Searched for,
    a window of a folder's path ("/media/usb/Practice Records/...") was found in the ledger
    beside a backup made to the same folder, and the destruction failed to verify. A
    client's name in a folder's name is still found: the client's names are searched for
    on their own."""
    return re.split(r"[/\\]", path.rstrip("/\\"))[-1]


def _value_needles(text: str, column: str) -> list[Needle]:
    if _PATH_COLUMN.search(column.lower()):
        text = file_name_of(text)
    return _text_needles(text, _kind(column))


def _kind(column: str) -> str:
    column = column.lower()
    # A recipient's name is a short value the ledger keeps by design (the accounting of disclosures,
    # 45 CFR 164.528(b)(2)), like an agency or a purpose: not a name of the chart's people.
    if column.startswith("recipient"):
        return TEXT
    return NAME if (column == "name" or column.endswith("_name")) and "file" not in column else TEXT


def needles_for(value: Any, column: str) -> list[Needle]:
    """The search strings one stored value contributes (none for ids, dates, codes)."""
    if value is None or isinstance(value, int | float) or not is_content_column(column):
        return []
    if isinstance(value, bytes | bytearray | memoryview):
        return _blob_needles(bytes(value))
    text = str(value)
    if text[:1] in ("{", "["):
        try:
            parsed = json.loads(text)
        except ValueError:
            parsed = None
        if isinstance(parsed, dict | list):
            return _json_needles(parsed, column)
    return _value_needles(text, column)


def text_leaves(node: Any) -> Iterator[str]:
    """Every string inside a JSON-like value (dicts, lists), as stored and as JSON writes it."""
    if isinstance(node, dict):
        for value in node.values():
            yield from text_leaves(value)
    elif isinstance(node, list | tuple):
        for value in node:
            yield from text_leaves(value)
    elif isinstance(node, str):
        yield node
        yield json.dumps(node)[1:-1]
        yield json.dumps(node, ensure_ascii=False)[1:-1]


def not_within(needles: Iterable[Needle], kept: Iterable[str], kinds: frozenset[str] | None = None) -> list[Needle]:
    """The needles that are not part of a value kept by design beside the chart (of `kinds`,
    every kind when None). Such a string says how the practice writes or where it works, not
    whose chart it was; a longer string holding it (a sentence naming the address) is still
    searched. Found in the real app's tests: a session held at the practice's address, or a
    note section typed from the therapist's own snippet, as the only chart's, was found in the
    practice profile's or the snippet's row and the destruction failed to verify."""
    values = [v.encode("utf-8") for v in kept if v]
    return [n for n in needles if (kinds is not None and n.kind not in kinds) or not any(n.data in v for v in values)]


def _json_needles(node: Any, key: str) -> list[Needle]:
    """Leaves of a JSON value, in every form the JSON text may hold them."""
    if isinstance(node, dict):
        return [n for k, v in node.items() if is_content_column(str(k)) for n in _json_needles(v, str(k))]
    if isinstance(node, list):
        return [n for v in node for n in _json_needles(v, key)]
    if not isinstance(node, str):
        return []
    forms = {node, json.dumps(node)[1:-1], json.dumps(node, ensure_ascii=False)[1:-1]}
    return [n for form in sorted(forms) for n in _value_needles(form, key)]


def _text_needles(text: str, kind: str) -> list[Needle]:
    if _NOT_CONTENT.match(text):
        return []
    data = text.encode("utf-8")
    if len(data) < MIN_NEEDLE:
        return []
    if len(data) <= WHOLE_VALUE_MAX:
        return [Needle(data, kind)]
    # Windows from inside the text: one window in the middle of a sentence is distinctive.
    offsets = {len(data) // 3, len(data) // 2, (2 * len(data)) // 3, len(data) - WINDOW}
    return [Needle(data[o : o + WINDOW], kind, whole=False) for o in sorted(offsets)]


def _blob_needles(data: bytes) -> list[Needle]:
    if len(data) < MIN_NEEDLE:
        return []
    if len(data) <= WHOLE_VALUE_MAX:
        return [Needle(data, ATTACHMENT, whole=False)]
    step = max(1, (len(data) - WINDOW) // ATTACHMENT_WINDOWS)
    windows = {data[o : o + WINDOW] for o in range(step // 2, len(data) - WINDOW + 1, step)}
    # A run of identical bytes (padding, blank image rows) proves nothing.
    return [Needle(w, ATTACHMENT, whole=False) for w in windows if len(set(w)) > 4][: ATTACHMENT_WINDOWS + 1]


class Matcher:
    """One search over a fixed subset of the needles; indexes are the set's."""

    def __init__(self, needles: list[Needle], indexes: list[int]) -> None:
        self.indexes = indexes
        self._patterns = [needles[i].data for i in indexes]
        self._automaton: Any = None
        if self._patterns and _aho is not None:
            self._automaton = _aho.BytesAhoCorasick(self._patterns, implementation=_aho.Implementation.DFA)

    def find(self, haystack: bytes) -> set[int]:
        if self._automaton is not None:
            local = {m[0] for m in self._automaton.find_matches_as_indexes(haystack, overlapping=True)}
        else:
            local = {k for k, pattern in enumerate(self._patterns) if pattern in haystack}
        return {self.indexes[k] for k in local}


class NeedleSet:
    def __init__(self, needles: Iterable[Needle]) -> None:
        seen: dict[bytes, Needle] = {}
        for n in needles:
            seen.setdefault(n.data, n)
        self.needles = list(seen.values())
        self.max_len = max((len(n.data) for n in self.needles), default=0)
        self._matcher: Matcher | None = None
        self._lock = threading.Lock()

    @property
    def _all(self) -> Matcher:
        # Built at the first search, not with the set: the plan builds the chart's set on the
        # vault's worker and searches it only beside (the automaton of thousands of needles is
        # most of the set's cost). The scan's threads may ask for it at once: built once.
        matcher = self._matcher
        if matcher is None:
            with self._lock:
                if self._matcher is None:
                    self._matcher = Matcher(self.needles, list(range(len(self.needles))))
                matcher = self._matcher
        return matcher

    def __len__(self) -> int:
        return len(self.needles)

    def kinds(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for n in self.needles:
            out[n.kind] = out.get(n.kind, 0) + 1
        return out

    def subset(self, indexes: Iterable[int]) -> NeedleSet:
        return NeedleSet(self.needles[i] for i in sorted(set(indexes)))

    def search(self, chunks: Iterable[bytes], *, stop_when_all_found: bool = False) -> set[int]:
        """Indexes of the needles found anywhere in the concatenated chunks.

        A needle found once is dropped from the search: text several charts share
        would otherwise match on every page and cost time for nothing.
        """
        return self.search_piece(chunks, stop_when_all_found=stop_when_all_found).found

    def place(self) -> PlaceFound:
        """What the pieces of one place share while they are searched (see PlaceFound)."""
        return PlaceFound(self)

    def search_piece(self, chunks: Iterable[bytes], *, stop_when_all_found: bool = False,
                     place: PlaceFound | None = None) -> Piece:
        """`search`, also keeping the piece's first and last max_len - 1 bytes, so that
        pieces of one haystack searched apart (in threads) can be joined (`join`).
        With `place`, needles another piece of the same haystack found are not looked
        for again (the haystack's result is the union of its pieces' anyway)."""
        found: set[int] = set()
        matcher = self._all if place is None else place.matcher
        keep = self.max_len - 1 if self.max_len > 1 else 0
        head = b""
        tail = b""
        for chunk in _batched(chunks):
            if len(head) < keep:
                head = (head + chunk[:keep])[:keep]
            if place is not None:
                matcher = place.matcher  # the newest: it leaves out all the place's finds so far
            if not matcher.indexes:
                if stop_when_all_found:
                    break
                tail = (tail + chunk[-keep:])[-keep:] if keep else b""
                continue  # keep reading: callers count what was read
            # The chunk, and apart the seam with the bytes before it (a needle crossing it
            # starts in the tail and ends within `keep` bytes): the same finds as searching
            # tail + chunk, without copying the chunk.
            hits = matcher.find(chunk)
            if tail:
                hits |= matcher.find(tail + chunk[:keep])
            if hits:
                found |= hits
                if place is None:
                    matcher = Matcher(self.needles, [i for i in matcher.indexes if i not in found])
                else:
                    matcher = place.add(hits)
            tail = (tail + chunk[-keep:])[-keep:] if keep else b""
        return Piece(found, head, tail)

    def join(self, pieces: list[Piece]) -> set[int]:
        """The needles found in the concatenation of the pieces (in order): each piece's
        own, plus those crossing a boundary between pieces, searched in the last
        max_len - 1 bytes before it and the first max_len - 1 bytes after it (a needle is
        at most max_len bytes; pieces shorter than that are carried on both sides)."""
        found: set[int] = set().union(*(p.found for p in pieces))
        keep = self.max_len - 1
        if keep <= 0 or len(pieces) < 2:
            return found
        lefts: list[bytes] = []
        left = b""
        for piece in pieces[:-1]:
            left = (left + piece.tail)[-keep:]
            lefts.append(left)
        rights: list[bytes] = []
        right = b""
        for piece in reversed(pieces[1:]):
            right = (piece.head + right)[:keep]
            rights.append(right)
        rights.reverse()
        remaining = [i for i in range(len(self.needles)) if i not in found]
        if not remaining:
            return found
        matcher = Matcher(self.needles, remaining)
        for left_part, right_part in zip(lefts, rights, strict=True):
            found |= matcher.find(left_part + right_part)
        return found

    def search_file(self, path: Path) -> set[int]:
        return self.search(file_chunks(path))


class PlaceFound:
    """The needles found so far anywhere in one haystack whose pieces are searched apart,
    and the matcher for the others. The automaton is rebuilt only when a piece finds a
    needle no piece had found (as a search of the whole haystack does), not once per
    piece; the haystack's result is the union of its pieces' finds whatever the order."""

    def __init__(self, needles: NeedleSet) -> None:
        self._needles = needles
        self._lock = threading.Lock()
        self.found: set[int] = set()
        self.matcher = needles._all

    def add(self, hits: set[int]) -> Matcher:
        with self._lock:
            if not hits <= self.found:
                self.found |= hits
                self.matcher = Matcher(self._needles.needles, [i for i in self.matcher.indexes
                                                                if i not in self.found])
            return self.matcher


@dataclass(frozen=True)
class Piece:
    """What one piece of a haystack holds: the needles found in it, and its first and
    last max_len - 1 bytes (the whole piece when shorter)."""

    found: set[int]
    head: bytes
    tail: bytes


def _batched(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """Join small pieces (rows, payloads) into chunks of a few MiB: one search call each.
    Pieces of half a MiB or more (file reads, runs of decrypted pages) pass as they are."""
    buffer: list[bytes] = []
    size = 0
    for piece in chunks:
        if len(piece) >= CHUNK // 8:
            if buffer:
                yield b"".join(buffer)
                buffer, size = [], 0
            yield piece
            continue
        buffer.append(piece)
        size += len(piece)
        if size >= CHUNK:
            yield b"".join(buffer)
            buffer, size = [], 0
    if buffer:
        yield b"".join(buffer)


def file_chunks(path: Path, start: int = 0, size: int | None = None) -> Iterator[bytes]:
    """The file's bytes (or `size` bytes from `start`), CHUNK at a time."""
    with os_errors("reading a file for verification"), path.open("rb") as handle:
        handle.seek(start)
        left = size
        while left is None or left > 0:
            chunk = handle.read(CHUNK if left is None else min(CHUNK, left))
            if not chunk:
                return
            if left is not None:
                left -= len(chunk)
            yield chunk


def files_under(folder: Path) -> list[Path]:
    """Every regular file below `folder` (symlinks are not followed)."""
    if not folder.exists():
        return []
    with os_errors("listing the vault folder for verification"):
        return sorted(p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
