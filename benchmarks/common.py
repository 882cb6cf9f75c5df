"""What every benchmark script shares: timing, percentiles, the result table, machine facts, JSON.

A `Measure` is one line of the table: a figure (p50/p95/max of timed runs, or a
single value), its target, and, for storage operations, the same workload on
plain SQLite and the encrypted/plain ratio.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

from vault_app.services.device_secret import NoSecretStore

PASSPHRASE = "benchmark passphrase one"
OUT = Path(__file__).resolve().parent / "out"
RATIO_TARGET = 1.3


# Every benchmark vault shares its template's vault id, so a ledger anchor left in a real keyring
# by one run would make the next run's fresh copy look rolled back; and benchmarks have no
# business in the keyring.
NO_KEYRING = NoSecretStore()


# --- timing ---------------------------------------------------------------------------------
def time_ms(fn: Callable[[], object], runs: int) -> list[float]:
    """Wall-clock milliseconds of `runs` calls of `fn`."""
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def time_each_ms(fn: Callable[[Any], object], items: Iterable[Any]) -> list[float]:
    """Milliseconds of `fn(item)` for each item (one search per query, for instance)."""
    samples = []
    for item in items:
        start = time.perf_counter()
        fn(item)
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def once_s(fn: Callable[[], Any]) -> tuple[float, Any]:
    """Seconds of one call, and its result."""
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


@contextmanager
def clock_calls(module: ModuleType, name: str) -> Iterator[list[float]]:
    """Seconds spent in `module.name` during the block, one entry per call.

    Wraps the module attribute the code under test looks up at call time, so an
    operation is timed as a whole and one of its parts exactly, in the same run
    (the KDF inside an unlock, the index merge inside a bulk write)."""
    spent: list[float] = []
    original = getattr(module, name)

    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            spent.append(time.perf_counter() - start)

    setattr(module, name, timed)
    try:
        yield spent
    finally:
        setattr(module, name, original)


def percentile(samples: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..1) of the samples."""
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


# An autosave every 25 ms while a job runs beside the worker (a therapist typing steadily).
AUTOSAVE_PACE_S = 0.025


def autosaves(call: Callable[[Callable[[Any], Any]], Any], note_id: str, until: threading.Event,
              count: int | None = None, *, section: str = "subjective",
              starts: list[float] | None = None) -> list[float]:
    """Autosave the draft `note_id` through `call` (a worker's: SerialWorker.call) every
    AUTOSAVE_PACE_S until `until` is set (or `count` times): each wait in ms, from the
    submission to the result; `starts` gets each one's perf_counter start."""
    from vault_app.services import notes

    out: list[float] = []
    n = 0
    while not until.is_set() and (count is None or n < count):
        n += 1
        text = {section: f"Typed {n}."}
        start = time.perf_counter()
        call(lambda v, t=text: notes.save_draft(v, note_id, t))  # type: ignore[misc]
        out.append((time.perf_counter() - start) * 1000)
        if starts is not None:
            starts.append(start)
        time.sleep(AUTOSAVE_PACE_S)
    return out


def waits(baseline: list[float], during: list[float]) -> tuple[float, float, float, float]:
    """The autosave waits a job beside the worker leaves (bench_import_beside,
    bench_destruction_beside): p50, p95 and worst during the job, and the p95 without it."""
    worst = max(during) if during else float("nan")
    return percentile(during, 0.5), percentile(during, 0.95), worst, percentile(baseline, 0.95)


def stats(samples: list[float]) -> dict[str, float]:
    return {
        "p50": round(statistics.median(samples), 2),
        "p95": round(percentile(samples, 0.95), 2),
        "max": round(max(samples), 2),
        "runs": len(samples),
    }


# --- the table ------------------------------------------------------------------------------
@dataclass
class Measure:
    """One line of the table. `value` is what the target is checked against ("p95" of the samples,
    or a single figure); `plain` is the same statistic on unencrypted SQLite."""

    name: str
    unit: str
    value: float
    target: float | None = None
    stat: str = ""
    p50: float | None = None
    max: float | None = None
    plain: float | None = None
    plain_p50: float | None = None
    ratio_target: float | None = None
    runs: int = 1
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    skipped: str = ""  # why the row could not be measured here (e.g. no Xvfb); then there is no figure

    @classmethod
    def skip(cls, name: str, unit: str, why: str) -> Measure:
        return cls(name, unit, 0.0, skipped=why)

    @classmethod
    def from_samples(cls, name: str, samples: list[float], *, target: float | None = None, stat: str = "p95",
                     plain: list[float] | None = None, unit: str = "ms", note: str = "") -> Measure:
        s = stats(samples)
        m = cls(name, unit, s[stat], target, stat, s["p50"], s["max"], runs=len(samples), note=note)
        if plain:
            ps = stats(plain)
            m.plain, m.plain_p50, m.ratio_target = ps[stat], ps["p50"], RATIO_TARGET
        return m

    @property
    def ratio(self) -> float | None:
        if self.plain is None or self.plain <= 0:
            return None
        # Three significant figures: a row far below its baseline (the unlock's sweep by
        # intents, a few µs against tens of ms) must not read as a ratio of 0.
        ratio = self.value / self.plain
        return round(ratio, 2) if ratio >= 0.1 else float(f"{ratio:.3g}")

    @property
    def passed(self) -> bool | None:
        """None when there is nothing to check; otherwise the target and the ratio target both hold."""
        if self.skipped:
            return None
        checks = []
        if self.target is not None:
            checks.append(self.value <= self.target)
        if self.ratio_target is not None and self.ratio is not None:
            checks.append(self.ratio <= self.ratio_target)
        return all(checks) if checks else None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self) | {"ratio": self.ratio, "passed": self.passed}


def _num(value: float | None, unit: str) -> str:
    if value is None:
        return ""
    if unit == "ms":
        return f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "MB":
        return f"{value:.0f} MB"
    if unit == "x":
        return f"{value:.2f} x"
    return f"{value:g} {unit}".strip()


def table(measures: list[Measure]) -> str:
    """The Markdown table: figure (with p50 where there are samples), target, plain SQLite, ratio, verdict."""
    lines = [
        "| measure | figure | target | plain SQLite | encrypted / plain | result |",
        "| --- | ---: | ---: | ---: | ---: | :---: |",
    ]
    for m in measures:
        if m.skipped:
            lines.append(f"| {m.name} | {m.skipped} |  |  |  |  |")
            continue
        stat = f"{m.stat} " if m.stat and m.runs > 1 else ""
        figure = stat + _num(m.value, m.unit)
        if stat and m.stat != "p50" and m.p50 is not None:
            figure += f" (p50 {_num(m.p50, m.unit)}, n={m.runs})"
        elif stat and m.max is not None:
            figure += f" (max {_num(m.max, m.unit)}, n={m.runs})"
        if m.target is not None:
            target = f"<= {_num(m.target, m.unit)}"
        else:
            target = "(ratio only)" if m.ratio_target else "(information)"
        plain = stat + _num(m.plain, m.unit) if m.plain is not None else ""
        ratio = "" if m.ratio is None else f"{m.ratio:.2f}" + (f" (<= {m.ratio_target:g})" if m.ratio_target else "")
        verdict = {True: "pass", False: "**FAIL**", None: ""}[m.passed]
        name = m.name + (f" ({m.note})" if m.note else "")
        lines.append(f"| {name} | {figure} | {target} | {plain} | {ratio} | {verdict} |")
    return "\n".join(lines)


# --- the machine ----------------------------------------------------------------------------
def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _ram_gib() -> float | None:
    try:
        pages, size = os.sysconf("SC_PHYS_PAGES"), os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return None
    return round(pages * size / 2**30, 1)


def _sqlcipher_version() -> str:
    # Benchmarks may talk to the driver directly (vault_app code outside storage/ may not).
    from sqlcipher3 import dbapi2

    conn = dbapi2.connect(":memory:")
    try:
        row = conn.execute("PRAGMA cipher_version").fetchone()
        sqlite = conn.execute("SELECT sqlite_version()").fetchone()[0]
    finally:
        conn.close()
    return f"{row[0] if row else '?'} (SQLite {sqlite})"


def machine() -> dict[str, Any]:
    try:
        load = [round(x, 2) for x in os.getloadavg()]
    except OSError:
        load = []
    return {
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "ram_gib": _ram_gib(),
        "os": platform.platform(),
        "python": sys.version.split()[0],
        "sqlcipher": _sqlcipher_version(),
        "load_average": load,
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
    }


def machine_line(info: dict[str, Any]) -> str:
    load = "/".join(str(x) for x in info.get("load_average", []))
    return (f"{info['cpu']}, {info['cores']} cores, {info['ram_gib']} GiB RAM; {info['os']}; "
            f"Python {info['python']}; SQLCipher {info['sqlcipher']}; {info['date']}"
            + (f"; load average {load} at the start" if load else ""))


def write_json(name: str, data: dict[str, Any], out: Path = OUT) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    path = out / name
    path.write_text(json.dumps(data, indent=2, default=str) + "\n", encoding="utf-8")
    return path
