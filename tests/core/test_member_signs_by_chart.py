"""`auth add --signer-member C` on a couple's or family's chart: the member signed, and their name is
the chart's, as for `--signer-role client` (found by walker wfamily: "The authorization lacks required
elements (45 CFR 164.508(c)): the signer's name." though the member's name is on file). Both sides: a
member alone takes their chart's name; a name given, or a representative signing for the member, is as
given."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from tests.core.test_typed_representative_signs import _auth_args
from vault_app.services import clients
from vault_app.services.vault import Vault

ROWS = (
    # extra flags, signer's name recorded, role
    ((), "Alex Taylor", "client"),
    (("--signer-name", "A. Taylor"), "A. Taylor", "client"),
    (("--signer-role", "representative", "--signer-name", "Pat Roe", "--authority", "health care agent (POA)"),
     "Pat Roe", "personal_representative"),
)


@pytest.mark.parametrize(("extra", "name", "role"), ROWS, ids=["member alone", "name given", "representative"])
def test_a_member_who_signs_is_named_from_their_chart(
        vault: Vault, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        extra: tuple[str, ...], name: str, role: str) -> None:
    alex = clients.create_client(vault, "Alex Taylor", date_of_birth="1988-02-02")
    jordan = clients.create_client(vault, "Jordan Taylor", date_of_birth="1990-06-06")
    case = clients.create_case(vault, "Taylor couple", [alex.client_id, jordan.client_id])
    folder = str(vault.folder)
    vault.lock()
    scan = tmp_path / "signed.pdf"
    scan.write_bytes(fx.SCAN)
    done = cli(capsys, monkeypatch, *_auth_args(case.case_id, scan, "--signer-member", alex.client_id, *extra,
                                                "--json"), "--vault", folder)
    assert done.code == 0, done.err
    signer = done.json()["signer"]
    assert signer["name"] == name and signer["role"] == role
