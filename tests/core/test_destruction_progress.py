"""A destruction tells its watcher each step as it begins, in order, with a total known
from the start; the steps carry no client data; a watcher that fails stops nothing."""

from __future__ import annotations

from pathlib import Path

from tests.core.destruction_helpers import seed_chart
from vault_app.services import backup, clients, destruction, destruction_new_backup
from vault_app.services import destruction_progress as progressing
from vault_app.services.destruction_progress import Step
from vault_app.services.vault import Vault


def test_a_chart_with_two_backups_reports_every_step_in_order(psy_vault: Vault, tmp_path: Path) -> None:
    chart = seed_chart(psy_vault, "P")
    for name in ("usb1", "usb2"):
        backup.create_backup(psy_vault, tmp_path / name)
    steps: list[Step] = []
    cert = destruction.destroy(psy_vault, chart.chart_number, basis="retention", confirm=chart.chart_number,
                               progress=steps.append)
    assert cert["verification"]["result"] == "passed"
    phases = [s.phase for s in steps]
    assert phases == ["retain", "delete", "delete", "compact", "compact", "rekey", "rekey", "crypto_erase",
                      "search", "structural", "backup", "backup", "sign", "new_backup"], phases
    assert [(s.backup, s.backups) for s in steps if s.phase == "backup"] == [(1, 2), (2, 2)]
    # The total is known from the first step and the bar only moves forward, never past the end.
    totals = {s.total for s in steps}
    assert totals == {14}, totals
    done = [s.done for s in steps]
    assert done == sorted(done) and done[0] == 0 and done[-1] == 13
    # The new backup once the backups were purged is a step of its own (the bar stood on the
    # signing while it was written), said as what it is for.
    assert progressing.describe(steps[-1]) == ("Making a new backup, so that an older copy of the vault put back "
                                               "knows of this destruction")
    assert cert[destruction_new_backup.KEY]["made"] is True
    assert all(0.0 <= s.fraction < 1.0 for s in steps)
    assert progressing.describe(steps[10]) == "Purging backup 1 of 2"
    # Phase names and counts only: nothing of the chart travels with a step.
    words = " ".join(progressing.describe(s) for s in steps) + repr(steps)
    for needle in chart.needles().values():
        assert needle.decode(errors="ignore") not in words


def test_psychotherapy_notes_only_report_one_compartment_and_no_crypto_erase(psy_vault: Vault) -> None:
    chart = seed_chart(psy_vault, "N")
    steps: list[Step] = []
    destruction.destroy(psy_vault, chart.chart_number, basis="override", confirm=chart.chart_number,
                        note_ids=chart.psychotherapy_note_ids, override_reason="Duplicate notes entered in error",
                        progress=steps.append)
    assert [s.phase for s in steps] == ["delete", "compact", "rekey", "search", "structural", "sign"]
    assert {s.total for s in steps} == {6}


def test_a_failing_watcher_does_not_leave_the_destruction_half_done(psy_vault: Vault) -> None:
    """Past the "started" entry nothing may stop the destruction, a broken display least of all."""
    chart = seed_chart(psy_vault, "F")
    calls: list[str] = []

    def broken(step: Step) -> None:
        calls.append(step.phase)
        raise RuntimeError("the display went away")

    cert = destruction.destroy(psy_vault, chart.chart_number, basis="retention", confirm=chart.chart_number,
                               progress=broken)
    assert cert["verification"]["result"] == "passed"
    assert calls[-1] == "sign" and len(calls) > 5
    assert chart.client_id not in {c.client_id for c in clients.list_clients(psy_vault)}


def test_resume_reports_its_steps_too(psy_vault: Vault, tmp_path: Path) -> None:
    """An interrupted destruction (a started entry, nothing done) is finished with the same steps."""
    from vault_app.services.destruction_plan import plan

    chart = seed_chart(psy_vault, "R")
    payload, _needles = plan(psy_vault, chart.chart_number, basis="retention", confirm=chart.chart_number)
    psy_vault.ledger.append(destruction.STARTED, payload)
    steps: list[Step] = []
    out = destruction.resume_interrupted(psy_vault, steps.append)
    # still_holding: what the certificate says may still hold the chart (none here).
    assert out == [{"certificate_id": payload["destruction_id"], "state": "completed", "still_holding": []}]
    assert steps[0].phase == "retain" and steps[-1].phase == "sign"


def test_each_compartments_step_is_told_apart(psy_vault: Vault) -> None:
    """`destroy` printed "[2/13] Deleting the records…" then "[3/13] Deleting the records…" (and so
    for compacting and re-encrypting, found by a walker): one step per compartment, said alike."""
    chart = seed_chart(psy_vault, "D")
    steps: list[Step] = []
    destruction.destroy(psy_vault, chart.chart_number, basis="retention", confirm=chart.chart_number,
                        progress=steps.append)
    said = [progressing.describe(s) for s in steps]
    assert len(set(said)) == len(said), said
    assert said[1:3] == ["Deleting the records (part 1 of 2)", "Deleting the records (part 2 of 2)"], said
