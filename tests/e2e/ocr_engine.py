"""Tesseract loaded once per test, through its C API, instead of one `tesseract` process per
reading.

A `tesseract` process spends about 0.2 CPU-seconds loading its language model and setting
up before it reads a single pixel (an empty picture costs that much; docs/testing.md,
fourteenth round), and an e2e run reads ~180 screens. Here the same library
(libtesseract, the one the command links) reads the same picture file with the same page
segmentation and gives the same TSV rows, so the words are those the command gives; only the
start-up is paid once per `Engine`.

The picture reaches it as the grey pixels of the PGM that `convert` writes to its stdout
(`TessBaseAPISetImage`), not as a file for Leptonica to read: Leptonica's PNM reader takes a
2880x1800 picture one `fread` of one byte at a time, which was about a seventh of a reading's
CPU (perf, docs/testing.md, twenty-third round). The same bytes become the same 8-bit picture,
so the same words (checked on every reading of a run's screenshots).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import re


def _library(*names: str) -> ctypes.CDLL:
    """Load a library by the first of its names that the system knows (Leptonica is `lept`
    up to 1.82, Debian 12's, and `leptonica` after); OpenMP (libgomp, which libtesseract
    links) reads its thread limit from the environment when it is loaded: one thread, as the
    command had (desktop.py's _ONE_THREAD), without leaving the setting in the environment of
    the processes the test starts afterwards (the app under test)."""
    found = next((f for n in names if (f := ctypes.util.find_library(n))), None)
    if found is None:
        raise RuntimeError(f"none of the libraries {', '.join(names)} is installed (apt-get install tesseract-ocr)")
    before = os.environ.get("OMP_THREAD_LIMIT")
    os.environ["OMP_THREAD_LIMIT"] = "1"
    try:
        return ctypes.CDLL(found)
    finally:
        if before is None:
            del os.environ["OMP_THREAD_LIMIT"]
        else:
            os.environ["OMP_THREAD_LIMIT"] = before


class Engine:
    """One TessBaseAPI for English, sparse text (`--psm 11`), as `tesseract FILE - --psm 11 tsv`
    reads the PGM FILE."""

    SPARSE_TEXT = 11

    def __init__(self) -> None:
        self._tess = _library("tesseract")
        t = self._tess
        t.TessBaseAPICreate.restype = ctypes.c_void_p
        t.TessBaseAPIInit3.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p]
        t.TessBaseAPISetPageSegMode.argtypes = [ctypes.c_void_p, ctypes.c_int]
        t.TessBaseAPISetImage.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int, ctypes.c_int,
                                          ctypes.c_int, ctypes.c_int]
        t.TessBaseAPIRecognize.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        t.TessBaseAPIGetTsvText.argtypes = [ctypes.c_void_p, ctypes.c_int]
        t.TessBaseAPIGetTsvText.restype = ctypes.c_void_p  # freed with TessDeleteText
        t.TessDeleteText.argtypes = [ctypes.c_void_p]
        t.TessBaseAPIClear.argtypes = [ctypes.c_void_p]
        t.TessBaseAPIEnd.argtypes = [ctypes.c_void_p]
        t.TessBaseAPIDelete.argtypes = [ctypes.c_void_p]
        t.TessBaseAPISetVariable.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p]
        self._api = t.TessBaseAPICreate()
        if not self._api or t.TessBaseAPIInit3(self._api, None, b"eng") != 0:
            raise RuntimeError("tesseract could not load its English model")
        t.TessBaseAPISetPageSegMode(self._api, self.SPARSE_TEXT)
        # Its notes ("Estimating resolution as 233", one a reading) went to the command's
        # stderr, which nobody read; here they would fill a failed test's report.
        t.TessBaseAPISetVariable(self._api, b"debug_file", os.devnull.encode())

    def tsv(self, pgm: bytes) -> str:
        """The TSV rows the command prints for the picture `pgm` (a binary 8-bit PGM, as
        `convert ... -depth 8 pgm:-` writes it), without its header line."""
        width, height, pixels = _grey_pixels(pgm)
        t = self._tess
        try:
            t.TessBaseAPISetImage(self._api, pixels, width, height, 1, width)
            if t.TessBaseAPIRecognize(self._api, None) != 0:
                raise RuntimeError("tesseract could not read the screenshot")
            text = t.TessBaseAPIGetTsvText(self._api, 0)
            try:
                return ctypes.string_at(text).decode("utf-8") if text else ""
            finally:
                t.TessDeleteText(text)
        finally:
            t.TessBaseAPIClear(self._api)

    def close(self) -> None:
        if self._api:
            self._tess.TessBaseAPIEnd(self._api)
            self._tess.TessBaseAPIDelete(self._api)
            self._api = None


_PGM_HEADER = re.compile(rb"P5\s+(\d+)\s+(\d+)\s+255\s")


def _grey_pixels(pgm: bytes) -> tuple[int, int, bytes]:
    """Width, height and the rows of grey bytes of a binary 8-bit PGM."""
    header = _PGM_HEADER.match(pgm)
    if header is None:
        raise RuntimeError(f"not an 8-bit binary PGM: {pgm[:20]!r}")
    width, height = int(header[1]), int(header[2])
    pixels = pgm[header.end():]
    if len(pixels) != width * height:
        raise RuntimeError(f"a {width}x{height} PGM holds {len(pixels)} bytes of pixels")
    return width, height, pixels
