"""`vault-app rekey` killed after its key switch, before the new Emergency Kit was shown (found
by a walker killing the command on a vault of 199 documents: the switch came after a third of the
run, then the documents were sealed again under the new chart keys, and only then was the new
recovery key printed and written. Killed in between, the progress had said "100% Done", the old
kit no longer opened the vault, the new recovery key was nowhere but in the header, and no unlock
ever said so: a forgotten passphrase then lost every record).

What must happen: the new kit is printed and written right after the switch, before the
documents' re-sealing; the switch itself marks the kit "not kept" until it is shown, so a kill
in between is said at every unlock (`unlock-check` too) until a new kit is made. Real vaults,
real processes (the kill is the point), real files."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import cli_in_process
from tests.core.clinical_helpers import PDF
from vault_app.services import attachments, clients, kit_kept
from vault_app.services.fault_injection import CRASH_ENV
from vault_app.services.vault import Vault, open_vault, recover_vault

NEW = "after the suspected leak, a new long passphrase 8"


def _with_documents(vault: Vault) -> None:
    chart = clients.create_client(vault, "Philippa Aldercott").client_id
    for n in range(2):
        data = PDF + f"%doc-{n}-{os.urandom(8).hex()}".encode() + os.urandom(700)
        attachments.add_attachment(vault, chart, data, kind="other")


def _rekey(vault_dir: Path, tmp_path: Path, point: str) -> subprocess.CompletedProcess[str]:
    new_file = tmp_path / "new-passphrase.txt"
    new_file.write_text(NEW + "\n")
    new_file.chmod(0o600)
    env = dict(os.environ, VAULT_APP_PASSPHRASE=PASSPHRASE, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    env[CRASH_ENV] = point
    args = [sys.executable, "-m", "vault_app", "rekey", "--vault", str(vault_dir), "--new-passphrase-file",
            str(new_file), "--recovery-key-out", str(tmp_path / "kit.txt")]
    return subprocess.run(args, env=env, capture_output=True, text=True, timeout=300, check=False)


def test_a_kill_while_the_documents_are_sealed_again_comes_after_the_new_kit_was_shown(
        vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    _with_documents(vault)
    vault.lock()
    killed = _rekey(vault_dir, tmp_path, "reseal_claimed")
    assert killed.returncode == -signal.SIGKILL, killed.stderr[-2000:]
    assert "NEW EMERGENCY KIT" in killed.stdout, "the kill came after the switch: the kit must be out already"
    written = (tmp_path / "kit.txt").read_text().strip().splitlines()[-1].strip()
    assert written in killed.stdout
    with open_vault(vault_dir, NEW) as after:
        assert not kit_kept.missing(after)
    recover_vault(vault_dir, written, "from the new kit, a long one 5").lock()


def test_a_kill_before_the_new_kit_is_shown_is_said_at_every_unlock(
        vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    _with_documents(vault)
    vault.lock()
    killed = _rekey(vault_dir, tmp_path, "rekey_kit_showing")
    assert killed.returncode == -signal.SIGKILL, killed.stderr[-2000:]
    assert "EMERGENCY KIT" not in killed.stdout and not (tmp_path / "kit.txt").exists()
    with open_vault(vault_dir, NEW) as after:
        assert kit_kept.missing(after)
    said = cli_in_process("unlock-check", "--vault", str(vault_dir), passphrase=NEW)
    assert "no Emergency Kit kept" in said.out and "vault-app rekey" in said.out
    again = cli_in_process("rekey", "--vault", str(vault_dir), passphrase=NEW)
    assert again.code == 0, again.err[-2000:]
    with open_vault(vault_dir, NEW) as kept:
        assert not kit_kept.missing(kept)
