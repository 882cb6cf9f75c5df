"""Before Qt starts on Linux: find the system libraries its X11 plugin needs.

Without them Qt aborts with a cryptic "could not load the Qt platform plugin"
message and a core dump; a clinician deserves the exact install command instead.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Mapping
from importlib.util import find_spec
from pathlib import Path

# shared object -> Debian/Ubuntu package
DEBIAN_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libglib-2.0.so.0": "libglib2.0-0",
}


def _plugin(name: str) -> Path | None:
    spec = find_spec("PySide6")
    if spec is None or not spec.origin:
        return None
    path = Path(spec.origin).parent / "Qt" / "plugins" / "platforms" / f"libq{name}.so"
    return path if path.exists() else None


def _checked_stamp() -> Path:
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache) / "vault-app" / "qt-libraries-checked"


def _fingerprint(plugin: Path) -> str:
    """What the answer of ldd depends on: the plugin, the dynamic linker's cache (rewritten
    by ldconfig whenever a package adds or removes a library) and LD_LIBRARY_PATH."""
    facts: list[object] = [str(plugin), plugin.stat().st_mtime_ns, os.environ.get("LD_LIBRARY_PATH", "")]
    try:
        facts.append(Path("/etc/ld.so.cache").stat().st_mtime_ns)
    except OSError:
        facts.append(None)
    return repr(facts)


def missing_libraries(platform: str) -> list[str]:
    plugin = _plugin(platform)
    if plugin is None:
        return []
    # Running ldd costs a process start on every launch; once it found everything, a stamp
    # of what its answer depends on stands in for it until one of those changes.
    stamp, fingerprint = _checked_stamp(), _fingerprint(plugin)
    try:
        if stamp.read_text(encoding="utf-8") == fingerprint:
            return []
    except OSError:
        pass
    import shutil
    import subprocess

    if not shutil.which("ldd"):
        return []
    out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=False).stdout
    missing = sorted({line.split()[0] for line in out.splitlines() if "not found" in line})
    if not missing:
        with contextlib.suppress(OSError):
            stamp.parent.mkdir(parents=True, exist_ok=True)
            stamp.write_text(fingerprint, encoding="utf-8")
    return missing


def chosen_platform() -> str:
    if os.environ.get("QT_QPA_PLATFORM"):
        return os.environ["QT_QPA_PLATFORM"].split(":")[0]
    if os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("DISPLAY"):
        return "wayland"
    return "xcb"


# Qt platform plugins that draw without any display server.
HEADLESS_PLATFORMS = frozenset({"offscreen", "minimal", "minimalegl", "vnc", "eglfs", "linuxfb", "vkkhrdisplay"})

NO_DISPLAY = (
    "No graphical session found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the desktop app "
    "cannot open here; the command line works without one: vault-app --help"
)


def no_graphical_session(environ: Mapping[str, str] | None = None, platform: str | None = None) -> str | None:
    """The one-line explanation when there is no display to open a window on, else None.

    Without it Qt aborts (status 134) with a message about libxcb-cursor0, which sends
    people installing packages they already have, typically over SSH."""
    env = os.environ if environ is None else environ
    if not (platform or sys.platform).startswith("linux"):
        return None
    # QT_QPA_PLATFORM may list fallbacks ("wayland;xcb") and options ("vnc:size=800x600").
    chosen = {p.split(":")[0].strip() for p in env.get("QT_QPA_PLATFORM", "").split(";")}
    if chosen & HEADLESS_PLATFORMS:
        return None
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return None
    return NO_DISPLAY


def explain_missing() -> str | None:
    """A message naming what to install, or None when Qt can start."""
    if not sys.platform.startswith("linux"):
        return None
    platform = chosen_platform()
    if platform not in ("xcb", "offscreen", "wayland"):
        return None
    missing = missing_libraries(platform)
    if not missing:
        return None
    packages = sorted({DEBIAN_PACKAGES.get(lib, lib) for lib in missing})
    return (
        "The desktop window cannot start: Qt needs system libraries that are not installed ("
        + ", ".join(missing)
        + ").\nOn Debian or Ubuntu install them with:\n  sudo apt-get install "
        + " ".join(packages)
        + "\n(Other distributions: install the packages that provide these files.)\n"
        "The command-line interface works without them: vault-app --help"
    )


if __name__ == "__main__":
    message = explain_missing()
    if message:
        print(message, file=sys.stderr)
        raise SystemExit(7)
