"""Charts with unique canary content, and scans for that content (destruction tests).

The scans here share no code with the app's own verification: raw bytes are read
from disk and pages are decrypted with tests/independent_reader.py.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import struct
import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from tests.conftest import reopen
from tests.independent_reader import decrypt_file
from vault_app.domain.errors import CompartmentLocked
from vault_app.services import attachments, clients, destruction, notes, psychotherapy_notes, sessions
from vault_app.services.vault import Vault
from vault_app.storage import search_index
from vault_app.storage.compartment import COMPARTMENT_FILES
from vault_app.storage.layout import DATABASE_FILES, SEARCH_FILES


@dataclass
class SeededChart:
    client_id: str
    chart_number: str
    names: list[str]
    progress_texts: list[str]
    psychotherapy_texts: list[str]
    attachment: bytes
    psychotherapy_note_ids: list[str] = field(default_factory=list)

    def needles(self) -> dict[str, bytes]:
        """label -> bytes to search for (labels carry no content)."""
        out = {f"name{i}": n.encode() for i, n in enumerate(self.names)}
        for i, name in enumerate(self.names):
            for k, word in enumerate(name.split()):
                out[f"name{i}-word{k}"] = word.encode()
        for i, text in enumerate(self.progress_texts):
            out[f"progress{i}"] = text.encode()
            out[f"progress{i}-token"] = text.split()[1].encode()
        for i, text in enumerate(self.psychotherapy_texts):
            out[f"psychotherapy{i}"] = text.encode()
            out[f"psychotherapy{i}-token"] = text.split()[1].encode()
        # Windows of the attachment: its first bytes are a common PDF header.
        data = self.attachment
        for k, offset in enumerate((64, len(data) // 2, len(data) - 40)):
            out[f"attachment{k}"] = data[offset : offset + 32]
        canary = data.find(b"canary-attachment-")
        if canary >= 0:
            out["attachment-canary"] = data[canary : canary + 50]
        return out


def _token(tag: str) -> str:
    return f"qz{tag.lower()}{uuid.uuid4().hex[:10]}"


def seed_chart(
    vault: Vault,
    tag: str,
    *,
    last_contact: date = date(2010, 3, 4),
    date_of_birth: date | None = date(1970, 5, 6),
    progress: int = 2,
    psychotherapy: int = 2,
) -> SeededChart:
    """A client with sessions, progress notes, psychotherapy notes and a scanned PDF,
    every piece of text unique (so a hit can only come from this chart)."""
    legal = f"Canary{tag} Zyxw{uuid.uuid4().hex[:6]}"
    preferred = f"Pref{tag}{uuid.uuid4().hex[:6]}"
    client = clients.create_client(vault, legal, preferred_name=preferred, date_of_birth=date_of_birth)
    progress_texts, psy_texts, psy_ids = [], [], []
    for i in range(progress):
        day = date(last_contact.year, last_contact.month, max(1, last_contact.day - i))
        session = sessions.add_session(vault, client.client_id, date=day, duration_minutes=50)
        text = f"Progress {_token(tag)} client reported canary-{tag}-{i}-{uuid.uuid4().hex} improvement"
        notes.create_progress_note(vault, client.client_id, text=text, session_id=session.session_id, template="free")
        progress_texts.append(text)
    for i in range(psychotherapy):
        text = f"Process {_token(tag)} transference canary-{tag}-psy{i}-{uuid.uuid4().hex} noted"
        saved = psychotherapy_notes.create_psychotherapy_note(vault, client.client_id, text, note_date=last_contact)
        psy_texts.append(text)
        psy_ids.append(saved.note.note_id)
    blob = (b"%PDF-1.4\n" + os.urandom(64) + hashlib.sha512(tag.encode()).digest() * 20
            + f"canary-attachment-{tag}-{uuid.uuid4().hex}".encode() + b"%" * 14
            + hashlib.sha512(tag.encode()).digest() * 20 + os.urandom(256))
    attachments.add_attachment(vault, client.client_id, blob, kind="consent", filename="consent.pdf")
    return SeededChart(client.client_id, client.chart_number, [legal, preferred], progress_texts, psy_texts, blob,
                       psy_ids)


def raw_hits(folder: Path, needles: dict[str, bytes]) -> list[str]:
    """Labels of needles found in any file below `folder`, read as raw bytes."""
    hits = []
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            hits.extend(f"{path.name}:{label}" for label, needle in needles.items() if needle in data)
    return hits


def decrypted_hits(folder: Path, keys: dict[str, bytes], needles: dict[str, bytes], work: Path) -> list[str]:
    """Labels found in the fully decrypted page images (free pages and slack included)
    and, lowercased, in the logical content (full-text indexes fold case).

    The vault must be locked first, so every page is in the main file.
    """
    hits = []
    work.mkdir(parents=True, exist_ok=True)
    for name, key in keys.items():
        plain = work / f"{name}-{uuid.uuid4().hex}.sqlite"
        decrypt_file(folder / DATABASE_FILES[name], key.hex(), plain)
        image = plain.read_bytes()
        hits.extend(f"{name}.db:{label}" for label, needle in needles.items() if needle in image)
        lowered = image.lower()
        hits.extend(f"{name}.db(lowercase):{label}" for label, needle in needles.items()
                    if not label.startswith("attachment") and needle.lower() in lowered)
        if name == "records":
            hits.extend(blob_hits(folder, plain, needles))
        plain.unlink()
    return hits


def _open_blob(raw: bytes, blob_id: str, client_id: str, chart_key: bytes) -> bytes | None:
    """The blob format of storage/blob_store.py, read with nothing but the cryptography
    library (so a bug shared with the app cannot hide a residue)."""
    if raw[:4] != b"VAB1":
        return None
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=b"VAB1",
               info=("attachment-blob\x00" + blob_id).encode()).derive(chart_key)
    aad = b"VAB1\x00" + blob_id.encode() + b"\x00" + client_id.encode()
    sealed, body, out = (1 << 20) + 16, raw[4:], []
    for index, start in enumerate(range(0, max(1, len(body)), sealed)):
        final = start + sealed >= len(body)
        nonce = struct.pack(">QB3x", index, 1 if final else 0)
        try:
            out.append(AESGCM(key).decrypt(nonce, body[start : start + sealed], aad))
        except InvalidTag:
            return None
    return b"".join(out)


def blob_hits(folder: Path, records_plain: Path, needles: dict[str, bytes]) -> list[str]:
    """Labels found in any blob file below `folder` that opens under any chart key held in
    the decrypted records.db, of any generation (tried against every chart, under every blob
    id it has)."""
    with contextlib.closing(sqlite3.connect(records_plain)) as db:
        try:
            chart_keys = [(str(c), bytes(k)) for c, k in db.execute("SELECT client_id, chart_key FROM chart_keys")]
        except sqlite3.OperationalError:
            return []  # a vault from before the blob store
        with contextlib.suppress(sqlite3.OperationalError):  # a vault from before the key generations: none
            chart_keys += [(str(c), bytes(k))
                           for c, k in db.execute("SELECT client_id, chart_key FROM chart_key_generations")]
    hits = []
    for path in sorted((folder / "blobs").rglob("*")) if (folder / "blobs").is_dir() else []:
        if not path.is_file():
            continue
        raw = path.read_bytes()
        blob_id = path.name.split(".")[1] if path.name.startswith(".") else path.name
        for client_id, key in chart_keys:
            plain = _open_blob(raw, blob_id, client_id, key)
            if plain is not None:
                hits.extend(f"blob {path.name}:{label}" for label, needle in needles.items() if needle in plain)
    return hits


def vault_keys(vault: Vault) -> dict[str, bytes]:
    """The compartment keys the vault (or a copy) reaches now: the psychotherapy key has its
    own wrapping, reached while that compartment is open (or, for a backup copy, with the
    live vault's psychotherapy wrapping key), never from the master key alone."""
    found = {}
    for name in COMPARTMENT_FILES:
        try:
            found[name] = vault.compartment_key(name)
        except CompartmentLocked:
            assert name == "psychotherapy"
    # The search files beside the compartments (a copy has none), under their derived keys.
    for name, key in list(found.items()):
        if search_index.indexed(name) and (vault.folder / SEARCH_FILES[name]).exists():
            found[f"search-{name}"] = search_index.search_key(key, name)
    return found


def assert_finished_at_reopen(folder: Path, target: SeededChart, note_id: str, text: str) -> None:
    """After a destruction stopped part way (a full disk, a kill): the next unlock finishes it,
    the certificate verifies, the note typed meanwhile in another chart is kept, and no byte of
    the chart is left in the folder."""
    with reopen(folder, psychotherapy=True) as again:
        [row] = destruction.list_destructions(again)
        assert row["state"] == "completed", row
        assert notes.get_note(again, note_id).sections["text"] == text
        assert destruction.verify_destruction(again, row["certificate_id"])["ok"]
    assert raw_hits(folder, target.needles()) == []
