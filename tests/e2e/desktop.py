"""A real X server and a real user's hands: Xvfb, xdotool and screenshots.

Nothing here calls into the app's process. The tests see what a user sees (window titles,
pixels in screenshots) and act as a user acts (key and mouse events sent to the X server).
"""

from __future__ import annotations

import hashlib
import inspect
import os
import re
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tests.e2e.ocr_engine import Engine

# Screens already read, by the screenshot's bytes: while a test waits for something to appear
# the screen mostly stays as it was (or blinks between two states, a text cursor), and reading
# the same pixels again gives the same words. The grey-scale, the enlargement and the OCR cost
# about a CPU-second a reading; the screenshot itself a twentieth of that (docs/testing.md).
_READINGS_KEPT = 16

# A wait polls quickly at first (most things appear within a second of the key that asked for
# them) and less often the longer it lasts (an Argon2 unlock, an export, the idle lock): each
# poll of a screen that changed is a reading, and each poll for a window a few xdotool processes.
# Only how soon a wait notices changes, never what it accepts or its timeout.
_FIRST_PAUSE = 0.2
_LONGEST_PAUSE = 1.5


def _pauses() -> Iterator[float]:
    pause = _FIRST_PAUSE
    while True:
        yield pause
        pause = min(pause * 1.5, _LONGEST_PAUSE)

# ImageMagick (import, convert) and tesseract on one thread each: the same pixels and words
# (a picture's grey-scale and enlargement do not depend on how many threads computed them;
# checked byte for byte), ~11% less of convert's CPU, as its OpenMP threads no longer wait
# for each other on a busy machine (docs/testing.md, fifth round).
_ONE_THREAD = {"MAGICK_THREAD_LIMIT": "1", "OMP_THREAD_LIMIT": "1"}
# The focus ring (vault_app/gui/focus_ring.py) in the app's light appearance: the highlight
# darkened until it stands 4.5:1 from the window. A sighted user reads a ringed button's words
# through it; tesseract did not (ci106: "Save as PDF..." and "Continue to unlock" were not read
# inside their rings, the rest of the screen was), so a reading paints the ring's own colour as
# the window's before it goes grey. tests/gui/test_focus_ring.py checks the colour is the ring's.
RING = "#26709E"
_WINDOW = "#EFEFEF"
_NO_RING = ["-fuzz", "3%", "-fill", _WINDOW, "-opaque", RING]  # 10% took the selection's blue too

TOOLS = ("Xvfb", "openbox", "xdotool", "import", "convert", "tesseract", "qpdf")


def missing_tools() -> list[str]:
    return [t for t in TOOLS if shutil.which(t) is None]


class StepFailed(AssertionError):
    pass


@dataclass(frozen=True)
class Word:
    """One word read off the screen, with its box in screen pixels."""

    text: str
    x: int
    y: int
    w: int
    h: int
    line: tuple[int, int, int]

    @property
    def center(self) -> tuple[int, int]:
        return self.x + self.w // 2, self.y + self.h // 2


def _exact(text: str) -> str:
    if len(text) > 1:
        text = text.strip("|[]")  # a text cursor beside a word reads as | or [
    return text.lower().replace("…", "...")


_LOOKALIKES = str.maketrans({"|": "i", "l": "i", "1": "i", "!": "i", "0": "o"})


def _norm(text: str) -> str:
    """Letters and digits only, with the shapes OCR confuses made one."""
    return re.sub(r"[^a-z0-9]", "", _exact(text).translate(_LOOKALIKES))


def _unlock_pause() -> float:
    from vault_app.gui.typing_guard import QUIET_SECONDS

    return QUIET_SECONDS + 0.5


class Desktop:
    """One Xvfb display, driven with xdotool; screenshots go to `shots`."""

    def __init__(self, shots: Path) -> None:
        self.shots = shots
        shots.mkdir(parents=True, exist_ok=True)
        read, write = os.pipe()
        self.server = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1440x900x24", "-nolisten", "tcp"],
            pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        os.close(write)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        self.display = f":{number}"
        # A window manager, as on every therapist's desktop: it gives new windows the
        # keyboard and hands it back to the main window when a dialog closes.
        self.wm = subprocess.Popen(["openbox", "--sm-disable"], env={**os.environ, "DISPLAY": self.display},
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(0.5)
        self.counter = 0
        self.readings: dict[tuple[str, bool, bool], list[Word]] = {}
        self.engine: Engine | None = None  # loaded at the first reading: some tests read nothing
        self._darkened_of = ""  # the screenshot (its digest) whose darkened picture _grey kept
        self.ocr_runs = self.ocr_reused = self.ocr_faint = self.ocr_native = self.native_found = 0
        self.darkened_kept = 0

    def close(self) -> None:
        (self.shots / "_ocr-count.txt").write_text(f"{self.ocr_runs} screens read by OCR ({self.ocr_faint} of them "
                                                   f"darkened, {self.darkened_kept} of those without a second "
                                                   f"enlargement, {self.ocr_native} at the screen's size, which "
                                                   f"ended {self.native_found} waits), {self.ocr_reused} "
                                                   "readings of an unchanged screen reused\n")
        if self.engine is not None:
            self.engine.close()
        for proc in (self.wm, self.server):
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()

    # --- what is on screen -------------------------------------------------------------
    def env(self) -> dict[str, str]:
        return {"DISPLAY": self.display}

    def _xdotool(self, *args: str, check: bool = True) -> str:
        done = subprocess.run(["xdotool", *args], env={**os.environ, **self.env()}, capture_output=True,
                              text=True, timeout=60)
        if check and done.returncode != 0:
            raise StepFailed(f"xdotool {' '.join(args)} failed: {done.stderr.strip()}")
        return done.stdout

    def windows(self) -> list[tuple[str, str]]:
        """(id, title) of every visible top-level window with a title."""
        ids = self._xdotool("search", "--onlyvisible", "--name", ".", check=False).split()
        out = []
        for wid in ids:
            title = self._xdotool("getwindowname", wid, check=False).strip()
            if title:
                out.append((wid, title))
        return out

    def titles(self) -> list[str]:
        return sorted({t for _w, t in self.windows()})

    def find(self, title: str) -> str | None:
        pattern = re.compile(title)
        for wid, name in self.windows():
            if pattern.search(name):
                return wid
        return None

    def wait_window(self, title: str, timeout: float = 180) -> str:
        """Wait for a visible window whose title matches, and give it the keyboard
        focus, as a user clicking into it would."""
        deadline = time.monotonic() + timeout
        pauses = _pauses()
        while time.monotonic() < deadline:
            wid = self.find(title)
            if wid is not None:
                time.sleep(0.3)  # let Qt finish laying it out and mapping its children
                self.focus(wid)
                if "Unlock vault" in title:
                    # A user who has seen the unlock window pauses before typing: keys that run
                    # on from before it appeared (typing across a lock) are not taken there
                    # (gui/typing_guard.py), and a test typing at once would be one of those.
                    time.sleep(_unlock_pause())
                return wid
            time.sleep(next(pauses))
        raise StepFailed(f"no window titled {title!r} appeared; visible: {self.titles()}")

    def wait_gone(self, title: str, timeout: float = 180) -> None:
        deadline = time.monotonic() + timeout
        pauses = _pauses()
        while time.monotonic() < deadline:
            if self.find(title) is None:
                return
            time.sleep(next(pauses))
        raise StepFailed(f"window {title!r} is still open; visible: {self.titles()}")

    def focus(self, wid: str, timeout: float = 60) -> None:
        """Bring a window to the front with the keyboard, as clicking its title bar does, and wait
        until the X server has given the keyboard to a window on screen: `wid`, or a dialog of it
        that Qt hands it on to (a modal one). windowactivate --sync waits only for the window
        manager's _NET_ACTIVE_WINDOW, which it sets when it has seen the focus arrive, not when
        the focus leaves again; keys sent while the keyboard is with no window on screen (the
        root, the window manager's own window, a window just unmapped) are lost without a trace
        (ci99: after the note editor closed, Ctrl+F and a name typed reached nothing)."""
        deadline = time.monotonic() + timeout
        pauses = _pauses()
        while True:
            self._xdotool("windowactivate", "--sync", wid, check=False)
            held = self.keyboard_window()
            shown = dict(self.windows())
            if held == wid or held in shown:
                return
            if time.monotonic() >= deadline:
                raise StepFailed(f"no window on screen has the keyboard (it is with X window {held or 'none'}, "
                                 f"asked for {shown.get(wid, wid)!r}); visible: {sorted(set(shown.values()))}")
            time.sleep(next(pauses))

    def keyboard_window(self) -> str:
        """The X window that has the keyboard now (xdotool names a top-level window's own id), or ""."""
        return self._xdotool("getwindowfocus", check=False).strip()

    # --- hands ----------------------------------------------------------------------------
    def type(self, text: str) -> None:
        self._xdotool("type", "--delay", "20", "--", text)
        time.sleep(0.2)

    def key(self, *keys: str) -> None:
        for k in keys:
            self._xdotool("key", "--delay", "40", k)
            time.sleep(0.15)

    def click_at(self, x: int, y: int) -> None:
        """A left click at a point of the screen."""
        self._xdotool("mousemove", "--sync", str(x), str(y))
        self._xdotool("click", "1")
        time.sleep(0.4)

    # --- reading the screen ----------------------------------------------------------------
    def read(self, *, faint: bool = False, shot: Path | None = None, native: bool = False) -> list[Word]:
        """The words on screen, as a user reads them: OCR of a screenshot, scaled up. With
        `faint`, grey hint text is darkened first (it costs the reading of some buttons).
        With `shot`, the words of that earlier screenshot (one taken in a quick burst).
        With `native`, the screenshot at the screen's own size: about 40% of the CPU of the
        enlarged reading, and it misreads more (a trailing "..." or a title bar), so only a
        wait's quick first look uses it (`_wait_for`); what a test reads for itself, and every
        check that something is NOT on screen, stays the enlarged reading."""
        env = {**os.environ, **self.env(), **_ONE_THREAD}
        if shot is None:
            # A PPM, not a PNG: import's PNG writer was more than half of a screenshot's CPU,
            # and the grey pictures convert makes of the two are the same bytes (docs/testing.md,
            # twenty-third round). Evidence screenshots (`shot()`) stay PNGs.
            shot = self.shots / "_ocr.ppm"
            subprocess.run(["import", "-window", "root", str(shot)], env=env, capture_output=True, timeout=60,
                           check=True)
        digest = hashlib.sha256(shot.read_bytes()).hexdigest()  # equal pixels, equal files (PNG or PPM)
        key = (digest, faint, native)
        if key in self.readings:
            self.ocr_reused += 1
            return list(self.readings[key])
        scale = 1 if native else 2
        if self.engine is None:
            self.engine = Engine()
        words = []
        for row in self.engine.tsv(self._grey(shot, digest, faint=faint, native=native, env=env)).splitlines():
            cols = row.split("\t")
            if len(cols) < 12 or not cols[11].strip():
                continue
            left, top, width, height = (int(c) // scale for c in cols[6:10])
            words.append(Word(cols[11].strip(), left, top, width, height,
                              (int(cols[2]), int(cols[3]), int(cols[4]))))
        self.ocr_runs += 1
        self.ocr_native += native
        if os.environ.get("E2E_READINGS_LOG"):
            self._log_reading(Path(os.environ["E2E_READINGS_LOG"]), faint)
        self.ocr_faint += faint
        if len(self.readings) >= _READINGS_KEPT:
            del self.readings[next(iter(self.readings))]  # the oldest
        self.readings[key] = words
        return list(words)

    def _grey(self, shot: Path, digest: str, *, faint: bool, native: bool, env: dict[str, str]) -> bytes:
        """The picture tesseract reads, as an 8-bit PGM: the screenshot in grey, enlarged to 200%
        unless `native`, darkened (`-threshold 70%`) when `faint`. The enlarged plain picture
        is made with its darkened twin beside it (the enlargement is most of convert's CPU,
        the threshold a fifth of it), so a darkened reading of the same pixels (a burst's
        screenshot read both ways, a wait's next screenshot of a screen that had not changed)
        costs no second enlargement.
        "-depth 8" rounds the grey levels as the PNG writer of the earlier rounds did: the
        same pixels byte for byte, so the same words (docs/testing.md, fourth round)."""
        darkened = self.shots / "_ocr-darkened.pgm"
        if faint and self._darkened_of == digest:
            self.darkened_kept += 1
            return darkened.read_bytes()
        if native:
            steps = [*_NO_RING, "-colorspace", "Gray", "-depth", "8"]
        elif faint:
            steps = [*_NO_RING, "-colorspace", "Gray", "-resize", "200%", "-threshold", "70%", "-depth", "8"]
        else:
            steps = [*_NO_RING, "-colorspace", "Gray", "-resize", "200%",
                     "(", "+clone", "-threshold", "70%", "-depth", "8", "-write", f"pgm:{darkened}", "+delete", ")",
                     "-depth", "8"]
        pgm = subprocess.run(["convert", str(shot), *steps, "pgm:-"], capture_output=True, timeout=60, check=True,
                             env=env).stdout
        if not native and not faint:
            self._darkened_of = digest
        return pgm

    def _log_reading(self, log: Path, faint: bool) -> None:
        """For measuring only (docs/testing.md, "the e2e half's CPU by process"): which window
        titles were on screen when a reading ran, and what the test was waiting for. Costs the
        xdotool calls of `titles()`: off unless E2E_READINGS_LOG is set."""
        waits = []
        for frame in inspect.stack(0)[2:5]:
            wanted = frame.frame.f_locals.get("phrase", frame.frame.f_locals.get("part", ""))
            waits.append(f"{frame.function}:{wanted}")
        with log.open("a") as out:
            out.write(f"{self.shots.name}\t{faint}\t{'|'.join(self.titles())}\t{' < '.join(waits)}\t"
                      f"{time.monotonic():.2f}\n")

    def find_text(self, phrase: str, words: list[Word] | None = None, *, loose: bool = True) -> Word | None:
        """The first word of `phrase` where its words follow one another on one line:
        the exact words ("Guardians..." the button, not "Guardians:" the label), else,
        when `loose`, the same letters and digits whatever punctuation OCR saw."""
        words = self.read() if words is None else words
        for norm in (_exact, _norm) if loose else (_exact,):
            wanted = [norm(w) for w in phrase.split()]
            for i in range(len(words)):
                run = words[i:i + len(wanted)]
                if len(run) == len(wanted) and all(norm(w.text) == t for w, t in zip(run, wanted, strict=True)) \
                        and len({w.line for w in run}) == 1:
                    return run[0]
        return None

    def wait_text(self, phrase: str, timeout: float = 150) -> Word:
        return self._wait_for(lambda words, loose: self.find_text(phrase, words, loose=loose),
                              f"{phrase!r} never appeared on screen", timeout)

    def wait_word_holding(self, part: str, timeout: float = 150) -> Word:
        """A word that holds `part` (a file name at the end of a typed path that OCR reads as one
        word, the text cursor after it read as one more letter at times: `disclosure.pdff`),
        exact first, then with the letters and digits OCR confuses made one."""
        def holding(words: list[Word], loose: bool) -> Word | None:
            norm = _norm if loose else _exact
            return next((w for w in words if norm(part) in norm(w.text)), None)

        return self._wait_for(holding, f"no word holding {part!r} appeared", timeout)

    def _wait_for(self, match: Callable[[list[Word], bool], Word | None], failure: str, timeout: float) -> Word:
        """Poll the screen until `match` finds its word: exactly in a quick reading at the screen's
        size, else exactly in the enlarged reading of the same screenshot, then in the darkened
        one (`faint`), then loosely (`match(words, True)`) in the enlarged two. The quick reading
        only ever ends a wait with an exact match, so a wait accepts nothing it did not accept
        before; when it misses, the poll goes on as it always did (docs/testing.md, fourteenth
        round: about two thirds of the waits end there, at about 40% of a reading's CPU)."""
        deadline = time.monotonic() + timeout
        pauses = _pauses()
        seen: list[Word] = []
        while time.monotonic() < deadline:
            # Exact only: a loose match in this rougher reading can be another word of the same
            # letters ("Guardians:" the label for "Guardians..." the button), which the
            # enlarged reading's exact match would have ruled out.
            found = match(self.read(native=True), False)
            if found is not None:
                self.native_found += 1
                return found
            readings: list[list[Word]] = []
            for faint in (False, True):
                # The enlarged plain reading reads the screenshot the quick one just read; the
                # darkened one takes its own, a moment later, which often holds what was still
                # being painted (reading the same screenshot instead, a run read 309 screens for
                # the base's 272: docs/testing.md, twenty-third round). Where the screen has not
                # changed, it costs no second enlargement (`_grey`).
                readings.append(self.read(faint=faint, shot=None if faint else self.shots / "_ocr.ppm"))
                found = match(readings[-1], False)
                if found is not None:
                    return found
            for seen in readings:
                found = match(seen, True)
                if found is not None:
                    return found
            seen = readings[0]
            time.sleep(next(pauses))
        text = " ".join(w.text for w in seen)
        raise StepFailed(f"{failure}; it read: {text[:1500]}")

    def wait_reading(self, holds: Callable[[list[Word]], bool], failure: str, timeout: float = 150) -> None:
        """Poll every 0.3 s until `holds` is true of a reading: the quick look at the screen's
        size first, then the enlarged reading of the same screenshot, which is what such a wait
        read alone before. Only for checks of exact words (a chart number read twice), as the
        quick look of `_wait_for` ends a wait only with an exact match; a hang guard."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if holds(self.read(native=True)) or holds(self.read(shot=self.shots / "_ocr.ppm")):
                return
            time.sleep(0.3)
        raise StepFailed(failure)

    def click_text(self, phrase: str, timeout: float = 150, *, below: int = 0, right: int = 0) -> None:
        """Click a button or a tab by the words written on it, or the field `below`/`right`
        pixels from its label."""
        x, y = self.wait_text(phrase, timeout).center
        self.click_at(x + right, y + below)

    # --- evidence -------------------------------------------------------------------------
    def shot(self, name: str) -> Path:
        self.counter += 1
        path = self.shots / f"{self.counter:02d}-{name}.png"
        subprocess.run(["import", "-window", "root", str(path)], env={**os.environ, **self.env(), **_ONE_THREAD},
                       capture_output=True, timeout=60, check=False)
        return path

    @contextmanager
    def step(self, name: str) -> Iterator[None]:
        """One step of the day: a screenshot after it, and on failure the screen it was on."""
        try:
            yield
        except Exception as exc:
            path = self.shot(f"FAILED-{name}")
            if os.environ.get("E2E_PAUSE_ON_FAILURE"):  # for a developer: look at the live screen
                print(f"paused on DISPLAY={self.display}", flush=True)
                time.sleep(float(os.environ["E2E_PAUSE_ON_FAILURE"]))
            raise StepFailed(f"step '{name}' failed on screen(s) {self.titles()} (screenshot {path}): {exc}") from exc
        self.shot(name)
