"""One access request answered in more than one try (45 CFR 164.524), on a real vault.

Found in the real app (walk-close, finding 3): the billing PDF was made and logged, the progress
notes refused for an unsigned draft the window could not leave out; after signing it, the next
try refused the billing copy still in the folder ("a copy made earlier"), the request stayed open,
and only a new folder worked, making both again: four disclosures for one request. Now an
unsigned draft is said before anything is written (with the choice to leave it out, kept as
data), and a second try makes only the parts not yet given, then grants the request."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from vault_app.domain.disclosure import DisclosureRequest, Recipient, Selection
from vault_app.domain.errors import RefusedByPolicy, VaultError
from vault_app.services import access_copy, clients, export, notes, requests
from vault_app.services.access_copy_given import basis, given_parts
from vault_app.services.vault import Vault


def _chart_with_draft(vault: Vault) -> tuple[fx.Chart, str, str]:
    """Two signed notes, one unsigned draft (today), an open access request: (chart, draft, request)."""
    chart = fx.make_chart(vault, n=2)
    draft = notes.create_progress_note(vault, chart.client_id, template="soap", note_date=fx.days_ago(2),
                                       sections={"subjective": "DRAFTMARKER unfinished."})
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(3))
    return chart, draft.note_id, q.id


def _folder(tmp_path: Path, name: str = "copies") -> Path:
    out = tmp_path / name
    out.mkdir()
    return out


def _logged(vault: Vault, client_id: str, request_id: str) -> list[str]:
    """The kinds of the disclosures logged on this request's basis, in order."""
    summary = basis(request_id).summary()
    return [r.kind for r in export.disclosures(vault, client_id) if r.basis_summary == summary]


def _billing_given_first(vault: Vault, client_id: str, request_id: str, folder: Path) -> Path:
    """The walker's first try as it ended: the billing PDF made and logged on the request's basis,
    its file in the folder; the progress notes not given."""
    number = clients.get_client(vault, client_id).chart_number
    out = folder / f"access-copy-{number}-{request_id}-billing.pdf"
    export.export(vault, DisclosureRequest(
        client_id=client_id, kind="billing", selection=Selection(date_from=access_copy.EARLIEST, date_to=fx.today()),
        recipient=Recipient("Alex Testclient"), purpose=access_copy.PURPOSE, basis=basis(request_id), on=fx.today(),
    ), out=out, password=fx.PASSWORD)
    return out


def test_an_unsigned_draft_is_said_before_anything_is_written(vault: Vault, tmp_path: Path) -> None:
    chart, draft, rid = _chart_with_draft(vault)
    folder = _folder(tmp_path)
    with pytest.raises(RefusedByPolicy) as refused:
        access_copy.grant_with_copy(vault, rid, folder=folder, password=fx.PASSWORD)
    assert refused.value.code == "access_copy.unsigned_drafts"
    assert refused.value.params["count"] == "1" and refused.value.field == "leave_drafts"
    assert "DRAFTMARKER" not in str(refused.value) and "DRAFTMARKER" not in repr(refused.value.params)
    assert list(folder.iterdir()) == [] and _logged(vault, chart.client_id, rid) == []
    assert requests.get_request(vault, rid).status == "open"
    # the drafts the copy would carry, listed by kind and day (never text), for the window to ask
    (found,) = access_copy.unsigned_drafts(vault, rid)
    assert (found.id, found.kind, found.day) == (draft, "progress", fx.days_ago(2))


def test_a_draft_left_out_is_not_given_and_is_kept_as_left_out(vault: Vault, tmp_path: Path) -> None:
    chart, draft, rid = _chart_with_draft(vault)
    folder = _folder(tmp_path)
    result = access_copy.grant_with_copy(vault, rid, folder=folder, password=fx.PASSWORD, leave_drafts=(draft,))
    assert result.granted and [w for w, _p in result.made] == ["progress notes", "billing information"]
    (progress,) = [r for r in export.disclosures(vault, chart.client_id) if r.kind == "progress"]
    assert draft not in progress.item_ids and set(chart.progress) <= set(progress.item_ids)
    q = requests.get_request(vault, rid)
    assert q.status == "granted" and q.given is not None and q.given.drafts_left_out == (draft,)
    assert "left out as unsigned drafts: 1 note" in (q.granted or "")
    assert given_parts(vault, q)["progress"].drafts_left_out == (draft,)


@pytest.mark.parametrize("same_folder", [True, False])
def test_a_second_try_makes_only_the_parts_not_yet_given(vault: Vault, tmp_path: Path, same_folder: bool) -> None:
    """The walker's second try: the draft signed since, billing given on the first. In the same
    folder (refused before as "a copy made earlier") or a new one (made both again)."""
    chart, draft, rid = _chart_with_draft(vault)
    first = _folder(tmp_path)
    billing_file = _billing_given_first(vault, chart.client_id, rid, first)
    before = billing_file.read_bytes()
    notes.sign_note(vault, draft)
    folder = first if same_folder else _folder(tmp_path, "another")
    result = access_copy.grant_with_copy(vault, rid, folder=folder, password=fx.PASSWORD)
    assert result.granted, result.summary()
    assert [w for w, _p in result.made] == ["progress notes"] and result.refusals == ()
    assert [(k, day) for k, day, _f in result.already] == [("billing", fx.today())]
    assert "Already given" in result.summary() and "made earlier" not in result.summary()
    assert _logged(vault, chart.client_id, rid) == ["billing", "progress"]  # once each
    assert billing_file.read_bytes() == before  # never written again
    assert not (folder / billing_file.name).exists() or same_folder
    q = requests.get_request(vault, rid)
    assert q.status == "granted" and q.given is not None and q.given.copied == ("progress", "billing")


def test_a_file_in_the_way_that_no_record_gives_is_made_again(vault: Vault, tmp_path: Path) -> None:
    """A file of the copy's name the ledger does not record as given (left by a try that logged
    nothing delivered) is not refused forever: the part is made and recorded."""
    chart = fx.make_chart(vault, n=1)
    rid = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(3)).id
    number = clients.get_client(vault, chart.client_id).chart_number
    stray = tmp_path / f"access-copy-{number}-{rid}-billing.pdf"
    stray.write_bytes(b"earlier")
    result = access_copy.grant_with_copy(vault, rid, folder=tmp_path, password=fx.PASSWORD)
    assert result.granted, result.summary()
    assert stray.read_bytes() != b"earlier" and stray.read_bytes().startswith(b"%PDF")
    assert _logged(vault, chart.client_id, rid) == ["progress", "billing"]


def test_a_granted_request_is_not_given_again(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=1)
    rid = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(3)).id
    assert access_copy.grant_with_copy(vault, rid, folder=tmp_path, password=fx.PASSWORD).granted
    with pytest.raises(VaultError):
        access_copy.grant_with_copy(vault, rid, folder=_folder(tmp_path), password=fx.PASSWORD)
    assert _logged(vault, chart.client_id, rid) == ["progress", "billing"]
