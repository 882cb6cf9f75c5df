"""An attached document shown inside the app, from memory only (services/attachment_view.py).

The decrypted bytes are read on the worker into memory and kept by this window alone: images
are decoded from a buffer, a PDF is read a page at a time from the bytes, and nothing is
written to disk (no temporary file for another program to open). This Qt has no PDF module,
so a PDF page shows as what it holds: the scanned image(s) on it and its text. Closing the
window, locking the vault or closing the chart drops the bytes. A document too large to show
says so and offers a copy instead.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from vault_app.domain.attachment_edits import title_of
from vault_app.domain.errors import InvalidInput, VaultError
from vault_app.gui.dates import show_date
from vault_app.gui.forms import error_label
from vault_app.gui.outside_names import shown_name
from vault_app.gui.refusal_words import refusal_text
from vault_app.gui.screen_fit import size_in_screen
from vault_app.gui.widgets import wrapped_label
from vault_app.services import attachment_view
from vault_app.services.attachment_view import SAVE_INSTEAD, VIEW_LIMIT, PdfPages

if TYPE_CHECKING:
    from vault_app.domain.clinical_documents import Attachment
    from vault_app.gui.seam import App
    from vault_app.services.vault import Vault

# An image is shown at most this many pixels on its long side (a letter page at 250 dpi):
# a 600 dpi colour scan decoded whole is ~140 MB of memory for no more legibility.
SHOWN_SIDE = 2800
# Images with more pixels than this are not decoded at all (a picture, not a document).
MAX_PIXELS = 80_000_000


def decode_image(data: bytes) -> tuple[QImage, QSize]:
    """An image file's pixels, from memory (on the worker), and its size as stored."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)  # a phone photo of a letter stands as it was taken
    size = reader.size()
    if not size.isValid():
        raise InvalidInput("This image could not be read: it may be damaged.", hint=SAVE_INSTEAD,
                           code="image.unreadable")
    if size.width() * size.height() > MAX_PIXELS:
        raise InvalidInput(f"This image is too large to show here ({size.width()} × {size.height()} pixels).",
                           hint=SAVE_INSTEAD, code="image.too_large",
                           params={"width": size.width(), "height": size.height()})
    if max(size.width(), size.height()) > SHOWN_SIDE:
        reader.setScaledSize(size.scaled(SHOWN_SIDE, SHOWN_SIDE, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        raise InvalidInput("This image could not be read: it may be damaged.", hint=SAVE_INSTEAD,
                           code="image.unreadable")
    return image, size


@dataclass
class ShownPage:
    number: int
    text: str
    images: list[QImage]
    left_out: int


@dataclass
class Prepared:
    """What the worker hands the window: the bytes it keeps, and the first thing to show."""

    kind: str  # "pdf", "image" or "text"
    data: bytes
    pages: PdfPages | None = None
    page: ShownPage | None = None
    image: QImage | None = None
    image_size: QSize | None = None
    text: str = ""
    unshown: list[str] = field(default_factory=list)


def shown_page(pages: PdfPages, index: int) -> ShownPage:
    """One PDF page with its images decoded (on the worker); an image Qt cannot read is left out."""
    page = pages.page(index)
    images: list[QImage] = []
    for data in page.images:
        try:
            images.append(decode_image(data)[0])
        except InvalidInput:
            continue
    return ShownPage(page.number, page.text, images, page.images_left_out + len(page.images) - len(images))


def prepare(vault: Vault, attachment_id: str, limit: int = VIEW_LIMIT) -> Prepared:
    """On the worker: the document read into memory and its first view made ready."""
    viewed = attachment_view.read_for_view(vault, attachment_id, limit=limit)
    return prepared_view(viewed.data, viewed.meta.media_type)


def prepared_view(data: bytes, media: str) -> Prepared:
    """On the worker: the first view of bytes already in memory."""
    if media == "application/pdf":
        pages = PdfPages(data)
        return Prepared("pdf", data, pages=pages, page=shown_page(pages, 0))
    if media.startswith("image/"):
        image, size = decode_image(data)
        return Prepared("image", data, image=image, image_size=size)
    if media == "text/plain":
        return Prepared("text", data, text=attachment_view.text_of(data))
    raise InvalidInput("This kind of document cannot be shown here.", hint=SAVE_INSTEAD,
                       code="attachment.kind_not_shown")


class AttachmentViewer(QDialog):
    def __init__(self, controller: App, attachment: Attachment, parent: QWidget | None = None, *,
                 limit: int | None = None, save_copy: Callable[[], None] | None = None,
                 read: Callable[[Vault, int], Prepared] | None = None,
                 refusal: Callable[[VaultError], str | None] | None = None) -> None:
        """`read` (on the worker, with the limit): another document's bytes than the attachment's,
        as a psychotherapy note's original (gui/psychotherapy_original.py), which `attachment`
        then only describes; `refusal`: its own words for a refusal (None: the usual ones)."""
        super().__init__(parent)
        self.controller = controller
        self.attachment = attachment
        self.read = read
        self.refusal = refusal
        self.limit = VIEW_LIMIT if limit is None else limit
        self.setWindowTitle(self.tr("Document"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.prepared: Prepared | None = None
        self.page_index = 0
        self.closed = False
        dated = (self.tr("dated {day}").format(day=show_date(attachment.document_date))
                 if attachment.document_date else self.tr("no date of its own"))
        self.heading = wrapped_label(f"<b>{_escaped(shown_name(title_of(attachment)))}</b> · {dated}")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.info = wrapped_label(self.tr("Opening…"))
        self.info.setAccessibleName(self.tr("About the document"))
        self.problem = error_label()
        self.problem.setVisible(False)
        self.save_button = QPushButton(self.tr("Save a copy…"))
        self.save_button.setVisible(False)
        self.can_save = save_copy is not None
        if save_copy is not None:
            self.save_button.clicked.connect(save_copy)
        self.images = QWidget()
        self.images_layout = QVBoxLayout(self.images)
        self.images_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.pictures = QScrollArea()
        self.pictures.setWidget(self.images)
        self.pictures.setWidgetResizable(True)
        self.pictures.setAccessibleName(self.tr("Pictures in the document"))
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Text of the document"))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.pictures)
        split.addWidget(self.text)
        split.setSizes([520, 200])
        self.previous = QPushButton(self.tr("&Previous page"))
        self.previous.clicked.connect(lambda: self.show_page(self.page_index - 1))
        self.next_button = QPushButton(self.tr("&Next page"))
        self.next_button.clicked.connect(lambda: self.show_page(self.page_index + 1))
        self.page_label = QLabel("")
        # Fitted to the window's width first (a scan at 300 dpi is wider than any screen); the
        # actual size is for fine print.
        self.actual_size = QCheckBox(self.tr("Actual size"))
        self.actual_size.setToolTip(self.tr("Show the pictures pixel for pixel, to read small print"))
        self.actual_size.toggled.connect(lambda _on: self._fit())
        self.shown_images: list[QPixmap] = []
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.previous)
        row.addWidget(self.page_label)
        row.addWidget(self.next_button)
        row.addStretch(1)
        row.addWidget(self.actual_size)
        row.addWidget(self.save_button)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.info)
        layout.addWidget(self.problem)
        layout.addWidget(split, 1)
        layout.addLayout(row)
        self._paging(False)
        # At most the screen's room (screen_fit.py): 760 high ran off a 1000x750 screen.
        self.resize(size_in_screen(self, QSize(860, 760)))

    def load(self) -> int:
        return self.controller.query(self, self.reader(), label=self.tr("Opening…")) \
            .success(self._prepared).failure(self._refused).run()

    def reader(self) -> Callable[[Vault], Prepared]:
        """What the worker runs to read the document into memory (a subclass reads another's)."""
        attachment_id, limit, read = self.attachment.attachment_id, self.limit, self.read
        if read is not None:
            return lambda v: read(v, limit)
        return lambda v: prepare(v, attachment_id, limit)

    def _prepared(self, prepared: Prepared) -> None:
        if self.closed:
            return
        self.prepared = prepared
        if prepared.kind == "image" and prepared.image is not None and prepared.image_size is not None:
            size = prepared.image_size
            self.info.setText(self.tr("Image, {width} × {height} pixels").format(width=size.width(),
                                                                                height=size.height()))
            self._show_images([prepared.image], "")
        elif prepared.kind == "text":
            self.info.setText(self.tr("Text"))
            self._show_images([], prepared.text)
        elif prepared.pages is not None and prepared.page is not None:
            count = prepared.pages.count
            pages = self.tr("PDF, 1 page.") if count == 1 else self.tr("PDF, {count} pages.").format(count=count)
            # A copy is offered only where one may be saved (not of a psychotherapy note's original).
            self.info.setText(pages + " " + (self.tr("Each page shows the pictures on it (a scan) and its text; "
                                                     "for its exact layout, save a copy.") if self.can_save
                                             else self.tr("Each page shows the pictures on it (a scan) and its text.")))
            self._page_shown(prepared.page)

    def _refused(self, exc: BaseException) -> bool:
        if not isinstance(exc, VaultError) or self.closed:
            return False
        self.info.setText("")
        said = self.refusal(exc) if self.refusal is not None else None
        self.problem.setText(said or refusal_text(exc))
        self.problem.setVisible(True)
        self.save_button.setVisible(self.can_save)
        return True

    @property
    def page_count(self) -> int:
        pages = self.prepared.pages if self.prepared is not None else None
        return pages.count if pages is not None else 0

    def show_page(self, index: int) -> int | None:
        pages = self.prepared.pages if self.prepared is not None else None
        if pages is None or not 0 <= index < pages.count:
            return None
        self._paging(False)
        return self.controller.query(self, lambda _v: shown_page(pages, index)).success(self._page_shown) \
            .failure(self._refused).finally_(lambda: self._paging(True)).run()

    def _page_shown(self, page: ShownPage) -> None:
        if self.closed:
            return
        self.page_index = page.number - 1
        self.page_label.setText(self.tr("Page {number} of {count}").format(number=page.number, count=self.page_count))
        text = page.text
        if page.left_out:
            text = self.tr("(Pictures on this page that could not be shown: {count}.)").format(count=page.left_out) + (
                "\n\n" + text if text else "")
        self._show_images(page.images, text or (self.tr("(This page has no text.)") if not page.images else ""))
        self._paging(True)

    def _show_images(self, images: list[QImage], text: str) -> None:
        while (item := self.images_layout.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        self.shown_images = [QPixmap.fromImage(image) for image in images]
        for image in images:
            label = QLabel()
            label.setAccessibleName(self.tr("Picture, {width} × {height} pixels").format(width=image.width(),
                                                                                        height=image.height()))
            self.images_layout.addWidget(label)
        self.pictures.setVisible(bool(images))
        self.actual_size.setVisible(bool(images))
        self._fit()
        self.text.setPlainText(text)
        self.text.setVisible(bool(text))

    def _fit(self) -> None:
        """Each picture at its actual size, or no wider than the window shows."""
        margins = self.images_layout.contentsMargins()
        # Less the vertical scroll bar, which a fitted page brings (else a sideways one came too).
        scroll_bar = self.pictures.verticalScrollBar()
        bar = 0 if scroll_bar.isVisible() else scroll_bar.sizeHint().width()
        width = max(200, self.pictures.viewport().width() - margins.left() - margins.right() - bar)
        for label, pixmap in zip(self.shown_labels(), self.shown_images, strict=False):
            fitted = self.actual_size.isChecked() or pixmap.width() <= width
            label.setPixmap(pixmap if fitted else pixmap.scaledToWidth(
                width, Qt.TransformationMode.SmoothTransformation))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.shown_images and not self.actual_size.isChecked():
            self._fit()

    def _paging(self, enabled: bool) -> None:
        count = self.page_count
        for widget in (self.previous, self.next_button, self.page_label):
            widget.setVisible(count > 1)
        self.previous.setEnabled(enabled and self.page_index > 0)
        self.next_button.setEnabled(enabled and self.page_index < count - 1)

    def shown_labels(self) -> list[QLabel]:
        items = (self.images_layout.itemAt(i) for i in range(self.images_layout.count()))
        return [w for item in items if item is not None and isinstance(w := item.widget(), QLabel)]

    def done(self, result: int) -> None:
        """Closed (by the user, a lock or the chart closing): the document's bytes and pixels go."""
        self.closed = True
        self.prepared = None
        self._show_images([], "")
        self.shown_images = []
        super().done(result)


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


__all__ = ["AttachmentViewer", "Prepared", "ShownPage", "decode_image", "prepare", "prepared_view", "shown_page"]
