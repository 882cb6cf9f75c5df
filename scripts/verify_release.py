"""Verify a Therapy Vault release download: the Ed25519 signature on SHA256SUMS, then the
SHA-256 of every file it lists. Needs Python 3 and the `cryptography` package only.

This script comes in the download it checks, so it cannot vouch for that download: a changed
download can carry a changed copy of it that prints "signature good". Check first with what the
download cannot change, minisign and the release key published in README.md / docs/install.md:

    minisign -Vm SHA256SUMS -P RWR+zUrq7sgsyxDaY7EAxidTU3HzkhgQHrDdFdFzS4DWyUU1svIEPc3O
    sha256sum -c SHA256SUMS

After that, or where minisign is missing, this is a convenience doing the same two checks:

    python3 vault-app-verify.py SHA256SUMS            # in the folder of the download
    python3 vault-app-verify.py SHA256SUMS --pubkey FILE   # a test build's key: said to be NOT the release key

Exit 0 when everything matches with the release key; 1 when anything does not (with the
reason); 3 when everything matches but with the key given by --pubkey, which is not the release
key (a test build's: never install such a download; it exited 0, said only in words).
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import sys
from pathlib import Path

# The project's release public key (also in README.md and packaging/release-key.pub).
RELEASE_PUBLIC_KEY = "RWR+zUrq7sgsyxDaY7EAxidTU3HzkhgQHrDdFdFzS4DWyUU1svIEPc3O"


EXIT_NOT_VERIFIED = 1
EXIT_OTHER_KEY = 3  # good signature and sums, by another key than the release key (2: argparse's usage)


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


SELF = "vault-app-verify.py"  # its name in a release folder (scripts/release.py)


def caveat() -> str:
    return (
        "Note: this script came in the download: it cannot vouch for the download; check "
        "SHA256SUMS.minisig with the published key first (README.md, docs/install.md):\n"
        f"  minisign -Vm SHA256SUMS -P {RELEASE_PUBLIC_KEY} && sha256sum -c SHA256SUMS"
    )


def not_release_key_warning(key_text: str) -> str:
    key_id, _ = parse_public_key(key_text)
    given = f"{int.from_bytes(key_id, 'little'):016X}"
    return (
        "!" * 78 + "\n"
        f"!! WARNING: the key given with --pubkey (id {given}) is NOT the Therapy Vault release key.\n"
        "!! A good signature below only means whoever holds THAT key signed these files.\n"
        f"!! The release key is {RELEASE_PUBLIC_KEY}\n"
        "!! Do not install a download that verifies only with another key.\n" + "!" * 78
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Verify a Therapy Vault release (signature, then checksums). This script comes in the "
                    "download, so it cannot vouch for it: check SHA256SUMS.minisig with minisign and the "
                    "published release key first.")
    parser.add_argument("sums", type=Path, help="the SHA256SUMS file of the release")
    parser.add_argument("--signature", type=Path, help="default: SHA256SUMS.minisig beside it")
    parser.add_argument("--pubkey", help="another public key (base64 line or a .pub file), for test builds: "
                                         "said loudly to be NOT the release key, exit code 3; default: the release key")
    args = parser.parse_args(argv)
    # First, whatever follows: the words cannot depend on the result a changed copy would fake.
    print(caveat(), file=sys.stderr)
    signature = args.signature or args.sums.with_name(args.sums.name + ".minisig")
    pub = args.pubkey or RELEASE_PUBLIC_KEY
    if Path(pub).is_file():
        pub = Path(pub).read_text(encoding="utf-8")
    other_key = False
    try:
        other_key = parse_public_key(pub) != parse_public_key(RELEASE_PUBLIC_KEY)
        if other_key:
            print(not_release_key_warning(pub), file=sys.stderr)
        trusted = verify_signature(args.sums.read_bytes(), signature.read_text(encoding="utf-8"), pub)
        names = check_sums(args.sums)
    except (VerifyError, OSError) as exc:
        print(f"NOT VERIFIED: {exc}", file=sys.stderr)
        return EXIT_NOT_VERIFIED
    by = " -- by a key that is NOT the release key" if other_key else ""
    print(f"signature good ({trusted}){by}")
    for name in names:
        own = "  (this script: a changed copy would print this too; only minisign and sha256sum -c vouch for it)"
        print(f"OK  {name}{own if name == SELF else ''}")
    return EXIT_OTHER_KEY if other_key else 0


if __name__ == "__main__":
    raise SystemExit(main())
