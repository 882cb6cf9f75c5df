"""The agenda's week view on a 30-year practice, encrypted and on plain SQLite in the same run.

The synthetic practice has sessions but no appointments (they came later), so both
vaults first get the same appointments: one attended appointment behind every session
of the 30 years, and a year of weekly appointments ahead for the active charts. Then
the week view's query (services.appointments.week: appointments and the sessions
recorded without one, with the chart's name and note state) runs for random weeks,
alternating between the two vaults call by call.
"""

from __future__ import annotations

import random
import time
from datetime import date, timedelta
from datetime import time as clock

from benchmarks.common import Measure
from vault_app.domain.appointments import Appointment
from vault_app.services import appointments
from vault_app.services.vault import Vault
from vault_app.storage import appointments as appointment_store

TARGET_MS = 50.0
AHEAD_WEEKS = 52


def populate(vault: Vault, *, seed: int = 7) -> int:
    """The same appointments on any copy of the practice (ids derive from the session ids)."""
    rows = vault.records.query("SELECT session_id, client_id, date, start_time, duration_minutes FROM sessions")
    stamp = "2026-01-01T00:00:00+00:00"
    made = []
    for session_id, client_id, day, start, minutes in rows:
        begin = clock.fromisoformat(start) if start else clock(9, 0)
        made.append(Appointment(
            appointment_id="a" + session_id[1:], client_id=client_id, date=date.fromisoformat(day), start_time=begin,
            duration_minutes=max(5, min(int(minutes), 600)), status="attended", session_id=session_id,
            created_at=stamp, updated_at=stamp))
    active = sorted({r[1] for r in rows})
    rng = random.Random(seed)
    today = date.today()
    for client_id in rng.sample(active, min(30, len(active))):
        first = today + timedelta(days=rng.randrange(7))
        hour = 8 + rng.randrange(10)
        for week in range(AHEAD_WEEKS):
            made.append(Appointment(
                appointment_id=f"f{week:03d}{client_id[4:]}", client_id=client_id,
                date=first + timedelta(weeks=week), start_time=clock(hour, 0), duration_minutes=53,
                series_id="s" + client_id[1:], recurrence="weekly", created_at=stamp, updated_at=stamp))
    with vault.records.transaction():
        appointment_store.insert_many(vault.records, made)
    return len(made)


def week_view(enc: Vault, plain: Vault, runs: int, *, seed: int = 3) -> Measure:
    count = populate(enc)
    populate(plain)
    first = date.fromisoformat(enc.records.query("SELECT min(date) FROM sessions")[0][0])
    span = (date.today() + timedelta(weeks=AHEAD_WEEKS) - first).days
    rng = random.Random(seed)
    days = [first + timedelta(days=rng.randrange(span)) for _ in range(runs)]
    for v in (enc, plain):  # the first read after unlock warms the page cache
        appointments.week(v, days[0])
    samples: tuple[list[float], list[float]] = ([], [])
    rows = 0
    for day in days:
        for side, vault in enumerate((enc, plain)):
            start = time.perf_counter()
            found = appointments.week(vault, day)
            samples[side].append((time.perf_counter() - start) * 1000)
            rows += len(found) if side == 0 else 0
    return Measure.from_samples(
        f"agenda week view, {runs} random weeks ({count:,} appointments; avg {rows / max(1, runs):.1f} per week)",
        samples[0], target=TARGET_MS, plain=samples[1])


__all__ = ["populate", "week_view"]
