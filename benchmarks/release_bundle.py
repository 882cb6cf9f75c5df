"""The Linux release bundle's rows of the benchmark table: its size, packed and unpacked, and
the frozen program's start to its unlock window on Xvfb, next to the source install's console
script in the same run (a ratio, never an absolute requirement).

The bundle is the one `make release` left in dist/release/ (or $VAULT_APP_BUNDLE_DIR); without
one the rows say so and are skipped.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
from pathlib import Path

from benchmarks import gui_startup, xwatch
from benchmarks.common import Measure

ROOT = Path(__file__).resolve().parents[1]
SIZE_NAME = "release bundle (Linux tarball): download size"
UNPACKED_NAME = "release bundle: unpacked size"
START_NAME = "release bundle: process start to its unlock window mapped (Xvfb)"
RATIO_NAME = "start-up: release bundle / source console script (medians, same run)"


def find_bundle() -> tuple[Path, Path] | None:
    where = Path(os.environ.get("VAULT_APP_BUNDLE_DIR") or ROOT / "dist" / "release")
    tarballs = sorted(where.glob("vault-app-*-linux-*.tar.gz"))
    if not tarballs:
        return None
    folder = tarballs[-1].with_name(tarballs[-1].name.removesuffix(".tar.gz"))
    return (tarballs[-1], folder) if folder.is_dir() else None


def _to_window(watcher: xwatch.MapWatcher, command: list[str], env: dict[str, str]) -> float:
    watcher.drain()
    start = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        return watcher.wait_for(gui_startup.UNLOCK_TITLE, proc.pid) - start
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def start_times(launcher: Path, vault: Path, runs: int, home: Path) -> tuple[list[float], list[float]]:
    """Seconds to the mapped unlock window: (the bundle's launcher, the source console script)."""
    bundle_cmd = [str(launcher), "--vault", str(vault)]
    source_cmd = [str(gui_startup.console_script()), "--vault", str(vault)]
    frozen: list[float] = []
    source: list[float] = []
    with xwatch.xvfb() as display:
        watcher = xwatch.MapWatcher(display)
        try:
            env = _env(home, display)
            _to_window(watcher, bundle_cmd, env)  # unmeasured: the file cache
            _to_window(watcher, source_cmd, env)
            for i in range(runs):
                order = ((frozen, bundle_cmd), (source, source_cmd))
                for samples, cmd in order if i % 2 == 0 else reversed(order):
                    samples.append(_to_window(watcher, cmd, env))
        finally:
            watcher.close()
    return frozen, source


def _env(home: Path, display: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "DISPLAY", "VAULT_APP_PASSPHRASE")}
    env["HOME"] = str(home)
    for var, sub in (("XDG_CONFIG_HOME", ".config"), ("XDG_DATA_HOME", ".local/share"),
                     ("XDG_CACHE_HOME", ".cache"), ("XDG_STATE_HOME", ".local/state")):
        env[var] = str(home / sub)
    env["DISPLAY"] = display
    return env


def measures(vault: Path, runs: int = 5, root: Path | None = None) -> list[Measure]:
    found = find_bundle()
    if found is None:
        why = "skipped: no release bundle in dist/release (run make release)"
        return [Measure.skip(n, u, why) for n, u in
                ((SIZE_NAME, "MiB"), (UNPACKED_NAME, "MiB"), (START_NAME, "ms"), (RATIO_NAME, "x"))]
    tarball, folder = found
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    size = Measure(SIZE_NAME, "MiB", round(tarball.stat().st_size / 2**20, 1))
    unpacked = Measure(UNPACKED_NAME, "MiB", round(sum(p.stat().st_size for p in files) / 2**20, 1),
                       note=f"{len(files)} files")
    with tempfile.TemporaryDirectory(prefix="vault_app_bench_release_", dir=root) as tmp:
        try:
            frozen, source = start_times(folder / "vault-app", vault, runs, Path(tmp))
        except xwatch.Unavailable as missing:
            why = f"skipped: {missing}"
            return [size, unpacked, Measure.skip(START_NAME, "ms", why), Measure.skip(RATIO_NAME, "x", why)]
    start = Measure.from_samples(START_NAME, [t * 1000 for t in frozen], stat="p50")
    source_p50 = Measure.from_samples("source", [t * 1000 for t in source], stat="p50").value
    ratio = Measure(RATIO_NAME, "x", round(start.value / source_p50, 2),
                    note=f"source console script p50 {source_p50:.0f} ms")
    return [size, unpacked, start, ratio]
