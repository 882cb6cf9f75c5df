"""The export wizard's Purpose hint in Spanish does not send the therapist to English words.

Found by a walker on Spanish screens (round 44): the Record an authorization form's example is
Spanish («a petición del interesado»), so a Spanish-speaking therapist records the purpose as the
signed form says it ("continuidad de la atención"); the export wizard's hint said "en inglés, como
irá en el PDF, p. ej., «continuity of care»", and the English purpose typed as told was refused:
"La autorización A-… no incluye esta finalidad" (the purposes match as written). The hint still
asks for English first (the PDF and the accounting are English: tests/gui/test_documents_in_english.py),
and now also says: or as the authorization names it."""

from __future__ import annotations

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController


def test_the_purpose_hint_names_the_authorizations_words(unlocked_app: AppController, qtbot,
                                                         spanish: None) -> None:
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot, "Lucia Finalidad")
    wizard = window.chart.start_export()
    wait_ops(qtbot)
    hint = wizard.what_page.purpose.placeholderText()
    assert hint.startswith("en inglés"), hint  # the PDF's language (round 39)
    assert "como la nombre la autorización" in hint, hint
    wizard.reject()
    wait_ops(qtbot)
