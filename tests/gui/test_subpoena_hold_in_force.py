"""A refused subpoena on a chart already under a subpoena hold (found by a walker): the refusal
ended "Consider a legal hold on the chart (Place a legal hold)" with no such button on the screen,
and nothing said a hold existed. The gate's hint says the hold in force (domain/state_privilege
.hold_advice), in the error line, and the offer under it says so too (gui/subpoena_refused.py).
Real vault, real gate, real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.domain.state_privilege import subpoena_state_refusals
from vault_app.gui import i18n
from vault_app.gui.controller import AppController
from vault_app.gui.gate_words import said_text
from vault_app.gui.open_export_dialog import OpenExportDialog
from vault_app.services import holds, practice

pytestmark = pytest.mark.gui


def _words(source: str) -> str:
    return QCoreApplication.translate("SubpoenaRefusedOffer", source)


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("joint", [False, True])
def test_the_held_hint_has_its_words_in_each_language(qapp: object, language: str, joint: bool) -> None:
    """The held hint is the gate's own (its code and day), said in the screen's language."""
    i18n.install(language)
    try:
        _reasons, hint = subpoena_state_refusals("CA", {}, joint=joint, held_since=fx.days_ago(5))
        assert hint is not None and hint.code.endswith(".held")
        shown = said_text(hint)
        day = hint.params["day"]
        assert day in shown and "--" not in shown and (language == "en") is ("A legal hold" in shown), shown
        assert "Place a legal hold" not in shown and "Imponer" not in shown, shown
    finally:
        i18n.install("en")


@pytest.mark.parametrize(("language", "held"), [("en", True), ("es", True), ("en", False)])
def test_a_refused_subpoena_says_the_hold_in_force(unlocked_app: AppController, qtbot, tmp_path: Path,
                                                   language: str, held: bool) -> None:
    i18n.install(language)
    try:
        vault = unlocked_app.vault
        assert vault is not None
        chart = fx.make_chart(vault, n=1)
        practice.update(vault, license_state="CA", license_number="PSY1")
        if held:
            holds.place_after(vault, chart.client_id, "subpoena", fx.days_ago(5), "subpoena received")
        dialog = OpenExportDialog(unlocked_app, chart.client_id, parent=unlocked_app.main_window)
        dialog.show()
        wait_ops(qtbot)
        dialog.recipient.setText("Attorney X")
        dialog.purpose.setText("subpoena in case 24-CV-9")
        dialog.basis.basis.setCurrentIndex(dialog.basis.basis.findData("subpoena"))
        dialog.basis.set_value("received_on", fx.days_ago(3))
        dialog.path.setText(str(tmp_path / "subpoena.pdf"))
        dialog.password.setText(fx.PASSWORD)
        dialog.confirm.setText(fx.PASSWORD)
        dialog.export_button.click()
        wait_ops(qtbot)
        offer = dialog.refused_offer
        qtbot.waitUntil(offer.isVisible)
        in_force = {"en": "A legal hold for a subpoena is already in force", "es": "ya tiene en vigor una retención "
                    "legal por una citación"}[language]
        button = QCoreApplication.translate("SubpoenaHoldOffer", "Place a legal &hold").replace("&", "")
        if held:
            qtbot.waitUntil(lambda: in_force in dialog.error.text())
            assert button not in dialog.error.text(), dialog.error.text()
            assert not offer.hold.isVisible()
            under = _words("This chart is already under a legal hold (placed {date}): it is kept until you release "
                           "the hold in Legal holds.").split("(")[0]
            assert under in offer.note.text(), offer.note.text()
        else:  # no hold: the button offered and named, as before
            qtbot.waitUntil(offer.hold.isVisible)
            assert button in dialog.error.text() and in_force not in dialog.error.text()
        dialog.reject()
        wait_ops(qtbot)
    finally:
        i18n.install("en")


def test_the_export_wizard_says_the_hold_in_force_after_it_is_placed(unlocked_app: AppController, qtbot) -> None:
    """The walker's steps in the export wizard: the hold placed from the refusal, then Check again."""
    from tests.gui.test_subpoena_refused_offer import _refused_subpoena

    vault, client_id, _wizard, basis = _refused_subpoena(unlocked_app, qtbot, "CA", 3)
    offer = basis.refused_offer
    qtbot.waitUntil(offer.hold.isVisible)
    button = offer.hold.button.text().replace("&", "")
    assert button in basis.verdict_text.text()
    offer.hold.button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: len(holds.active_holds(vault, client_id)) == 1)
    basis.check()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: "A legal hold for a subpoena is already in force" in basis.verdict_text.text())
    assert button not in basis.verdict_text.text() and not offer.hold.isVisible()
