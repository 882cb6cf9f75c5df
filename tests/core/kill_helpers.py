"""Reading what a child process reported before it was killed.

Every other cycle of a kill test kills the child only after it has reported work (the first
report is read with a blocking read, however slow the machine is); the rest kill it at a
random moment, perhaps still unlocking. So how many kills land after finished work is fixed
by the test, not by the machine's speed or load.

A child that never reports is waited for until pytest-timeout ends the test. Once in a whole
run (CI, 2026-12-04) a purge child reported nothing for ten minutes and the failure showed
only the parent's wait; so a child forked after this module's import that has said nothing
for `QUIET_SECONDS` is asked for its threads' stacks (faulthandler, which answers from C
even when every Python thread is stuck), and they are printed into the test's output. The
wait goes on: this is a diagnosis, never a verdict on speed.

That ten-minute silence was a hang made by the fork, not by the vault: a thread of the parent's
pool had left Python (`shutdown(wait=True)` had returned) but was still in OpenSSL's per-thread
cleanup, holding OpenSSL's global lock, when the parent forked; the child inherited the lock
held by a thread it does not have and waited for it forever. So every kill test forks through
`fork_child`, which first waits until each thread of this process that Python has let go of is
gone from the OS too (docs/testing.md, "Twentieth round").
"""

from __future__ import annotations

import faulthandler
import multiprocessing
import os
import select
import signal
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from multiprocessing.process import BaseProcess

QUIET_SECONDS = 120.0
_ASK = getattr(signal, "SIGUSR1", None)
# Registered in the test process when this module is imported, so every child forked after it
# inherits the handler; the file is shared with them, each answer appended at its end.
_stacks = tempfile.TemporaryFile(prefix="kill-child-stacks-")  # noqa: SIM115 - open for the process's life
if _ASK is not None:
    faulthandler.register(_ASK, file=_stacks, all_threads=True)


# Settling is a wait for the OS, not for the vault: an exiting thread needs microseconds. Only
# threads Python started are waited for: a worker that ran GUI tests before also has Qt's
# threads (its pool's "Thread (pooled)" ones, which leave after 30 s idle, and QThreads that
# stay), which Python does not list and which hold no lock of a thread that is leaving. So each
# thread Python starts is noted with its start time, and a thread counts as leaving while it is
# in the OS under a noted (tid, start time) pair and no longer in `threading.enumerate()`. The
# start time tells a tid reused by a later C thread (pid_max is 32,768 here) from the noted one.
SETTLE_SECONDS = 5.0  # after this a still-leaving thread is named in the output; the wait goes on


def _os_threads() -> set[int]:
    try:
        return {int(name) for name in os.listdir("/proc/self/task")}
    except FileNotFoundError:  # pragma: no cover - no /proc: nothing to wait for
        return set()


def _started_at(tid: int) -> int | None:
    """The thread's start time in clock ticks since boot (proc(5), stat field 22); None when gone."""
    try:
        with open(f"/proc/self/task/{tid}/stat", "rb") as stat:
            fields = stat.read().rsplit(b")", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return None
    return int(fields[19])  # fields[0] is field 3 (state)


# (tid, start time) of the threads Python started. No lock: a set's add, copy and discard are
# each atomic under the GIL, and a lock held by another thread at a fork would stay held in the
# child, whose first thread start would then wait for it forever.
_python_threads: set[tuple[int, int]] = set()


def _note(tid: int | None) -> None:
    if tid is not None and (started := _started_at(tid)) is not None:
        _python_threads.add((tid, started))


for _thread in threading.enumerate():
    _note(_thread.native_id)
_start = threading.Thread.start


def _start_noted(self: threading.Thread) -> None:
    # `start()` returns once the new thread has set its native_id (it waits for `_started`).
    _start(self)
    _note(self.native_id)


threading.Thread.start = _start_noted  # type: ignore[method-assign]


def _leaving_threads() -> set[int]:
    """Threads Python started and no longer lists that are still in the OS."""
    present = _os_threads()
    listed = {t.native_id for t in threading.enumerate()}
    leaving = set()
    for tid, started in _python_threads.copy():
        if tid in listed:
            continue
        if tid in present and _started_at(tid) == started:
            leaving.add(tid)
        else:  # gone (or its tid now another thread's): forget it
            _python_threads.discard((tid, started))
    return leaving


def settle_threads() -> None:
    """Wait until every thread Python has let go of has left the OS too. Never gives up: a
    thread that stays there past `SETTLE_SECONDS` is named (with where the kernel has it) and
    waited for until pytest-timeout, since forking beside it is the hang this wait prevents."""
    deadline = time.monotonic() + SETTLE_SECONDS
    told = False
    while leaving := _leaving_threads():
        if not told and time.monotonic() > deadline:
            told = True
            print(f"threads {_where(leaving)} left Python {SETTLE_SECONDS:.0f} s ago and are still in the OS; waiting",
                  file=sys.stdout, flush=True)
        time.sleep(0.001)


def _where(tids: set[int]) -> dict[int, str]:
    out = {}
    for tid in sorted(tids):
        try:
            with open(f"/proc/self/task/{tid}/wchan") as wchan:
                out[tid] = wchan.read()
        except OSError:
            out[tid] = "?"
    return out


def fork_child(target: Callable[..., object], args: tuple[object, ...]) -> BaseProcess:
    """A started child forked from this process once no exiting thread can hold a lock in it."""
    settle_threads()
    child = multiprocessing.get_context("fork").Process(target=target, args=args)
    child.start()
    return child


def _say_where_it_is(child_pid: int) -> None:
    if _ASK is None:  # pragma: no cover - Windows
        return
    start = os.fstat(_stacks.fileno()).st_size
    try:
        os.kill(child_pid, _ASK)
    except ProcessLookupError:
        return
    select.select([], [], [], 2.0)  # let the handler write
    text = os.pread(_stacks.fileno(), 1 << 20, start).decode(errors="replace")
    print(f"child {child_pid} has reported nothing for {QUIET_SECONDS:.0f} s; its stacks:\n{text}",
          file=sys.stdout, flush=True)


def read_line(fd: int, child_pid: int | None = None) -> bytes:
    """One line from the pipe, waiting for it; b"" when the writer closed without one.
    `child_pid`: a child *forked* (not exec'd: SIGUSR1 would end it) after this module's import."""
    out = bytearray()
    asked = child_pid is None
    while True:
        if not asked and not select.select([fd], [], [], QUIET_SECONDS)[0]:
            asked = True
            _say_where_it_is(child_pid)  # type: ignore[arg-type]
            continue
        byte = os.read(fd, 1)
        if not byte or byte == b"\n":
            break
        out += byte
    return bytes(out) + (b"\n" if out else b"")


def read_all(fd: int, first: bytes = b"") -> list[str]:
    chunks = [first]
    while block := os.read(fd, 65536):
        chunks.append(block)
    return b"".join(chunks).decode().splitlines()


# Where the kills land, and the windows that put them there (docs/testing.md, "Twenty-fourth
# round"). A kill test's point is that its kills land in every phase of the operation; a
# child's CPU is its time alive. So each child stamps its reports, the parent learns from
# the stamps how long this run's unlock and one round of the operation take, and draws each
# kill's moment from a window of so many rounds: the same phases at the same share on a
# fast machine and on a loaded one, with no child alive for much longer than that.


def report(fd: int, text: str) -> None:
    """One line to the parent, stamped with the child's `time.monotonic()`: the system's
    monotonic clock, the parent's too (a forked child shares its boot)."""
    os.write(fd, f"{time.monotonic():.6f} {text}\n".encode())


def unstamp(lines: list[str]) -> list[tuple[float, str]]:
    """The stamped lines of `report`, as (stamp, text)."""
    out = []
    for line in lines:
        stamp, _, text = line.partition(" ")
        out.append((float(stamp), text))
    return out


def _median_lasting(durations: list[tuple[float, bool]]) -> float | None:
    """The median of durations some of which a kill cut short (Kaplan-Meier): `(d, True)` ended
    after d, `(d, False)` was still going at d. None when more than half were still going at
    the longest that ended."""
    at_risk, surviving = len(durations), 1.0
    # At a tie the ended one first: a duration cut at d says nothing about those ending at d.
    for duration, ended in sorted(durations, key=lambda d: (d[0], not d[1])):
        if ended:
            surviving *= 1.0 - 1.0 / at_risk
            if surviving <= 0.5:
                return duration
        at_risk -= 1
    return None


class Pace:
    """The operation's own pace in this run: the median time from the fork to the first
    round's start (the unlock) and from the fork to the second round's start; a round is their
    difference. Until a child has shown both, the window is `fallback` (the test's old fixed window).

    A child killed before it showed one counts too, as lasting at least until its kill: learning
    only from what finished (the rounds of children that lived through two) let the children
    slowed most by a loaded machine teach nothing, so the window came out short and the kills
    landed early (kill_notes at load 6: 36 psychotherapy notes saved in 200 cycles, where it
    asks for more than 50). Both are measured from the fork, as the kills are drawn: when a
    child is slow its unlock and its rounds are, and a round timed from its own start would be
    cut short sooner in the children that unlocked slowly (docs/testing.md, "Twenty-eighth round")."""

    def __init__(self, fallback: float) -> None:
        self.fallback = fallback
        self._unlocks: list[tuple[float, bool]] = []
        self._seconds: list[tuple[float, bool]] = []  # the fork to the second round's start

    def observe(self, forked_at: float, round_starts: list[float], killed_at: float) -> None:
        """One child's round starts (its monotonic stamps) and the parent's `time.monotonic()`
        right after its SIGKILL."""
        self._observe(forked_at, round_starts[:2], killed_at)

    def observe_spans(self, forked_at: float, first_round: float | None, spans: list[float],
                      killed_at: float) -> None:
        """For work whose rounds are not back to back (an import skips what it already has):
        the first round's start and each measured round's own duration."""
        starts = [] if first_round is None else [first_round] + [first_round + span for span in spans[:1]]
        self._observe(forked_at, starts, killed_at)

    def _observe(self, forked_at: float, starts: list[float], killed_at: float) -> None:
        lived = max(0.0, killed_at - forked_at, *(at - forked_at for at in starts))
        for seen, at in ((self._unlocks, 0), (self._seconds, 1)):
            seen.append((starts[at] - forked_at, True) if len(starts) > at else (lived, False))

    @property
    def known(self) -> bool:
        return any(ended for _d, ended in self._unlocks) and any(ended for _d, ended in self._seconds)

    def median_unlock(self) -> float | None:
        return _median(self._unlocks)

    def median_round(self) -> float | None:
        unlock, second = _median(self._unlocks), _median(self._seconds)
        return None if unlock is None or second is None else max(0.0, second - unlock)

    def window(self, *, rounds: float, unlock: bool) -> float:
        """`rounds` rounds of the operation, after the unlock too when `unlock`."""
        unlock_median, round_median = self.median_unlock(), self.median_round()
        if unlock_median is None or round_median is None:
            return self.fallback
        return (unlock_median if unlock else 0.0) + rounds * round_median


def _median(durations: list[tuple[float, bool]]) -> float | None:
    if not any(ended for _d, ended in durations):
        return None
    # More than half still going at the longest that ended: the longest seen is all that is known.
    found = _median_lasting(durations)
    return found if found is not None else max(d for d, _ended in durations)


class Landed:
    """Where the kills landed: per kill, the phase named by the child's last report before it
    (a count of kills, never a time). `assert_every` makes the spread a checked property."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()

    def add(self, phase: str) -> None:
        self.counts[phase] += 1

    def __str__(self) -> str:
        return ", ".join(f"{phase} {n}" for phase, n in sorted(self.counts.items()))

    def show(self) -> None:
        """The histogram in the test's output (pytest shows it with -rP, -s, or on a failure)."""
        print(f"kills landed: {self}", file=sys.stdout, flush=True)

    def assert_every(self, phases: Iterable[str], at_least: int) -> None:
        self.show()
        few = {phase: self.counts[phase] for phase in phases if self.counts[phase] < at_least}
        assert not few, f"fewer than {at_least} kills landed in {few} (all: {self})"
