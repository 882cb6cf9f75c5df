"""`auth add --signer-role client` without `--signer-name` records the client as the signer, by the
chart's legal name, as its help says ("without --signer-name or --guardian: the client"); the minor's
own signature is still checked by the rules. Found by a walker: an adult client's form was refused
"The authorization lacks required elements (45 CFR 164.508(c)): the signer's name"."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain.errors import ExitCode
from vault_app.services import clients, guardians, practice
from vault_app.services.vault import Vault


def auth_args(client_id: str, scan: Path, *extra: str) -> list[str]:
    return ["auth", "add", "--client", client_id, "--description", "Progress notes of this year for the school",
            "--covers", "progress", "--discloser", "Jordan Lee, LCSW", "--recipient", fx.RECIPIENT.name,
            "--purpose", fx.PURPOSE, "--signed-on", fx.days_ago(5).isoformat(), "--expires",
            fx.days_ago(-100).isoformat(), "--revoke-statement", "in writing", "--conditioning-statement",
            "not conditioned", "--redisclosure-statement", "--scan", str(scan), *extra]


@pytest.mark.parametrize(("years", "recorded"), [(30, True), (15, False)])
def test_signer_role_client_takes_the_clients_name(
        vault: Vault, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        years: int, recorded: bool) -> None:
    fx.set_practice(vault)
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 18})
    client_id = clients.create_client(vault, "Maya Lopez", date_of_birth=fx.born_years_ago(years)).client_id
    if years < 18:  # a minor under the age of consent whose mother signs for her
        guardians.add_guardian(vault, client_id, "Elena Lopez", authority="parent", relationship="mother")
    folder = str(vault.folder)
    vault.lock()
    scan = tmp_path / "signed.pdf"
    scan.write_bytes(fx.SCAN)
    run = cli(capsys, monkeypatch, *auth_args(client_id, scan, "--signer-role", "client"), "--vault", folder)
    if not recorded:
        assert run.code != ExitCode.OK
        assert "signer's name" not in run.err, "refused on who signs, not on a missing name"
        return
    assert run.code == ExitCode.OK, run.err
    assert "by Maya Lopez" in run.out and "personal representative" not in run.out
