"""The basis page of the export wizard for a disclosure without authorization, as a walker found
it on the real app (thirtieth round, a court order): the judge, court, case number and date had
no Alt letter (the evidence labels had no buddy, so the page's letters passed them by), the
42 CFR 2.64 fields showed for a client not flagged Part 2, and a signed copy of the order had to
be attached elsewhere first, losing what was typed. Real vault, real widgets, real gate."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel

from tests.gui.conftest import unlock, wait_ops
from tests.gui.test_export_and_lock import to_basis_page
from tests.gui.test_window_mnemonics import language  # noqa: F401  (the fixture: en, then es)
from vault_app.domain.disclosure_basis import SPECS
from vault_app.gui.controller import AppController
from vault_app.gui.widgets import mnemonic_of

pytestmark = pytest.mark.gui

WITHOUT_AUTHORIZATION = ("court_order", "serious_threat")


def _label_of(form, widget) -> QLabel | None:  # type: ignore[no-untyped-def]
    label = form.fields_form.labelForField(widget)
    return label if isinstance(label, QLabel) else None


def test_every_evidence_label_has_a_letter_that_lands_in_its_field(
        language: str, locked_app: AppController, qtbot) -> None:  # noqa: F811
    unlock(locked_app, qtbot)
    _window, wizard, basis = to_basis_page(locked_app, qtbot)
    form = basis.form
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    for kind in WITHOUT_AUTHORIZATION:
        form.basis.setCurrentIndex(form.basis.findData(kind))
        wait_ops(qtbot)
        for name, widget in form.inputs.items():
            if isinstance(widget, QCheckBox):
                assert mnemonic_of(widget.text()), (kind, widget.text())
                continue
            label = _label_of(form, widget)
            assert label is not None, (kind, name)
            qtbot.waitUntil(label.isVisible, timeout=5_000)
            letter = mnemonic_of(label.text())
            assert letter, (kind, label.text())
            key = QKeySequence(letter.upper())[0].key()
            qtbot.keyClick(QApplication.focusWidget() or wizard, key, Qt.KeyboardModifier.AltModifier)
            boxes = widget.findChildren(QCheckBox)
            target = boxes[0] if boxes and type(widget).__name__ == "QWidget" else widget
            qtbot.waitUntil(lambda t=target: t.hasFocus() or t.isAncestorOf(QApplication.focusWidget()),
                            timeout=5_000)
    assert set(WITHOUT_AUTHORIZATION) <= set(SPECS)
    wizard.close()


@pytest.mark.parametrize("part2", [False, True], ids=["not part 2", "part 2"])
def test_the_2_64_fields_show_for_a_part2_client_only_and_are_then_required(
        unlocked_app: AppController, qtbot, part2: bool) -> None:
    from vault_app.domain.disclosure_basis import asked_fields
    from vault_app.services import clients

    _window, wizard, basis = to_basis_page(unlocked_app, qtbot)
    vault = unlocked_app.vault
    assert vault is not None
    if part2:
        clients.update_client(vault, wizard.client_id, part2=True)
        assert clients.get_client(vault, wizard.client_id).part2
        wizard.what_page.reload()
        wait_ops(qtbot)
    form = basis.form
    form.basis.setCurrentIndex(form.basis.findData("court_order"))
    wanted = asked_fields("court_order", part2=part2)
    assert list(form.inputs) == [f.name for f in wanted]
    assert ("part2_findings" in form.inputs) is part2
    for f in wanted:
        if f.type != "bool":
            label = _label_of(form, form.inputs[f.name])
            assert label is not None
            assert ("(optional)" in label.text().replace("&", "")) is (not f.required), label.text()
    wizard.close()
