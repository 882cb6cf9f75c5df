"""Amendments: the recipients of an amended note identified from the ledger and recorded as informed
(45 CFR 164.526(c)(3)); a request naming a psychotherapy note recorded and answered in writing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain.amendment_notice import recipients_to_inform
from vault_app.domain.disclosure import DisclosureRecord, Recipient
from vault_app.domain.errors import InvalidInput, RefusedByPolicy
from vault_app.services import amendment_notices, export, request_amendments, requests
from vault_app.services.vault import Vault


def _rec(did: str, recipient: str, items: tuple[str, ...], *, delivered: bool = True,
         hidden: bool = False) -> DisclosureRecord:
    return DisclosureRecord(did, "c1", date(2026, 1, 5), Recipient(recipient), "d", "p", "authorization", "s", None,
                            False, "", "progress", items, delivered=delivered, hidden_from_client=hidden)


# (citation, disclosures, amended notes, recipients to inform)
ROWS = [
    ("45 CFR 164.526(c)(3)(ii)", [_rec("D1", "Dr. Rivera", ("n1",))], ("n1",), ["Dr. Rivera"]),
    ("45 CFR 164.526(c)(3)(ii)", [_rec("D1", "Dr. Rivera", ("n2",))], ("n1",), []),
    ("45 CFR 164.526(c)(3)(ii)", [_rec("D1", "Dr. Rivera", ("n1",), delivered=False)], ("n1",), []),
    ("45 CFR 164.526(c)(3)(ii)", [_rec("D1", "Dr. Rivera", ("n1",)), _rec("D2", "dr.  rivera", ("n1", "n3"))],
     ("n1",), ["Dr. Rivera"]),
    ("45 CFR 164.528(a)(1)(vi)", [_rec("D1", "Agency", ("n1",), hidden=True)], ("n1",), []),
]


@pytest.mark.parametrize(("citation", "records", "notes", "expected"), ROWS, ids=[f"{r[0]} {i}" for i, r in
                                                                                 enumerate(ROWS)])
def test_recipients_table(citation: str, records: list[DisclosureRecord], notes: tuple[str, ...],
                          expected: list[str]) -> None:
    assert [t.recipient for t in recipients_to_inform(records, notes)] == expected


def test_accepted_amendment_recipients_identified_and_informed(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=2)
    auth = fx.add_auth(vault, chart.client_id)
    export.export(vault, fx.request(chart.client_id, note_ids=(chart.progress[0],), authorization_id=auth.id),
                  out=tmp_path / "x.pdf", password=fx.PASSWORD)
    q = requests.add_request(vault, chart.client_id, kind="amendment", received_on=fx.days_ago(3),
                             note_ids=(chart.progress[0],))
    with pytest.raises(RefusedByPolicy, match="accepted amendment"):
        amendment_notices.recipients(vault, q.id)
    request_amendments.accept_amendment(vault, q.id, text="Corrected: the date of the incident was March 3.")
    (to_inform,) = amendment_notices.recipients(vault, q.id)
    assert to_inform.recipient == fx.RECIPIENT.name and to_inform.informed_on is None
    accepted = [e.payload for e in vault.ledger.entries(kinds=("amendment.accepted",))]
    assert accepted[0]["to_inform_disclosure_ids"] == list(to_inform.disclosure_ids)

    with pytest.raises(InvalidInput, match="named-by-client"):
        amendment_notices.record_informed(vault, q.id, recipient="Someone Else", informed_on=fx.today(),
                                          client_agreed=True)
    amendment_notices.record_informed(vault, q.id, recipient=fx.RECIPIENT.name, informed_on=fx.today(),
                                      client_agreed=True)
    amendment_notices.record_informed(vault, q.id, recipient="School counselor", informed_on=fx.today(),
                                      named_by_client=True, client_agreed=True)
    listed = {t.recipient: t for t in amendment_notices.recipients(vault, q.id)}
    assert listed[fx.RECIPIENT.name].informed_on == fx.today()
    assert listed["School counselor"].named_by_client  # as recorded, not lower-cased
    with pytest.raises(RefusedByPolicy, match="already recorded"):
        amendment_notices.record_informed(vault, q.id, recipient=fx.RECIPIENT.name, informed_on=fx.today(),
                                      client_agreed=True)


def test_amendment_naming_a_psychotherapy_note_is_recorded_and_answered(psy_vault: Vault) -> None:
    chart = fx.make_chart(psy_vault, n=1, with_psychotherapy=True)
    q = requests.add_request(psy_vault, chart.client_id, kind="amendment", received_on=fx.days_ago(2),
                             note_ids=(chart.psychotherapy[0],))
    assert q.note_ids == (chart.psychotherapy[0],)
    with pytest.raises(RefusedByPolicy, match=r"164\.526\(a\)\(2\)\(ii\)"):
        request_amendments.accept_amendment(psy_vault, q.id, text="Change it")
    denied, letter = requests.deny_request(psy_vault, q.id, grounds=["not_in_record_set"])
    assert denied.status == "denied" and "statement of disagreement" in letter.text()


def test_cli_recipients_and_informed(vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    chart = fx.make_chart(vault, n=1)
    auth = fx.add_auth(vault, chart.client_id)
    export.export(vault, fx.request(chart.client_id, note_ids=(chart.progress[0],), authorization_id=auth.id),
                  out=tmp_path / "x.pdf", password=fx.PASSWORD)
    q = requests.add_request(vault, chart.client_id, kind="amendment", received_on=fx.days_ago(3),
                             note_ids=(chart.progress[0],))
    request_amendments.accept_amendment(vault, q.id, text="Corrected: the date of the incident was March 3.")
    folder = str(vault.folder)
    vault.lock()
    v = ["--vault", folder]
    pending = cli(capsys, monkeypatch, "amendment", "recipients", *v, q.id)
    assert pending.code == 0 and "NOT YET INFORMED" in pending.out
    unasked = cli(capsys, monkeypatch, "amendment", "informed", *v, q.id, "--recipient", fx.RECIPIENT.name, "--on",
                  fx.today().isoformat())
    assert unasked.code != 0 and "164.526(c)(2)" in unasked.err
    done = cli(capsys, monkeypatch, "amendment", "informed", *v, q.id, "--recipient", fx.RECIPIENT.name, "--on",
               fx.today().isoformat(), "--client-agreed")
    assert done.code == 0, done.err
    after = cli(capsys, monkeypatch, "amendment", "recipients", *v, q.id, "--json").json()
    assert after[0]["informed_on"] == fx.today().isoformat()
