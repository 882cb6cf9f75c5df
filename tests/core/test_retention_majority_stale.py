"""A new age of majority (`retention set --age-of-majority`, Settings' Age of majority) can take a
parent's or guardian's authority away on the signing day of forms already on file: a parent's form signed when
the client was 19, under an age of majority of 21, no longer stands at 18 (45 CFR 164.502(g)(2)-(3)). The
commands list those forms as a new age of consent already did (kept; refused at export). Found by the date of
death's author: nothing was said."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.services import practice, retention
from vault_app.services.vault import Vault


def _parent_signed_at_nineteen(vault: Vault) -> str:
    practice.update(vault, jurisdiction={"age_of_consent_for_treatment": 18})
    retention.set_policy(vault, age_of_majority=21)
    chart = fx.make_chart(vault, n=1, date_of_birth=fx.born_years_ago(19))
    auth = fx.add_auth(vault, chart.client_id, signed_on=fx.days_ago(5), signer_name="Pat Roe",
                       signer_role="personal_representative", signer_authority="mother")
    return auth.id


def test_a_lower_age_of_majority_lists_the_parents_forms_it_leaves_without_a_signer(
        vault: Vault, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    auth_id = _parent_signed_at_nineteen(vault)
    folder: Path = vault.folder
    vault.lock()
    done = cli(capsys, monkeypatch, "retention", "set", "--age-of-majority", "18", "--vault", str(folder))
    assert done.code == 0, done.err
    assert "1 authorization on file no longer has a signer the chart lets stand" in done.out, done.out
    assert auth_id in done.out and "Pat Roe" in done.out
    back = cli(capsys, monkeypatch, "retention", "set", "--age-of-majority", "21", "--json", "--vault", str(folder))
    assert back.json()["signers_no_longer_valid"] == [], "at 21 the mother's form stands again"
    as_json = cli(capsys, monkeypatch, "retention", "set", "--age-of-majority", "18", "--json", "--vault", str(folder))
    assert as_json.json()["signers_no_longer_valid"] == [auth_id]


def test_an_age_of_majority_left_as_it_was_lists_nothing(vault: Vault, capsys: pytest.CaptureFixture[str],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    _parent_signed_at_nineteen(vault)
    folder: Path = vault.folder
    vault.lock()
    done = cli(capsys, monkeypatch, "retention", "set", "--adult-years", "8", "--json", "--vault", str(folder))
    assert done.code == 0 and done.json()["signers_no_longer_valid"] == []
    raised = cli(capsys, monkeypatch, "retention", "set", "--age-of-majority", "22", "--vault", str(folder))
    assert "no longer" not in raised.out
