"""While this vault is known to be older than its backup folder's newest backup, nothing leaves it.

Found by a walker (one laptop, no keyring): she copied the whole vault folder while locked,
recorded a client's revocation of an authorization, locked (the backup on lock went into the
backup folder), then put the copy back in place of the folder. The unlock said "This is the older
copy of this vault" (backup_superseded), yet `export --check-only` under the revoked
authorization said ALLOWED, and `unlock-check` said all was well: the copy knows nothing of the
revocation, and a disclosure from it would go out under a permission the client had withdrawn.

The check is the unlock's own (backup_superseded.superseded: the folder's newest backup is of a
line this vault's ledger does not hold, and newer than this copy's last backup there). The gate
(services/disclosure_gate.check) refuses every disclosure while it holds; reading and writing
notes stays allowed (she may need her notes, and what she enters is named at the unlock to carry
over). It ends either way the refusal's hint names:
- restore the newest backup over this vault (Backups > Restore the selected backup…, the older
  copy's message opens it with that backup chosen): the vault then continues that backup;
- keep this copy as the vault (it is the one she means to go on with): choose another backup
  folder for it (`backup settings --target DIR`), as the lineage check (backup_lineage) asks of a
  copy that goes its own way. Its backups then make a line of their own there, and the folder
  with the newer backups is no longer this vault's backup folder: the check looks only at that
  folder (or, when none is set, at the folders its registered backups lie in).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from vault_app.domain.errors import RefusedByPolicy
from vault_app.services import backup_registry, restore_beside_record

if TYPE_CHECKING:
    from vault_app.services.backup_superseded import Superseded
    from vault_app.services.vault import Vault

OLDER_COPY = "disclosure.older_copy"  # the refusal's code (gui/refusal_words_backup.py has its words)


def older_copy(vault: Vault) -> Superseded | None:
    """What the unlock says of this copy when it is older than its backup folder's newest backup
    (backup_superseded), unless the therapist chose another backup folder for it since (she keeps
    this copy); None when nothing newer is known."""
    # Lazy: the lineage check reads backups (and a repository's chunk store, ctypes); the gate's
    # other callers' imports stay as they were.
    from vault_app.services import backup_superseded, older_copy_destroyed

    found = backup_superseded.superseded(vault)
    if found is None:
        older_copy_destroyed.checked(vault)  # read once per session, not again at the first chart opened
        return None
    # The charts the newer backup says were destroyed: named, written into this copy's ledger
    # (refused from now on, kept copy or not: older_copy_destroyed).
    found = older_copy_destroyed.with_destroyed(vault, found)
    return None if kept(vault, found) else found


def kept(vault: Vault, found: Superseded) -> bool:
    """Whether the therapist chose another backup folder for this copy since: she keeps it as
    the vault, its backups a line of their own there (the newer backups' folder is no longer its)."""
    target = backup_registry.settings(vault)["target"]
    return bool(target) and Path(target).expanduser().resolve() != Path(found.folder).resolve()


def restore_command(vault: Vault, found: Superseded) -> str:
    """The command that restores the folder's newest backup over this vault (a safety copy kept)."""
    return f"vault-app backup restore {found.newest or 'FILE'} --to {vault.folder} --overwrite"


def refuse_while_older(vault: Vault) -> None:
    """Refuse a disclosure from a vault older than its backup folder's newest backup."""
    found = older_copy(vault)
    if found is None:
        return
    # A vault a copy replaced (restore --replaces-original): the way on is that copy, never a restore over
    # this vault or another backup folder to keep it (round 45; services/older_copy_replaced.py).
    by = restore_beside_record.replaced_news(vault)
    if by is not None:
        raise RefusedByPolicy(
            f"Disclosure refused: this vault was replaced by the copy in {by[0]} (restored from a backup), and "
            f"that copy has made newer backups in {found.folder}: an authorization revoked there, for one, is not "
            "revoked here. Nothing was disclosed.",
            hint="Disclose from that copy: work in that copy, not in this vault.",
            code="disclosure.older_copy.replaced", params={"folder": found.folder, "copy": by[0]})
    raise RefusedByPolicy(
        f"Disclosure refused: this vault is older than the newest backup in {found.folder}. That backup holds "
        "records this copy does not have (made on another computer, or by this vault before its folder was "
        "replaced by an older copy, put back from a copy or by a sync tool): an authorization revoked since, "
        "for one, is not revoked here. Nothing was disclosed; reading and writing notes stays allowed.",
        hint=f"Restore the newest backup over this vault first ({restore_command(vault, found)}; in the app: "
             "Vault > Backups…, Restore the selected backup…), or, if this older copy is the one to keep, choose "
             "another backup folder for it (vault-app backup settings --target DIR).",
        code="disclosure.older_copy", params={"folder": found.folder},  # OLDER_COPY (a literal: the words scan)
    )


__all__ = ["OLDER_COPY", "kept", "older_copy", "refuse_while_older", "restore_command"]
