"""What a backup's check checked, by code (services/backup_checked.py ENGLISH, checked_line):
the screens say each line by its code and params (gui/backup_check_words.py), where they
matched the English by pattern; the command line prints the same English as before, to the
letter, in its text and its JSON. Real vaults, real backups of both kinds, the real CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.cli_helpers import FAST_KDF, cli
from vault_app import __version__
from vault_app.services import backup_checked

# The CLI's "checked:" lines as they read before the codes (the English is unchanged; the
# passphrase given, the psychotherapy notes' pages are checked too).
FILE_RECORDED = ["checksum", "authentication", "part hashes (when the file was read back after it was written)",
                 "header MAC",
                 f"every page, the ledger chain and the attachments were checked when the backup was made (app "
                 f"{__version__}; pages of ledger, records); the backup's authentication proves it holds those bytes",
                 "ledger ends at the recorded entry", "every page of psychotherapy checked now"]
FILE_FULL = ["checksum", "authentication", "part hashes", "header MAC", "every compartment page", "ledger chain"]
SNAPSHOT_RECORDED = ["snapshot authentication", "every chunk's authentication and keyed hash", "part sizes",
                     "header MAC",
                     f"every page, the ledger chain and the attachments were checked when the snapshot was made (app "
                     f"{__version__}; pages of ledger, records); the snapshot's authentication proves it holds those "
                     "bytes", "ledger ends at the recorded entry", "every page of psychotherapy checked now"]
SNAPSHOT_FULL = ["snapshot authentication", "every chunk's authentication and keyed hash", "part sizes", "header MAC",
                 "every compartment page", "ledger chain"]


@pytest.mark.parametrize(("kind", "recorded", "full"), [("file", FILE_RECORDED, FILE_FULL),
                                                         ("repo", SNAPSHOT_RECORDED, SNAPSHOT_FULL)])
def test_the_cli_prints_what_was_checked_as_before(
    kind: str, recorded: list[str], full: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("VAULT_APP_DIR", str(tmp_path / "vault"))
    assert cli(capsys, monkeypatch, "init", "--no-keyring", "--recovery-key-out", str(tmp_path / "kit.txt"),
               *FAST_KDF).code == 0
    made = cli(capsys, monkeypatch, "backup", "create", "--to", str(tmp_path / "usb"), "--kind", kind, "--verify",
               "--json")
    assert made.code == 0, made.err
    path = made.json()["path"]
    for lines, extra in ((recorded, ()), (full, ("--full",))):
        text = cli(capsys, monkeypatch, "backup", "verify", path, *extra)
        assert text.code == 0, text.err
        assert f"  checked: {', '.join(lines)}\n" in text.out + "\n"
        as_json = cli(capsys, monkeypatch, "backup", "verify", path, *extra, "--json")
        assert as_json.code == 0 and as_json.json()["checked"] == lines


def test_every_line_a_verify_can_say_has_a_code_and_its_english() -> None:
    keys = {"records": b"k", "ledger": b"k"}
    record = {"pages": ["ledger", "records"], "app_version": "0.2.0", "ledger_head": {"seq": 3, "mac": "0" * 64},
              backup_checked.REWRITTEN_BY_PURGE: {"app_version": "0.2.1", "chain_walked_from": 7},
              "purged": {"app_version": "0.2.2", "written_checked": ["records"]}}
    seen = {
        *[line.code for line in backup_checked.described(backup_checked.FULL, None, keys, "backup")],  # type: ignore[attr-defined]
        *[line.code for line in backup_checked.described(backup_checked.FULL, None, {**keys, "psychotherapy": b"k"},
                                                         "backup")],  # type: ignore[attr-defined]
        *[line.code for line in backup_checked.described(  # type: ignore[attr-defined]
            backup_checked.RECORDED, {"pages": ["ledger", "records"], "app_version": "0.2.0"},
            {**keys, "psychotherapy": b"k"}, "snapshot")],
        *[line.code for line in backup_checked.described(backup_checked.RECORDED, record, keys, "snapshot")],  # type: ignore[attr-defined]
    }
    lines = backup_checked.described(backup_checked.RECORDED, record, keys, "snapshot")
    assert lines[0] == ("every page, the ledger chain and the attachments were checked when a destruction's purge "
                        "rewrote the snapshot (app 0.2.0; pages of ledger, records); the snapshot's authentication "
                        "proves it holds those bytes")
    assert lines[2] == ("the ledger chain was walked from entry 7 then; the entries before it when the snapshot's "
                        "previous record was made")
    assert lines[2].params == {"what": "snapshot", "entry": 7}  # type: ignore[attr-defined]
    made_by_summaries = {backup_checked.CHECKSUM, backup_checked.AUTHENTICATION, backup_checked.PART_HASHES,
                         backup_checked.PART_HASHES_READ_BACK, backup_checked.HEADER_MAC,
                         backup_checked.SNAPSHOT_AUTHENTICATION, backup_checked.CHUNKS, backup_checked.PART_SIZES}
    assert seen | made_by_summaries == set(backup_checked.ENGLISH)
