"""The agenda benchmark's workload is right (the timings are measured by benchmarks.run_all, not here)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from benchmarks import agenda_bench, plain
from vault_app.services import appointments, clients, sessions
from vault_app.services.vault import Vault


def test_week_view_benchmark_runs_the_same_workload_on_both_sides(vault: Vault, tmp_path: Path) -> None:
    ids = [clients.create_client(vault, f"Bench Person {i}").client_id for i in range(3)]
    for i, client_id in enumerate(ids):
        for month in (1, 2):
            sessions.add_session(vault, client_id, date=date(2020 + i, month, 6), start_time="10:00",
                                 duration_minutes=53)
    with plain.plain_copy(vault, tmp_path / "plain") as pv:
        measure = agenda_bench.week_view(vault, pv, 5)
        assert measure.runs == 5 and measure.plain is not None and measure.value > 0
        # every session got its attended appointment; the future weeks are scheduled, on both sides
        for v in (vault, pv):
            week = appointments.week(v, date(2021, 1, 6))
            assert [(r.kind, r.status) for r in week] == [("appointment", "attended")]
            assert week[0].session_id is not None
        assert len(appointments.list_for_client(vault, ids[0])) == len(appointments.list_for_client(pv, ids[0]))
        assert len(appointments.list_for_client(vault, ids[0])) == 2 + agenda_bench.AHEAD_WEEKS
