"""The copy of the rest of an access request denied in part, and what its letter promised
(45 CFR 164.524(c)(1), (d)(1)). Found in the real app (walk-life, finding 8): the letter said
"We are giving you access to: all progress notes, the PHQ-9 results and the treatment plan";
the copy of the rest offered only progress notes and billing, its PDF had no PHQ-9, and the
request showed the rest as given. The copy now carries the outcome measures (with the progress
notes); what the letter names that the copy leaves out (the treatment plan: no copy here holds
one) is refused until the copy holds it or it is recorded as given another way.
Real vault, real PDFs."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain.access_copy_parts import CARRIED, PARTS, left_out, named_in
from vault_app.domain.errors import RefusedByPolicy
from vault_app.services import access_copy, measures, requests
from vault_app.services.vault import Vault

PROMISED = "all progress notes, the PHQ-9 results and the treatment plan"


@pytest.mark.parametrize(("text", "named"), [
    (PROMISED, ("progress", "measures", "treatment_plan")),
    ("the other progress notes and the billing information", ("progress", "billing")),
    ("las notas de evolución, los resultados del PHQ-9 y el plan de tratamiento",
     ("progress", "measures", "treatment_plan")),
    ("la información de facturación", ("billing",)),
    ("the GAD-7 scores", ("measures",)),
    # Not named: the words of no part (psychotherapy notes are no part of the right of access).
    ("everything else", ()),
    ("the psychotherapy notes", ()),
    ("", ()),
])
def test_the_parts_a_letter_names(text: str, named: tuple[str, ...]) -> None:
    assert named_in(text) == named


@pytest.mark.parametrize(("copied", "otherwise", "left"), [
    (("progress", "billing"), (), ("measures", "treatment_plan")),
    (("progress", "measures"), (), ("treatment_plan",)),
    (("progress", "measures"), ("treatment_plan",), ()),
    (("progress",), ("measures", "treatment_plan"), ()),
    ((), (), ("progress", "measures", "treatment_plan")),
])
def test_what_the_copy_leaves_out(copied: tuple[str, ...], otherwise: tuple[str, ...], left: tuple[str, ...]) -> None:
    assert left_out(PROMISED, copied, otherwise) == left


def test_the_table_cites_the_rule_and_the_treatment_plan_is_not_carried() -> None:
    assert set(CARRIED) == {"progress", "measures", "billing"}
    assert not PARTS["treatment_plan"].carried
    assert all("164.524" in part.citation for part in PARTS.values())


def _partly_denied(vault: Vault, granted: str = PROMISED) -> tuple[str, str]:
    fx.set_practice(vault)
    chart = fx.make_chart(vault, n=2)
    measures.record_measure(vault, chart.client_id, "phq9", [1, 1, 1, 1, 1, 0, 0, 0, 0], taken_on=fx.days_ago(5))
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(3))
    requests.deny_request(vault, q.id, grounds=["harm_to_other_person"], denied="the notes naming the brother",
                          granted=granted)
    return chart.client_id, q.id


def test_a_copy_leaving_out_what_the_letter_named_is_refused_before_anything_is_written(
        vault: Vault, tmp_path: Path) -> None:
    _client, rid = _partly_denied(vault)
    out = tmp_path / "copies"
    out.mkdir()
    with pytest.raises(RefusedByPolicy) as refused:
        access_copy.grant_with_copy(vault, rid, folder=out, password=fx.PASSWORD, kinds=("progress", "billing"))
    assert refused.value.code == "access_copy.letter_part_left_out"
    assert refused.value.params["parts"] == "outcome measures, treatment plan"
    assert list(out.iterdir()) == []
    assert requests.get_request(vault, rid).given is None  # not "given"


def test_the_copy_of_the_rest_carries_the_measures_and_the_plan_given_otherwise(vault: Vault, tmp_path: Path) -> None:
    _client, rid = _partly_denied(vault)
    result = access_copy.grant_with_copy(vault, rid, folder=tmp_path, password=fx.PASSWORD, kinds=("progress",),
                                         measures=True, given_otherwise=("treatment_plan",), denied_left_out=True)
    assert result.granted and result.rest and len(result.made) == 1
    q = requests.get_request(vault, rid)
    assert q.given is not None and q.given.measures and q.given.otherwise == ("treatment_plan",)
    # The PDF holds them, and the export's ledger entry names them (ids only).
    assert any("Outcome measures" in p for p in fx.pdf_text(result.made[0][1]))
    entry = vault.ledger.entries(kinds=("disclosure",))[-1]
    assert entry.payload["extra"]["measure_ids"]


def test_a_full_grant_may_carry_the_measures_too(vault: Vault, tmp_path: Path) -> None:
    fx.set_practice(vault)
    chart = fx.make_chart(vault, n=1)
    measures.record_measure(vault, chart.client_id, "phq9", [1, 1, 1, 1, 1, 0, 0, 0, 0], taken_on=fx.days_ago(5))
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(3))
    result = access_copy.grant_with_copy(vault, q.id, folder=tmp_path, password=fx.PASSWORD, kinds=("progress",),
                                         measures=True)
    assert result.granted
    given = requests.get_request(vault, q.id).given
    assert given is not None and given.measures
    assert "outcome measures" in given.sentence()


def test_the_command_line_gives_the_rest_with_the_measures_and_the_plan_given_otherwise(
        vault: Vault, vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    _client, rid = _partly_denied(vault)
    vault.lock()
    secret = tmp_path / "pdf-password"
    secret.write_text(fx.PASSWORD)
    out = tmp_path / "copies"
    out.mkdir()
    args = ("request", "copy", "--vault", str(vault_dir), rid, "--folder", str(out), "--kinds", "progress",
            "--pdf-password-file", str(secret))
    refused = cli(capsys, monkeypatch, *args)
    assert refused.code != 0 and "outcome measures, treatment plan" in refused.err + refused.out
    assert list(out.iterdir()) == []
    given = cli(capsys, monkeypatch, *args, "--measures", "--given-otherwise", "treatment_plan", "--denied-left-out",
                "--json")
    assert given.code == 0, given.err
    assert given.json()["granted"] is True


def test_the_rest_still_to_give_stays_in_the_open_requests_until_given(vault: Vault, tmp_path: Path) -> None:
    """Found in the real app: denied in part, the request left the open requests at once, its
    rest not given; it now stays listed until the copy of the rest is given."""
    from vault_app.services import today

    _client, rid = _partly_denied(vault)
    assert rid in [r.request.id for r in today.open_requests(vault)]
    access_copy.grant_with_copy(vault, rid, folder=tmp_path, password=fx.PASSWORD, kinds=("progress",),
                                measures=True, given_otherwise=("treatment_plan",), denied_left_out=True)
    assert rid not in [r.request.id for r in today.open_requests(vault)]
