"""The Emergency Kit printed from its window (gui/kit_print.py): "Save it as a PDF and print it" left
a file of the recovery key on the computer for the therapist to delete by hand. Print… sends the
same page to a printer and makes no file. Real widgets, Qt's own printing; the printer chosen in the
system's dialog stands in as a PDF printer writing into tmp_path (the only way a test can read the
page back), and the page's text is read back from it.

Also: the printout names the practice in any script, where the PDF's font holds Latin-1 only."""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from tests.gui.conftest import wait_ops
from tests.gui.first_run_helpers import walk_to_kit_page
from tests.gui.yes_no_answered import answering
from vault_app.gui import create_wizard, kit_print, kit_words
from vault_app.gui.controller import AppController
from vault_app.gui.new_kit_dialog import EmergencyKitDialog
from vault_app.services.certificates import public_key_fingerprint
from vault_app.services.emergency_kit import build_pdf, kit_blocks
from vault_app.services.key_replacement import NewKit

pytestmark = pytest.mark.gui

KEY = "Y6J2-4EUO-RGEW-HBMA-QZ7K-PLMN"
GREEK = "Δρ. Ελένη Παππά"


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def _words(path: Path) -> str:
    """The page's words, ligatures ("ﬁ" of the screen's fonts) read as their letters."""
    text = " ".join(page.extract_text() for page in PdfReader(str(path)).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _choosing(path: Path | None, asked: list[str]) -> Any:
    """The system's print dialog answered: `path`'s PDF printer chosen, or None (Cancel)."""
    def ask(parent: QWidget, paper: str) -> QPrinter | None:
        asked.append(paper)
        if path is None:
            return None
        printer = _pdf_printer(path)
        kit_print.page_of(printer, paper)
        return printer
    return ask


def test_the_printout_says_what_the_pdf_says_and_names_any_script(qtbot: Any, tmp_path: Path) -> None:
    args: dict[str, Any] = {"recovery_key": KEY, "vault_id": "9963e034", "folder": "/home/j/vault",
                            "key_fingerprint": "ab:cd:ef", "practice": GREEK}
    blocks = kit_blocks(**args)
    printed = tmp_path / "printed.pdf"
    kit_print.kit_document(blocks).print_(_pdf_printer(printed))
    on_paper = _words(printed)
    saved = " ".join(PdfReader(io.BytesIO(build_pdf(**args))).pages[0].extract_text().split())
    for kind, text in blocks:
        for line in text.split("\n"):
            assert " ".join(line.split()) in on_paper, (kind, line)
    assert "Y6J2-4EUO-RGEW" in on_paper and "Y6J2-4EUO-RGEW" in saved
    assert GREEK in on_paper and GREEK not in saved  # the PDF's Helvetica holds Latin-1 only


def test_rich_text_in_a_name_is_printed_as_text() -> None:
    blocks = kit_blocks(recovery_key=KEY, vault_id="v1", folder="/v/<b>x</b>", practice="<img src=x> & Co")
    html = kit_print.kit_html(blocks)
    assert "<img" not in html and "<b>x" not in html
    assert "&lt;img src=x&gt; &amp; Co" in html and "/v/&lt;b&gt;x&lt;/b&gt;" in html


@pytest.mark.parametrize("choose", [True, False], ids=["printed", "cancelled"])
def test_print_in_the_new_kit_window_leaves_no_file(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    choose: bool) -> None:
    kit = NewKit(KEY, "9963e034", str(tmp_path / "vault"), "ab:cd:ef", practice="Lee Counseling")
    dialog = EmergencyKitDialog(kit)
    qtbot.addWidget(dialog)
    asked: list[str] = []
    printed = tmp_path / "printer" / "page.pdf"
    printed.parent.mkdir()
    monkeypatch.setattr(kit_print, "ask_printer", _choosing(printed if choose else None, asked))
    assert dialog.print_button.isVisibleTo(dialog) and "&" in dialog.print_button.text()
    dialog.print_button.click()
    assert asked == ["Letter"]  # no practice locale yet: the US default's paper
    files = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    if choose:
        assert files == [Path("printer/page.pdf")]  # what the printer got, and nothing else
        words = _words(printed)
        assert "Y6J2-4EUO-RGEW" in words and "Lee Counseling" in words and "9963e034" in words
        # The stand-in is "Print to File": told where the file went, to print it and delete it.
        assert dialog.saved_label.text() == kit_words.saved_to(str(printed))
    else:
        assert files == []
        assert dialog.saved_label.text().strip() == ""
    dialog.kept.setChecked(True)
    dialog.done_button.click()


def test_a_printer_makes_no_file_and_print_to_file_is_said_as_a_file(tmp_path: Path) -> None:
    """A real printer (no output file) leaves no file: said so. "Print to File", chosen in the same
    dialog, makes one: said as Save as PDF says it (seen on Xvfb: "no file was made" said of it)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFileName("")
    assert kit_print.said_after(printer) == kit_words.printed()
    printer.setOutputFileName(str(tmp_path / "kit.pdf"))
    assert kit_print.said_after(printer) == kit_words.saved_to(str(tmp_path / "kit.pdf"))


def test_print_on_the_first_run_s_kit_page(fresh_app: AppController, qtbot: Any, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    wizard = fresh_app.wizard
    assert wizard is not None
    wizard.about_page.locale_box.setCurrentIndex(wizard.about_page.locale_box.findData("en_GB"))
    walk_to_kit_page(wizard, qtbot)
    created = wizard.create_page.created
    assert created is not None
    # The fingerprint on the page too, not only on paper (walker wround2 #9): written down by hand
    # with the key, it is what `certificate verify --fingerprint` asks for.
    fingerprint = public_key_fingerprint(created.vault.public_key)
    assert wizard.kit_page.fingerprint.isVisibleTo(wizard) and fingerprint in wizard.kit_page.fingerprint.text()
    asked: list[str] = []
    printed = tmp_path / "page.pdf"
    monkeypatch.setattr(kit_print, "ask_printer", _choosing(printed, asked))
    wizard.kit_page.print_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: bool(asked))
    assert asked == ["A4"]  # the practice's paper, as chosen on About you
    groups = created.recovery_key.split("-")
    words = _words(printed)
    assert "-".join(groups[:3]) in words and created.vault.vault_id in words and fingerprint in words
    assert wizard.kit_page.saved_label.text() == kit_words.saved_to(str(printed))
    monkeypatch.setattr(create_wizard, "ask_yes_no", answering(True))
    wizard.reject()
    wait_ops(qtbot)
