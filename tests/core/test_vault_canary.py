"""Canary: unique strings written into every compartment never appear in plaintext
in any file the app wrote (vault folder, temp dir), in any common encoding."""

from __future__ import annotations

import base64
import tempfile
import uuid
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, reopen
from tests.independent_reader import open_plain
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.services.vault import create_vault


def encodings(secret: str) -> list[bytes]:
    raw = secret.encode()
    return [raw, secret.encode("utf-16-le"), base64.b64encode(raw)[:20], raw.hex().encode()]


def scan(root: Path, needles: list[bytes]) -> list[str]:
    hits = []
    for path in root.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            hits.extend(f"{path.name}:{needle[:12]!r}" for needle in needles if needle in data)
    return hits


def test_canaries_never_leave_the_compartments(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    folder = tmp_path / "vault"
    canaries = {name: f"CANARY-{name}-{uuid.uuid4().hex}" for name in ("records", "psychotherapy", "ledger")}

    created = create_vault(folder, PASSPHRASE, params=OWASP_FLOOR)
    created.vault.lock()
    with reopen(folder, psychotherapy=True) as vault:
        vault.records.execute("INSERT INTO meta VALUES ('canary', ?)", (canaries["records"],))
        vault.psychotherapy.execute("INSERT INTO meta VALUES ('canary', ?)", (canaries["psychotherapy"],))
        vault.ledger.append("test.canary", {"value": canaries["ledger"]})
        keys = {name: vault.reveal_key(name) for name in canaries}

    needles = [enc for value in canaries.values() for enc in encodings(value)]
    needles.append(created.recovery_key.encode())
    needles.extend(bytes.fromhex(k) for k in keys.values())
    needles.extend(k.encode() for k in keys.values())
    assert scan(folder, needles) == []
    assert scan(temp, needles) == []

    # ...and the strings really are there, readable with the revealed keys.
    work = tmp_path / "plain"
    work.mkdir()
    for name, value in canaries.items():
        con = open_plain(folder / f"{name}.db", keys[name], work)
        if name == "ledger":
            payloads = [row[0] for row in con.execute("SELECT payload FROM ledger")]
            assert any(value.encode() in bytes(p) for p in payloads)
        else:
            assert con.execute("SELECT value FROM meta WHERE key = 'canary'").fetchone() == (value,)
        con.close()


def test_home_and_config_dirs_hold_no_canary(tmp_path: Path) -> None:
    """Settings, caches and logs live under HOME/XDG (private per test): nothing leaks there."""
    import os

    folder = tmp_path / "vault"
    secret = f"CANARY-{uuid.uuid4().hex}"
    create_vault(folder, PASSPHRASE, params=OWASP_FLOOR).vault.lock()
    with reopen(folder) as vault:
        vault.records.execute("INSERT INTO meta VALUES ('canary', ?)", (secret,))
    assert scan(Path(os.environ["HOME"]), encodings(secret)) == []
