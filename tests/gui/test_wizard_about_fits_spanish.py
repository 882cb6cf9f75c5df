"""The first run's About you page in Spanish, California chosen, on a 1366x768 laptop (walker wes,
round 37, /tmp/wes/09.png): the minors' consent rule (fourteen lines in Spanish) and the duty to
protect's own lines need more than the screen's height; the wizard grew to the screen and stopped,
and the page's lines were squashed into each other: the rule's last line was drawn over the tick
box "Aplicar el deber de proteger de su estado". The page now scrolls: every line keeps its height,
none over another, and the wizard stays inside the screen. Real wizard, real widgets."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QCheckBox, QLabel, QWidget, QWizard

from vault_app.gui import screen_fit
from vault_app.gui.controller import AppController
from vault_app.gui.screen_fit import inner_room

pytestmark = pytest.mark.gui

LAPTOP = QRect(0, 0, 1366, 768 - 30)  # less a panel


def _on_page(widget: QWidget, page: QWidget) -> QRect:
    return QRect(widget.mapTo(page, QPoint(0, 0)), widget.size())


def _lines(about: Any) -> list[Any]:
    """The page's tick boxes and wrapped lines as shown, top to bottom."""
    shown = [w for w in about.findChildren(QWidget) if isinstance(w, QLabel | QCheckBox)
             and w.isVisibleTo(about) and w.text().strip() and (isinstance(w, QCheckBox) or w.wordWrap())]
    return sorted(shown, key=lambda w: _on_page(w, about).top())


def _overlaps(about: Any) -> list[str]:
    lines = _lines(about)
    found = [f"{a.text()[:40]!r} over {b.text()[:40]!r}" for a, b in itertools.pairwise(lines)
             if _on_page(a, about).bottom() >= _on_page(b, about).top()]
    found += [f"{w.text()[:40]!r} squashed to {w.height()} of {w.heightForWidth(w.width())}" for w in lines
              if isinstance(w, QLabel) and w.height() < w.heightForWidth(w.width())]
    return found


@pytest.fixture
def started_in_spanish(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The app started as VAULT_APP_LANGUAGE=es starts it (before fresh_app), English again after."""
    from vault_app.gui import i18n

    monkeypatch.setenv("VAULT_APP_LANGUAGE", "es")
    yield
    i18n.install("en")


def test_california_in_spanish_scrolls_and_no_line_is_drawn_over_another(
        started_in_spanish: None, fresh_app: AppController, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(screen_fit, "room_of", lambda _window: LAPTOP)
    wizard = fresh_app.wizard
    assert wizard is not None
    wizard.resize(screen_fit.size_in_screen(wizard, wizard.size()))
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.button(QWizard.WizardButton.NextButton).click()
    about = wizard.about_page
    qtbot.waitUntil(about.isVisible)
    assert about.title() == "Sobre usted"
    about.name.setText("Dra. Lucía Fernández-Ibáñez")
    about.credentials.setText("LMFT")  # California's LMFT retention rule shows its lines too
    about.license_state.setCurrentIndex(about.license_state.findData("CA"))
    qtbot.waitUntil(lambda: all(w.isVisibleTo(about) for w in (about.retention, about.minor_consent_rule,
                                                                about.duty_to_protect)))
    qtbot.wait(200)  # the wizard's growth and the page's layout, as the screen shows them
    assert not _overlaps(about), _overlaps(about)
    room = inner_room(LAPTOP).size()
    assert wizard.width() <= room.width() and wizard.height() <= room.height(), (wizard.size(), room)
    # The last line is reached by scrolling to it (the keyboard's Tab does as much for the tick box).
    about.duty_to_protect.setFocus()
    qtbot.waitUntil(lambda: about.duty_to_protect.visibleRegion().boundingRect().height()
                    == about.duty_to_protect.height())


def test_next_to_about_you_puts_the_keyboard_in_your_name(fresh_app: AppController, qtbot: Any) -> None:
    """The scroll area took the keyboard when the page was shown, so the name a therapist typed
    after Next went nowhere (the e2e day's first run, ci93: 'Choose a passphrase' never came)."""
    wizard = fresh_app.wizard
    assert wizard is not None
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.button(QWizard.WizardButton.NextButton).click()
    about = wizard.about_page
    qtbot.waitUntil(about.isVisible)
    qtbot.waitUntil(lambda: wizard.focusWidget() is about.name)
