"""The therapist's afternoon (test_therapists_day.py is the morning): an authorization recorded
with its signed scan, then the export it allows, checked with qpdf (refused with a wrong
password, opened with the right one, the note and the recipient in it); then the audit ledger
verified by the CLI.

Split from the day so that the suite's longest test is not the whole day (docs/testing.md,
fourth round). The vault is the day's at this point, made by the CLI at the OWASP-floor KDF:
the same passphrase, Ada Lindqvist's chart with the signed progress note the export sends. The
day's first-launch wizard, which makes its vault the way a user does, stays in the day.
"""

from __future__ import annotations

import subprocess

from pypdf import PdfReader

from tests.e2e import day_steps as day
from tests.e2e.conftest import App
from tests.e2e.day_steps import MAIN, fill, open_chart, quit_and_verify, unlock
from tests.e2e.desktop import Desktop

pytestmark = day.MARKS

PDF_PASSWORD = "ferry timetable 42"
RECIPIENT = "Dr Lena Harbourside"
PURPOSE = "continuity of care"


def test_authorization_then_export_opened_with_qpdf(app: App, desktop: Desktop) -> None:
    day.set_up_with_cli(
        app, desktop, ("client", "add", "Ada Lindqvist", "--chart-number", "1001", "--dob", "1980-02-03"),
        ("note", "add", "1001", "--template", "soap", "--sign", "--text",
         "Subjective:\nSlept better; walked to the lighthouse daily.\nObjective:\nCalm, good eye contact.\n"
         "Assessment:\nInsomnia improving with CBT-I.\nPlan:\nContinue the sleep diary; review in two weeks."))
    with desktop.step("unlock"):
        app.start()
        unlock(desktop)
        open_chart(desktop, "Ada Lindqvist")

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
        # The kind those words name, as the therapist reads them: the export sends nothing else
        # under it (unticked, the wizard would ask to confirm the words at each export).
        desktop.click_text("Full progress notes")
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
        desktop.wait_text("(valid)")
        # The button by its key (Alt+K), as a keyboard user checks: OCR read the label's "Press
        # Check to ask..." before the button on the same line, and the click went to the label
        # (CI 2026-12-04, three runs; the button itself answered Alt+K and the verdict came).
        desktop.key("alt+k")
        desktop.wait_text("Allowed under")
        desktop.shot("export-verdict")
        desktop.key("alt+n")
    with desktop.step("export-save"):
        desktop.wait_text("Password and file")
        fill(desktop, "Password:", PDF_PASSWORD, secret=True)
        fill(desktop, "Confirm:", PDF_PASSWORD, secret=True)
        # The whole path holds pytest's base folder, which differs per run and which OCR can
        # split or misread; the file name shows the typing arrived, and qpdf opening the file
        # at exactly this path below proves every character of it.
        desktop.click_text("Save to:", right=70)
        desktop.key("ctrl+a")
        desktop.type(str(out_pdf))
        desktop.wait_word_holding(out_pdf.name, timeout=90)
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

    quit_and_verify(app, desktop)
    assert sorted(p.name for p in desktop.shots.glob("*.png") if not p.name.startswith("_"))
