"""The steps the therapist's day takes again and again (tests/e2e/test_therapists_*.py): unlock,
fill a field, add a client, write in a note's section, sign a progress note (the week view's
test signs one the same way), open a chart; the CLI set-up of a vault made part-way through
the day, and the day's end (quit, then the ledger verified). Each test of the day starts from
what the day's vault holds by then (docs/testing.md)."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import App
from tests.e2e.desktop import Desktop, Word

PASSPHRASE = "a quiet harbour at dawn 1987"
MAIN = r"^Therapy Vault$"
UNLOCK = r"^Unlock vault"
# Every test of the day: end-to-end, slow, and a hang guard for a loaded machine (never a speed limit).
MARKS = [pytest.mark.e2e, pytest.mark.slow, pytest.mark.timeout(2400)]


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


def sign_progress_note(desktop: Desktop, *, confirmation_shows: tuple[str, ...] = (), evidence: bool = False) -> None:
    """The open progress note signed by keyboard: Ctrl+Shift+S asks first (one chord alone never
    signs; the question, then `confirmation_shows`, read on screen), Return signs, Escape closes
    the signed note. With `evidence`, a screenshot of the question and of the signed note."""
    desktop.key("ctrl+shift+s")
    desktop.wait_text("Sign and lock this progress note?")
    for text in confirmation_shows:
        desktop.wait_text(text)
    if evidence:
        desktop.shot("sign-confirmation")
    desktop.key("Return")
    desktop.wait_text("Signed and locked.")
    if evidence:
        desktop.shot("signed-and-locked")
    desktop.key("Escape")
    desktop.wait_gone(r"^Progress note")


def open_chart(desktop: Desktop, name: str) -> None:
    desktop.wait_window(MAIN)
    desktop.click_text(name)
    desktop.wait_text("Overview")


def cli_ok(app: App, *args: str) -> str:
    done = app.cli(*args, passphrase=PASSPHRASE)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def init_at_floor(app: App) -> None:
    """A vault made by the CLI at the OWASP floor, no keyring: where a test starts mid-day."""
    cli_ok(app, "init", "--no-keyring", "--kdf-memory-mib", "19", "--kdf-iterations", "2", "--kdf-parallelism", "1")


def set_up_with_cli(app: App, desktop: Desktop, *commands: tuple[str, ...]) -> None:
    """A test's first step where it starts mid-day: the vault made by the CLI at the OWASP floor,
    then `commands` (each a CLI command's arguments) holding what the day's vault holds by then."""
    with desktop.step("set-up-with-cli"):
        init_at_floor(app)
        for args in commands:
            cli_ok(app, *args)


def quit_and_verify(app: App, desktop: Desktop) -> None:
    """The day's end in every test of it: Ctrl+Q from the main window, a clean exit, and the
    ledger verified by the CLI."""
    with desktop.step("final-quit"):
        desktop.wait_window(MAIN)
        desktop.key("ctrl+q")
        assert app.wait_exit() == 0
    with desktop.step("audit-verify"):
        cli_ok(app, "audit", "verify")
