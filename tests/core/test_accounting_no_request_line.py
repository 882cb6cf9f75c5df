"""An accounting of disclosures made with no request on file says so on its "Request received"
line, instead of a bare "-" (found by a walker closing a practice: "Request received -").
Real vault, real PDF, read back with pypdf."""

from __future__ import annotations

from pathlib import Path

from tests.core import disclosure_fixtures as fx
from tests.core.test_pdf_dates_practice_format import AS_OF, FIRST, _words
from vault_app.services import accounting
from vault_app.services.vault import Vault


def test_an_accounting_without_a_request_says_none_was_recorded(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=1)
    out = tmp_path / "accounting.pdf"
    accounting.produce(vault, chart.client_id, out=out, password=fx.PASSWORD, as_of=AS_OF, since=FIRST)
    text = _words(out)
    assert "Request received none recorded (made without a request)" in text, text
    assert "Request received -" not in text, text
