"""The client's letter language on the client's forms and the chart, and said where a letter is made:
the request's window ("Letter in Spanish") and the denial's, where what is typed goes into the
letter. Real widgets, a real vault; Spanish screens too. Found: the screens spoke Spanish and every
letter was English; the denial's window told a Spanish screen "write it in English"."""

from __future__ import annotations

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui.client_details import ClientDetailsDialog
from vault_app.gui.client_dialog import ClientDialog
from vault_app.gui.controller import AppController
from vault_app.gui.history_words import describe_event
from vault_app.gui.requests_dialog import RequestDetailDialog
from vault_app.services import clients, requests
from vault_app.services.vault import Vault

pytestmark = pytest.mark.gui


def _vault(app: AppController) -> Vault:
    assert app.vault is not None
    return app.vault


def test_a_new_client_is_made_with_spanish_letters_and_the_chart_says_so(unlocked_app: AppController,
                                                                         qtbot) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_app.main_window
    assert window is not None
    dialog = ClientDialog(unlocked_app, parent=window)
    qtbot.addWidget(dialog)
    made: list[str] = []
    dialog.saved.connect(made.append)
    dialog.show()
    assert dialog.letters_in.currentData() == "en" and dialog.letters_in.currentText() == "English"
    dialog.legal_name.setText("María Pérez")
    dialog.letters_in.setCurrentIndex(dialog.letters_in.findData("es"))
    assert dialog.held_entry() is not None and dialog.held_entry()["fields"]["letters_in"] == "es"  # type: ignore[index]
    dialog.save_button.click()
    qtbot.waitUntil(lambda: bool(made), timeout=10_000)
    assert clients.get_client(_vault(unlocked_app), made[0]).letters_in == "es"
    window.open_chart(made[0])
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: "letters in Spanish" in window.chart.subheader.text(), timeout=10_000)


def test_client_details_change_the_letter_language(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    vault = _vault(unlocked_app)
    client_id = clients.create_client(vault, "María Pérez", letters_in="es").client_id
    dialog = ClientDetailsDialog(unlocked_app, clients.get_client(vault, client_id), parent=unlocked_app.main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_ops(qtbot)
    assert dialog.letters_in.currentData() == "es" and dialog.held_entry() is None
    dialog.letters_in.setCurrentIndex(dialog.letters_in.findData("en"))
    held = dialog.held_entry()
    assert held is not None and held["fields"]["letters_in"] == "en"
    dialog.save_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert clients.get_client(vault, client_id).letters_in == "en"
    said = [describe_event(e.kind, e.payload) for e in vault.ledger.entries(kinds=("client.letters_language_set",))]
    assert said == ["Language of letters chosen (letters in English)"]


def _request_window(app: AppController, qtbot, letters_in: str) -> tuple[RequestDetailDialog, str]:  # type: ignore[no-untyped-def]
    vault = _vault(app)
    chart = fx.make_chart(vault, n=1)
    clients.update_client(vault, chart.client_id, letters_in=letters_in)
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(3))
    requests.extend_request(vault, q.id, notice_on=fx.today(), reason="El archivo está lejos.")
    detail = RequestDetailDialog(app, q.id, parent=app.main_window)
    qtbot.addWidget(detail)
    detail.show()
    qtbot.waitUntil(lambda: detail.client_id is not None, timeout=10_000)
    wait_ops(qtbot)
    return detail, q.id


def test_the_request_window_says_the_letters_are_spanish_and_shows_them_as_kept(
        unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    detail, _ = _request_window(unlocked_app, qtbot, "es")
    notes = [w for w in detail.findChildren(type(detail.summary)) if w.accessibleName() == "The letter's language"]
    assert len(notes) == 1 and notes[0].isVisible()
    assert notes[0].text().startswith("Letter in Spanish: the letters to this client are written in Spanish")
    shown = detail.letters.toPlainText()
    assert "Necesitamos más tiempo para responder a su solicitud" in shown and "Apreciable Alex Testclient:" in shown
    assert "El motivo de la demora: El archivo está lejos." in shown
    denial = detail.deny()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: denial.in_english.isVisible(), timeout=10_000)
    assert denial.in_english.text() == ("Letter in Spanish: what you type here goes into it as you type it, so "
                                        "write it in Spanish.")
    assert denial.denied.placeholderText() == "in Spanish, e.g. «las notas que nombran al hermano del cliente»"
    denial.reject()
    detail.close()
    wait_ops(qtbot)


def test_an_english_screen_says_nothing_of_an_english_letter(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    detail, _ = _request_window(unlocked_app, qtbot, "en")
    notes = [w for w in detail.findChildren(type(detail.summary)) if w.accessibleName() == "The letter's language"]
    assert len(notes) == 1 and not notes[0].isVisible() and notes[0].text() == ""
    denial = detail.deny()
    wait_ops(qtbot)
    assert not denial.in_english.isVisible()
    denial.reject()
    detail.close()
    wait_ops(qtbot)


# Found on the real app: the Spanish examples under a Spanish letter's note still said "en inglés, p. ej.".
@pytest.mark.parametrize(("letters_in", "said", "example"), [
    ("es", "Carta en español: lo que escriba aquí va en ella tal como lo escriba, así que escríbalo en español.",
     "p. ej., «las notas que nombran al hermano del cliente»"),
    ("en", "Carta en inglés: lo que escriba aquí va en ella tal como lo escriba, así que escríbalo en inglés.",
     "en inglés, p. ej., «the notes naming the client's brother» (las notas que nombran al hermano del cliente)"),
])
def test_a_spanish_screen_says_which_language_to_write_the_denials_words_in(
        unlocked_app: AppController, qtbot, spanish: None, letters_in: str, said: str, example: str) -> None:  # type: ignore[no-untyped-def]
    detail, _ = _request_window(unlocked_app, qtbot, letters_in)
    denial = detail.deny()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: denial.in_english.isVisible(), timeout=10_000)
    assert denial.in_english.text() == said
    assert denial.denied.placeholderText() == example
    denial.reject()
    detail.close()
    wait_ops(qtbot)


def test_the_spanish_client_forms_say_cartas_en(unlocked_app: AppController, qtbot, spanish: None) -> None:  # type: ignore[no-untyped-def]
    vault = _vault(unlocked_app)
    client_id = clients.create_client(vault, "María Pérez", letters_in="es").client_id
    dialog = ClientDetailsDialog(unlocked_app, clients.get_client(vault, client_id), parent=unlocked_app.main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_ops(qtbot)
    assert [dialog.letters_in.itemText(i) for i in range(dialog.letters_in.count())] == ["Inglés", "Español"]
    assert dialog.letters_in.accessibleName() == "Idioma de las cartas del cliente"
    dialog.reject()
    window = unlocked_app.main_window
    assert window is not None
    window.open_chart(client_id)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: "cartas en español" in window.chart.subheader.text(), timeout=10_000)
