"""Records > Notices of closure to clients…: the retiring therapist types the closure's details once and
the app writes every active client's letter on the worker thread, each recorded on its chart; what is
missing is said in the window's words (Spanish too) and nothing is written. Real app, real vault."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.domain.clinical import ContactPreferences
from vault_app.domain.closure_notice import LEDGER_KIND
from vault_app.gui.closure_notice_dialog import ClosureNoticeDialog
from vault_app.gui.controller import AppController
from vault_app.services import clients, practice

pytestmark = pytest.mark.gui


def _practice(app: AppController) -> list[str]:
    vault = app.vault
    assert vault is not None
    practice.update(vault, clinician_name="Jordan Lee", credentials="LCSW", practice_name="Lee Counseling",
                    phone="555-0100", address="1 Main St, Springfield")
    made = [clients.create_client(vault, "Alex Testclient", date_of_birth="1980-02-03").client_id,
            clients.create_client(vault, "Lucia Marquez", date_of_birth="1985-03-02", letters_in="es").client_id]
    return [clients.get_client(vault, c).chart_number for c in made]


def _letters(tmp_path: Path) -> Path:
    """The letters' folder (the vault is in tmp_path)."""
    (tmp_path / "letters").mkdir()
    return tmp_path / "letters"


def _open(app: AppController, qtbot) -> ClosureNoticeDialog:
    window = app.main_window
    assert window is not None
    window.menu_actions["closure_notices"].trigger()
    dialog = window.findChild(ClosureNoticeDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitExposed(dialog)
    return dialog


def _fill(dialog: ClosureNoticeDialog, qtbot, folder: Path, name: str = "Dr. Sam Rivera") -> None:
    qtbot.keyClicks(dialog.custodian_name, name)
    qtbot.keyClicks(dialog.custodian_contact, "555-0199")
    qtbot.keyClicks(dialog.referrals, "Springfield Family Clinic")
    dialog.folder.setText(str(folder))
    qtbot.keyClicks(dialog.passwords.password, fx.PASSWORD)
    qtbot.keyClicks(dialog.passwords.again, fx.PASSWORD)


def test_every_active_client_s_letter_written_from_the_window(unlocked_app: AppController, qtbot,
                                                              tmp_path: Path) -> None:
    numbers = _practice(unlocked_app)
    tmp_path = _letters(tmp_path)
    dialog = _open(unlocked_app, qtbot)
    _fill(dialog, qtbot, tmp_path)
    dialog.write_button.click()
    wait_ops(qtbot)
    said = dialog.message.text()
    assert "Letters written: 2" in said and "In Spanish: 1." in said, said
    # The Spanish client's letter named in Spanish, as it is written.
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [f"closure-notice-{numbers[0]}.pdf", f"aviso-de-cierre-{numbers[1]}.pdf"])
    body = " ".join(fx.pdf_text(tmp_path / f"aviso-de-cierre-{numbers[1]}.pdf"))
    assert "Aviso de cierre del consultorio" in body and "Springfield Family Clinic" in body
    vault = unlocked_app.vault
    assert vault is not None
    assert len(vault.ledger.entries((LEDGER_KIND,))) == 2
    assert dialog.open_button.isEnabled() and not dialog.passwords.text(), "the password forgotten once used"
    dialog.close()


def test_a_missing_custodian_is_said_in_spanish_and_nothing_is_written(unlocked_app: AppController, qtbot,
                                                                       tmp_path: Path, spanish: None) -> None:
    _practice(unlocked_app)
    tmp_path = _letters(tmp_path)
    dialog = _open(unlocked_app, qtbot)
    _fill(dialog, qtbot, tmp_path, name="   ")
    dialog.write_button.click()
    wait_ops(qtbot)
    assert "Indique el nombre de quien conservará los registros" in dialog.message.text()
    assert dialog.focusWidget() is dialog.custodian_name
    assert list(tmp_path.iterdir()) == []
    vault = unlocked_app.vault
    assert vault is not None
    assert vault.ledger.entries((LEDGER_KIND,)) == []
    dialog.close()


def test_a_file_already_there_stops_them_all(unlocked_app: AppController, qtbot, tmp_path: Path) -> None:
    numbers = _practice(unlocked_app)
    tmp_path = _letters(tmp_path)
    (tmp_path / f"closure-notice-{numbers[0]}.pdf").write_bytes(b"mine")
    dialog = _open(unlocked_app, qtbot)
    _fill(dialog, qtbot, tmp_path)
    dialog.write_button.click()
    wait_ops(qtbot)
    assert "already exists" in dialog.message.text()
    assert [p.name for p in tmp_path.iterdir()] == [f"closure-notice-{numbers[0]}.pdf"]
    assert dialog.write_button.isEnabled()
    dialog.close()


def test_no_password_is_said_before_anything_is_written(unlocked_app: AppController, qtbot, tmp_path: Path) -> None:
    _practice(unlocked_app)
    folder = _letters(tmp_path)
    dialog = _open(unlocked_app, qtbot)
    qtbot.keyClicks(dialog.custodian_name, "Dr. Sam Rivera")
    qtbot.keyClicks(dialog.custodian_contact, "555-0199")
    dialog.folder.setText(str(folder))
    dialog.write_button.click()
    wait_ops(qtbot)
    assert "password" in dialog.message.text().lower() and "0 of" not in dialog.message.text()
    assert list(folder.iterdir()) == []
    dialog.close()


def _asked_email_only(app: AppController) -> str:
    vault = app.vault
    assert vault is not None
    made = clients.create_client(vault, "Ed Mailless", contact=ContactPreferences(
        address="2 Home St", email_ok=True, confidential_request="email only, never mail at home"))
    return made.chart_number


def test_a_client_who_asked_otherwise_is_listed_before_anything_is_written(unlocked_app: AppController, qtbot,
                                                                          tmp_path: Path) -> None:
    numbers = _practice(unlocked_app)
    asked = _asked_email_only(unlocked_app)
    folder = _letters(tmp_path)
    dialog = _open(unlocked_app, qtbot)
    _fill(dialog, qtbot, folder)
    dialog.write_button.click()
    wait_ops(qtbot)
    said = dialog.message.text()
    assert f"{asked}: not by mail: use “email only, never mail at home”" in said, said
    assert list(folder.iterdir()) == [], "told before anything is written"
    vault = unlocked_app.vault
    assert vault is not None
    assert vault.ledger.entries((LEDGER_KIND,)) == []
    assert dialog.write_button.text().replace("&", "") == "Write them as listed"
    dialog.write_button.click()
    wait_ops(qtbot)
    assert "Letters written: 3" in dialog.message.text(), dialog.message.text()
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [f"closure-notice-{numbers[0]}.pdf", f"aviso-de-cierre-{numbers[1]}.pdf",
         f"closure-notice-{asked}-not-by-mail.pdf"])
    assert "Not by mail: 1" in dialog.message.text()
    dialog.close()


def test_a_second_run_skips_the_letters_sent_and_one_prints_again(unlocked_app: AppController, qtbot,
                                                                  tmp_path: Path) -> None:
    numbers = _practice(unlocked_app)
    folder = _letters(tmp_path)
    dialog = _open(unlocked_app, qtbot)
    _fill(dialog, qtbot, folder)
    dialog.write_button.click()
    wait_ops(qtbot)
    assert "Letters written: 2" in dialog.message.text()
    for field in (dialog.passwords.password, dialog.passwords.again):
        qtbot.keyClicks(field, fx.PASSWORD)
    dialog.write_button.click()
    wait_ops(qtbot)
    said = dialog.message.text()
    assert "Letters written: 0" in said and "Already sent a notice for this closing day: 2" in said, said
    vault = unlocked_app.vault
    assert vault is not None
    assert len(vault.ledger.entries((LEDGER_KIND,))) == 2, "nothing recorded twice"
    # One prints again, as it was sent, into the folder.
    for field in (dialog.passwords.password, dialog.passwords.again):
        qtbot.keyClicks(field, fx.PASSWORD)
    qtbot.keyClicks(dialog.reprint_chart, numbers[1])
    dialog.reprint_button.click()
    wait_ops(qtbot)
    copy = folder / f"aviso-de-cierre-{numbers[1]}-copia.pdf"  # a Spanish letter's copy, named in Spanish
    assert copy.exists(), dialog.message.text()
    assert fx.pdf_text(copy) == fx.pdf_text(folder / f"aviso-de-cierre-{numbers[1]}.pdf")
    # Made again when asked, into another folder.
    again = tmp_path / "again"
    again.mkdir()
    dialog.folder.setText(str(again))
    for field in (dialog.passwords.password, dialog.passwords.again):
        qtbot.keyClicks(field, fx.PASSWORD)
    dialog.again.setChecked(True)
    dialog.write_button.click()
    wait_ops(qtbot)
    assert "Letters written: 2" in dialog.message.text() and len(list(again.iterdir())) == 2
    dialog.close()
