"""The copy a parent receives of a minor old enough to consent whose chart does not say who consented to the
care (Cal. HSC 123115(a)(1); 45 CFR 164.502(g)(3)(i)). Found by a walker: `request copy` of the mother's
request for her 15-year-old printed "Made… granted" and nothing else, while `export --check-only` said in
one line that the question is open; the copy told the mother "This is your own health information". Now
`request copy` says the same line, and the copy says it is the client's. Real vault, real PDFs, the
command line in process."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.services import clients, guardians, practice, requests
from vault_app.services.vault import Vault

OPEN = "who consented"


@pytest.mark.parametrize(("consented_by", "said"), [("", True), ("guardian", False)])
def test_request_copy_to_the_mother_says_the_open_question(
        vault: Vault, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        consented_by: str, said: bool) -> None:
    chart = fx.make_chart(vault, n=2, date_of_birth=fx.born_years_ago(15))
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 12})
    if consented_by:
        clients.update_client(vault, chart.client_id, care_consented_by=consented_by)
    mother = guardians.add_guardian(vault, chart.client_id, "Ana Reyes", authority="parent", relationship="mother")
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.today(),
                             guardian_id=mother.guardian_id)
    folder = vault.folder
    vault.lock()
    out = tmp_path / "copy"
    out.mkdir()
    run = cli(capsys, monkeypatch, "request", "copy", q.id, "--folder", str(out), "--vault", str(folder),
              env={"VAULT_APP_PDF_PASSWORD": fx.PASSWORD})
    assert run.code == 0, run.err
    assert (OPEN in run.out.lower()) is said, run.out
    made = sorted(out.iterdir())
    assert made
    text = " ".join(" ".join(fx.pdf_text(p)) for p in made)
    assert "your own health information" not in text and "the client's health information" in text
