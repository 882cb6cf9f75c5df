"""A copy of the vault folder opened from elsewhere makes no automatic backup into the backup
folder it shares with the default vault (services/vault_copy_home.py), and its unlock says so;
the default vault itself, and a copy given a folder of its own, back up as ever.

Found by a walker: a copied vault opened once with `--vault vault-future` backed up on lock into
the shared folder, and the real vault's next backups there were refused ("another copy")."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.services import backup, backup_beside, backup_registry, reminders, vault_copy_home
from vault_app.services.vault import Vault, create_vault, open_vault


@pytest.fixture
def two_copies(tmp_path: Path) -> tuple[Path, Path, Path]:
    """The default vault (VAULT_APP_DIR, as the conftest sets it) backing up into `backups`, and a
    copy of its folder made by hand (`cp -a`) elsewhere."""
    default = Path(os.environ["VAULT_APP_DIR"])
    backups = tmp_path / "backups"
    backups.mkdir()
    vault = create_vault(default, PASSPHRASE, params=OWASP_FLOOR).vault
    backup_registry.configure(vault, target=str(backups))
    vault.lock()
    copy = tmp_path / "vault-future"
    shutil.copytree(default, copy)
    return default, copy, backups


def _files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*"))


def test_the_copy_backs_up_nothing_into_the_shared_folder_and_says_why(two_copies: tuple[Path, Path, Path]) -> None:
    default, copy, backups = two_copies
    vault = open_vault(copy, PASSPHRASE)
    try:
        assert vault_copy_home.original_sharing_backups(vault) == default.resolve()
        assert backup.backup_if_changed(vault) is None  # the quit's backup
        assert backup_beside.take_snapshot(vault) is None  # the lock's
        news = [n for n in reminders._news(vault) if n.kind == reminders.COPY_HOME]
        assert [n.value for n in news] == [str(default.resolve())]
        assert news[0].english.startswith("This copy's automatic backups are off")
    finally:
        vault.lock()
    assert _files(backups) == []


def test_the_default_vault_itself_backs_up_as_ever(two_copies: tuple[Path, Path, Path]) -> None:
    default, _copy, backups = two_copies
    vault = open_vault(default, PASSPHRASE)
    try:
        assert vault_copy_home.original_sharing_backups(vault) is None
        assert not [n for n in reminders._news(vault) if n.kind == reminders.COPY_HOME]
        assert backup.backup_if_changed(vault) is not None
    finally:
        vault.lock()
    assert _files(backups) != []


def test_a_copy_given_a_folder_of_its_own_backs_up_there(two_copies: tuple[Path, Path, Path], tmp_path: Path) -> None:
    _default, copy, backups = two_copies
    own = tmp_path / "copy-backups"
    own.mkdir()
    vault = open_vault(copy, PASSPHRASE)
    try:
        backup_registry.configure(vault, target=str(own))
        assert vault_copy_home.original_sharing_backups(vault) is None
        assert backup.backup_if_changed(vault) is not None
    finally:
        vault.lock()
    assert _files(backups) == [] and _files(own) != []


def test_a_copy_of_a_vault_whose_default_folder_holds_another_vault_backs_up(tmp_path: Path) -> None:
    """No vault of this id in the default folder (a vault moved, a new computer): the vault backs up."""
    backups = tmp_path / "backups"
    backups.mkdir()
    other = "another vault's own long passphrase"
    create_vault(Path(os.environ["VAULT_APP_DIR"]), other, params=OWASP_FLOOR).vault.lock()
    vault = create_vault(tmp_path / "moved", PASSPHRASE, params=OWASP_FLOOR).vault
    try:
        backup_registry.configure(vault, target=str(backups))
        assert vault_copy_home.original_sharing_backups(vault) is None
        assert backup.backup_if_changed(vault) is not None
    finally:
        vault.lock()


def test_a_scheduled_backup_auto_of_a_vault_taken_for_a_copy_says_so_instead_of_nothing_needed(
    two_copies: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The reader: a therapist's real vault opened from a chosen folder, with an older copy left in
    the default folder, is taken for a copy; a scheduled `backup auto --vault F` printed "No backup
    needed" every time and exited 0, so backups stopped without a word. It is refused, loudly."""
    from tests.core.cli_helpers import cli

    default, copy, backups = two_copies
    done = cli(capsys, monkeypatch, "--vault", str(copy), "backup", "auto")
    assert done.code != 0, done.out
    assert "No backup needed" not in done.out
    assert str(default.resolve()) in done.err and "taken for a copy" in done.err
    assert _files(backups) == []
    # The default vault itself is not refused.
    assert cli(capsys, monkeypatch, "--vault", str(default), "backup", "auto").code == 0


def test_back_up_now_in_the_copy_is_refused_with_the_next_step_and_writes_nothing(
    two_copies: tuple[Path, Path, Path],
) -> None:
    """Left by the round that stopped the automatic backups: the copy's Backups > Back up now still
    wrote into the shared folder, became its newest backup, and the real vault's next backups there
    were refused ("is of another copy of this vault"). Refused now, and nothing is written."""
    from vault_app.domain.errors import RefusedByPolicy

    default, copy, backups = two_copies
    vault = open_vault(copy, PASSPHRASE)
    try:
        with pytest.raises(RefusedByPolicy) as refused:
            backup.create_to_target(vault, backups)  # Back up now (the Backups window)
        assert refused.value.code == vault_copy_home.SHARED_FOLDER
        assert str(default.resolve()) in refused.value.message
        assert "choose another backup folder" in (refused.value.hint or "")
    finally:
        vault.lock()
    assert _files(backups) == []
    # The default vault itself backs up there as ever.
    vault = open_vault(default, PASSPHRASE)
    try:
        assert backup.create_to_target(vault, backups) is not None
    finally:
        vault.lock()


def test_back_up_now_in_a_copy_whose_automatic_backups_are_off_is_refused_too(
    two_copies: tuple[Path, Path, Path],
) -> None:
    """Back up now writes into the folder whether or not the automatic backups are on."""
    from vault_app.domain.errors import RefusedByPolicy

    _default, copy, backups = two_copies
    vault = open_vault(copy, PASSPHRASE)
    try:
        backup_registry.configure(vault, auto=False)
        with pytest.raises(RefusedByPolicy):
            backup.create_to_target(vault, backups)
    finally:
        vault.lock()
    assert _files(backups) == []


def test_backup_create_in_the_copy_is_refused_and_to_a_folder_elsewhere_is_allowed(
    two_copies: tuple[Path, Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tests.core.cli_helpers import cli

    default, copy, backups = two_copies
    done = cli(capsys, monkeypatch, "--vault", str(copy), "backup", "create")
    assert done.code != 0, done.out
    assert str(default.resolve()) in done.err and "--to DIR" in done.err, done.err
    # --to the shared folder itself is the same harm.
    assert cli(capsys, monkeypatch, "--vault", str(copy), "backup", "create", "--to", str(backups)).code != 0
    assert _files(backups) == []
    elsewhere = tmp_path / "usb"
    elsewhere.mkdir()
    assert cli(capsys, monkeypatch, "--vault", str(copy), "backup", "create", "--to", str(elsewhere)).code == 0
    assert _files(elsewhere) != [] and _files(backups) == []
    assert cli(capsys, monkeypatch, "--vault", str(default), "backup", "create").code == 0
    assert _files(backups) != []


@pytest.mark.parametrize("writer", ["file", "snapshot"])
def test_the_create_functions_themselves_refuse_the_shared_folder_and_allow_elsewhere(
    two_copies: tuple[Path, Path, Path], tmp_path: Path, writer: str,
) -> None:
    """The refusal sat in `backup create` and Back up now only: Backups > Save a single-file copy…
    (backup.create_backup, which had no check) into the shared folder itself wrote the folder's
    newest file all the same. Every writer into a backup folder refuses it now, before writing."""
    from vault_app.domain.errors import RefusedByPolicy
    from vault_app.services import backup_repo

    def write(v: Vault, folder: Path) -> object:
        if writer == "file":
            return backup.create_backup(v, folder, verify=True, rotate_old=False)
        return backup_repo.create_incremental(v, folder, verify=True)

    default, copy, backups = two_copies
    elsewhere = tmp_path / "usb"
    elsewhere.mkdir()
    vault = open_vault(copy, PASSPHRASE)
    try:
        with pytest.raises(RefusedByPolicy) as refused:
            write(vault, backups)
        assert refused.value.code == vault_copy_home.SHARED_FOLDER
        assert str(default.resolve()) in refused.value.message
        assert write(vault, elsewhere) is not None  # a single file (or snapshot) elsewhere: allowed
    finally:
        vault.lock()
    assert _files(backups) == [] and _files(elsewhere) != []


def test_backup_create_incremental_in_the_copy_keeps_its_exit_code_and_words(
    two_copies: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tests.core.cli_helpers import cli

    default, copy, backups = two_copies
    done = cli(capsys, monkeypatch, "--vault", str(copy), "backup", "create", "--incremental", str(backups))
    assert done.code != 0, done.out
    assert str(default.resolve()) in done.err and "--to DIR" in done.err, done.err
    assert _files(backups) == []


def test_the_default_folders_header_is_read_once_until_it_changes(
    two_copies: tuple[Path, Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The lock, the quit, the news and the dashboard each read the default folder's header again;
    read once per unlock now, and again only when that header (or the folder compared) changes."""
    from vault_app.storage import header as header_io

    default, copy, _backups = two_copies
    reads: list[Path] = []
    real = header_io.read

    def counted(folder: Path) -> object:
        reads.append(folder)
        return real(folder)

    vault = open_vault(copy, PASSPHRASE)
    try:
        vault_copy_home.also_default(None)  # what each unlock of the app does
        monkeypatch.setattr(header_io, "read", counted)
        for _ in range(4):  # lock, quit, news, dashboard
            assert vault_copy_home.original_sharing_backups(vault) == default.resolve()
        assert reads == [default.resolve()]
        original = open_vault(default, PASSPHRASE)  # the vault itself chooses another backup folder
        try:
            backup_registry.configure(original, target=str(tmp_path / "own"))
        finally:
            original.lock()
        reads.clear()
        assert vault_copy_home.original_sharing_backups(vault) is None  # its header changed: read again
        assert vault_copy_home.original_sharing_backups(vault) is None
        assert reads == [default.resolve()]
    finally:
        vault.lock()
