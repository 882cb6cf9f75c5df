"""Every way a vault can be damaged gives its own clear error and exit code,
never a traceback, and the failed attempt writes nothing into the vault."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from tests.conftest import PASSPHRASE, reopen
from tests.core.cli_helpers import Result, cli, init_vault
from vault_app.domain.errors import ExitCode
from vault_app.storage import header as header_io
from vault_app.storage.compartment import Compartment

PAGE = 4096


@pytest.fixture(scope="module")
def made_by_init(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The vault every test here damages, made once per test process: `init` as a real process,
    then filled. Locked, it is only the files in its folder (init writes nothing else but the
    support log, under its own HOME here), so each test's copy of them is that vault; a real
    process per test cost ~0.8 CPU-seconds each (docs/testing.md, fifth round)."""
    base = tmp_path_factory.mktemp("tamper-template")
    folder = base / "vault"
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # as tests/conftest.py's _isolated_environment does
    try:
        with pytest.MonkeyPatch.context() as env:
            for var, sub in (("HOME", ""), ("XDG_CONFIG_HOME", ".config"), ("XDG_DATA_HOME", ".local/share"),
                             ("XDG_CACHE_HOME", ".cache"), ("XDG_STATE_HOME", ".local/state")):
                env.setenv(var, str(base / "home" / sub))
            assert init_vault(folder).code == 0
            with reopen(folder, psychotherapy=True) as vault:
                # Enough rows that every compartment spans several pages.
                for comp in (vault.records, vault.psychotherapy):
                    with comp.transaction():
                        comp.executemany("INSERT INTO meta VALUES (?, ?)", [(f"k{i}", "x" * 300) for i in range(60)])
                with vault.ledger.defer_anchor():
                    for i in range(40):
                        vault.ledger.append("test.filler", {"i": i, "pad": "y" * 200})
    finally:
        keyring.set_keyring(previous)
    return folder


@pytest.fixture
def folder(made_by_init: Path, tmp_path: Path) -> Path:
    """This test's own copy of the vault `init` made (never the template itself)."""
    return Path(shutil.copytree(made_by_init, tmp_path / "vault"))


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def run_check(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, folder: Path) -> Result:
    return cli(capsys, monkeypatch, "unlock-check", "--psychotherapy", "--vault", str(folder))


def assert_clean_failure(result: Result, code: ExitCode, *needles: str) -> None:
    assert result.code == code, (result.code, result.err)
    assert "Traceback" not in result.err
    assert result.err.startswith("error: ")
    for needle in needles:
        assert needle in result.err, result.err


def flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x5A
    path.write_bytes(bytes(data))


def test_healthy_vault_passes(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, folder: Path
) -> None:
    assert run_check(capsys, monkeypatch, folder).code == 0


def test_wrong_passphrase_exit_code(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, folder: Path
) -> None:
    before = files(folder)
    result = cli(capsys, monkeypatch, "unlock-check", "--vault", str(folder), passphrase="wrong passphrase")
    assert_clean_failure(result, ExitCode.WRONG_SECRET, "does not unlock")
    after = files(folder)
    after.pop("vault.failures")
    assert after == before


@pytest.mark.parametrize("where", ["start", "middle", "checksum"])
def test_flipped_byte_in_header(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, folder: Path, where: str
) -> None:
    path = folder / "vault.header"
    size = path.stat().st_size
    flip(path, {"start": 2, "middle": size // 2, "checksum": size - 5}[where])
    before = files(folder)
    result = run_check(capsys, monkeypatch, folder)
    assert_clean_failure(result, ExitCode.CORRUPT, "header is damaged")
    assert files(folder) == before


def test_edited_header_with_fixed_checksum_is_tampering(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, folder: Path
) -> None:
    header = header_io.read(folder)
    header_io.write(folder, header.with_changes(settings={"auto_lock_minutes": 999}))
    result = run_check(capsys, monkeypatch, folder)
    assert_clean_failure(result, ExitCode.TAMPERED, "header was altered")


def test_weakened_kdf_in_header_is_refused(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, folder: Path
) -> None:
    header = header_io.read(folder)
    header_io.write(folder, header.with_changes(kdf_iterations=1))
    result = run_check(capsys, monkeypatch, folder)
    assert_clean_failure(result, ExitCode.TAMPERED, "below the safe minimum")


def test_truncated_and_missing_header(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, folder: Path
) -> None:
    path = folder / "vault.header"
    original = path.read_bytes()
    path.write_bytes(original[: len(original) // 2])
    assert_clean_failure(run_check(capsys, monkeypatch, folder), ExitCode.CORRUPT, "header is damaged")
    path.write_bytes(b"")
    assert_clean_failure(run_check(capsys, monkeypatch, folder), ExitCode.CORRUPT, "header is damaged")
    path.unlink()
    assert_clean_failure(run_check(capsys, monkeypatch, folder), ExitCode.CORRUPT, "header (vault.header) is missing")


def test_no_vault_at_all(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    result = cli(capsys, monkeypatch, "unlock-check", "--vault", str(tmp_path / "nothing"))
    assert_clean_failure(result, ExitCode.NOT_FOUND, "No vault was found")


@pytest.mark.parametrize("name", ["records.db", "psychotherapy.db", "ledger.db"])
@pytest.mark.parametrize("page", ["salt", "first", "later", "hmac"])
def test_flipped_byte_in_compartment(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, folder: Path, name: str, page: str
) -> None:
    path = folder / name
    pages = path.stat().st_size // PAGE
    assert pages >= 3
    rng = random.Random(f"{name}{page}")
    offset = {
        "salt": 3,
        "first": rng.randrange(100, PAGE - 200),
        "later": rng.randrange(2, pages) * PAGE + rng.randrange(0, PAGE - 80),
        "hmac": (pages - 1) * PAGE + PAGE - 10,
    }[page]
    flip(path, offset)
    before = files(folder)
    result = run_check(capsys, monkeypatch, folder)
    code = (
        ExitCode.TAMPERED if (name == "ledger.db" and "ledger failed verification" in result.err) else ExitCode.CORRUPT
    )
    assert_clean_failure(result, code)
    assert name.split(".")[0] in result.err or "ledger" in result.err
    assert files(folder) == before


@pytest.mark.parametrize("name", ["records.db", "psychotherapy.db", "ledger.db"])
def test_truncated_compartment(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, folder: Path, name: str
) -> None:
    path = folder / name
    path.write_bytes(path.read_bytes()[: PAGE + 100])
    before = files(folder)
    result = run_check(capsys, monkeypatch, folder)
    assert result.code in (ExitCode.CORRUPT, ExitCode.TAMPERED)
    assert "Traceback" not in result.err and result.err.startswith("error: ")
    assert files(folder) == before


@pytest.mark.parametrize("name", ["records.db", "psychotherapy.db", "ledger.db"])
def test_missing_compartment(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, folder: Path, name: str
) -> None:
    (folder / name).unlink()
    before = files(folder)
    result = run_check(capsys, monkeypatch, folder)
    assert_clean_failure(result, ExitCode.CORRUPT, f"({name}) is missing")
    assert files(folder) == before


# --- the ledger ---------------------------------------------------------------------
def _raw_ledger(folder: Path) -> Compartment:
    with reopen(folder) as vault:
        key = bytes.fromhex(vault.reveal_key("ledger"))
    comp = Compartment.open("ledger", folder / "ledger.db", key)
    comp.execute("DROP TRIGGER ledger_no_update")
    comp.execute("DROP TRIGGER ledger_no_delete")
    return comp


def audit(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, folder: Path) -> Result:
    return cli(capsys, monkeypatch, "audit", "verify", "--vault", str(folder), "--json")


def test_audit_verify_passes_on_intact_ledger(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, folder: Path
) -> None:
    result = audit(capsys, monkeypatch, folder)
    assert result.code == 0
    assert result.json()["ok"] is True


def test_edited_entry_is_detected(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, folder: Path
) -> None:
    comp = _raw_ledger(folder)
    comp.execute("UPDATE ledger SET payload = ? WHERE seq = 10", (b'{"i":999}',))
    comp.close()
    result = audit(capsys, monkeypatch, folder)
    assert result.code == ExitCode.TAMPERED
    assert any("entry 10" in p for p in result.json()["problems"])


def test_deleted_entry_is_detected(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, folder: Path
) -> None:
    comp = _raw_ledger(folder)
    comp.execute("DELETE FROM ledger WHERE seq = 7")
    comp.close()
    result = audit(capsys, monkeypatch, folder)
    assert result.code == ExitCode.TAMPERED
    assert any("entry 7 is missing" in p for p in result.json()["problems"])


def test_reordered_entries_are_detected(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, folder: Path
) -> None:
    comp = _raw_ledger(folder)
    a = comp.query_one("SELECT time, kind, payload, mac FROM ledger WHERE seq = 5")
    b = comp.query_one("SELECT time, kind, payload, mac FROM ledger WHERE seq = 6")
    comp.execute("UPDATE ledger SET time=?, kind=?, payload=?, mac=? WHERE seq = 5", tuple(b))
    comp.execute("UPDATE ledger SET time=?, kind=?, payload=?, mac=? WHERE seq = 6", tuple(a))
    comp.close()
    result = audit(capsys, monkeypatch, folder)
    assert result.code == ExitCode.TAMPERED


def test_truncated_ledger_is_a_rollback(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, folder: Path
) -> None:
    comp = _raw_ledger(folder)
    comp.execute("DELETE FROM ledger WHERE seq > (SELECT max(seq) - 3 FROM ledger)")
    comp.close()
    before = files(folder)
    result = run_check(capsys, monkeypatch, folder)
    assert_clean_failure(result, ExitCode.TAMPERED, "rolled back")
    assert files(folder) == before


def test_older_copy_of_ledger_is_a_rollback(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, folder: Path, tmp_path: Path
) -> None:
    old = tmp_path / "ledger-old.db"
    shutil.copy(folder / "ledger.db", old)
    with reopen(folder) as vault:
        vault.ledger.append("test.later", {})
    shutil.copy(old, folder / "ledger.db")
    result = run_check(capsys, monkeypatch, folder)
    assert_clean_failure(result, ExitCode.TAMPERED, "rolled back")


def test_ledger_is_append_only_in_sql(folder: Path) -> None:
    with reopen(folder) as vault:
        with pytest.raises(Exception, match="append-only"):
            vault.ledger.db.execute("DELETE FROM ledger WHERE seq = 1")
        with pytest.raises(Exception, match="append-only"):
            vault.ledger.db.execute("UPDATE ledger SET kind = 'x' WHERE seq = 1")


def test_whole_folder_rollback_detected_by_keyring_anchor(tmp_path: Path, memory_keyring: object) -> None:
    from vault_app.crypto.kdf import OWASP_FLOOR
    from vault_app.domain.errors import LedgerRollback
    from vault_app.services.vault import create_vault

    folder = tmp_path / "v"
    create_vault(folder, PASSPHRASE, params=OWASP_FLOOR).vault.lock()
    snapshot = tmp_path / "snapshot"
    shutil.copytree(folder, snapshot)
    reopen(folder).lock()
    reopen(folder).lock()
    shutil.rmtree(folder)
    shutil.copytree(snapshot, folder)
    with pytest.raises(LedgerRollback, match="rolled back"):
        reopen(folder)


@pytest.mark.parametrize(
    ("field", "value"),
    [("mac", [None]), ("kdf_iterations", "3"), ("vault_id", "zz"), ("wrapped", ["x"]), ("uses_device_secret", 1)],
)
def test_wrongly_typed_header_field_is_damage_not_a_crash(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, folder: Path, field: str, value: object
) -> None:
    """A header with a valid checksum but a field of the wrong type (found by fuzzing)."""
    import hashlib
    import json

    path = folder / "vault.header"
    body_text = path.read_text().rstrip("\n").rpartition("\n")[0]
    body = json.loads(body_text)
    body[field] = value
    text = json.dumps(body, sort_keys=True, indent=1)
    path.write_text(text + "\nchecksum " + hashlib.sha256(text.encode()).hexdigest() + "\n")
    assert_clean_failure(run_check(capsys, monkeypatch, folder), ExitCode.CORRUPT, "header is damaged")


def test_non_hex_anchor_mac_is_damage(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, folder: Path
) -> None:
    header = header_io.read(folder)
    header_io.write(
        folder, header.with_changes(ledger_anchor=header_io.LedgerAnchor(header.ledger_anchor.seq, "g" * 64))
    )
    assert_clean_failure(run_check(capsys, monkeypatch, folder), ExitCode.CORRUPT, "wrong type")
