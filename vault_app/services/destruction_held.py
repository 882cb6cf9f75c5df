"""Which destructions a backup still holds: asked by `backup verify` of the copy it unpacked.

A backup the destruction's purge never reached (a hand copy restored from, a drive that was not
registered) still holds the chart. `backup verify` checked only that the file is whole and said
"Backup OK" of it (found in the real app); this names what it still holds, by the rows the
destruction's own verification counts (destruction_steps.remaining_rows), so it can be purged.
Apart from services/backup.py: only a vault that recorded a destruction loads this stack.
"""

from __future__ import annotations

from pathlib import Path

from vault_app.domain.errors import VaultError
from vault_app.services import backup_keys
from vault_app.services.destruction_state import STARTED, by_id
from vault_app.services.destruction_steps import Target, maintenance_psychotherapy, remaining_rows, remaining_rows_in
from vault_app.services.vault import Vault


def still_held(vault: Vault, folder: Path, master: bytes, wraps: tuple[bytes, ...] = ()) -> list[str]:
    """The ids of the destructions `vault` recorded whose chart or notes the copy unpacked in
    `folder` still holds rows of (started counts: the decision was final)."""
    targets = [(key, Target.from_payload(kinds[STARTED].payload)) for key, kinds in by_id(vault).items()
               if STARTED in kinds]
    if not targets:
        return []
    copy = backup_keys.open_with_master(folder, master, psychotherapy_wraps=wraps)
    try:
        try:
            with maintenance_psychotherapy(copy) as psy:
                return [key for key, target in targets if remaining_rows(copy, target, psy)]
        except VaultError:
            # Its psychotherapy compartment not open to this key: a chart's rows in records.db
            # still say it holds the chart; notes alone cannot be told here.
            return [key for key, target in targets
                    if target.note_ids is None and remaining_rows_in([copy.records], target)]
    finally:
        backup_keys.close_copy(copy)
