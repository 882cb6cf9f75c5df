"""wclose F3: a full key replacement ("Replace every key", `vault-app rekey`) replaces the signing
key too. A copy of the vault from before (the retired therapist's laptop, an old backup) still
holds the old private key: a certificate it signs afterwards must be refused, while every
certificate and note signed before keeps checking. Real vaults, real Ed25519, real CLI."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import cli
from tests.core.destruction_helpers import seed_chart
from vault_app.crypto import signing
from vault_app.services import notes, signing_keys, vault_rekey, vault_rekey_runners
from vault_app.services.vault import Vault, open_vault


def _destroy(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, folder: Path, chart: str,
             out: Path) -> None:
    done = cli(capsys, monkeypatch, "destroy", "--vault", str(folder), "--client", chart, "--basis", "retention",
               "--confirm", chart, "--witness", "A. Colleague, LCSW", "--certificate-json", str(out), "--json")
    assert done.code == 0, done.err


def _verify(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, path: Path, *extra: str,
            passphrase: str | None = None) -> tuple[int, dict[str, Any]]:
    done = cli(capsys, monkeypatch, "certificate", "verify", str(path), "--json", *extra, passphrase=passphrase)
    return done.code, json.loads(done.out or done.err)


@pytest.fixture
def handed_over(psy_vault: Vault, vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """A certificate signed before the replacement, the therapist's old copy of the vault, the
    replacement itself (the service the app and the command line run), and her forged certificate."""
    c, d = seed_chart(psy_vault, "C"), seed_chart(psy_vault, "D")
    psy_vault.lock()
    before = tmp_path / "before.json"
    _destroy(capsys, monkeypatch, vault_dir, c.chart_number, before)
    old_copy = tmp_path / "old-laptop" / "vault"
    shutil.copytree(vault_dir, old_copy)
    live = open_vault(vault_dir, PASSPHRASE)
    old_fp = signing.fingerprint(live.public_key)
    vault_rekey_runners.replace_here(live, PASSPHRASE)
    new_fp = signing.fingerprint(live.public_key)
    entry = live.ledger.entries(kinds=(vault_rekey.REKEYED,))[-1]
    live.lock()
    forged = tmp_path / "forged.json"
    _destroy(capsys, monkeypatch, old_copy, d.chart_number, forged)  # with her old passphrase, on her old copy
    return {"before": before, "forged": forged, "old_fp": old_fp, "new_fp": new_fp, "entry": entry}


def test_the_replacement_makes_a_new_signing_key_and_records_both_fingerprints(
    handed_over: dict[str, Any], vault_dir: Path,
) -> None:
    assert handed_over["old_fp"] != handed_over["new_fp"]
    assert handed_over["entry"].payload["signing_key"] == {"retired": handed_over["old_fp"],
                                                           "new": handed_over["new_fp"]}
    vault = open_vault(vault_dir, PASSPHRASE)
    try:
        [retired] = signing_keys.retired(vault.header)
        assert retired.fingerprint == handed_over["old_fp"]
        assert retired.retired_at[:10] == handed_over["entry"].time[:10]
        # The new private key is the one wrapped in the header: what it signs checks with the new public key.
        assert signing.verify(vault.public_key, b"after", vault.sign(b"after"))
        assert "PRIVATE" not in json.dumps(vault.header.settings)  # public keys and dates only
    finally:
        vault.lock()


def test_a_certificate_signed_before_still_verifies(
    handed_over: dict[str, Any], vault_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, report = _verify(capsys, monkeypatch, handed_over["before"], "--vault", str(vault_dir), passphrase=PASSPHRASE)
    assert code == 0 and report["ok"], report
    code, report = _verify(capsys, monkeypatch, handed_over["before"], "--vault", str(vault_dir), "--signature-only",
                           "--fingerprint", handed_over["old_fp"])
    assert code == 0 and report["ok"], report


def test_the_new_kits_fingerprint_names_the_earlier_one_for_an_old_certificate(
    handed_over: dict[str, Any], vault_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, report = _verify(capsys, monkeypatch, handed_over["before"], "--vault", str(vault_dir), "--signature-only",
                           "--fingerprint", handed_over["new_fp"])
    assert code != 0 and not report["ok"]
    assert any(handed_over["old_fp"] in p and "leave out --signature-only" in p for p in report["problems"]), report


def test_a_certificate_forged_afterwards_with_the_old_key_is_refused(
    handed_over: dict[str, Any], vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    forged = handed_over["forged"]
    # The walker's check: the custodian's new kit fingerprint, no vault at hand.
    monkeypatch.setenv("VAULT_APP_DIR", str(tmp_path / "nowhere"))
    code, report = _verify(capsys, monkeypatch, forged, "--signature-only", "--fingerprint", handed_over["new_fp"])
    assert code != 0 and not report["ok"], report
    # Against the custodian's vault, offline and unlocked: the retired key, dated after its retirement.
    for extra, phrase in ((("--signature-only", "--fingerprint", handed_over["old_fp"]), None), ((), PASSPHRASE)):
        code, report = _verify(capsys, monkeypatch, forged, "--vault", str(vault_dir), *extra, passphrase=phrase)
        assert code != 0 and not report["ok"], report
        assert any("replaced on" in p and "dated after" in p for p in report["problems"]), report


def test_signed_notes_from_before_still_verify(psy_vault: Vault, vault_dir: Path) -> None:
    c = seed_chart(psy_vault, "C")
    signed = [notes.sign_note(psy_vault, n.note_id) for n in notes.list_notes(psy_vault, c.client_id)]
    assert signed and all(notes.verify_signature(psy_vault, n) is True for n in signed)
    vault_rekey_runners.replace_here(psy_vault, PASSPHRASE)
    for n in signed:
        assert notes.verify_signature(psy_vault, notes.get_note(psy_vault, n.note_id)) is True
    # A note signed from now on is signed with the new key.
    c2 = seed_chart(psy_vault, "E", psychotherapy=0)
    later = notes.sign_note(psy_vault, notes.list_notes(psy_vault, c2.client_id)[0].note_id)
    assert notes.verify_signature(psy_vault, later) is True


def test_an_accounting_issued_before_still_verifies_with_the_vault(
    vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tests.core import disclosure_fixtures as fx

    chart = fx.make_chart(vault, n=1)
    folder = vault.folder
    password = tmp_path / "pdf-password.txt"
    password.write_text(fx.PASSWORD + "\n")
    vault.lock()
    v = ["--vault", str(folder)]
    made = cli(capsys, monkeypatch, "accounting", *v, "--client", chart.client_id, "--out", str(tmp_path / "acc.pdf"),
               "--pdf-password-file", str(password))
    assert made.code == 0, made.err
    live = open_vault(folder, PASSPHRASE)
    vault_rekey_runners.replace_here(live, PASSPHRASE)
    live.lock()
    verified = cli(capsys, monkeypatch, "accounting-verify", *v, "--file", str(tmp_path / "acc.pdf"))
    assert verified.code == 0 and "Signature valid" in verified.out, verified.out + verified.err


def test_the_older_header_put_back_with_the_old_key_does_not_open(vault: Vault, tmp_path: Path) -> None:
    """The signing key and its retirement live in the header: an older header put back (which
    names the old key as in use) brings the old master key too, which opens nothing the
    replacement re-encrypted."""
    from vault_app.domain.errors import VaultError
    from vault_app.storage import header as header_io

    folder = vault.folder
    older = (folder / header_io.HEADER_NAME).read_bytes()
    vault_rekey_runners.replace_here(vault, PASSPHRASE)
    vault.lock()
    (folder / header_io.HEADER_NAME).write_bytes(older)
    with pytest.raises(VaultError):
        open_vault(folder, PASSPHRASE).lock()


def test_public_key_lists_the_earlier_keys_with_their_dates(
    handed_over: dict[str, Any], vault_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    done = cli(capsys, monkeypatch, "certificate", "public-key", "--vault", str(vault_dir), "--json", passphrase=None)
    data = done.json()
    assert data["fingerprint"] == handed_over["new_fp"]
    [earlier] = data["earlier_keys"]
    assert earlier["fingerprint"] == handed_over["old_fp"]
    assert earlier["retired_at"][:10] == handed_over["entry"].time[:10]
    text = cli(capsys, monkeypatch, "certificate", "public-key", "--vault", str(vault_dir), passphrase=None).out
    assert f"to {earlier['retired_at'][:10]}): fingerprint {handed_over['old_fp']}" in text
