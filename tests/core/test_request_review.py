"""Denial grounds matched to the requester (45 CFR 164.524(a)(3)(iii)) and the review of a reviewable
denial (164.524(a)(4), (d)(4)): the rule tables, then the services and the CLI on a real vault."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain.errors import RefusedByPolicy
from vault_app.domain.request_review import review_problems
from vault_app.domain.requests import ClientRequest, grounds_for, mismatched_grounds
from vault_app.services import disclosure_gate, request_reviews, requests
from vault_app.services.vault import Vault

# (ground, citation, made by a representative, fits)
GROUND_ROWS = [
    ("representative_harm", "45 CFR 164.524(a)(3)(iii)", True, True),
    ("representative_harm", "45 CFR 164.524(a)(3)(iii)", False, False),
    ("endangerment", "45 CFR 164.524(a)(3)(i)", False, True),
    ("harm_to_other_person", "45 CFR 164.524(a)(3)(ii)", True, True),
    ("psychotherapy_notes", "45 CFR 164.524(a)(1)(i)", False, True),
]


@pytest.mark.parametrize(("code", "citation", "by_rep", "fits"), GROUND_ROWS,
                         ids=[f"{r[0]} rep={r[2]}" for r in GROUND_ROWS])
def test_ground_table(code: str, citation: str, by_rep: bool, fits: bool) -> None:
    (ground,) = grounds_for("access", [code])
    assert ground.citation == citation
    problems = mismatched_grounds([ground], by_rep)
    assert (problems == []) is fits
    if problems:
        assert citation in problems[0]


DENIED = ClientRequest("R1", "c1", "access", date(2026, 10, 1), status="denied", decided_on=date(2026, 10, 5),
                       grounds=("endangerment",))
# (citation, request, reviewer, license, took no part, the problem's words or "" when allowed)
REVIEW_ROWS = [
    ("45 CFR 164.524(a)(4)", DENIED, "Dr. Sam Reviewer", "PSY 12345 CA", True, ""),
    ("45 CFR 164.524(a)(4)", DENIED, "Jordan Lee", "LCSW 1", True, "You denied the request"),
    ("45 CFR 164.524(a)(4)", DENIED, "Dr. Sam Reviewer", "", True, "licensed health care professional"),
    ("45 CFR 164.524(a)(4)", DENIED, "Dr. Sam Reviewer", "PSY 12345 CA", False, "not have taken part"),
    ("45 CFR 164.524(a)(1)-(2)", replace(DENIED, grounds=("psychotherapy_notes",)), "Dr. Sam Reviewer",
     "PSY 12345 CA", True, "not reviewable"),
    ("45 CFR 164.524(a)(4)", replace(DENIED, status="open", decided_on=None), "Dr. Sam Reviewer", "PSY 1", True,
     "not a denied access request"),
]


@pytest.mark.parametrize(("citation", "denial", "reviewer", "license_", "no_part", "says"), REVIEW_ROWS,
                         ids=[f"{r[0]} {r[5] or 'allowed'}" for r in REVIEW_ROWS])
def test_review_table(citation: str, denial: ClientRequest, reviewer: str, license_: str, no_part: bool,
                      says: str) -> None:
    problems = review_problems(denial, reviewer_name=reviewer, reviewer_license=license_, took_no_part=no_part,
                               denier="Jordan Lee", requested_on=date(2026, 10, 6), already_reviewed=False)
    if not says:
        assert problems == []
        return
    text = " ".join(problems)
    assert says in text and citation in text


def test_representative_ground_only_for_a_representative_request(vault: Vault) -> None:
    chart = fx.make_chart(vault, n=1)
    own = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(5))
    with pytest.raises(RefusedByPolicy, match=r"164\.524\(a\)\(3\)\(iii\)"):
        requests.deny_request(vault, own.id, grounds=["representative_harm"])
    assert requests.get_request(vault, own.id).status == "open", "nothing changed"
    by_rep = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(5),
                                  by_representative=True)
    denied, letter = requests.deny_request(vault, by_rep.id, grounds=["representative_harm"])
    assert denied.status == "denied" and "right to a review" in letter.text()


def test_review_is_referred_decided_notified_and_acted_on(vault: Vault) -> None:
    chart = fx.make_chart(vault, n=1)
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(40))
    requests.deny_request(vault, q.id, grounds=["endangerment"], decided_on=fx.days_ago(35))
    with pytest.raises(RefusedByPolicy, match="You denied the request"):
        request_reviews.request_review(vault, q.id, requested_on=fx.days_ago(34), reviewer_name="Jordan Lee, LCSW",
                                       reviewer_license="LCSW 1", took_no_part=True)
    review = request_reviews.request_review(
        vault, q.id, requested_on=fx.days_ago(34), reviewer_name="Dr. Sam Reviewer",
        reviewer_license="PSY 12345 CA", took_no_part=True, referred_on=fx.days_ago(33))
    assert review.due_on == fx.days_ago(3)
    assert [r.review_id for r in request_reviews.overdue_reviews(vault)] == [review.review_id]

    access = fx.request(chart.client_id, note_ids=(chart.progress[0],), basis="client_access",
                        evidence={"request_id": q.id})
    assert not disclosure_gate.check(vault, access).allowed
    decided, letter = request_reviews.decide_review(vault, q.id, decision="reversed", decided_on=fx.today())
    assert decided.decision == "reversed" and request_reviews.overdue_reviews(vault) == []
    assert "Dr. Sam Reviewer" in letter.text() and "did not take part" in letter.text()
    assert [k["kind"] for k in requests.letters(vault, q.id)] == ["access-denial", "review-decision"]
    assert disclosure_gate.check(vault, access).allowed, "the practice acts on the reviewer's decision"
    logged = [e.payload for e in vault.ledger.entries() if e.kind == "request.review_decided"]
    assert logged[0]["late"] is True and "Reviewer" not in str(logged)
    with pytest.raises(RefusedByPolicy, match="already decided"):
        request_reviews.decide_review(vault, q.id, decision="upheld")


def test_cli_review(vault: Vault, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                    tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=1)
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(10))
    requests.deny_request(vault, q.id, grounds=["harm_to_other_person"], decided_on=fx.days_ago(8))
    folder = str(vault.folder)
    vault.lock()
    v = ["--vault", folder]
    missing = cli(capsys, monkeypatch, "request", "review", *v, q.id, "--requested-on", fx.days_ago(7).isoformat(),
                  "--reviewer", "Dr. Sam Reviewer", "--reviewer-license", "PSY 12345 CA")
    assert missing.code == 6 and "not have taken part" in missing.err
    referred = cli(capsys, monkeypatch, "request", "review", *v, q.id, "--requested-on", fx.days_ago(7).isoformat(),
                   "--reviewer", "Dr. Sam Reviewer", "--reviewer-license", "PSY 12345 CA", "--took-no-part",
                   "--referred-on", fx.today().isoformat(), "--due-days", "14", "--json")
    assert referred.code == 0, referred.err
    assert referred.json()["due_on"] == (fx.today() + timedelta(days=14)).isoformat()
    decided = cli(capsys, monkeypatch, "request", "review-decide", *v, q.id, "--decision", "upheld")
    assert decided.code == 0 and "upheld the denial" in decided.out


def test_dashboard_lists_open_reviews(vault: Vault) -> None:
    from vault_app.services import dashboard

    chart = fx.make_chart(vault, n=1)
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(10))
    requests.deny_request(vault, q.id, grounds=["endangerment"], decided_on=fx.days_ago(9))
    assert dashboard.summary(vault, on=fx.today()).reviews_open == []
    review = request_reviews.request_review(vault, q.id, requested_on=fx.days_ago(8), reviewer_name="Dr. Sam R",
                                            reviewer_license="PSY 1", took_no_part=True, due_days=5,
                                            referred_on=fx.days_ago(8))
    # The day pinned (fx.today(), taken when the tests were collected): a run that crosses
    # midnight would otherwise count days_left from the app's new day.
    (item,) = dashboard.summary(vault, on=fx.today()).reviews_open
    assert item.review_id == review.review_id and item.days_left == -3


# (citation, the practice's clinician as recorded, the reviewer as typed, refused) — found by a walker:
# "Wren Puddlefoot" reviewed the denial of "Dr. Wren Puddlefoot (demo)", the check wanting the whole
# recorded name inside the typed one.
SAME_PERSON_ROWS = [
    ("45 CFR 164.524(a)(4)", "Dr. Wren Puddlefoot (demo)", "Wren Puddlefoot", True),
    ("45 CFR 164.524(a)(4)", "Dr. Jordan Lee", "Jordan Lee, PhD", True),
    ("45 CFR 164.524(a)(4)", "Jordan Lee, LCSW", "Dr. Jordan A. Lee", True),
    ("45 CFR 164.524(a)(4)", "Dr. Jordan Lee", "Dr. Sam Reviewer", False),
    ("45 CFR 164.524(a)(4)", "Dr. Jordan Lee", "Jordan Leeson", False),
]


@pytest.mark.parametrize(("citation", "denier", "reviewer", "refused"), SAME_PERSON_ROWS,
                         ids=[f"{r[1]} / {r[2]}" for r in SAME_PERSON_ROWS])
def test_the_denier_is_known_as_reviewer_however_written(citation: str, denier: str, reviewer: str,
                                                         refused: bool) -> None:
    problems = review_problems(DENIED, reviewer_name=reviewer, reviewer_license="PSY 12345 CA", took_no_part=True,
                               denier=denier, requested_on=date(2026, 10, 6), already_reviewed=False)
    assert bool(problems) is refused
    if refused:
        assert "You denied the request" in problems[0] and citation in problems[0]
