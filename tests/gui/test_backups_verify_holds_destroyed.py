"""Check the selected backup, on a file that opens but still holds a chart destroyed since it was
made (a copy the purge never reached, restored from): the Backups window says so and how to purge
it, not "intact" (found in the real app). What the check finds is tested with real files in
tests/core/test_restore_unpurged_source.py; here, the window's words in both languages."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.gui.conftest import wait_ops
from vault_app.gui import i18n
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


@pytest.fixture
def english_after() -> Iterator[None]:
    yield
    i18n.install("en")


@pytest.mark.parametrize(("language", "said"), (
    ("en", "{file} opens, but it still holds a chart destroyed since it was made. Purge it in Records > "
           "Destructions and certificates (Purge the backups now), or delete it and make a new backup."),
    ("es", "{file} se abre, pero todavía contiene un expediente destruido después de hacerse. Púrguela en "
           "Registros > Destrucciones y certificados (Purgar ahora las copias), o bórrela y haga una copia nueva."),
))
def test_the_check_says_the_backup_still_holds_a_destroyed_chart(
        unlocked_app: AppController, qtbot, english_after: None, language: str,  # type: ignore[no-untyped-def]
        said: str) -> None:
    from vault_app.gui.backups import BackupsDialog

    assert i18n.install(language) == language
    dialog = BackupsDialog(unlocked_app, parent=unlocked_app.main_window)
    qtbot.addWidget(dialog)
    wait_ops(qtbot)
    file, cert = "vault-backup-2026-12-05.vaultbackup", "DC-20261205-05D528FF98"
    summary = {"file": file, "checked": ["records"], "check": "full", "holds_destroyed": [cert]}
    dialog._verified(summary)
    assert dialog.result_label.text() == said.format(file=file, cert=cert)
    # Said as a problem (it was in the calm style of "intact"), and calm again for a clean one.
    assert dialog.result_label.objectName() == "verdictRefused"
    del summary["holds_destroyed"]
    dialog._verified(summary)
    assert "Destructions" not in dialog.result_label.text()
    assert dialog.result_label.objectName() == "calmNote"
