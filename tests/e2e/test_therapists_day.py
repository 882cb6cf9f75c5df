"""A therapist's day with the real program: `vault-app` started as a separate process on a
real X server, driven only by key and mouse events, checked only by what is on screen
(window titles and the words in screenshots), files on disk and the app's own CLI. The day
ends in test_therapists_evening_e2e.py (the idle lock, quitting while typing, the next
morning), split off so that the suite's longest test does not also wait out the idle lock.

Every step leaves a screenshot in test-output/e2e/<test>/; a failing step names the
screen it was on. The waits below are generous hang guards (a loaded machine reads the
screen slowly), never speed requirements.
"""

from __future__ import annotations

import re
import subprocess
import time

import pytest
from pypdf import PdfReader

from tests.e2e.conftest import App
from tests.e2e.desktop import Desktop, Word

pytestmark = [pytest.mark.e2e, pytest.mark.slow, pytest.mark.timeout(2400)]

PASSPHRASE = "a quiet harbour at dawn 1987"
PDF_PASSWORD = "ferry timetable 42"
MAIN = r"^Therapy Vault$"
UNLOCK = r"^Unlock vault"
RECIPIENT = "Dr Lena Harbourside"
PURPOSE = "continuity of care"


def fill(desktop: Desktop, label: str, text: str, *, offset: int = 70, secret: bool = False) -> None:
    """Click into the field to the right of its label, replace what is there, type."""
    desktop.click_text(label, right=offset)
    desktop.key("ctrl+a")
    desktop.type(text)
    if not secret:
        desktop.wait_text(text, timeout=90)


def unlock(desktop: Desktop) -> None:
    desktop.wait_window(UNLOCK)
    desktop.type(PASSPHRASE)
    desktop.key("Return")
    desktop.wait_window(MAIN)
    desktop.wait_gone(UNLOCK)


def add_client(desktop: Desktop, name: str, born: str) -> None:
    desktop.key("ctrl+shift+c")
    desktop.wait_text("Legal name:")
    desktop.type(name)
    desktop.key("Tab", "Tab")  # past the preferred name
    desktop.type(born)  # typed as the practice writes dates (US: MM/DD/YYYY)
    desktop.key("Return")
    desktop.wait_text(f"{name} ·")


def write_in_section(desktop: Desktop, label: str, text: str, words: list[Word] | None = None) -> None:
    """Click into a note section's text box, just under its heading, and type."""
    where = desktop.find_text(label, words) if words is not None else desktop.wait_text(label)
    assert where is not None, f"no {label} section on the note"
    x, y = where.center
    desktop.click_at(x + 100, y + 45)
    desktop.type(text)


def open_chart(desktop: Desktop, name: str) -> None:
    desktop.wait_window(MAIN)
    desktop.click_text(name)
    desktop.wait_text("Overview")


def test_a_therapists_day(app: App, desktop: Desktop) -> None:
    # --- first launch: create the vault, keep the Emergency Kit, quit --------------------
    with desktop.step("first-launch-wizard"):
        app.start()
        desktop.wait_window(r"^Create your vault")
        desktop.wait_text("Where should the vault live?")
        desktop.key("alt+n")
    with desktop.step("about-you"):  # who the therapist is (issue 17 item 6)
        desktop.wait_text("About you")
        desktop.type("Jordan Lee")
        desktop.key("alt+n")
    with desktop.step("choose-passphrase"):
        desktop.wait_text("Choose a passphrase")
        desktop.type(PASSPHRASE)
        desktop.key("Tab", "Tab")  # past the Show button
        desktop.type(PASSPHRASE)
        desktop.wait_text("The passphrases match.")
        desktop.key("alt+n")
    with desktop.step("keyring"):
        desktop.wait_text("A second safeguard")
        desktop.wait_text("No usable keyring was found")
        desktop.key("alt+n")
    backups = app.home / "usb-drive" / "vault-backups"
    with desktop.step("backup-folder"):  # what the folder will hold, before the vault exists
        desktop.wait_text("Where should backups go?")
        desktop.wait_text("dated snapshots")
        desktop.type(str(backups))  # the folder field has the focus (OCR reads a path as one word:
        desktop.key("alt+n")         # the snapshot found there after the quit shows it was taken)
    with desktop.step("create"):
        desktop.wait_text("Create the vault")
        desktop.key("Return")  # "Create vault" (measures this computer, then creates)
        desktop.wait_text("Your Emergency Kit", timeout=300)
    kit = app.home / "Emergency Kit.pdf"
    with desktop.step("save-emergency-kit"):
        desktop.click_text("Save as PDF...")
        desktop.wait_window(r"^Save Emergency Kit")
        desktop.key("Return")  # the suggested file in the home folder
        desktop.wait_gone(r"^Save Emergency Kit")
        desktop.wait_text("Saved to")
        assert kit.exists()
        text = PdfReader(kit).pages[0].extract_text()
        # Only lines made of the key's base32 groups: a line of the kit holding the vault's
        # path has dashes too (under pytest-xdist, /tmp/pytest-of-root/pytest-N/popen-gw0/...).
        key_lines = [line for line in text.splitlines()
                     if re.fullmatch(r"[A-Z2-7]{1,4}(-[A-Z2-7]{1,4}){4,}", line.strip())]
        assert key_lines, "the Emergency Kit PDF holds no recovery key"
        last_group = key_lines[-1].strip().rsplit("-", 1)[-1]
        desktop.wait_window(r"^Create your vault")
        desktop.click_text("I have saved or written down")
        desktop.key("alt+n")
    with desktop.step("check-emergency-kit"):
        desktop.wait_text("Check your Emergency Kit")
        desktop.type(last_group)
        desktop.wait_text("That matches.")
        desktop.key("Return")
        desktop.wait_window(MAIN)
    with desktop.step("quit-after-creating"):
        desktop.key("ctrl+q")
        assert app.wait_exit() == 0
        # Quitting with changes backs up into the folder chosen in the wizard: a snapshot.
        assert len(list((backups / "snapshots").glob("snap-*.vrs"))) == 1
        assert not list(backups.glob("*.vaultbackup"))

    # --- start again and unlock ----------------------------------------------------------
    with desktop.step("unlock"):
        app.start()
        unlock(desktop)
        desktop.wait_text("Today")
        time.sleep(10)
        assert app.alive(), "the app quit after the unlock"
        assert desktop.find(MAIN) is not None

    # --- two clients: an adult, and a minor with a guardian ---------------------------------
    with desktop.step("add-adult-client"):
        add_client(desktop, "Ada Lindqvist", "02/03/1980")
    with desktop.step("add-minor-client"):
        add_client(desktop, "Milo Fairweather", "05/06/2014")
    with desktop.step("add-guardian"):
        desktop.click_text("Guardians...")
        desktop.wait_window(r"^Guardians and representatives")
        desktop.type("Greta Fairweather")
        desktop.key("Tab")
        desktop.type("mother")
        desktop.key("Return")  # Save guardian
        desktop.wait_text("Greta Fairweather mother")
        desktop.key("Escape")
        desktop.wait_gone(r"^Guardians and representatives")
        desktop.wait_text("Greta Fairweather (mother")

    # --- a session and its SOAP progress note, signed -------------------------------------------
    with desktop.step("write-progress-note"):
        open_chart(desktop, "Ada Lindqvist")
        desktop.key("ctrl+n")
        desktop.wait_window(r"^Progress note")
        words = desktop.read()  # the sections do not move while they are filled in
        for label, text in (("Subjective", "Slept better; walked to the lighthouse daily."),
                            ("Objective", "Calm, good eye contact."),
                            ("Assessment", "Insomnia improving with CBT-I."),
                            ("Plan", "Continue the sleep diary; review in two weeks.")):
            write_in_section(desktop, label, text, words)
        desktop.wait_text("Saved")
    with desktop.step("sign-progress-note"):
        desktop.key("ctrl+shift+s")
        desktop.wait_text("Sign and lock this progress note?")  # one chord alone never signs
        desktop.key("Return")
        desktop.wait_text("Signed and locked.")
        desktop.key("Escape")
        desktop.wait_gone(r"^Progress note")

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
        desktop.wait_text("2 matching note(s)")
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
        desktop.wait_text("1 matching note(s)")
        desktop.shot("search-results-progress-only")
        desktop.key("Escape")
        desktop.wait_gone(r"^Search notes")

    # --- an authorization, then the export it allows ----------------------------------------------
    scan = app.home / "signed-authorization.png"  # what the scanner made of the signed form
    subprocess.run(["convert", "-size", "850x1100", "xc:white", "-pointsize", "28", "-annotate", "+80+120",
                    f"Authorization to {RECIPIENT}, signed by Ada Lindqvist", str(scan)], check=True)
    with desktop.step("record-authorization"):
        desktop.wait_window(MAIN)
        desktop.key("alt+4")
        desktop.click_text("Record an authorization...")
        desktop.wait_window(r"^Record an authorization")
        fill(desktop, "Information:", "Progress notes from 2026")
        desktop.click_text("Covers:", right=72)  # its first box: Progress notes
        fill(desktop, "Disclosed by:", "this practice")
        fill(desktop, "Recipient:", RECIPIENT)
        fill(desktop, "Purpose:", PURPOSE)
        fill(desktop, "Signed by:", "Ada Lindqvist")
        desktop.click_text("States the right to revoke")
        desktop.click_text("States whether treatment")
        desktop.click_text("States that the recipient")
        desktop.click_text("Attach the signed scan...")
        desktop.wait_window(r"^Signed authorization")
        desktop.key("ctrl+a")
        desktop.type(str(scan))
        desktop.key("Return")
        desktop.wait_gone(r"^Signed authorization")
        desktop.wait_text("signed-authorization.png")
        desktop.click_text("Record authorization")
        desktop.wait_gone(r"^Record an authorization")
        desktop.wait_text(RECIPIENT)
    out_pdf = app.home / "disclosure.pdf"
    with desktop.step("export-what"):
        desktop.key("ctrl+e")
        desktop.wait_window(r"^Export or disclose")
        desktop.wait_text("What, and to whom")
        desktop.click_text("signed", right=-110)  # the check box at the start of the signed note's row
        fill(desktop, "Recipient:", RECIPIENT)
        fill(desktop, "Purpose:", PURPOSE)
        desktop.key("alt+n")
    with desktop.step("export-basis"):
        desktop.wait_text("Legal basis")
        desktop.click_text("Check")
        desktop.wait_text("Allowed under")
        desktop.shot("export-verdict")
        desktop.key("alt+n")
    with desktop.step("export-save"):
        desktop.wait_text("Password and file")
        fill(desktop, "Password:", PDF_PASSWORD, secret=True)
        fill(desktop, "Confirm:", PDF_PASSWORD, secret=True)
        fill(desktop, "Save to:", str(out_pdf))
        desktop.key("Return")  # Export
        desktop.wait_text("Exported", timeout=240)
        desktop.shot("export-done")
        assert out_pdf.exists()
    with desktop.step("open-export-with-qpdf"):
        clear = app.home / "disclosure-clear.pdf"
        refused = subprocess.run(["qpdf", "--decrypt", "--password=wrong", str(out_pdf), str(clear)],
                                 capture_output=True, text=True)
        assert refused.returncode != 0, "the export opened without its password"
        opened = subprocess.run(["qpdf", "--decrypt", f"--password={PDF_PASSWORD}", str(out_pdf), str(clear)],
                                capture_output=True, text=True)
        assert opened.returncode in (0, 3), opened.stderr
        body = "".join(page.extract_text() for page in PdfReader(clear).pages)
        assert "lighthouse" in body and RECIPIENT in body
        desktop.key("Return")  # Finish
        desktop.wait_gone(r"^Export or disclose")

    # The idle lock, quitting while typing and the next morning are the evening's
    # (test_therapists_evening_e2e.py), on a vault the CLI makes as this one is now.
    with desktop.step("final-quit"):
        desktop.wait_window(MAIN)
        desktop.key("ctrl+q")
        assert app.wait_exit() == 0
    with desktop.step("audit-verify"):
        verify = app.cli("audit", "verify", passphrase=PASSPHRASE)
        assert verify.returncode == 0, verify.stdout + verify.stderr
        found = app.cli("search", "lighthouse", "--json", passphrase=PASSPHRASE)
        assert found.returncode == 0 and "lighthouse" in found.stdout.lower(), found.stdout + found.stderr
    assert sorted(p.name for p in desktop.shots.glob("*.png") if not p.name.startswith("_"))
