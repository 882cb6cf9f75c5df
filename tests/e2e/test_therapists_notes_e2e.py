"""The therapist's midday (test_therapists_day.py is the morning): a SOAP progress note written
and signed, the psychotherapy notes' own unlock and a psychotherapy note signed, then search
finding both while that compartment is unlocked and only the progress note once it is locked;
then the audit ledger verified and the notes found by the CLI.

Split from the day so that the suite's longest test is not the whole day (docs/testing.md,
fourth round). The vault is the day's at this point, made by the CLI at the OWASP-floor KDF:
the same passphrase, the same two clients (Ada Lindqvist, no notes yet; Milo Fairweather). The
day's first-launch wizard, which makes its vault the way a user does, stays in the day.
"""

from __future__ import annotations

from tests.e2e import day_steps as day
from tests.e2e.conftest import App
from tests.e2e.day_steps import MAIN, PASSPHRASE, open_chart, unlock, write_in_section
from tests.e2e.desktop import Desktop

pytestmark = day.MARKS


def test_notes_psychotherapy_unlock_and_search(app: App, desktop: Desktop) -> None:
    day.set_up_with_cli(app, desktop, ("client", "add", "Ada Lindqvist", "--dob", "1980-02-03"),
                        ("client", "add", "Milo Fairweather", "--dob", "2014-05-06"))
    with desktop.step("unlock"):
        app.start()
        unlock(desktop)
        desktop.wait_text("Today")

    # --- a session and its SOAP progress note, signed -------------------------------------------
    with desktop.step("write-progress-note"):
        open_chart(desktop, "Ada Lindqvist")
        desktop.key("ctrl+n")
        desktop.wait_window(r"^Progress note")
        # The first section by a click under its heading, the others by Ctrl+Tab (a text box keeps
        # Tab for itself), as a typist does: the later sections lie below the fold since the note
        # says its session is no visit yet, and the keyboard scrolls them into view.
        write_in_section(desktop, "Subjective", "Slept better; walked to the lighthouse daily.")
        for text in ("Calm, good eye contact.", "Insomnia improving with CBT-I.",
                     "Continue the sleep diary; review in two weeks."):
            desktop.key("ctrl+Tab")
            desktop.type(text)
        desktop.wait_text("Saved")
        desktop.wait_text("review in two weeks")  # the plan, last, typed where it is seen
    with desktop.step("sign-progress-note"):
        day.sign_progress_note(desktop)

    # --- psychotherapy notes: their own unlock, a note signed ------------------------------------
    with desktop.step("unlock-psychotherapy"):
        desktop.wait_window(MAIN)
        desktop.key("alt+3")
        desktop.wait_text("Psychotherapy notes are locked")
        desktop.click_text("Passphrase")
        desktop.type(PASSPHRASE)
        desktop.key("Return")
        desktop.wait_text("New psychotherapy note")
    with desktop.step("write-psychotherapy-note"):
        desktop.click_text("New psychotherapy note")
        desktop.click_text("Sign and lock", below=-200, right=-200)
        desktop.type("Grief about the lighthouse keeper, her father; transference.")
        desktop.wait_text("Saved")
        desktop.click_text("Sign and lock")
        desktop.wait_text("Sign and lock this psychotherapy note?")  # the summary first
        desktop.key("Return")
        desktop.wait_text("Signed and locked.")

    # --- search finds both, the psychotherapy one only while unlocked ------------------------------
    with desktop.step("search-both"):
        desktop.key("ctrl+shift+f")
        desktop.wait_window(r"^Search notes")
        desktop.click_text("Include psychotherapy notes")
        desktop.click_text("Include psychotherapy notes", right=-300)
        desktop.type("lighthouse")
        desktop.wait_text("2 matching notes")
        desktop.wait_text("psychotherapy")
        desktop.shot("search-results-both")
        desktop.key("Escape")
        desktop.wait_gone(r"^Search notes")
    with desktop.step("search-after-psychotherapy-lock"):
        desktop.wait_window(MAIN)
        words = desktop.read()
        locks = [w for w in words if w.text.lower() == "lock"]
        assert len(locks) >= 2, "no Lock now button in the Psychotherapy tab"
        inner = max(locks, key=lambda w: (w.y > 120, w.x))  # the tab's own button, not the toolbar's
        desktop.click_at(*inner.center)
        desktop.wait_text("Psychotherapy notes are locked")
        desktop.key("ctrl+shift+f")
        desktop.wait_window(r"^Search notes")
        desktop.type("lighthouse")
        desktop.wait_text("1 matching note")
        desktop.shot("search-results-progress-only")
        desktop.key("Escape")
        desktop.wait_gone(r"^Search notes")

    day.quit_and_verify(app, desktop)
    assert "lighthouse" in day.cli_ok(app, "search", "lighthouse", "--json").lower()
    assert sorted(p.name for p in desktop.shots.glob("*.png") if not p.name.startswith("_"))
