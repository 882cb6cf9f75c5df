"""A backup made before "Replace every key", restored over the vault, keeps the vault's signing key
in use now and its list of retired keys (docs/retention.md, "The signing key after 'Replace every
key'"). Found open: the restore brought back the backup's header, so the retired key was the key in
use again and its retirement forgotten; the retired therapist's old copy then signed certificates
that checked. Real vaults, real Ed25519, real backups, the real command line in process."""

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
from vault_app.services import backup, backup_repo_restore, signing_keys, vault_rekey
from vault_app.services.backup_registry import RESTORED
from vault_app.services.vault import CreatedVault, Vault, open_vault
from vault_app.services.vault_rekey_runners import replace_here
from vault_app.storage import header as header_io

RESTORED_PASSPHRASE = "the restored vault's own passphrase 34"


def _destroy(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, folder: Path, chart: str,
             out: Path) -> None:
    done = cli(capsys, monkeypatch, "destroy", "--vault", str(folder), "--client", chart, "--basis", "retention",
               "--confirm", chart, "--witness", "A. Colleague, LCSW", "--certificate-json", str(out), "--json")
    assert done.code == 0, done.err


def _verify(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, path: Path, *extra: str,
            passphrase: str | None = None) -> dict[str, Any]:
    done = cli(capsys, monkeypatch, "certificate", "verify", str(path), "--json", *extra, passphrase=passphrase)
    report: dict[str, Any] = json.loads(done.out or done.err)
    assert (done.code == 0) == bool(report["ok"]), report
    return report


def _header_keys(folder: Path) -> tuple[str, list[signing_keys.RetiredKey]]:
    header = header_io.read(folder)
    return signing.fingerprint(header_io.unb64(header.signing_public_key)), signing_keys.retired(header)


@pytest.fixture
def replaced_after_backup(psy_vault: Vault, vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                          monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """A certificate signed before; a backup and the retired therapist's copy of the vault, both
    from before the replacement; the replacement; a certificate the vault signs after it, and
    one her old copy signs after it (a forgery with the retired key)."""
    c, d, e = seed_chart(psy_vault, "C"), seed_chart(psy_vault, "D"), seed_chart(psy_vault, "E")
    psy_vault.lock()
    before = tmp_path / "before.json"
    _destroy(capsys, monkeypatch, vault_dir, c.chart_number, before)
    live = open_vault(vault_dir, PASSPHRASE)
    made = backup.create_backup(live, tmp_path / "usb")
    offsite = tmp_path / "offsite" / Path(made.path).name
    offsite.parent.mkdir()
    shutil.copy2(made.path, offsite)  # kept in a drawer: no purge reaches it
    live.lock()
    old_copy = tmp_path / "old-laptop" / "vault"
    shutil.copytree(vault_dir, old_copy)
    live = open_vault(vault_dir, PASSPHRASE)
    old_fp = signing.fingerprint(live.public_key)
    replace_here(live, PASSPHRASE)
    new_fp = signing.fingerprint(live.public_key)
    rekeyed = live.ledger.entries(kinds=(vault_rekey.REKEYED,))[-1]
    [retired] = signing_keys.retired(live.header)
    live.lock()
    after = tmp_path / "after.json"
    _destroy(capsys, monkeypatch, vault_dir, e.chart_number, after)  # the vault's own, with the new key
    forged = tmp_path / "forged.json"
    _destroy(capsys, monkeypatch, old_copy, d.chart_number, forged)  # her old copy, with the retired key
    return {"offsite": offsite, "before": before, "after": after, "forged": forged, "old_fp": old_fp,
            "new_fp": new_fp, "retired_at": retired.retired_at, "rekeyed": rekeyed, "old_copy": old_copy}


def _assert_old_key_stays_retired(case: dict[str, Any], folder: Path, capsys: pytest.CaptureFixture[str],
                                  monkeypatch: pytest.MonkeyPatch, passphrase: str = PASSPHRASE) -> None:
    """The forgery dated after the retirement is refused, the certificate signed before still checks."""
    forged = _verify(capsys, monkeypatch, case["forged"], "--vault", str(folder), "--signature-only",
                     "--fingerprint", case["old_fp"])
    assert not forged["ok"] and any("dated after" in p for p in forged["problems"]), forged
    forged = _verify(capsys, monkeypatch, case["forged"], "--vault", str(folder), passphrase=passphrase)
    assert not forged["ok"] and any("dated after" in p for p in forged["problems"]), forged
    before = _verify(capsys, monkeypatch, case["before"], "--vault", str(folder), passphrase=passphrase)
    assert before["ok"], before
    before = _verify(capsys, monkeypatch, case["before"], "--vault", str(folder), "--signature-only",
                     "--fingerprint", case["old_fp"])
    assert before["ok"], before


def test_restored_over_the_vault_it_keeps_the_key_in_use_and_its_retired_list(
        replaced_after_backup: dict[str, Any], vault_dir: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    case = replaced_after_backup
    done = cli(capsys, monkeypatch, "--vault", str(vault_dir), "backup", "restore", str(case["offsite"]), "--to",
               str(vault_dir), "--overwrite")
    assert done.code == 0, done.err

    in_use, retired = _header_keys(vault_dir)
    assert in_use == case["new_fp"]
    assert [(k.fingerprint, k.retired_at) for k in retired] == [(case["old_fp"], case["retired_at"])]
    _assert_old_key_stays_retired(case, vault_dir, capsys, monkeypatch)
    # Signed since the replacement by the vault itself: checks with the kit's new fingerprint.
    after = _verify(capsys, monkeypatch, case["after"], "--vault", str(vault_dir), "--signature-only",
                    "--fingerprint", case["new_fp"])
    assert after["ok"], after
    assert f"fingerprint {case['new_fp']}" in done.out and "Replace every key" in done.out, done.out
    # Asked before: the replacement is said as what it is, not as upkeep ("housekeeping").
    before = done.out.split("Restored into")[0]
    assert "1 replacement of every key (the restored vault keeps the signing key in use now" in before, done.out
    with open_vault(vault_dir, PASSPHRASE) as vault:
        # The private key in the restored header is the new one: what it signs checks with the key in use.
        assert signing.verify(vault.public_key, b"after the restore", vault.sign(b"after the restore"))
        entry = vault.ledger.entries(kinds=(RESTORED,))[-1]
    assert entry.payload["signing_key"]["in_use"] == case["new_fp"]
    assert entry.payload["signing_key"]["backup"] == case["old_fp"]
    assert entry.payload["signing_key"]["retired"] == [case["old_fp"]]


def test_restored_from_the_backups_window_with_the_vault_open(
        replaced_after_backup: dict[str, Any], vault_dir: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Vault > Backups… restores with the vault unlocked, as gui/backup_restore_dialog.py calls it."""
    case = replaced_after_backup
    live = open_vault(vault_dir, PASSPHRASE)
    report = backup_repo_restore.restore_copy(case["offsite"], vault_dir, passphrase=PASSPHRASE, overwrite=True,
                                              current=live, known_copies=[vault_dir])
    assert (report.signing_key, report.signing_key_how) == (case["new_fp"], "carried")
    assert report.signing_key_retired_on == case["retired_at"]
    assert _header_keys(vault_dir)[0] == case["new_fp"]
    _assert_old_key_stays_retired(case, vault_dir, capsys, monkeypatch)


def test_with_the_kit_of_then_and_the_current_passphrase_the_key_is_carried(
        created: CreatedVault, replaced_after_backup: dict[str, Any], vault_dir: Path,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    case = replaced_after_backup
    kit = tmp_path / "recovery-key.txt"
    kit.write_text(created.recovery_key)
    done = cli(capsys, monkeypatch, "--vault", str(vault_dir), "backup", "restore", str(case["offsite"]), "--to",
               str(vault_dir), "--overwrite", "--recovery-key-file", str(kit), passphrase=PASSPHRASE,
               env={"VAULT_APP_NEW_PASSPHRASE": RESTORED_PASSPHRASE})
    assert done.code == 0, done.err
    assert _header_keys(vault_dir)[0] == case["new_fp"]
    _assert_old_key_stays_retired(case, vault_dir, capsys, monkeypatch, RESTORED_PASSPHRASE)


def test_with_the_kit_alone_the_unread_vault_gets_the_old_key_retired_and_a_new_one(
        created: CreatedVault, replaced_after_backup: dict[str, Any], vault_dir: Path,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The vault replaced cannot be read (no passphrase of it given): its header, unauthenticated,
    still says the backup's key was retired. Believed only to refuse more: the old key stays
    retired (from the date it gives), and the restored vault signs with a new key, never the old
    one nor the key that unread header names."""
    case = replaced_after_backup
    kit = tmp_path / "recovery-key.txt"
    kit.write_text(created.recovery_key)
    monkeypatch.delenv("VAULT_APP_PASSPHRASE")  # the fixture's commands set it
    done = cli(capsys, monkeypatch, "--vault", str(vault_dir), "backup", "restore", str(case["offsite"]), "--to",
               str(vault_dir), "--overwrite", "--recovery-key-file", str(kit), passphrase=None,
               env={"VAULT_APP_NEW_PASSPHRASE": RESTORED_PASSPHRASE})
    assert done.code == 0, done.err
    in_use, retired = _header_keys(vault_dir)
    assert in_use not in (case["old_fp"], case["new_fp"])
    assert [(k.fingerprint, k.retired_at) for k in retired] == [(case["old_fp"], case["retired_at"])]
    assert f"fingerprint {in_use}" in done.out and "new signing key" in done.out, done.out
    _assert_old_key_stays_retired(case, vault_dir, capsys, monkeypatch, RESTORED_PASSPHRASE)


def test_a_backup_newer_than_the_replacement_over_an_older_copy_keeps_its_own_key(
        replaced_after_backup: dict[str, Any], vault_dir: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Restored over the retired therapist's older copy (which names the old key as in use): the
    backup's key stays, the old one stays retired."""
    case = replaced_after_backup
    with open_vault(vault_dir, PASSPHRASE) as live:
        newer = backup.create_backup(live, tmp_path / "usb-newer").path
    done = cli(capsys, monkeypatch, "--vault", str(case["old_copy"]), "backup", "restore", str(newer), "--to",
               str(case["old_copy"]), "--overwrite")
    assert done.code == 0, done.err
    in_use, retired = _header_keys(case["old_copy"])
    assert in_use == case["new_fp"] and [k.fingerprint for k in retired] == [case["old_fp"]]
    _assert_old_key_stays_retired(case, case["old_copy"], capsys, monkeypatch)


def test_an_older_header_put_back_alone_makes_no_retired_key_current(
        replaced_after_backup: dict[str, Any], vault_dir: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Someone put the pre-replacement vault.header back over the vault (it names the old key as
    in use, authentic under the old master key); a backup from after the replacement restored
    over it keeps its own key."""
    case = replaced_after_backup
    with open_vault(vault_dir, PASSPHRASE) as live:
        newer = backup.create_backup(live, tmp_path / "usb-newer").path
    shutil.copy2(case["old_copy"] / header_io.HEADER_NAME, vault_dir / header_io.HEADER_NAME)
    done = cli(capsys, monkeypatch, "--vault", str(vault_dir), "backup", "restore", str(newer), "--to",
               str(vault_dir), "--overwrite")
    assert done.code == 0, done.err
    in_use, retired = _header_keys(vault_dir)
    assert in_use == case["new_fp"] and [k.fingerprint for k in retired] == [case["old_fp"]]


def test_on_a_new_computer_the_restore_says_the_key_to_compare_with_the_kit(
        replaced_after_backup: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """No vault to read: the backup's header is all there is. The restore says which key the vault
    signs with, to compare with the most recent Emergency Kit."""
    case = replaced_after_backup
    fresh = tmp_path / "new-computer" / "vault"
    monkeypatch.setenv("VAULT_APP_DIR", str(fresh))
    done = cli(capsys, monkeypatch, "backup", "restore", str(case["offsite"]), "--to", str(fresh))
    assert done.code == 0, done.err
    assert _header_keys(fresh)[0] == case["old_fp"]  # nothing here says otherwise
    assert f"fingerprint {case['old_fp']}" in done.out and "most recent Emergency Kit" in done.out, done.out
    data = cli(capsys, monkeypatch, "backup", "restore", str(case["offsite"]), "--to", str(tmp_path / "again"),
               "--json").json()
    assert (data["signing_key"], data["signing_key_how"]) == (case["old_fp"], "kept")


def test_accounting_reports_signed_before_and_after_the_replacement_check_after_the_restore(
        vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """An accounting of disclosures issued with the key in use now (after the replacement) checked
    against the vault restored from a backup older than the replacement: the key was carried."""
    from tests.core import disclosure_fixtures as fx

    chart = fx.make_chart(vault, n=1)
    folder = vault.folder
    made = backup.create_backup(vault, tmp_path / "usb")
    offsite = tmp_path / "offsite" / Path(made.path).name
    offsite.parent.mkdir()
    shutil.copy2(made.path, offsite)
    password = tmp_path / "pdf-password.txt"
    password.write_text(fx.PASSWORD + "\n")
    vault.lock()
    v = ["--vault", str(folder)]

    def issue(name: str) -> Path:
        out = tmp_path / name
        done = cli(capsys, monkeypatch, "accounting", *v, "--client", chart.client_id, "--out", str(out),
                   "--pdf-password-file", str(password))
        assert done.code == 0, done.err
        return out

    before = issue("before.pdf")
    with open_vault(folder, PASSPHRASE) as live:
        replace_here(live, PASSPHRASE)
    after = issue("after.pdf")
    done = cli(capsys, monkeypatch, *v, "backup", "restore", str(offsite), "--to", str(folder), "--overwrite")
    assert done.code == 0, done.err
    for report in (before, after):
        verified = cli(capsys, monkeypatch, "accounting-verify", *v, "--file", str(report))
        assert verified.code == 0 and "Signature valid" in verified.out, (report.name, verified.out + verified.err)
