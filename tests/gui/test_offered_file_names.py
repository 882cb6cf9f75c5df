"""The names the save dialogs offer, in a Spanish GUI: the therapist's own files in Spanish
(ASCII only, for portability), a document for a US recipient in English like its pages; a
disclosure and the complete open export in the client's letter language, as the notices of closure
(domain/export_file_names: found by the round's brief, English names for a Spanish-lettered client)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui import offered_file_names
from vault_app.gui.accounting_dialog import AccountingDialog
from vault_app.gui.backups import RestoreDialog
from vault_app.gui.controller import AppController
from vault_app.gui.export_save_pages import default_file_name
from vault_app.gui.open_export_dialog import OpenExportDialog

pytestmark = pytest.mark.gui

TS = Path(__file__).resolve().parents[2] / "vault_app" / "gui" / "translations" / "es.ts"


def test_the_therapist_s_own_files_are_named_in_spanish(qapp: object, spanish: None) -> None:
    assert offered_file_names.destruction_certificate("C00010", date(2026, 12, 5)) == \
        "certificado-de-destruccion-C00010-2026-12-05.pdf"
    assert offered_file_names.restored_folder("vault-2026-12-01") == "restaurada-vault-2026-12-01"
    assert offered_file_names.document_copy("") == "documento"
    assert offered_file_names.document_copy("Intake form.pdf") == "Intake form.pdf"  # its own name, as it is


def test_in_english_they_read_as_before(qapp: object) -> None:
    # The chart number and the day, never the name: one name for all overwrote them (a walker).
    assert offered_file_names.destruction_certificate("C00010", date(2026, 12, 5)) == \
        "destruction-certificate-C00010-2026-12-05.pdf"
    assert offered_file_names.destruction_certificate("A/7 b", date(2026, 12, 5)) == \
        "destruction-certificate-A-7-b-2026-12-05.pdf"
    assert offered_file_names.restored_folder("vault-2026-12-01") == "restored-vault-2026-12-01"
    assert offered_file_names.document_copy("") == "document"


def test_every_spanish_name_is_ascii_and_a_plain_file_name() -> None:
    from defusedxml import ElementTree as ET

    found = next(c for c in ET.parse(TS).getroot().iter("context") if c.findtext("name") == offered_file_names.CONTEXT)
    pairs = {m.findtext("source") or "": m.findtext("translation") or "" for m in found.iter("message")}
    assert set(pairs) == {"destruction-certificate-{chart}-{day}.pdf", "restored-{backup}", "document"}
    for source, spanish in pairs.items():
        assert spanish and spanish != source and spanish.isascii(), spanish
        assert not re.search(r'[\\/:*?"<>| ]', spanish), spanish  # no separators, nothing a disk refuses
        assert re.findall(r"\{\w+\}", spanish) == re.findall(r"\{\w+\}", source)
        assert Path(spanish).suffix == Path(source).suffix


def test_the_restore_offers_a_spanish_folder(unlocked_app: AppController, qtbot: Any, tmp_path: Path,
                                            spanish: None) -> None:
    backup = tmp_path / "vault-2026-12-01.vaultbackup"
    dialog = RestoreDialog(unlocked_app, backup)
    qtbot.addWidget(dialog)
    assert dialog.folder.text() == str(tmp_path / "restaurada-vault-2026-12-01")


def test_documents_for_a_recipient_keep_their_english_names(unlocked_app: AppController, qtbot: Any,
                                                            spanish: None) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)
    assert default_file_name(date(2026, 12, 1)) == "disclosure-2026-12-01.pdf"
    accounting = AccountingDialog(unlocked_app, chart.client_id)
    qtbot.addWidget(accounting)
    assert accounting.windowTitle() != "Accounting of disclosures"  # the screen itself is Spanish
    assert Path(accounting.path.text()) == Path.home() / "accounting-of-disclosures.pdf"
    open_export = OpenExportDialog(unlocked_app, chart.client_id)
    qtbot.addWidget(open_export)
    assert Path(open_export.path.text()) == Path.home() / "chart-export.pdf"
    assert offered_file_names.SUPERBILL == "superbill.pdf"
    wait_ops(qtbot)


def test_a_spanish_lettered_clients_export_files_are_named_in_spanish(unlocked_app: AppController, qtbot: Any,
                                                                      spanish: None) -> None:
    from vault_app.services import clients

    vault = unlocked_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)
    clients.update_client(vault, chart.client_id, letters_in="es")
    open_export = OpenExportDialog(unlocked_app, chart.client_id)
    qtbot.addWidget(open_export)
    wait_ops(qtbot)
    assert Path(open_export.path.text()) == Path.home() / "expediente-completo.pdf"
    # What the therapist typed stays
    typed = OpenExportDialog(unlocked_app, chart.client_id)
    qtbot.addWidget(typed)
    typed.path.setText("/tmp/mine.pdf")
    typed.path.setModified(True)
    wait_ops(qtbot)
    assert typed.path.text() == "/tmp/mine.pdf"
    # The export wizard's save page, reached as a therapist does
    from vault_app.gui.export_wizard import ExportWizard

    wizard = ExportWizard(unlocked_app, chart.client_id)
    qtbot.addWidget(wizard)
    wait_ops(qtbot)
    assert wizard.what_page.letters_in == "es"
    wizard.save_page.initializePage()
    assert Path(wizard.save_page.path.text()).name == f"divulgacion-{date.today().isoformat()}.pdf"
