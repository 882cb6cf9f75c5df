"""The ground "not the client's personal representative" stands alone (45 CFR 164.502(g)).

Found in review: the command line took `--ground not_representative --ground endangerment` (and
`--granted` beside it), recording a denial whose grounds are the client's 164.524(a) ones and the
requester's at once, its one letter the requester's reply, or a part of the client's records
released to one with no right to them. Now the rule is domain/requests.whole_ground_refusal,
asked by the service (every caller) and by the command line before the vault is unlocked."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain.errors import ExitCode, RefusedByPolicy
from vault_app.domain.requests import whole_ground_refusal
from vault_app.services import requests
from vault_app.services.vault import Vault

NOT_REP = "not_representative"


# (grounds, something released, the refusal's code or None): both sides of the rule.
@pytest.mark.parametrize(("codes", "released", "refused"), [
    ([NOT_REP], False, None),
    ([NOT_REP, NOT_REP], False, None),  # the same ground twice is the one ground
    (["endangerment"], False, None),
    (["endangerment", "harm_to_other_person"], False, None),
    (["harm_to_other_person"], True, None),  # a 164.524(a) ground may deny a part only
    (["accurate_and_complete", "not_in_record_set"], False, None),  # amendment grounds: not this rule's
    ([NOT_REP, "endangerment"], False, "request.whole_ground_combined"),
    (["representative_harm", NOT_REP], False, "request.whole_ground_combined"),
    ([NOT_REP, "endangerment"], True, "request.whole_ground_combined"),
    ([NOT_REP], True, "request.whole_ground_partial"),
])
def test_the_ground_stands_alone(codes: list[str], released: bool, refused: str | None) -> None:
    found = whole_ground_refusal(codes, released=released)
    assert (found.code if found else None) == refused
    if found is not None:
        assert found.params["citation"] == "45 CFR 164.502(g)"
        assert NOT_REP not in found.message  # said in words, never by code


def _asked(vault: Vault) -> str:
    chart = fx.make_chart(vault, n=1, date_of_birth="1990-05-01")
    return requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(1),
                                requester_name="Grace Park", requester_claim="parent").id


@pytest.mark.parametrize(("grounds", "granted", "code"), [
    ([NOT_REP, "endangerment"], "", "request.whole_ground_combined"),
    (["harm_to_other_person", NOT_REP], "", "request.whole_ground_combined"),
    ([NOT_REP], "the billing information", "request.whole_ground_partial"),
])
def test_the_service_refuses_and_records_nothing(vault: Vault, grounds: list[str], granted: str, code: str) -> None:
    rid = _asked(vault)
    with pytest.raises(RefusedByPolicy) as refused:
        requests.deny_request(vault, rid, grounds=grounds, denied="the whole record", granted=granted)
    assert refused.value.code == code
    assert requests.get_request(vault, rid).status == "open"
    assert requests.letters(vault, rid) == []


def test_alone_it_is_still_the_requesters_reply(vault: Vault) -> None:
    rid = _asked(vault)
    denied, letter = requests.deny_request(vault, rid, grounds=[NOT_REP, NOT_REP], denied="the whole record")
    assert denied.status == "denied" and letter.kind == "access-not-representative"


def test_the_command_line_refuses_it_before_the_vault_is_unlocked(
        vault: Vault, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    rid = _asked(vault)
    folder = vault.folder
    vault.lock()
    base = ("request", "deny", rid, "--vault", str(folder), "--denied", "the whole record")
    combined = cli(capsys, monkeypatch, *base, "--ground", NOT_REP, "--ground", "endangerment")
    assert combined.code == ExitCode.REFUSED, combined.err
    assert "cannot be combined with another ground" in combined.err and "164.502(g)" in combined.err
    partial = cli(capsys, monkeypatch, *base, "--ground", NOT_REP, "--granted", "the billing information")
    assert partial.code == ExitCode.REFUSED and "denies the whole request" in partial.err, partial.err
    # Before the unlock: a wrong passphrase is never tried (no failed attempt on the vault's record).
    wrong = cli(capsys, monkeypatch, *base, "--ground", NOT_REP, "--ground", "endangerment", passphrase="not it at all")
    assert wrong.code == ExitCode.REFUSED, wrong.err
    alone = cli(capsys, monkeypatch, *base, "--ground", NOT_REP, "--json")
    assert alone.code == 0, alone.err
    assert alone.json()["status"] == "denied" and "Dear Grace Park," in alone.json()["letter"]
