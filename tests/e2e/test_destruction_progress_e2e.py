"""Issue 21, item 1 in the real program: a destruction the therapist can watch, and a lock
pressed while it runs that leaves nothing readable and locks when it is done.

Set-up by CLI: a demo practice (150 charts, notes and psychotherapy notes, ~11 MB) and six
registered backups, so that purging them keeps the destruction running for several seconds.
Then only key events: unlock, open a chart, Clients > Destroy chart..., override reason,
psychotherapy unlock, typed chart number, Destroy permanently. Mid-run the wizard's step is
read by OCR ("Purging backup k of 6"); Ctrl+L is pressed; the screen then shows only the
wizard's progress and "The vault locks as soon as the destruction has finished", no name of
any client; when the destruction is done the unlock window says what happened (no chart
named). Unlock again, destroy a second chart and press Ctrl+Q mid-run: the app asks, Return
takes the default "Quit when finished", the screen shows only the progress and "The app
closes as soon as the destruction has finished", and the app exits by itself with 0 when
it is done. The CLI finds both destructions completed and both charts gone.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.conftest import App
from tests.e2e.desktop import Desktop, StepFailed, Word

pytestmark = [pytest.mark.e2e, pytest.mark.slow, pytest.mark.timeout(900)]

PASSPHRASE = "a ferry across the grey sound 1994"
MAIN = r"^Therapy Vault$"
UNLOCK = r"^Unlock vault"
WIZARD = r"^Destroy a chart"
QUESTION = r"^A chart is being destroyed"
BACKUPS = 6
REASON = "Duplicate chart opened in error"


def cli_json(app: App, *args: str) -> Any:
    done = app.cli(*args, "--json", passphrase=PASSPHRASE)
    assert done.returncode == 0, done.stdout + done.stderr
    return json.loads(done.stdout)


# The wizard's words for each step (destruction_confirm.ConfirmPage.step_words), as OCR reads them.
STEPS = ("Checking that the chart can be destroyed", "Keeping the records the law requires",
         "Deleting the chart's records", "Compacting the vault files", "Re-encrypting the vault",
         "Crypto-erasing the attachments", "Purging backup", "Searching the vault for any trace",
         "Checking the vault's structure", "Signing the certificate")


def burst(desktop: Desktop, name: str, seconds: float) -> list[Path]:
    """Screenshots as fast as they come for `seconds` (no OCR meanwhile)."""
    shots: list[Path] = []
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline or not shots:
        shots.append(desktop.shot(f"{name}-{len(shots)}"))
    return shots


def lock_waits(desktop: Desktop, phrase: str, rounds: int = 10) -> list[Path]:
    """Bursts of 2 s until the last screenshot of one shows `phrase` or the wizard is gone
    (a loaded machine may take seconds to paint the lock's words), newest first: OCR is
    then spent on the screens most likely to show it."""
    shots: list[Path] = []
    for k in range(rounds):
        shots = burst(desktop, f"lock-waits{k}", 2.0)[::-1] + shots
        if desktop.find(WIZARD) is None or any(
                desktop.find_text(phrase, desktop.read(faint=faint, shot=shots[0])) is not None
                for faint in (False, True)):
            break
    return shots


def text_of(words: list[Word]) -> str:
    return " ".join(w.text for w in words)[:1500]


def first_reading(desktop: Desktop, shots: list[Path], phrase: str) -> list[Word]:
    """The words of the first of `shots` that shows `phrase` (grey text darkened too)."""
    words: list[Word] = []
    for shot in shots:
        for faint in (False, True):
            words = desktop.read(faint=faint, shot=shot)
            if desktop.find_text(phrase, words) is not None:
                # Both readings: the plain one reads the buttons, the darkened one the grey hints.
                return words + desktop.read(faint=not faint, shot=shot)
    raise StepFailed(f"{phrase!r} is on none of {len(shots)} screenshots; the last read: {text_of(words)}")


def surname_of(chart: dict[str, Any]) -> str:
    return str(chart["legal_name"]).replace(" (demo)", "").split()[-1]


def start_destruction(desktop: Desktop, chart: dict[str, Any], surname: str, *, export_key: bool = False) -> None:
    """Open the chart by its surname, Clients > Destroy chart..., then override reason,
    psychotherapy unlock, the typed chart number and Destroy permanently. `export_key`: first
    Ctrl+E from the client search field opens the export (on Linux a text field took Ctrl+E
    as "end of line" and the export never opened: found in the real app), Escape closes it."""
    desktop.key("ctrl+f")
    desktop.type(surname)
    desktop.wait_text(surname)
    desktop.key("Return")
    desktop.wait_text(chart["chart_number"])
    if export_key:
        desktop.key("ctrl+f")  # the keyboard in the search field again
        desktop.key("ctrl+e")
        desktop.wait_window(r"^Export or disclose")
        desktop.key("Escape")
        desktop.wait_gone(r"^Export or disclose")
    desktop.key("alt+c")
    desktop.wait_text("Destroy chart...")
    desktop.key("Up", "Return")
    desktop.wait_window(WIZARD)
    desktop.wait_text("Retention policy:")
    desktop.key("alt+n")
    desktop.wait_text("On what basis?")
    desktop.key("Down", "Tab")  # from the client's written request (retention not ended) to the override
    desktop.type(REASON)
    desktop.key("Tab", "Tab")
    desktop.type(PASSPHRASE)
    desktop.key("Tab", "space")  # onto Unlock psychotherapy notes (Show is not in the Tab order)
    desktop.wait_text("Psychotherapy notes are unlocked.")
    desktop.key("alt+n")
    desktop.wait_text("To confirm, type the chart number")
    desktop.type(chart["chart_number"])
    desktop.key("Return")  # Destroy permanently


def test_destruction_progress_and_a_lock_pressed_mid_run(app: App, desktop: Desktop) -> None:
    with desktop.step("set-up-with-cli"):
        made = cli_json(app, "demo", "--no-keyring", "--kdf-memory-mib", "19", "--kdf-iterations", "2",
                        "--kdf-parallelism", "1", "--clients", "150", "--notes-per-client", "20")
        vault = Path(made["folder"])
        for i in range(BACKUPS):
            cli_json(app, "backup", "create", "--to", str(app.home / f"backups-{i}"), "--no-rotate")
        charts = cli_json(app, "client", "list")
        surnames = [surname_of(c) for c in charts]
        # Charts whose surname no other chart shares: the search then shows each alone.
        first, second = [c for c, s in zip(charts, surnames, strict=True) if surnames.count(s) == 1][:2]
        chart = first["chart_number"]
        every_surname = set(surnames)

    with desktop.step("unlock"):
        app.start()
        desktop.wait_window(UNLOCK)
        desktop.type(PASSPHRASE)
        desktop.key("Return")
        desktop.wait_window(MAIN)
        desktop.wait_gone(UNLOCK)

    with desktop.step("destroy-the-first-chart"):
        start_destruction(desktop, first, surname_of(first), export_key=True)

    with desktop.step("progress-and-lock-mid-run"):
        # OCR of a screen takes seconds on a loaded machine, longer than some steps: the screen
        # is captured in quick bursts while the destruction runs and read afterwards.
        running = burst(desktop, "running", 2.5)
        desktop.key("ctrl+l")  # Lock now, from inside the wizard (window-modal)
        waiting = lock_waits(desktop, "locks as soon as the destruction")
        words = first_reading(desktop, waiting, "locks as soon as the destruction")
        # The lock came mid-run and waits: the wizard's progress is still on screen, its step
        # in words ("Purging backup k of 6…" once the backups' turn has come).
        assert any(desktop.find_text(step, words) is not None for step in STEPS), text_of(words)
        seen = {w.text.strip(".,:;()…") for w in words}
        # Nothing of the vault: no client's name, not even the chart's number.
        assert not seen & every_surname, seen & every_surname
        assert chart not in seen and desktop.find_text("Cancel is not available", words) is not None
        before = first_reading(desktop, running[::-1], "Cancel is not available")
        assert any(desktop.find_text(step, before) is not None for step in STEPS), text_of(before)

    with desktop.step("locked-when-done"):
        desktop.wait_window(UNLOCK)
        desktop.wait_gone(WIZARD)
        desktop.wait_text("The destruction finished and verified before the lock.")
        assert desktop.find_text(chart) is None  # the locked screen names no chart
        desktop.shot("locked-after-the-destruction")
        desktop.type(PASSPHRASE)
        desktop.key("Return")
        desktop.wait_window(MAIN)
        desktop.wait_gone(UNLOCK)

    with desktop.step("destroy-the-second-chart"):
        start_destruction(desktop, second, surname_of(second))

    with desktop.step("quit-mid-run-waits"):
        time.sleep(1.0)
        desktop.key("ctrl+q")
        desktop.wait_window(QUESTION)
        asked = burst(desktop, "quit-asked", 0.5)
        desktop.key("Return")  # the default answer: Quit when finished
        # Screenshots until the app has quit, not for a set time: on a loaded machine one screenshot
        # took longer than the 1.5 s this waited, and caught only the question still on screen (ci102).
        closing: list[Path] = []
        while app.alive():
            closing.append(desktop.shot(f"quit-waits-{len(closing)}"))
        assert app.wait_exit() == 0  # when the destruction is done, the app quits by itself
        words = first_reading(desktop, asked, "Quit as soon as it has finished?")
        assert desktop.find_text("Quit when finished", words) is not None, text_of(words)
        # Newest first: the last screens before the app closed show the wait's words, the first may
        # still show the question.
        words = first_reading(desktop, closing[::-1], "closes as soon as the destruction")
        assert not {w.text.strip(".,:;()…") for w in words} & every_surname

    with desktop.step("verified-by-cli"):
        listed = cli_json(app, "destruction", "list")
        assert [(d["chart_number"], d["state"]) for d in listed] == [
            (chart, "completed"), (second["chart_number"], "completed")], listed
        left = {c["chart_number"] for c in cli_json(app, "client", "list")}
        assert chart not in left and second["chart_number"] not in left
        assert vault.is_dir()
