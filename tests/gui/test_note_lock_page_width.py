"""The psychotherapy notes' lock page shows its passphrase field whole, found on Xvfb
(explore round): on a 1000x750 screen in Spanish the chart's tab left the field "Frase de
contrase…", its longer button taking the row. Real widgets at the width that screen gives."""

from __future__ import annotations

import pytest

from vault_app.gui.controller import AppController
from vault_app.gui.note_lock_page import NoteLockPage

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_passphrase_field_reads_whole_on_a_small_screen(unlocked_app: AppController, qtbot,  # type: ignore[no-untyped-def]
                                                           language: str) -> None:
    from vault_app.gui import i18n

    assert i18n.install(language) == language
    try:
        page = NoteLockPage(unlocked_app)
        qtbot.addWidget(page)
        page.resize(690, 480)  # the chart's tab on a 1000x750 screen
        page.show()
        qtbot.waitExposed(page)
        edit = page.passphrase.edit
        needed = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
        # the frame and Qt's text margins take about 8 pixels of the field
        assert edit.width() >= needed + 10, (edit.width(), needed, edit.placeholderText())
    finally:
        i18n.install("en")
