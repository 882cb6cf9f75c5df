"""`auth add --signer-member` on a couple's chart fills the signer's name from that member's chart, as
`--guardian` fills a representative's (found by a walker: refused "lacks ... the signer's name" though the
member's name is on file). Both sides: the member's own signature is recorded under their name; a name
typed is kept as typed; a representative's signature (--signer-role representative) still needs its
name; a client who is not a member is refused. Real vault, the CLI in process."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE
from tests.core.clinical_helpers import PNG
from vault_app.cli.main import run
from vault_app.services.vault import Vault


@pytest.fixture
def cli(vault: Vault, vault_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Any:
    vault.lock()
    monkeypatch.setenv("VAULT_APP_PASSPHRASE", PASSPHRASE)

    def call(*argv: str, code: int = 0) -> Any:
        result = run([*argv, "--vault", str(vault_dir), "--json"])
        out, err = capsys.readouterr()
        assert result == code, (argv, out, err)
        return err if code else json.loads(out)

    return call


FORM = ("--description", "Progress notes of the joint sessions, 2026", "--covers", "progress",
        "--discloser", "the practice", "--recipient", "Dr. Lee", "--purpose", "coordination of care",
        "--signed-on", "2026-12-01", "--expires", "2027-12-01", "--revoke-statement", "In writing to the practice",
        "--conditioning-statement", "Treatment is not conditioned on signing", "--redisclosure-statement")


@pytest.mark.parametrize(("extra", "code", "signer"), [
    ((), 0, "Alex Taylor"),
    (("--signer-name", "Alex J. Taylor"), 0, "Alex J. Taylor"),
    (("--signer-role", "representative"), 2, None),
], ids=["the member's name", "a name typed", "a representative needs a name"])
def test_signer_member_fills_the_name(cli: Any, tmp_path: Path, extra: tuple[str, ...], code: int,
                                      signer: str | None) -> None:
    scan = tmp_path / "form.png"
    scan.write_bytes(PNG)
    cli("client", "add", "Alex Taylor", "--dob", "1985-02-03", "--chart-number", "AT-1")
    cli("client", "add", "Jordan Taylor", "--dob", "1986-04-05", "--chart-number", "JT-1")
    cli("client", "case", "Taylor couple", "--member", "AT-1", "--member", "JT-1", "--chart-number", "J-9")
    found = cli("auth", "add", "--client", "J-9", *FORM, "--scan", str(scan), "--signer-member", "AT-1", *extra,
                code=code)
    if signer is None:
        assert "name" in found
        return
    assert found["signer"]["name"] == signer, found


def test_a_client_not_a_member_is_refused(cli: Any, tmp_path: Path) -> None:
    scan = tmp_path / "form.png"
    scan.write_bytes(PNG)
    cli("client", "add", "Alex Taylor", "--dob", "1985-02-03", "--chart-number", "AT-1")
    cli("client", "add", "Jordan Taylor", "--dob", "1986-04-05", "--chart-number", "JT-1")
    cli("client", "add", "Sam Other", "--dob", "1970-01-01", "--chart-number", "SO-1")
    cli("client", "case", "Taylor couple", "--member", "AT-1", "--member", "JT-1", "--chart-number", "J-9")
    err = cli("auth", "add", "--client", "J-9", *FORM, "--scan", str(scan), "--signer-member", "SO-1",
              "--signer-name", "Sam Other", code=2)
    assert "not a member of this joint record" in err
