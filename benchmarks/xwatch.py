"""A private X server (Xvfb) and the moment a window with a given title is mapped on it.

The benchmark watches the root window for MapNotify events through libX11 (ctypes)
instead of polling `xdotool search --sync`, which sleeps half a second between
searches: too coarse for start-up times of about a second.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import select
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager

MAP_NOTIFY = 19
SUBSTRUCTURE_NOTIFY_MASK = 1 << 19


class Unavailable(Exception):
    """Xvfb or libX11 is missing: the rows that need a display are skipped with this message."""


class _XMapEvent(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                ("display", ctypes.c_void_p), ("event", ctypes.c_ulong), ("window", ctypes.c_ulong),
                ("override_redirect", ctypes.c_int)]


class _XEvent(ctypes.Union):
    _fields_ = [("type", ctypes.c_int), ("xmap", _XMapEvent), ("pad", ctypes.c_long * 24)]


def _libx11() -> ctypes.CDLL:
    name = ctypes.util.find_library("X11")
    if not name:
        raise Unavailable("libX11 not found (apt-get install libx11-6)")
    x = ctypes.CDLL(name)
    x.XOpenDisplay.restype = ctypes.c_void_p
    x.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x.XDefaultRootWindow.restype = ctypes.c_ulong
    x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    x.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
    x.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
    x.XPending.argtypes = [ctypes.c_void_p]
    x.XConnectionNumber.argtypes = [ctypes.c_void_p]
    x.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.POINTER(_XEvent)]
    x.XInternAtom.restype = ctypes.c_ulong
    x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x.XGetWindowProperty.argtypes = [
        ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_long, ctypes.c_long, ctypes.c_int, ctypes.c_ulong,
        ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_ulong),
        ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_void_p)]
    x.XFree.argtypes = [ctypes.c_void_p]
    x.XCloseDisplay.argtypes = [ctypes.c_void_p]
    return x


class MapWatcher:
    """Connected to `display` and told about every top-level window mapped from now on."""

    def __init__(self, display: str) -> None:
        self.x = _libx11()
        self.dpy = self.x.XOpenDisplay(display.encode())
        if not self.dpy:
            raise Unavailable(f"cannot connect to the X server {display}")
        root = self.x.XDefaultRootWindow(self.dpy)
        self.x.XSelectInput(self.dpy, root, SUBSTRUCTURE_NOTIFY_MASK)
        self.x.XSync(self.dpy, 0)
        self.net_wm_name = self.x.XInternAtom(self.dpy, b"_NET_WM_NAME", 0)
        self.net_wm_pid = self.x.XInternAtom(self.dpy, b"_NET_WM_PID", 0)

    def close(self) -> None:
        self.x.XCloseDisplay(self.dpy)

    def _property(self, window: int, atom: int) -> bytes:
        kind, fmt, n, after = ctypes.c_ulong(), ctypes.c_int(), ctypes.c_ulong(), ctypes.c_ulong()
        data = ctypes.c_void_p()
        status = self.x.XGetWindowProperty(self.dpy, window, atom, 0, 1024, 0, 0, ctypes.byref(kind),
                                           ctypes.byref(fmt), ctypes.byref(n), ctypes.byref(after),
                                           ctypes.byref(data))
        if status != 0 or not data.value:
            return b""
        try:
            # 32-bit items come back as C longs (8 bytes each on 64-bit Linux).
            size = n.value * (ctypes.sizeof(ctypes.c_long) if fmt.value == 32 else fmt.value // 8)
            return ctypes.string_at(data.value, size)
        finally:
            self.x.XFree(data)

    def title(self, window: int) -> str:
        return self._property(window, self.net_wm_name).decode("utf-8", "replace")

    def pid(self, window: int) -> int | None:
        raw = self._property(window, self.net_wm_pid)
        return int.from_bytes(raw[:ctypes.sizeof(ctypes.c_long)], "little") if raw else None

    def drain(self) -> None:
        """Forget the events so far (a window of an earlier run mapped again, for instance)."""
        event = _XEvent()
        self.x.XSync(self.dpy, 0)
        while self.x.XPending(self.dpy):
            self.x.XNextEvent(self.dpy, ctypes.byref(event))

    def wait_for(self, title_prefix: str, pid: int, timeout_s: float = 120.0) -> float:
        """perf_counter() when a window of process `pid` whose title starts with `title_prefix` was mapped."""
        deadline = time.monotonic() + timeout_s
        event = _XEvent()
        fd = self.x.XConnectionNumber(self.dpy)
        while True:
            while self.x.XPending(self.dpy):
                self.x.XNextEvent(self.dpy, ctypes.byref(event))
                window = event.xmap.window
                if event.type == MAP_NOTIFY and self.pid(window) == pid and self.title(window).startswith(
                        title_prefix):
                    return time.perf_counter()
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"no window titled {title_prefix!r} of process {pid} was mapped")
            select.select([fd], [], [], left)


def cpu_seconds(pid: int) -> float | None:
    """CPU time process `pid` has used so far, all its live threads (Linux schedstat, ns
    resolution; /proc/PID/stat counts in 10 ms ticks, too coarse here). None without it."""
    total = 0
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/schedstat", encoding="ascii") as stat:
                total += int(stat.read().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    return total / 1e9


@contextmanager
def xvfb() -> Iterator[str]:
    """A private Xvfb on a display number it picks itself (-displayfd); yields ":N"."""
    if not shutil.which("Xvfb"):
        raise Unavailable("Xvfb is not installed (apt-get install xvfb)")
    _libx11()
    read, write = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                            pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise Unavailable("Xvfb did not start")
        yield f":{number}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
