"""The Account window says which language its PDFs are made in: the superbill in English (a payer
reads it), the statement in the client's letter language.

Found by a walker on Spanish screens (round 44): for a client whose letters are Spanish the window
said "El superbill y el estado de cuenta se hacen en inglés: la aplicación aún no puede hacerlos
en español", and the statement came out in Spanish ("Estado de cuenta… 7 de diciembre de 2026").
Real vault, real window, the real statement PDF read back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pypdf

from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController


def test_the_window_says_the_statement_is_in_the_clients_letter_language(
        unlocked_app: AppController, qtbot, spanish: None, tmp_path: Path) -> None:
    from tests.gui.test_chart import add_client
    from vault_app.gui.account_dialog import AccountDialog
    from vault_app.services import clients, sessions, superbill

    vault = unlocked_app.vault
    assert vault is not None
    client_id = add_client(unlocked_app, qtbot, name="Lucía Cartas")
    clients.update_client(vault, client_id, letters_in="es")
    sessions.add_session(vault, client_id, date=date.today().isoformat(), duration_minutes=53)
    dialog = AccountDialog(unlocked_app, client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_ops(qtbot)
    said = dialog.in_english.text()
    assert "estado de cuenta se hacen en inglés" not in said, said
    assert "idioma de las cartas" in said, said
    # What it says is what is made: this client's statement is in Spanish.
    out = tmp_path / "estado.pdf"
    today = date.today().isoformat()
    superbill.issue(vault, client_id, kind="statement", first=today, last=today, out=out,
                    password="Clave-larga-2026")
    reader = pypdf.PdfReader(str(out))
    reader.decrypt("Clave-larga-2026")
    assert "Estado de cuenta" in reader.pages[0].extract_text()
