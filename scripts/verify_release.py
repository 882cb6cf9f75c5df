"""Verify a Therapy Vault release download: the Ed25519 signature on SHA256SUMS, then the
SHA-256 of every file it lists. Needs Python 3 and the `cryptography` package only.

    python3 vault-app-verify.py SHA256SUMS            # in the folder of the download
    python3 vault-app-verify.py SHA256SUMS --pubkey RWQ...   # another key than the built-in one

The signature file (SHA256SUMS.minisig) is in minisign's format, so `minisign -Vm SHA256SUMS
-P <public key>` followed by `sha256sum -c SHA256SUMS` checks the same thing.
Exit 0 when everything matches, 1 otherwise (with the reason).
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import sys
from pathlib import Path

# The project's release public key (also in README.md and packaging/release-key.pub).
RELEASE_PUBLIC_KEY = "RWR+zUrq7sgsyxDaY7EAxidTU3HzkhgQHrDdFdFzS4DWyUU1svIEPc3O"


class VerifyError(Exception):
    pass


def parse_public_key(text: str) -> tuple[bytes, bytes]:
    """(key id, raw Ed25519 public key) from minisign's base64 line (comment lines ignored)."""
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip() and not ln.startswith("untrusted comment:")]
    try:
        blob = base64.b64decode(lines[-1], validate=True)
    except (IndexError, ValueError) as exc:
        raise VerifyError("the public key is not a minisign public key") from exc
    if len(blob) != 42 or blob[:2] != b"Ed":
        raise VerifyError("the public key is not a minisign Ed25519 public key")
    return blob[2:10], blob[10:]


def parse_signature(text: str) -> tuple[bytes, bytes, bytes, bytes]:
    """(algorithm, key id, signature, trusted comment line bytes, global signature)."""
    lines = text.splitlines()
    if len(lines) < 4 or not lines[0].startswith("untrusted comment:") or not lines[2].startswith("trusted comment: "):
        raise VerifyError("the signature file is not in minisign's format")
    try:
        blob = base64.b64decode(lines[1], validate=True)
        global_sig = base64.b64decode(lines[3], validate=True)
    except ValueError as exc:
        raise VerifyError("the signature file is damaged (not base64)") from exc
    if len(blob) != 74 or blob[:2] not in (b"ED", b"Ed") or len(global_sig) != 64:
        raise VerifyError("the signature file is damaged (wrong length or algorithm)")
    trusted = lines[2][len("trusted comment: "):].encode("utf-8")
    return blob[:2] + blob[2:10], blob[10:], trusted, global_sig


def verify_signature(data: bytes, signature_text: str, public_key_text: str) -> str:
    """The trusted comment when `data` is signed by the key; VerifyError otherwise."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    key_id, raw = parse_public_key(public_key_text)
    head, sig, trusted, global_sig = parse_signature(signature_text)
    algorithm, sig_key_id = head[:2], head[2:]
    if sig_key_id != key_id:
        raise VerifyError("signed with another key than the release key")
    message = hashlib.blake2b(data, digest_size=64).digest() if algorithm == b"ED" else data
    key = Ed25519PublicKey.from_public_bytes(raw)
    try:
        key.verify(sig, message)
        key.verify(global_sig, sig + trusted)
    except InvalidSignature as exc:
        raise VerifyError("the signature does not match: the file was changed or not signed by this key") from exc
    return trusted.decode("utf-8")


def check_sums(sums_file: Path) -> list[str]:
    """Names checked; VerifyError on the first missing or differing file."""
    checked = []
    for line in sums_file.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        digest, _, name = line.partition("  ")
        name = name.lstrip("*")
        if Path(name).name != name:
            raise VerifyError(f"refusing a path in SHA256SUMS: {name!r}")
        path = sums_file.parent / name
        if not path.exists():
            raise VerifyError(f"{name} is listed in SHA256SUMS but missing")
        h = hashlib.sha256()
        with path.open("rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
        if h.hexdigest() != digest.strip().lower():
            raise VerifyError(f"{name}: SHA-256 differs from SHA256SUMS (damaged or altered download)")
        checked.append(name)
    if not checked:
        raise VerifyError("SHA256SUMS lists no file")
    return checked


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Verify a Therapy Vault release (signature, then checksums).")
    parser.add_argument("sums", type=Path, help="the SHA256SUMS file of the release")
    parser.add_argument("--signature", type=Path, help="default: SHA256SUMS.minisig beside it")
    parser.add_argument("--pubkey", help="the public key (base64 line or a .pub file); default: the release key")
    args = parser.parse_args(argv)
    signature = args.signature or args.sums.with_name(args.sums.name + ".minisig")
    pub = args.pubkey or RELEASE_PUBLIC_KEY
    if Path(pub).is_file():
        pub = Path(pub).read_text(encoding="utf-8")
    try:
        trusted = verify_signature(args.sums.read_bytes(), signature.read_text(encoding="utf-8"), pub)
        names = check_sums(args.sums)
    except (VerifyError, OSError) as exc:
        print(f"NOT VERIFIED: {exc}", file=sys.stderr)
        return 1
    print(f"signature good ({trusted})")
    for name in names:
        print(f"OK  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
