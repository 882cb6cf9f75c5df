"""The work after every unlock loads its module only when there is work (services/unlock_hooks.py).

Resuming an interrupted destruction loads about a hundred modules and packing an upgrade's
copy thirty; a command's unlock paid for both to learn that nothing was interrupted. That
the work still runs when it is due is the kill tests' subject (test_destruction_interrupt,
the snapshot purges' kill tests, test_upgrade_backup*): each reopens a vault a kill left and
finds the work finished by the same hooks."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import _process_env
from vault_app.services import destruction_state, unlock_hooks
from vault_app.services.vault import Vault

HEAVY = ("vault_app.services.destruction", "vault_app.services.upgrade_backup")


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


def test_a_commands_unlock_loads_neither_destruction_nor_the_upgrade_packer(vault: Vault, vault_dir: Path) -> None:
    vault.lock()
    assert _modules_after(vault_dir, "client", "list") == []
    assert _modules_after(vault_dir, "note", "list", "--kind", "psychotherapy", "--unsigned") == []


def test_the_looks_say_no_work_on_a_new_vault_and_yes_when_a_destruction_was_left(psy_vault: Vault) -> None:
    looks = {hook.target: hook.needed for hook in unlock_hooks.AFTER_UNLOCK + unlock_hooks.BEFORE_PSYCHOTHERAPY}
    for target in ("vault_app.services.destruction:resume_interrupted",
                   "vault_app.services.upgrade_backup:pack_waiting",
                   "vault_app.services.upgrade_backup:before_psychotherapy_upgrade"):
        look = looks[target]
        assert look is not None and not look(psy_vault), target
    # A started destruction with no end on record (as a kill leaves it) is work.
    psy_vault.ledger.append(destruction_state.STARTED, {"destruction_id": "d-1"})
    assert destruction_state.any_interrupted(psy_vault)
    psy_vault.ledger.append(destruction_state.COMPLETED, {"destruction_id": "d-1"})
    assert not destruction_state.any_interrupted(psy_vault)
