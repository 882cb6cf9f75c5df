"""One complete open export, two authorizations worded differently (wclose F10).

A psychotherapy-notes authorization is a form of its own (45 CFR 164.508(b)(3)(ii)) stating its own
purpose (164.508(c)(1)(iv)); the export checked it against the chart's one purpose and left the
notes out ("does not list this purpose"), though the client authorized them. Their part now goes
under its own purpose, said in the ledger, the file's cover, the CLI and the result."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain.disclosure_basis import LegalBasis
from vault_app.services import export
from vault_app.services.open_export import open_export
from vault_app.services.vault import Vault

CHART_PURPOSE = "continuity of care: transfer to new therapist"
PSY_PURPOSE = "transfer to new therapist"


def _two_forms(vault: Vault) -> tuple[fx.Chart, str, str]:
    chart = fx.make_chart(vault, n=2, with_psychotherapy=True)
    auth = fx.add_auth(vault, chart.client_id, purposes=[CHART_PURPOSE], description="The record, for transfer")
    psy = fx.add_auth(vault, chart.client_id, covers=["psychotherapy"], purposes=[PSY_PURPOSE],
                      description="Psychotherapy notes, for transfer")
    return chart, auth.id, psy.id


def test_the_psychotherapy_part_goes_under_its_own_authorizations_purpose(psy_vault: Vault, tmp_path: Path) -> None:
    chart, auth_id, psy_id = _two_forms(psy_vault)
    out = tmp_path / "chart.pdf"
    result = open_export(psy_vault, chart.client_id, recipient=fx.RECIPIENT, purpose=CHART_PURPOSE,
                         basis=LegalBasis("authorization", {}, auth_id), out=out, password=fx.PASSWORD,
                         psychotherapy_basis=LegalBasis("authorization", {}, psy_id), psychotherapy_purpose=PSY_PURPOSE)
    assert result.psychotherapy_notes == 2 and result.psychotherapy_left_out == ""
    assert result.psychotherapy_purpose == PSY_PURPOSE
    logged = {r.disclosure_id: r for r in export.disclosures(psy_vault, chart.client_id)}
    assert [(logged[i].kind, logged[i].purpose) for i in result.disclosure_ids] == [
        ("progress", CHART_PURPOSE), ("psychotherapy", PSY_PURPOSE)]
    cover = fx.pdf_text(out)[0]
    assert CHART_PURPOSE in cover and f"psychotherapy notes: {PSY_PURPOSE}" in cover


def test_without_its_own_purpose_the_charts_purpose_is_checked_as_before(psy_vault: Vault, tmp_path: Path) -> None:
    chart, auth_id, psy_id = _two_forms(psy_vault)
    result = open_export(psy_vault, chart.client_id, recipient=fx.RECIPIENT, purpose=CHART_PURPOSE,
                         basis=LegalBasis("authorization", {}, auth_id), out=tmp_path / "c.pdf", password=fx.PASSWORD,
                         psychotherapy_basis=LegalBasis("authorization", {}, psy_id))
    assert result.psychotherapy_notes == 0 and "does not list this purpose" in result.psychotherapy_left_out
    assert result.psychotherapy_purpose == ""


def test_cli_psychotherapy_purpose(psy_vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    chart, auth_id, psy_id = _two_forms(psy_vault)
    folder = str(psy_vault.folder)
    psy_vault.lock()
    monkeypatch.setenv("VAULT_APP_PDF_PASSWORD", fx.PASSWORD)
    done = cli(capsys, monkeypatch, "open-export", "--vault", folder, "--client", chart.client_id, "--recipient",
               fx.RECIPIENT.name, "--purpose", CHART_PURPOSE, "--authorization", auth_id,
               "--psychotherapy-authorization", psy_id, "--psychotherapy-purpose", PSY_PURPOSE,
               "--out", str(tmp_path / "x.pdf"))
    assert done.code == 0, done.out + done.err
    assert "2 psychotherapy notes" in done.out
    assert f"psychotherapy notes under the purpose: {PSY_PURPOSE}" in done.out


def test_cli_psychotherapy_purpose_without_their_authorization_is_refused_plainly(
        vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    chart = fx.make_chart(vault, n=1)
    auth = fx.add_auth(vault, chart.client_id)
    folder = str(vault.folder)
    vault.lock()
    monkeypatch.setenv("VAULT_APP_PDF_PASSWORD", fx.PASSWORD)
    out = tmp_path / "x.pdf"
    refused = cli(capsys, monkeypatch, "open-export", "--vault", folder, "--client", chart.client_id, "--recipient",
                  fx.RECIPIENT.name, "--purpose", fx.PURPOSE, "--authorization", auth.id,
                  "--psychotherapy-purpose", PSY_PURPOSE, "--out", str(out))
    assert refused.code != 0 and "--psychotherapy-authorization" in refused.out + refused.err
    assert "Traceback" not in refused.err and not out.exists()
