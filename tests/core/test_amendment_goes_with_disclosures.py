"""A denied amendment request goes with later disclosures of its notes only when the client filed a
statement of disagreement or asked for it (45 CFR 164.526(d)(5), (d)(1)(iv)). Found by a walker:
every denied request linked to a note went with every later disclosure of it, the client's request
text and the denial printed for a recipient the client never meant to have them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain.amendment_disclosure import goes_with_disclosures, may_ask_inclusion
from vault_app.domain.errors import InvalidInput, RefusedByPolicy
from vault_app.services import amendment_inclusion, export, request_amendments, requests
from vault_app.services.vault import Vault

# kind, status, disagreement filed, client asked -> goes with later disclosures
GOES = [
    ("amendment", "denied", True, False, True),  # (d)(5)(i)
    ("amendment", "denied", False, True, True),  # (d)(5)(ii), asked
    ("amendment", "denied", True, True, True),
    ("amendment", "denied", False, False, False),  # (d)(5)(ii), not asked: found going anyway
    ("amendment", "open", False, True, False),
    ("amendment", "granted", False, False, False),  # the amendment itself is in the note (164.526(c))
    ("amendment", "withdrawn", True, False, False),
    ("access", "denied", True, True, False),
]


@pytest.mark.parametrize(("kind", "status", "filed", "asked", "goes"), GOES)
def test_the_rule(kind: str, status: str, filed: bool, asked: bool, goes: bool) -> None:
    assert goes_with_disclosures(kind=kind, status=status, disagreement_filed=filed, client_asked=asked) is goes


# kind, status, refused requester, asked already -> the ask may be recorded
ASK = [
    ("amendment", "denied", False, False, True),
    ("amendment", "denied", False, True, False),  # once
    ("amendment", "denied", True, False, False),  # not_representative: no denial of the client's
    ("amendment", "open", False, False, False),
    ("amendment", "granted", False, False, False),
    ("access", "denied", False, False, False),
]


@pytest.mark.parametrize(("kind", "status", "refused", "asked", "may"), ASK)
def test_who_may_ask(kind: str, status: str, refused: bool, asked: bool, may: bool) -> None:
    assert may_ask_inclusion(kind=kind, status=status, refused_requester=refused, asked=asked) is may


def _denied(vault: Vault, words: str) -> tuple[fx.Chart, str]:
    chart = fx.make_chart(vault, n=2)
    q = requests.add_request(vault, chart.client_id, kind="amendment", received_on=fx.days_ago(5),
                             note_ids=(chart.progress[0],), description=f"remove {words}")
    requests.deny_request(vault, q.id, grounds=["accurate_and_complete"], decided_on=fx.days_ago(3))
    return chart, q.id


def _export(vault: Vault, chart: fx.Chart, out: Path) -> tuple[export.ExportResult, str]:
    auth = fx.add_auth(vault, chart.client_id)
    result = export.export(vault, fx.request(chart.client_id, note_ids=(chart.progress[0],), authorization_id=auth.id),
                           out=out, password=fx.PASSWORD)
    return result, " ".join(fx.pdf_text(out))


def test_a_denial_without_a_statement_or_the_clients_ask_stays_out(vault: Vault, tmp_path: Path) -> None:
    chart, _rid = _denied(vault, "DENIEDWORDING")
    result, text = _export(vault, chart, tmp_path / "x.pdf")
    assert "DENIEDWORDING" not in text and "Amendment requests and statements of disagreement" not in text
    assert result.described is not None and result.described.disputes == 0
    assert "amendment request" not in result.description


def test_the_clients_ask_sends_the_request_and_denial(vault: Vault, tmp_path: Path) -> None:
    chart, rid = _denied(vault, "ASKEDWORDING")
    q = amendment_inclusion.ask_included(vault, rid, asked_on=fx.days_ago(1))
    assert q.include_asked_on == fx.days_ago(1)
    assert requests.get_request(vault, rid).include_asked_on == fx.days_ago(1)
    entry = vault.ledger.entries(kinds=("amendment.inclusion_asked",))[-1]
    assert entry.payload["request_id"] == rid and entry.payload["asked_on"] == fx.days_ago(1).isoformat()
    result, text = _export(vault, chart, tmp_path / "x.pdf")
    assert "ASKEDWORDING" in text and "Amendment requests and statements of disagreement" in text
    assert result.described is not None and result.described.disputes == 1


def test_a_statement_of_disagreement_sends_it_without_an_ask(vault: Vault, tmp_path: Path) -> None:
    chart, rid = _denied(vault, "FILEDWORDING")
    request_amendments.file_disagreement(vault, rid, text="I DISAGREEMARKER.", received_on=fx.days_ago(1))
    _result, text = _export(vault, chart, tmp_path / "x.pdf")
    assert "FILEDWORDING" in text and "DISAGREEMARKER" in text


def test_an_accepted_amendment_still_goes_with_the_note(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=1)
    q = requests.add_request(vault, chart.client_id, kind="amendment", received_on=fx.days_ago(3),
                             note_ids=(chart.progress[0],), description="wrong date")
    request_amendments.accept_amendment(vault, q.id, text="Corrected ACCEPTEDMARKER.")
    result, text = _export(vault, chart, tmp_path / "x.pdf")
    assert "ACCEPTEDMARKER" in text
    assert result.described is not None and result.described.amendments == 1


def test_the_ask_is_refused_where_it_answers_nothing(vault: Vault) -> None:
    chart = fx.make_chart(vault, n=1)
    q = requests.add_request(vault, chart.client_id, kind="amendment", received_on=fx.days_ago(3),
                             note_ids=(chart.progress[0],), description="wrong date")
    with pytest.raises(RefusedByPolicy, match="denied amendment") as refused:
        amendment_inclusion.ask_included(vault, q.id, asked_on=fx.today())
    assert refused.value.code == "request.inclusion_needs_denial"
    requests.deny_request(vault, q.id, grounds=["accurate_and_complete"])
    with pytest.raises(InvalidInput):
        amendment_inclusion.ask_included(vault, q.id, asked_on=fx.days_ago(-2))  # a day to come
    with pytest.raises(InvalidInput):
        amendment_inclusion.ask_included(vault, q.id, asked_on=fx.days_ago(30))  # before the denial
    amendment_inclusion.ask_included(vault, q.id, asked_on=fx.today())
    with pytest.raises(RefusedByPolicy) as again:
        amendment_inclusion.ask_included(vault, q.id, asked_on=fx.today())
    assert again.value.code == "request.inclusion_already"
    assert requests.get_request(vault, q.id).include_asked_on == fx.today()


def test_the_command_records_the_ask(vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    _chart, rid = _denied(vault, "CLIWORDING")
    folder = vault.folder
    vault.lock()
    v = ["--vault", str(folder)]
    done = cli(capsys, monkeypatch, "amendment", "include-with-disclosures", *v, rid, "--asked-on",
               fx.days_ago(1).isoformat())
    assert done.code == 0, done.err
    assert "go with every later disclosure" in done.out
    again = cli(capsys, monkeypatch, "amendment", "include-with-disclosures", *v, rid)
    assert again.code != 0 and "already" in again.err and "Traceback" not in again.err
    shown = cli(capsys, monkeypatch, "request", "show", *v, rid, "--json")
    assert shown.code == 0 and shown.json()["include_asked_on"] == fx.days_ago(1).isoformat()
