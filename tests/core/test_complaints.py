"""A complaint received by the practice and its disposition, kept as a compliance record (found by a
walker, W9: every letter says "you may complain to us", and nothing kept a complaint; 45 CFR
164.530(d)(2), (j)). The rules table-driven, both sides; the service on a real vault; the command line."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.core.cli_helpers import cli_with_a_chart
from vault_app.domain.complaints import Complaint, disposed, new_complaint
from vault_app.domain.errors import InvalidInput, RefusedByPolicy, VaultError
from vault_app.services import complaints
from vault_app.services.vault import Vault

TODAY = date(2026, 12, 6)
OPEN = Complaint("K-1", date(2026, 11, 1), "the client", "a letter went to the home address")


@pytest.mark.parametrize(("received", "who", "about", "code"), [
    (TODAY, "the client", "mail sent home", None),
    (TODAY - timedelta(days=400), "the client's mother", "billing disclosed", None),
    (TODAY + timedelta(days=1), "the client", "mail sent home", "complaint.received_future"),
    (TODAY, "  ", "mail sent home", "complaint.text_missing"),
    (TODAY, "the client", "", "complaint.text_missing"),
    (TODAY, "the client", "x" * 20_001, "complaint.text_too_long"),
])
def test_a_complaint_is_recorded_only_whole(received: date, who: str, about: str, code: str | None) -> None:
    if code is None:
        made = new_complaint("K-2", received_on=received, complainant=who, about=about, today=TODAY)
        assert made.open and made.kept_until == date(received.year + 6, received.month, received.day)
    else:
        with pytest.raises(VaultError) as refused:
            new_complaint("K-2", received_on=received, complainant=who, about=about, today=TODAY)
        assert refused.value.code == code


@pytest.mark.parametrize(("complaint", "on", "words", "code"), [
    (OPEN, TODAY, "apologized; mail now only to the PO box", None),
    (OPEN, OPEN.received_on, "same day", None),
    (OPEN, OPEN.received_on - timedelta(days=1), "before", "complaint.disposed_before_received"),
    (OPEN, TODAY + timedelta(days=1), "tomorrow", "complaint.disposed_future"),
    (OPEN, TODAY, " ", "complaint.text_missing"),
    (Complaint("K-1", date(2026, 11, 1), "c", "a", "done", date(2026, 11, 2)), TODAY, "again",
     "complaint.already_disposed"),
])
def test_a_disposition_once_and_in_order(complaint: Complaint, on: date, words: str, code: str | None) -> None:
    if code is None:
        done = disposed(complaint, disposition=words, on=on, today=TODAY)
        assert not done.open and done.kept_until == date(on.year + 6, on.month, on.day)  # from the disposition
    else:
        with pytest.raises((InvalidInput, RefusedByPolicy)) as refused:
            disposed(complaint, disposition=words, on=on, today=TODAY)
        assert refused.value.code == code


def test_kept_in_the_vault_and_the_ledger_without_words(vault: Vault) -> None:
    made = complaints.add_complaint(vault, received_on=date.today(), complainant="Rosalind H.",
                                    about="the denial letter went to my home address")
    done = complaints.record_disposition(vault, made.complaint_id, disposition="Apologized; address corrected.")
    assert complaints.list_complaints(vault) == [done]
    entries = [e for e in vault.ledger.entries() if e.kind.startswith("complaint.")]
    assert [e.kind for e in entries] == ["complaint.received", "complaint.disposed"]
    assert "home address" not in repr([e.payload for e in entries]) and "Rosalind" not in repr(
        [e.payload for e in entries])
    with pytest.raises(RefusedByPolicy):
        complaints.record_disposition(vault, made.complaint_id, disposition="again")


def test_the_command_line_records_lists_and_disposes(capsys: pytest.CaptureFixture[str],
                                                     monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    run, _chart = cli_with_a_chart(capsys, monkeypatch, tmp_path)
    added = run("complaint", "add", "--received-on", "2026-11-30", "--from", "the client",
                "--about", "a letter went to my home address", "--json")
    assert added.code == 0
    kid = added.json()["complaint_id"]
    listed = run("complaint", "list").out
    assert kid in listed and "11/30/2026" in listed and "open" in listed
    done = run("complaint", "dispose", kid, "--disposition", "Apologized; mail to the PO box only.")
    assert done.code == 0
    listed = run("complaint", "list").out
    assert "disposed" in listed and "kept until" in listed
    again = run("complaint", "dispose", kid, "--disposition", "twice")
    assert again.code != 0 and "already recorded" in again.err
