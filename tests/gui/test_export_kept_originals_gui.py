"""The export wizard does not offer the original PDFs kept from discarded imported psychotherapy
drafts (the gate would refuse them as drafts never signed here), and says where they are and
why, rather than leaving them out unsaid. Found: they were neither offered nor mentioned."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from tests.gui.test_change_notices import elsewhere
from tests.gui.test_chart import add_client
from tests.gui.test_destroy_notes_kept_pdf_gui import _kept_pdf
from vault_app.gui.controller import AppController
from vault_app.services import psychotherapy_notes
from vault_app.services.vault import Vault

pytestmark = pytest.mark.gui


def test_the_wizard_says_where_the_kept_pdfs_are_and_why_not_offered(unlocked_app: AppController, qtbot: Any) -> None:
    client_id = add_client(unlocked_app, qtbot, "Ines Keptpdf")
    made: dict[str, str] = {}

    unlocked_app.unlock_psychotherapy(None, PASSPHRASE)  # type: ignore[arg-type]
    wait_ops(qtbot)

    def write(v: Vault) -> None:
        saved = psychotherapy_notes.create_psychotherapy_note(v, client_id, "process note signed")
        psychotherapy_notes.sign_psychotherapy_note(v, saved.note.note_id)
        made["note"] = saved.note.note_id
        made["pdf"] = _kept_pdf(v, client_id)

    elsewhere(unlocked_app, qtbot, write)
    window = unlocked_app.main_window
    assert window is not None
    window.open_chart(client_id)
    wait_ops(qtbot)
    wizard = window.chart.start_export()
    wait_ops(qtbot)
    what = wizard.what_page
    what.kind.setCurrentIndex(what.kind.findData("psychotherapy"))
    wait_ops(qtbot)
    what.check_all()
    assert what.selected_ids() == [made["note"]]
    assert what.note.text() == (
        "1 original PDF kept from a discarded imported draft is not listed: it was never signed here, and a draft "
        "is never disclosed. It is on the chart's Psychotherapy tab, after the notes; to disclose what it holds, "
        "import a readable copy of that note again, check and sign it.")
    wizard.reject()
    wait_ops(qtbot)
