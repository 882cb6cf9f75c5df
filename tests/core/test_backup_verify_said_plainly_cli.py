"""`vault-app backup verify` says what its check means in a clinician's words, as the app's
Check the selected backup does (services/backup_checked.plainly: whole; the records checked in
full when it was made, or now; the psychotherapy notes checked too, or not), its technical terms
kept below as the support detail; --json carries the same lines by code. Found: the command line
printed only "check: recorded at creation" and "checked: header MAC, ledger chain, …" while the
window said it plainly. Real vault, real backups of both kinds, the real CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.cli_helpers import FAST_KDF, cli
from vault_app.services import backup_checked

WHOLE = "Every part of the backup was read and is whole: nothing in it is missing or altered."
WHEN_MADE = "The records in it were checked in full when it was made, and it still holds exactly what was checked."
NOW = "The records in it were checked in full now."
NOTES = "The psychotherapy notes in it were checked too."


@pytest.mark.parametrize("kind", ["file", "repo"])
def test_verify_says_what_the_check_means_then_the_support_detail(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("VAULT_APP_DIR", str(tmp_path / "vault"))
    kit = tmp_path / "kit.txt"
    assert cli(capsys, monkeypatch, "init", "--no-keyring", "--recovery-key-out", str(kit), *FAST_KDF).code == 0
    made = cli(capsys, monkeypatch, "backup", "create", "--to", str(tmp_path / "usb"), "--kind", kind, "--verify",
               "--json")
    assert made.code == 0, made.err
    path = made.json()["path"]
    for extra, when in (((), WHEN_MADE), (("--full",), NOW)):
        said = cli(capsys, monkeypatch, "backup", "verify", path, *extra)
        assert said.code == 0, said.err
        lines = said.out.splitlines()
        assert lines[2:5] == [f"  {WHOLE}", f"  {when}", f"  {NOTES}"], said.out
        assert lines[5] == "For support, what was checked:", said.out
        assert lines[6].startswith("  check: ") and lines[7].startswith("  checked: "), said.out
        as_json = cli(capsys, monkeypatch, "backup", "verify", path, *extra, "--json")
        assert as_json.code == 0, as_json.err
        result = as_json.json()
        assert result["plainly"] == [
            {"code": backup_checked.PLAIN_WHOLE, "text": WHOLE},
            {"code": backup_checked.PLAIN_CHECKED_WHEN_MADE if when == WHEN_MADE else backup_checked.PLAIN_CHECKED_NOW,
             "text": when},
            {"code": backup_checked.PLAIN_NOTES_CHECKED, "text": NOTES}]
    # With the Emergency Kit (no vault opened here): the same words.
    by_kit = cli(capsys, monkeypatch, "backup", "verify", path, "--recovery-key-file", str(kit), passphrase=None)
    assert by_kit.code == 0, by_kit.err
    assert f"  {WHOLE}\n" in by_kit.out and "For support, what was checked:" in by_kit.out, by_kit.out


NEW = "seven purple otters juggle quietly at dawn"


def test_notes_left_unchecked_are_said_with_the_command_lines_way_to_include_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A backup made before a passphrase change is checked with the vault's keys, which leave its
    psychotherapy notes locked (tests/core/test_verify_after_passphrase_change.py): said, with what
    a command line can do about it (not the window's "unlock them")."""
    monkeypatch.setenv("VAULT_APP_DIR", str(tmp_path / "vault"))
    kit = tmp_path / "kit.txt"
    assert cli(capsys, monkeypatch, "init", "--no-keyring", "--recovery-key-out", str(kit), *FAST_KDF).code == 0
    made = cli(capsys, monkeypatch, "backup", "create", "--to", str(tmp_path / "usb"), "--verify", "--json")
    assert made.code == 0, made.err
    path = made.json()["path"]
    changed = cli(capsys, monkeypatch, "passphrase", "change", *FAST_KDF, env={"VAULT_APP_NEW_PASSPHRASE": NEW})
    assert changed.code == 0, changed.err
    said = cli(capsys, monkeypatch, "backup", "verify", path, passphrase=NEW)
    assert said.code == 0, said.err
    assert "unlock them" not in said.out, said.out
    locked = ("  The psychotherapy notes in it could not be checked: the passphrase given did not open them in this "
              "backup (as when it was made before the passphrase was changed). To include them, check it with the "
              "passphrase it was made with, or with the Emergency Kit (--recovery-key-file FILE).")
    assert said.out.splitlines()[4] == locked, said.out
    as_json = cli(capsys, monkeypatch, "backup", "verify", path, "--json", passphrase=NEW).json()
    assert as_json["plainly"][2] == {"code": backup_checked.PLAIN_NOTES_LOCKED, "text": locked.strip()}
    by_kit = cli(capsys, monkeypatch, "backup", "verify", path, "--recovery-key-file", str(kit), passphrase=None)
    assert by_kit.code == 0 and f"  {NOTES}\n" in by_kit.out, by_kit.out
