"""Every reason the core records an interrupted destruction's stop by has the app's words, and
no screen names a command (gui/destruction_stop_words.py). Found: the status bar said
"('vault-app destruction resume' says why)" for any reason but a read-only backup drive, and a
stop's own hint could name `destruction resume`, `destruction purge-backups` or `audit verify`.

Table-driven over destruction_state.STOP_REASONS: each code is made from the error the core
raises (with the command-naming hints the core really gives), recorded, then said where the
therapist reads it: the wizard's page, Records > Destructions and certificates, the status bar;
in English and in Spanish."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from tests.gui.test_change_notices import window_of
from vault_app.domain.errors import (
    CompartmentLocked,
    DiskFull,
    EnvironmentProblem,
    RefusedByPolicy,
    VaultBusy,
    VaultError,
    VaultTampered,
)
from vault_app.gui import destruction_stop_words as words
from vault_app.gui import status_words
from vault_app.gui.controller import AppController
from vault_app.gui.destructions_dialog import DestructionsDialog
from vault_app.services import clients, destruction, destruction_state, notes, reminders, snapshot_purge_check
from vault_app.services.destruction_backups import NOT_WRITABLE_HINT, BackupFolderNotWritable

FOLDER = "/media/usb/backups"


def _not_writable() -> BaseException:
    return BackupFolderNotWritable(f"The destroyed chart could not be purged from the backups in {FOLDER}: that "
                                   "drive is read-only (or you cannot write to it).", hint=NOT_WRITABLE_HINT,
                                   code=destruction_state.NOT_WRITABLE_CODE, params={"folder": FOLDER})


# One error per code, as the core raises it past the point of no return (the hints it gives).
ERRORS: dict[str, Callable[[], BaseException]] = {
    destruction_state.NOT_WRITABLE_CODE: _not_writable,
    destruction_state.DISK_FULL: lambda: DiskFull("The disk is full while writing records.db.",
                                                  hint="Free some space on the disk."),
    destruction_state.DRIVE: lambda: EnvironmentProblem("Input/output error while reading a backup."),
    destruction_state.BUSY: lambda: VaultBusy("Another vault-app window or command is writing into the backup "
                                              f"folder {FOLDER}."),
    # The snapshot purge's own refusal, with its hint naming `destruction purge-backups`.
    destruction_state.DAMAGED: lambda: snapshot_purge_check._did_not_check("records"),
    destruction_state.TAMPERED: lambda: VaultTampered(
        "The ledger failed verification: entry 12 differs.",
        hint="Run 'vault-app audit verify' and restore from your latest verified backup."),
    destruction_state.LOCKED: lambda: CompartmentLocked("The psychotherapy notes are locked."),
    destruction_state.REFUSED: lambda: RefusedByPolicy("Refused."),
    destruction_state.INTERNAL: lambda: RuntimeError("a bug"),
}


def _past_no_return(make: Callable[[], BaseException]) -> BaseException:
    """The error as a stop raises it: past_no_return adds what happens next (for the CLI)."""
    try:
        with destruction.past_no_return():
            raise make()
    except BaseException as exc:
        return exc
    raise AssertionError("not raised")


def _no_command(text: str) -> None:
    # A command: "vault-app" and a word after it ("another vault-app window" names the app, not one).
    assert re.search(r"vault-app (?!window\b)[a-z]", text) is None, text


def test_every_stop_reason_is_made_and_has_words_equal_to_the_core_s() -> None:
    assert set(ERRORS) == set(destruction_state.STOP_REASONS), "a stop reason without an error here, or one gone"
    assert set(words.REASONS) == set(destruction_state.STOP_REASONS), "a stop reason the screens have no words for"
    for code, english in destruction_state.STOP_REASONS.items():
        assert words.REASONS[code] == english  # the translators' source is the core's English
    assert words.STATUS_STOPPED == reminders.DESTRUCTION_STOPPED_TEXT
    assert words.STATUS_UNKNOWN == reminders.DESTRUCTION_NOT_FINISHED_TEXT
    # A hint naming a command does reach the core's errors: what the screens must not show.
    assert "vault-app destruction resume" in str(_past_no_return(ERRORS[destruction_state.DISK_FULL]))
    assert "vault-app destruction purge-backups" in str(ERRORS[destruction_state.DAMAGED]())


@pytest.mark.parametrize("code", list(ERRORS))
def test_each_stop_is_recorded_by_its_code_and_said_without_a_command(code: str) -> None:
    exc = _past_no_return(ERRORS[code])
    recorded, params = destruction_state.stop_reason(exc)
    assert recorded == code
    reason = words.reason_words(code, params)
    assert reason and "{" not in reason

    # The wizard's page when its destruction stops.
    wizard = words.stopped_text(exc)
    _no_command(wizard)
    assert "Finish now in Records > Destructions and certificates" in wizard
    # Records > Destructions: the chosen interrupted destruction.
    dialog = words.listed_words(code, params)
    assert dialog is not None and reason in dialog and "Finish now" in dialog
    _no_command(dialog)
    # The status bar after an unlock: the services' news, said by the screen.
    news = reminders.News(reminders.DESTRUCTION_NOT_FINISHED, reminders.DESTRUCTION_STOPPED_TEXT.format(
        reason=destruction_state.STOP_REASONS[code]), code=code)
    said = status_words.news_words(news)
    _no_command(said)
    assert "Records > Destructions and certificates" in said
    if code != destruction_state.NOT_WRITABLE_CODE:  # that one has news of its own (with its folder)
        assert said == news.english and reason in said


@pytest.mark.parametrize("code", list(ERRORS))
def test_each_stop_speaks_spanish(code: str, qtbot: Any, spanish: None) -> None:
    exc = _past_no_return(ERRORS[code])
    recorded, params = destruction_state.stop_reason(exc)
    reason = words.reason_words(recorded, params)
    assert reason and reason != destruction_state.STOP_REASONS[code].format(**params)
    dialog = words.listed_words(recorded, params)
    assert dialog is not None and dialog.startswith("Esta destrucción se inició y no ha terminado")
    wizard = words.stopped_text(exc)
    _no_command(wizard)
    assert "Terminar ahora en Registros > Destrucciones y certificados" in wizard
    said = words.status_words(recorded)
    _no_command(said)
    assert "Registros > Destrucciones y certificados" in said


def test_a_reason_without_words_says_where_the_app_says_why() -> None:
    for code in ("", "destruction.stopped.newer_reason"):
        said = words.status_words(code)
        assert said == ("A chart's destruction could not be finished at this unlock; Records > Destructions and "
                        "certificates says why, and Finish now there tries again.")
        assert words.listed_words(code, {}) is None


def test_purge_the_backups_now_says_the_app_s_way_for_a_hint_naming_a_command() -> None:
    said = words.purge_failed_text(snapshot_purge_check._not_as_written("records part"))
    _no_command(said)
    assert said.endswith("choose Purge the backups now again in Records > Destructions and certificates.")
    plain: VaultError = DiskFull("The backup drive is full.", hint="Free some space on it.")
    assert words.purge_failed_text(plain) == "The backup drive is full. Free some space on it."


def test_the_app_shows_a_recorded_stop_in_the_status_bar_and_the_destructions_window(
        unlocked_app: AppController, qtbot: Any, tmp_path: Path) -> None:
    """A real vault: a destruction stopped (its live part done, the stop recorded as the unlock's
    resume records it: a full disk), the status line and Records > Destructions say why in the
    app's terms."""
    app = unlocked_app
    vault = app.vault
    assert vault is not None
    client_id = clients.create_client(vault, "Halted Destructionchart").client_id
    notes.create_progress_note(vault, client_id, sections={"subjective": "walrus-canary-text"})
    chart_number = clients.get_client(vault, client_id).chart_number
    vault.unlock_psychotherapy(PASSPHRASE)

    def stop(v: Any) -> None:
        carrying = destruction.begin(v, client_id, basis="override", confirm=chart_number,
                                     override_reason="Duplicate chart created in error during intake")
        destruction.not_finished(v, str(carrying.payload["destruction_id"]),
                                 _past_no_return(ERRORS[destruction_state.DISK_FULL]))

    app.op(None, stop).run()
    wait_ops(qtbot, timeout=120_000)
    line = reminders.status_line(vault)
    assert [n.code for n in line.news] == [destruction_state.DISK_FULL]
    window = window_of(app)
    window._reminder(line)
    shown = window.status_label.text()
    _no_command(shown)
    assert "could not be finished: a disk is full (the vault's or a backup drive's). Choose Finish now" in shown

    dialog = window.open_destructions()
    assert isinstance(dialog, DestructionsDialog)
    wait_ops(qtbot)
    why = dialog.why.text()
    _no_command(why)
    assert "Its last try stopped because a disk is full" in why and not dialog.act_button.isHidden()
    dialog.reject()


def test_the_wizard_says_a_stop_of_its_live_part_in_the_app_s_terms(
        unlocked_app: AppController, qtbot: Any, tmp_path: Path) -> None:
    """The live part (on the worker, after the "started" entry) failing: its error carries the
    CLI's "or now with 'vault-app destruction resume'"; the page says the app's way and takes no
    second confirmation."""
    from tests.gui.test_destruction_running import _ready_wizard

    wizard, _chart_number = _ready_wizard(unlocked_app, qtbot, tmp_path, backups=0)
    page = wizard.confirm_page
    exc = _past_no_return(ERRORS[destruction_state.DISK_FULL])
    page.busy = True
    page._failed_and_idle(exc)
    wait_ops(qtbot)
    said = " ".join(page.message.text().split())
    _no_command(said)
    assert said.startswith("The disk is full while writing records.db. Free some space on the disk. Choose Finish "
                           "now in Records > Destructions and certificates")
    assert page.stopped and page.confirm.isHidden() and not page.busy
    assert not unlocked_app.destruction_running
    wizard.reject()
