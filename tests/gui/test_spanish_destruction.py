"""The destruction in Spanish (VAULT_APP_LANGUAGE=es, the real es.ts): the wizard, each step
of its progress, the certificate, and a lock that waits for it, down to the sentence on the
unlock window. A real destruction of a real vault with a registered backup, as in
tests/gui/test_destruction_running.py; only the language differs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QWizard

from tests.gui.conftest import wait_ops
from tests.gui.test_destruction_running import _ready_wizard
from vault_app.gui import i18n
from vault_app.gui.controller import AppController
from vault_app.gui.eligible_charts import EligibleDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def in_spanish(unlocked_app: AppController) -> Iterator[AppController]:
    """Spanish from here on (the windows built from now on, and every tr() called at run time)."""
    assert i18n.install("es") == "es"
    try:
        yield unlocked_app
    finally:
        i18n.install("en")


def test_the_destruction_speaks_spanish_from_its_first_step_to_the_certificate(
        in_spanish: AppController, qtbot: Any, tmp_path: Path) -> None:
    app = in_spanish
    window = app.main_window
    assert window is not None
    wizard, chart_number = _ready_wizard(app, qtbot, tmp_path, backups=1)
    assert wizard.windowTitle().startswith("Destruir un expediente")
    confirm = wizard.confirm_page
    assert confirm.title() == "Confirmar"
    assert "Para confirmar, escriba el número de expediente" in confirm.text.text()
    steps: list[str] = []
    confirm.stepped.connect(lambda _step: steps.append(confirm.status.text()))
    wizard.button(QWizard.WizardButton.CommitButton).click()
    assert confirm.title() == "Destruyendo el expediente"
    assert "No se puede cancelar" in confirm.why.text()

    wait_ops(qtbot, timeout=60_000)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.certificate_page)
    for words in ("Conservando los registros que la ley exige tras una destrucción…",
                  "Borrando los registros del expediente (parte 1 de 2)…",
                  "Volviendo a cifrar la bóveda con claves nuevas (parte 1 de 2)…",
                  "Depurando la copia de seguridad 1 de 1…", "Firmando el certificado…"):
        assert words in steps, (words, steps)
    certificate = wizard.certificate_page
    assert certificate.title() == "Destruido y verificado"
    text = certificate.text.text()
    assert text.startswith("Se destruyó el expediente que se describe a continuación.<br><br>Certificado <b>")
    assert f"Expediente {chart_number}" in text
    assert "1 nota de evolución" in text and "1 cliente" in text and "registro de la bóveda" in text
    # The certificate keeps "passed" in English for good; the screen says it in its language.
    assert "Verificación: <b>superada</b>" in text
    # The policy is worded here from its numbers, not domain's English sentence.
    assert "Política de conservación: adultos, " in wizard.eligibility_page.text.text()
    assert "years" not in wizard.eligibility_page.text.text()
    assert window.status_label.text() == f"Expediente {chart_number} destruido y verificado."
    wizard.reject()

    eligible = EligibleDialog(app, window)
    qtbot.addWidget(eligible)
    wait_ops(qtbot)
    assert eligible.windowTitle() == "Expedientes que pueden destruirse"


def test_a_lock_that_waits_for_the_destruction_says_so_in_spanish(
        in_spanish: AppController, qtbot: Any, tmp_path: Path) -> None:
    app = in_spanish
    window = app.main_window
    assert window is not None
    wizard, chart_number = _ready_wizard(app, qtbot, tmp_path, backups=1)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    window.menu_actions["lock"].trigger()
    cover = window.centralWidget()
    assert isinstance(cover, QLabel)
    assert cover.text() == "La bóveda se bloqueará en cuanto termine la destrucción en curso."
    assert wizard.confirm_page.text.text() == "La bóveda se bloqueará en cuanto termine la destrucción."

    wait_ops(qtbot, timeout=60_000)
    qtbot.waitUntil(lambda: app.unlock_window is not None)
    wait_ops(qtbot)
    unlock_window = app.unlock_window
    assert unlock_window is not None and unlock_window.windowTitle() == "Desbloquear la bóveda"
    assert "La destrucción terminó y se verificó antes del bloqueo." in unlock_window.reason_label.text()
    assert chart_number not in unlock_window.reason_label.text()


def test_a_chart_under_a_hold_names_its_reason_in_spanish(in_spanish: AppController, qtbot: Any) -> None:
    """Found in the real app: "Está sujeto a una retención legal (litigation)"."""
    from tests.gui.test_chart import add_client
    from vault_app.services import holds

    app = in_spanish
    window = app.main_window
    vault = app.vault
    assert window is not None and vault is not None
    client_id = add_client(app, qtbot, "Retenida Litigio")
    holds.place(vault, client_id, "litigation", "Causa 7")
    holds.place(vault, client_id, "audit", "Junta")
    wizard = window.chart.start_destruction()
    assert wizard is not None
    wait_ops(qtbot)
    page = wizard.eligibility_page  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.facts is not None, timeout=10_000)
    assert "Está sujeto a una retención legal (litigio, auditoría): no puede destruirse." in page.text.text()
    assert not page.isComplete()
    wizard.reject()
