"""The app's words for a backup on lock's failure that a command's unlock moved from beside the
locked vault into its header (services/backup_beside_control.move_into_header): the next start's
status bar says it in the screen's language with its folder, as it did from the file beside."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import reopen
from tests.core.test_backup_failure_beside_moved import _cli, _failed_news, _failed_while_locked
from vault_app.gui import status_words
from vault_app.services.backup_beside_control import BESIDE_NAME
from vault_app.services.vault import Vault


def test_moved_by_a_command_it_is_said_in_spanish_with_its_folder(
        vault: Vault, tmp_path: Path, qapp: object, spanish: None) -> None:
    folder, target = _failed_while_locked(vault, tmp_path)
    done = _cli(folder, "client", "list")
    assert done.returncode == 0, done.stderr
    assert not (folder / BESIDE_NAME).exists()
    with reopen(folder) as again:
        [news] = _failed_news(again)
    said = status_words.news_words(news)
    assert said.startswith("La copia de seguridad automática del último bloqueo no se hizo: "), said
    assert str(target.resolve()) in said and "backup folder" not in said, said
