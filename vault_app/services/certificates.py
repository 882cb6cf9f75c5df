"""Destruction certificates leaving the vault: signed JSON and a PDF, and their check.

The signed JSON holds the certificate exactly as the ledger keeps it plus the
ledger entry that recorded it (sequence number and MAC), signed together with
the vault's Ed25519 key. Anyone with the vault's public key can check the
signature; the vault owner can also check that the entry is in the ledger chain.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from pathlib import Path
from typing import Any

from vault_app.crypto import signing
from vault_app.domain.destruction import SIGNED_FORMAT, canonical_json
from vault_app.domain.errors import InvalidInput
from vault_app.services import destruction, output_file, signing_keys
from vault_app.services.ledger import LedgerEntry
from vault_app.services.vault import Vault
from vault_app.storage import header as header_io
from vault_app.storage.files import atomic_write, read_limited

ALGORITHM = "Ed25519"


public_key_fingerprint = signing.fingerprint


def _signed_part(document: dict[str, Any]) -> bytes:
    return canonical_json({"certificate": document.get("certificate"), "ledger_entry": document.get("ledger_entry")})


def signed_document(vault: Vault, certificate_id: str) -> dict[str, Any]:
    entry = destruction.completed_entry(vault, certificate_id)
    document: dict[str, Any] = {
        "format": SIGNED_FORMAT,
        "certificate": entry.payload["certificate"],
        "ledger_entry": {"seq": entry.seq, "time": entry.time, "kind": entry.kind, "mac": entry.mac_hex},
    }
    signature = vault.sign(_signed_part(document))
    document["signature"] = {
        "algorithm": ALGORITHM,
        "signed_content": "canonical JSON (sorted keys, no spaces, UTF-8) of {certificate, ledger_entry}",
        "public_key": base64.b64encode(vault.public_key).decode(),
        "public_key_fingerprint": public_key_fingerprint(vault.public_key),
        "value": base64.b64encode(signature).decode(),
    }
    return document


def document_bytes(document: dict[str, Any]) -> bytes:
    return (json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")


def export(vault: Vault, certificate_id: str, *, json_path: Path | None = None,
           pdf_path: Path | None = None) -> dict[str, Any]:
    """Write the signed JSON and/or the PDF. Neither contains note text or client names."""
    if json_path is None and pdf_path is None:
        raise InvalidInput("Say where to write the certificate (--json-out and/or --pdf-out).")
    for path in (json_path, pdf_path):
        if path is not None:
            output_file.refuse_kept_places(Path(path).absolute(), "certificate")
    document = signed_document(vault, certificate_id)
    written = {}
    if json_path is not None:
        atomic_write(json_path, document_bytes(document), what="writing the certificate")
        written["json"] = str(json_path)
    if pdf_path is not None:
        from vault_app.services.certificate_pdf import render
        from vault_app.services.practice import printing_locale

        atomic_write(pdf_path, render(document, locale=printing_locale(vault)), what="writing the certificate PDF")
        written["pdf"] = str(pdf_path)
    vault.ledger.append("certificate.exported", {"certificate_id": certificate_id, "formats": sorted(written)})
    return written


# --- checking ------------------------------------------------------------------------------
# A certificate is a few KiB of JSON; a file far larger is not one (and was read whole).
MAX_CERTIFICATE_BYTES = 4 * 1024 * 1024


def load(path: Path) -> dict[str, Any]:
    raw = read_limited(path, MAX_CERTIFICATE_BYTES, "certificate",
                       "Choose the certificate's .json file (its PDF is for reading, not checking).")
    try:
        document = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        said, hint = _not_json(path, raw)
        raise InvalidInput(said, hint=hint) from None
    if not isinstance(document, dict) or document.get("format") != SIGNED_FORMAT:
        raise InvalidInput(f"{path.name} is not a signed destruction certificate.")
    return document


def _not_json(path: Path, raw: bytes) -> tuple[str, str]:
    """What to say of a file that is not the signed JSON, and where that is: its PDF is what a
    board asks for, so it is the file a therapist tries (found by a walker: "not a certificate
    file (not JSON)" said nothing of the .json saved beside it)."""
    if not raw.startswith(b"%PDF"):
        return f"{path.name} is not a certificate file (not JSON).", ""
    beside = path.with_suffix(".json")
    if beside.is_file():
        return (f"{path.name} is the certificate's PDF, for reading; its signature is checked in the signed .json: "
                f"{beside.name}, beside it.", f"Run: vault-app certificate verify {beside}")
    return (f"{path.name} is the certificate's PDF, for reading; its signature is checked in the signed .json "
            "written with it (--json-out).",
            "Check the .json, or write it again: vault-app certificate export ID --json-out FILE.json")


def parse_public_key(text: str) -> bytes:
    """A public key as base64 (as exported) or hex."""
    text = text.strip()
    for decode in (lambda t: base64.b64decode(t, validate=True), bytes.fromhex):
        try:
            key = decode(text)
        except (ValueError, binascii.Error):
            continue
        if len(key) == 32:
            return key
    raise InvalidInput("That is not an Ed25519 public key (32 bytes, base64 or hex).")


def vault_header(folder: Path) -> header_io.Header:
    """The vault header as the folder holds it, read without unlocking (not yet MAC-checked)."""
    return header_io.read(folder)


def retired_keys(header: header_io.Header) -> list[signing_keys.RetiredKey]:
    """The signing keys a full key replacement retired, oldest first (services/signing_keys.py)."""
    return signing_keys.retired(header)


def vault_public_key(folder: Path) -> bytes:
    """The public key from the vault header: readable without unlocking."""
    return header_io.unb64(header_io.read(folder).signing_public_key)


def embedded_key(document: dict[str, Any]) -> bytes | None:
    """The public key the certificate says signed it (every certificate carries it)."""
    text = (document.get("signature") or {}).get("public_key")
    try:
        return parse_public_key(text) if isinstance(text, str) else None
    except InvalidInput:
        return None


def signing_key_for(header: header_io.Header, document: dict[str, Any]) -> bytes:
    """The vault's key that signed `document`: the key in use, or one a full key replacement
    retired (services/signing_keys.py) when the certificate names that one; else the key in use."""
    named = embedded_key(document)
    if named is not None and named in signing_keys.known(header):
        return named
    return header_io.unb64(header.signing_public_key)


def check_retirement(header: header_io.Header, document: dict[str, Any]) -> list[str]:
    """A certificate signed with a retired key is refused if dated after the key's retirement
    (by its completion or its ledger entry's time): whoever holds an older copy or backup of the
    vault holds that key (wclose F3)."""
    named = embedded_key(document)
    key = signing_keys.retired_key(header, named) if named is not None else None
    if key is None:
        return []
    body = document.get("certificate") or {}
    times = (body.get("completed_at"), (document.get("ledger_entry") or {}).get("time"))
    return [signing_keys.retirement_words(key)] if any(signing_keys.signed_after_retirement(key, t)
                                                       for t in times) else []


def retired_fingerprint_words(header: header_io.Header, document: dict[str, Any], expected: str) -> list[str]:
    """Checked offline against the fingerprint in use, a certificate signed with a retired key:
    the folder's list of retired keys is not trusted before an unlock, so say which fingerprint
    vouches for it instead of accepting it."""
    named = embedded_key(document)
    key = signing_keys.retired_key(header, named) if named is not None else None
    wanted = "".join(c for c in expected.lower() if c in "0123456789abcdef")
    current = public_key_fingerprint(header_io.unb64(header.signing_public_key)).replace(":", "")
    if key is None or wanted != current:
        return []
    return [f"it was signed with the practice's earlier signing key (fingerprint {key.fingerprint}, replaced on "
            f"{key.retired_at[:10]}): check it with that fingerprint (on the Emergency Kit printed before then), "
            "or leave out --signature-only to check it against the vault"]


def public_key_text(public_key: bytes) -> str:
    return base64.b64encode(public_key).decode()


def write_public_key(folder: Path, out: Path) -> bytes:
    """Save the vault's public key (base64, one line) to give to whoever checks certificates."""
    key = vault_public_key(folder)
    output_file.refuse_kept_places(Path(out).absolute(), "public key")
    atomic_write(out, (public_key_text(key) + "\n").encode(), what="writing the public key")
    return key


def check_fingerprint(public_key: bytes, expected: str) -> list[str]:
    """The key against a fingerprint the checker holds from elsewhere (the Emergency Kit,
    `certificate public-key` output, an earlier certificate): the header's copy of the
    public key is not authenticated until the vault is unlocked, so it must match one."""
    wanted = "".join(c for c in expected.lower() if c in "0123456789abcdef")
    if len(wanted) != 32:
        raise InvalidInput("A key fingerprint is 32 hexadecimal digits (groups of 4 separated by ':').")
    if public_key_fingerprint(public_key).replace(":", "") != wanted:
        return ["the public key does not have the fingerprint you gave: it is not this practice's key "
                "(the key in the vault folder may have been replaced)"]
    return []


def check_signature(document: dict[str, Any], public_key: bytes) -> list[str]:
    """Problems with the signature, checked with the trusted public key alone."""
    sig = document.get("signature")
    if not isinstance(sig, dict) or sig.get("algorithm") != ALGORITHM:
        return ["the certificate carries no Ed25519 signature"]
    problems = []
    embedded = sig.get("public_key")
    if embedded and embedded != base64.b64encode(public_key).decode():
        problems.append("it was signed with a different key than the one trusted for this vault")
    try:
        value = base64.b64decode(str(sig.get("value", "")), validate=True)
    except (ValueError, binascii.Error):
        return [*problems, "the signature is not valid base64"]
    if not signing.verify(public_key, _signed_part(document), value):
        problems.append("the signature does not match the content (the certificate was altered or forged)")
    return problems


def check_ledger(vault: Vault, document: dict[str, Any]) -> list[str]:
    """The certificate must be the one the ledger recorded, at the place it says, in an intact chain."""
    body = document.get("certificate") or {}
    where = document.get("ledger_entry") or {}
    try:
        entry = vault.ledger.get(int(where.get("seq", 0)))
    except (TypeError, ValueError):
        entry = None
    if entry is None or entry.kind != destruction.COMPLETED or entry.mac_hex != where.get("mac"):
        # A certificate exported before a restore names the entry where it stood then; the
        # restore carried that entry into the restored ledger with where it came from.
        entry = _carried(vault, where) or entry
    problems = []
    if entry is None or entry.kind != destruction.COMPLETED:
        problems.append("the ledger has no destruction record at the sequence number the certificate gives")
    else:
        origin = entry.payload.get("carried_from") or {}
        if where.get("mac") not in (entry.mac_hex, origin.get("mac")):
            problems.append("the ledger entry's MAC differs from the one on the certificate")
        if entry.payload.get("certificate_sha256") != hashlib.sha256(canonical_json(body)).hexdigest():
            problems.append("the certificate differs from the one recorded in the ledger")
        if entry.payload.get("certificate_id") != body.get("certificate_id"):
            problems.append("the certificate id differs from the ledger's")
    if body.get("vault_id") != vault.vault_id:
        problems.append("the certificate belongs to a different vault")
    report = vault.ledger.verify_full(vault.header.ledger_anchor)
    if not report.ok:
        problems.append("the ledger chain does not verify: " + "; ".join(report.problems))
    return problems


def _carried(vault: Vault, where: dict[str, Any]) -> LedgerEntry | None:
    """The completed entry a restore carried over from the place `where` names, or None."""
    for entry in vault.ledger.entries(kinds=(destruction.COMPLETED,)):
        origin = entry.payload.get("carried_from") or {}
        if origin.get("seq") == where.get("seq") and origin.get("mac") == where.get("mac"):
            return entry
    return None


def summary(document: dict[str, Any]) -> dict[str, Any]:
    body = document.get("certificate") or {}
    records = body.get("records") or {}
    return {
        "certificate_id": body.get("certificate_id"),
        "chart_number": records.get("chart_number"),
        "scope": records.get("scope"),
        "completed_at": body.get("completed_at"),
        "ledger_seq": (document.get("ledger_entry") or {}).get("seq"),
    }
