"""The restore's question, before anything is restored, names what the ledger of the vault it
would replace holds beyond the backup (found by a walker: it said only "will be replaced", and a
court-order disclosure recorded after the backup was lost without a word); and accounting
suspensions (45 CFR 164.528(a)(2)) are carried over as disclosures are."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import PASSPHRASE, reopen
from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli_in_process
from tests.core.test_restore_carries_disclosures import _walker_path
from vault_app.cli.common import day
from vault_app.domain.locale_format import DEFAULT_LOCALE
from vault_app.services import accounting, backup, backup_repo, backup_restore, notes, restore_ask, sessions
from vault_app.services.clients import get_client
from vault_app.services.restore_carried import AGENCY_UNKNOWN, CARRIED
from vault_app.services.vault import Vault
from vault_app.storage.compartment import Compartment


def test_the_question_counts_what_the_replaced_ledger_holds_beyond_the_backup(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    _chart, path, _disclosure_id = _walker_path(vault, vault_dir, tmp_path)
    said = restore_ask.ahead(path, vault_dir, passphrase=PASSPHRASE)
    assert said is not None and said.read is True
    assert said.beyond["disclosures"] == 1 and said.beyond["signed_notes"] == 1
    assert said.disclosures == 1 and said.suspensions == 0
    # What the restore then says it carried is what the question said it would.
    report = backup_restore.restore_backup(path, vault_dir, passphrase=PASSPHRASE, overwrite=True)
    assert report.replaced_ledger is not None
    assert report.replaced_ledger["beyond"] == said.beyond
    assert report.replaced_ledger["disclosures_carried"] == said.disclosures


def test_the_question_says_nothing_beyond_an_unchanged_vault(vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    fx.make_chart(vault, n=1)
    info = backup.create_backup(vault, tmp_path / "usb")
    vault.lock()
    said = restore_ask.ahead(Path(info.path), vault_dir, passphrase=PASSPHRASE)
    assert said is not None and said.read is True and said.disclosures == 0
    assert "disclosures" not in said.beyond
    # An empty folder: nothing is replaced, nothing is read.
    assert restore_ask.ahead(Path(info.path), tmp_path / "empty", passphrase=PASSPHRASE) is None


def test_a_snapshot_is_read_from_its_table_of_contents_too(vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=1)
    snap = Path(backup_repo.create_incremental(vault, tmp_path / "bk").path)
    accounting.add_suspension(vault, chart.client_id, agency="County Sheriff", starts_on=fx.days_ago(3),
                              ends_on=fx.days_ago(-60))
    vault.lock()
    said = restore_ask.ahead(snap, vault_dir, passphrase=PASSPHRASE)
    assert said is not None and said.read is True
    # (with the snapshot's own register entry, written after the head it holds: "other")
    assert said.beyond["accounting"] == 1 and said.suspensions == 1 and said.disclosures == 0


def test_a_tampered_replaced_ledger_is_said_unread(vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    key = bytes.fromhex(vault.reveal_key("ledger"))
    _chart, path, _disclosure_id = _walker_path(vault, vault_dir, tmp_path)
    comp = Compartment.open("ledger", vault_dir / "ledger.db", key)
    comp.execute("DROP TRIGGER IF EXISTS ledger_no_update")
    seq = comp.query_one("SELECT max(seq) FROM ledger WHERE kind = 'disclosure'")[0]
    row = comp.query_one("SELECT payload FROM ledger WHERE seq = ?", (seq,))
    comp.execute("UPDATE ledger SET payload = ? WHERE seq = ?",
                 (bytes(row[0]).replace(b"County Court", b"Forged Agent"), seq))
    comp.close()
    said = restore_ask.ahead(path, vault_dir, passphrase=PASSPHRASE)
    assert said is not None and said.read is False and said.disclosures == 0 and said.beyond == {}


def test_a_suspension_recorded_after_the_backup_is_carried(vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=1)
    info = backup.create_backup(vault, tmp_path / "usb")
    s = accounting.add_suspension(vault, chart.client_id, agency="County Sheriff", starts_on=fx.days_ago(3),
                                  ends_on=fx.days_ago(-60), reference="SO-114")
    vault.lock()
    said = restore_ask.ahead(Path(info.path), vault_dir, passphrase=PASSPHRASE)
    assert said is not None and said.suspensions == 1 and said.beyond["accounting"] == 1

    report = backup_restore.restore_backup(Path(info.path), vault_dir, passphrase=PASSPHRASE, overwrite=True)
    assert report.replaced_ledger is not None and report.replaced_ledger["suspensions_carried"] == 1
    with reopen(vault_dir) as again:
        held = accounting.list_suspensions(again, chart.client_id)
        assert [(h.id, h.agency, h.reference, h.ends_on) for h in held] == [(s.id, "County Sheriff", "SO-114",
                                                                              s.ends_on)]
        entry = again.ledger.entries(kinds=("accounting.suspended",))[-1]
        assert entry.payload[CARRIED]["safety_copy"] == report.safety_copy
        # Ended in the restored vault, then restored over again: the end is carried, the row not doubled.
        accounting.end_suspension(again, chart.client_id, s.id, ends_on=fx.days_ago(1))
    again_report = backup_restore.restore_backup(Path(info.path), vault_dir, passphrase=PASSPHRASE, overwrite=True)
    assert again_report.replaced_ledger is not None and again_report.replaced_ledger["suspensions_carried"] == 1
    with reopen(vault_dir) as again:
        held = accounting.list_suspensions(again, chart.client_id)
        assert [(h.id, h.ends_on) for h in held] == [(s.id, fx.days_ago(1))]


def test_an_old_suspension_entry_without_its_agency_names_where_it_is(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    """Entries written before the agency was in them: the row says the safety copy names it."""
    chart = fx.make_chart(vault, n=1)
    info = backup.create_backup(vault, tmp_path / "usb")
    vault.ledger.append("accounting.suspended", {"suspension_id": "S-0ld", "client_id": chart.client_id,
                                                 "starts_on": fx.days_ago(3).isoformat(),
                                                 "ends_on": fx.days_ago(-9).isoformat(), "written": True})
    vault.lock()
    backup_restore.restore_backup(Path(info.path), vault_dir, passphrase=PASSPHRASE, overwrite=True)
    with reopen(vault_dir) as again:
        assert [h.agency for h in accounting.list_suspensions(again, chart.client_id)] == [AGENCY_UNKNOWN]


def test_the_command_prints_what_it_replaces_before_restoring(vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    """`backup restore --overwrite` (the CLI's own `run`): the counts come before the restore's report."""
    _chart, path, _disclosure_id = _walker_path(vault, vault_dir, tmp_path)
    done = cli_in_process("backup", "restore", str(path), "--to", str(vault_dir), "--overwrite",
                          "--vault", str(vault_dir))
    assert done.code == 0, done.err
    # The session and the note's draft are "other record entries"; the backup made and the unlocks, housekeeping.
    # The walker's vault has an older records.db put back: the note signed after it is in no file (found
    # by a walker: it was said kept by the safety copy), named by chart number and day to write it again.
    said = ("The vault you are replacing holds 7 entries newer than this backup: 1 disclosure (it will be carried "
            "over); 1 signed note or amendment (LOST: its text is in no file, see below); 3 housekeeping entries "
            "(backups, unlocks, checks) (no record; the safety copy keeps them); 2 other record entries (not "
            "carried over, and LOST: not in the file being replaced either).")
    assert said in done.out, done.out
    assert done.out.index(said) < done.out.index("Restored into")
    with reopen(vault_dir) as restored:
        number = get_client(restored, _chart.client_id).chart_number
    again_words = f"Write these again (their text is lost): signed note of {_today_shown()}, chart {number}."
    assert done.out.count(again_words) == 2, done.out  # before the restore, and in its report
    assert ("records.db in the vault it replaced was an older copy put back: what was written after that copy was "
            "in no file, the safety copy included; only its ledger entries are left.") in done.out
    assert "signed notes and other records were in the files the backup replaced" not in done.out
    # Restored again: the disclosure is in the restored vault now, nothing newer is left behind.
    again = cli_in_process("backup", "restore", str(path), "--to", str(vault_dir), "--overwrite",
                           "--vault", str(vault_dir), "--json")
    assert again.code == 0, again.err
    assert "newer than this backup: 1 disclosure (it will be carried over)" in again.err


def _today_shown() -> str:
    return day(f"{fx.today().isoformat()}T12:00:00", DEFAULT_LOCALE)


def test_a_newer_live_vault_keeps_the_safety_copy_words_in_the_command(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    """The normal case: the live vault is newer than the backup, so the safety copy does keep the note."""
    from vault_app.cli import restore_ask_words

    chart = fx.make_chart(vault, n=1)
    path = Path(backup.create_backup(vault, tmp_path / "usb").path)
    s = sessions.add_session(vault, chart.client_id, date=fx.days_ago(1), duration_minutes=53)
    note = notes.create_progress_note(vault, chart.client_id, template="soap", session_id=s.session_id,
                                      sections={"subjective": "Seen after the backup."})
    notes.sign_note(vault, note.note_id)
    vault.lock()
    said = restore_ask.ahead(path, vault_dir, passphrase=PASSPHRASE)
    [line] = restore_ask_words.lines(said)
    assert ("1 signed note or amendment (NOT carried over: the text is in the files being replaced; the safety "
            "copy keeps them)") in line
    assert "LOST" not in line
    assert restore_ask_words.left_behind({"signed_notes": 1}, "SAFE", said.lost if said else None) == [
        "The rest was not carried over (signed notes and other records were in the files the backup replaced): "
        "the safety copy in SAFE holds that ledger and those files."]


def test_housekeeping_is_counted_apart_from_records() -> None:
    """Found by a walker: a backup made and an unlock after the backup were "other entries", and
    the restore then said signed notes and other records were left in the replaced files."""
    from vault_app.services import restore_carried

    cases = {"backup.created": "housekeeping", "backup.rotated": "housekeeping", "vault.unlocked": "housekeeping",
             "audit.verified": "housekeeping", "settings.quick_unlock": "housekeeping",
             "note.signed": "signed_notes", "session.created": "other",
             "client.created": "other", "key.revealed": "other", "authorization.recorded": "authorizations"}
    assert {k: restore_carried.category(k) for k in cases} == cases
