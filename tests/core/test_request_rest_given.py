"""An access request denied in part: the copy of the rest is given once, and that it was given is
kept as data on the request (its `given`, with the day). Before, nothing was recorded: the window's
"Provide the copy of the rest…" stayed enabled and a second copy could be made and logged. And a
copy of the rest that finds nothing to copy said "The request stays open until every copy is made",
of a request already decided. Real vault, real PDFs, the command line in a real process."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain.errors import RefusedByPolicy
from vault_app.domain.request_given import Given, given_from_json
from vault_app.services import access_copy, requests
from vault_app.services.vault import Vault


def _partly_denied(vault: Vault) -> tuple[str, str]:
    fx.set_practice(vault)
    chart = fx.make_chart(vault, n=2)
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(3))
    requests.deny_request(vault, q.id, grounds=["harm_to_other_person"], denied="the notes naming the brother",
                          granted="the other notes and the billing information")
    return chart.client_id, q.id


def test_the_rest_given_is_kept_with_its_day_and_a_second_copy_is_refused(vault: Vault, tmp_path: Path) -> None:
    _client, rid = _partly_denied(vault)
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    day = fx.days_ago(1)
    result = access_copy.grant_with_copy(vault, rid, folder=first, password=fx.PASSWORD, on=day,
                                         denied_left_out=True)
    assert result.granted and result.rest and len(result.made) == 2
    q = requests.get_request(vault, rid)
    assert q.status == "partially_granted"  # the decision stays as recorded
    assert q.granted == "the other notes and the billing information"
    assert q.given == Given(("progress", "billing"), on=day)
    assert "The rest is given" in result.summary() and "closed as granted" not in result.summary()
    with pytest.raises(RefusedByPolicy) as refused:
        access_copy.grant_with_copy(vault, rid, folder=second, password=fx.PASSWORD)
    assert refused.value.code == "request.rest_already_given"
    assert list(second.iterdir()) == []  # refused before anything was written


@pytest.mark.parametrize(("given", "kept"), [
    (Given(("progress",), on=date(2026, 12, 4)), {"on": "2026-12-04"}),
    (Given(("progress",)), {}),  # a full grant's data reads as before (its day is the decision's)
])
def test_the_day_the_rest_was_given_is_kept_only_when_there_is_one(given: Given, kept: dict[str, str]) -> None:
    data = json.loads(given.to_json())
    assert {k: v for k, v in data.items() if k == "on"} == kept
    assert given_from_json(given.to_json()) == given


def test_the_copy_of_the_rest_finding_nothing_says_the_request_was_decided(vault: Vault, tmp_path: Path) -> None:
    _client, rid = _partly_denied(vault)
    result = access_copy.grant_with_copy(vault, rid, folder=tmp_path, password=fx.PASSWORD,
                                         date_from=date(2001, 1, 1), date_to=date(2001, 12, 31), denied_left_out=True)
    assert not result.made and not result.granted and result.rest
    said = result.summary()
    assert "stays open" not in said
    assert "decided" in said and "denied in part" in said
    assert requests.get_request(vault, rid).given is None  # nothing given: the rest is still to give


def test_request_show_and_list_json_include_given(vault: Vault, vault_dir: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    client_id, rid = _partly_denied(vault)
    access_copy.grant_with_copy(vault, rid, folder=tmp_path, password=fx.PASSWORD, on=fx.days_ago(0),
                                denied_left_out=True)
    vault.lock()
    v = ["--vault", str(vault_dir)]
    shown = cli(capsys, monkeypatch, "request", "show", *v, rid, "--json").json()
    listed = cli(capsys, monkeypatch, "request", "list", *v, "--client", client_id, "--json").json()
    for row in (shown, listed[0]):
        assert row["given"] == {"copied": ["progress", "billing"], "to": "", "not_held": [], "date_from": None,
                                "date_to": None, "on": fx.days_ago(0).isoformat()}


def test_a_kept_letter_is_saved_as_a_pdf_where_chosen_and_the_saving_logged(vault: Vault, tmp_path: Path) -> None:
    """The letters were only text in the window: each is saved as the password-protected PDF the
    command line's --letter-out writes, logged (the file's digest, never its words or name)."""
    _client, rid = _partly_denied(vault)
    (kept,) = requests.letters(vault, rid)
    out = tmp_path / "chosen" / "denial.pdf"
    out.parent.mkdir()
    saved = requests.save_kept_letter_pdf(vault, rid, str(kept["letter_id"]), out, password=fx.PASSWORD)
    assert saved == out and sorted(p.name for p in out.parent.iterdir()) == ["denial.pdf"]
    text = "\n".join(fx.pdf_text(out))
    assert "Dear " in text and "Sincerely," in text and "the notes naming the brother" in text.replace("\n", " ")
    entry = vault.ledger.entries(("request.letter_saved",))[-1]
    assert entry.payload["letter_id"] == kept["letter_id"] and entry.payload["letter_kind"] == "access-denial"
    assert str(out) not in str(entry.payload) and "brother" not in str(entry.payload)
