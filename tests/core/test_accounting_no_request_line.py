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
    accounting.produce(vault, chart.client_id, out=out, password=fx.PASSWORD)
    text = _words(out)
    assert "Request received none recorded (made without a request)" in text, text
    assert "Request received -" not in text, text


def test_the_day_of_the_request_given_is_said_as_given(vault: Vault, tmp_path: Path) -> None:
    """The day the client asked, given without a request recorded (`--as-of`, the window's
    "Request received"): the six years ran back from it, and the page said "none recorded" beside
    a period ending on it (round 46, seen in the real app)."""
    chart = fx.make_chart(vault, n=1)
    out = tmp_path / "accounting.pdf"
    accounting.produce(vault, chart.client_id, out=out, password=fx.PASSWORD, as_of=AS_OF, since=FIRST)
    text = _words(out)
    assert f"Request received {AS_OF.isoformat()} (as given; not recorded as a request)" in text, text
    assert "none recorded" not in text, text
