"""certificate commands: export, verify and print the key of a destruction's signed certificate.

Apart from the retention and destruction commands (cli/retention_commands.py) that make the
certificates: checking one offline needs no retention, hold or destruction code, and the two
together passed one file's worth.
"""

from __future__ import annotations

import argparse
import stat
from pathlib import Path
from typing import Any

from vault_app.cli import common, text_files
from vault_app.domain.errors import ExitCode, InvalidInput, VaultNotFound
from vault_app.services import certificates


def cmd_certificate_export(args: argparse.Namespace) -> int:
    with common.unlocked(args) as vault:
        written = certificates.export(
            vault, args.certificate_id,
            json_path=Path(args.json_out) if args.json_out else None,
            pdf_path=Path(args.pdf_out) if args.pdf_out else None,
        )
    common.emit(args, written, "\n".join(f"Wrote {k.upper()}: {v}" for k, v in written.items()))
    return 0


CARRIED = "carried in the certificate, checked against the fingerprint given"
FROM_HEADER = "read from the vault header"


def _trusted_key(args: argparse.Namespace, document: dict[str, Any]) -> tuple[bytes, str]:
    if args.public_key:
        return certificates.parse_public_key(args.public_key), "given on the command line"
    if args.public_key_file:
        text = text_files.read_text_file(args.public_key_file, "public key file")
        return certificates.parse_public_key(text), "read from the public key file"
    try:
        # The key that signed it, if the vault ever used it (a full key replacement retires one).
        header = certificates.vault_header(common.vault_folder(args))
        return certificates.signing_key_for(header, document), FROM_HEADER
    except VaultNotFound:
        carried = (document.get("signature") or {}).get("public_key")
        if args.signature_only and args.fingerprint and isinstance(carried, str):
            # The vault gone (a practice closed): the key the certificate carries, vouched for only by
            # the fingerprint given (the Emergency Kit's), which check_fingerprint compares (a walker's
            # finding: the app's windows save no key, so such a certificate could not be checked).
            return certificates.parse_public_key(carried), CARRIED
        raise InvalidInput(
            "No vault here to take the public key from.",
            hint="Give the practice's public key with --public-key or --public-key-file, or, with "
            "--signature-only, its fingerprint (Emergency Kit) with --fingerprint.",
        ) from None


def _not_a_pipe(path: Path) -> Path:
    """A certificate is a file: a named pipe or a device given for it is said, not waited on (found
    by the round-46 walk: `certificate verify FIFO` waited without a word for a writer that never
    came; `backup verify` says the same of its file). What else is wrong the load says."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return path
    if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        raise InvalidInput(f"{path.name} is not a certificate file (a pipe or a device).",
                           hint="Give the certificate's file: 'vault-app certificate export ID --json-out FILE' "
                           "writes it.")
    return path


def cmd_certificate_verify(args: argparse.Namespace) -> int:
    document = certificates.load(_not_a_pipe(Path(args.file)))
    key, source = _trusted_key(args, document)
    from_header = source == FROM_HEADER
    if from_header and args.signature_only and not args.fingerprint:
        # Anyone who can write the folder can swap that key: it is checked against the
        # header MAC only at unlock, so offline it needs a fingerprint from elsewhere.
        raise InvalidInput(
            "The public key in the vault folder cannot be trusted without unlocking.",
            hint="Give the key fingerprint from your Emergency Kit or 'vault-app certificate public-key' "
            "with --fingerprint, or the key itself with --public-key, or leave out --signature-only.",
        )
    header = certificates.vault_header(common.vault_folder(args)) if from_header else None
    retired_words = certificates.retired_fingerprint_words(header, document, args.fingerprint) if (
        header is not None and args.fingerprint) else []
    problems = retired_words or (certificates.check_fingerprint(key, args.fingerprint) if args.fingerprint else [])
    problems += certificates.check_signature(document, key)
    if header is not None:  # dated after its key was retired (checked again below against the unlocked header)
        problems += certificates.check_retirement(header, document)
    checks: dict[str, Any] = {"signature": {"ok": not problems, "public_key": source,
                                            "fingerprint": certificates.public_key_fingerprint(key)}}
    if not args.signature_only:
        with common.unlocked(args) as vault:
            if from_header and key not in vault.known_public_keys:  # the unlocked header is MAC-checked
                problems.append("the public key in the vault folder is not the one the vault's header MAC covers")
            ledger_problems = certificates.check_ledger(vault, document)
            ledger_problems += [p for p in certificates.check_retirement(vault.header, document) if p not in problems]
        checks["ledger"] = {"ok": not ledger_problems}
        problems.extend(ledger_problems)
    data = {**certificates.summary(document), "ok": not problems, "problems": problems, "checks": checks}

    def text() -> str:
        head = "CERTIFICATE VALID" if not problems else "CERTIFICATE NOT VALID"
        lines = [f"{head}: {data['certificate_id']} (chart {data['chart_number']}, ledger entry {data['ledger_seq']})",
                 f"  signature: {'ok' if checks['signature']['ok'] else 'FAILED'} "
                 f"(public key {source}, fingerprint {checks['signature']['fingerprint']})"]
        if "ledger" in checks:
            lines.append(f"  in the ledger chain: {'ok' if checks['ledger']['ok'] else 'FAILED'}")
        else:
            lines.append("  in the ledger chain: not checked (--signature-only)")
        lines.extend(f"  - {p}" for p in problems)
        return "\n".join(lines)

    common.emit(args, data, text)
    return 0 if not problems else int(ExitCode.TAMPERED)


def cmd_certificate_public_key(args: argparse.Namespace) -> int:
    folder = common.vault_folder(args)
    key = certificates.write_public_key(folder, Path(args.out)) if args.out else certificates.vault_public_key(folder)
    encoded = certificates.public_key_text(key)
    fingerprint = certificates.public_key_fingerprint(key)
    # The keys a full key replacement retired: certificates signed before it name one of them.
    earlier = [{"public_key": certificates.public_key_text(k.public_key), "fingerprint": k.fingerprint,
                "in_use_from": k.in_use_from, "retired_at": k.retired_at}
               for k in certificates.retired_keys(certificates.vault_header(folder))]
    lines = [encoded, f"fingerprint {fingerprint}"] + [
        f"earlier key (certificates signed from {k['in_use_from'][:10]} to {k['retired_at'][:10]}): "
        f"fingerprint {k['fingerprint']}" for k in earlier]
    common.emit(args, {"public_key": encoded, "fingerprint": fingerprint, "earlier_keys": earlier}, "\n".join(lines))
    return 0


def register(sub: argparse._SubParsersAction, common_parent: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("certificate", parents=[common_parent], help="destruction certificates")
    cs = p.add_subparsers(dest="action", required=True)
    x = cs.add_parser("export", parents=[common_parent], help="write the signed JSON and/or the PDF")
    x.add_argument("certificate_id", help="from 'destruction list'")
    x.add_argument("--json-out", metavar="FILE", help="write the signed certificate JSON to FILE")
    x.add_argument("--pdf-out", metavar="FILE", help="write the certificate PDF to FILE")
    x.set_defaults(handler=cmd_certificate_export)
    x = cs.add_parser("verify", parents=[common_parent], help="check a signed certificate JSON")
    x.add_argument("file", help="the certificate JSON ('certificate export --json-out' writes it)")
    x.add_argument("--public-key", metavar="KEY", help="the vault's public key (base64 or hex)")
    x.add_argument("--public-key-file", metavar="FILE",
                   help="read the public key from FILE ('certificate public-key --out' writes it; "
                   "default: the key in --vault's folder)")
    x.add_argument("--signature-only", action="store_true",
                   help="check the signature with the public key only (no unlock, no ledger check); "
                   "a key read from the vault folder then needs --fingerprint")
    x.add_argument("--fingerprint", metavar="FP",
                   help="the vault key's fingerprint, from the Emergency Kit or 'certificate public-key'")
    x.set_defaults(handler=cmd_certificate_verify)
    x = cs.add_parser("public-key", parents=[common_parent], help="print the vault's public signing key")
    x.add_argument("--out", metavar="FILE", help="also write the key to FILE, to give to whoever checks certificates")
    x.set_defaults(handler=cmd_certificate_public_key)
