"""Release signing keys and minisign-format Ed25519 signatures (cryptography only).

    python scripts/release_sign.py new-key [KEY.pem]     # a new key pair; prints the public key
    python scripts/release_sign.py sign FILE [--key KEY.pem]

The secret key is a PKCS#8 PEM file, never in the repository: by default
~/.config/vault-app-release/signing-key.pem, or $RELEASE_SIGNING_KEY. Signatures are minisign's
prehashed format ("ED": Ed25519 over BLAKE2b-512 of the file, plus a global signature over the
trusted comment), so `minisign -V` verifies them as well as scripts/verify_release.py does.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import os
import sys
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

DEFAULT_KEY = Path.home() / ".config" / "vault-app-release" / "signing-key.pem"


def key_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit)
    env = os.environ.get("RELEASE_SIGNING_KEY")
    return Path(env) if env else DEFAULT_KEY


def key_id(public_raw: bytes) -> bytes:
    # minisign draws the 8-byte id at random; deriving it from the key keeps one file per key.
    return hashlib.blake2b(public_raw, digest_size=8).digest()


def _raw_public(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def public_key_text(key: Ed25519PrivateKey) -> str:
    raw = _raw_public(key)
    kid = key_id(raw)
    line = base64.b64encode(b"Ed" + kid + raw).decode("ascii")
    return f"untrusted comment: minisign public key {int.from_bytes(kid, 'little'):016X}\n{line}\n"


def new_key(path: Path) -> Ed25519PrivateKey:
    if path.exists():
        raise SystemExit(f"{path} exists: refusing to replace a signing key")
    key = Ed25519PrivateKey.generate()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(pem)
    return key


def load_key(path: Path) -> Ed25519PrivateKey:
    if not path.exists():
        raise SystemExit(
            f"no release signing key at {path}.\n"
            "Set RELEASE_SIGNING_KEY to the project's key file, or for a test build make one with\n"
            f"  python scripts/release_sign.py new-key {path}\n"
            "(a build signed with any other key than the one in README.md will not verify for users)."
        )
    key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise SystemExit(f"{path} is not an Ed25519 key")
    return key


def sign(data: bytes, key: Ed25519PrivateKey, trusted_comment: str) -> str:
    raw = _raw_public(key)
    kid = key_id(raw)
    sig = key.sign(hashlib.blake2b(data, digest_size=64).digest())
    trusted = trusted_comment.encode("utf-8")
    global_sig = key.sign(sig + trusted)
    return (
        f"untrusted comment: signature from the Therapy Vault release key {int.from_bytes(kid, 'little'):016X}\n"
        f"{base64.b64encode(b'ED' + kid + sig).decode('ascii')}\n"
        f"trusted comment: {trusted_comment}\n"
        f"{base64.b64encode(global_sig).decode('ascii')}\n"
    )


def sign_file(path: Path, key: Ed25519PrivateKey, trusted_comment: str) -> Path:
    out = path.with_name(path.name + ".minisig")
    out.write_text(sign(path.read_bytes(), key, trusted_comment), encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    nk = sub.add_parser("new-key")
    nk.add_argument("path", nargs="?")
    sg = sub.add_parser("sign")
    sg.add_argument("file", type=Path)
    sg.add_argument("--key")
    sg.add_argument("--comment", default="")
    args = parser.parse_args(argv)
    if args.command == "new-key":
        path = key_path(args.path)
        print(public_key_text(new_key(path)), end="")
        print(f"secret key written to {path} (mode 600): keep it offline, never commit it", file=sys.stderr)
        return 0
    key = load_key(key_path(args.key))
    print(sign_file(args.file, key, args.comment or f"file:{args.file.name}"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
