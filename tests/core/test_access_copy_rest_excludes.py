"""The copy of the rest of an access request denied in part leaves out what was denied
(45 CFR 164.524(d)(1)). Found in the real app: part denied (the 10/12 note naming the client's
brother), then the copy of the rest made with its defaults held every note, the denied one too.
Now the copy of the rest is refused until the therapist confirms the denied part is left out,
leaves out the items named by id, and records their ids (never their text). Real vault, real
PDFs read back, the command line in a real process."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain.access_copy_rest import left_out_of_rest
from vault_app.domain.errors import InvalidInput, RefusedByPolicy
from vault_app.domain.request_given import Given, given_from_json
from vault_app.services import access_copy, requests
from vault_app.services.vault import Vault

DENIED = "the note naming the client's brother"


def _partly_denied(vault: Vault) -> tuple[fx.Chart, str]:
    chart = fx.make_chart(vault, n=3)
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(3))
    requests.deny_request(vault, q.id, grounds=["harm_to_other_person"], denied=DENIED,
                          granted="the other notes and the billing information")
    return chart, q.id


def _out(tmp_path: Path) -> Path:
    """A folder of its own (the vault is in tmp_path too)."""
    out = tmp_path / "copy"
    out.mkdir()
    return out


def _progress_pdf(folder: Path) -> Path:
    (pdf,) = folder.glob("*-progress.pdf")
    return pdf


def test_the_walkers_case_the_denied_note_is_not_in_the_copy(vault: Vault, tmp_path: Path) -> None:
    tmp_path = _out(tmp_path)
    chart, rid = _partly_denied(vault)
    denied_note = chart.progress[1]
    result = access_copy.grant_with_copy(vault, rid, folder=tmp_path, password=fx.PASSWORD,
                                         leave_out=(denied_note,), denied_left_out=True)
    assert result.granted and result.rest and result.left_out == (denied_note,)
    text = " ".join(fx.pdf_text(_progress_pdf(tmp_path)))
    assert chart.progress_markers[1] not in text  # the denied note is not given
    assert chart.progress_markers[0] in text and chart.progress_markers[2] in text  # the rest is
    given = requests.get_request(vault, rid).given
    assert given is not None and given.left_out == (denied_note,)
    assert "left out as denied: 1 item" in given.sentence()
    assert "Left out as denied: 1 item." in result.summary()


def test_the_copy_of_the_rest_is_not_made_without_the_confirmation(vault: Vault, tmp_path: Path) -> None:
    tmp_path = _out(tmp_path)
    chart, rid = _partly_denied(vault)
    with pytest.raises(RefusedByPolicy) as refused:
        access_copy.grant_with_copy(vault, rid, folder=tmp_path, password=fx.PASSWORD)
    assert refused.value.code == "access_copy.denied_not_confirmed"
    with pytest.raises(RefusedByPolicy):
        access_copy.grant_with_copy(vault, rid, folder=tmp_path, password=fx.PASSWORD, leave_out=(chart.progress[1],))
    assert list(tmp_path.iterdir()) == []  # refused before anything was written
    assert requests.get_request(vault, rid).given is None  # nor recorded as given


def test_an_id_the_copy_would_not_carry_is_refused(vault: Vault, tmp_path: Path) -> None:
    tmp_path = _out(tmp_path)
    """A mistyped id would leave the denied note in the copy unnoticed."""
    _chart, rid = _partly_denied(vault)
    with pytest.raises(InvalidInput) as refused:
        access_copy.grant_with_copy(vault, rid, folder=tmp_path, password=fx.PASSWORD,
                                    leave_out=("no-such-note",), denied_left_out=True)
    assert refused.value.code == "access_copy.leave_out_unknown"
    assert list(tmp_path.iterdir()) == []


def test_a_full_grant_leaves_nothing_out(vault: Vault, tmp_path: Path) -> None:
    tmp_path = _out(tmp_path)
    chart = fx.make_chart(vault, n=2)
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(3))
    with pytest.raises(InvalidInput) as refused:
        access_copy.grant_with_copy(vault, q.id, folder=tmp_path, password=fx.PASSWORD,
                                    leave_out=(chart.progress[0],))
    assert refused.value.code == "access_copy.leave_out_not_rest"
    result = access_copy.grant_with_copy(vault, q.id, folder=tmp_path, password=fx.PASSWORD)
    assert result.granted and not result.left_out  # no confirmation asked of a full grant


def test_the_window_is_given_the_denied_words_and_the_items(vault: Vault) -> None:
    chart, rid = _partly_denied(vault)
    found = access_copy.recipients(vault, rid)
    assert found.denied == DENIED
    assert [i.id for i in found.items if i.kind == "progress"] == chart.progress
    assert sorted(i.id for i in found.items if i.kind == "billing") == sorted(chart.sessions)


@pytest.mark.parametrize(("confirmed", "leave_out", "items", "out"), [
    (True, (), ("a", "b"), ()),  # the denied part was in no item of the copy: said so, nothing left out
    (True, ("b",), ("a", "b", "c"), ("b",)),
    (True, ("c", "a", "c"), ("a", "b", "c"), ("a", "c")),  # in the copy's order, once each
])
def test_the_rule_gives_what_is_left_out(confirmed: bool, leave_out: tuple[str, ...], items: tuple[str, ...],
                                         out: tuple[str, ...]) -> None:
    assert left_out_of_rest(confirmed=confirmed, leave_out=leave_out, items=items) == out


@pytest.mark.parametrize(("confirmed", "leave_out", "items", "code"), [
    (False, (), ("a",), "access_copy.denied_not_confirmed"),
    (False, ("a",), ("a",), "access_copy.denied_not_confirmed"),
    (True, ("z",), ("a",), "access_copy.leave_out_unknown"),
    (False, ("z",), ("a",), "access_copy.leave_out_unknown"),
])
def test_the_rule_refuses(confirmed: bool, leave_out: tuple[str, ...], items: tuple[str, ...], code: str) -> None:
    with pytest.raises((InvalidInput, RefusedByPolicy)) as refused:
        left_out_of_rest(confirmed=confirmed, leave_out=leave_out, items=items)
    assert refused.value.code == code


def test_left_out_ids_are_kept_as_data() -> None:
    given = Given(("progress",), left_out=("n1", "n2"))
    assert given_from_json(given.to_json()) == given
    assert given_from_json(Given(("progress",)).to_json()) == Given(("progress",))  # read as before


def test_the_command_line_leaves_out_and_confirms(vault: Vault, vault_dir: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    tmp_path = _out(tmp_path)
    chart, rid = _partly_denied(vault)
    vault.lock()
    monkeypatch.setenv("VAULT_APP_PDF_PASSWORD", fx.PASSWORD)
    v = ["--vault", str(vault_dir)]
    refused = cli(capsys, monkeypatch, "request", "copy", *v, rid, "--folder", str(tmp_path), "--json")
    assert refused.code != 0 and list(tmp_path.iterdir()) == []
    made = cli(capsys, monkeypatch, "request", "copy", *v, rid, "--folder", str(tmp_path),
               "--leave-out", chart.progress[1], "--denied-left-out", "--json")
    assert made.code == 0, made.err
    assert made.json()["left_out"] == [chart.progress[1]]
    assert chart.progress_markers[1] not in " ".join(fx.pdf_text(_progress_pdf(tmp_path)))
