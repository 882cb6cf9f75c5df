"""A full grant of an access request names what the chart holds that no copy here carries (the
treatment plan, attached documents) unless it was given another way (45 CFR 164.524(c)(1)).
Found by a walker (walk-NY round 36): a whole-record request closed as "granted" with the plan
never given and nothing said. Real vault, real PDFs."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from vault_app.domain.access_copy_parts import outside
from vault_app.domain.errors import InvalidInput, RefusedByPolicy
from vault_app.domain.request_given import Given, given_from_json
from vault_app.services import access_copy, access_copy_paper, attachments, plans, requests
from vault_app.services.vault import Vault


@pytest.mark.parametrize(("held", "otherwise", "named"), [
    (("treatment_plan", "attachments"), (), ("treatment_plan", "attachments")),
    (("treatment_plan", "attachments"), ("treatment_plan",), ("attachments",)),
    (("treatment_plan",), ("treatment_plan",), ()),
    ((), (), ()),
    # The parts a copy carries are never "outside" it.
    (("progress", "billing", "measures"), (), ()),
])
def test_outside(held: tuple[str, ...], otherwise: tuple[str, ...], named: tuple[str, ...]) -> None:
    assert outside(held, otherwise) == named


def test_kept_and_read_back() -> None:
    given = Given(copied=("progress",), outside=("treatment_plan",))
    assert given_from_json(given.to_json()) == given
    assert "not in this copy, not given: treatment plan" in given.sentence()
    assert "not in this copy" not in Given(copied=("progress",)).sentence()


def _request(vault: Vault, *, plan: bool, attached: bool) -> tuple[str, str]:
    fx.set_practice(vault)
    chart = fx.make_chart(vault, n=1)
    if plan:
        plans.update_plan(vault, chart.client_id, problems="Panic attacks", goals=[{"description": "Fewer attacks"}])
    if attached:
        attachments.add_attachment(vault, chart.client_id, fx.SCAN, kind="consent", filename="consent.pdf")
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(3))
    return chart.client_id, q.id


def test_a_copy_without_the_plan_and_attachments_leaves_the_request_open(vault: Vault, tmp_path: Path) -> None:
    """Closed as "granted, without" them before: a part withheld with no ground to deny it
    (164.524(c)(1), (d)(1)). The copy's parts are given; the request waits for the rest."""
    _client, rid = _request(vault, plan=True, attached=True)
    result = access_copy.grant_with_copy(vault, rid, folder=tmp_path, password=fx.PASSWORD)
    assert not result.granted and result.made and result.outside == ("treatment_plan", "attachments")
    assert "stays open: no copy made here holds the chart's treatment plan, attached documents" in result.summary()
    assert f"request paper-given {rid}" in result.summary()
    q = requests.get_request(vault, rid)
    assert q.status == "open" and q.given is None
    assert access_copy_paper.paper_pending(vault, rid) == ("treatment_plan", "attachments")


def test_the_plan_given_on_paper_later_grants_the_request(vault: Vault, tmp_path: Path) -> None:
    _client, rid = _request(vault, plan=True, attached=True)
    with pytest.raises(RefusedByPolicy) as no_copy:  # the copy first: nothing says the notes were given
        access_copy_paper.record_given_on_paper(vault, rid, ("treatment_plan", "attachments"))
    assert no_copy.value.code == "access_copy.paper_no_copy"
    access_copy.grant_with_copy(vault, rid, folder=tmp_path, password=fx.PASSWORD)
    with pytest.raises(InvalidInput) as partial:  # each part still to give is named, none left silent
        access_copy_paper.record_given_on_paper(vault, rid, ("treatment_plan",))
    assert partial.value.code == "access_copy.paper_parts" and "attached documents" in partial.value.message
    assert requests.get_request(vault, rid).status == "open"
    q = access_copy_paper.record_given_on_paper(vault, rid, ("treatment_plan", "attachments"), on=fx.days_ago(1))
    assert q.status == "granted" and q.decided_on == fx.days_ago(1)
    assert q.given is not None and "progress" in q.given.copied
    assert q.given.otherwise == ("treatment_plan", "attachments") and q.given.outside == ()
    assert "given another way: treatment plan, attached documents" in q.granted
    assert access_copy_paper.paper_pending(vault, rid) == ()


def test_given_another_way_is_recorded_and_nothing_is_named(vault: Vault, tmp_path: Path) -> None:
    _client, rid = _request(vault, plan=True, attached=True)
    result = access_copy.grant_with_copy(vault, rid, folder=tmp_path, password=fx.PASSWORD,
                                         given_otherwise=("treatment_plan", "attachments"))
    assert result.granted and result.outside == ()
    q = requests.get_request(vault, rid)
    assert q.given is not None and q.given.outside == ()
    assert q.given.otherwise == ("treatment_plan", "attachments")
    assert "given another way: treatment plan, attached documents" in q.granted


def test_a_chart_without_plan_or_attachments_is_granted_as_before(vault: Vault, tmp_path: Path) -> None:
    _client, rid = _request(vault, plan=False, attached=False)
    result = access_copy.grant_with_copy(vault, rid, folder=tmp_path, password=fx.PASSWORD)
    assert result.granted and result.outside == ()
    assert result.summary().endswith("The request is closed as granted.")
    assert "not in this copy" not in requests.get_request(vault, rid).granted


def test_the_command_line_records_the_plan_given_on_paper(
        vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.core.cli_helpers import cli

    _client, rid = _request(vault, plan=True, attached=False)
    folder = vault.folder
    vault.lock()
    pw = tmp_path / "pw.txt"
    pw.write_text(fx.PASSWORD + "\n")
    pw.chmod(0o600)
    out = tmp_path / "copy"
    out.mkdir()
    made = cli(capsys, monkeypatch, "request", "copy", rid, "--vault", str(folder), "--folder", str(out),
               "--pdf-password-file", str(pw))
    assert made.code == 0 and "stays open" in made.out and "request paper-given" in made.out, made.out + made.err
    wrong = cli(capsys, monkeypatch, "request", "paper-given", rid, "--vault", str(folder), "--parts", "plan")
    assert wrong.code != 0 and "treatment_plan" in wrong.err, wrong.err
    done = cli(capsys, monkeypatch, "request", "paper-given", rid, "--vault", str(folder), "--parts",
               "treatment_plan", "--json")
    assert done.code == 0, done.err
    assert done.json()["status"] == "granted"
