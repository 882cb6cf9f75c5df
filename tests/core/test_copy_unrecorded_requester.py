"""A request made by one not recorded in the chart is never answered by a copy to the client.

Found on Xvfb: a parent, not recorded, asked for their adult child's records; "Granted: provide the
copy…" offered "The client" first, and the copy made to the client closed the parent's request as
granted, the one who asked given nothing and no reply. The copy answers it once the requester is
recorded as the client's personal representative (45 CFR 164.502(g), with the documentation of
164.514(h)) and is sent to them; otherwise the request is denied on "not_representative"."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain.errors import ExitCode, RefusedByPolicy
from vault_app.services import access_copy, guardians, requests
from vault_app.services.vault import Vault


def _asked(vault: Vault, requester: str = "Grace Park", claim: str = "adult_guardian") -> tuple[str, str]:
    chart = fx.make_chart(vault, n=2, date_of_birth="1990-05-01")
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(1),
                             requester_name=requester, requester_claim=claim)
    return q.id, chart.client_id


def _folder(tmp_path: Path) -> Path:
    out = tmp_path / "copies"
    out.mkdir()
    return out


# (the request made by, the copy sent to, refused): both sides of the rule.
@pytest.mark.parametrize(("requester", "to", "refused"), [
    ("Grace Park", None, True),  # by default: to whoever made it, the client for want of a record
    ("Grace Park", access_copy.CLIENT, True),
    ("", None, False),  # the client's own request
    ("", access_copy.CLIENT, False),
])
def test_a_copy_to_the_client_does_not_answer_an_unrecorded_requester(
        vault: Vault, tmp_path: Path, requester: str, to: str | None, refused: bool) -> None:
    rid, _client = _asked(vault, requester, "adult_guardian" if requester else "")
    out = _folder(tmp_path)
    barred = dict(access_copy.recipients(vault, rid).barred)
    assert (access_copy.CLIENT in barred) is refused
    if refused:
        with pytest.raises(RefusedByPolicy) as said:
            access_copy.grant_with_copy(vault, rid, folder=out, password=fx.PASSWORD, to=to)
        assert said.value.code == "access_copy.requester_not_recorded" == barred[access_copy.CLIENT].code
        assert "Grace Park" not in said.value.message  # no name in a refusal
        assert list(out.iterdir()) == [] and requests.get_request(vault, rid).status == "open"
    else:
        assert access_copy.grant_with_copy(vault, rid, folder=out, password=fx.PASSWORD, to=to).granted


def test_once_recorded_the_copy_goes_to_them(vault: Vault, tmp_path: Path) -> None:
    rid, client_id = _asked(vault)
    recorded = guardians.add_guardian(vault, client_id, "Grace Park", authority="health_care_agent")
    choices = access_copy.recipients(vault, rid)
    assert recorded.guardian_id not in dict(choices.barred)
    assert access_copy.grant_with_copy(vault, rid, folder=_folder(tmp_path), password=fx.PASSWORD,
                                       to=recorded.guardian_id).granted


def test_the_command_line_refuses_it_before_the_password(
        vault: Vault, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    rid, _client = _asked(vault)
    out = _folder(tmp_path)
    folder = vault.folder
    vault.lock()
    monkeypatch.delenv("VAULT_APP_PDF_PASSWORD", raising=False)
    done = cli(capsys, monkeypatch, "request", "copy", rid, "--vault", str(folder), "--folder", str(out))
    assert done.code == ExitCode.REFUSED, done.err
    assert "not recorded in the chart" in done.err and "not_representative" in done.err
    assert list(out.iterdir()) == []
