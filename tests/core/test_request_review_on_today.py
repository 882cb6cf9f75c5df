"""A parent's access request for a minor's records, then the parent is declined as the client's personal
representative (or recorded as not allowed to sign): the request needs the therapist's review
(domain/request_requester_review). Found: only the Requests window said so; Today's figures
(services/dashboard.summary, services/today) counted it as an ordinary request, or not at all while its
date was weeks away, and the worklist listed it as one among the due. Each now has it first, with why,
counted once. Real vault, real services, the real CLI."""

from __future__ import annotations

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.services import clients, dashboard, guardians, practice, requests, today, worklist
from vault_app.services.vault import Vault


def asked_then_declined(vault: Vault) -> tuple[str, str, str]:
    """A mother's request for her 15-year-old's records made three days ago, then she was declined as the
    client's personal representative (45 CFR 164.502(g)(5)); and another client's own request due in two
    days. (A client come of age since is answered themself: no review, domain/who_acts.CLIENT_HOLDS_THE_RIGHT.)"""
    fx.set_practice(vault)
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 14})
    teen = clients.create_client(vault, "Maya Lopez", date_of_birth=fx.born_years_ago(15)).client_id
    mother = guardians.add_guardian(vault, teen, "Ana Lopez", authority="parent", relationship="mother")
    asked = requests.add_request(vault, teen, kind="access", received_on=fx.days_ago(3),
                                 guardian_id=mother.guardian_id)
    guardians.update_guardian(vault, teen, mother.guardian_id, declined_on=fx.today(),
                              declined_reason="reasonable belief of endangerment")
    adult = clients.create_client(vault, "Sam Carter", date_of_birth="1980-01-02").client_id
    plain = requests.add_request(vault, adult, kind="access", received_on=fx.days_ago(28))
    return teen, asked.id, plain.id


def test_today_counts_it_first_and_once(vault: Vault) -> None:
    _teen, rid, plain = asked_then_declined(vault)
    data = dashboard.summary(vault, on=fx.today())
    assert [(r.request_id, r.review) for r in data.requests_needing_review] == [(rid, "declined")]
    assert [r.request_id for r in data.requests_due_soon] == [plain], "27 days left: not due soon, yet listed"
    assert data.attention_count == 2
    day = today.today(vault)
    assert [r.request_id for r in day.requests_needing_review] == [rid]
    assert [r.request_id for r in day.requests_overdue + day.requests_due_soon] == [plain], "counted once"
    assert all(day.charts.get(r.client_id) for r in day.requests_needing_review), "named by chart number"


def test_the_worklist_lists_it_first_with_why(vault: Vault) -> None:
    _teen, rid, plain = asked_then_declined(vault)
    listed = worklist.build(vault).section("requests_due")
    assert [(i.item_id, i.review) for i in listed] == [(rid, "declined"), (plain, "")]


def test_one_due_soon_is_listed_once_needing_review(vault: Vault) -> None:
    """Due in two days as well as needing review: first, once, not again among the due."""
    fx.set_practice(vault)
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 14})
    teen = clients.create_client(vault, "Maya Lopez", date_of_birth=fx.born_years_ago(15)).client_id
    father = guardians.add_guardian(vault, teen, "Ned Roe", authority="parent", relationship="father")
    rid = requests.add_request(vault, teen, kind="access", received_on=fx.days_ago(28),
                               guardian_id=father.guardian_id).id
    guardians.update_guardian(vault, teen, father.guardian_id, may_authorize=False)
    data = dashboard.summary(vault, on=fx.today())
    assert [r.request_id for r in data.requests_needing_review] == [rid]
    assert data.attention_count == 1
    day = today.today(vault)
    assert (day.requests_overdue, day.requests_due_soon) == ([], [])
    assert [(i.item_id, i.review) for i in worklist.build(vault).section("requests_due")] == [
        (rid, "limited_authority")]


def test_the_dashboard_command_says_it(vault: Vault, capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    _teen, rid, _plain = asked_then_declined(vault)
    folder = vault.folder
    vault.lock()
    shown = cli(capsys, monkeypatch, "dashboard", "--vault", str(folder))
    assert shown.code == 0, shown.err
    lines = shown.out.splitlines()
    head = lines.index("Requests needing review:")
    assert head < lines.index("Overdue requests:")
    line = lines[head + 1]
    assert rid in line and "needs review: the requester was declined as representative" in line, line
    data = cli(capsys, monkeypatch, "dashboard", "--json", "--vault", str(folder)).json()
    assert [(r["request_id"], r["review"]) for r in data["requests_needing_review"]] == [
        (rid, "declined")]
