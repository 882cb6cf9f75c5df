"""An access request's copy retried for another recipient or other dates (45 CFR 164.524), on a
real vault.

Found by the last round's reader: a part an earlier try gave counted as given by the request id
alone. A retry for the client's personal representative after the client's own billing copy was
made, or a retry over wider dates, made nothing of that part, and the request was recorded as
granted with both parts "given to the parent". A part counts as given only when it went to the
same recipient and held every item this try's part would carry (domain/request_given.covers).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from vault_app.domain.disclosure import DisclosureRequest, Recipient, Selection
from vault_app.domain.request_given import COVERED, NO_MEASURES, OTHER_DATES, OTHER_RECIPIENT, not_covered
from vault_app.services import access_copy, clients, export, guardians, requests
from vault_app.services.access_copy_given import basis, given_list
from vault_app.services.vault import Vault


@pytest.mark.parametrize(("earlier_to", "held", "to", "items", "why"), [
    # answered: the same recipient, every item in it (fewer dates; nothing held in them)
    ("", ("a", "b"), "", ("a", "b"), COVERED),
    ("", ("a", "b", "c"), "", ("b",), COVERED),
    ("g1", ("a",), "g1", (), COVERED),
    # not answered: another recipient (the client, a representative, another representative)
    ("", ("a", "b"), "g1", ("a", "b"), OTHER_RECIPIENT),
    ("g1", ("a", "b"), "", ("a",), OTHER_RECIPIENT),
    ("g1", ("a",), "g2", ("a",), OTHER_RECIPIENT),
    # not answered: this part carries an item the earlier did not hold (wider or other dates)
    ("", ("a",), "", ("a", "b"), OTHER_DATES),
    ("g1", ("a",), "g1", ("c",), OTHER_DATES),
])
def test_an_earlier_part_answers_a_retry_only_for_its_recipient_and_items(
        earlier_to: str, held: tuple[str, ...], to: str, items: tuple[str, ...], why: str) -> None:
    assert not_covered(earlier_to, held, to, items) == why


def _folder(tmp_path: Path, name: str) -> Path:
    out = tmp_path / name
    out.mkdir()
    return out


def _logged(vault: Vault, client_id: str, request_id: str) -> list[tuple[str, str]]:
    """(kind, guardian id or "" for the client) of each disclosure logged on this request, in order."""
    summary = basis(request_id).summary()
    return [(r.kind, str(r.extra.get("guardian_id") or "")) for r in export.disclosures(vault, client_id)
            if r.basis_summary == summary]


def _billing_first(vault: Vault, client_id: str, request_id: str, folder: Path, *,
                   guardian_id: str = "", date_from: object = None) -> None:
    """A first try that ended with the billing part alone made and logged (the progress notes not)."""
    number = clients.get_client(vault, client_id).chart_number
    export.export(vault, DisclosureRequest(
        client_id=client_id, kind="billing",
        selection=Selection(date_from=date_from or access_copy.EARLIEST, date_to=fx.today()),  # type: ignore[arg-type]
        # Addressed to whom it is logged as given (services/access_recipient checks the two agree).
        recipient=Recipient("Pat Agent" if guardian_id else "Alex Testclient"), purpose=access_copy.PURPOSE,
        basis=basis(request_id, guardian_id),
        on=fx.today()), out=folder / f"access-copy-{number}-{request_id}-billing.pdf", password=fx.PASSWORD)


def _chart_with_agent(vault: Vault) -> tuple[str, str, str]:
    """(client id, the recorded health care agent's guardian id, an open access request)."""
    chart = fx.make_chart(vault, n=3)
    agent = guardians.add_guardian(vault, chart.client_id, "Pat Agent", authority="health_care_agent")
    rid = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(3)).id
    return chart.client_id, agent.guardian_id, rid


def test_a_retry_for_another_recipient_gives_the_part_again(vault: Vault, tmp_path: Path) -> None:
    client_id, agent, rid = _chart_with_agent(vault)
    _billing_first(vault, client_id, rid, _folder(tmp_path, "first"))
    result = access_copy.grant_with_copy(vault, rid, folder=_folder(tmp_path, "second"), password=fx.PASSWORD,
                                         to=agent)
    assert result.granted, result.summary()
    assert [w for w, _p in result.made] == ["progress notes", "billing information"]
    assert result.already == ()
    # said: the earlier billing copy went to someone else, this one is made for this recipient
    assert [(k, why) for k, _d, why in result.again] == [("billing", "recipient")]
    assert "another recipient" in result.summary()
    assert _logged(vault, client_id, rid) == [("billing", ""), ("progress", agent), ("billing", agent)]
    q = requests.get_request(vault, rid)
    assert q.given is not None and q.given.to == "health_care_agent" and q.given.copied == ("progress", "billing")
    # the request's listing says what went to whom
    listed = [(p.kind, p.to) for p in given_list(vault, rid)]
    assert listed == [("billing", ""), ("progress", agent), ("billing", agent)]


def test_a_retry_for_the_same_recipient_and_dates_does_not_give_twice(vault: Vault, tmp_path: Path) -> None:
    client_id, agent, rid = _chart_with_agent(vault)
    _billing_first(vault, client_id, rid, _folder(tmp_path, "first"), guardian_id=agent)
    result = access_copy.grant_with_copy(vault, rid, folder=_folder(tmp_path, "second"), password=fx.PASSWORD,
                                         to=agent)
    assert result.granted, result.summary()
    assert [w for w, _p in result.made] == ["progress notes"] and result.again == ()
    assert [k for k, _d, _f in result.already] == ["billing"]
    assert _logged(vault, client_id, rid) == [("billing", agent), ("progress", agent)]


def test_a_retry_over_narrower_dates_is_covered_by_the_earlier_part(vault: Vault, tmp_path: Path) -> None:
    client_id, _agent, rid = _chart_with_agent(vault)
    _billing_first(vault, client_id, rid, _folder(tmp_path, "first"))
    result = access_copy.grant_with_copy(vault, rid, folder=_folder(tmp_path, "second"), password=fx.PASSWORD,
                                         date_from=fx.days_ago(40), to=access_copy.CLIENT)
    assert result.granted, result.summary()
    assert [k for k, _d, _f in result.already] == ["billing"] and result.again == ()
    assert _logged(vault, client_id, rid) == [("billing", ""), ("progress", "")]


def test_a_retry_over_wider_dates_gives_the_part_again(vault: Vault, tmp_path: Path) -> None:
    client_id, _agent, rid = _chart_with_agent(vault)
    _billing_first(vault, client_id, rid, _folder(tmp_path, "first"), date_from=fx.days_ago(40))
    result = access_copy.grant_with_copy(vault, rid, folder=_folder(tmp_path, "second"), password=fx.PASSWORD,
                                         to=access_copy.CLIENT)
    assert result.granted, result.summary()
    assert [w for w, _p in result.made] == ["progress notes", "billing information"]
    assert [(k, why) for k, _d, why in result.again] == [("billing", "dates")]
    assert "other dates" in result.summary()
    assert _logged(vault, client_id, rid) == [("billing", ""), ("progress", ""), ("billing", "")]


@pytest.mark.parametrize(("earlier_measures", "measures", "why"), [
    (False, True, NO_MEASURES), (True, True, COVERED), (True, False, COVERED), (False, False, COVERED)])
def test_the_outcome_measures_asked_again_need_a_part_that_carried_them(
        earlier_measures: bool, measures: bool, why: str) -> None:
    assert not_covered("", ("a",), "", ("a",), earlier_measures=earlier_measures, measures=measures) == why


def test_a_retry_asking_the_measures_gives_the_notes_again_with_them(vault: Vault, tmp_path: Path) -> None:
    """The progress notes given without the outcome measures; a retry asks them: the notes are made
    again with them (the earlier part did not carry them), and the request says they were given."""
    client_id, _agent, rid = _chart_with_agent(vault)
    number = clients.get_client(vault, client_id).chart_number
    first = _folder(tmp_path, "first")
    export.export(vault, DisclosureRequest(
        client_id=client_id, kind="progress", selection=Selection(date_from=access_copy.EARLIEST, date_to=fx.today()),
        recipient=Recipient("Alex Testclient"), purpose=access_copy.PURPOSE, basis=basis(rid), on=fx.today()),
        out=first / f"access-copy-{number}-{rid}-progress.pdf", password=fx.PASSWORD)
    result = access_copy.grant_with_copy(vault, rid, folder=_folder(tmp_path, "second"), password=fx.PASSWORD,
                                         to=access_copy.CLIENT, measures=True)
    assert result.granted, result.summary()
    assert [(k, why) for k, _d, why in result.again] == [("progress", NO_MEASURES)]
    assert "without the outcome measures" in result.summary()
    assert _logged(vault, client_id, rid) == [("progress", ""), ("progress", ""), ("billing", "")]


def test_the_drafts_asked_about_are_those_of_a_retry_asking_the_measures(vault: Vault, tmp_path: Path) -> None:
    """The progress notes given without the outcome measures, a draft left out of them; a retry asks
    the measures: the notes are made again (not covered), so the copy's window must ask about the
    draft before anything is written, as for any part not given. Found by reading: the window's
    question (unsigned_drafts) judged the earlier part without the measures and asked nothing, and
    the copy was then refused for a draft the window had offered no way to leave out."""
    from vault_app.domain.errors import RefusedByPolicy
    from vault_app.services import notes

    client_id, _agent, rid = _chart_with_agent(vault)
    number = clients.get_client(vault, client_id).chart_number
    draft = notes.create_progress_note(vault, client_id, template="soap", note_date=fx.days_ago(1),
                                       sections={"subjective": "DRAFTMARKER unfinished."}).note_id
    first = _folder(tmp_path, "first")
    signed = [i.id for i in access_copy.held_items(vault, client_id, "progress", None, None, fx.today()) if i.signed]
    export.export(vault, DisclosureRequest(
        client_id=client_id, kind="progress", selection=Selection(note_ids=tuple(signed)),
        recipient=Recipient("Alex Testclient"), purpose=access_copy.PURPOSE,
        basis=basis(rid, drafts_left_out=(draft,)), on=fx.today()),
        out=first / f"access-copy-{number}-{rid}-progress.pdf", password=fx.PASSWORD)
    # Without the measures the earlier part answers the notes (the draft was left out then): nothing to ask.
    assert access_copy.unsigned_drafts(vault, rid, kinds=("progress",), to=access_copy.CLIENT) == ()
    asked = access_copy.unsigned_drafts(vault, rid, kinds=("progress",), to=access_copy.CLIENT, measures=True)
    assert [i.id for i in asked] == [draft]
    with pytest.raises(RefusedByPolicy) as refused:  # what the copy does without the window's answer
        access_copy.grant_with_copy(vault, rid, folder=_folder(tmp_path, "second"), password=fx.PASSWORD,
                                    kinds=("progress",), to=access_copy.CLIENT, measures=True)
    assert refused.value.code == "access_copy.unsigned_drafts"
