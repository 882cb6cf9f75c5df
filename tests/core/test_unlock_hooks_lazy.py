"""The work after every unlock loads its module only when there is work (services/unlock_hooks.py).

Resuming an interrupted destruction loads about a hundred modules, settling a pending export
about fifty, packing an upgrade's copy thirty; a command's unlock paid for them to learn that
nothing was interrupted. That the work still runs when it is due is the kill tests' subject
(test_destruction_interrupt, the snapshot purges' kill tests, test_upgrade_backup*,
test_export_crash, test_blob_faults, test_blob_store's move at unlock): each reopens a vault
a kill or an old format left and finds the work finished by the same hooks."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import _process_env
from vault_app.services import attachments, clients, destruction_state, unlock_hooks
from vault_app.services.vault import Vault
from vault_app.storage import blob_intents, clinical_attachments, disclosure_records

PDF = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"

HEAVY = ("vault_app.services.destruction", "vault_app.services.upgrade_backup", "vault_app.services.export")


def _modules_after(folder: Path, *args: str) -> list[str]:
    """The heavy modules loaded by a real command in a new interpreter."""
    code = textwrap.dedent(f"""
        import sys
        from vault_app.cli.main import run
        code = run(["--vault", {str(folder)!r}, *{list(args)!r}])
        assert code == 0, code
        print("LOADED:" + ",".join(m for m in {HEAVY!r} if m in sys.modules))
    """)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=_process_env(PASSPHRASE, None), timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    loaded = proc.stdout.splitlines()[-1].removeprefix("LOADED:")
    return [m for m in loaded.split(",") if m]


def test_a_commands_unlock_loads_neither_destruction_nor_the_upgrade_packer_nor_the_export(
        vault: Vault, vault_dir: Path) -> None:
    vault.lock()
    assert _modules_after(vault_dir, "client", "list") == []
    assert _modules_after(vault_dir, "note", "list", "--kind", "psychotherapy", "--unsigned") == []


def test_the_looks_say_no_work_on_a_new_vault_and_yes_when_a_destruction_was_left(psy_vault: Vault) -> None:
    looks = {hook.target: hook.needed for hook in unlock_hooks.AFTER_UNLOCK + unlock_hooks.BEFORE_PSYCHOTHERAPY}
    for target in ("vault_app.services.destruction:resume_interrupted",
                   "vault_app.services.upgrade_backup:pack_waiting",
                   "vault_app.services.export_delivery:reconcile_pending",
                   "vault_app.services.upgrade_backup:before_psychotherapy_upgrade"):
        look = looks[target]
        assert look is not None and not look(psy_vault), target
    # A started destruction with no end on record (as a kill leaves it) is work.
    psy_vault.ledger.append(destruction_state.STARTED, {"destruction_id": "d-1"})
    assert destruction_state.any_interrupted(psy_vault)
    psy_vault.ledger.append(destruction_state.COMPLETED, {"destruction_id": "d-1"})
    assert not destruction_state.any_interrupted(psy_vault)


def test_a_pending_export_an_intent_and_an_inline_body_are_work_and_the_hooks_finish_them(vault: Vault) -> None:
    looks = {hook.target: hook.needed for hook in unlock_hooks.AFTER_UNLOCK}
    blobs, export = looks["vault_app.services.attachment_blobs:after_unlock"], looks[
        "vault_app.services.export_delivery:reconcile_pending"]
    assert blobs is not None and export is not None
    assert blobs(vault)  # create_vault leaves the next unlock a full sweep of the blob folder
    unlock_hooks.run_after_unlock(vault)
    assert not blobs(vault) and not export(vault)
    client = clients.create_client(vault, "Wren Fictional").client_id
    scan = attachments.add_attachment(vault, client, PDF, kind="consent")
    assert not blobs(vault) and not export(vault)  # a saved attachment is in the blob store, no work
    with vault.records.transaction():
        # An export that died before its ledger entry, in a process long gone (as a kill leaves it).
        disclosure_records.insert_delivery(vault.records, disclosure_records.DeliveryRow(
            "disc-1", client, "pending", None, str(vault.folder / "gone.pdf"), None, "", "2026-01-01T00:00:00Z",
            "2026-01-01T00:00:00Z", "0:0"))
    assert export(vault) and not blobs(vault)
    with vault.records.transaction():
        blob_intents.add(vault.records, "f" * 64, "2026-01-01T00:00:00Z")
    assert blobs(vault)
    with vault.records.transaction():
        blob_intents.clear_all(vault.records)
        inline = replace(scan, attachment_id=scan.attachment_id[:-1] + ("0" if scan.attachment_id[-1] != "0" else "1"))
        clinical_attachments.insert_inline(vault.records, inline, PDF)
    assert blobs(vault)
    unlock_hooks.run_after_unlock(vault)  # what the next unlock runs: the look said work, so the work ran
    assert not blobs(vault) and not export(vault)
    assert clinical_attachments.charts_with_inline(vault.records) == []
    assert disclosure_records.deliveries(vault.records, status="pending") == []
