"""The main window's New client (beside the client list), the chart Overview's labels (Name:,
Diagnoses:, …) and the requests windows' Close get an Alt letter one sees, in English and in
Spanish, none of them one the window already answers (its menu bar, the chart's buttons, the
client list's). Found in the real app: none of them had a letter in either language, and the
Overview's labels could not take the keyboard to what they name."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from tests.gui.conftest import unlock, wait_ops
from tests.gui.test_chart import add_client
from tests.gui.test_window_mnemonics import language  # noqa: F401  (the fixture: en, then es)
from vault_app.gui.controller import AppController
from vault_app.gui.widgets import FAINT, mnemonic_of, underlined

pytestmark = pytest.mark.gui


def _problems(texts: list[str]) -> list[str]:
    """Texts with no letter (or a faint one) while a letter of theirs one sees is no one's, and
    letters two of them share (Alt would go from one to the other)."""
    letters = [mnemonic_of(t) for t in texts if mnemonic_of(t)]
    taken = set(letters)
    said = [f"shared: {t!r}" for t in texts if mnemonic_of(t) and letters.count(mnemonic_of(t)) > 1]
    for text in texts:
        mark = underlined(text)
        if mark and mark not in FAINT:
            continue
        free = {c.casefold() for c in text.replace("&", "") if c.isalpha() and c not in FAINT} - taken
        if free:
            said.append(f"{'faint' if mark else 'none'}: {text!r} (free: {''.join(sorted(free))})")
    return said


def _shown(widget: QWidget, root: QWidget) -> list[str]:
    """What Alt answers in `widget` while `root` is on screen: its visible buttons the keyboard
    reaches and its visible labels that lead to a field."""
    texts = [b.text() for b in widget.findChildren(QAbstractButton) if b.text() and b.isVisibleTo(root)]
    return texts + [lab.text() for lab in widget.findChildren(QLabel)
                    if lab.buddy() is not None and lab.text().strip() and lab.isVisibleTo(root)]


def test_new_client_and_the_overview_labels_have_letters(
        language: str, locked_app: AppController, qtbot: Any) -> None:  # noqa: F811
    window = unlock(locked_app, qtbot)
    client_id = add_client(locked_app, qtbot, name="Olga Overviewer")
    window.open_chart(client_id)
    wait_ops(qtbot)
    chart = window.chart
    qtbot.waitUntil(lambda: chart.shown_client() is not None)
    overview = chart.overview
    assert chart.tabs.currentWidget() is overview
    assert mnemonic_of(window.client_list.new_button.text()), window.client_list.new_button.text()
    # Guardians' label leads to its button (test_chart_button_letters): the button says them aloud.
    leads_to = {**overview.fields, "guardians": overview.guardians_button}
    labels = {key: lab for lab in overview.findChildren(QLabel) for key, field in leads_to.items()
              if lab.buddy() is field}
    assert set(labels) == set(overview.fields)  # each label leads to what it names
    # Twelve labels and fewer letters free (seven in English): as many labels as there are, and
    # Diagnoses among them (given one at a time, the labels before it took its only letter).
    lettered = [lab.text() for lab in labels.values() if mnemonic_of(lab.text())]
    assert len(lettered) >= 7 and mnemonic_of(labels["diagnoses"].text()), [lab.text() for lab in labels.values()]
    # Show more comes and goes with the list's length: its letter is kept for it.
    beside = [b.text() for b in window.client_list.findChildren(QAbstractButton) if b.text()]
    on_screen = [a.text() for a in window.menuBar().actions()] + beside \
        + [chart.note_button.text(), chart.export_button.text()] + _shown(overview, window)
    assert _problems(on_screen) == [], on_screen
    # Alt and a label's letter: the keyboard is on what it names (read aloud, selectable).
    name_label = labels["name"]
    window.activateWindow()  # a shortcut answers in the active window (the client's form was)
    qtbot.waitUntil(window.isActiveWindow)
    window.client_list.search.setFocus()  # away from the field first
    qtbot.keyClick(window.client_list.search, Qt.Key(ord(mnemonic_of(name_label.text()).upper())),
                   Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: overview.fields["name"].hasFocus())


def test_the_requests_windows_close_has_a_letter(language: str, locked_app: AppController, qtbot: Any) -> None:  # noqa: F811
    from vault_app.gui.requests_dialog import RequestDetailDialog
    from vault_app.services import requests

    window = unlock(locked_app, qtbot)
    client_id = add_client(locked_app, qtbot, name="Rita Requester")
    vault = locked_app.vault
    assert vault is not None
    asked = requests.add_request(vault, client_id, kind="access", received_on=date.today().isoformat(),
                                 description="a copy")
    listing = window.open_requests()
    wait_ops(qtbot)
    detail = RequestDetailDialog(locked_app, asked.id)
    qtbot.addWidget(detail)
    detail.show()
    qtbot.waitUntil(lambda: bool(detail.summary.text()), timeout=10_000)
    wait_ops(qtbot)
    for dialog in (listing, detail):
        texts = _shown(dialog, dialog)
        assert _problems(texts) == [], texts
        assert any(mnemonic_of(t) for t in texts if t.replace("&", "") in ("Close", "Cerrar")), texts
        dialog.close()
    wait_ops(qtbot)
