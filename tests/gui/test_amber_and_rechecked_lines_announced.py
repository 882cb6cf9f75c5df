"""Lines that appear or change while the keyboard stays where it is are said to a screen reader, once per
change (gui/announce.py): Today's amber lines (an unfinished Replace every key, a copy of the vault sharing
the default vault's backups), the Deny window's problem line, and the authorization form's refusal about who
signs that a recheck finds once the other missing elements are given (said under "Signer is", as Record says
it). Found: each was seen in red or amber, never heard. Real vault, real widgets; announcer().said carries
what the screen reader was told."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE
from tests.gui.conftest import _teardown, unlock, wait_ops
from tests.gui.test_change_notices import window_of
from tests.gui.test_dashboard_copy_home import _backed_up
from vault_app.gui.announce import announcer
from vault_app.gui.controller import AppController
from vault_app.storage.header import HEADER_NAME

pytestmark = pytest.mark.gui


def _listening() -> list[str]:
    heard: list[str] = []
    announcer().said.connect(heard.append)
    return heard


def _said(text: str) -> str:
    return " ".join(text.split())


def test_the_signer_refusal_a_recheck_finds_is_said_under_signer_is(unlocked_app: AppController, qtbot,
                                                                    tmp_path: Path) -> None:
    """A form with its recipient and purpose missing: Record lists the elements missing; the minor's own
    signature is then chosen, and once the elements are typed the form is checked again and the refusal
    left is about who signs: said under "Signer is" (as Record says it there), and heard, once."""
    from tests.gui.auth_helpers import signed_scan
    from tests.gui.test_auth_signer_followups import _under_signer
    from tests.gui.test_parent_consented_signature_gui import _teen

    client_id = _teen(unlocked_app)
    window = unlocked_app.main_window
    assert window is not None
    window.open_chart(client_id)
    wait_ops(qtbot)
    dialog = window.chart.authorizations.add()
    assert dialog is not None
    wait_ops(qtbot)
    dialog.description.setText("Progress notes from 2026")
    dialog.cover_progress.setChecked(True)
    for box in (dialog.statement_revoke, dialog.statement_conditioning, dialog.statement_redisclosure):
        box.setChecked(True)
    dialog.set_scan(signed_scan(tmp_path))
    assert dialog.signer_role.currentData() == "personal_representative"  # the parent, proposed
    dialog.save_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: "recipient" in dialog.message.text(), timeout=10_000)
    # The minor's own signature chosen instead: the list of missing elements stays (about other fields)
    dialog.signer_role.setCurrentIndex(dialog.signer_role.findData("client"))
    dialog.signer_name.setText("Alex Testclient")
    wait_ops(qtbot)
    assert "recipient" in dialog.message.text()
    heard = _listening()
    for line, value in ((dialog.discloser, "The practice"), (dialog.recipient, "Dr. School Psychologist"),
                        (dialog.purpose, "coordination of care")):
        line.setText(value)
        wait_ops(qtbot)
    qtbot.waitUntil(lambda: bool(_under_signer(dialog)), timeout=10_000)
    (under,) = _under_signer(dialog)
    said = under.text()  # type: ignore[attr-defined]
    assert "a parent or guardian consented to their care" in said, said
    assert dialog.message.text() == "", "said under the field, not twice"
    qtbot.waitUntil(lambda: _said(said) in heard, timeout=10_000)
    wait_ops(qtbot)
    assert heard.count(_said(said)) == 1, heard
    dialog.reject()
    wait_ops(qtbot)


@pytest.fixture
def rekey_killed(tmp_path: Path, qtbot: Any) -> Iterator[AppController]:
    """A vault as a kill while Replace every key wrote its copies leaves it (tests/gui/test_rekey_unfinished_line)."""
    from vault_app.crypto.kdf import OWASP_FLOOR
    from vault_app.gui.launcher import start
    from vault_app.services.ledger import now_iso
    from vault_app.services.vault import create_vault
    from vault_app.services.vault_rekey_beside import COPIES_SETTING

    folder = tmp_path / "vault"
    vault = create_vault(folder, PASSPHRASE, params=OWASP_FLOOR, use_device_secret=False).vault
    vault.update_settings(**{COPIES_SETTING: now_iso()})
    vault.lock()
    controller = start(folder, kdf_params=OWASP_FLOOR)
    yield controller
    _teardown(controller, qtbot)


def test_today_s_amber_line_on_an_unfinished_replacement_is_said_once(rekey_killed: AppController,
                                                                      qtbot: Any) -> None:
    """The line above the cards (an interrupted Replace every key), said as it appears, not again at each
    refresh of the page while it stays the same."""
    heard = _listening()
    window = unlock(rekey_killed, qtbot)
    line = window.dashboard.gap_line
    qtbot.waitUntil(line.isVisible)
    qtbot.waitUntil(lambda: _said(line.text()) in heard, timeout=10_000)
    for _again in range(2):
        window.dashboard.refresh()
        wait_ops(qtbot)
    assert heard.count(_said(line.text())) == 1, heard


def test_today_s_amber_backup_line_is_said_once_and_its_calm_news_not(unlocked_app: AppController, qtbot: Any,
                                                                      tmp_path: Path) -> None:
    """The backup card's line in amber (a copy of the vault sharing the default vault's backups): said
    once as it comes; its calm news ("Checked: the backup of …") is not said."""
    vault = unlocked_app.vault
    assert vault is not None
    _backed_up(unlocked_app, qtbot, tmp_path / "backups")
    page = window_of(unlocked_app).dashboard
    heard = _listening()
    page.refresh()
    wait_ops(qtbot)
    card = page.cards["backup"]
    calm = card.detail.text()
    assert calm and card.detail.objectName() == "calmNote"
    default = Path(os.environ["VAULT_APP_DIR"])
    default.mkdir(parents=True, exist_ok=True)
    shutil.copy2(vault.folder / HEADER_NAME, default / HEADER_NAME)
    page.refresh()
    wait_ops(qtbot)
    assert card.detail.objectName() == "warningNote"
    amber = _said(card.detail.text())
    qtbot.waitUntil(lambda: amber in heard, timeout=10_000)
    page.refresh()
    wait_ops(qtbot)
    assert heard.count(amber) == 1 and _said(calm) not in heard, heard


def test_the_deny_window_s_problem_line_is_said_each_time_it_comes(qtbot: Any) -> None:
    """Deny a part only, with nothing said of what is denied: Record's problem line is said; pressed
    again unchanged, not twice; after the choice changed (the line goes) and came back, said again."""
    from PySide6.QtWidgets import QApplication

    from vault_app.domain.requests import ACCESS_DENIAL_GROUNDS
    from vault_app.gui.request_denial_dialog import DenialDialog
    from vault_app.gui.request_grounds import denial_choices

    choices = denial_choices("access", False)
    ground = next(code for code, _label in choices
                  if code in ACCESS_DENIAL_GROUNDS and not ACCESS_DENIAL_GROUNDS[code].whole)
    dialog = DenialDialog(choices, ground)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    heard = _listening()
    said = "Say what is denied and what is released, or choose to deny the whole request."
    dialog.part.setChecked(True)
    dialog.record_button.click()
    qtbot.waitUntil(lambda: said in heard, timeout=10_000)
    dialog.record_button.click()
    QApplication.processEvents()
    assert heard.count(said) == 1, heard
    dialog.whole.setChecked(True)
    assert not dialog.message.isVisible()
    dialog.part.setChecked(True)
    dialog.record_button.click()
    qtbot.waitUntil(lambda: heard.count(said) == 2, timeout=10_000)
    dialog.reject()
