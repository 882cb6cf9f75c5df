"""Destruction certificate roles: authorized by, performed by, verified ("validated") by, with a
warning when one person fills every role (NIST SP 800-88; AHIMA sample certificate)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.core.cli_helpers import cli
from tests.core.destruction_helpers import seed_chart
from vault_app.domain.destruction import ROLES_CITATION, roles_warning
from vault_app.domain.errors import InvalidInput, RefusedByPolicy
from vault_app.services import certificates, destruction, practice
from vault_app.services.vault import Vault

CITE = "NIST SP 800-88"
# (citation, authorized by, performed by, verified by, warned)
ROLE_ROWS = [
    (CITE, "Jordan Lee, LCSW", "Jordan Lee, LCSW", "Jordan Lee, LCSW", True),
    (CITE, "jordan  lee LCSW", "Jordan Lee, LCSW", "JORDAN LEE, LCSW", True),
    (CITE, "Jordan Lee, LCSW", "Jordan Lee, LCSW", "A. Colleague, PhD", False),
    (CITE, "Practice Manager", "Jordan Lee, LCSW", "Jordan Lee, LCSW", False),
]


@pytest.mark.parametrize(("citation", "authorized", "performed", "verified", "warned"), ROLE_ROWS)
def test_roles_table(citation: str, authorized: str, performed: str, verified: str, warned: bool) -> None:
    assert citation in ROLES_CITATION
    warning = roles_warning(authorized, performed, verified)
    assert bool(warning) is warned
    if warned:
        assert citation in warning


def test_certificate_names_every_role(psy_vault: Vault, tmp_path: Path) -> None:
    practice.update(psy_vault, clinician_name="Jordan Lee", credentials="LCSW")
    solo = seed_chart(psy_vault, "S", last_contact=date(2010, 1, 2))
    helped = seed_chart(psy_vault, "H", last_contact=date(2010, 1, 2))
    cert = destruction.destroy(psy_vault, solo.chart_number, basis="retention", confirm=solo.chart_number)
    assert cert["roles"] == {"authorized_by": "Jordan Lee, LCSW", "performed_by": "Jordan Lee, LCSW",
                             "verified_by": "Jordan Lee, LCSW"}
    assert "One person authorized, performed and verified" in cert["roles_warning"]
    with pytest.raises((InvalidInput, RefusedByPolicy)):
        destruction.destroy(psy_vault, helped.chart_number, basis="retention", confirm=helped.chart_number,
                            verified_by=helped.names[0])
    cert2 = destruction.destroy(psy_vault, helped.chart_number, basis="retention", confirm=helped.chart_number,
                                verified_by="A. Colleague, PhD", authorized_by="Jordan Lee, LCSW")
    assert cert2["roles"]["verified_by"] == "A. Colleague, PhD" and cert2["roles_warning"] == ""
    written = certificates.export(psy_vault, cert2["certificate_id"], json_path=tmp_path / "c.json")
    assert written
    assert "A. Colleague, PhD" in (tmp_path / "c.json").read_text()


def test_cli_destroy_with_a_verifier(psy_vault: Vault, vault_dir: Path, capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    old = seed_chart(psy_vault, "C", last_contact=date(2010, 1, 2))
    other = seed_chart(psy_vault, "D", last_contact=date(2010, 1, 2))
    psy_vault.lock()
    v = ["--vault", str(vault_dir)]
    solo = cli(capsys, monkeypatch, "destroy", *v, "--client", old.chart_number, "--basis", "retention",
               "--confirm", old.chart_number)
    assert solo.code == 0 and "WARNING: One person" in solo.out
    done = cli(capsys, monkeypatch, "destroy", *v, "--client", other.chart_number, "--basis", "retention",
               "--confirm", other.chart_number, "--verified-by", "A. Colleague, PhD", "--json")
    assert done.code == 0, done.err
    assert done.json()["roles"]["verified_by"] == "A. Colleague, PhD" and done.json()["roles_warning"] is None
