"""Must show: a genuine certificate passes `certificate verify` with the public key
alone; a forged or edited one fails. Plus the ledger-chain check and the PDF."""

from __future__ import annotations

import base64
import io
import json
from pathlib import Path
from typing import Any

import pypdf
import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import cli
from tests.core.destruction_helpers import SeededChart, seed_chart
from vault_app.crypto import signing
from vault_app.domain.destruction import canonical_json
from vault_app.services import certificates
from vault_app.services.vault import Vault


@pytest.fixture
def exported(psy_vault: Vault, vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
             monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path, str, SeededChart]:
    chart = seed_chart(psy_vault, "C")
    seed_chart(psy_vault, "D")
    psy_vault.lock()
    out_json, out_pdf = tmp_path / "cert.json", tmp_path / "cert.pdf"
    done = cli(capsys, monkeypatch, "destroy", "--vault", str(vault_dir), "--client", chart.chart_number,
               "--basis", "retention", "--confirm", chart.chart_number, "--witness", "A. Colleague, LCSW",
               "--certificate-json", str(out_json), "--certificate-pdf", str(out_pdf), "--json")
    assert done.code == 0, done.err
    key = cli(capsys, monkeypatch, "certificate", "public-key", "--vault", str(vault_dir), "--json",
              passphrase=None).json()["public_key"]
    return out_json, out_pdf, key, chart


def _verify(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, path: Path, *extra: str,
            passphrase: str | None = None) -> tuple[int, dict[str, Any]]:
    done = cli(capsys, monkeypatch, "certificate", "verify", str(path), "--json", *extra, passphrase=passphrase)
    return done.code, json.loads(done.out or done.err)


def test_a_genuine_certificate_passes_with_the_public_key_alone(
    exported: tuple[Path, Path, str, SeededChart], tmp_path: Path,
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, _, key, chart = exported
    # No vault anywhere near: a third party with the file and the published key.
    monkeypatch.setenv("VAULT_APP_DIR", str(tmp_path / "nowhere"))
    code, report = _verify(capsys, monkeypatch, path, "--public-key", key, "--signature-only")
    assert code == 0 and report["ok"], report
    assert report["chart_number"] == chart.chart_number
    key_file = tmp_path / "practice.pub"
    key_file.write_text(key + "\n")
    code, report = _verify(capsys, monkeypatch, path, "--public-key-file", str(key_file), "--signature-only")
    assert code == 0 and report["checks"]["signature"]["ok"]


def test_genuine_certificate_is_in_the_ledger_chain(
    exported: tuple[Path, Path, str, SeededChart], vault_dir: Path,
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, _, _, _ = exported
    code, report = _verify(capsys, monkeypatch, path, "--vault", str(vault_dir), passphrase=PASSPHRASE)
    assert code == 0 and report["checks"] == {
        "signature": report["checks"]["signature"], "ledger": {"ok": True}}
    assert report["checks"]["signature"]["public_key"] == "read from the vault header"


def _edit(document: dict[str, Any]) -> None:
    document["certificate"]["records"]["counts"]["progress_notes"] = 1


def _backdate(document: dict[str, Any]) -> None:
    document["certificate"]["completed_at"] = "2020-01-01T00:00:00+00:00"


def _move_in_ledger(document: dict[str, Any]) -> None:
    document["ledger_entry"]["seq"] = 3


def _forge(document: dict[str, Any]) -> None:
    """A forger re-signs an edited certificate with their own key and embeds it."""
    _edit(document)
    fake = signing.new_signing_key()
    signed = canonical_json({"certificate": document["certificate"], "ledger_entry": document["ledger_entry"]})
    document["signature"]["public_key"] = base64.b64encode(signing.public_key(fake)).decode()
    document["signature"]["value"] = base64.b64encode(signing.sign(fake, signed)).decode()


def _strip(document: dict[str, Any]) -> None:
    del document["signature"]


@pytest.mark.parametrize("tamper", [_edit, _backdate, _move_in_ledger, _forge, _strip])
def test_an_edited_or_forged_certificate_fails(
    tamper: Any, exported: tuple[Path, Path, str, SeededChart], tmp_path: Path,
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, _, key, _ = exported
    document = json.loads(path.read_text())
    tamper(document)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document))
    code, report = _verify(capsys, monkeypatch, bad, "--public-key", key, "--signature-only")
    assert code == 5 and not report["ok"] and report["problems"]


def test_a_re_signed_copy_fails_the_ledger_check(psy_vault: Vault, tmp_path: Path) -> None:
    """Even with the vault's own key, a certificate that differs from the ledger's is refused."""
    chart = seed_chart(psy_vault, "F")
    from vault_app.services import destruction

    cert = destruction.destroy(psy_vault, chart.chart_number, basis="retention", confirm=chart.chart_number)
    document = certificates.signed_document(psy_vault, cert["certificate_id"])
    assert certificates.check_signature(document, psy_vault.public_key) == []
    assert certificates.check_ledger(psy_vault, document) == []
    document["certificate"]["basis"]["kind"] = "permission"
    resigned = psy_vault.sign(canonical_json({"certificate": document["certificate"],
                                              "ledger_entry": document["ledger_entry"]}))
    document["signature"]["value"] = base64.b64encode(resigned).decode()
    assert certificates.check_signature(document, psy_vault.public_key) == []
    assert "the certificate differs from the one recorded in the ledger" in certificates.check_ledger(
        psy_vault, document)


def test_the_pdf_and_json_carry_no_content(exported: tuple[Path, Path, str, SeededChart]) -> None:
    path, pdf, _, chart = exported
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    flat = " ".join(text.split())
    document = json.loads(path.read_text())
    cert_id = document["certificate"]["certificate_id"]
    for expected in (cert_id, chart.chart_number, "Clear, combined with cryptographic erase", "A. Colleague",
                     "PASSED", document["signature"]["public_key_fingerprint"]):
        assert expected in flat, expected
    for secret in [*chart.names, *chart.progress_texts, *chart.psychotherapy_texts]:
        assert secret not in flat and secret not in path.read_text()


def test_a_certificate_with_a_substituted_key_fails(
    exported: tuple[Path, Path, str, SeededChart], vault_dir: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The issue's forgery: a certificate signed by an attacker's key, for a chart never
    destroyed, and the attacker's public key written into a copy's header."""
    from vault_app.storage import header as header_io

    path, _, key, _ = exported
    fingerprint = certificates.public_key_fingerprint(base64.b64decode(key))
    attacker = signing.new_signing_key()
    forged = json.loads(path.read_text())
    forged["certificate"]["records"]["chart_number"] = "NEVER-DESTROYED"
    part = canonical_json({"certificate": forged["certificate"], "ledger_entry": forged["ledger_entry"]})
    forged["signature"]["value"] = base64.b64encode(signing.sign(attacker, part)).decode()
    forged["signature"]["public_key"] = base64.b64encode(signing.public_key(attacker)).decode()
    forged_path = tmp_path / "forged.json"
    forged_path.write_text(json.dumps(forged))
    header = header_io.read(vault_dir)
    header_io.write(vault_dir, header.with_changes(signing_public_key=forged["signature"]["public_key"]))

    # A key read from the folder is refused offline unless the checker gives a fingerprint...
    code, report = _verify(capsys, monkeypatch, forged_path, "--vault", str(vault_dir), "--signature-only")
    assert code == 2 and "cannot be trusted" in report["message"]
    # ...and with the fingerprint from the Emergency Kit, the substituted key fails.
    code, report = _verify(capsys, monkeypatch, forged_path, "--vault", str(vault_dir), "--signature-only",
                           "--fingerprint", fingerprint)
    assert code == 5 and not report["ok"]
    assert any("fingerprint" in p for p in report["problems"])
    # The genuine certificate still passes the offline check with the genuine key.
    code, report = _verify(capsys, monkeypatch, path, "--public-key", key, "--signature-only",
                           "--fingerprint", fingerprint)
    assert code == 0 and report["ok"], report


def test_a_huge_file_given_as_a_certificate_is_refused_without_reading_it_whole(tmp_path: Path) -> None:
    """It was read whole into memory (a disk image chosen by mistake) before being refused."""
    from vault_app.domain.errors import InvalidInput

    huge = tmp_path / "cert.json"
    huge.write_bytes(b"{")
    with huge.open("r+b") as handle:
        handle.truncate(certificates.MAX_CERTIFICATE_BYTES + 1)  # sparse: nothing written to disk
    with pytest.raises(InvalidInput, match="too large") as refused:
        certificates.load(huge)
    assert ".json" in refused.value.hint
    with pytest.raises(InvalidInput, match="Could not read"):
        certificates.load(tmp_path / "missing.json")


def test_the_pdf_given_to_verify_points_to_the_json_beside_it(
    exported: tuple[Path, Path, str, SeededChart], tmp_path: Path,
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Found by a walker: `certificate verify cert.pdf` said only "not a certificate file (not
    JSON)", though the PDF is what a board asks for and the signed .json was saved beside it."""
    out_json, out_pdf, key, _chart = exported
    done = cli(capsys, monkeypatch, "certificate", "verify", str(out_pdf), "--public-key", key, "--signature-only",
               passphrase=None)
    said = " ".join(done.err.split())
    assert done.code != 0 and "is the certificate's PDF" in said and f"{out_json.name}, beside it" in said, said
    assert f"certificate verify {out_json}" in said, said
    # With no .json beside it: how to write one
    out_json.rename(tmp_path / "elsewhere.json")
    done = cli(capsys, monkeypatch, "certificate", "verify", str(out_pdf), "--public-key", key, "--signature-only",
               passphrase=None)
    said = " ".join(done.err.split())
    assert done.code != 0 and "--json-out" in said and "beside it" not in said, said
    # A file that is neither: said as before
    other = tmp_path / "notes.txt"
    other.write_text("not a certificate")
    done = cli(capsys, monkeypatch, "certificate", "verify", str(other), "--public-key", key, passphrase=None)
    assert "notes.txt is not a certificate file (not JSON)." in done.err and "PDF" not in done.err, done.err


def test_with_no_vault_the_key_the_certificate_carries_is_checked_by_the_fingerprint(
    exported: tuple[Path, Path, str, SeededChart], tmp_path: Path,
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Found by a walker: once the practice closed and the vault was gone, an auditor with the
    certificate and the fingerprint (Emergency Kit, every certificate's PDF) was told "No vault here
    to take the public key from"; the app's windows save no key, so the certificate could not be
    checked at all. The key it carries is used when the fingerprint given matches it."""
    path, _, key, _ = exported
    monkeypatch.setenv("VAULT_APP_DIR", str(tmp_path / "nowhere"))
    fingerprint = certificates.public_key_fingerprint(base64.b64decode(key))
    code, report = _verify(capsys, monkeypatch, path, "--signature-only", "--fingerprint", fingerprint)
    assert code == 0 and report["ok"], report
    assert report["checks"]["signature"]["public_key"] == (
        "carried in the certificate, checked against the fingerprint given")
    # A forged certificate carries its forger's key: the fingerprint does not match it.
    attacker = signing.new_signing_key()
    forged = json.loads(path.read_text())
    forged["certificate"]["records"]["chart_number"] = "NEVER-DESTROYED"
    part = canonical_json({"certificate": forged["certificate"], "ledger_entry": forged["ledger_entry"]})
    forged["signature"]["value"] = base64.b64encode(signing.sign(attacker, part)).decode()
    forged["signature"]["public_key"] = base64.b64encode(signing.public_key(attacker)).decode()
    forged_path = tmp_path / "forged.json"
    forged_path.write_text(json.dumps(forged))
    code, report = _verify(capsys, monkeypatch, forged_path, "--signature-only", "--fingerprint", fingerprint)
    assert code == 5 and not report["ok"] and any("fingerprint" in p for p in report["problems"])
    # Without a fingerprint nothing vouches for the key it carries: refused as before.
    code, report = _verify(capsys, monkeypatch, path, "--signature-only")
    assert code == 2 and "No vault here" in report["message"]
