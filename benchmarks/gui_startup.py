"""Start-up as a user sees it: the installed console script, whole processes.

- `vault-app --vault DIR` from process start to its unlock window mapped on a private
  Xvfb, side by side in the same run with a bare PySide6 program showing one QLabel
  (the floor for any Qt app on this machine). Medians of N alternating runs, after
  one unmeasured run of each (so both start with the same warm file cache); the
  target is the ratio: the app within 1.3x of the bare window.
- `vault-app --version` and `vault-app search` (a small demo vault, KDF at the OWASP
  floor so the figure is the process, not the key derivation) as whole processes.

Without Xvfb (or libX11) the window rows are skipped with a message.

    .venv/bin/python -m benchmarks.gui_startup [--runs N]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks import xwatch
from benchmarks.common import Measure, table

RATIO_TARGET = 1.3
UNLOCK_TITLE = "Unlock vault"
BARE_TITLE = "Bare PySide6 window"
BARE = f"""
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv)
label = QLabel("A bare PySide6 window: one label, nothing else.")
label.setWindowTitle({BARE_TITLE!r})
label.show()
sys.exit(app.exec())
"""
DEMO_PASSPHRASE = "benchmark demo passphrase"
FLOOR_KDF = ("--kdf-memory-mib", "19", "--kdf-iterations", "2", "--kdf-parallelism", "1")


def console_script() -> Path:
    script = Path(sys.executable).parent / "vault-app"
    if not script.exists():
        raise FileNotFoundError(f"the console script is not installed next to {sys.executable}: pip install -e .")
    return script


def _env(home: Path, display: str | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "DISPLAY")}
    env["HOME"] = str(home)  # the app's preferences go to a throwaway home
    for var, sub in (("XDG_CONFIG_HOME", ".config"), ("XDG_DATA_HOME", ".local/share"),
                     ("XDG_CACHE_HOME", ".cache"), ("XDG_STATE_HOME", ".local/state")):
        env[var] = str(home / sub)
    env.pop("VAULT_APP_PASSPHRASE", None)
    # A user's Python caches compiled modules; a CI or sandbox setting that forbids it
    # would make every run recompile the app from source (the unmeasured first run writes them).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if display:
        env["DISPLAY"] = display
    return env


def _to_window(watcher: xwatch.MapWatcher, command: list[str], title: str, env: dict[str, str]) -> Sample:
    watcher.drain()
    start = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        mapped = watcher.wait_for(title, proc.pid)
        return Sample(mapped - start, xwatch.cpu_seconds(proc.pid))
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@dataclass(frozen=True)
class Sample:
    """One start: seconds from process start to the mapped window, and the CPU seconds the
    process had used by then (all its threads; None where Linux's schedstat is missing).
    The CPU figure hardly moves with the load other programs put on the machine."""

    wall: float
    cpu: float | None


def window_times(folder: Path, runs: int, home: Path) -> tuple[list[Sample], list[Sample]]:
    """Each start to its mapped window: (vault-app's unlock window, the bare PySide6 window), `runs` each."""
    app_cmd = [str(console_script()), "--vault", str(folder)]
    bare_cmd = [sys.executable, "-c", BARE]
    app: list[Sample] = []
    bare: list[Sample] = []
    with xwatch.xvfb() as display:
        watcher = xwatch.MapWatcher(display)
        try:
            env = _env(home, display)
            _to_window(watcher, app_cmd, UNLOCK_TITLE, env)  # unmeasured: the file cache
            _to_window(watcher, bare_cmd, BARE_TITLE, env)
            for i in range(runs):
                order = ((app, app_cmd, UNLOCK_TITLE), (bare, bare_cmd, BARE_TITLE))
                for samples, cmd, title in order if i % 2 == 0 else reversed(order):
                    samples.append(_to_window(watcher, cmd, title, env))
        finally:
            watcher.close()
    return app, bare


def process_times(args: list[str], runs: int, home: Path, passphrase: str | None = None) -> list[float]:
    env = _env(home)
    if passphrase is not None:
        env["VAULT_APP_PASSPHRASE"] = passphrase
    times = []
    for _ in range(runs + 1):
        start = time.perf_counter()
        subprocess.run([str(console_script()), *args], check=True, env=env, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return times[1:]  # the first run only warms the file cache


def make_demo(folder: Path, home: Path) -> None:
    secret = home / "demo-passphrase"
    secret.write_text(DEMO_PASSPHRASE, encoding="utf-8")
    subprocess.run([str(console_script()), "demo", "--vault", str(folder), "--passphrase-file", str(secret),
                    "--no-keyring", "--clients", "5", "--notes-per-client", "4", *FLOOR_KDF],
                   check=True, env=_env(home), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def measures(folder: Path, runs: int = 5, root: Path | None = None) -> list[Measure]:
    """The start-up rows of `make bench`; `folder` is a locked vault for the unlock window."""
    with tempfile.TemporaryDirectory(prefix="vault_app_bench_start_", dir=root) as tmp:
        home = Path(tmp)
        out = _window_rows(folder, runs, home)
        version = [t * 1000 for t in process_times(["--version"], runs, home)]
        out.append(Measure.from_samples("vault-app --version (whole process)", version, stat="p50"))
        demo = home / "demo"
        make_demo(demo, home)
        search = [t * 1000 for t in process_times(["search", "--vault", str(demo), "--json", "sleep"], runs, home,
                                                  DEMO_PASSPHRASE)]
        out.append(Measure.from_samples(
            "vault-app search (whole process: unlock with the KDF at the OWASP floor, search, lock; 5-client demo)",
            search, stat="p50"))
    return out


def _window_rows(folder: Path, runs: int, home: Path) -> list[Measure]:
    app_name = "vault-app --vault DIR: process start to its unlock window mapped (Xvfb)"
    bare_name = "a bare PySide6 program: process start to its one QLabel window mapped (Xvfb, same run)"
    ratio_name = "start-up: vault-app / bare PySide6 window (medians)"
    # Information: the same starts in CPU time, which other programs' load barely changes.
    cpu_app_name = "vault-app: CPU time used by the time its unlock window is mapped"
    cpu_bare_name = "bare PySide6 program: CPU time used by the time its window is mapped"
    cpu_ratio_name = "start-up CPU time: vault-app / bare PySide6 window (medians)"
    try:
        app, bare = window_times(folder, runs, home)
    except xwatch.Unavailable as missing:
        why = f"skipped: {missing}"
        return [Measure.skip(name, unit, why) for name, unit in (
            (app_name, "ms"), (bare_name, "ms"), (ratio_name, "x"),
            (cpu_app_name, "ms"), (cpu_bare_name, "ms"), (cpu_ratio_name, "x"))]
    app_m = Measure.from_samples(app_name, [s.wall * 1000 for s in app], stat="p50")
    bare_m = Measure.from_samples(bare_name, [s.wall * 1000 for s in bare], stat="p50")
    ratio = Measure(ratio_name, "x", round(app_m.value / bare_m.value, 2), target=RATIO_TARGET)
    rows = [app_m, bare_m, ratio]
    app_cpu = [s.cpu * 1000 for s in app if s.cpu is not None]
    bare_cpu = [s.cpu * 1000 for s in bare if s.cpu is not None]
    if not (app_cpu and bare_cpu):
        why = "skipped: no /proc/PID/task/*/schedstat here"
        return [*rows, Measure.skip(cpu_app_name, "ms", why), Measure.skip(cpu_bare_name, "ms", why),
                Measure.skip(cpu_ratio_name, "x", why)]
    cpu_app = Measure.from_samples(cpu_app_name, app_cpu, stat="p50")
    cpu_bare = Measure.from_samples(cpu_bare_name, bare_cpu, stat="p50")
    return [*rows, cpu_app, cpu_bare, Measure(cpu_ratio_name, "x", round(cpu_app.value / cpu_bare.value, 2))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from vault_app.crypto.kdf import OWASP_FLOOR
    from vault_app.services.vault import create_vault

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "vault"
        create_vault(folder, "benchmark passphrase one", params=OWASP_FLOOR, use_device_secret=False).vault.lock()
        rows = measures(folder, args.runs, Path(tmp))
    print(table(rows))
    return 0 if all(m.passed is not False for m in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
