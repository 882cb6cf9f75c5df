"""The end of the therapist's day (test_therapists_day.py is its morning): the idle lock set in
Settings and waited out, the unlock after it, quitting while a note is being typed, and the
next morning's start finding the unfinished note; then the audit ledger verified by the CLI.

Split from the day so that the one-minute idle lock is not waited out in the suite's longest
test (docs/testing.md, fourth round). The vault is the day's at this point, made by the CLI at
the OWASP-floor KDF: the same passphrase, Ada Lindqvist's chart with a signed progress note.
The day's first-launch wizard, which makes its vault the way a user does, stays in the day.
"""

from __future__ import annotations

from tests.e2e import day_steps as day
from tests.e2e.conftest import App
from tests.e2e.day_steps import MAIN, UNLOCK, fill, open_chart, unlock, write_in_section
from tests.e2e.desktop import Desktop

pytestmark = day.MARKS


def test_idle_lock_quit_while_typing_next_morning(app: App, desktop: Desktop) -> None:
    day.set_up_with_cli(
        app, desktop, ("client", "add", "Ada Lindqvist", "--chart-number", "1001", "--dob", "1980-02-03"),
        ("note", "add", "1001", "--template", "soap", "--sign", "--text",
         "Subjective:\nSlept better; walked to the lighthouse daily.\nPlan:\nContinue the sleep diary."))
    with desktop.step("unlock"):
        app.start()
        unlock(desktop)
        desktop.wait_text("Today")

    # --- the idle lock, and unlock again ------------------------------------------------------------
    with desktop.step("set-auto-lock"):
        desktop.wait_window(MAIN)
        desktop.key("ctrl+comma")
        desktop.wait_window(r"^Settings")
        fill(desktop, "Lock the vault after:", "1", secret=True)
        desktop.key("Return")
        desktop.wait_gone(r"^Settings")
    with desktop.step("idle-until-locked"):
        desktop.wait_window(UNLOCK, timeout=400)
        assert desktop.find(MAIN) is None
        desktop.wait_text("Locked after a period without activity.")
        assert app.alive()
    with desktop.step("unlock-after-idle"):
        unlock(desktop)

    # --- quit while a note is being typed ------------------------------------------------------------
    typed = "Unfinished thought about the ferry"
    with desktop.step("quit-while-typing"):
        open_chart(desktop, "Ada Lindqvist")
        desktop.key("ctrl+n")
        desktop.wait_window(r"^Progress note")
        write_in_section(desktop, "Subjective", typed)
        desktop.key("ctrl+q")
        assert app.wait_exit() == 0

    # --- the next morning: everything where it was ----------------------------------------------------
    with desktop.step("next-start"):
        app.start()
        unlock(desktop)
        # The note open at the quit comes back by itself, its words in it (gui/held_note.py), and
        # takes the keyboard: closed before the chart is looked for, or the name would be typed into it.
        desktop.wait_window(r"^Progress note")
        desktop.wait_text("Unfinished thought about the ferry")
        desktop.wait_text("Restored")
        desktop.key("Escape")
        desktop.wait_gone(r"^Progress note")
        open_chart(desktop, "Ada Lindqvist")
        desktop.key("alt+2")
        desktop.wait_text("Unfinished thought about the ferry")
    day.quit_and_verify(app, desktop)
    assert "ferry" in day.cli_ok(app, "search", "ferry", "--json").lower()
    assert sorted(p.name for p in desktop.shots.glob("*.png") if not p.name.startswith("_"))
