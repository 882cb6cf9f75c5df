"""A disclosure made after its authorization was revoked (or its expiration event occurred), as the
accounting of disclosures prints it. Found in the real app: "Basis: authorization A-39512004", an
internal id the client cannot use, read as if the disclosure was authorized. The line says what the
authorization was (signed when, to whom, for what) and the day it had been revoked or had expired
(45 CFR 164.508(b)(5), (b)(2)(i)). A disclosure made before the revocation keeps its plain basis."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.core import disclosure_fixtures as fx
from vault_app.services import accounting, authorizations, export
from vault_app.services.vault import Vault


def _us(d: date) -> str:
    """A day as an English page sent out writes it (ISO 8601: document_dates.sent_day)."""
    return d.isoformat()


def test_a_disclosure_after_the_revocation_names_the_authorization_and_the_day_it_was_revoked(
        vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=3)
    auth = fx.add_auth(vault, chart.client_id)
    before = export.export(vault, fx.request(chart.client_id, authorization_id=auth.id,
                                             note_ids=(chart.progress[0],), on=fx.days_ago(6)),
                           out=tmp_path / "before.pdf", password=fx.PASSWORD)
    export.export(vault, fx.request(chart.client_id, authorization_id=auth.id, note_ids=(chart.progress[2],),
                                    on=fx.days_ago(2)), out=tmp_path / "after.pdf", password=fx.PASSWORD)
    # The written revocation arrived three days ago; recorded only now.
    authorizations.revoke(vault, auth.id, received_on=fx.days_ago(3))
    out = tmp_path / "accounting.pdf"
    report = accounting.produce(vault, chart.client_id, out=out, password=fx.PASSWORD)
    text = " ".join(fx.pdf_text(out))
    # Only the disclosure made before the revocation still reads as made under it.
    assert text.count(f"Basis: authorization {auth.id}") == 1
    assert auth.signed_on is not None
    assert (f"Basis claimed: the authorization signed {_us(auth.signed_on)} for disclosure to "
            f"{fx.RECIPIENT.name} for {fx.PURPOSE}; it had been revoked on {_us(fx.days_ago(3))}, before this "
            "disclosure, so it did not cover it (45 CFR 164.508(b)(5))") in text
    # The one made before the revocation relied on it: listed apart, as under an authorization.
    assert [x.first.disclosure_id for x in report.accounting.excluded] == [before.disclosure_id]
    assert "under the client's authorization" in text
    assert [(e.recipient, e.day, e.ended.how, e.ended.ended_on) for e in report.ended_bases] == [
        (fx.RECIPIENT.name, fx.days_ago(2), "revoked", fx.days_ago(3))]
    data = accounting.verify_embedded(out, fx.PASSWORD, vault.public_key)
    assert data["entries"][0]["authorization_ended"] == {"how": "revoked", "on": fx.days_ago(3).isoformat(),
                                                         "signed_on": auth.signed_on.isoformat()}


def test_a_disclosure_after_the_expiration_event_says_the_authorization_had_expired(
        vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=3)
    auth = fx.add_auth(vault, chart.client_id, expires_on=None, expiration_event="end of treatment")
    export.export(vault, fx.request(chart.client_id, authorization_id=auth.id, note_ids=(chart.progress[2],),
                                    on=fx.days_ago(2)), out=tmp_path / "after.pdf", password=fx.PASSWORD)
    authorizations.record_expiration_event(vault, auth.id, occurred_on=fx.days_ago(4))
    out = tmp_path / "accounting.pdf"
    report = accounting.produce(vault, chart.client_id, out=out, password=fx.PASSWORD)
    text = " ".join(fx.pdf_text(out))
    assert f"authorization {auth.id}" not in text
    assert (f"it had expired on {_us(fx.days_ago(4))} when its expiration event occurred (end of treatment), "
            "before this disclosure, so it did not cover it (45 CFR 164.508(b)(2)(i))") in text
    assert [e.ended.how for e in report.ended_bases] == ["expired"]
