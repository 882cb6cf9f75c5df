"""`vault-app auth add` says who consented to a minor's care when a personal representative signs
(45 CFR 164.502(g)(3)(i)): "a parent or guardian" where the chart says so, "not recorded" where it does
not; nothing for the client's own signature nor for an adult. Before: a parent's signature for a
15-year-old whose chart says a parent consented was recorded without a word of it. Real vault, the
command line in process; both sides."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.services import clients, guardians, practice
from vault_app.services.vault import Vault

LINE = "Who consented to the minor's care: "


def _args(client_id: str, scan: Path, *extra: str) -> list[str]:
    return ["auth", "add", "--client", client_id, "--description", "Progress notes of this year for the school",
            "--covers", "progress", "--discloser", "Jordan Lee, LCSW", "--recipient", fx.RECIPIENT.name,
            "--purpose", fx.PURPOSE, "--signed-on", fx.days_ago(5).isoformat(), "--expires",
            fx.days_ago(-100).isoformat(), "--revoke-statement", "in writing", "--conditioning-statement",
            "not conditioned", "--redisclosure-statement", "--scan", str(scan), *extra]


@pytest.mark.parametrize(("years", "consented_by", "said"), [
    (15, "guardian", "a parent or guardian, as the chart records."),
    (15, "", "not recorded"),
    (30, "", None),  # an adult: no line (a parent's signature is refused there anyway; an agent signs)
])
def test_auth_add_says_who_consented_when_a_representative_signs(
        vault: Vault, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        years: int, consented_by: str, said: str | None) -> None:
    fx.set_practice(vault)
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 12})
    client_id = clients.create_client(vault, "Maya Lopez", date_of_birth=fx.born_years_ago(years)).client_id
    if consented_by:
        clients.update_client(vault, client_id, care_consented_by=consented_by)
    authority = "parent" if years < 18 else "health_care_agent"
    rep = guardians.add_guardian(vault, client_id, "Elena Lopez", authority=authority, relationship="mother")
    folder = str(vault.folder)
    vault.lock()
    scan = tmp_path / "signed.pdf"
    scan.write_bytes(fx.SCAN)
    run = cli(capsys, monkeypatch, *_args(client_id, scan, "--guardian", rep.guardian_id), "--vault", folder)
    assert run.code == 0, run.err
    if said is None:
        assert LINE not in run.out
        return
    assert LINE + said in run.out
    as_json = cli(capsys, monkeypatch, *_args(client_id, scan, "--guardian", rep.guardian_id, "--json"),
                  "--vault", folder)
    assert as_json.json()["care_consented_by"] == consented_by
