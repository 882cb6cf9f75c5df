"""The Deny window's intro follows the ground. Found in this round's review: with "not the client's
personal representative" chosen (the whole request denied, a part only not offered) the intro still
said "Whatever is not denied on a ground is still released: deny only the part…", which that ground
does not allow. Real widgets, English and Spanish."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from vault_app.gui.request_denial_dialog import DenialDialog
from vault_app.gui.request_grounds import denial_choices

pytestmark = pytest.mark.gui


def _intro_after(qtbot, code: str) -> tuple[DenialDialog, str]:  # type: ignore[no-untyped-def]
    dialog = DenialDialog(denial_choices("access", True))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ground.setCurrentIndex(dialog.codes.index(code))
    return dialog, _intro(dialog)


def _intro(dialog: DenialDialog) -> str:
    """The words above the form: the visible labels that cite a rule (the form's own labels do not)."""
    return " ".join(label.text() for label in dialog.findChildren(QLabel)
                    if label.isVisible() and "CFR" in label.text())


def test_the_intro_follows_the_whole_requests_ground(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog, said = _intro_after(qtbot, "not_representative")
    assert "still released" not in said and "deny only the part" not in said, said
    assert "whole request" in said and "164.502(g)" in said, said
    dialog.ground.setCurrentIndex(dialog.codes.index("harm_to_other_person"))  # another ground: the rule's words
    assert "still released" in _intro(dialog) and "164.524(d)(1)" in _intro(dialog)


def test_the_intro_follows_the_whole_requests_ground_in_spanish(qtbot, spanish: None) -> None:  # type: ignore[no-untyped-def]
    _dialog, said = _intro_after(qtbot, "not_representative")
    assert "164.502(g)" in said and "toda la solicitud" in said, said
    _dialog, other = _intro_after(qtbot, "harm_to_other_person")
    assert "164.524(d)(1)" in other and other != said


def test_the_ground_kept_from_a_refused_try_is_followed_too(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The request window reopens the Deny window with the ground of a refused try (requests_dialog):
    that ground chose nothing then, as only a change of ground was followed."""
    dialog = DenialDialog(denial_choices("access", True), "not_representative")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.whole.isChecked() and not dialog.part.isEnabled()
    assert "164.502(g)" in _intro(dialog) and "still released" not in _intro(dialog)
