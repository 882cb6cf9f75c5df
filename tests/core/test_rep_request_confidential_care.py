"""A request made by a representative not recorded in the chart (`request add --requester NAME --claim
parent`, `--by-representative`, the Record a request window's typed-in requester) for a minor whose chart
records a parent's agreement to a confidential relationship about the care (45 CFR 164.502(g)(3)(i)(C);
services/care_confidentiality.py). A recorded parent was refused already; a typed-in one was recorded and
could then be given the copy. Now held to the same rule (domain/representatives
"confidential_care_agreement"), on the request's day of receipt. Table-driven both sides; a real vault;
the command line in process."""

from __future__ import annotations

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain.errors import ExitCode, RefusedByPolicy
from vault_app.services import care_confidentiality, clients, guardians, requests
from vault_app.services.vault import Vault

AGREED_DAYS_AGO = 30


def _minor(vault: Vault, *, age: int = 15, agreed: bool = True) -> str:
    chart = fx.make_chart(vault, n=1, date_of_birth=fx.born_years_ago(age))
    clients.update_client(vault, chart.client_id, care_consented_by="guardian")  # the parent consented to the care
    mother = guardians.add_guardian(vault, chart.client_id, "Ana Reyes", authority="parent", relationship="mother")
    if agreed:
        care_confidentiality.record_agreement(vault, chart.client_id, fx.days_ago(AGREED_DAYS_AGO),
                                              mother.guardian_id)
    return chart.client_id


ROWS = [
    # age, agreement recorded, days ago received, what the request says of its maker, refused
    (15, True, 0, {"requester_name": "Luis Reyes", "requester_claim": "parent"}, True),
    (15, True, 0, {"requester_name": "Luis Reyes"}, True),  # a name and no claim: a minor's representative
    (15, True, 0, {"by_representative": True}, True),
    (15, True, AGREED_DAYS_AGO, {"requester_name": "Luis Reyes", "requester_claim": "parent"}, True),  # that day
    (15, True, AGREED_DAYS_AGO + 5, {"requester_name": "Luis Reyes", "requester_claim": "parent"}, False),  # before
    (15, False, 0, {"requester_name": "Luis Reyes", "requester_claim": "parent"}, False),  # no agreement
    (15, True, 0, {}, False),  # the minor's own request
    (15, True, 0, {"requester_name": "Luis Reyes", "requester_claim": "health_care_poa"}, False),  # not a parent's
]


@pytest.mark.parametrize(("age", "agreed", "received_ago", "made", "refused"), ROWS)
def test_a_typed_in_parents_request_is_checked_against_the_agreement(
        vault: Vault, age: int, agreed: bool, received_ago: int, made: dict[str, object], refused: bool) -> None:
    client_id = _minor(vault, age=age, agreed=agreed)
    received = fx.days_ago(received_ago)
    if not refused:
        requests.add_request(vault, client_id, kind="access", received_on=received, **made)  # type: ignore[arg-type]
        return
    with pytest.raises(RefusedByPolicy, match=r"164\.502\(g\)\(3\)\(i\)\(C\)") as caught:
        requests.add_request(vault, client_id, kind="access", received_on=received, **made)  # type: ignore[arg-type]
    assert caught.value.code == "representative.confidential_care"
    assert "form was signed" not in str(caught.value) and "request the client's records" in str(caught.value)
    assert requests.list_requests(vault, client_id=client_id) == [], "nothing recorded"


def test_the_recorded_parent_is_refused_by_the_same_rule(vault: Vault) -> None:
    client_id = _minor(vault)
    mother = clients.get_client(vault, client_id).guardians[0]
    with pytest.raises(RefusedByPolicy) as caught:
        requests.add_request(vault, client_id, kind="access", received_on=fx.today(), guardian_id=mother.guardian_id)
    assert caught.value.code == "representative.confidential_care"


def test_cli_request_add_with_a_typed_in_parent_is_refused(vault: Vault, capsys: pytest.CaptureFixture[str],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    client_id = _minor(vault)
    folder = vault.folder
    vault.lock()
    run = cli(capsys, monkeypatch, "request", "add", "--vault", str(folder), "--client", client_id, "--kind",
              "access", "--requester", "Luis Reyes", "--claim", "parent", "--received-on", fx.today().isoformat())
    assert run.code == ExitCode.REFUSED, run.out + run.err
    assert "confidential relationship" in run.err and "164.502(g)(3)(i)(C)" in run.err
