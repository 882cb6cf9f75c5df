"""A client's own copy of their billing records does not say "Minimum necessary for payment":
the minimum-necessary standard does not apply to a disclosure to the individual (45 CFR
164.502(b)(2)(ii)), and the client is no payer. The page says what it is for that reader;
a payer's copy keeps the payment sentence. Read back with pypdf, not with our own code."""

from __future__ import annotations

from pathlib import Path

from tests.core import disclosure_fixtures as fx
from vault_app.services import export, requests
from vault_app.services.vault import Vault

PAYMENT_SENTENCE = "Minimum necessary for payment"


def _billing_text(vault: Vault, tmp_path: Path, name: str, **req: object) -> str:
    out = tmp_path / f"{name}.pdf"
    export.export(vault, fx.request(kind="billing", **req), out=out, password=fx.PASSWORD)  # type: ignore[arg-type]
    return " ".join(fx.pdf_text(out))


def test_the_client_s_own_billing_copy_says_what_it_is_for_them(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=2)
    asked = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(2),
                                 description="copy of my billing records")
    text = _billing_text(vault, tmp_path, "own", client_id=chart.client_id, note_ids=tuple(chart.sessions),
                         basis="client_access", evidence={"request_id": asked.id},
                         recipient=fx.Recipient("Alex Testclient", "home"), purpose="at the request of the individual")
    assert "F41.1" in text  # the billing table is there
    assert "Minimum necessary" not in text and "for payment" not in text
    assert "Your billing records" in text


def test_a_payer_s_copy_keeps_the_payment_sentence(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=1)
    text = _billing_text(vault, tmp_path, "payer", client_id=chart.client_id, note_ids=tuple(chart.sessions),
                         basis="payment", recipient=fx.Recipient("Acme Health Plan", "PO Box 1"), purpose="claim")
    assert PAYMENT_SENTENCE in text and "Your billing records" not in text
