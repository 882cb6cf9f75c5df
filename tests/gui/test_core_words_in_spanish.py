"""What the core says in English, said on Spanish screens by its code: an import's reasons,
rows and progress line; Replace every key's steps; the access copy's reasons for a copy not
made; the document viewer's own image errors; the Emergency Kit's suggested file name; an
addendum's heading when the clinician's name is not set. Real vault, real import, real
replacement of every key, real exports, real widgets; the English the core keeps (the command
line, the ledger, what is stored and signed) is checked unchanged beside."""

from __future__ import annotations

import struct
import threading
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QTreeWidget

from tests.conftest import PASSPHRASE
from tests.core import disclosure_fixtures as fx
from tests.document_samples import png
from tests.gui.conftest import wait_ops
from tests.gui.test_access_copy import _open_request
from tests.gui.test_attachment_viewer import _attached
from tests.gui.test_import_wizard import open_wizard, read_dry_run
from tests.gui.yes_no_answered import answering
from vault_app.gui import create_wizard, rekey_running
from vault_app.gui.controller import AppController
from vault_app.gui.import_wizard import ImportWizard
from vault_app.gui.vault_keys_dialogs import EmergencyKitDialog, RekeyDialog
from vault_app.services import clients
from vault_app.storage import rekey_copy

pytestmark = pytest.mark.gui


def _rows(tree: QTreeWidget) -> list[tuple[str, ...]]:
    return [tuple(tree.topLevelItem(i).text(c) for c in range(tree.columnCount()))
            for i in range(tree.topLevelItemCount())]


def _import_wizard(app: AppController, qtbot: Any, source: str) -> ImportWizard:
    wizard = open_wizard(app, qtbot)
    page = wizard.source_page
    page.source.setCurrentIndex(page.source.findData(source))
    wait_ops(qtbot)
    return wizard


def test_a_client_list_s_rows_reasons_and_progress_in_spanish(unlocked_app: AppController,
                                                               qtbot: Any, tmp_path: Path, spanish: None) -> None:
    path = tmp_path / "clients.csv"
    path.write_text("Client ID,First Name,Last Name,Date of Birth\n5001,Orla,Farrowby,04/03/1980\n"
                    "5002,,,01/02/1990\n5003,Pim,Juniper,31/12/1975\n5001,Orla,Farrowby,04/03/1980\n"
                    # a row only month/day/year reads: the file's order stands, row 4 is the odd one out
                    "5004,Quinn,Ashby,12/25/1985\n",
                    encoding="utf-8")
    wizard = _import_wizard(unlocked_app, qtbot, "csv")
    wizard.source_page.path.setText(str(path))
    wizard.source_page.read_columns()
    wait_ops(qtbot)
    wizard.next()
    read_dry_run(wizard, qtbot)
    plan = wizard.review_page.plan
    assert plan is not None
    # The plan keeps the core's English (what --dry-run --json says)...
    assert [(i.path, i.reason) for i in plan.skipped] == [
        ("row 3", "No name in this row."),
        ("row 4", "A date in this row cannot be read as month/day/year nor as YYYY-MM-DD."),
        ("row 5", "The same client appears twice in the file.")]
    # ...the screen says it in Spanish.
    assert _rows(wizard.review_page.skipped) == [
        ("fila 3", "Esta fila no tiene nombre."),
        ("fila 4", "Una fecha de esta fila no es una fecha escrita mes/día/año (el orden elegido en «Fechas "
                   "escritas como») ni escrita año-mes-día."),
        ("fila 5", "El mismo cliente aparece dos veces en el archivo.")]
    wizard.review_page.skipped.setCurrentItem(wizard.review_page.skipped.topLevelItem(0))
    assert wizard.review_page.detail.text().startswith("fila 3")
    wizard.next()  # the import runs
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.report_page, timeout=60_000)
    assert wizard.report is not None and wizard.report.charts_created == 2
    # The progress line's last words, a count that reads right for one chart as for many.
    assert wizard.run_page.counts.text() == "Expedientes importados: 2"
    assert _rows(wizard.report_page.issues)[0] == ("fila 3", "Esta fila no tiene nombre.")
    wizard.accept()
    wait_ops(qtbot)


def test_a_folder_of_files_says_why_one_is_left_out_in_spanish(unlocked_app: AppController,
                                                                qtbot: Any, tmp_path: Path, spanish: None) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    chart = clients.create_client(vault, "Yael Glenhollow").client_id
    folder = tmp_path / "scans"
    folder.mkdir()
    (folder / "letter.png").write_bytes(png(40, 30))
    (folder / "notes.docx").write_bytes(b"PK\x03\x04 a word file")
    wizard = _import_wizard(unlocked_app, qtbot, "pdf-folder")
    wizard.source_page.chart.setCurrentIndex(wizard.source_page.chart.findData(chart))
    wizard.source_page.path.setText(str(folder))
    wizard.next()
    read_dry_run(wizard, qtbot)
    assert _rows(wizard.review_page.skipped) == [("notes.docx", "No es un archivo PDF, PNG ni JPEG.")]
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.report_page, timeout=60_000)
    assert wizard.run_page.counts.text() == "Expedientes importados: 1"
    assert _rows(wizard.report_page.issues) == [("notes.docx", "No es un archivo PDF, PNG ni JPEG.")]
    wizard.accept()
    wait_ops(qtbot)


@pytest.fixture
def copies_held(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[threading.Event, threading.Event]]:
    """Replace every key's copies wait before their first block: (reached, release)."""
    reached, release = threading.Event(), threading.Event()
    original = rekey_copy.write_copy

    def waiting(*args: Any, **kwargs: Any) -> Path:
        reached.set()
        assert release.wait(60)
        return original(*args, **kwargs)

    monkeypatch.setattr(rekey_copy, "write_copy", waiting)
    yield reached, release
    release.set()
    running = rekey_running.current()
    if running is not None:
        running.job.wait(30)


def test_replace_every_key_says_its_steps_in_spanish(unlocked_app: AppController, qtbot: Any,
                                                     copies_held: tuple[threading.Event, threading.Event],
                                                     monkeypatch: pytest.MonkeyPatch, spanish: None) -> None:
    from vault_app.gui import file_dialogs

    reached, release = copies_held
    window = unlocked_app.main_window
    assert window is not None
    dialog = window.open_rekey()
    assert isinstance(dialog, RekeyDialog)
    dialog.current.setText(PASSPHRASE)
    dialog.rekey_button.click()
    qtbot.waitUntil(reached.is_set, timeout=60_000)
    running = rekey_running.current()
    assert running is not None
    shown: list[str] = []
    # After the dialog's own slot: what its label says once each step has come.
    running.progressed.connect(lambda _f, _t: shown.append(dialog.bar_label.text()))
    release.set()
    qtbot.waitUntil(lambda: bool(window.findChildren(EmergencyKitDialog)), timeout=120_000)
    wait_ops(qtbot)
    steps = list(dict.fromkeys(shown))
    assert steps == ["Volviendo a cifrar cada compartimento con claves nuevas…",
                     "Protegiendo cada clave con una nueva clave maestra…", "Listo"]
    # The kit's suggested file, named in the screen's language (as the first run names it).
    kit = window.findChildren(EmergencyKitDialog)[0]
    asked: list[str] = []
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a: asked.append(str(a[2])) or "")
    kit._choose_file()
    assert asked == [str(Path.home() / "Kit de emergencia.pdf")]
    kit.kept.setChecked(True)
    kit.done_button.click()
    wait_ops(qtbot)


def test_the_first_run_suggests_the_kit_s_file_in_spanish(fresh_app: AppController, qtbot: Any,
                                                          monkeypatch: pytest.MonkeyPatch, spanish: None) -> None:
    from tests.gui.first_run_helpers import walk_to_kit_page
    from vault_app.gui import create_wizard_kit

    wizard = fresh_app.wizard
    assert wizard is not None
    walk_to_kit_page(wizard, qtbot)
    asked: list[str] = []
    monkeypatch.setattr(create_wizard_kit.file_dialogs, "save_file", lambda *a: asked.append(str(a[2])) or "")
    wizard.kit_page._choose_file()
    assert asked == [str(Path.home() / "Kit de emergencia.pdf")]
    # Leave the wizard as a therapist would ("Leave anyway?" answered Yes), not in the teardown.
    monkeypatch.setattr(create_wizard, "ask_yes_no", answering(True))
    wizard.reject()
    wait_ops(qtbot)


def test_the_access_copy_says_each_copy_not_made_in_spanish(unlocked_app: AppController, qtbot: Any,
                                                            tmp_path: Path, spanish: None) -> None:
    from vault_app.gui.access_copy_dialog import AccessCopyDialog

    detail, rid, chart = _open_request(unlocked_app, qtbot)
    vault = unlocked_app.vault
    assert vault is not None
    number = clients.get_client(vault, chart.client_id).chart_number
    earlier = tmp_path / f"access-copy-{number}-{rid}-billing.pdf"
    earlier.write_bytes(b"made earlier")
    dialog = detail.grant()
    assert isinstance(dialog, AccessCopyDialog)
    dialog.password.setText(fx.PASSWORD)
    dialog.password_again.setText(fx.PASSWORD)
    dialog.folder.setText(str(tmp_path))
    # A year without notes or charges: since this round each kind the chart holds nothing of in the
    # dates is said as such (services/access_copy), not refused by the gate ("Divulgación denegada:
    # No hay nada seleccionado… por su id", the words the Spanish first-week walk found).
    dialog.date_from.setDate(QDate(2001, 1, 1))
    dialog.date_to.setDate(QDate(2001, 12, 31))
    dialog.make_button.click()
    wait_ops(qtbot)
    outcome = dialog.outcome.text()
    assert outcome.splitlines()[:2] == [
        "No hay notas de evolución en estas fechas: el expediente tiene en otras fechas.",
        "No hay información de facturación en estas fechas: el expediente tiene en otras fechas."], outcome
    assert "Disclosure refused" not in outcome and "Divulgación denegada" not in outcome and "por su id" not in outcome
    assert earlier.read_bytes() == b"made earlier"
    dialog.reject()


def _png_claiming(width: int, height: int) -> bytes:
    """A real PNG whose header claims another size (the pixels are never decoded)."""
    data = bytearray(png(4, 4))
    data[16:24] = struct.pack(">II", width, height)
    data[29:33] = struct.pack(">I", zlib.crc32(bytes(data[12:29])))
    return bytes(data)


@pytest.mark.parametrize(("name", "data", "said"), [
    ("poster.png", _png_claiming(10_000, 9_000),
     "Esta imagen es demasiado grande para mostrarla aquí (10000 × 9000 píxeles)."),
    ("torn.png", png(300, 200)[:120], "No se pudo leer esta imagen: puede estar dañada."),
], ids=["too-large", "damaged"])
def test_the_document_viewer_says_its_image_errors_in_spanish(unlocked_app: AppController, qtbot: Any,
                                                              tmp_path: Path, name: str, data: bytes,
                                                              said: str, spanish: None) -> None:
    tab = _attached(unlocked_app, qtbot, tmp_path, name, data)
    viewer = tab.view_chosen()
    assert viewer is not None
    wait_ops(qtbot)
    problem = viewer.problem.text()
    assert problem.startswith(said + " ") and "Save a copy" not in problem, problem
    assert viewer.save_button.isVisibleTo(viewer)
    viewer.reject()


def test_an_addendum_without_the_clinician_s_name_is_headed_in_spanish(unlocked_app: AppController,
                                                                      qtbot: Any, spanish: None) -> None:
    from vault_app.domain.practice import UNNAMED_CLINICIAN
    from vault_app.gui.amend_dialog import amendment_text
    from vault_app.services import notes, practice

    vault = unlocked_app.vault
    assert vault is not None
    practice.update(vault, clinician_name="", practice_name="", credentials="LCSW")
    client = clients.create_client(vault, "Ines Harrowgate")
    note = notes.create_progress_note(vault, client.client_id, text="Seen today.")
    notes.sign_note(vault, note.note_id)
    added = notes.amend_note(vault, note.note_id, "Called back the next day.")
    # Stored (and signed) as the core writes it; only the screen's heading is in Spanish.
    assert added.author == f"{UNNAMED_CLINICIAN}, LCSW"
    head = amendment_text([added]).splitlines()[0]
    assert head.startswith("Adenda del ") and head.endswith(", del profesional tratante (nombre no indicado), LCSW")
    assert "the treating clinician" not in head
