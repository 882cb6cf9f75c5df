"""Who consented to a minor's care, where the therapist records and reads it (45 CFR 164.502(g)(3)(i)):
the client's form asks it of a minor at or above the age of consent, naming the applied rule; the
Guardians window's "May sign" follows the refusal's rule (it said "yes" beside a refusal). Real vault,
real widgets."""

from __future__ import annotations

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.domain import minor_consent_presets
from vault_app.gui.client_details import ClientDetailsDialog
from vault_app.gui.controller import AppController
from vault_app.gui.guardians_dialog import GuardiansDialog
from vault_app.services import care_confidentiality, clients, guardians, practice

pytestmark = pytest.mark.gui
CA = minor_consent_presets.find("CA")


def _teen(app: AppController, years: int) -> str:
    vault = app.vault
    assert vault is not None
    fx.set_practice(vault)
    practice.update(vault, jurisdiction=minor_consent_presets.changes_for(CA))
    client_id = clients.create_client(vault, "Lin Chen", date_of_birth=fx.born_years_ago(years)).client_id
    guardians.add_guardian(vault, client_id, "Mei Chen", authority="parent")
    return client_id


@pytest.mark.parametrize(("consented_by", "said"), [
    ("client", "no: the client consented to their own care"),
    ("guardian", "yes"),
    ("", "yes; who consented to the care: not recorded"),
])
def test_may_sign_follows_who_consented(unlocked_app: AppController, qtbot, consented_by: str, said: str) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    client_id = _teen(unlocked_app, 15)
    clients.update_client(vault, client_id, care_consented_by=consented_by)
    dialog = GuardiansDialog(unlocked_app, clients.read_chart(vault, client_id))
    qtbot.addWidget(dialog)
    dialog.show()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: dialog.consent_age is not None)
    item = dialog.list.topLevelItem(0)
    assert item is not None and item.text(3) == said


@pytest.mark.parametrize("consented_by", ["", "guardian"])
def test_may_sign_follows_a_parents_confidentiality_agreement(unlocked_app: AppController, qtbot,
                                                              consented_by: str) -> None:
    """Found by a walker: with the parent's agreement to confidential care recorded (164.502(g)(3)(i)(C)),
    the window said "May sign: yes" while her signature was refused."""
    vault = unlocked_app.vault
    assert vault is not None
    client_id = _teen(unlocked_app, 15)
    clients.update_client(vault, client_id, care_consented_by=consented_by)
    mother = clients.get_client(vault, client_id).guardians[0]
    care_confidentiality.record_agreement(vault, client_id, fx.today(), mother.guardian_id)
    dialog = GuardiansDialog(unlocked_app, clients.read_chart(vault, client_id))
    qtbot.addWidget(dialog)
    dialog.show()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: dialog.consent_age is not None)
    item = dialog.list.topLevelItem(0)
    assert item is not None and item.text(3) == "no: a parent agreed to confidential care"


@pytest.mark.parametrize(("years", "asked"), [(15, True), (11, False), (30, False)])
def test_the_form_asks_who_consented_and_saves_it(unlocked_app: AppController, qtbot, years: int,
                                                  asked: bool) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    client_id = _teen(unlocked_app, years)
    dialog = ClientDetailsDialog(unlocked_app, clients.get_client(vault, client_id))
    qtbot.addWidget(dialog)
    dialog.show()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: (dialog.care_consent.count() == 3 and CA.citation in dialog.care_consent.itemText(1))
                    or not asked)
    wait_ops(qtbot)
    assert dialog._cform.isRowVisible(dialog.care_consent) is asked
    if not asked:
        return
    dialog.care_consent.setCurrentIndex(dialog.care_consent.findData("client"))
    dialog.save()
    qtbot.waitUntil(lambda: clients.get_client(vault, client_id).care_consented_by == "client")


@pytest.mark.parametrize("consented_by", ["", "guardian"])
def test_the_whole_form_fits_with_the_question_where_the_screen_has_room(unlocked_app: AppController, qtbot,
                                                                         consented_by: str) -> None:
    """Found at 1366x768 and 1280x800: the form took its height before the question was shown (it is asked once
    the rule is read), so "Care consented to by" was below the fold and the form scrolled. The offscreen screen
    is 800 high, as 1280x800's: the form grows to its whole height once the question shows, on the screen."""
    vault = unlocked_app.vault
    assert vault is not None
    client_id = _teen(unlocked_app, 15)
    clients.update_client(vault, client_id, care_consented_by=consented_by)
    dialog = ClientDetailsDialog(unlocked_app, clients.get_client(vault, client_id), parent=unlocked_app.main_window)
    dialog.show()
    qtbot.waitExposed(dialog)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: dialog._cform.isRowVisible(dialog.care_consent))
    bar = dialog.scroll_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() == 0)
    room = dialog.screen().availableGeometry()
    assert room.contains(dialog.frameGeometry()) or room.contains(dialog.geometry()), (dialog.geometry(), room)
    assert not dialog.care_consent.visibleRegion().isEmpty()
    dialog.reject()
    wait_ops(qtbot)


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_whole_form_fits_a_1366x768_laptop_with_the_agreement_rows(
    unlocked_app: AppController, qtbot, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    """Walk M: at 1366x768 the form scrolled by about 5 pixels once "Confidential care agreed on" and
    "Agreed by" were added under "Care consented to by" (a minor of 15 with a parent recorded).
    Every row is in view there, without scrolling, in English and in Spanish."""
    from PySide6.QtCore import QRect

    from vault_app.gui import i18n, screen_fit
    from vault_app.gui.chart_binding import bind_to_chart

    i18n.install(language)
    try:
        laptop = QRect(0, 0, 1366, 768)
        monkeypatch.setattr(screen_fit, "room_of", lambda _window: laptop)
        vault = unlocked_app.vault
        assert vault is not None
        client_id = _teen(unlocked_app, 15)
        client = clients.get_client(vault, client_id)
        dialog = ClientDetailsDialog(unlocked_app, client, parent=unlocked_app.main_window)
        bind_to_chart(dialog, client, "Client details", False)  # the chart's header above, as Edit details… opens it
        dialog.show()
        qtbot.waitExposed(dialog)
        wait_ops(qtbot)
        qtbot.waitUntil(lambda: dialog._cform.isRowVisible(dialog.care_consent)
                        and dialog._cform.isRowVisible(dialog.agreement.agreed_by))
        wait_ops(qtbot)
        bar = dialog.scroll_area.verticalScrollBar()
        body = dialog.scroll_area.widget()
        assert body is not None
        # The form grows (_fit_whole, after the rule is read and the rows shown) to its fields' whole
        # height or to the room's; then nothing is left to scroll.
        qtbot.waitUntil(lambda: dialog.height() == screen_fit.inner_room(laptop).height()
                        or dialog.scroll_area.viewport().height() >= body.sizeHint().height())
        qtbot.waitUntil(lambda: bar.maximum() == 0)
        dialog.reject()
        wait_ops(qtbot)
    finally:
        i18n.install("en")
