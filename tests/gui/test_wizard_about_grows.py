"""The first run's About you page, once a state with a minors' consent rule is chosen, at 1366x768
(walker, round 33, shot 03/04): the wizard stayed at its first 640x520 while the page grew by the
rule's ten lines, so the fields were squashed to half their height and the rule's last line was
drawn over "Stored encrypted inside the vault…" (fine only after Back and Next). The wizard now
grows to the page, within the screen's room. Real wizard, real widgets."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QLabel, QWizard

from vault_app.gui import screen_fit
from vault_app.gui.controller import AppController
from vault_app.gui.screen_fit import inner_room

pytestmark = pytest.mark.gui

LAPTOP = QRect(0, 0, 1366, 768 - 30)  # less a panel


def _laid_out(about: Any) -> bool:
    stored = next(label for label in about.findChildren(QLabel) if label.text().startswith("Stored encrypted"))
    rule = about.minor_consent_rule
    fields = (about.name, about.credentials, about.license_state, about.locale_box)
    return (rule.isVisible() and rule.geometry().bottom() < stored.geometry().top()
            and rule.height() >= rule.heightForWidth(rule.width())
            and all(f.height() >= f.sizeHint().height() for f in fields))


def test_choosing_california_grows_the_wizard_to_the_page(fresh_app: AppController, qtbot: Any,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(screen_fit, "room_of", lambda _window: LAPTOP)
    wizard = fresh_app.wizard
    assert wizard is not None
    wizard.resize(screen_fit.size_in_screen(wizard, wizard.size()))
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.button(QWizard.WizardButton.NextButton).click()
    about = wizard.about_page
    qtbot.waitUntil(about.isVisible)
    about.license_state.setCurrentIndex(about.license_state.findData("CA"))
    qtbot.waitUntil(lambda: _laid_out(about))
    room = inner_room(LAPTOP).size()
    assert wizard.width() <= room.width() and wizard.height() <= room.height(), (wizard.size(), room)
