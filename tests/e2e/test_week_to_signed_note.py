"""From the week view to a signed note, by keyboard, with the real program on a real X server.

The vault is made with the CLI (the first-launch wizard has its own end-to-end test); from
the unlock on, only key events reach the app: a client is added, the agenda opened
(Ctrl+Shift+A), an appointment scheduled (N) at midnight today (begun at any hour the test
runs), marked attended (A), its prefilled note written and signed (Ctrl+Shift+S, then the
confirmation), and the signed note is found on the agenda it closes back onto and in the chart. Afterwards the
CLI, as a separate process, checks the ledger and the note. Every step leaves a screenshot
in test-output/e2e/<test>/. The waits are hang guards for a loaded machine (they wait for
what is on screen), never speed limits.
"""

from __future__ import annotations

import json
import time

import pytest

from tests.e2e.conftest import App
from tests.e2e.day_steps import sign_progress_note
from tests.e2e.desktop import Desktop, StepFailed

pytestmark = [pytest.mark.e2e, pytest.mark.slow, pytest.mark.timeout(1800)]

PASSPHRASE = "a lantern by the north window 2031"
MAIN = r"^Therapy Vault$"
UNLOCK = r"^Unlock vault"
CLIENT = "Ada Lindqvist"
NOTE = "Slept through the night after the walk by the canal."


def _same_row(desktop: Desktop, phrase: str, word: str) -> None:
    """`word` on the row of `phrase` in a list (OCR may read a row's columns as separate
    lines, so the row is told by its height on screen)."""
    where = desktop.wait_text(phrase)
    hits = [w for w in desktop.read() if w.text.lower().strip(".,;:|[]") == word]
    if not any(abs(w.center[1] - where.center[1]) <= max(where.h, w.h) for w in hits):
        raise StepFailed(f"{word!r} is not on the row of {phrase!r} (seen at {[w.center for w in hits]})")


def _wait_below(desktop: Desktop, first: str, second: str, timeout: float = 150) -> None:
    """Wait until `second` is read in the same agenda cell as `first`, at or below it (a
    narrow cell wraps its text onto several lines)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for faint in (False, True):  # white on the selection's blue reads better darkened
            words = desktop.read(faint=faint)
            tops = [w for w in words if w.text.lower().strip(".,;:|[]") == first]
            below = [w for w in words if w.text.lower().strip(".,;:|[]") == second]
            if any(0 <= b.y - a.y <= 4 * a.h and abs(b.x - a.x) <= 120 for a in tops for b in below):
                return
        time.sleep(0.3)
    raise StepFailed(f"{second!r} never appeared under {first!r}")


def _wait_beside(desktop: Desktop, label: str, word: str, timeout: float = 150) -> None:
    """Wait until `word` is read on the row of `label`, to its right (a field's value)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        words = desktop.read()
        where = desktop.find_text(label, words)
        if where is not None and any(w.text.lower().startswith(word.lower()) and w.x > where.x
                                     and abs(w.center[1] - where.center[1]) <= max(w.h, where.h) for w in words):
            return
        time.sleep(0.3)
    raise StepFailed(f"{word!r} never appeared beside {label!r}")


def test_from_the_week_view_to_a_signed_note_by_keyboard(app: App, desktop: Desktop) -> None:
    with desktop.step("create-vault-with-cli"):
        made = app.cli("init", "--no-keyring", "--kdf-memory-mib", "19", "--kdf-iterations", "2",
                       "--kdf-parallelism", "1", "--json", passphrase=PASSPHRASE)
        assert made.returncode == 0, made.stdout + made.stderr

    with desktop.step("unlock"):
        app.start()
        desktop.wait_window(UNLOCK)
        desktop.type(PASSPHRASE)
        desktop.key("Return")
        desktop.wait_window(MAIN)
        desktop.wait_gone(UNLOCK)
        desktop.wait_text("Today")

    with desktop.step("add-client"):
        desktop.key("ctrl+shift+c")
        desktop.wait_text("Legal name:")
        desktop.type(CLIENT)
        desktop.key("Tab", "Tab")  # past the preferred name
        desktop.type("02/03/1980")
        desktop.key("Return")
        desktop.wait_text(f"{CLIENT} ·")

    with desktop.step("open-agenda"):
        desktop.key("ctrl+shift+a")
        desktop.wait_text("New appointment...")
        desktop.wait_text("Nothing scheduled on these days.")

    with desktop.step("new-appointment"):
        desktop.key("n")
        desktop.wait_window(r"^New appointment")
        _wait_beside(desktop, "Client:", "Lindqvist")  # the clients have loaded: Save can be pressed
        # Today at midnight: attended is refused before the start time (domain/appointments.
        # check_timing), and the form's 9:00 AM is still to come on a run before nine (the fresh-clone
        # CI failed so). Midnight has passed at any hour of the day, and stays in this week.
        desktop.key("alt+t")  # the Start field (the keyboard starts on the client)
        desktop.key("ctrl+a")
        desktop.type("12:00 AM")
        desktop.key("alt+l")  # the Length field
        desktop.wait_text("12:00 AM")  # read once the field is left: "AM" selected read poorly
        desktop.key("ctrl+a")
        desktop.type("45")
        desktop.wait_text("45 min")
        desktop.key("Return")  # Save
        desktop.wait_gone(r"^New appointment")
        desktop.wait_text("scheduled")
        desktop.wait_text("12:00 AM")  # times as a US practice writes them

    with desktop.step("mark-attended"):
        desktop.wait_window(MAIN)
        desktop.key("a")  # the agenda kept the keyboard, on the new appointment
        desktop.wait_window(r"^Progress note")
        # Prefilled from the appointment: 45 minutes is CPT 90834 by the time rule (the
        # editor's own default, 53 minutes, would read 90837).
        desktop.wait_text("90834")
        desktop.wait_text("45 min")

    with desktop.step("write-note"):
        desktop.type(NOTE)  # the keyboard is in the first empty section (Subjective)
        desktop.wait_text("Slept through the night")
        desktop.wait_text("Saved")

    with desktop.step("sign-note"):
        sign_progress_note(desktop, confirmation_shows=("CPT 90834",), evidence=True)

    with desktop.step("signed-on-the-agenda"):
        # A note opened from the agenda closes back onto it, on the day shown (fday2, round 44).
        desktop.wait_window(MAIN)
        desktop.wait_text("New appointment...")
        _wait_below(desktop, "attended", "signed")

    with desktop.step("signed-in-the-chart"):
        desktop.key("ctrl+f")
        desktop.type("Ada")
        desktop.key("Return")
        desktop.wait_text(f"{CLIENT} ·")
        desktop.key("alt+2")
        desktop.wait_text("Progress notes (1)")
        _same_row(desktop, "Slept through the night", "signed")

    with desktop.step("quit"):
        desktop.key("ctrl+q")
        assert app.wait_exit() == 0

    with desktop.step("audit-verify-and-the-note"):
        verify = app.cli("audit", "verify", passphrase=PASSPHRASE)
        assert verify.returncode == 0, verify.stdout + verify.stderr
        listed = app.cli("client", "list", "--json", passphrase=PASSPHRASE)
        assert listed.returncode == 0, listed.stdout + listed.stderr
        (client,) = json.loads(listed.stdout)
        notes = app.cli("note", "list", client["chart_number"], "--json", passphrase=PASSPHRASE)
        assert notes.returncode == 0, notes.stdout + notes.stderr
        (note,) = json.loads(notes.stdout)
        assert note["signed_at"] and note["template"] == "soap" and note["session_id"]
        appts = app.cli("appt", "list", "--client", client["chart_number"], "--json", passphrase=PASSPHRASE)
        assert appts.returncode == 0, appts.stdout + appts.stderr
        (appt,) = json.loads(appts.stdout)
        assert appt["status"] == "attended" and appt["duration_minutes"] == 45
