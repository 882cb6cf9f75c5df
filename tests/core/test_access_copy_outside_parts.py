"""A full grant of an access request names what the chart holds that no copy here carries (the
treatment plan, attached documents) unless it was given another way (45 CFR 164.524(c)(1)).
Found by a walker (walk-NY round 36): a whole-record request closed as "granted" with the plan
never given and nothing said. Real vault, real PDFs."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from vault_app.domain.access_copy_parts import outside
from vault_app.domain.request_given import Given, given_from_json
from vault_app.services import access_copy, attachments, plans, requests
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


def test_a_grant_names_the_plan_and_attachments_left_out(vault: Vault, tmp_path: Path) -> None:
    _client, rid = _request(vault, plan=True, attached=True)
    result = access_copy.grant_with_copy(vault, rid, folder=tmp_path, password=fx.PASSWORD)
    assert result.granted and result.outside == ("treatment_plan", "attachments")
    assert "closed as granted, without: treatment plan, attached documents" in result.summary()
    q = requests.get_request(vault, rid)
    assert q.given is not None and q.given.outside == ("treatment_plan", "attachments")
    assert "not in this copy, not given: treatment plan, attached documents" in q.granted


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
