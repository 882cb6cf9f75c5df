"""Every button of a chart's tabs has an Alt letter of its own (found in the real app: none
had one; Edit details…, Guardians…, Edit plan…, Enter a measure…, Attach a scan…, Record a
request… and the authorization buttons were reached only by many Tabs or the mouse). No
letter is the menu bar's or the client list's, and none is used twice on one tab."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.gui.guardians_dialog import GuardiansDialog
from vault_app.gui.widgets import mnemonic_of

pytestmark = pytest.mark.gui


def test_each_tab_s_buttons_have_letters_of_their_own(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot, "Lena Letters")
    chart = window.chart
    menus = {mnemonic_of(a.text()) for a in window.menuBar().actions()}
    beside = {mnemonic_of(b.text()) for b in window.client_list.findChildren(QPushButton)} - {""}
    header = [mnemonic_of(b.text()) for b in (chart.note_button, chart.export_button)]
    assert all(header) and not (set(header) & (menus | beside))
    for page in chart.tab_pages:
        chart.tabs.setCurrentWidget(page)
        wait_ops(qtbot)
        shown = [b for b in page.findChildren(QPushButton) if b.isVisibleTo(window)]
        letters = [mnemonic_of(b.text()) for b in shown]
        named = {b.text(): letter for b, letter in zip(shown, letters, strict=True)}
        assert all(letters), named
        assert len(set(letters + header)) == len(letters) + len(header), named
        assert not set(letters) & (menus | beside), named


def test_alt_and_its_letter_opens_guardians(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot, "Gus Guardianed")
    chart = window.chart
    chart.tabs.setCurrentWidget(chart.overview)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    letter = mnemonic_of(chart.overview.guardians_button.text())
    assert letter == "g"
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(GuardiansDialog)), timeout=10_000)
    for dialog in window.findChildren(GuardiansDialog):
        dialog.reject()
    wait_ops(qtbot)


def test_the_guardians_label_s_letter_lands_on_its_button(unlocked_app: AppController, qtbot) -> None:
    """Alt and the "Guardians:" label's letter left the keyboard on the value ("none"), the same
    word's button out of reach from there (a walker, CA round, finding 11): it presses the button,
    which says the guardians to a screen reader as the value did."""
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot, "Gail Guarded")
    chart = window.chart
    overview = chart.overview
    chart.tabs.setCurrentWidget(overview)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    label = next(lab for lab in overview.field_labels if lab.text().replace("&", "") == "Guardians:")
    letter = mnemonic_of(label.text())
    assert letter and letter != mnemonic_of(overview.guardians_button.text())
    qtbot.keyClick(window, Qt.Key(ord(letter.upper())), Qt.KeyboardModifier.AltModifier)
    # A label whose buddy is a button presses it (Qt's QLabel): the Guardians window opens.
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(GuardiansDialog)), timeout=10_000)
    for dialog in window.findChildren(GuardiansDialog):
        dialog.reject()
    wait_ops(qtbot)
    assert overview.guardians_button.accessibleDescription() == overview.fields["guardians"].text() == "none"
