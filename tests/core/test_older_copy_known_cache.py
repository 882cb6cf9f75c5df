"""What this copy knows a newer copy destroyed (services/older_copy_known.py) is read from the
ledger once per unlocked session, not at every client list page, search, chart opened and note
list; and the answer kept is never an old one: an entry this session appends, one another
connection commits to ledger.db, a re-encryption of the ledger, the lock and a restore while the
window was locked each give the true answer at the next ask. Real vaults, real SQLCipher files;
the reads are counted (LedgerStore.by_kind, called through), never timed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, reopen
from tests.core.destruction_helpers import SeededChart, seed_chart
from vault_app.domain.errors import RefusedByPolicy
from vault_app.services import (
    backup,
    clients,
    clients_page,
    older_copy_destroyed,
    psychotherapy_notes,
    search,
    vault_rekey_runners,
)
from vault_app.services.backup_superseded import DestroyedThere, NotesDestroyedThere, Superseded
from vault_app.services.older_copy_known import KNOWN, KNOWN_NOTES, known, known_notes
from vault_app.services.vault import Vault
from vault_app.storage.compartment import COMPARTMENT_FILES, Compartment
from vault_app.storage.compartment import Error as sqlite_error
from vault_app.storage.ledger_store import LedgerStore


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, ...]]]:
    """Each read of the ledger by kind that asks for what a newer copy destroyed (the real read)."""
    seen: list[tuple[str, ...]] = []
    real = LedgerStore.by_kind

    def counted(self: LedgerStore, kinds: tuple[str, ...], since_seq: int = 1) -> list:  # type: ignore[type-arg]
        if {KNOWN, KNOWN_NOTES} & set(kinds):
            seen.append(kinds)
        return real(self, kinds, since_seq)

    monkeypatch.setattr(LedgerStore, "by_kind", counted)
    yield seen


def _found(vault: Vault, charts: tuple[DestroyedThere, ...] = (),
           notes: tuple[NotesDestroyedThere, ...] = ()) -> Superseded:
    """What the unlock's older-copy check found in the newest backup, as it hands it on."""
    return Superseded(str(vault.folder.parent / "usb"), "2026-12-06T10:00:00+00:00", "", (),
                      newest=str(vault.folder.parent / "usb" / "newest.vaultbak"), destroyed_there=charts,
                      notes_destroyed_there=notes)


def _chart_gone(chart: SeededChart) -> DestroyedThere:
    return DestroyedThere(chart.client_id, chart.chart_number, "2026-12-05T09:00:00+00:00")


def _a_day(vault: Vault, charts: list[SeededChart]) -> None:
    """What the app asks in a session: list pages, searches, charts and their notes opened."""
    for _ in range(3):
        clients_page.client_page(vault)
        search.search(vault, "Canary", psychotherapy=True)
    for chart in charts:
        for _ in range(2):
            clients.open_chart(vault, chart.client_id, include_psychotherapy=True)
            psychotherapy_notes.list_psychotherapy_notes(vault, chart.client_id)


def test_a_session_reads_the_entries_once_however_often_it_asks(psy_vault: Vault,
                                                                reads: list[tuple[str, ...]]) -> None:
    charts = [seed_chart(psy_vault, tag, progress=1, psychotherapy=1) for tag in "ABC"]
    older_copy_destroyed.checked(psy_vault)  # the unlock's check found nothing newer (as the app's)
    _a_day(psy_vault, charts)
    # 3 list pages, 3 searches, 6 charts opened and 6 note lists: 30 reads before (seen), one now.
    assert len(reads) == 1


def test_an_entry_this_session_appends_is_in_the_next_answer(psy_vault: Vault) -> None:
    chart = seed_chart(psy_vault, "A", progress=1, psychotherapy=1)
    older_copy_destroyed.checked(psy_vault)
    assert known(psy_vault) == {} and known_notes(psy_vault) == {}
    older_copy_destroyed.remember(psy_vault, _found(psy_vault, (_chart_gone(chart),)))
    assert known(psy_vault) == {chart.client_id: "2026-12-05T09:00:00+00:00"}
    with pytest.raises(RefusedByPolicy):
        clients.open_chart(psy_vault, chart.client_id)
    note = chart.psychotherapy_note_ids[0]
    older_copy_destroyed.remember(psy_vault, _found(psy_vault, notes=(NotesDestroyedThere(
        chart.client_id, chart.chart_number, (note,), "2026-12-05T09:00:00+00:00"),)))
    assert set(older_copy_destroyed.notes_destroyed_there(psy_vault)) == {note}


def test_an_entry_another_connection_commits_is_in_the_next_answer(psy_vault: Vault,
                                                                   reads: list[tuple[str, ...]]) -> None:
    """ledger.db written by a connection other than the session's (as another process's would
    be, bypassing the folder's lock, or a file written in place): the session's own appends do
    not say it; the file's data version does."""
    chart = seed_chart(psy_vault, "A", progress=1, psychotherapy=0)
    older_copy_destroyed.checked(psy_vault)
    assert known(psy_vault) == {}
    _other_connection_appends(psy_vault, chart.client_id)
    assert known(psy_vault) == {chart.client_id: "2026-12-05T09:00:00+00:00"}
    assert known(psy_vault) == {chart.client_id: "2026-12-05T09:00:00+00:00"}
    assert len(reads) == 2  # once before, once after the other connection's commit


def _other_connection_appends(vault: Vault, client_id: str) -> None:
    other = Compartment.open("ledger", vault.folder / COMPARTMENT_FILES["ledger"], vault.compartment_key("ledger"))
    try:
        vault.ledger.reading(other).append(KNOWN, {"client_id": client_id, "destroyed_at": "2026-12-05T09:00:00+00:00"})
    finally:
        other.close()


def test_after_replace_every_key_the_ledger_is_read_again(psy_vault: Vault, reads: list[tuple[str, ...]]) -> None:
    """The swap reopens the ledger's connection: a data version read on the new connection says
    nothing of what the old one last saw (found: both read the same number), so an entry another
    connection committed before the swap was not in the answer."""
    chart = seed_chart(psy_vault, "A", progress=1, psychotherapy=0)
    older_copy_destroyed.checked(psy_vault)
    assert known(psy_vault) == {}
    _other_connection_appends(psy_vault, chart.client_id)
    vault_rekey_runners.replace_here(psy_vault, PASSPHRASE)
    assert set(known(psy_vault)) == {chart.client_id}
    older_copy_destroyed.remember(psy_vault, _found(psy_vault, (DestroyedThere("other-client", "X", "t"),)))
    assert set(known(psy_vault)) == {chart.client_id, "other-client"}


def test_a_locked_session_answers_nothing_from_memory(psy_vault: Vault) -> None:
    chart = seed_chart(psy_vault, "A", progress=1, psychotherapy=0)
    older_copy_destroyed.checked(psy_vault)
    older_copy_destroyed.remember(psy_vault, _found(psy_vault, (_chart_gone(chart),)))
    assert set(known(psy_vault)) == {chart.client_id}
    psy_vault.lock()
    with pytest.raises(sqlite_error):
        known(psy_vault)  # as the read itself failed before anything was kept


def test_the_unlock_after_a_restore_reads_the_restored_ledger(psy_vault: Vault, vault_dir: Path,
                                                              tmp_path: Path) -> None:
    """The window locked, a backup restored over the vault (as a terminal's `backup restore
    --overwrite` does): the next unlock answers from the restored ledger, not from the session
    before, whether the backup knows more than it did or less."""
    chart = seed_chart(psy_vault, "A", progress=1, psychotherapy=0)
    older_copy_destroyed.checked(psy_vault)
    before = backup.create_backup(psy_vault, tmp_path / "usb", verify=True)
    older_copy_destroyed.remember(psy_vault, _found(psy_vault, (_chart_gone(chart),)))
    after = backup.create_backup(psy_vault, tmp_path / "usb", verify=True, rotate_old=False)
    psy_vault.lock()
    for made, expected in ((before, set()), (after, {chart.client_id}), (before, set())):
        backup.restore_backup(Path(made.path), vault_dir, passphrase=PASSPHRASE, overwrite=True)
        again = reopen(vault_dir)
        try:
            older_copy_destroyed.checked(again)
            assert set(known(again)) == expected
            assert set(known(again)) == expected
        finally:
            again.lock()
