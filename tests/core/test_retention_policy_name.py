"""The retention policy has its own name, not the jurisdiction's (found: `retention set --preset
CA` renamed the practice's jurisdiction to "California: psychologists", and `decision settings
--jurisdiction-name Texas` renamed a policy whose years and statute stayed California's)."""

from __future__ import annotations

import io
import shutil
from datetime import date
from pathlib import Path

import pypdf
import pytest

from tests.core.cli_helpers import cli
from tests.core.destruction_helpers import seed_chart
from vault_app.domain.errors import InvalidInput
from vault_app.services import certificates, decisions, destruction, practice, retention
from vault_app.services.certificate_pdf import render
from vault_app.services.vault import Vault, open_vault
from vault_app.storage import settings_store
from vault_app.storage.migrations import latest_version

BEFORE = Path(__file__).resolve().parents[1] / "data" / "practice-profile-0087"
CA = "California: psychologists"


def test_retention_set_names_the_policy_and_leaves_the_jurisdiction(vault: Vault) -> None:
    practice.update(vault, jurisdiction={"name": "Texas"})
    assert retention.set_policy(vault, preset_key="CA").name == CA
    j = practice.load(vault).jurisdiction
    assert (j.name, j.retention_policy_name) == ("Texas", CA)
    custom = retention.set_policy(vault, adult_years=10)
    assert custom.name == f"Custom (based on {CA})" and practice.load(vault).jurisdiction.name == "Texas"
    entries = vault.ledger.entries(kinds=("retention.policy_set",))
    assert [e.payload["name"] for e in entries[-2:]] == [CA, f"Custom (based on {CA})"]


def test_renaming_the_jurisdiction_keeps_the_policy_in_force(vault: Vault) -> None:
    retention.set_policy(vault, preset_key="CA")
    decisions.update_jurisdiction(vault, name="Texas")
    practice.update(vault, jurisdiction={"name": "Texas (Houston office)"})
    assert retention.policy(vault).name == CA
    assert practice.load(vault).jurisdiction.name == "Texas (Houston office)"
    before = practice.load(vault)
    with pytest.raises(InvalidInput, match="retention policy's name"):
        practice.update(vault, jurisdiction={"retention_policy_name": "Pennsylvania"})
    with pytest.raises(InvalidInput, match="Unknown setting"):
        decisions.update_jurisdiction(vault, retention_policy_name="Pennsylvania")
    assert practice.load(vault) == before


def test_a_vault_made_before_keeps_the_policy_name_it_showed(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    shutil.copytree(BEFORE, folder)  # never write into the committed fixture
    passphrase = (BEFORE / "PASSPHRASE.txt").read_text().strip()
    with open_vault(folder, passphrase) as vault:
        assert vault.records.user_version() == latest_version("records")
        stored = settings_store.read(vault.records, settings_store.PRACTICE_PROFILE)
        assert stored is not None
        # Written by the migration, not only read through the fallback of an old document.
        assert stored["jurisdiction"]["retention_policy_name"] == CA
        assert retention.policy(vault).name == CA and retention.policy(vault).minor_years_after_majority == 7
        assert practice.load(vault).clinician_name == "Fixture Therapist"
        assert vault.verify_ledger().ok
        decisions.update_jurisdiction(vault, name="Texas")
        assert retention.policy(vault).name == CA


def test_certificates_name_the_policy_in_force(psy_vault: Vault) -> None:
    retention.set_policy(psy_vault, preset_key="PA")
    decisions.update_jurisdiction(psy_vault, name="Texas")
    old = seed_chart(psy_vault, "N", last_contact=date(2010, 1, 2))
    cert = destruction.destroy(psy_vault, old.chart_number, basis="retention", confirm=old.chart_number)
    document = certificates.signed_document(psy_vault, cert["certificate_id"])
    assert document["certificate"]["basis"]["policy_name"] == "Pennsylvania"
    printed = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(render(document))).pages)
    assert "Pennsylvania: adults 5 years" in printed.replace("\n", " ") and "Texas" not in printed
    # One signed before the policy had a name is printed as it was: its numbers.
    del document["certificate"]["basis"]["policy_name"]
    printed = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(render(document))).pages)
    assert "Pennsylvania" not in printed and "adults 5 years" in printed.replace("\n", " ")


def test_cli_retention_set_and_decision_settings_keep_to_their_names(
        vault: Vault, vault_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    vault.lock()
    v = ["--vault", str(vault_dir)]
    assert cli(capsys, monkeypatch, "retention", "set", *v, "--preset", "CA").code == 0
    assert cli(capsys, monkeypatch, "decision", "settings", *v, "--jurisdiction-name", "Texas").code == 0
    assert cli(capsys, monkeypatch, "retention", "show", *v, "--json").json()["policy"]["name"] == CA
    shown = cli(capsys, monkeypatch, "practice", "show", *v, "--json").json()["jurisdiction"]
    assert (shown["name"], shown["retention_policy_name"]) == ("Texas", CA)
    refused = cli(capsys, monkeypatch, "practice", "update", *v, "--retention-policy-name", "Pennsylvania")
    assert refused.code == 2 and "retention set" in refused.err
