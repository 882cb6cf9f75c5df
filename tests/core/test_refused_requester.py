"""A representative's request the rules refuse (the mother of a 15-year-old who consented to her own
care, a parent after the client's 18th birthday) is recordable as made by her and answered refused on
the rule, with its citation, in one step (domain/refused_requester; services/request_refused;
`request add --refused`). Before: add_request refused it at entry and nothing documented that she
asked. Real vault; the command line in process."""

from __future__ import annotations

import json

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain.errors import RefusedByPolicy
from vault_app.domain.refused_requester import BASES, GROUND, answer
from vault_app.domain.representatives import RULES, RepRefusal
from vault_app.domain.who_acts import DATE_RULES
from vault_app.services import clients, guardians, practice, request_refused, requests
from vault_app.services.vault import Vault

# Every rule that refuses a request for records answers it on "not_representative"; the Part 2
# consent's rule never refuses a request, and no refusal at all is no answer.
ANSWERED = ["declined", "parent_past_majority", "minor_consented_care", "confidential_care_agreement",
            "not_yet_in_force", "authority_ended", "authority_ended_at_death", "limited_authority"]


@pytest.mark.parametrize("code", ANSWERED)
def test_each_refusal_of_a_request_is_answered_on_its_rule(code: str) -> None:
    found = answer(RepRefusal(code, "45 CFR 164.502(g)(x)", "words", "hint"))
    assert found is not None and found.ground == GROUND and found.rule == code
    assert found.citation == "45 CFR 164.502(g)(x)" and found.basis == BASES[code]


@pytest.mark.parametrize("refusal", [None, RepRefusal("minor_part2_consent", "42 CFR 2.14(a)", "w", "h"),
                                     RepRefusal("unknown_rule", "x", "w", "h")])
def test_no_answer_where_the_rules_do_not_refuse_a_request(refusal: RepRefusal | None) -> None:
    assert answer(refusal) is None


def test_the_table_names_only_rules_that_exist() -> None:
    assert set(BASES) == set(ANSWERED)
    assert set(BASES) <= {r.code for r in RULES} | {r.code for r in DATE_RULES}


def _minor_who_consented(vault: Vault) -> tuple[str, str]:
    chart = fx.make_chart(vault, n=1, date_of_birth=fx.born_years_ago(15))
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 12})
    clients.update_client(vault, chart.client_id, care_consented_by="client")
    mother = guardians.add_guardian(vault, chart.client_id, "Elena Lopez", authority="parent", relationship="mother")
    return chart.client_id, mother.guardian_id


def test_the_mothers_request_is_recorded_as_hers_and_refused_on_the_rule(vault: Vault) -> None:
    client_id, mother = _minor_who_consented(vault)
    with pytest.raises(RefusedByPolicy):  # as before: never an open request of hers
        requests.add_request(vault, client_id, kind="access", received_on=fx.today(), guardian_id=mother)
    q, letter = request_refused.add_refused_request(vault, client_id, received_on=fx.today(), guardian_id=mother)
    kept = requests.get_request(vault, q.id)
    assert kept.guardian_id == mother and kept.by_representative and kept.kind == "access"
    assert kept.status == "denied" and kept.grounds == ("not_representative",) and not kept.granted
    assert "45 CFR 164.502(g)(3)(i)" in kept.explanation and "consented to their own" in kept.explanation
    assert letter.to == "Elena Lopez" and letter.kind == "access-not-representative"
    body = letter.text()
    assert BASES["minor_consented_care"][1:] in body and "45 CFR 164.502(g)(3)(i)" in body
    assert "Alex" not in body and "15" not in body.split("Dear")[1]  # neither the client's name nor age
    assert [lt["letter_id"] for lt in requests.letters(vault, q.id)]
    with pytest.raises(RefusedByPolicy):  # never a granted access request
        requests.grant_request(vault, q.id)


def test_a_parent_of_an_adult_is_refused_on_majority(vault: Vault) -> None:
    chart = fx.make_chart(vault, n=1, date_of_birth=fx.born_years_ago(19))
    father = guardians.add_guardian(vault, chart.client_id, "Tom Lopez", authority="parent")
    q, _ = request_refused.add_refused_request(vault, chart.client_id, received_on=fx.today(),
                                               guardian_id=father.guardian_id)
    assert q.status == "denied" and "age of majority" in q.explanation


def test_a_parent_the_rules_let_ask_is_not_recorded_as_refused(vault: Vault) -> None:
    client_id, mother = _minor_who_consented(vault)
    clients.update_client(vault, client_id, care_consented_by="guardian")
    with pytest.raises(RefusedByPolicy) as caught:
        request_refused.add_refused_request(vault, client_id, received_on=fx.today(), guardian_id=mother)
    assert caught.value.code == "request.refused_not_refused"
    assert requests.list_requests(vault, client_id=client_id) == []


def test_an_unrecorded_parent_of_the_minor_too(vault: Vault) -> None:
    client_id, _ = _minor_who_consented(vault)
    q, letter = request_refused.add_refused_request(vault, client_id, received_on=fx.today(),
                                                    requester_name="Rosa Lopez", requester_claim="parent")
    assert q.status == "denied" and q.requester_name == "Rosa Lopez" and letter.to == "Rosa Lopez"


def test_request_add_refused_on_the_command_line(
        vault: Vault, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    client_id, mother = _minor_who_consented(vault)
    folder = vault.folder
    vault.lock()
    base = ("request", "add", "--kind", "access", "--client", client_id, "--received-on",
            fx.today().isoformat(), "--guardian", mother, "--vault", str(folder))
    refused = cli(capsys, monkeypatch, *base)
    assert refused.code != 0 and "add --refused" in refused.err  # the refusal says how to document it
    run = cli(capsys, monkeypatch, *base, "--refused", "--json")
    assert run.code == 0, run.err
    d = json.loads(run.out)
    assert d["status"] == "denied" and d["grounds"] == ["not_representative"] and d["guardian_id"] == mother
    assert "45 CFR 164.502(g)(3)(i)" in d["explanation"] and d["made_by"].startswith("Elena Lopez, parent")
    assert d["explanation"].count("164.502(g)(3)(i)") == 1  # printed twice before (found by a walker)
    assert d["refused_rule"] == "minor_consented_care"  # the rule by its code, for a screen in another language
    shown = cli(capsys, monkeypatch, "request", "show", d["request_id"], "--vault", str(folder))
    assert "basis: The client is 15" in shown.out and "Dear Elena Lopez," in shown.out


# --- whom the reply goes to: the requester who asked, as the request records them --------------
def test_the_reply_goes_to_the_one_who_asked_never_another_person_in_the_chart(vault: Vault) -> None:
    """The chart names the mother (refused: the minor consented to her own care) and the father; a
    request typed in as made by a parent not recorded ("Rosa Lopez") is answered to Rosa, and the
    mother's to the mother: never to the other parent the chart names, nor to the client."""
    client_id, mother = _minor_who_consented(vault)
    guardians.add_guardian(vault, client_id, "Tom Lopez", authority="parent", relationship="father")
    _q, to_rosa = request_refused.add_refused_request(vault, client_id, received_on=fx.today(),
                                                      requester_name="Rosa Lopez", requester_claim="parent")
    _q, to_mother = request_refused.add_refused_request(vault, client_id, received_on=fx.today(), guardian_id=mother)
    assert (to_rosa.to, to_mother.to) == ("Rosa Lopez", "Elena Lopez")
    for letter in (to_rosa, to_mother):
        assert "Tom Lopez" not in letter.text() and "Alex" not in letter.text()


def test_a_recorded_representative_denied_later_on_that_ground_is_answered_by_name(vault: Vault) -> None:
    """Recorded open first (the rules let the parent ask then), denied later on "not_representative"
    (a declined representative, 164.502(g)(5)): the reply went to "Sir or Madam" while the same
    parent's request recorded refused went to her by name. One rule: the requester as recorded."""
    chart = fx.make_chart(vault, n=1, date_of_birth=fx.born_years_ago(10))
    mother = guardians.add_guardian(vault, chart.client_id, "Elena Lopez", authority="parent", relationship="mother")
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.today(),
                             guardian_id=mother.guardian_id)
    _denied, letter = requests.deny_request(vault, q.id, grounds=["not_representative"], denied="all")
    assert letter.to == "Elena Lopez" and "Dear Elena Lopez," in letter.text()
    assert "Alex" not in letter.text()
