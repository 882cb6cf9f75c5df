"""A parent's access request whose standing changed after it was made (recorded as not allowed to sign, or
declined under 45 CFR 164.502(g)(5)) needs the therapist's review (domain/who_acts.REQUESTER_NO_LONGER): the
copy's window said so, but `request list` and `request show` said an ordinary "open" (found by fguard, the
round's leftover). Each now says it needs review, why in plain words, and what to do: deny it as not from a
personal representative, or record the basis on which they have the records. The status rule:
domain/request_owing.status_said, with domain/request_requester_review. Real vault, the real CLI."""

from __future__ import annotations

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from tests.core.test_requester_limited_after_request import CHANGES
from vault_app.domain.request_owing import COPY_OWED, NOTHING, RELEASED, status_said
from vault_app.domain.request_requester_review import NEEDS_REVIEW, REASONS, review_needed
from vault_app.domain.who_acts import REQUESTER_WHY
from vault_app.services import guardians, practice, requests
from vault_app.services.vault import Vault

# (citation, status kept, what is owed, why the requester may no longer have it, the status said)
SAID_ROWS = [
    ("45 CFR 164.502(g)(5)", "open", NOTHING, "declined", NEEDS_REVIEW),
    ("45 CFR 164.502(g)(1), (g)(3)", "open", NOTHING, "limited_authority", NEEDS_REVIEW),
    ("45 CFR 164.502(g)(2)-(3)", "open", NOTHING, "parent_past_majority", NEEDS_REVIEW),
    ("45 CFR 164.524(b)(2)", "open", NOTHING, "", "open"),
    ("45 CFR 164.524(d)(1)", "denied", NOTHING, "declined", "denied"),  # answered: nothing to review
    ("45 CFR 164.524(d)(4)", "granted", RELEASED, "", COPY_OWED),
]


@pytest.mark.parametrize(("citation", "status", "owed", "why", "said"), SAID_ROWS,
                         ids=[f"{r[0]} {r[1]} {r[3] or 'unchanged'}" for r in SAID_ROWS])
def test_the_status_said(citation: str, status: str, owed: str, why: str, said: str) -> None:
    assert status_said(status, owed, why) == said


def test_every_reason_has_its_plain_words() -> None:
    assert set(REASONS) == set(REQUESTER_WHY)


# (kind, closed, made by a recorded representative, why, needs review?)
NEEDED_ROWS = [
    ("access", False, True, "declined", True),
    ("access", True, True, "declined", False),  # decided: the denial answered them
    ("access", False, False, "declined", False),  # the client's own request
    ("access", False, True, "", False),  # their standing unchanged
    ("amendment", False, True, "declined", False),  # only an access request gives them a copy
]


@pytest.mark.parametrize(("kind", "closed", "by_rep", "why", "needed"), NEEDED_ROWS)
def test_which_request_needs_review(kind: str, closed: bool, by_rep: bool, why: str, needed: bool) -> None:
    assert bool(review_needed(kind, closed=closed, guardian_id="G1" if by_rep else None, why=why)) is needed


def _asked_then_changed(vault: Vault, change: str) -> tuple[str, str, str]:
    chart = fx.make_chart(vault, n=1, date_of_birth=fx.born_years_ago(15))
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 14})
    father = guardians.add_guardian(vault, chart.client_id, "Ned Roe", authority="parent", relationship="father")
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(3),
                             guardian_id=father.guardian_id)
    fields = {k: (fx.today() if v == "TODAY" else v) for k, v in CHANGES[change].items()}
    guardians.update_guardian(vault, chart.client_id, father.guardian_id, **fields)
    return chart.client_id, father.guardian_id, q.id


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_list_and_show_say_it_needs_review(vault: Vault, change: str, capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    client_id, father, rid = _asked_then_changed(vault, change)
    folder = vault.folder
    vault.lock()
    v = ("--vault", str(folder))
    listed = cli(capsys, monkeypatch, "request", "list", *v)
    assert listed.code == 0, listed.err
    (line,) = [x for x in listed.out.splitlines() if x.startswith(rid)]
    why = {"may_not_sign": "may no longer sign", "declined": "declined"}[change]
    assert "needs review" in line and why in line and not line.endswith("open"), line
    data = cli(capsys, monkeypatch, "request", "list", "--json", *v).json()
    assert [d["needs_review"] for d in data] == [{"may_not_sign": "limited_authority", "declined": "declined"}[change]]
    assert data[0]["status"] == "open", "the status kept is unchanged"
    shown = cli(capsys, monkeypatch, "request", "show", rid, *v)
    assert "needs review" in shown.out.splitlines()[0]
    assert "--ground not_representative" in shown.out and "--records-access" in shown.out, shown.out
    assert cli(capsys, monkeypatch, "request", "show", rid, "--json", *v).json()["needs_review"]

    if change == "may_not_sign":  # the basis recorded: an ordinary open request again, the copy his
        run = cli(capsys, monkeypatch, "guardian", "update", client_id, father, "--records-access",
                  "custody order of 03/02/2026, s. 4", *v)
    else:  # denied as not from a personal representative: answered
        run = cli(capsys, monkeypatch, "request", "deny", rid, "--ground", "not_representative", *v)
    assert run.code == 0, run.err
    again = cli(capsys, monkeypatch, "request", "list", *v)
    (line,) = [x for x in again.out.splitlines() if x.startswith(rid)]
    assert "needs review" not in line, line
    assert cli(capsys, monkeypatch, "request", "list", "--json", *v).json()[0]["needs_review"] == ""


def test_the_clients_own_request_never_needs_review(vault: Vault, capsys: pytest.CaptureFixture[str],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    chart = fx.make_chart(vault, n=1, date_of_birth=fx.born_years_ago(15))
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 14})
    father = guardians.add_guardian(vault, chart.client_id, "Ned Roe", authority="parent", relationship="father")
    requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(3))
    guardians.update_guardian(vault, chart.client_id, father.guardian_id, may_authorize=False)
    folder = vault.folder
    vault.lock()
    listed = cli(capsys, monkeypatch, "request", "list", "--vault", str(folder))
    assert "needs review" not in listed.out and listed.out.rstrip().endswith("open"), listed.out
