"""A refused representative's AMENDMENT or ACCOUNTING request is recorded as made and answered refused,
as an access request was (law6's leftover). The law reads the same: the rights to amend (45 CFR
164.526(a)(1)) and to an accounting (164.528(a)(1)) are the individual's, exercised by their personal
representative (164.502(g)(1)); one the rules refuse on the day received has none to answer. Both
sides: the domain's table, a real vault, the command line in process."""

from __future__ import annotations

import json

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain.errors import InvalidInput, RefusedByPolicy
from vault_app.domain.refused_requester import RIGHTS, right_of
from vault_app.services import clients, guardians, practice, request_amendments, request_refused, requests
from vault_app.services.vault import Vault


@pytest.mark.parametrize(("kind", "citation"), (
    ("access", "45 CFR 164.524(a)(1)"), ("amendment", "45 CFR 164.526(a)(1)"),
    ("accounting", "45 CFR 164.528(a)(1)"), ("restriction", None), ("", None),
))
def test_each_right_is_the_individuals_with_its_citation(kind: str, citation: str | None) -> None:
    assert right_of(kind) == citation
    assert set(RIGHTS) == {"access", "amendment", "accounting"}


def _minor_who_consented(vault: Vault) -> tuple[str, str]:
    chart = fx.make_chart(vault, n=1, date_of_birth=fx.born_years_ago(15))
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 12})
    clients.update_client(vault, chart.client_id, care_consented_by="client")
    mother = guardians.add_guardian(vault, chart.client_id, "Elena Lopez", authority="parent", relationship="mother")
    return chart.client_id, mother.guardian_id


@pytest.mark.parametrize(("kind", "asked"), (("amendment", "to amend"), ("accounting", "an accounting")))
def test_the_mothers_amendment_or_accounting_request_is_recorded_and_refused(vault: Vault, kind: str,
                                                                             asked: str) -> None:
    client_id, mother = _minor_who_consented(vault)
    with pytest.raises(RefusedByPolicy):  # as before: never an open request of hers
        requests.add_request(vault, client_id, kind=kind, received_on=fx.today(), guardian_id=mother)
    q, letter = request_refused.add_refused_request(vault, client_id, kind=kind, received_on=fx.today(),
                                                    guardian_id=mother)
    kept = requests.get_request(vault, q.id)
    assert kept.kind == kind and kept.guardian_id == mother and kept.status == "denied"
    assert kept.grounds == ("not_representative",) and "45 CFR 164.502(g)(3)(i)" in kept.explanation
    assert letter.to == "Elena Lopez" and letter.kind == "access-not-representative"
    assert asked in letter.text() and RIGHTS[kind] in letter.text()
    assert [lt["letter_id"] for lt in requests.letters(vault, q.id)]


def test_no_statement_of_disagreement_answers_a_refused_requesters_amendment(vault: Vault) -> None:
    client_id, mother = _minor_who_consented(vault)
    q, _letter = request_refused.add_refused_request(vault, client_id, kind="amendment", received_on=fx.today(),
                                                     guardian_id=mother)
    with pytest.raises(RefusedByPolicy) as caught:
        request_amendments.file_disagreement(vault, q.id, text="I disagree", received_on=fx.today())
    assert caught.value.code == "request.disagreement_needs_denial"


def test_a_kind_with_no_such_right_is_not_recorded_refused(vault: Vault) -> None:
    client_id, mother = _minor_who_consented(vault)
    with pytest.raises(InvalidInput):
        request_refused.add_refused_request(vault, client_id, kind="restriction", received_on=fx.today(),
                                            guardian_id=mother)


def test_a_parent_the_rules_let_ask_is_still_not_recorded_as_refused(vault: Vault) -> None:
    chart = fx.make_chart(vault, n=1, date_of_birth=fx.born_years_ago(10))
    father = guardians.add_guardian(vault, chart.client_id, "Tom Lopez", authority="parent")
    with pytest.raises(RefusedByPolicy) as caught:
        request_refused.add_refused_request(vault, chart.client_id, kind="accounting", received_on=fx.today(),
                                            guardian_id=father.guardian_id)
    assert caught.value.code == "request.refused_not_refused"


@pytest.mark.parametrize("kind", ["amendment", "accounting"])
def test_request_add_refused_on_the_command_line(vault: Vault, capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch, kind: str) -> None:
    client_id, mother = _minor_who_consented(vault)
    folder = str(vault.folder)
    vault.lock()
    base = ("request", "add", "--client", client_id, "--kind", kind, "--received-on", fx.today().isoformat(),
            "--guardian", mother, "--vault", folder)
    refused = cli(capsys, monkeypatch, *base)
    assert refused.code != 0 and "add --refused" in refused.err  # the refusal says how to document it
    run = cli(capsys, monkeypatch, *base, "--refused", "--json")
    assert run.code == 0, run.err
    d = json.loads(run.out)
    assert (d["kind"], d["status"], d["grounds"]) == (kind, "denied", ["not_representative"])
