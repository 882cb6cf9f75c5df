"""--kdf-memory-mib, --kdf-iterations and --kdf-parallelism on passphrase change, recover and
rekey: each one given changes only its own setting, the others keep the vault's (found: on a
vault of 512 MiB, `--kdf-iterations` alone gave it the 256 MiB default, and
`--kdf-parallelism N` alone was ignored). Real vaults, the real CLI, real Argon2."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import Result, cli, cli_in_process, cli_process
from vault_app.crypto.kdf import DEFAULT_FLOOR, OWASP_FLOOR, KdfChange, KdfParams, chosen, for_new_vault
from vault_app.domain.errors import ExitCode

SECOND = "a second long passphrase for the test 7"
THIRD = "a third long passphrase for the test 9"


def _kdf(folder: Path) -> tuple[int, int, int]:
    # What `info` says, read in this process: the settings are the point, not a process (each
    # was ~0.3 CPU-s; docs/testing.md, "Thirty-fifth round").
    k = cli_in_process("info", "--vault", str(folder), "--json").json()["kdf"]
    return k["memory_mib"], k["iterations"], k["parallelism"]


@pytest.mark.parametrize(
    ("asked", "expected"),
    [
        (KdfChange(), KdfParams(24 * 1024, 2, 2)),
        (KdfChange(iterations=3), KdfParams(24 * 1024, 3, 2)),
        (KdfChange(memory_kib=20 * 1024), KdfParams(20 * 1024, 2, 2)),
        (KdfChange(parallelism=3), KdfParams(24 * 1024, 2, 3)),
        (KdfChange(20 * 1024, 4, 1), KdfParams(20 * 1024, 4, 1)),
        (None, KdfParams(24 * 1024, 2, 2)),
        (KdfParams(19 * 1024, 2, 1), KdfParams(19 * 1024, 2, 1)),
    ],
)
def test_a_setting_not_asked_for_keeps_the_current_one(asked: KdfChange | KdfParams | None,
                                                       expected: KdfParams) -> None:
    assert chosen(asked, KdfParams(24 * 1024, 2, 2)) == expected


def test_a_new_vault_gets_the_defaults_for_what_is_not_asked() -> None:
    assert for_new_vault(KdfChange(memory_kib=19 * 1024)) == KdfParams(19 * 1024, 3, 1)
    assert for_new_vault(KdfChange(iterations=2)) == KdfParams(DEFAULT_FLOOR.memory_kib, 2, 4)
    assert for_new_vault(KdfChange(19 * 1024, 2, 2)) == KdfParams(19 * 1024, 2, 2)
    assert for_new_vault(OWASP_FLOOR) == OWASP_FLOOR


def test_each_kdf_option_alone_changes_only_its_own_setting(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = tmp_path / "v"
    v = ["--vault", str(folder)]
    made = cli_process("init", *v, "--no-keyring", "--kdf-memory-mib", "24", "--kdf-iterations", "2",
                       "--kdf-parallelism", "2", "--json")
    assert made.code == 0, made.err
    recovery_key = made.json()["recovery_key"]
    assert _kdf(folder) == (24, 2, 2)  # init: the lanes asked for are used

    def change(*options: str, old: str, new: str) -> Result:
        return cli(capsys, monkeypatch, "passphrase", "change", *v, *options, passphrase=old,
                   env={"VAULT_APP_NEW_PASSPHRASE": new})

    assert change("--kdf-iterations", "3", old=PASSPHRASE, new=SECOND).code == 0
    assert _kdf(folder) == (24, 3, 2)
    assert change("--kdf-parallelism", "3", old=SECOND, new=THIRD).code == 0
    assert _kdf(folder) == (24, 3, 3)
    assert change("--kdf-memory-mib", "20", old=THIRD, new=SECOND).code == 0
    assert _kdf(folder) == (20, 3, 3)
    below = change("--kdf-iterations", "1", old=SECOND, new=THIRD)
    assert below.code == ExitCode.USAGE and "OWASP minimum" in below.err
    assert _kdf(folder) == (20, 3, 3)

    recovered = cli(capsys, monkeypatch, "recover", *v, "--no-keyring", "--kdf-iterations", "2", passphrase=None,
                    env={"VAULT_APP_RECOVERY_KEY": recovery_key, "VAULT_APP_NEW_PASSPHRASE": THIRD})
    assert recovered.code == 0, recovered.err
    assert _kdf(folder) == (20, 2, 3)

    rekeyed = cli(capsys, monkeypatch, "rekey", *v, "--kdf-parallelism", "1", passphrase=THIRD)
    assert rekeyed.code == 0, rekeyed.err
    assert _kdf(folder) == (20, 2, 1)
    assert cli(capsys, monkeypatch, "unlock-check", *v, passphrase=THIRD).code == 0
