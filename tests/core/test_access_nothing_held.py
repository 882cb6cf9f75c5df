"""A client's own access request when the chart holds nothing of what the copy was to hold.
Found in the real app (in Spanish): a new client asked for her records before any note was
written; "Make the copy and grant" answered "Not made: progress notes: Disclosure refused:
Nothing is selected: pick progress notes by id or by a date range" although the dates were
filled in, and the request stayed open with no way forward. Now a kind the chart holds nothing
of (in those dates, or at all) is said as such, not refused; the copy of what there is grants
the request (45 CFR 164.524(c)(1)); with nothing at all, the request can be closed as
answered, extended once, or denied with its written denial (domain.requests.ways_when_nothing_held).
On a real vault, real PDFs."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from vault_app.domain.deadlines import Extension
from vault_app.domain.errors import RefusedByPolicy
from vault_app.domain.requests import ClientRequest, ways_when_nothing_held
from vault_app.services import access_copy, clients, requests, sessions
from vault_app.services.vault import Vault

DAY = date(2026, 12, 5)


def _request(received: date, *, status: str = "open", extended: bool = False, kind: str = "access") -> ClientRequest:
    ext = Extension(received + timedelta(days=10), received + timedelta(days=60), "records off site") if extended \
        else None
    return ClientRequest("R-1", "C-1", kind, received, status=status, extension=ext)  # type: ignore[arg-type]


@pytest.mark.parametrize(("request_", "held_otherwise", "ways"), [
    # Records of another kind or at other dates: copy what there is, or close; extend; deny
    (_request(DAY), True, ("copy_what_is_held", "close_nothing_held", "extend", "deny")),
    # Nothing at all in the chart: no copy to offer
    (_request(DAY), False, ("close_nothing_held", "extend", "deny")),
    # Extended once already: no second extension (164.524(b)(2)(ii))
    (_request(DAY - timedelta(days=20), extended=True), False, ("close_nothing_held", "deny")),
    # Past the first 30 days: the notice can no longer go out
    (_request(DAY - timedelta(days=31)), False, ("close_nothing_held", "deny")),
    # The last day of the first period: still
    (_request(DAY - timedelta(days=30)), False, ("close_nothing_held", "extend", "deny")),
    # Closed: nothing more to do
    (_request(DAY, status="granted"), True, ()),
    (_request(DAY, status="withdrawn"), False, ()),
    # Not an access request: none of these
    (_request(DAY, kind="amendment"), True, ()),
])
def test_the_ways_forward_follow_the_rule(request_: ClientRequest, held_otherwise: bool,
                                          ways: tuple[str, ...]) -> None:
    found = ways_when_nothing_held(request_, DAY, held_otherwise=held_otherwise)
    assert tuple(w.code for w in found) == ways
    assert all(w.citation.startswith("45 CFR 164.524") for w in found)


def _folder(tmp_path: Path) -> Path:
    out = tmp_path / "copies"
    out.mkdir()
    return out


def _new_client(vault: Vault) -> str:
    fx.set_practice(vault)
    return clients.create_client(vault, "Ana Nueva", date_of_birth="1990-05-01").client_id


def test_a_chart_with_nothing_yet_is_said_so_and_the_request_can_be_closed(vault: Vault, tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    client_id = _new_client(vault)
    q = requests.add_request(vault, client_id, kind="access", received_on=fx.today())
    result = access_copy.grant_with_copy(vault, q.id, folder=folder, password=fx.PASSWORD)
    assert not result.granted and result.made == () and result.remaining == ()
    assert result.empty == (("progress", False), ("billing", False))
    assert [w.code for w in result.ways] == ["close_nothing_held", "extend", "deny"]
    assert "Nothing is selected" not in result.summary() and "by id" not in result.summary()
    assert "The chart holds no progress notes." in result.summary()
    assert list(folder.iterdir()) == []
    assert requests.get_request(vault, q.id).status == "open"
    closed = access_copy.close_nothing_held(vault, q.id, kinds=("progress", "billing"))
    assert closed.status == "granted"
    assert closed.granted == "nothing to copy: the chart holds no progress notes or billing information"


def test_what_the_chart_holds_is_copied_and_grants_the_request(vault: Vault, tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    client_id = _new_client(vault)
    sessions.add_session(vault, client_id, date=fx.days_ago(7), duration_minutes=53, icd10_codes=["F41.1"])
    q = requests.add_request(vault, client_id, kind="access", received_on=fx.today())
    result = access_copy.grant_with_copy(vault, q.id, folder=folder, password=fx.PASSWORD)
    assert result.granted, result.summary()
    assert [what for what, _path in result.made] == ["billing information"]
    assert result.empty == (("progress", False),)
    assert sorted(p.name for p in folder.iterdir()) == [result.made[0][1].name]
    assert requests.get_request(vault, q.id).granted == (
        "copy of the billing information (password-protected PDF); the chart holds no progress notes")


def test_records_at_other_dates_are_offered_and_the_request_is_not_closed_over_them(vault: Vault,
                                                                                     tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    chart = fx.make_chart(vault, n=1)  # a note 90 days ago
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.today())
    since = fx.days_ago(30)
    result = access_copy.grant_with_copy(vault, q.id, folder=folder, password=fx.PASSWORD, kinds=("progress",),
                                         date_from=since)
    assert not result.granted and result.empty == (("progress", True),)
    assert next(w.code for w in result.ways) == "copy_what_is_held"
    assert "The chart holds no progress notes in those dates" in result.summary()
    # Closing as "nothing held" for the whole chart is refused: there are notes
    with pytest.raises(RefusedByPolicy) as refused:
        access_copy.close_nothing_held(vault, q.id, kinds=("progress",))
    assert refused.value.code == "access_copy.records_held"
    # For the dates asked, it holds nothing: closed, the dates said
    closed = access_copy.close_nothing_held(vault, q.id, kinds=("progress",), date_from=since)
    assert closed.status == "granted" and closed.granted.startswith("nothing to copy: the chart holds no progress "
                                                                    "notes from ")
