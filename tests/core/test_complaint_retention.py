"""A complaint is kept six years from the later of the day it was received and the day of its
disposition, then may be destroyed (45 CFR 164.530(j)(2)): never before, never while open, by the
therapist, with a ledger entry of its id and days only. Complaints were never deletable (found by a
lead). The rule table-driven both sides (fixed days, no clock); the service on a real vault; the
command line; `retention eligible` ends with the complaints due."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.core.cli_helpers import cli_with_a_chart
from tests.core.disclosure_fixtures import today
from vault_app.domain.complaints import Complaint, destroy_refusal, due_for_destruction
from vault_app.domain.errors import RefusedByPolicy
from vault_app.services import complaints
from vault_app.services.vault import Vault

RECEIVED = date(2018, 3, 5)


def _disposed(on: date | None) -> Complaint:
    return Complaint("K-7", RECEIVED, "the client", "a letter went home", "apologized" if on else "", on)


@pytest.mark.parametrize(("disposed_on", "day", "code"), [
    # Six years from the disposition, the later day: on that day it may go, not the day before.
    (date(2019, 1, 10), date(2025, 1, 10), None),
    (date(2019, 1, 10), date(2026, 12, 7), None),
    (date(2019, 1, 10), date(2025, 1, 9), "complaint.destroy_too_early"),
    # Six years from the day received run out, but the disposition came later: kept six from that.
    (date(2021, 6, 1), date(2024, 3, 5), "complaint.destroy_too_early"),
    (date(2021, 6, 1), date(2027, 5, 31), "complaint.destroy_too_early"),
    (date(2021, 6, 1), date(2027, 6, 1), None),
    # Disposed of the day it came: six years from that day.
    (RECEIVED, date(2024, 3, 5), None),
    (RECEIVED, date(2024, 3, 4), "complaint.destroy_too_early"),
    # Open: still in effect, however old.
    (None, date(2030, 1, 1), "complaint.destroy_open"),
    (None, date(2024, 3, 5), "complaint.destroy_open"),
])
def test_a_complaint_may_be_destroyed_only_after_its_six_years(
        disposed_on: date | None, day: date, code: str | None) -> None:
    c = _disposed(disposed_on)
    refused = destroy_refusal(c, day)
    assert (refused.code if refused is not None else None) == code
    assert due_for_destruction([c], day) == ([] if code else [c])
    if code == "complaint.destroy_too_early":
        assert refused is not None and "45 CFR 164.530(j)(2)" in refused.message
        assert refused.params["day"] in refused.message  # the day it may go, as the practice writes deadlines


def test_the_refusal_says_the_day_in_the_practices_words() -> None:
    refused = destroy_refusal(_disposed(date(2021, 6, 1)), date(2026, 12, 7), "es_US")
    assert refused is not None and refused.params["day"] == "1 de junio de 2027"


def _years_ago(n: int) -> date:
    return today() - timedelta(days=366 * n)  # never a 29 February a year without one


def test_destroyed_once_due_with_ids_and_days_only_in_the_ledger(vault: Vault) -> None:
    old = complaints.add_complaint(vault, received_on=_years_ago(9), complainant="Rosalind H.",
                                   about="the denial letter went to my home address")
    complaints.record_disposition(vault, old.complaint_id, disposition="Apologized; address corrected.",
                                  on=_years_ago(8))
    recent = complaints.add_complaint(vault, received_on=_years_ago(7),
                                      complainant="Mo T.", about="a voicemail")
    complaints.record_disposition(vault, recent.complaint_id, disposition="Explained.", on=today() - timedelta(days=30))
    assert [c.complaint_id for c in complaints.due_complaints(vault)] == [old.complaint_id]
    with pytest.raises(RefusedByPolicy) as early:
        complaints.destroy_complaint(vault, recent.complaint_id, confirm=True)
    assert early.value.code == "complaint.destroy_too_early" and "cannot be destroyed before" in early.value.message
    with pytest.raises(Exception) as unconfirmed:
        complaints.destroy_complaint(vault, old.complaint_id, confirm=False)
    assert getattr(unconfirmed.value, "code", "") == "complaint.destroy_confirm"
    complaints.destroy_complaint(vault, old.complaint_id, confirm=True)
    assert [c.complaint_id for c in complaints.list_complaints(vault)] == [recent.complaint_id]
    [entry] = [e for e in vault.ledger.entries() if e.kind == complaints.DESTROYED]
    assert set(entry.payload) == {"complaint_id", "received_on", "disposed_on", "kept_until", "destroyed_on"}
    assert "Rosalind" not in repr(entry.payload) and "address" not in repr(entry.payload)
    assert vault.verify_ledger().ok


def test_the_command_line_lists_due_refuses_early_and_destroys(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    run, _chart = cli_with_a_chart(capsys, monkeypatch, tmp_path)
    old_day, recent_day = _years_ago(8), today() - timedelta(days=10)
    kid = run("complaint", "add", "--received-on", old_day.isoformat(), "--from", "the client",
              "--about", "mail sent home", "--json").json()["complaint_id"]
    assert run("complaint", "dispose", kid, "--disposition", "Apologized.", "--on", old_day.isoformat()).code == 0
    new = run("complaint", "add", "--received-on", recent_day.isoformat(), "--from", "the client",
              "--about", "a voicemail", "--json").json()["complaint_id"]
    assert run("complaint", "dispose", new, "--disposition", "Explained.").code == 0
    due = run("complaint", "list", "--due")
    assert kid in due.out and new not in due.out
    eligible = run("retention", "eligible").out
    assert "Complaints past their six years (45 CFR 164.530(j)(2))" in eligible and kid in eligible, eligible
    assert new not in eligible
    early = run("complaint", "destroy", new, "--confirm")
    assert early.code != 0 and "cannot be destroyed before that day" in early.err, early.err
    assert run("complaint", "destroy", kid).code != 0  # not confirmed
    done = run("complaint", "destroy", kid, "--confirm")
    assert done.code == 0 and f"Complaint {kid} destroyed" in done.out, done.err
    assert kid not in run("complaint", "list").out and "past their six years" not in run("retention", "eligible").out
