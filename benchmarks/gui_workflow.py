"""A short working session through the real widgets: unlock, search, export, backup.

Shared by tests/gui/test_responsiveness.py, which checks on which thread every
service call and SQLCipher statement of these steps runs (deterministic), and by
benchmarks/gui_gaps.py, which measures how long the GUI thread stalls during them
(timing, reported by `make bench`, never asserted by a test).

The vault is prepared with the services before the app starts; from then on only
the widgets are used: the unlock window's field and button, the search dialog, the
export wizard, the backups dialog.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from vault_app.crypto.kdf import KdfParams
    from vault_app.gui.controller import AppController

PASSPHRASE = "workflow passphrase one"
PDF_PASSWORD = "send-by-phone-42"
RECIPIENT = "Dr. Receiving Psychiatrist"
PURPOSE = "continuity of care"
STEPS = ("unlock", "search", "export", "backup")
SEARCHES = ("words", "session", "Target", "sleep")


@dataclass(frozen=True)
class Prepared:
    folder: Path
    client_id: str
    notes: int


def prepare_vault(folder: Path, kdf: KdfParams, *, notes: int = 40) -> Prepared:
    """A vault with one busy chart (signed notes) and a valid authorization to export it."""
    from vault_app.services import authorizations, clients, sessions
    from vault_app.services import notes as note_service
    from vault_app.services.vault import create_vault

    vault = create_vault(folder, PASSPHRASE, params=kdf, use_device_secret=False).vault
    try:
        client = clients.create_client(vault, "Search Target", date_of_birth="1980-02-03")
        today = date.today()
        for i in range(notes):
            day = today - timedelta(days=7 * (notes - i))
            s = sessions.add_session(vault, client.client_id, date=day, duration_minutes=53)
            n = note_service.create_progress_note(
                vault, client.client_id, session_id=s.session_id,
                sections={"subjective": f"session {i} sleep " + "words " * 300})
            note_service.sign_note(vault, n.note_id)
        authorizations.add_authorization(
            vault, client.client_id, description="Progress notes for coordination of care", covers=["progress"],
            described_parts=["progress_notes"],  # the kind its words name (domain/disclosure_parts.py)
            discloser="The practice", recipient_name=RECIPIENT, recipient_address="1 Clinic Road",
            purposes=[PURPOSE], signed_on=today - timedelta(days=1), signer_name="Search Target",
            expires_on=today + timedelta(days=200), statement_revoke="In writing to the practice",
            statement_conditioning="Treatment does not depend on signing", statement_redisclosure=True,
            scan=b"%PDF-1.4\n% signed form\n", scan_filename="authorization.pdf")
    finally:
        vault.lock()
    return Prepared(folder, client.client_id, notes)


# --- waiting without a test framework ---------------------------------------------------------
def wait_until(what: str, condition: Callable[[], bool], timeout_s: float = 120.0) -> None:
    """Run the event loop until `condition` holds; the timeout only turns a hang into a message."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QThread

    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"the app did not get there: {what}")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        QThread.msleep(2)


def wait_ops(what: str) -> None:
    from vault_app.gui.background import runner

    wait_until(what, runner().is_idle)


# --- the steps ----------------------------------------------------------------------------------
def unlock(controller: AppController) -> None:
    window = controller.unlock_window
    assert window is not None, "the unlock window is not shown"
    window.passphrase.setText(PASSPHRASE)
    window.unlock_button.click()
    wait_until("the main window after unlock",
               lambda: controller.main_window is not None and controller.main_window.isVisible())
    wait_ops("the first screen after unlock")


def search(controller: AppController) -> None:
    window = controller.main_window
    assert window is not None
    dialog: Any = window.open_search()
    for text in SEARCHES:
        dialog.query.setText(text)
        dialog.search()
        wait_ops(f"search for {text!r}")
    assert dialog.notes.topLevelItemCount() > 0, f"search found nothing: {dialog.status.text()}"
    dialog.close()
    window.client_list.search.setText("Target")
    window.client_list.refresh()
    wait_ops("the client list filter")


def export(controller: AppController, prepared: Prepared, out: Path) -> None:
    from PySide6.QtWidgets import QWizard

    window = controller.main_window
    assert window is not None
    window.open_chart(prepared.client_id)
    wait_ops("the chart")
    wizard: Any = window.chart.start_export()
    wait_ops("the export wizard's list of notes")
    what = wizard.what_page
    what.check_all()
    what.recipient.setText(RECIPIENT)
    what.address.setText("1 Clinic Road")
    what.purpose.setText(PURPOSE)
    assert what.isComplete(), "the export wizard's first page is not complete"
    wizard.next()
    basis = wizard.basis_page
    basis.form.basis.setCurrentIndex(basis.form.basis.findData("authorization"))
    wait_ops("the authorizations list")
    basis.form.authorization.setCurrentIndex(1 if basis.form.authorization.count() > 1 else 0)
    basis.check()
    wait_ops("the disclosure gate")
    assert basis.verdict is not None and basis.verdict.allowed, basis.verdict_text.text()
    wizard.next()
    save = wizard.save_page
    save.path.setText(str(out))
    save.password.setText(PDF_PASSWORD)
    save.confirm.setText(PDF_PASSWORD)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    wait_until("the export's receipt", lambda: wizard.currentPage() is wizard.receipt_page)
    assert out.exists(), "the export wrote no file"
    wizard.accept()
    wait_ops("the chart after the export")


def backup(controller: AppController, target: Path) -> None:
    window = controller.main_window
    assert window is not None
    dialog: Any = window.open_backups()
    wait_ops("the backups dialog")
    target.mkdir(parents=True, exist_ok=True)
    dialog.target.setText(str(target))
    dialog.backup_button.click()
    wait_ops("the backup")
    assert any(target.iterdir()), f"no backup file: {dialog.result_label.text()}"
    dialog.close()


def run(controller: AppController, prepared: Prepared, work: Path,
        around: Callable[[str], AbstractContextManager[object]] | None = None) -> None:
    """Every step in order, each inside `around(step name)` (instrumentation or a stopwatch)."""
    steps: dict[str, Callable[[], None]] = {
        "unlock": lambda: unlock(controller),
        "search": lambda: search(controller),
        "export": lambda: export(controller, prepared, work / "export.pdf"),
        "backup": lambda: backup(controller, work / "drive"),
    }
    for name in STEPS:
        with (around or _nothing)(name):
            steps[name]()


@contextmanager
def _nothing(_name: str) -> Iterator[None]:
    yield
