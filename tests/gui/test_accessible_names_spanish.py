"""What a screen reader (Orca) says on a Spanish screen is Spanish too. Each window is built
twice over the same real vault, in English and then in Spanish (the real es.ts), and every
widget's accessible name and description is compared with the English one of the same widget:
a name that stayed English is one a Spanish-speaking therapist hears among Spanish labels.
Only words es.ts itself keeps the same ("PIN") may be equal. The scan in
test_all_text_translatable.py finds bare literals; this finds what it cannot follow (a name
taken from an English table, a default argument, one built with an f-string)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui import i18n
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui

ES_TS = Path(i18n.__file__).parent / "translations" / "es.ts"


def _said_alike() -> set[str]:
    """Words whose Spanish is the English word itself ("PIN", "Plan", "CPT:")."""
    root = ET.parse(ES_TS).getroot()  # noqa: S314 - our own file
    return {m.findtext("source") or "" for m in root.iter("message")
            if (m.findtext("source") or "") == (m.findtext("translation") or "")}


def _heard(window: QWidget) -> list[tuple[str, str, str]]:
    """(widget, accessible name, accessible description) of the window and all it holds, in the
    order they were made (the same order in both languages)."""
    return [(f"{type(w).__name__} {w.objectName()}".strip(), w.accessibleName(), w.accessibleDescription())
            for w in [window, *window.findChildren(QWidget)]]


def _english_left(build: Callable[[], QWidget], qtbot: Any) -> tuple[list[str], int]:
    """The accessible names and descriptions that stay English on a Spanish screen, and how
    many were compared (so a window with none named proves nothing and fails)."""
    heard = {}
    for language in ("en", "es"):
        assert i18n.install(language) == language
        window = build()
        qtbot.addWidget(window)
        window.show()
        wait_ops(qtbot)
        heard[language] = _heard(window)
        window.close()
    english, spanish = heard["en"], heard["es"]
    assert [w for w, _n, _d in english] == [w for w, _n, _d in spanish], "the two windows differ in their widgets"
    alike = _said_alike()
    left, compared = [], 0
    for (widget, name, description), (_w, name_es, description_es) in zip(english, spanish, strict=True):
        for what, said, said_es in (("name", name, name_es), ("description", description, description_es)):
            if not said or not any(ch.isalpha() for ch in said):
                continue
            compared += 1
            if said_es == said and said not in alike:
                left.append(f"{widget}: accessible {what} {said!r}")
    return left, compared


def test_the_decision_steps_are_heard_in_spanish(unlocked_app: AppController, spanish: None, qtbot: Any) -> None:
    from vault_app.gui.decision_dialog import DecisionDialog

    client_id = add_client(unlocked_app, qtbot)

    def build() -> QWidget:
        dialog = DecisionDialog(unlocked_app, client_id)
        # The decision's choices are made for the trigger: those of a court order, whose
        # order fields are named too.
        dialog.outcome_page.adapt(dialog.guide_for("court_order"))
        return dialog

    left, compared = _english_left(build, qtbot)
    assert compared >= 40
    assert left == []


def test_the_destruction_wizard_is_heard_in_spanish(unlocked_app: AppController, spanish: None, qtbot: Any) -> None:
    from vault_app.gui.destruction_wizard import DestructionWizard
    from vault_app.gui.eligible_charts import EligibleDialog

    client_id = add_client(unlocked_app, qtbot)
    left, compared = _english_left(lambda: DestructionWizard(unlocked_app, client_id, notes=True), qtbot)
    assert compared >= 8
    assert left == []
    left, compared = _english_left(lambda: EligibleDialog(unlocked_app), qtbot)
    assert compared >= 1
    assert left == []


def test_unlocking_recovering_and_backing_up_are_heard_in_spanish(
        unlocked_app: AppController, spanish: None, qtbot: Any) -> None:
    from vault_app.gui.backups import BackupsDialog
    from vault_app.gui.recover_dialog import RecoverDialog
    from vault_app.gui.unlock import UnlockWindow

    for build, at_least in ((lambda: RecoverDialog(unlocked_app.folder), 6),
                            (lambda: UnlockWindow(unlocked_app.folder), 6),
                            (lambda: BackupsDialog(unlocked_app), 8)):
        left, compared = _english_left(build, qtbot)
        assert compared >= at_least
        assert left == []


def test_the_comparison_hears_an_english_name_left_on_a_spanish_screen(spanish: None, qtbot: Any) -> None:
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    def build() -> QWidget:
        window = QWidget()
        edit, pin = QLineEdit(), QLineEdit()
        edit.setAccessibleName("Recovery key")  # not through tr: English in both languages
        pin.setAccessibleName("PIN")  # es.ts says PIN too
        layout = QVBoxLayout(window)
        layout.addWidget(edit)
        layout.addWidget(pin)
        return window

    left, compared = _english_left(build, qtbot)
    assert compared == 2
    assert left == ["QLineEdit: accessible name 'Recovery key'"]
