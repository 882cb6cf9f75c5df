"""While a destruction runs: the wizard shows each step, nothing can cancel it, and a lock
or quit asked for meanwhile waits for it with nothing of the vault left on screen.

The destruction is real (a real vault, registered backups purged); the lock and quit come
in the ways the app receives them: the idle timer, the OS's screen lock, Ctrl+L, closing
the main window."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QToolBar, QWidget, QWizard

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.gui.destruction_wizard import DestructionWizard
from vault_app.services import backup, clients, destruction, notes
from vault_app.services import destruction_progress as progressing

pytestmark = pytest.mark.gui

NAME = "Quillon Destroyby"


def _ready_wizard(app: AppController, qtbot: Any, tmp_path: Path, backups: int = 2) -> tuple[DestructionWizard, str]:
    """A chart with a note and `backups` registered backups, the wizard on its commit page."""
    window = app.main_window
    assert window is not None
    client_id = add_client(app, qtbot, NAME)
    vault = app.vault
    assert vault is not None
    notes.create_progress_note(vault, client_id, sections={"subjective": "walrus-canary-text"})
    for i in range(backups):
        (tmp_path / f"usb{i}").mkdir()
        backup.create_backup(vault, tmp_path / f"usb{i}", verify=False)
    chart_number = clients.get_client(vault, client_id).chart_number
    wizard = window.chart.start_destruction()
    assert isinstance(wizard, DestructionWizard)
    wait_ops(qtbot)
    wizard.next()
    basis = wizard.basis_page
    basis.override.setChecked(True)
    basis.reason.setText("Duplicate chart created in error during intake")
    basis.passphrase.setText(PASSPHRASE)
    basis.unlock_button.click()
    wait_ops(qtbot)
    wizard.next()
    wizard.confirm_page.confirm.setText(chart_number)
    return wizard, chart_number


def _button(wizard: QWizard, which: QWizard.WizardButton) -> QWidget:
    return wizard.button(which)


def test_each_step_shows_in_words_on_a_determinate_bar_and_nothing_can_cancel(
        unlocked_app: AppController, qtbot: Any, tmp_path: Path) -> None:
    wizard, _chart_number = _ready_wizard(unlocked_app, qtbot, tmp_path)
    confirm = wizard.confirm_page
    seen: list[tuple[str, int, int, bool, bool]] = []

    def record(_step: object) -> None:  # after the page's own slot: what the therapist sees then
        seen.append((confirm.status.text(), confirm.progress.value(), confirm.progress.maximum(),
                     _button(wizard, QWizard.WizardButton.CancelButton).isEnabled(),
                     _button(wizard, QWizard.WizardButton.BackButton).isVisible()))

    confirm.stepped.connect(record)
    _button(wizard, QWizard.WizardButton.CommitButton).click()
    # Queued, not delivered: the wizard already says why Cancel is grey, and every way out is shut.
    assert confirm.busy and confirm.why.isVisible() and "cannot be stopped" in confirm.why.text()
    assert not _button(wizard, QWizard.WizardButton.CancelButton).isEnabled()
    assert not _button(wizard, QWizard.WizardButton.BackButton).isVisible()
    assert unlocked_app.destruction_running and confirm.title() == "Destroying the chart"
    wizard.reject()  # Escape, and Cancel if it could be clicked
    wizard.close()  # the window's close button
    assert wizard.isVisible() and wizard.currentPage() is confirm

    wait_ops(qtbot, timeout=60_000)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.certificate_page, timeout=60_000)
    texts = [s[0] for s in seen]
    assert texts[0] == "Keeping the records the law requires after a destruction…", texts
    # One step per compartment, each said with which (the same line twice read as a repeat).
    for words in ("Deleting the chart's records (part 1 of 2)…", "Deleting the chart's records (part 2 of 2)…",
                  "Compacting the vault files (part 1 of 2)…",
                  "Re-encrypting the vault under fresh keys…", "Crypto-erasing the attachments…",
                  "Purging backup 1 of 2…", "Purging backup 2 of 2…",
                  "Searching the vault for any trace of the chart…", "Signing the certificate…"):
        assert words in texts, (words, texts)
    # The new backup after the purge, a step of its own (the bar stood on the signing meanwhile).
    assert texts[-1] == ("Making a new backup, so that an older copy of the vault put back knows of this "
                         "destruction…"), texts
    # Determinate from the first step: one total, a bar that only moves forward.
    assert {s[2] for s in seen} == {14}
    values = [s[1] for s in seen]
    assert values == sorted(values) and values[-1] == 13
    # Cancel stayed grey and Back away through every step.
    assert not any(s[3] or s[4] for s in seen)
    assert NAME not in " ".join(texts) and "walrus" not in " ".join(texts)
    # Over: the controller no longer holds locks back, the certificate page has its Finish.
    assert not unlocked_app.destruction_running
    assert confirm.certificate is not None and confirm.certificate["verification"]["result"] == "passed"
    assert _button(wizard, QWizard.WizardButton.FinishButton).isVisible()
    wizard.reject()
    assert not wizard.isVisible()


def test_the_worker_serves_an_autosave_and_the_client_list_while_the_backups_are_purged(
        unlocked_app: AppController, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The backups' purge runs on a thread of its own (services/destruction_beside.py): held
    there between backup 1 and backup 2, the app's worker runs an autosave of another chart's
    note and the client list's read, and no certificate exists yet."""
    vault = unlocked_app.vault
    assert vault is not None
    other = clients.create_client(vault, "Otherly Keptclient")
    draft = notes.create_progress_note(vault, other.client_id, template="free", text="Before.")
    wizard, _chart_number = _ready_wizard(unlocked_app, qtbot, tmp_path, backups=2)
    reached, release = threading.Event(), threading.Event()
    threads: list[str] = []
    real_backup = progressing.Reporter.backup

    def held(reporter: progressing.Reporter, i: int) -> None:
        real_backup(reporter, i)
        if i == 2:
            threads.append(threading.current_thread().name)
            reached.set()
            release.wait()

    monkeypatch.setattr(progressing.Reporter, "backup", held)
    _button(wizard, QWizard.WizardButton.CommitButton).click()
    try:
        qtbot.waitUntil(reached.is_set, timeout=60_000)
        saved: list[str] = []
        listed: list[list[str]] = []
        unlocked_app.op(None, lambda v: notes.save_draft(v, draft.note_id, {"text": "Typed meanwhile."})) \
            .success(saved.append).run()
        unlocked_app.query(None, lambda v: [c.client_id for c in clients.list_clients(v)]) \
            .success(listed.append).run()
        qtbot.waitUntil(lambda: bool(saved and listed), timeout=60_000)
        assert listed[0] == [other.client_id]  # the destroyed chart is gone, the other one there
        assert unlocked_app.destruction_running and wizard.confirm_page.busy
        assert wizard.confirm_page.status.text() == "Purging backup 2 of 2…"
        assert not vault.ledger.entries(kinds=(destruction.COMPLETED,))
    finally:
        release.set()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.certificate_page, timeout=60_000)
    assert threads == ["vault-destruction-purge"]
    assert notes.get_note(vault, draft.note_id).sections["text"] == "Typed meanwhile."
    certificate = wizard.confirm_page.certificate
    assert certificate is not None and certificate["verification"]["result"] == "passed"
    assert len(certificate["verification"]["backups"]) == 2
    assert not unlocked_app.destruction_running


def test_an_autosave_runs_while_the_live_vault_is_searched(
        unlocked_app: AppController, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The live vault's content search runs on the purge's thread, on the image the erase left
    (services/destruction_image.py): held there, the worker saves another chart's draft, pasted
    with the destroyed chart's words and typed over, and reads the client list; the
    certificate then passes (the draft's frames came after the image)."""
    vault = unlocked_app.vault
    assert vault is not None
    other = clients.create_client(vault, "Otherly Keptclient")
    draft = notes.create_progress_note(vault, other.client_id, template="free", text="Before.")
    wizard, _chart_number = _ready_wizard(unlocked_app, qtbot, tmp_path, backups=1)
    reached, release = threading.Event(), threading.Event()
    threads: list[str] = []
    real_begin = progressing.Reporter.begin

    def held(reporter: progressing.Reporter, phase: str, *, backup: int = 0, part: int = 0) -> None:
        real_begin(reporter, phase, backup=backup, part=part)
        if phase == progressing.SEARCH:
            threads.append(threading.current_thread().name)
            reached.set()
            release.wait()

    monkeypatch.setattr(progressing.Reporter, "begin", held)
    _button(wizard, QWizard.WizardButton.CommitButton).click()
    try:
        qtbot.waitUntil(reached.is_set, timeout=60_000)
        saved: list[str] = []
        listed: list[list[str]] = []
        for text in ("Quoted: walrus-canary-text", "Typed over."):
            unlocked_app.op(None, lambda v, t=text: notes.save_draft(v, draft.note_id, {"text": t})) \
                .success(saved.append).run()
        unlocked_app.query(None, lambda v: [c.client_id for c in clients.list_clients(v)]) \
            .success(listed.append).run()
        qtbot.waitUntil(lambda: len(saved) == 2 and bool(listed), timeout=60_000)
        assert listed[0] == [other.client_id]
        assert unlocked_app.destruction_running and wizard.confirm_page.busy
        assert wizard.confirm_page.status.text() == "Searching the vault for any trace of the chart…"
        assert not vault.ledger.entries(kinds=(destruction.COMPLETED,))
    finally:
        release.set()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.certificate_page, timeout=60_000)
    assert threads == ["vault-destruction-purge"]
    assert notes.get_note(vault, draft.note_id).sections["text"] == "Typed over."
    certificate = wizard.confirm_page.certificate
    assert certificate is not None and certificate["verification"]["result"] == "passed"
    assert certificate["verification"]["content_search"]["found"] == []
    assert not unlocked_app.destruction_running


def test_a_lock_during_the_search_beside_waits_for_it_then_closes_cleanly(
        unlocked_app: AppController, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl+L while the live vault is searched beside: hidden at once, locked once the
    destruction ended, and by then the search's reads are let go, so the close folds every
    -wal back into its file (a read still held would have kept the ledger's -wal full)."""
    vault = unlocked_app.vault
    assert vault is not None
    wizard, _chart_number = _ready_wizard(unlocked_app, qtbot, tmp_path, backups=0)
    reached, release = threading.Event(), threading.Event()
    real_begin = progressing.Reporter.begin

    def held(reporter: progressing.Reporter, phase: str, *, backup: int = 0, part: int = 0) -> None:
        real_begin(reporter, phase, backup=backup, part=part)
        if phase == progressing.SEARCH:
            reached.set()
            release.wait()

    monkeypatch.setattr(progressing.Reporter, "begin", held)
    _button(wizard, QWizard.WizardButton.CommitButton).click()
    try:
        qtbot.waitUntil(reached.is_set, timeout=60_000)
        _lock_key(unlocked_app)
        wait_ops(qtbot)
        assert unlocked_app.unlock_window is None and vault.is_open
        assert "locks as soon as the destruction has finished" in wizard.confirm_page.text.text()
    finally:
        release.set()
    qtbot.waitUntil(lambda: unlocked_app.unlock_window is not None, timeout=60_000)
    wait_ops(qtbot)
    assert not vault.is_open
    for name in ("records.db", "ledger.db"):  # the finish appended to the ledger after the search
        wal = unlocked_app.folder / f"{name}-wal"
        assert not wal.exists() or wal.stat().st_size == 0, name
    from tests.conftest import reopen

    with reopen(unlocked_app.folder) as again:
        assert [d["state"] for d in destruction.list_destructions(again)] == ["completed"]


def test_the_notes_lock_during_a_destruction_closes_them_after_it(
        unlocked_app: AppController, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The psychotherapy notes' idle lock during the purge: blanked at once, closed on the
    worker once the destruction ended (its finish still reads that compartment)."""
    vault = unlocked_app.vault
    assert vault is not None
    wizard, _chart_number = _ready_wizard(unlocked_app, qtbot, tmp_path, backups=1)
    assert unlocked_app.psychotherapy_open
    reached, release = threading.Event(), threading.Event()
    real_backup = progressing.Reporter.backup

    def held(reporter: progressing.Reporter, i: int) -> None:
        real_backup(reporter, i)
        reached.set()
        release.wait()

    monkeypatch.setattr(progressing.Reporter, "backup", held)
    _button(wizard, QWizard.WizardButton.CommitButton).click()
    try:
        qtbot.waitUntil(reached.is_set, timeout=60_000)
        unlocked_app.lock_psychotherapy()
        wait_ops(qtbot)
        assert not unlocked_app.psychotherapy_open and vault.psychotherapy_open  # blanked, not yet closed
    finally:
        release.set()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.certificate_page, timeout=60_000)
    qtbot.waitUntil(lambda: not vault.psychotherapy_open, timeout=60_000)
    wait_ops(qtbot)
    certificate = wizard.confirm_page.certificate
    assert certificate is not None and certificate["verification"]["result"] == "passed"


def _idle(app: AppController) -> None:
    app.idle.idle_lock.emit()


def _os_lock(app: AppController) -> None:
    app.os_events.lock_requested.emit("screen was locked")


def _lock_key(app: AppController) -> None:
    assert app.main_window is not None
    app.main_window.menu_actions["lock"].trigger()


@pytest.mark.parametrize(("how", "quick"), [(_idle, True), (_os_lock, False), (_lock_key, True)],
                         ids=["idle", "os-screen-lock", "ctrl-l"])
def test_a_lock_during_a_destruction_hides_everything_then_locks_when_it_is_done(
        unlocked_app: AppController, qtbot: Any, tmp_path: Path, how: Callable[[AppController], None],
        quick: bool) -> None:
    window = unlocked_app.main_window
    assert window is not None
    vault = unlocked_app.vault
    assert vault is not None
    wizard, chart_number = _ready_wizard(unlocked_app, qtbot, tmp_path, backups=1)
    _button(wizard, QWizard.WizardButton.CommitButton).click()
    client_list = window.client_list

    unlocked_app.sealed = sealed = object()  # type: ignore[assignment]  # stands for quick unlock's sealed phrase
    how(unlocked_app)
    # The OS's screen lock drops quick unlock at once, not only once the destruction is over.
    assert (unlocked_app.sealed is sealed) == quick
    unlocked_app.sealed = None
    # At once: the vault's content is off screen, only the wizard's progress stays, and it no
    # longer names the chart. The vault itself stays open for the destruction to finish.
    assert unlocked_app.main_window is window and window.isVisible()
    cover = window.centralWidget()
    assert isinstance(cover, QLabel) and "locks as soon as the destruction" in cover.text()
    assert not client_list.isVisible() and not window.menuBar().isEnabled()
    assert not any(bar.isVisible() for bar in window.findChildren(QToolBar)) and not window.statusBar().isVisible()
    assert wizard.isVisible() and not wizard.confirm_page.confirm.isVisible()
    assert "locks as soon as the destruction has finished" in wizard.confirm_page.text.text()
    assert chart_number not in wizard.confirm_page.text.text()
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert set(visible) <= {window, wizard}, visible
    assert unlocked_app.unlock_window is None and unlocked_app.vault is vault and vault.is_open
    assert not unlocked_app.idle.running
    # A second lock meanwhile (the idle timer again) changes nothing.
    _idle(unlocked_app)

    wait_ops(qtbot, timeout=60_000)
    qtbot.waitUntil(lambda: unlocked_app.unlock_window is not None, timeout=60_000)
    wait_ops(qtbot)
    assert unlocked_app.main_window is None and unlocked_app.vault is None and not vault.is_open
    unlock_window = unlocked_app.unlock_window
    assert unlock_window is not None and unlock_window.isVisible()
    # What happened is on the unlock window: the wizard that showed it is gone with the lock.
    # Shown on the locked screen: it names no chart.
    assert "The destruction finished and verified before the lock." in unlock_window.reason_label.text()
    assert chart_number not in unlock_window.reason_label.text()
    from tests.conftest import reopen

    # The wizard was deleted with the lock; the controller's signals live on into the next
    # session and must reach none of its pages (a traceback in the app's log, seen on Xvfb).
    qtbot.wait(50)
    unlocked_app.psychotherapy_changed.emit(True)
    unlocked_app.psychotherapy_changed.emit(False)
    with reopen(unlocked_app.folder) as again:
        assert [d["state"] for d in destruction.list_destructions(again)] == ["completed"]
        assert clients.list_clients(again) == []


def _quit_box(window: QWidget) -> QMessageBox:
    box = window.findChild(QMessageBox, "quitDuringDestruction")
    assert box is not None and box.isVisible()
    return box


def test_quit_during_a_destruction_asks_and_keep_open_keeps_everything(
        unlocked_app: AppController, qtbot: Any, tmp_path: Path) -> None:
    window = unlocked_app.main_window
    assert window is not None
    wizard, _chart = _ready_wizard(unlocked_app, qtbot, tmp_path, backups=0)
    quits: list[bool] = []
    unlocked_app.quit_requested.connect(lambda: quits.append(True))
    _button(wizard, QWizard.WizardButton.CommitButton).click()
    window.close()  # Ctrl+Q and Vault > Quit close the main window too
    box = _quit_box(window)
    assert "cannot be stopped part-way" in box.text() and "next unlock" in box.informativeText()
    assert window.isVisible() and unlocked_app.vault is not None
    keep = next(b for b in box.buttons() if b.text().replace("&", "") == "Keep the app open")
    keep.click()
    wait_ops(qtbot, timeout=60_000)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.certificate_page, timeout=60_000)
    assert quits == [] and unlocked_app.main_window is window and window.client_list.isVisible()


def test_quit_when_finished_hides_everything_then_quits_after_the_destruction(
        unlocked_app: AppController, qtbot: Any, tmp_path: Path) -> None:
    window = unlocked_app.main_window
    assert window is not None
    vault = unlocked_app.vault
    assert vault is not None
    wizard, _chart = _ready_wizard(unlocked_app, qtbot, tmp_path, backups=1)
    quits: list[bool] = []
    unlocked_app.quit_requested.connect(lambda: quits.append(True))
    _button(wizard, QWizard.WizardButton.CommitButton).click()
    window.close()
    box = _quit_box(window)
    next(b for b in box.buttons() if b.text().replace("&", "") == "Quit when finished").click()
    cover = window.centralWidget()
    assert isinstance(cover, QLabel) and "closes as soon as the destruction" in cover.text()
    assert wizard.isVisible() and "closes as soon as" in wizard.confirm_page.text.text()
    assert quits == [] and vault.is_open
    window.close()  # Ctrl+Q again meanwhile: already on its way out, not asked twice
    assert not box.isVisible() and len(window.findChildren(QMessageBox, "quitDuringDestruction")) == 1
    wait_ops(qtbot, timeout=60_000)
    qtbot.waitUntil(lambda: quits == [True])
    wait_ops(qtbot)
    assert unlocked_app.vault is None and not vault.is_open and unlocked_app.unlock_window is None


def test_a_lost_wizard_never_keeps_a_lock_waiting(unlocked_app: AppController, qtbot: Any) -> None:
    """The hold goes with its owner: a lock waiting for a destruction whose wizard was deleted
    without reporting the end (a bug, a crash of the window) is carried out at once."""
    owner = QWidget()
    unlocked_app.destruction_begins(owner)
    unlocked_app.lock("Locked.", quick=True)
    assert unlocked_app.main_window is not None and unlocked_app.unlock_window is None
    owner.deleteLater()
    qtbot.waitUntil(lambda: unlocked_app.unlock_window is not None, timeout=60_000)
    assert unlocked_app.main_window is None and unlocked_app.vault is None
