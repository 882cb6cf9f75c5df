"""The Emergency Kit printed straight from its window: no PDF of the recovery key left on the
computer to be deleted by hand ("Save it as a PDF and print it" left a file beside the vault, the
key beside the lock: kit_words.saved_to asks the therapist to delete it, and a file in a synced or
backed-up folder has copies no delete reaches). The printout says what the PDF says
(services/emergency_kit.kit_blocks), in any script: the PDF's font holds Latin-1 only, the printer
is given the screen's fonts.

Qt's print dialog offers "Print to File" too: a therapist who picks it makes the same file Save as
PDF makes, by choice, and is told so as for Save as PDF (where it went; print it, then delete it:
seen on Xvfb, where "no file was made" was said of the file just made). The operating system's
print queue holds the page until it is printed, as for any printout (SECURITY.md).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from vault_app.gui import kit_words
from vault_app.services.emergency_kit import KitBlock

_STYLE = {
    "title": "<h1>{}</h1>",
    "line": "<p>{}</p>",
    "heading": "<h3 style='margin-top: 14px'>{}</h3>",
    # The key as the window and the PDF show it: two lines of groups, fixed-width, on grey.
    "key": "<p style=\"font-family: 'DejaVu Sans Mono', monospace; font-size: 15pt; font-weight: bold; "
           "background-color: #f0f0f0; text-align: center\">{}</p>",
    "para": "<p>{}</p>",
    "small": "<p style='font-size: 9pt'>{}</p>",
}


def kit_html(blocks: list[KitBlock]) -> str:
    """The kit's page as rich text; every piece escaped (a practice's or folder's name is text)."""
    return "".join(_STYLE[kind].format(escape(text).replace("\n", "<br>")) for kind, text in blocks)


def kit_document(blocks: list[KitBlock]) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(kit_html(blocks))
    return document


def page_of(printer: QPrinter, paper: str) -> None:
    """The practice's paper ("Letter" or "A4", domain/locale_format.paper_format), 20 mm margins."""
    size = QPageSize(QPageSize.PageSizeId.Letter if paper == "Letter" else QPageSize.PageSizeId.A4)
    printer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(20, 20, 20, 20),
                                      QPageLayout.Unit.Millimeter))


def ask_printer(parent: QWidget, paper: str) -> QPrinter | None:
    """The printer the therapist chooses in the system's print dialog; None if cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    page_of(printer, paper)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("KitPrint", "Print the Emergency Kit"))
    return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None


def said_after(printer: QPrinter) -> str:
    """What the kit's window says once the page went to `printer`: a file named, as Save as PDF's;
    else that no file was made."""
    return kit_words.saved_to(printer.outputFileName()) if printer.outputFileName() else kit_words.printed()


def print_kit(parent: QWidget, blocks: list[KitBlock], paper: str) -> str | None:
    """Asks for a printer and prints the kit on it: what to say of it (said_after), None if cancelled."""
    printer = ask_printer(parent, paper)
    if printer is None:
        return None
    kit_document(blocks).print_(printer)
    return said_after(printer)


__all__ = ["ask_printer", "kit_document", "kit_html", "page_of", "print_kit", "said_after"]
