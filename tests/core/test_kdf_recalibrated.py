"""A passphrase change and a recovery with no key-derivation settings asked for recalibrate Argon2id on
this computer, as a new vault gets it (about one second, never below 256 MiB / 3 passes / 4 lanes), and
never below the vault's own settings nor the OWASP floor. Found by a walker: a vault made in 2019 at 19 MB /
2 passes kept them after a Change passphrase years later, while SECURITY.md promises "calibrated to about one
second on your machine". Settings asked for are kept as asked (tests/core/test_kdf_options_cli.py).
Real vaults, real Argon2."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import cli, cli_in_process
from vault_app.crypto.kdf import DEFAULT_FLOOR, OWASP_FLOOR, KdfParams, recalibrated
from vault_app.services.vault import CreatedVault, open_vault, recover_vault
from vault_app.services.vault_master_key import kdf_params_of

NEW = "a brand new passphrase for 2026"


def _at_least(found: KdfParams, *floors: KdfParams) -> bool:
    return all(found.memory_kib >= f.memory_kib and found.iterations >= f.iterations
               and found.parallelism >= f.parallelism for f in floors)


@pytest.mark.parametrize("current", [OWASP_FLOOR, KdfParams(19 * 1024, 7, 1), KdfParams(260 * 1024, 5, 6)],
                         ids=["owasp-floor", "many-passes", "above-the-default"])
def test_recalibrated_is_never_below_the_current_nor_the_default(current: KdfParams) -> None:
    assert _at_least(recalibrated(current), current, DEFAULT_FLOOR, OWASP_FLOOR)


def test_a_passphrase_change_strengthens_an_old_vaults_derivation(created: CreatedVault, vault_dir: Path) -> None:
    vault = created.vault
    assert kdf_params_of(vault.header) == OWASP_FLOOR  # as a 2019 vault was made
    before, after = vault.change_passphrase(PASSPHRASE, NEW)
    assert before == OWASP_FLOOR and _at_least(after, DEFAULT_FLOOR)
    assert kdf_params_of(vault.header) == after
    [changed] = vault.ledger.entries(kinds=("passphrase.changed",))
    assert changed.payload["kdf"] == after.describe()
    vault.lock()
    open_vault(vault_dir, NEW).lock()


def test_a_change_asking_for_settings_keeps_them(created: CreatedVault) -> None:
    _before, after = created.vault.change_passphrase(PASSPHRASE, NEW, OWASP_FLOOR)
    assert after == OWASP_FLOOR


def test_a_recovery_strengthens_it_too(created: CreatedVault, vault_dir: Path) -> None:
    created.vault.lock()
    with recover_vault(vault_dir, created.recovery_key, NEW, use_device_secret=False) as vault:
        assert _at_least(kdf_params_of(vault.header), DEFAULT_FLOOR)


def test_the_command_says_the_new_settings(created: CreatedVault, vault_dir: Path,
                                           capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    created.vault.lock()
    done = cli(capsys, monkeypatch, "passphrase", "change", "--vault", str(vault_dir), passphrase=PASSPHRASE,
               env={"VAULT_APP_NEW_PASSPHRASE": NEW})
    assert done.code == 0, done.err
    assert "calibrated on this computer" in done.out and "it was 19 MB of memory, 2 passes" in done.out, done.out
    kdf = cli_in_process("info", "--vault", str(vault_dir), "--json").json()["kdf"]
    assert kdf["memory_mib"] >= 256 and kdf["iterations"] >= 3 and kdf["parallelism"] >= 4
