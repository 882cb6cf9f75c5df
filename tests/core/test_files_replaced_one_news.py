"""Files another program put in place of the vault's own, kept beside it (<name>.replaced-<time>,
storage/compartment_own_file.py), are said at each unlock until removed. Found by a walker: with
three of them the unlock said one sentence per file and the status line was cut with "…" after
the first. Several are said in one sentence naming each. A real vault, real files in its folder."""

from __future__ import annotations

from vault_app.services import reminders
from vault_app.services.vault import Vault

KEPT = ("ledger.db.replaced-20261206T184501Z", "psychotherapy.db.replaced-20261206T184502Z",
        "records.db.replaced-20261206T184500Z")


def _said(vault: Vault) -> list[reminders.News]:
    return [n for n in reminders.status_line(vault).news if n.kind == reminders.FILE_REPLACED]


def test_three_kept_files_are_said_in_one_sentence(vault: Vault) -> None:
    for name in KEPT:
        (vault.folder / name).write_bytes(b"what another program put there")
    (news,) = _said(vault)
    assert news.english == (
        "3 files another program put in place of the vault's own are kept in the vault folder: "
        f"{', '.join(sorted(KEPT))}; delete them once your backups are checked.")
    assert dict(news.params) == {"count": "3"}


def test_one_kept_file_is_said_as_before(vault: Vault) -> None:
    (vault.folder / KEPT[2]).write_bytes(b"what another program put there")
    (news,) = _said(vault)
    assert news.value == KEPT[2]
    assert news.english == reminders.FILE_REPLACED_TEXT.format(file=KEPT[2])
