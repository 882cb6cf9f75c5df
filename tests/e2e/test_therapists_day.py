"""A therapist's day with the real program: `vault-app` started as a separate process on a
real X server, driven only by key and mouse events, checked only by what is on screen
(window titles and the words in screenshots), files on disk and the app's own CLI. This is
the morning: the first-launch wizard, the first unlock, two clients and a guardian. The day
goes on in test_therapists_notes_e2e.py (notes, the psychotherapy unlock, search),
test_therapists_disclosure_e2e.py (an authorization and the export it allows) and
test_therapists_evening_e2e.py (the idle lock, quitting while typing, the next morning): split
so that the suite's longest test is not the whole day (docs/testing.md, fourth round).

Every step leaves a screenshot in test-output/e2e/<test>/; a failing step names the
screen it was on. The waits below are generous hang guards (a loaded machine reads the
screen slowly), never speed requirements.
"""

from __future__ import annotations

import re
import time

import pytest
from pypdf import PdfReader

from tests.e2e.conftest import App
from tests.e2e.day_steps import MAIN, PASSPHRASE, add_client, cli_ok, quit_and_verify, unlock
from tests.e2e.desktop import Desktop

pytestmark = [pytest.mark.e2e, pytest.mark.slow, pytest.mark.timeout(2400)]

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
        desktop.key("Tab")  # to the confirmation (Show is not in the Tab order)
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
        desktop.wait_text("dated backups")
        desktop.type(str(backups))  # the folder field has the focus (OCR reads a path as one word:
        desktop.key("alt+n")         # the snapshot found there after the quit shows it was taken)
        # On the home folder's own disk: the warning is left on the page to be read, and Next
        # again goes on (a therapist pressing Enter right after the path saw it only flash).
        desktop.wait_text("same disk")
        desktop.key("alt+n")
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

    # The notes and the search are the midday's (test_therapists_notes_e2e.py); the
    # authorization and the export it allows the afternoon's (test_therapists_disclosure_e2e.py);
    # the idle lock, quitting while typing and the next morning the evening's
    # (test_therapists_evening_e2e.py): each on a vault the CLI makes as this one is by then,
    # so that no test of the suite is the whole day.
    quit_and_verify(app, desktop)
    clients = cli_ok(app, "client", "list", "--json")
    assert "Ada Lindqvist" in clients and "Milo Fairweather" in clients
    assert sorted(p.name for p in desktop.shots.glob("*.png") if not p.name.startswith("_"))
