"""A destruction that purged the backups and left no backup carrying it is said after each unlock
(the status bar's news, the dashboard's backup card) until a backup is made.

Found: a destruction finished at an unlock (the app killed during it) whose new backup could not
be made (services/destruction_new_backup.py) was said only by `vault-app destruction resume`; the
app's unlock said the destruction was finished and nothing of the older copy that would not know
of it. A kill between the certificate and the new backup left nothing to say it at all. Real
vaults, real backups, a real destruction; the kill is a real process killed at its crash point."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import PASSPHRASE, reopen
from tests.core.cli_helpers import cli_in_process, cli_process
from tests.core.destruction_helpers import SeededChart, seed_chart
from vault_app.services import backup, destruction, destruction_new_backup, reminders, today
from vault_app.services.destruction_plan import plan
from vault_app.services.fault_injection import CRASH_ENV
from vault_app.services.vault import Vault


def _backed_up_by_hand(vault: Vault, bk: Path) -> SeededChart:
    chart = seed_chart(vault, "U", progress=1, psychotherapy=1)
    backup.create_backup(vault, bk, verify=True)
    return chart


def _said(vault: Vault) -> list[str]:
    return [n.kind for n in reminders.status_line(vault).news]


def test_a_destruction_finished_at_the_unlock_whose_new_backup_failed_is_said_until_a_backup(
        psy_vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    bk, drive = tmp_path / "bk", tmp_path / "drive"
    chart = _backed_up_by_hand(psy_vault, bk)
    # The settings' folder is on a drive not connected now: the new backup cannot be made there.
    backup.configure(psy_vault, target=str(drive), kind="file")
    shutil.rmtree(drive, ignore_errors=True)
    # Interrupted: its decision recorded ("started"), nothing done (the app killed right after).
    payload, _needles = plan(psy_vault, chart.chart_number, basis="retention", confirm=chart.chart_number)
    psy_vault.ledger.append(destruction.STARTED, payload)
    psy_vault.lock()

    vault = reopen(vault_dir, psychotherapy=True)  # the unlock finishes it
    try:
        assert not destruction.interrupted(vault)
        said = _said(vault)
        assert reminders.DESTRUCTION_FINISHED in said and reminders.DESTRUCTION_NOT_BACKED_UP in said, said
        english = reminders.status_line(vault).english() or ""
        assert "an older copy of this vault put back would not know of that destruction" in english
        assert "Make a backup now" in english and chart.names[0] not in english
        card = today.backup_state(vault).failure
        assert card is not None and card.kind == reminders.DESTRUCTION_NOT_BACKED_UP
    finally:
        vault.lock()
    vault = reopen(vault_dir)  # still said at the next unlock: nothing carries the destruction yet
    try:
        assert reminders.DESTRUCTION_NOT_BACKED_UP in _said(vault)
        backup.create_backup(vault, bk, verify=True)  # the therapist backs up: said no more
        assert reminders.DESTRUCTION_NOT_BACKED_UP not in _said(vault)
        assert today.backup_state(vault).failure is None
    finally:
        vault.lock()


def test_a_kill_between_the_certificate_and_the_new_backup_is_said(vault_dir: Path, tmp_path: Path,
                                                                   psy_vault: Vault) -> None:
    bk = tmp_path / "bk"
    chart = _backed_up_by_hand(psy_vault, bk)
    psy_vault.lock()
    killed = cli_process("destroy", "--vault", str(vault_dir), "--client", chart.chart_number, "--basis",
                         "retention", "--confirm", chart.chart_number, extra_env={CRASH_ENV: "completed"})
    assert killed.code in (-9, 137), (killed.code, killed.err)
    vault = reopen(vault_dir)
    try:
        assert vault.ledger.entries(kinds=(destruction.COMPLETED,))  # certified; no new backup made
        assert destruction_new_backup.unbacked(vault) is not None
        assert reminders.DESTRUCTION_NOT_BACKED_UP in _said(vault)
    finally:
        vault.lock()


def test_a_destruction_whose_new_backup_was_made_says_nothing_more(psy_vault: Vault, tmp_path: Path) -> None:
    chart = _backed_up_by_hand(psy_vault, tmp_path / "bk")
    cert = destruction.destroy(psy_vault, chart.chart_number, basis="retention", confirm=chart.chart_number)
    assert cert[destruction_new_backup.KEY]["made"] is True
    assert destruction_new_backup.unbacked(psy_vault) is None
    assert reminders.DESTRUCTION_NOT_BACKED_UP not in _said(psy_vault)


def test_a_destruction_with_no_backup_to_purge_says_nothing_of_one(psy_vault: Vault) -> None:
    chart = seed_chart(psy_vault, "V", progress=1)
    destruction.destroy(psy_vault, chart.chart_number, basis="retention", confirm=chart.chart_number)
    assert destruction_new_backup.unbacked(psy_vault) is None


def test_a_command_whose_unlock_finished_such_a_destruction_says_it(psy_vault: Vault, vault_dir: Path,
                                                                    tmp_path: Path) -> None:
    bk, drive = tmp_path / "bk", tmp_path / "drive"
    chart = _backed_up_by_hand(psy_vault, bk)
    backup.configure(psy_vault, target=str(drive), kind="file")
    shutil.rmtree(drive, ignore_errors=True)
    payload, _needles = plan(psy_vault, chart.chart_number, basis="retention", confirm=chart.chart_number)
    psy_vault.ledger.append(destruction.STARTED, payload)
    psy_vault.lock()
    done = cli_in_process("client", "list", "--vault", str(vault_dir))
    assert done.code == 0, done.err
    assert "has been finished at this unlock" in done.err
    assert "an older copy of this vault put back would not know of that destruction" in done.err, done.err
    assert "vault-app backup create" in done.err


def test_a_destruction_a_restore_carried_back_is_not_said(psy_vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    """Restored from the backup made before the destruction (it was purged, and the destruction
    made its new backup): the restore carries the destruction into the restored ledger, and the
    folder's newest backup, of the line it went back from, names it. Found: said as a destruction
    whose new backup could not be made."""
    from vault_app.services.backup_repo_restore import restore_copy

    bk = tmp_path / "bk"
    chart = seed_chart(psy_vault, "R", progress=1, psychotherapy=1)
    before = backup.create_backup(psy_vault, bk, verify=True)
    cert = destruction.destroy(psy_vault, chart.chart_number, basis="retention", confirm=chart.chart_number)
    assert cert[destruction_new_backup.KEY]["made"] is True
    psy_vault.lock()
    restore_copy(Path(before.path), vault_dir, passphrase=PASSPHRASE, overwrite=True)
    vault = reopen(vault_dir)
    try:
        assert vault.ledger.entries(kinds=(destruction.COMPLETED,))  # carried back
        assert destruction_new_backup.unbacked(vault) is None
        assert reminders.DESTRUCTION_NOT_BACKED_UP not in _said(vault)
    finally:
        vault.lock()
