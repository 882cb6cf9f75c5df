"""The drafts question says one draft as one and many as many, in English and in Spanish. Found
in this round's review: one draft was asked "To give them, cancel, sign them…" under "Leave the
drafts out", though the question above it said "an unsigned draft"."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from vault_app.gui.access_copy_drafts import ask_about_drafts
from vault_app.services.access_copy import RestItem

pytestmark = pytest.mark.gui

ONE = (RestItem("progress", "n1", date(2026, 12, 1)),)
TWO = (*ONE, RestItem("progress", "n2", date(2026, 12, 2)))


def _words(qtbot, drafts: tuple[RestItem, ...]) -> tuple[str, str]:
    parent = QWidget()
    qtbot.addWidget(parent)
    box = ask_about_drafts(parent, drafts, lambda _ids: None)
    accept = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    words = (box.informativeText(), accept.text().replace("&", ""))
    box.close()
    return words


@pytest.mark.parametrize(("drafts", "said", "not_said"), [
    (ONE, ["To give it, cancel, sign it in the chart", "Leave the draft out"], ["them", "drafts out"]),
    (TWO, ["To give them, cancel, sign them in the chart", "Leave the drafts out"], ["sign it "]),
])
def test_one_draft_is_said_as_one(qtbot, drafts: tuple[RestItem, ...], said: list[str], not_said: list[str]) -> None:
    text = " ".join(_words(qtbot, drafts))
    for words in said:
        assert words in text, text
    for words in not_said:
        assert words not in text, text


@pytest.mark.parametrize(("drafts", "said", "not_said"), [
    (ONE, ["Para entregarlo, cancele, fírmelo", "Dejar fuera el borrador"], ["entregarlos", "los borradores"]),
    (TWO, ["Para entregarlos, cancele, fírmelos", "Dejar fuera los borradores"], ["entregarlo,"]),
])
def test_one_draft_is_said_as_one_in_spanish(qtbot, spanish: None, drafts: tuple[RestItem, ...], said: list[str],
                                             not_said: list[str]) -> None:
    test_one_draft_is_said_as_one(qtbot, drafts, said, not_said)
